// FlowLayout: lays its widgets out left to right and wraps onto a new line when the width runs
// out, as text does (the pattern of Qt's Flow Layout example). A bar built on it never makes
// its window wider than its widest single item: on a laptop the filter bar takes two lines
// instead of pushing the window off the screen.
#pragma once

#include <QLayout>
#include <QList>

namespace callboard {

class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the shown items in rect (or only measures, apply false); returns the height used,
    // margins included. Items on one line are centred on it vertically.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace callboard

// PageIndicator: a discreet row of dots and the current page's name at the foot of a kiosk
// board, so a viewer knows what rotates and where it is.
#pragma once

#include <QStringList>
#include <QWidget>

namespace callboard {

class PageIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageIndicator)
public:
    explicit PageIndicator(QWidget *parent = nullptr);

    void setPages(const QStringList &titles);
    void setCurrent(int page);
    void setColors(const QColor &active, const QColor &inactive);
    int current() const { return m_current; }
    QString currentTitle() const { return m_titles.value(m_current); }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_titles;
    int m_current = 0;
    QColor m_active;
    QColor m_inactive;
};

} // namespace callboard

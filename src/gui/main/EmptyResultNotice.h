// EmptyResultNotice: what the cards area says when the filters leave no call ("No calls match
// these filters") with a button that clears them. It lies over the widget it is given and
// follows its size; it shows only while filters hide every call of a non-empty board.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace callboard {

class EmptyResultNotice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyResultNotice)
public:
    explicit EmptyResultNotice(QWidget *over);

    // shown: calls the filters let through; total: calls on the board.
    void setCounts(int shown, int total, bool filtered);
    QString message() const;
    QPushButton *clearButton() const { return m_clear; }

signals:
    void clearRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_label;
    QPushButton *m_clear;
};

} // namespace callboard

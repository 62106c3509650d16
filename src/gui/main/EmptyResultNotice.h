// EmptyResultNotice: what the cards area says when it has no card to show, and the way out.
// Filters that hide every call of a non-empty board: "No calls match these filters" and Clear.
// A board with no call at all while the connection fails: why ("Cannot reach 127.0.0.1:
// connection refused"), with Retry and Settings. It lies over the widget it is given (as
// that widget's sibling) and follows its geometry; otherwise it is hidden.
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
    // Why no call could be read (empty: the connection is fine). Server text, shown as plain text.
    void setOutage(const QString &why);
    QString message() const;
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *settingsButton() const { return m_settings; }

signals:
    void clearRequested();
    void retryRequested();
    void settingsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QWidget *m_over; // the widget it lies over (a sibling, usually a scroll area's viewport)
    QLabel *m_label;
    QPushButton *m_clear;
    QPushButton *m_retry;
    QPushButton *m_settings;
    int m_shown = 0, m_total = 0;
    bool m_filtered = false;
    QString m_outage;
};

} // namespace callboard

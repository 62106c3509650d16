// PinPrompt: the panel Ctrl+Q opens on a PIN-guarded kiosk — inside the board, not a dialog.
// The right PIN emits accepted(); Esc, or half a minute without a key, puts it away.
#pragma once

#include "core/kiosk/PinGuard.h"

#include <QFrame>

class QLabel;
class QLineEdit;

namespace callboard {

class PinPrompt final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinPrompt)
public:
    static constexpr qint64 kIdleCloseMs = 30 * 1000;

    PinPrompt(PinGuard *guard, Clock *clock, QWidget *parent = nullptr);
    ~PinPrompt() override;

    void open();
    void dismiss();
    void setPixelSize(int px);
    void setColors(const QColor &background, const QColor &text, const QColor &error);
    QString message() const;
    QLineEdit *input() const { return m_input; }

signals:
    void accepted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();
    void armIdleClose();
    void setMessage(const QString &text);
    void showLockCountdown();

    PinGuard *m_guard;
    Clock *m_clock;
    QLabel *m_title;
    QLineEdit *m_input;
    QLabel *m_message;
    Clock::TimerId m_idle = 0;
    Clock::TimerId m_countdown = 0;
};

} // namespace callboard

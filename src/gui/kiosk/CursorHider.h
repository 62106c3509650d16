// CursorHider: hides the mouse cursor over the whole application after a few seconds without
// movement, and shows it again when the mouse moves (a wall display has nobody at the mouse).
#pragma once

#include "core/time/Clock.h"

#include <QObject>

namespace callboard {

class CursorHider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CursorHider)
public:
    static constexpr qint64 kHideAfterMs = 3000;

    explicit CursorHider(Clock *clock, QObject *parent = nullptr);
    ~CursorHider() override;

    bool isHidden() const { return m_hidden; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arm();
    void hide();
    void show();

    Clock *m_clock;
    Clock::TimerId m_timer = 0;
    bool m_hidden = false;
};

} // namespace callboard

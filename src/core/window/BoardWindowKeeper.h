// BoardWindowKeeper: keeps the store on the board window as time passes. It re-derives the
// window's start from the injected Clock at every local midnight (Today) and on every tick
// (at most kTickMs apart, and a rolling window slides with each), and moves the store's
// window start there: calls that left are removed as ordinary ChangeSet removals, so the
// models, CallStats and the alert engine follow without a reset.
// Because the start is derived from "now" each time, a DST day of 23 or 25 hours and a
// system clock stepped forwards or backwards (NTP) need nothing special: Today is always
// "since the last local midnight before now", never a doubled or negative day.
#pragma once

#include "BoardWindow.h"
#include "core/time/Clock.h"

#include <QObject>
#include <QTimeZone>

namespace callboard {

class CallStore;

class BoardWindowKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardWindowKeeper)
public:
    static constexpr qint64 kTickMs = 30 * 1000;

    BoardWindowKeeper(CallStore *store, Clock *clock, QObject *parent = nullptr);
    ~BoardWindowKeeper() override;

    // The first call puts the store on the window; until then the keeper does nothing (a
    // store of its own in a test keeps every call).
    void setWindow(const BoardWindow &window);
    BoardWindow window() const { return m_window; }
    bool isActive() const { return m_active; }
    // Local midnight is read in this zone; default the system's.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    // The window's start now, by the clock.
    qint64 startMs() const;
    // Re-derives the window now (the timer does this on its own) and re-arms the timer.
    void update();

signals:
    // The window's kind or its start moved (a label or a "since" to redraw).
    void windowChanged();

private:
    CallStore *m_store;
    Clock *m_clock;
    BoardWindow m_window;
    bool m_active = false;
    QTimeZone m_zone;
    Clock::TimerId m_timer = 0;
};

} // namespace callboard

// Clock: the one source of "now" and of timers for everything with time in it (sync,
// backoff, the simulator's call lifecycles, freshness). Production uses SystemClock;
// tests use ManualClock and move time forward explicitly, never with sleep.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

namespace callboard {

class Clock : public QObject
{
    Q_OBJECT
public:
    using TimerId = quint64;

    explicit Clock(QObject *parent = nullptr) : QObject(parent) {}

    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    // Runs fn once after delayMs, unless cancelled or context is destroyed first.
    virtual TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;
    virtual void cancel(TimerId id) = 0;

    // One pending timer per slot: cancels the one *slot names (if any), starts fn after
    // delayMs, and sets *slot back to 0 when it fires. *slot must live as long as context.
    void rearm(TimerId *slot, qint64 delayMs, QObject *context, std::function<void()> fn);
};

class SystemClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemClock)
public:
    explicit SystemClock(QObject *parent = nullptr) : Clock(parent) {}
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

private:
    TimerId m_nextId = 1;
    std::map<TimerId, QPointer<QObject>> m_timers; // id -> the QTimer carrying it
};

// Virtual time: timers fire only inside advance(), in deadline order, with now() equal
// to each timer's deadline while it runs.
class ManualClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualClock)
public:
    explicit ManualClock(const QDateTime &start, QObject *parent = nullptr);
    QDateTime now() const override { return m_now; }
    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    void advance(qint64 ms);
    void setNow(const QDateTime &t); // jumps without firing timers (for setup only)
    // The wall clock steps by ms (negative = back), as NTP does: pending timers stay the same
    // distance away, like the monotonic timers behind SystemClock. Fires nothing.
    void step(qint64 ms);
    int pendingTimers() const { return int(m_timers.size()); }
    qint64 msUntilNextTimer() const; // -1 when none

private:
    struct Entry
    {
        qint64 deadline;
        QPointer<QObject> context;
        bool hasContext;
        std::function<void()> fn;
    };
    QDateTime m_now;
    TimerId m_nextId = 1;
    std::map<TimerId, Entry> m_timers;
};

} // namespace callboard

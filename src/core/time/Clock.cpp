#include "Clock.h"

#include "core/time/Utc.h"

#include <QTimer>

#include <limits>

namespace callboard {

void Clock::rearm(TimerId *slot, qint64 delayMs, QObject *context, std::function<void()> fn)
{
    if (*slot)
        cancel(*slot);
    *slot = callAfter(delayMs, context, [slot, fn = std::move(fn)] {
        *slot = 0;
        fn();
    });
}

Clock::TimerId SystemClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    connect(timer, &QTimer::timeout, this, [this, id, timer, hasContext, guard, fn = std::move(fn)] {
        m_timers.erase(id);
        timer->deleteLater();
        if (!hasContext || guard)
            fn();
    });
    m_timers[id] = timer;
    timer->start(int(qBound(qint64(0), delayMs, qint64(std::numeric_limits<int>::max()))));
    return id;
}

void SystemClock::cancel(TimerId id)
{
    auto it = m_timers.find(id);
    if (it == m_timers.end())
        return;
    if (auto *timer = qobject_cast<QTimer *>(it->second.data())) {
        timer->stop();
        timer->deleteLater();
    }
    m_timers.erase(it);
}

ManualClock::ManualClock(const QDateTime &start, QObject *parent)
    : Clock(parent), m_now(start.toUTC())
{
}

Clock::TimerId ManualClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    m_timers[id] = Entry{m_now.toMSecsSinceEpoch() + qMax<qint64>(0, delayMs), context,
                         context != nullptr, std::move(fn)};
    return id;
}

void ManualClock::cancel(TimerId id) { m_timers.erase(id); }

qint64 ManualClock::msUntilNextTimer() const
{
    qint64 best = -1;
    for (const auto &[id, e] : m_timers)
        if (best < 0 || e.deadline < best)
            best = e.deadline;
    return best < 0 ? -1 : qMax<qint64>(0, best - m_now.toMSecsSinceEpoch());
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_now.toMSecsSinceEpoch() + qMax<qint64>(0, ms);
    for (;;) {
        // Earliest due timer; ties fire in the order they were scheduled (ids grow).
        auto due = m_timers.end();
        for (auto it = m_timers.begin(); it != m_timers.end(); ++it)
            if (it->second.deadline <= target
                && (due == m_timers.end() || it->second.deadline < due->second.deadline))
                due = it;
        if (due == m_timers.end())
            break;
        Entry e = std::move(due->second);
        m_timers.erase(due);
        m_now = utcFromMs(qMax(e.deadline, m_now.toMSecsSinceEpoch()));
        if (!e.hasContext || e.context)
            e.fn();
    }
    m_now = utcFromMs(target);
}

void ManualClock::setNow(const QDateTime &t) { m_now = t.toUTC(); }

void ManualClock::step(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
    for (auto &[id, e] : m_timers)
        e.deadline += ms;
}

} // namespace callboard

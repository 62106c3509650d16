#include "BoardWindowKeeper.h"

#include "core/model/CallStore.h"

namespace callboard {

BoardWindowKeeper::BoardWindowKeeper(CallStore *store, Clock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_zone(QTimeZone::systemTimeZone())
{
}

BoardWindowKeeper::~BoardWindowKeeper()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

void BoardWindowKeeper::setWindow(const BoardWindow &window)
{
    if (m_active && window == m_window)
        return;
    m_window = window;
    m_active = true;
    update();
    emit windowChanged();
}

void BoardWindowKeeper::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (m_active)
        update();
}

qint64 BoardWindowKeeper::startMs() const { return m_window.startMs(m_clock->nowMs(), m_zone); }

void BoardWindowKeeper::update()
{
    if (!m_active)
        return;
    const qint64 now = m_clock->nowMs();
    const qint64 start = m_window.startMs(now, m_zone);
    const bool moved = start != m_store->windowStart();
    m_store->setWindowStart(start);
    // The next look: the next midnight, or sooner (a tick) so that a clock step is noticed.
    qint64 delay = kTickMs;
    const qint64 jump = m_window.nextJumpMs(now, m_zone);
    if (jump > now)
        delay = qMin(delay, jump - now);
    m_clock->rearm(&m_timer, delay, this, [this] { update(); });
    if (moved)
        emit windowChanged();
}

} // namespace callboard

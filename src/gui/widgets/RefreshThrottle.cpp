#include "RefreshThrottle.h"

namespace callboard {

RefreshThrottle::RefreshThrottle(std::function<void()> refresh, QObject *parent, int intervalMs)
    : QObject(parent), m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_refresh(); });
}

void RefreshThrottle::request()
{
    // Not restarted while pending: a steady stream of changes still refreshes every interval.
    if (!m_timer.isActive())
        m_timer.start();
}

void RefreshThrottle::flush()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_refresh();
}

} // namespace callboard

#include "SimRateLimiter.h"

namespace callboard::sim {

SimRateLimiter::Decision SimRateLimiter::hit(const QString &key, qint64 nowMs, int limit,
                                             int windowSec)
{
    const qint64 windowMs = qint64(qMax(1, windowSec)) * 1000;
    // Floor division that also holds for times before 1970.
    const qint64 startMs =
        (nowMs >= 0 ? nowMs / windowMs : (nowMs - windowMs + 1) / windowMs) * windowMs;
    Window &w = m_windows[key];
    if (w.startMs != startMs) {
        w.startMs = startMs;
        w.count = 0;
    }
    ++w.count;

    Decision d;
    d.limit = limit;
    d.allowed = w.count <= limit;
    d.remaining = qMax(0, limit - w.count);
    const qint64 endMs = startMs + windowMs;
    d.resetUnixSec = endMs / 1000;
    d.retryAfterSec = int(qMax<qint64>(1, (endMs - nowMs + 999) / 1000));
    return d;
}

} // namespace callboard::sim

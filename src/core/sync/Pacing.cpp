#include "Pacing.h"

#include "core/api/json/CallLogReader.h"

namespace callboard::Pacing {

qint64 intervalMs(qint64 intervalMs, const RateLimit &rateLimit, qint64 nowMs, int requestsPerTick)
{
    if (rateLimit.remaining < 0 || rateLimit.resetEpochSec < 0)
        return intervalMs;
    const qint64 untilResetMs = rateLimit.resetEpochSec * 1000 - nowMs;
    if (untilResetMs <= 0)
        return intervalMs;
    const qint64 perTick = qMax(1, requestsPerTick);
    const qint64 ticksLeft = rateLimit.remaining / perTick; // ticks the budget still pays for
    if (ticksLeft * intervalMs >= untilResetMs)
        return intervalMs;
    const qint64 paced = ticksLeft > 0 ? untilResetMs / ticksLeft : untilResetMs;
    return qBound(intervalMs, paced, qMax(intervalMs, kMaxIntervalMs));
}

bool morePagesAfter(const CallPage &page, int pageNumber, int pageLimit)
{
    if (page.calls.empty())
        return false;
    return page.meta.present ? pageNumber < page.meta.totalPages : int(page.calls.size()) >= pageLimit;
}

} // namespace callboard::Pacing

// Pacing: how long the sync engine waits before its next tick, and when a list has more pages.
// Pure arithmetic on what the server said, so it is tested on its own.
#pragma once

#include "core/api/RateLimit.h"

#include <QtGlobal>

namespace callboard {

struct CallPage;

namespace Pacing {

constexpr qint64 kMaxIntervalMs = 60000;

// The key's budget is shared (several dashboards, scripts): when what is left of the current
// rate-limit window would not last at requestsPerTick per interval, the interval stretches so
// the budget lasts until the window resets (never beyond kMaxIntervalMs) instead of running
// into 429s. An unknown budget or a window already over leaves the interval as it is.
qint64 intervalMs(qint64 intervalMs, const RateLimit &rateLimit, qint64 nowMs, int requestsPerTick);

// Whether a list has pages after page: by its meta when it has one, else by a full page.
bool morePagesAfter(const CallPage &page, int pageNumber, int pageLimit);

} // namespace Pacing
} // namespace callboard

#include "VirtualTime.h"

#include "core/api/DialNexaClient.h"
#include "core/sync/SyncEngine.h"
#include "core/time/Clock.h"

namespace callboard::test {

std::function<bool()> boardSettled(const DialNexaClient *client, const SyncEngine *engine)
{
    return [client, engine] { return client->inFlight() == 0 && (!engine || !engine->isBusy()); };
}

bool runFor(ManualClock &clock, qint64 ms, const std::function<bool()> &settled,
            const std::function<void()> &afterEachSettle)
{
    bool allSettled = true;
    auto settle = [&] {
        allSettled = waitUntil(settled, kSettleTimeoutMs) && allSettled;
        if (afterEachSettle)
            afterEachSettle();
    };
    const qint64 target = clock.nowMs() + ms;
    for (;;) {
        settle();
        const qint64 next = clock.msUntilNextTimer();
        if (next < 0 || clock.nowMs() + next > target) {
            clock.advance(target - clock.nowMs());
            settle();
            return allSettled;
        }
        clock.advance(next);
    }
}

} // namespace callboard::test

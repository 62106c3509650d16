// Benchmark (c): requests and bytes per simulated idle hour, Callboard's sync engine against a
// naive client that re-pages the whole window every tick. Virtual time against the simulator
// over real loopback HTTP. Prints figures; never asserted.
#include "SimFixture.h"
#include "core/sync/SyncEngine.h"

#include <QTextStream>

using namespace callboard;
using namespace callboard::test;

namespace {
// One idle hour against a workspace holding `hours` of history, for Callboard and for the naive
// client; prints one block of figures.
void measure(QTextStream &out, int hours)
{
    sim::SimConfig config;
    config.callsPerMinute = 0; // idle: history, but nothing new
    config.backlogCallsPerMinute = 6;
    config.backlogMinutes = hours * 60;
    config.rateLimit = 1000000;
    const int intervalSec = 5;

    // Callboard: backfill, let the last calls end and get analysed, then measure an hour.
    SimFixture f(config);
    CallStore store;
    SyncEngine engine(&f.client, &store, &f.clock);
    engine.setIntervalSec(intervalSec);
    engine.setBackfillSince(f.clock.now().addSecs(-hours * 3600));
    engine.start();
    auto idle = [&] { return !engine.isBusy(); };
    f.runFor(15 * 60 * 1000, idle);
    f.server.resetStats();
    f.runFor(60 * 60 * 1000, idle);
    const sim::SimStats smart = f.server.stats();

    // Naive: every tick, page through the whole window without If-None-Match.
    SimFixture n(config);
    n.client.setConditionalRequests(false);
    n.runFor(15 * 60 * 1000);
    n.server.resetStats();
    const int sampleMinutes = 2;
    for (int tick = 0; tick < sampleMinutes * 60 / intervalSec; ++tick) {
        int page = 1, totalPages = 1;
        do {
            ListQuery q;
            q.page = page;
            q.limit = 100;
            q.createdAtOrder = ListQuery::Order::Desc;
            bool done = false;
            n.client.listCalls(q, false, nullptr, [&](const ListResult &r) {
                totalPages = r.page.meta.totalPages;
                done = true;
            });
            n.waitFor([&] { return done; });
        } while (++page <= totalPages);
        n.runFor(intervalSec * 1000);
    }
    const double scale = 60.0 / sampleMinutes;
    const double naiveRequests = n.server.stats().requests * scale;
    const double naiveBytes = double(n.server.stats().bytesSent) * scale;
    out << QString::asprintf("window of %d h: %d calls, poll every %d s\n", hours, store.size(), intervalSec);
    out << QString::asprintf("  callboard, idle hour: %6d requests (%d answered 304), %10lld bytes\n",
                             smart.requests, smart.notModified304, smart.bytesSent);
    out << QString::asprintf("  naive, idle hour:     %6.0f requests, %26.0f bytes (measured over %d min, x%.0f)\n",
                             naiveRequests, naiveBytes, sampleMinutes, scale);
    out << QString::asprintf("  callboard: %.0fx fewer requests, %.0fx fewer bytes (target >= 20x)\n",
                             naiveRequests / qMax(1, smart.requests),
                             naiveBytes / double(qMax<qint64>(1, smart.bytesSent)));
    out.flush();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    // Three hours of history, and a working day (the default window is "since midnight").
    measure(out, 3);
    measure(out, 10);
    return 0;
}

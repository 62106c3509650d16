// Benchmark (c): requests and bytes per simulated idle hour, Callboard's sync engine against a
// naive client that re-pages the whole window every tick. Virtual time against the simulator
// over real loopback HTTP. Prints figures; never asserted.
#include "SimFixture.h"
#include "sync/SyncEngine.h"

#include <QTextStream>

using namespace callboard;
using namespace callboard::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    sim::SimConfig config;
    config.callsPerMinute = 0; // an idle workspace: three hours of history, nothing new
    config.rateLimit = 1000000;
    const int intervalSec = 5;

    // Callboard: backfill, let the last calls end and get analysed, then measure an hour.
    SimFixture f(config);
    CallStore store;
    SyncEngine engine(&f.client, &store, &f.clock);
    engine.setIntervalSec(intervalSec);
    engine.setBackfillSince(f.clock.now().addSecs(-3 * 3600));
    engine.start();
    auto idle = [&] { return !engine.isBusy(); };
    f.runFor(15 * 60 * 1000, idle);
    f.server.resetStats();
    f.runFor(60 * 60 * 1000, idle);
    const sim::SimStats smart = f.server.stats();
    out << "store: " << store.size() << " calls; interval " << intervalSec << " s\n";
    out << QString::asprintf("callboard, idle hour: %6d requests (%d answered 304), %9lld bytes\n",
                             smart.requests, smart.notModified304, smart.bytesSent);

    // Naive: every tick, page through the whole window without If-None-Match.
    SimFixture n(config);
    n.client.setConditionalRequests(false);
    n.runFor(15 * 60 * 1000);
    n.server.resetStats();
    const int sampleMinutes = 5;
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
    out << QString::asprintf("naive, idle hour:     %6.0f requests,                   %9.0f bytes "
                             "(measured over %d min, scaled)\n",
                             naiveRequests, naiveBytes, sampleMinutes);
    out << QString::asprintf("callboard asks %.0fx fewer requests and moves %.0fx fewer bytes "
                             "(target >= 20x)\n",
                             naiveRequests / qMax(1, smart.requests),
                             naiveBytes / double(qMax<qint64>(1, smart.bytesSent)));
    return 0;
}

// Soak: a board left running for weeks, compressed. The sync engine, the store and the
// statistics poll the simulator over real loopback HTTP in virtual time for at least 10,000
// poll cycles while calls churn and faults come and go, and the process's RSS is printed at
// the start, once warm (cycle 1,000) and at the end. Two runs:
//   growing - new calls keep arriving all along: the store legitimately grows, so the figure
//             that matters is the growth per call held;
//   steady  - no new calls after warm-up, but calls change status (the simulator's invented
//             statuses switched on and off), every page is re-read (schema variants switched),
//             and faults keep coming: here RSS should stay flat (target: <= 2 % once warm).
// Prints figures; never asserted.
#include "BenchRss.h"
#include "SimFixture.h"
#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QTextStream>

using namespace callboard;
using callboard::bench::rssKiB;
using namespace callboard::test;

namespace {
// The fault for a stretch of cycles: a burst of each kind in turn, with quiet in between.
sim::FaultConfig faultsFor(int cycle, bool schemaChurn)
{
    sim::FaultConfig f;
    const int phase = cycle % 120;
    if (phase < 10) {
        static const char *const kinds[] = {"5xx=1", "429", "reset=0.5", "truncated=0.5", "malformed=0.5",
                                            "5xx=0.3,reset=0.2,truncated=0.1,malformed=0.1"};
        QString error;
        sim::FaultConfig::parse(QLatin1String(kinds[(cycle / 120) % 6]), &f, &error);
        f.burstRetryAfterSec = 10;
    }
    if (schemaChurn) {
        // Every 40 cycles another spelling (each page's ETag changes: read again in full) and
        // invented statuses on or off (calls change status without new calls arriving).
        const int variant = (cycle / 40) % 4;
        f.durationSec = variant == 1 || variant == 3;
        f.createdAtCamel = variant == 2;
        f.unknownStatuses = variant >= 2;
    }
    return f;
}

struct Figures
{
    QList<qint64> rssEvery1000; // after cycles 1000, 2000, ... (where growth starts, if it does)
    qint64 rssStart = 0, rssWarm = 0, rssEnd = 0;
    int callsWarm = 0, callsEnd = 0;
    int requests = 0, failures = 0, ticks = 0;
    double seconds = 0;
    QString truth;
};

Figures soak(int cycles, int warmCycle, double callsPerMinute, bool newCallsAfterWarm)
{
    Figures fig;
    fig.rssStart = rssKiB();
    QElapsedTimer timer;
    timer.start();

    sim::SimConfig config;
    config.seed = 42;
    config.callsPerMinute = callsPerMinute;
    config.backlogMinutes = 60;
    config.rateLimit = 1000000; // pacing is tst_syncengine's business; 429s come as faults
    SimFixture f(config);
    CallStore store;
    SyncEngine engine(&f.client, &store, &f.clock);
    CallStats stats(&store, &f.clock);
    engine.setIntervalSec(5);
    engine.setBackfillSince(f.clock.now().addSecs(-3600));
    engine.setBackoffSeed(3);
    QObject::connect(&engine, &SyncEngine::failed, [&] { ++fig.failures; });
    QObject::connect(&engine, &SyncEngine::tickFinished, [&] { ++fig.ticks; });
    engine.start();
    auto idle = [&] { return !engine.isBusy(); };
    f.runFor(0, idle);

    const qint64 cycleMs = qint64(engine.intervalSec()) * 1000;
    for (int cycle = 1; cycle <= cycles; ++cycle) {
        f.simulator.setFaults(faultsFor(cycle, !newCallsAfterWarm)); // every kind of churn before warm
        f.runFor(cycleMs, idle);
        if (cycle % 1000 == 0)
            fig.rssEvery1000 << rssKiB();
        if (cycle == warmCycle) {
            if (!newCallsAfterWarm)
                f.simulator.setCallsPerMinute(0);
            fig.rssWarm = rssKiB();
            fig.callsWarm = store.size();
        }
    }
    // Faults off, and one last catch-up so the end state is a fair comparison.
    f.simulator.setFaults({});
    f.runFor(5 * 60 * 1000, idle);
    fig.rssEnd = rssKiB();
    fig.callsEnd = store.size();
    fig.requests = f.client.requestsSent();
    fig.seconds = timer.elapsed() / 1000.0;
    // (The steady run switches invented statuses on and off, which rewrites ended calls'
    // history behind the engine's back; only the growing run can be held to the truth.)
    if (newCallsAfterWarm) {
        const QString diff = differenceFromTruth(store, f.simulator, engine.backfillSince().toMSecsSinceEpoch());
        fig.truth = diff.isEmpty() ? QStringLiteral("store == truth") : QStringLiteral("store differs: ") + diff;
    }
    return fig;
}

void print(QTextStream &out, const char *name, int cycles, const Figures &g)
{
    const double growth = g.rssWarm > 0 ? 100.0 * double(g.rssEnd - g.rssWarm) / double(g.rssWarm) : 0;
    out << QString::asprintf("%s: %d poll cycles of 5 s (%.1f h virtual) in %.1f s real\n", name, cycles,
                             cycles * 5 / 3600.0, g.seconds);
    out << QString::asprintf("  RSS start %lld KiB, warm (cycle 1000) %lld KiB, end %lld KiB: %+.2f %% from warm\n",
                             g.rssStart, g.rssWarm, g.rssEnd, growth);
    QStringList steps;
    for (qint64 kib : g.rssEvery1000)
        steps << QString::number(kib);
    out << "  RSS every 1,000 cycles (KiB): " << steps.join(QLatin1Char(' ')) << "\n";
    out << QString::asprintf("  calls in store: %d warm, %d end; %d requests, %d faults seen, %d good ticks\n",
                             g.callsWarm, g.callsEnd, g.requests, g.failures, g.ticks);
    if (!g.truth.isEmpty())
        out << "  after the last catch-up: " << g.truth << "\n";
    if (g.callsEnd > g.callsWarm)
        out << QString::asprintf("  growth per call added: %.2f KiB\n",
                                 double(g.rssEnd - g.rssWarm) / double(g.callsEnd - g.callsWarm));
    out.flush();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int cycles = argc > 1 ? qMax(1001, QByteArray(argv[1]).toInt()) : 10000;
    const QByteArray only = argc > 2 ? QByteArray(argv[2]) : QByteArray(); // "steady" or "growing"
    if (only.isEmpty() || only == "steady")
        print(out, "steady (no new calls after warm-up; status, schema and fault churn)", cycles,
              soak(cycles, 1000, 6.0, false));
    if (only.isEmpty() || only == "growing")
        print(out, "growing (a new call a minute all along; faults)", cycles, soak(cycles, 1000, 1.0, true));
    return 0;
}

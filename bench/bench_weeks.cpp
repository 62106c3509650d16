// bench_weeks: a wall display left running for a week, compressed. The sync engine, the store
// on the Today window, the statistics and the alert engine (every default rule on) poll the
// simulator over real loopback HTTP in virtual time while 10,000 calls a day arrive around the
// clock, with their analysis, and faults come and go. At each simulated midnight it prints the
// process's RSS and what every per-call structure holds; the figure that matters is the
// growth from day 2 to day 7 (target <= 2 %): memory is bounded by the window, not by uptime.
// Usage: bench_weeks [days=7] [poll-seconds=300]. Prints figures; never asserted.
#include "BenchRss.h"
#include "SimFixture.h"
#include "core/alerts/AlertEngine.h"
#include "core/alerts/AlertRule.h"
#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"
#include "core/time/Utc.h"
#include "core/window/BoardWindowKeeper.h"

#include <QElapsedTimer>
#include <QTextStream>

using namespace callboard;
using callboard::bench::rssKiB;
using namespace callboard::test;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// One poll in twelve meets a fault, cycling through the kinds the simulator injects.
sim::FaultConfig faultFor(int cycle)
{
    sim::FaultConfig f;
    if (cycle % 12 != 0)
        return f;
    static const char *const kinds[] = {"5xx=1", "429", "reset=0.5", "truncated=0.5", "malformed=0.5"};
    QString error;
    sim::FaultConfig::parse(QLatin1String(kinds[(cycle / 12) % 5]), &f, &error);
    f.burstRetryAfterSec = 10;
    return f;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int days = argc > 1 ? qMax(2, QByteArray(argv[1]).toInt()) : 7;
    const int pollSec = argc > 2 ? qMax(5, QByteArray(argv[2]).toInt()) : 300;
    const int callsPerDay = 10000;

    sim::SimConfig config;
    config.seed = 42;
    config.callsPerMinute = callsPerDay / 1440.0;
    config.backlogMinutes = 60;
    config.rateLimit = 1000000;
    config.historyHours = 26; // the simulator's own memory stays flat too
    const QDateTime start = utcDateTime(QDate(2026, 11, 23), QTime(0, 30)); // a Monday, 00:30
    SimFixture f(config, start);
    CallStore store;
    SyncEngine engine(&f.client, &store, &f.clock);
    CallStats stats(&store, &f.clock);
    AlertEngine alerts(&store, &f.clock);
    BoardWindowKeeper window(&store, &f.clock);
    window.setTimeZone(QTimeZone::utc());
    alerts.setTimeZone(QTimeZone::utc());
    window.setWindow(BoardWindow::today());
    std::vector<AlertRule> rules = defaultAlertRules();
    for (AlertRule &r : rules)
        r.enabled = true;
    alerts.setRules(rules);
    engine.setIntervalSec(pollSec);
    engine.setBackfillSince(utcFromMs(window.startMs()));
    engine.setBackoffSeed(3);
    int faults = 0;
    QObject::connect(&engine, &SyncEngine::failed, [&] { ++faults; });
    QObject::connect(&engine, &SyncEngine::synced, [&] {
        if (engine.backfillDone() && !alerts.isReady())
            alerts.setReady(true);
    });
    QElapsedTimer timer;
    timer.start();
    engine.start();
    auto idle = [&] { return !engine.isBusy(); };
    f.runFor(0, idle);

    out << QString::asprintf("%d virtual days, %d calls a day, a poll every %d s, faults on one poll in 12\n",
                             days, callsPerDay, pollSec);
    out << "midnight  RSS KiB  calls held (day's peak)  live  awaiting analysis  alert log  faults  real s\n";
    std::vector<qint64> rss;
    int cycle = 0;
    qint64 midnight = (start.toMSecsSinceEpoch() / kDayMs + 1) * kDayMs;
    for (int day = 1; day <= days; ++day, midnight += kDayMs) {
        int peak = 0;
        while (f.clock.nowMs() + qint64(pollSec) * 1000 <= midnight) {
            f.simulator.setFaults(faultFor(++cycle));
            f.runFor(qint64(pollSec) * 1000, idle);
            peak = qMax(peak, store.size());
        }
        f.simulator.setFaults({});
        f.runFor(midnight - f.clock.nowMs() + 60 * 1000, idle); // just past midnight
        rss.push_back(rssKiB());
        out << QString::asprintf("day %d    %8lld  %6d (%6d)            %4d  %17d  %9d  %6d  %6.1f\n", day,
                                 rss.back(), store.size(), peak, engine.pendingLive(),
                                 engine.pendingAnalysis(), int(alerts.log().entries().size()), faults,
                                 timer.elapsed() / 1000.0);
        out.flush();
    }
    if (rss.size() >= 7)
        out << QString::asprintf("RSS growth from day 2 to day 7: %+.2f %% (target <= 2 %%)\n",
                                 100.0 * double(rss[6] - rss[1]) / double(rss[1]));
    out << QString::asprintf("RSS growth from day 2 to day %d: %+.2f %%; %d requests\n", days,
                             100.0 * double(rss.back() - rss[1]) / double(rss[1]), f.client.requestsSent());
    return 0;
}

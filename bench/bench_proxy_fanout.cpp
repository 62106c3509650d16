// bench_proxy_fanout: what N boards on one key cost DialNexa, polling it directly and through
// the shipped caching proxy (packaging/proxy in a real nginx). Real time: nginx keeps its
// cache by the wall clock. For 1, 8 and 32 boards at the default 5 s interval it prints the
// requests a minute the API sees, the 429s, and how old the boards' data is at the end.
//
//     bench_proxy_fanout [SECONDS_PER_RUN=60]
#include "NginxProxy.h"
#include "RealTimeBoards.h"
#include "SimFixture.h"

#include "sim/SimServer.h"
#include "sim/Simulator.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

using namespace callboard;
using namespace callboard::test;

namespace {

constexpr int kIntervalSec = 5;

struct RunResult
{
    double requestsPerMinute = 0;
    int rateLimited = 0;
    qint64 worstAgeSec = 0; // the stalest board's "updated N s ago" at the end
};

RunResult run(int boards, bool viaProxy, int seconds)
{
    ManualClock simClock(QDateTime::currentDateTimeUtc());
    WallClockFollower follow(&simClock);
    sim::SimConfig config;
    config.seed = 7;
    config.callsPerMinute = 10; // a busy floor: calls live and awaiting analysis all the time
    config.backlogMinutes = 60;
    sim::Simulator simulator(&simClock, config);
    sim::SimServer server(&simulator);
    if (!server.listen())
        qFatal("simulator could not listen");
    NginxProxy proxy;
    QUrl url = server.baseUrl();
    if (viaProxy) {
        NginxProxy::Options options;
        options.upstreamPort = server.port();
        options.cacheValidSec = kIntervalSec;
        QString error;
        if (!proxy.start(options, &error))
            qFatal("%s", qPrintable(error));
        url = proxy.baseUrl();
    }
    SystemClock boardClock;
    const QDateTime since = simClock.now().addSecs(-3600);
    std::vector<std::unique_ptr<Board>> fleet;
    for (int i = 0; i < boards; ++i) {
        fleet.push_back(std::make_unique<Board>(&boardClock, url, config.apiKey, false, since,
                                                kIntervalSec, NginxProxy::caFile()));
        fleet.back()->engine.start();
        waitUntil([] { return false; }, kIntervalSec * 1000 / boards); // screens switched on over one interval
    }
    server.resetStats(); // the start-up backfills are not the steady state
    waitUntil([] { return false; }, seconds * 1000);
    RunResult r;
    r.requestsPerMinute = server.stats().requests * 60.0 / seconds;
    r.rateLimited = server.stats().rateLimited429;
    const QDateTime now = boardClock.now();
    for (const auto &b : fleet) {
        const QDateTime last = b->engine.lastSuccess();
        r.worstAgeSec = std::max(r.worstAgeSec, last.isValid() ? last.secsTo(now) : qint64(seconds));
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? qMax(10, QString::fromLatin1(argv[1]).toInt()) : 60;
    QTextStream out(stdout);
    if (NginxProxy::executable().isEmpty()) {
        out << "nginx is not installed (apt-get install nginx-light)\n";
        return 1;
    }
    out << "bench_proxy_fanout: boards at a " << kIntervalSec << " s interval, " << seconds
        << " s a run, simulator limit 150 requests/min per key, 10 new calls/min\n";
    out << "boards  path    API requests/min  per board  429s  stalest board\n";
    for (const int boards : {1, 8, 32}) {
        for (const bool viaProxy : {false, true}) {
            const RunResult r = run(boards, viaProxy, seconds);
            out << qSetFieldWidth(6) << boards << qSetFieldWidth(0) << "  "
                << (viaProxy ? "proxy " : "direct") << qSetFieldWidth(18) << QString::number(r.requestsPerMinute, 'f', 1)
                << qSetFieldWidth(11) << QString::number(r.requestsPerMinute / boards, 'f', 1)
                << qSetFieldWidth(6) << r.rateLimited << qSetFieldWidth(0) << "  "
                << r.worstAgeSec << " s\n";
            out.flush();
        }
    }
    return 0;
}

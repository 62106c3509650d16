// Benchmark (b): applying a tick of 50 changes to a 100,000-call store, against rebuilding
// the store from scratch with the same data. Prints times and the ratio; never asserted.
#include "core/model/CallStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace callboard;

namespace {
CallLog makeCall(int i)
{
    CallLog c;
    c.id = QStringLiteral("log_%1").arg(i, 24, 16, QLatin1Char('0'));
    c.callId = QStringLiteral("call_%1").arg(i, 24, 16, QLatin1Char('0'));
    c.agentId = QStringLiteral("agt_%1").arg(i % 5);
    c.statusText = QStringLiteral("completed");
    c.status = CallStatus::Completed;
    c.sentimentText = QStringLiteral("neutral");
    c.sentiment = Sentiment::Neutral;
    c.durationSeconds = 30 + i % 600;
    c.createdAtMs = 1'790'000'000'000LL + i * 1000LL;
    c.analysis.push_back({QStringLiteral("score"), {AnalysisValue::Type::Number, double(i % 10), QString::number(i % 10)}});
    return c;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int n = 100000;
    std::vector<CallLog> all;
    all.reserve(n);
    for (int i = 0; i < n; ++i)
        all.push_back(makeCall(i));

    CallStore store;
    store.apply(all);

    // A tick: 25 calls change status, 25 new ones arrive.
    double tickBest = 1e9;
    for (int round = 0; round < 20; ++round) {
        std::vector<CallLog> tick;
        for (int k = 0; k < 25; ++k) {
            CallLog c = store.at((round * 997 + k * 3989) % n);
            c.statusText = (round % 2) ? QStringLiteral("completed") : QStringLiteral("failed");
            c.status = statusFromString(c.statusText);
            tick.push_back(c);
        }
        for (int k = 0; k < 25; ++k)
            tick.push_back(makeCall(n + round * 25 + k));
        QElapsedTimer t;
        t.start();
        const ChangeSet cs = store.apply(std::move(tick));
        tickBest = qMin(tickBest, t.nsecsElapsed() / 1e6);
        if (cs.inserted != 25)
            qFatal("unexpected change set");
    }

    double rebuildBest = 1e9;
    for (int round = 0; round < 5; ++round) {
        std::vector<CallLog> copy = all;
        QElapsedTimer t;
        t.start();
        CallStore fresh;
        fresh.apply(std::move(copy));
        rebuildBest = qMin(rebuildBest, t.nsecsElapsed() / 1e6);
    }
    out << QString::asprintf("store of %d calls\n", n);
    out << QString::asprintf("apply a tick of 50 changes: %8.3f ms\n", tickBest);
    out << QString::asprintf("rebuild the store:          %8.3f ms\n", rebuildBest);
    out << QString::asprintf("tick is %.0fx cheaper than a rebuild (target >= 50x)\n", rebuildBest / tickBest);
    return 0;
}

// Benchmark: a sync tick carrying 50 changes into 100,000 calls with the whole window shown
// (model, proxy, cards, charts, KPIs, tiles), against a full reset of the same store.
// The board is on a Last 24 hours window holding all of them; it also prints the process's RSS
// with the window, charts and cards up. Prints figures; never asserted. Run with
// QT_QPA_PLATFORM=offscreen.
#include "BenchRss.h"
#include "core/model/CallStore.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"
#include "core/window/BoardWindow.h"
#include "gui/main/MainWindow.h"
#include "session/BoardSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>

#include <cmath>

using namespace callboard;
using callboard::bench::rssKiB;

namespace {
const char *const kStatuses[] = {"completed", "completed", "completed", "busy", "no_answer",
                                 "failed", "did_not_pick", "received"};
const char *const kSentiments[] = {"positive", "neutral", "negative", ""};

// Repeated strings (agent, campaign, status, analysis keys and values) shared, as
// CallLogReader interns them when it reads a page: the memory figure is a real board's.
QString shared(const QString &s)
{
    static QHash<QString, QString> pool;
    auto it = pool.constFind(s);
    return it != pool.cend() ? *it : *pool.insert(s, s);
}

CallLog makeCall(int i, qint64 nowMs)
{
    CallLog c;
    c.id = QStringLiteral("log_%1").arg(i, 24, 16, QLatin1Char('0'));
    c.callId = QStringLiteral("call_%1").arg(i, 24, 16, QLatin1Char('0'));
    c.agentId = shared(QStringLiteral("agt_%1").arg(i % 6));
    c.campaignId = shared(QStringLiteral("cmp_%1").arg(i % 3));
    c.statusText = shared(QLatin1String(kStatuses[i % 8]));
    c.status = statusFromString(c.statusText);
    c.sentimentText = c.status == CallStatus::Completed ? shared(QLatin1String(kSentiments[i % 4])) : QString();
    c.sentiment = sentimentFromString(c.sentimentText);
    c.durationSeconds = c.status == CallStatus::Completed ? 20 + (i * 37) % 600 : 0;
    c.endReasonText = c.status == CallStatus::Failed ? QStringLiteral("system_failure") : QStringLiteral("user_disconnected");
    c.endReason = endReasonFromString(c.endReasonText);
    c.createdAtMs = nowMs - qint64(100000 - i) * 800; // about 22 hours of calls
    if (c.status == CallStatus::Completed) {
        c.analysis.push_back({QStringLiteral("issue_resolved"), {AnalysisValue::Type::Bool, i % 3 != 0, i % 3 ? QStringLiteral("true") : QStringLiteral("false")}});
        c.analysis.push_back({QStringLiteral("score"), {AnalysisValue::Type::Number, double(i % 10), shared(QString::number(i % 10))}});
    }
    return c;
}

double timeMs(const std::function<void()> &fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return t.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int n = 100000;
    ManualClock clock(utcDateTime(QDate(2026, 11, 28), QTime(18, 0)));
    const qint64 rssBefore = rssKiB();
    BoardSession session(&clock);
    session.setBoardWindow(BoardWindow::lastHours(24));
    MainWindow window(&session);
    window.resize(1600, 1000);
    window.show();
    std::vector<CallLog> all;
    all.reserve(n);
    for (int i = 0; i < n; ++i)
        all.push_back(makeCall(i, clock.nowMs()));
    session.store()->apply(std::move(all)); // the bench keeps no second copy
    window.refreshNow();
    window.repaint();
    QCoreApplication::processEvents();
    const qint64 rssLoaded = rssKiB();

    // A tick: 25 calls change, 25 arrive; then everything on screen catches up and repaints.
    std::vector<double> ticks;
    double applyTotal = 0, refreshTotal = 0, paintTotal = 0;
    int next = n;
    const int rounds = argc > 1 ? qMax(15, QByteArray(argv[1]).toInt()) : 100;
    for (int round = 0; round < rounds; ++round) {
        std::vector<CallLog> batch;
        for (int k = 0; k < 25; ++k) {
            CallLog c = session.store()->at((round * 7919 + k * 3989) % n);
            c.durationSeconds += 1;
            c.sentimentText = QStringLiteral("negative");
            c.sentiment = Sentiment::Negative;
            batch.push_back(c);
        }
        for (int k = 0; k < 25; ++k)
            batch.push_back(makeCall(next++, clock.nowMs()));
        double applyMs = 0, refreshMs = 0, paintMs = 0;
        ticks.push_back(timeMs([&] {
            applyMs = timeMs([&] { session.store()->apply(std::move(batch)); });
            refreshMs = timeMs([&] { window.refreshNow(); });
            paintMs = timeMs([&] { QCoreApplication::processEvents(); }); // paints what changed
        }));
        applyTotal += applyMs, refreshTotal += refreshMs, paintTotal += paintMs;
    }
    const double firstTick = ticks.front(); // the one that grows every per-call container
    std::sort(ticks.begin(), ticks.end());

    // The same store rebuilt: a model reset with everything downstream.
    std::vector<double> resets;
    for (int round = 0; round < 3; ++round) {
        std::vector<CallLog> copy(session.store()->calls().begin(), session.store()->calls().end());
        resets.push_back(timeMs([&] {
            session.store()->clear();
            session.store()->apply(std::move(copy));
            window.refreshNow();
            QCoreApplication::processEvents();
        }));
    }
    std::sort(resets.begin(), resets.end());
    const double tick = ticks[ticks.size() / 2], reset = resets[resets.size() / 2];
    out << QString::asprintf("window 1600x1000 over %d calls\n", session.store()->size());
    out << QString::asprintf("RSS with the window, charts and cards over them: %.1f MB (%.1f MB before the board)\n",
                             rssLoaded / 1024.0, rssBefore / 1024.0);
    const double p99 = ticks[std::min(ticks.size() - 1, size_t(std::ceil(ticks.size() * 0.99)) - 1)];
    out << QString::asprintf("tick of 50 changes, shown:  p50 %7.2f ms, p99 %.2f ms (best %.2f, worst %.2f; %d ticks)\n",
                             tick, p99, ticks.front(), ticks.back(), int(ticks.size()));
    out << QString::asprintf("first tick after the load:  %7.2f ms\n", firstTick);
    const double count = double(ticks.size());
    out << QString::asprintf("  of which: store+model+proxy+stats %.2f ms, KPIs/charts/tiles %.2f ms, "
                             "painting %.2f ms (means)\n",
                             applyTotal / count, refreshTotal / count, paintTotal / count);
    out << QString::asprintf("full reset of the same:     median %7.2f ms\n", reset);
    out << QString::asprintf("tick is %.0fx cheaper than a reset (target >= 50x) and %s one 16 ms frame\n",
                             reset / tick, tick < 16 ? "under" : "OVER");
    return 0;
}

// Benchmark of the call cards: a CallCardView over 100,000 synthetic calls, offscreen at
// 1600x1000, in list and grid layouts. Prints the time to lay out all rows, to paint one
// screen, to scroll one page and paint it, and to take in a sync tick of new calls.
// Figures only, never asserted. Run with QT_QPA_PLATFORM=offscreen.
#include "core/model/CallStore.h"
#include "core/time/Clock.h"
#include "gui/cards/CallCardView.h"
#include "gui/models/CallListModel.h"
#include "gui/theme/Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QScrollBar>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <random>

using namespace callboard;

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());

std::vector<CallLog> syntheticCalls(int first, int count, std::mt19937 &rng)
{
    static const char *statuses[] = {"completed", "completed", "completed", "busy", "no_answer",
                                     "failed",    "voicemail", "received",  "sent", "cancelled"};
    static const char *sentiments[] = {"positive", "neutral", "negative", ""};
    static const char *reasons[] = {"user_disconnected", "agent_disconnected", "user_busy",
                                    "voicemail_detected", "network_failure"};
    std::vector<CallLog> calls;
    calls.reserve(size_t(count));
    for (int i = first; i < first + count; ++i) {
        CallLog c;
        c.id = QStringLiteral("call_%1").arg(i);
        c.agentId = QStringLiteral("agent_%1").arg(rng() % 40);
        c.campaignId = QStringLiteral("campaign_%1").arg(rng() % 12);
        c.statusText = QString::fromLatin1(statuses[rng() % 10]);
        c.status = statusFromString(c.statusText);
        c.sentimentText = QString::fromLatin1(sentiments[rng() % 4]);
        c.sentiment = sentimentFromString(c.sentimentText);
        c.durationSeconds = isLive(c.status) ? -1 : int(rng() % 900);
        c.createdAtMs = kNow.toMSecsSinceEpoch() - qint64(rng() % (7 * 86400)) * 1000;
        c.endReasonText = isLive(c.status) ? QString() : QString::fromLatin1(reasons[rng() % 5]);
        c.callDirection = QStringLiteral("outbound");
        c.toNumber = QStringLiteral("+1415555%1").arg(rng() % 10000, 4, 10, QLatin1Char('0'));
        c.analysis.push_back(
            {QStringLiteral("issue_resolved"),
             {AnalysisValue::Type::Bool, bool(rng() % 2), QStringLiteral("true")}});
        calls.push_back(std::move(c));
    }
    return calls;
}

double bestMs(int rounds, const std::function<void()> &fn)
{
    double best = 1e12;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        best = qMin(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

// Lets the batched layout finish: events until the scroll range stops growing.
double settleMs(CallCardView &view)
{
    QElapsedTimer t;
    t.start();
    int stable = 0, last = -1;
    while (stable < 3) {
        QCoreApplication::processEvents();
        const int max = view.verticalScrollBar()->maximum();
        stable = max == last ? stable + 1 : 0;
        last = max;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

void run(const char *name, CallCardView &view, CallStore &store, std::mt19937 &rng)
{
    QImage screen(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    auto paint = [&] { view.viewport()->render(&screen); };

    QElapsedTimer t;
    t.start();
    view.doItemsLayout();
    const double layout = double(t.nsecsElapsed()) / 1e6 + settleMs(view);
    view.verticalScrollBar()->setValue(0);
    const double first = bestMs(10, paint);
    if (qEnvironmentVariableIsSet("CALLBOARD_BENCH_SHOT"))
        screen.save(QStringLiteral("/tmp/bench-card-%1.png").arg(QLatin1String(name)));
    QScrollBar *bar = view.verticalScrollBar();
    const double scroll = bestMs(20, [&] {
        const int next = bar->value() + bar->pageStep();
        bar->setValue(next > bar->maximum() ? 0 : next);
        paint();
    });
    int next = store.size();
    const double tick = bestMs(5, [&] {
        store.apply(syntheticCalls(next, 50, rng));
        next += 50;
        settleMs(view);
        paint();
    });
    std::printf(
        "%-5s layout of %d rows %8.1f ms | paint one screen %6.2f ms | scroll a page %6.2f ms"
        " | +50 calls, relayout, paint %7.2f ms\n",
        name, store.size(), layout, first, scroll, tick);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;
    std::mt19937 rng(7);
    ManualClock clock(kNow);
    CallStore store;
    QElapsedTimer t;
    t.start();
    store.apply(syntheticCalls(0, count, rng));
    std::printf("store of %d synthetic calls built in %.0f ms\n", count, double(t.elapsed()));

    const Theme theme = Theme::light();
    CallListModel model(&store);
    CallCardView view(&theme, &clock);
    view.resize(1600, 1000);
    view.setModel(&model);
    view.show();
    QCoreApplication::processEvents();
    run("list", view, store, rng);
    view.setLayout(CallCardView::Layout::Grid);
    run("grid", view, store, rng);
    return 0;
}

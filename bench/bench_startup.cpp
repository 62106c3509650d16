// bench_startup: a board starting on a local cache of 100,000 calls. Prints the time to build
// the window, the time from launch to the first paint of the cards (with the cached calls and
// KPIs) and the longest stretch the GUI thread was blocked from then until the board settled,
// for a window holding all 100,000 calls and for a Today window over the same file (which
// reads only today's).
// The API is unreachable (a closed loopback port): the figures are the cache's alone.
// Usage: bench_startup [calls-per-chunk]. Prints figures; never asserted. Run with
// QT_QPA_PLATFORM=offscreen.
#include "BenchData.h"
#include "core/time/Utc.h"

#include "core/cache/CacheLocation.h"
#include "core/cache/CallCache.h"
#include "core/api/json/CallLogReader.h"
#include "core/model/CallStore.h"
#include "core/window/BoardWindow.h"
#include "core/window/BoardWindowKeeper.h"
#include "gui/cards/CallCardView.h"
#include "gui/main/MainWindow.h"
#include "session/BoardSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace callboard;

namespace {
const QUrl kBaseUrl(QStringLiteral("http://127.0.0.1:9/v1"));
const QString kKey = QStringLiteral("bench_key_0123456789");

// Marks the first paint of the cards that shows calls.
class PaintWatch final : public QObject
{
public:
    qint64 firstPaintNs = -1;
    QElapsedTimer *clock = nullptr;
    const CallStore *store = nullptr;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && firstPaintNs < 0 && store->size() > 0)
            firstPaintNs = clock->nsecsElapsed();
        return false;
    }
};

struct Start
{
    double firstPaintMs = 0, shownMs = 0, longestStallMs = 0;
    int calls = 0;
};

int g_chunk = BoardSession::kCacheChunk;

Start start(const QString &dir, const BoardWindow &window, const QDateTime &now, bool chunks)
{
    QElapsedTimer t;
    t.start();
    qint64 last = 0, longest = 0;
    auto mark = [&] {
        const qint64 ns = t.nsecsElapsed();
        longest = qMax(longest, ns - last);
        last = ns;
    };
    ManualClock clock(now);
    BoardSession session(&clock);
    session.setCacheDirectory(dir);
    session.setCacheReadInChunks(chunks, g_chunk);
    session.windowKeeper()->setTimeZone(QTimeZone::utc());
    session.setBoardWindow(window);
    MainWindow main(&session);
    main.resize(1600, 1000);
    PaintWatch watch;
    watch.clock = &t;
    watch.store = session.store();
    main.cardView()->viewport()->installEventFilter(&watch);
    main.show();
    mark();
    // Building the window is the launch itself; what follows is the board loading behind it.
    const qint64 shownNs = last;
    longest = 0;
    session.startLive(kBaseUrl, kKey); // opens the cache and fills the store
    mark();
    // The event loop until the board has painted and a second has passed: every gap between
    // two turns of it is a stretch the GUI thread could not paint or take input.
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, mark);
    heartbeat.start(1);
    while (t.elapsed() < 1500 || watch.firstPaintNs < 0 || session.isLoadingCache()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        mark();
        if (t.elapsed() > 20000)
            break;
    }
    const int calls = session.store()->size();
    session.stop();
    return {watch.firstPaintNs / 1e6, shownNs / 1e6, longest / 1e6, calls};
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int kCalls = 100000;
    if (argc > 1)
        g_chunk = qMax(1, QByteArray(argv[1]).toInt()); // calls per chunk (default the app's)
    out << "chunks of " << g_chunk << " calls\n";
    CallPage page;
    QString error;
    if (!CallLogReader::readListBody(bench::listBody(kCalls), &page, &error)) {
        out << "cannot make the calls: " << error << Qt::endl;
        return 1;
    }
    // bench::listBody's calls end at 12:00 on 28 November, about 28 hours of them.
    const QDateTime now = utcDateTime(QDate(2026, 11, 28), QTime(12, 1));
    QTemporaryDir dir;
    {
        ManualClock clock(now);
        CallStore store;
        CallCache cache(CacheLocation::filePath(dir.path(), CacheLocation::workspaceName(kBaseUrl, kKey)), &clock);
        CallCache::Contents contents;
        if (!cache.open(&contents)) {
            out << "cannot open the cache" << Qt::endl;
            return 1;
        }
        cache.watch(&store);
        store.apply(std::move(page.calls));
        cache.setSyncState(now.addDays(-2), now);
    } // written
    for (const auto &[name, window] : {std::pair{"last 48 hours", BoardWindow::lastHours(48)},
                                       std::pair{"today (UTC)", BoardWindow::today()}}) {
        for (bool chunks : {true, false}) {
            const Start s = start(dir.path(), window, now, chunks);
            out << QString::asprintf("window %-14s %-12s %6d calls from the cache: window built %5.1f ms, "
                                     "first paint %7.1f ms, longest GUI-thread stall while loading "
                                     "%7.1f ms (targets 500 / 50)\n",
                                     name, chunks ? "in chunks" : "all at once", s.calls,
                                     s.shownMs, s.firstPaintMs, s.longestStallMs);
        }
    }
    return 0;
}

// Specification of the board window: BoardWindow (what Today and Last N hours mean, DST
// included), CallStore's window (calls that leave are ordinary removals) and
// BoardWindowKeeper moving it in virtual time: midnight, a 25-hour day, a clock stepped back,
// a sliding Last 8 hours; CallStats and the alert rules follow without firing on the drop.
#include "core/alerts/AlertEngine.h"
#include "core/model/CallStore.h"
#include "core/stats/CallStats.h"
#include "core/time/Clock.h"
#include "core/window/BoardWindow.h"
#include "core/window/BoardWindowKeeper.h"

#include "CallBuilder.h"

#include <QSignalSpy>
#include <QTest>

using namespace callboard;

namespace {
constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;

QTimeZone berlin() { return QTimeZone("Europe/Berlin"); }
QDateTime local(int y, int m, int d, int hh, int mm) { return QDateTime(QDate(y, m, d), QTime(hh, mm), berlin()); }

CallLog call(const QString &id, qint64 createdMs, Sentiment sentiment = Sentiment::Neutral)
{
    Q_ASSERT(sentiment == Sentiment::Neutral || sentiment == Sentiment::Negative);
    return test::CallBuilder(id)
        .createdAt(createdMs)
        .status(QStringLiteral("completed"))
        .sentiment(sentiment == Sentiment::Negative ? QStringLiteral("negative") : QStringLiteral("neutral"))
        .duration(60);
}

QStringList ids(const CallStore &store)
{
    QStringList out;
    for (const CallLog &c : store.calls())
        out << c.id;
    return out;
}

// A board's core on a ManualClock in Berlin: store, stats, alert engine, window keeper.
struct Board
{
    explicit Board(const QDateTime &start, BoardWindow window = BoardWindow::today())
        : clock(start), stats(&store, &clock), alerts(&store, &clock), keeper(&store, &clock)
    {
        keeper.setTimeZone(berlin());
        alerts.setTimeZone(berlin());
        keeper.setWindow(window);
    }
    void add(const QString &id, const QDateTime &at, Sentiment s = Sentiment::Neutral)
    {
        store.apply({call(id, at.toMSecsSinceEpoch(), s)});
    }

    ManualClock clock;
    CallStore store;
    CallStats stats;
    AlertEngine alerts;
    BoardWindowKeeper keeper;
};
} // namespace

class TestBoardWindow final : public QObject
{
    Q_OBJECT
private slots:
    void parsesWhatTheCommandLineAndFilesSay()
    {
        QCOMPARE(BoardWindow::parse(QStringLiteral("today"))->kind(), BoardWindow::Kind::Today);
        QCOMPARE(BoardWindow::parse(QStringLiteral(" 8H "))->hours(), 8);
        QCOMPARE(BoardWindow::parse(QStringLiteral("24h"))->key(), QStringLiteral("24h"));
        QCOMPARE(BoardWindow::today().key(), QStringLiteral("today"));
        for (const char *bad : {"", "8", "0h", "169h", "-2h", "yesterday", "h"})
            QVERIFY2(!BoardWindow::parse(QString::fromLatin1(bad)), bad);
        QCOMPARE(BoardWindow::today().label(), QStringLiteral("Today"));
        QCOMPARE(BoardWindow::lastHours(8).label(), QStringLiteral("Last 8 hours"));
        QCOMPARE(BoardWindow::lastHours(1).label(), QStringLiteral("Last hour"));
    }

    void todayIsTheLocalDayWhateverItsLength_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<qint64>("dayHours");
        QTest::newRow("ordinary day") << local(2026, 11, 28, 15, 0) << qint64(24);
        QTest::newRow("clocks go back: 25 h") << local(2026, 10, 25, 23, 30) << qint64(25);
        QTest::newRow("clocks go forward: 23 h") << local(2026, 3, 29, 12, 0) << qint64(23);
    }
    void todayIsTheLocalDayWhateverItsLength()
    {
        QFETCH(QDateTime, now);
        QFETCH(qint64, dayHours);
        const BoardWindow today;
        const qint64 start = today.startMs(now.toMSecsSinceEpoch(), berlin());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(start, berlin()), QDateTime(now.date(), QTime(0, 0), berlin()));
        QCOMPARE(today.nextJumpMs(now.toMSecsSinceEpoch(), berlin()) - start, dayHours * kHour);
        QCOMPARE(BoardWindow::lastHours(8).startMs(now.toMSecsSinceEpoch(), berlin()), now.toMSecsSinceEpoch() - 8 * kHour);
        QCOMPARE(BoardWindow::lastHours(8).nextJumpMs(now.toMSecsSinceEpoch(), berlin()), qint64(-1));
    }

    void callsThatLeaveTheWindowAreOrdinaryRemovals()
    {
        CallStore store;
        store.apply({call(QStringLiteral("a"), 5000), call(QStringLiteral("old1"), 1000),
                     call(QStringLiteral("b"), 6000), call(QStringLiteral("old2"), 2000),
                     call(QStringLiteral("c"), 7000)});
        QSignalSpy changed(&store, &CallStore::changed);
        QSignalSpy cleared(&store, &CallStore::aboutToClear);
        const ChangeSet cs = store.setWindowStart(3000);
        QCOMPARE(cs.removed, (std::vector<int>{1, 3}));
        QCOMPARE(cs.inserted, 0);
        QVERIFY(cs.updated.empty());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cleared.size(), 0); // no reset
        QCOMPARE(ids(store), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(store.rowOf(QStringLiteral("c")), 2);
        QCOMPARE(store.rowOf(QStringLiteral("old1")), -1);
        // Calls from before the window stay out; later ones come in as usual.
        const ChangeSet late = store.apply({call(QStringLiteral("old3"), 2500), call(QStringLiteral("d"), 8000)});
        QCOMPARE(late.inserted, 1);
        QCOMPARE(ids(store).last(), QStringLiteral("d"));
        // The same start again, or an earlier one, removes nothing.
        QVERIFY(store.setWindowStart(3000).isEmpty());
        QVERIFY(store.setWindowStart(0).isEmpty());
        QCOMPARE(changed.size(), 2);
    }

    void crossingMidnightDropsYesterdayWithoutAnAlert()
    {
        Board b(local(2026, 11, 27, 23, 40));
        AlertRule share = AlertRule::withDefaults(AlertRule::Kind::NegativeShare);
        share.id = QStringLiteral("share");
        share.minSample = 1;
        share.windowMinutes = 15;
        AlertRule quiet = AlertRule::withDefaults(AlertRule::Kind::NoNewCalls);
        quiet.id = QStringLiteral("quiet");
        quiet.workStart = QTime(22, 0); // a night shift: its quiet time would count from 22:00
        quiet.workEnd = QTime(6, 0);
        quiet.workDays = 0x7f;
        quiet.windowMinutes = 30;
        b.alerts.setRules({share, quiet});
        b.add(QStringLiteral("y-morning"), local(2026, 11, 27, 9, 0));
        for (int i = 0; i < 4; ++i)
            b.add(QStringLiteral("y-late-%1").arg(i), local(2026, 11, 27, 23, 35 + i));
        b.alerts.setReady(true);
        QSignalSpy raised(&b.alerts, &AlertEngine::alertRaised);
        QCOMPARE(b.stats.total(), 5);
        b.clock.advance(21 * kMin); // 00:01
        b.add(QStringLiteral("t-1"), local(2026, 11, 28, 0, 1), Sentiment::Negative);
        b.clock.advance(4 * kMin); // 00:05
        QCOMPARE(ids(b.store), QStringList{QStringLiteral("t-1")});
        QCOMPARE(b.stats.total(), 1);
        QCOMPARE(b.stats.countIn(Sentiment::Neutral), 0);
        QCOMPARE(b.stats.timeBuckets(CallStats::kBucketMs, 0).size(), size_t(1));
        QCOMPARE(b.store.windowStart(), local(2026, 11, 28, 0, 0).toMSecsSinceEpoch());
        // One negative call out of one: 100 %, but over 5 minutes of a 15-minute look-back.
        // And no call since 23:38 is not quiet time: the day began at 00:00.
        QCOMPARE(raised.size(), 0);
        // Once the look-back fits in the day, the rule judges it like any other.
        b.clock.advance(11 * kMin); // 00:16
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().first().value<Alert>().ruleId, QStringLiteral("share"));
    }

    void aDayOf25HoursIsOneDay()
    {
        // Sunday 25 October 2026, Berlin: 03:00 CEST becomes 02:00 CET.
        Board b(local(2026, 10, 25, 0, 30));
        b.add(QStringLiteral("early"), local(2026, 10, 25, 0, 10));
        b.add(QStringLiteral("before-midnight"), local(2026, 10, 24, 23, 50)); // already out
        QCOMPARE(ids(b.store), QStringList{QStringLiteral("early")});
        b.clock.advance(2 * kHour); // the first 02:30 (summer time)
        b.add(QStringLiteral("twice-0230-a"), b.clock.now());
        b.clock.advance(kHour); // the second 02:30 (winter time)
        b.add(QStringLiteral("twice-0230-b"), b.clock.now());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(b.clock.nowMs(), berlin()).time(), QTime(2, 30));
        // 24 hours after 00:30 it is 23:30 the same day: nothing has left.
        b.clock.advance(21 * kHour);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(b.clock.nowMs(), berlin()).date(), QDate(2026, 10, 25));
        QCOMPARE(b.store.size(), 3);
        b.clock.advance(31 * kMin); // 00:01 on the 26th
        QCOMPARE(b.store.size(), 0);
        QCOMPARE(b.store.windowStart(), local(2026, 10, 26, 0, 0).toMSecsSinceEpoch());
    }

    void aClockSteppedBackNeitherLosesNorDoublesADay()
    {
        Board b(local(2026, 11, 28, 0, 20));
        b.add(QStringLiteral("a"), local(2026, 11, 28, 0, 5));
        b.add(QStringLiteral("b"), local(2026, 11, 28, 0, 15));
        QSignalSpy changed(&b.store, &CallStore::changed);
        b.clock.step(-kHour); // NTP: 23:20 yesterday
        b.clock.advance(BoardWindowKeeper::kTickMs);
        // The window is yesterday's now: it starts earlier, and keeps what it holds.
        QCOMPARE(b.store.windowStart(), local(2026, 11, 27, 0, 0).toMSecsSinceEpoch());
        QCOMPARE(b.store.size(), 2);
        QVERIFY(b.keeper.startMs() <= b.clock.nowMs());
        // At the (second) midnight the day is the 28th again, with the same two calls.
        b.clock.advance(40 * kMin);
        QCOMPARE(b.store.windowStart(), local(2026, 11, 28, 0, 0).toMSecsSinceEpoch());
        QCOMPARE(ids(b.store), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(changed.size(), 0);
        // Stepped forward over a midnight, the day's calls go.
        b.clock.step(24 * kHour);
        b.clock.advance(BoardWindowKeeper::kTickMs);
        QCOMPARE(b.store.size(), 0);
    }

    void lastEightHoursSlides()
    {
        const QDateTime start = local(2026, 11, 28, 15, 0);
        Board b(start, BoardWindow::lastHours(8));
        b.add(QStringLiteral("7h50"), start.addSecs(-(7 * 60 + 50) * 60));
        b.add(QStringLiteral("7h"), start.addSecs(-7 * 3600));
        b.add(QStringLiteral("1h"), start.addSecs(-3600));
        b.add(QStringLiteral("9h"), start.addSecs(-9 * 3600)); // never in
        QCOMPARE(b.store.size(), 3);
        QSignalSpy changed(&b.store, &CallStore::changed);
        b.clock.advance(11 * kMin);
        QCOMPARE(ids(b.store), (QStringList{QStringLiteral("7h"), QStringLiteral("1h")}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<ChangeSet>().removed, std::vector<int>{0});
        b.clock.advance(kHour);
        QCOMPARE(ids(b.store), QStringList{QStringLiteral("1h")});
        QCOMPARE(b.stats.total(), 1);
        // The slide keeps up with the clock: never more than a tick behind.
        QVERIFY(b.clock.nowMs() - 8 * kHour - b.store.windowStart() <= BoardWindowKeeper::kTickMs);
    }
};

QTEST_GUILESS_MAIN(TestBoardWindow)
#include "tst_boardwindow.moc"

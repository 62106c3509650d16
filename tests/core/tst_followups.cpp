// FollowUps (which calls the sync engine asks about again) and Pacing (when it asks), on
// their own: the arithmetic SyncEngine used to carry inline.
#include "core/api/RateLimit.h"
#include "core/model/CallLog.h"
#include "core/api/json/CallLogReader.h"
#include "core/sync/FollowUps.h"
#include "core/sync/Pacing.h"

#include "CallBuilder.h"

#include <QTest>

using namespace callboard;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000; // ms

CallLog call(const QString &id, CallStatus status, qint64 createdAtMs, int durationSec = 60,
             bool analysed = false)
{
    test::CallBuilder c(id);
    c.status(status).createdAt(createdAtMs).duration(durationSec);
    if (analysed)
        c.analysis(QStringLiteral("summary"));
    return c;
}

CallPage pageOf(int calls, int totalPages = -1)
{
    CallPage p;
    for (int i = 0; i < calls; ++i)
        p.calls.push_back(call(QString::number(i), CallStatus::Completed, kT0));
    if (totalPages >= 0) {
        p.meta.present = true;
        p.meta.totalPages = totalPages;
    }
    return p;
}

} // namespace

class TestFollowUps : public QObject
{
    Q_OBJECT
private slots:
    void liveCallsAreFollowedUntilTheyEnd()
    {
        FollowUps f;
        f.track(call("a", CallStatus::Received, kT0), kT0);
        f.track(call("b", CallStatus::Initiated, kT0), kT0);
        QCOMPARE(f.live(), (QSet<QString>{"a", "b"}));
        f.track(call("a", CallStatus::Busy, kT0), kT0 + 1000);
        QCOMPARE(f.live(), QSet<QString>{"b"});
        QCOMPARE(f.awaitingCount(), 0); // a busy call has no analysis to wait for
    }

    void aCompletedCallAwaitsItsAnalysisUntilItLands()
    {
        FollowUps f;
        f.track(call("a", CallStatus::Completed, kT0), kT0 + 70'000);
        QCOMPARE(f.awaitingCount(), 1);
        QCOMPARE(f.awaitingOutside({}, {}, kT0 + 75'000), QStringList{"a"});
        f.track(call("a", CallStatus::Completed, kT0, 60, true), kT0 + 80'000);
        QCOMPARE(f.awaitingCount(), 0);
    }

    void theDeadlineCountsFromTheEstimatedEndAndNeedsALookAfterIt()
    {
        FollowUps f;
        f.setAnalysisGiveUpSec(300);
        // End ≈ created + 60 s talk + 60 s ringing allowance; deadline 300 s after that.
        const qint64 deadline = kT0 + 60'000 + FollowUps::kRingAllowanceMs + 300'000;
        f.track(call("a", CallStatus::Completed, kT0), kT0 + 130'000);
        // Past the deadline, but last looked at before it (an outage): still asked about.
        QCOMPARE(f.awaitingOutside({}, {}, deadline + 60'000), QStringList{"a"});
        // Page 1 showed it after the deadline, still without analysis: given up.
        f.awaitingOutside({"a"}, {}, deadline + 65'000);
        QCOMPARE(f.awaitingCount(), 0);
    }

    void aCallAlreadyPastItsDeadlineIsNotFollowed()
    {
        FollowUps f;
        f.track(call("old", CallStatus::Completed, kT0), kT0 + 3'600'000);
        QCOMPARE(f.awaitingCount(), 0);
    }

    void aCachedCallIsAskedAboutAgainEvenPastItsDeadline()
    {
        FollowUps f;
        const qint64 cachedAt = kT0 + 130'000; // the cache was in sync then
        f.adopt(call("a", CallStatus::Completed, kT0), cachedAt);
        f.adopt(call("live", CallStatus::Received, kT0), cachedAt);
        QCOMPARE(f.live(), QSet<QString>{"live"});
        // The board was off for an hour: the call is still read once before giving up.
        QCOMPARE(f.awaitingOutside({}, {}, kT0 + 3'600'000), QStringList{"a"});
        f.awaitingOutside({}, {"a"}, kT0 + 3'600'000);
        QCOMPARE(f.awaitingCount(), 0);
    }

    void coveredCallsNeedNoReadById()
    {
        FollowUps f;
        for (const char *id : {"a", "b", "c"})
            f.track(call(id, CallStatus::Completed, kT0), kT0 + 70'000);
        QCOMPARE(f.awaitingOutside({"a"}, {"c"}, kT0 + 75'000), QStringList{"b"});
        QCOMPARE(f.awaitingCount(), 3);
    }

    void readsGoRoundRobin()
    {
        FollowUps f;
        const QStringList waiting{"a", "b", "c", "d", "e"};
        QCOMPARE(f.nextReads(waiting, 2), (QStringList{"a", "b"}));
        QCOMPARE(f.nextReads(waiting, 2), (QStringList{"c", "d"}));
        QCOMPARE(f.nextReads(waiting, 2), (QStringList{"e", "a"}));
        QCOMPARE(f.nextReads(waiting.mid(0, 1), 4), QStringList{"a"}); // never more than waits
        QVERIFY(f.nextReads({}, 4).isEmpty());
    }

    void forgetAndRetainDropCalls()
    {
        FollowUps f;
        f.track(call("live", CallStatus::Received, kT0), kT0);
        f.track(call("done", CallStatus::Completed, kT0), kT0 + 70'000);
        f.track(call("gone", CallStatus::Received, kT0), kT0);
        f.forget("gone");
        QCOMPARE(f.live(), QSet<QString>{"live"});
        f.retain([](const QString &id) { return id != "done"; }); // left the window
        QCOMPARE(f.awaitingCount(), 0);
        QCOMPARE(f.live(), QSet<QString>{"live"});
        f.clear();
        QVERIFY(f.live().isEmpty());
    }

    void pacingKeepsTheIntervalWhileTheBudgetLasts()
    {
        RateLimit rl;
        QCOMPARE(Pacing::intervalMs(5000, rl, kT0, 3), 5000); // budget unknown
        rl.remaining = 100;
        rl.resetEpochSec = kT0 / 1000 + 60; // 60 s left, 20 ticks of 5 s at 3 requests
        QCOMPARE(Pacing::intervalMs(5000, rl, kT0, 3), 5000);
        rl.resetEpochSec = kT0 / 1000 - 1; // the window is over
        QCOMPARE(Pacing::intervalMs(5000, rl, kT0, 3), 5000);
    }

    void pacingStretchesWhenTheBudgetRunsLow()
    {
        RateLimit rl;
        rl.remaining = 12;
        rl.resetEpochSec = kT0 / 1000 + 60;
        // 12 requests at 3 a tick pay for 4 ticks in 60 s: one every 15 s.
        QCOMPARE(Pacing::intervalMs(5000, rl, kT0, 3), 15000);
        rl.remaining = 2; // not even one tick: wait for the reset, capped at a minute
        rl.resetEpochSec = kT0 / 1000 + 300;
        QCOMPARE(Pacing::intervalMs(5000, rl, kT0, 3), Pacing::kMaxIntervalMs);
        QCOMPARE(Pacing::intervalMs(90000, rl, kT0, 3), 90000); // never shorter than asked
    }

    void morePagesByMetaOrByAFullPage()
    {
        QVERIFY(Pacing::morePagesAfter(pageOf(3, 4), 3, 100)); // meta says 4 pages
        QVERIFY(!Pacing::morePagesAfter(pageOf(3, 4), 4, 100));
        QVERIFY(Pacing::morePagesAfter(pageOf(10), 1, 10)); // no meta: a full page
        QVERIFY(!Pacing::morePagesAfter(pageOf(9), 1, 10));
        QVERIFY(!Pacing::morePagesAfter(pageOf(0, 9), 1, 10)); // an empty page ends the list
    }
};

QTEST_GUILESS_MAIN(TestFollowUps)
#include "tst_followups.moc"

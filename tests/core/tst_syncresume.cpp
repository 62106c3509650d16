// SyncEngine starting from the calls a local cache held: the ones left open are followed up,
// a cache that does not cover the window is backfilled in full, and freshness is as old as
// the cache says. In virtual time against the simulator over loopback HTTP.
#include "SyncEngineFixture.h"

using namespace callboard;
using namespace callboard::test;
using namespace callboard::synctest;

class TestSyncResume : public QObject
{
    Q_OBJECT
private slots:
    void resumesFromCachedCallsAndFollowsUpTheOnesLeftOpen()
    {
        EngineFixture f(quietConfig(6));
        f.engine.start();
        f.run(40 * 60 * 1000);
        const QDateTime syncedAt = f.engine.lastSuccess();
        std::vector<CallLog> cached(f.store.calls().begin(), f.store.calls().end());
        // Two calls well before the cache's edge were still open when it was written: one
        // live, one completed (a long call) and still waiting for its analysis.
        const qint64 now = f.clock.nowMs();
        CallLog *live = nullptr, *waiting = nullptr;
        for (CallLog &c : cached) {
            const qint64 age = now - c.createdAtMs;
            if (c.status != CallStatus::Completed || c.analysis.empty())
                continue;
            if (!live && age > 30 * 60 * 1000)
                live = &c;
            else if (!waiting && age > 25 * 60 * 1000 && age < 30 * 60 * 1000)
                waiting = &c;
        }
        QVERIFY(live && waiting);
        live->statusText = QStringLiteral("received");
        live->status = statusFromString(live->statusText);
        QVERIFY(isLive(live->status));
        waiting->analysis.clear();
        waiting->durationSeconds = 30 * 60; // its deadline lies after the cache's last sync
        f.engine.stop(); // the board is off for 20 minutes
        f.run(20 * 60 * 1000);

        CallStore store;
        store.apply(cached);
        SyncEngine engine(&f.client, &store, &f.clock);
        engine.setBackfillSince(f.engine.backfillSince());
        engine.resumeFromCache(engine.backfillSince(), syncedAt);
        engine.start();
        QVERIFY(engine.showingCached());
        QCOMPARE(engine.cachedAsOf(), syncedAt);
        // Back to the newest cached call, less the overlap: not the window's start.
        const QDateTime stop = engine.backfillStopsAt();
        QVERIFY(stop <= syncedAt.addMSecs(-SyncEngine::kCacheOverlapMs));
        QVERIFY(stop > syncedAt.addMSecs(-SyncEngine::kCacheOverlapMs - 2 * 60 * 1000));
        QVERIFY(engine.pendingLive() >= 1);
        QVERIFY(engine.pendingAnalysis() >= 1);
        const QString liveId = live->id, waitingId = waiting->id;
        f.runFor(60 * 1000, [&] { return !engine.isBusy(); });
        QVERIFY(!engine.showingCached());
        engine.syncNow();
        f.runFor(0, [&] { return !engine.isBusy(); });
        QCOMPARE(store.find(liveId)->status, CallStatus::Completed);
        QVERIFY(!store.find(waitingId)->analysis.empty());
        QCOMPARE(differenceFromTruth(store, f.simulator, f.sinceMs()), QString());
    }

    void aCacheThatDoesNotCoverTheWindowIsBackfilledInFull()
    {
        EngineFixture f(quietConfig(6));
        f.engine.start();
        f.run(0);
        std::vector<CallLog> cached(f.store.calls().begin(), f.store.calls().end());
        f.engine.stop();
        CallStore store;
        store.apply(cached);
        SyncEngine engine(&f.client, &store, &f.clock);
        engine.setBackfillSince(f.engine.backfillSince().addSecs(-3600)); // a longer window now
        engine.resumeFromCache(f.engine.backfillSince(), f.clock.now());
        engine.start();
        QVERIFY(engine.showingCached()); // shown at once all the same
        QCOMPARE(engine.backfillStopsAt(), engine.backfillSince());
        f.runFor(0, [&] { return !engine.isBusy(); });
        QCOMPARE(differenceFromTruth(store, f.simulator, engine.backfillSince().toMSecsSinceEpoch()), QString());
    }

    void freshnessIsAsOldAsTheCacheInFrontSays()
    {
        EngineFixture f(quietConfig(2));
        f.engine.start();
        f.run(0);
        QCOMPARE(f.engine.lastSuccess(), f.clock.now());
        // A cache in front of the API now holds each answer 40 s: the data is that old, and
        // "updated N s ago" must not say otherwise. It never moves back past what was shown.
        sim::FaultConfig aged;
        aged.ageSec = 40;
        f.simulator.setFaults(aged);
        const QDateTime before = f.engine.lastSuccess();
        f.run(5000);
        QCOMPARE(f.engine.lastSuccess(), before);
        f.run(60000);
        QCOMPARE(f.engine.lastSuccess(), f.clock.now().addSecs(-40));
        f.simulator.setFaults({});
        f.run(5000);
        QCOMPARE(f.engine.lastSuccess(), f.clock.now());
    }
};

QTEST_GUILESS_MAIN(TestSyncResume)
#include "tst_syncresume.moc"

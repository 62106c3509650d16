// Specification of SyncEngine, in virtual time against the simulator over loopback HTTP.
#include "SimFixture.h"

#include "core/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace callboard;
using namespace callboard::test;

namespace {
struct EngineFixture : SimFixture
{
    explicit EngineFixture(sim::SimConfig config = {}) : SimFixture(config), engine(&client, &store, &clock)
    {
        engine.setBackfillSince(clock.now().addSecs(-3 * 3600));
        engine.setBackoffSeed(7);
    }
    void run(qint64 ms) { runFor(ms, [this] { return !engine.isBusy(); }); }
    qint64 sinceMs() const { return engine.backfillSince().toMSecsSinceEpoch(); }
    // Syncs at this very instant, then compares the store with the simulator's truth.
    QString differenceAfterSync()
    {
        engine.syncNow();
        run(0);
        return differenceFromTruth(store, simulator, sinceMs());
    }

    CallStore store;
    SyncEngine engine;
};

sim::SimConfig quietConfig(double rate)
{
    sim::SimConfig c;
    c.callsPerMinute = rate;
    return c;
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void backfillPagesWithProgress()
    {
        EngineFixture f(quietConfig(6));
        f.engine.setPageLimit(100);
        QSignalSpy progress(&f.engine, &SyncEngine::backfillProgress);
        QSignalSpy states(&f.engine, &SyncEngine::stateChanged);
        f.engine.start();
        QCOMPARE(f.engine.state(), SyncEngine::State::Syncing);
        f.run(0);
        QVERIFY(f.engine.backfillDone());
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        QVERIFY(f.store.size() > 500); // three hours at ~6 calls a minute
        // Progress: (0,0) at start, then one signal a page, ending with done == total.
        QVERIFY(progress.count() >= 7);
        const auto last = progress.last();
        QCOMPARE(last.at(0).toInt(), last.at(1).toInt());
        QCOMPARE(progress.at(1).at(0).toInt(), 1);
        QVERIFY(progress.at(1).at(1).toInt() >= 6);
        QVERIFY(f.engine.lastSuccess().isValid());
        QCOMPARE(f.differenceAfterSync(), QString());
    }

    void idleTicksAreOneConditionalRequestAnswered304()
    {
        EngineFixture f(quietConfig(0));
        f.engine.setIntervalSec(5);
        f.engine.start();
        f.run(15 * 60 * 1000); // everything ends and is analysed (or given up on)
        QCOMPARE(f.engine.pendingLive(), 0);
        QCOMPARE(f.engine.pendingAnalysis(), 0);
        f.server.resetStats();
        QSignalSpy ticks(&f.engine, &SyncEngine::tickFinished);
        f.run(60 * 1000);
        QCOMPARE(ticks.count(), 12);
        QCOMPARE(f.server.stats().requests, 12);
        QCOMPARE(f.server.stats().notModified304, 12);
        for (const auto &args : ticks) {
            const auto report = args.at(0).value<SyncEngine::TickReport>();
            QCOMPARE(report.requests, 1);
            QCOMPARE(report.notModified, 1);
        }
    }

    void aCallsLifeFromInitiatedToAnalysed()
    {
        // The simulator is a pure function of seed and time: a second one, looking 20 minutes
        // ahead, says which call will arrive and how it will end.
        const sim::SimConfig config = quietConfig(2);
        ManualClock future(fixedStart());
        sim::Simulator oracle(&future, config);
        future.advance(20 * 60 * 1000);
        QString id;
        for (const QJsonValue &v : oracle.truth()) {
            const QJsonObject o = v.toObject();
            CallLog c;
            QString reason;
            QVERIFY(CallLogReader::readRecord(o, &c, &reason));
            if (c.createdAtMs > fixedStart().toMSecsSinceEpoch() + 60000 && c.status == CallStatus::Completed
                && !c.analysis.empty())
                id = c.id; // newest first: ends on the earliest such call
        }
        QVERIFY(!id.isEmpty());

        EngineFixture f(config);
        f.engine.start();
        QStringList seen; // each distinct state of the call, in order
        auto note = [&] {
            const CallLog *c = f.store.find(id);
            if (!c)
                return;
            const QString state = c->statusText + (c->analysis.empty() ? QString() : QStringLiteral("+analysis"));
            if (seen.isEmpty() || seen.last() != state)
                seen << state;
        };
        for (int i = 0; i < 20 * 60; i += 5) {
            f.run(5000);
            note();
        }
        QVERIFY2(seen.size() >= 3, qPrintable(seen.join(QLatin1Char(','))));
        QVERIFY2(isLive(statusFromString(seen.first())), qPrintable(seen.join(QLatin1Char(','))));
        QVERIFY(seen.contains(QStringLiteral("completed")));
        QCOMPARE(seen.last(), QStringLiteral("completed+analysis"));
        QCOMPARE(f.differenceAfterSync(), QString());
    }

    void rateLimitWaitsRetryAfterThenRecovers()
    {
        EngineFixture f(quietConfig(6));
        f.engine.start();
        f.run(10 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        sim::FaultConfig burst;
        burst.rateLimitBurst = true;
        burst.burstRetryAfterSec = 20;
        f.simulator.setFaults(burst);
        QSignalSpy failures(&f.engine, &SyncEngine::failed);
        f.run(6 * 1000);
        QVERIFY(!failures.isEmpty());
        const auto error = failures.last().at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(error.retryAfterSec, 20);
        QCOMPARE(f.engine.state(), SyncEngine::State::BackingOff);
        const qint64 wait = f.engine.nextAttemptInMs();
        QVERIFY2(wait > 10 * 1000 && wait <= 20 * 1000, qPrintable(QString::number(wait)));
        // Nothing is asked before Retry-After has passed.
        f.simulator.setFaults({});
        const int before = f.server.stats().requests;
        f.run(wait - 100);
        QCOMPARE(f.server.stats().requests, before);
        f.run(200);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        QVERIFY(f.server.stats().requests > before);
    }

    void pollingPacesItselfToTheRateLimit()
    {
        sim::SimConfig config = quietConfig(30); // a busy workspace: many live calls to follow
        config.backlogMinutes = 20;
        config.rateLimit = 40; // a budget shared with other dashboards
        EngineFixture f(config);
        f.engine.setBackfillSince(f.clock.now().addSecs(-20 * 60));
        f.engine.setIntervalSec(2);
        f.engine.start();
        f.run(10 * 60 * 1000);
        QCOMPARE(f.server.stats().rateLimited429, 0);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        QVERIFY(f.engine.lastSuccess().secsTo(f.clock.now()) <= 60);
        QCOMPARE(f.differenceAfterSync(), QString());
    }

    void aSuccessfulPageResetsTheBackoff()
    {
        // A third of the requests fail: the backfill must still finish quickly, since every page
        // that is read proves the server is there.
        sim::SimConfig config = quietConfig(6);
        config.faults.serverErrorRatio = 0.3;
        config.rateLimit = 100000;
        EngineFixture f(config);
        f.engine.setPageLimit(20); // ~55 pages
        f.engine.start();
        QSignalSpy progress(&f.engine, &SyncEngine::backfillProgress);
        f.run(3 * 60 * 1000);
        QVERIFY2(f.engine.backfillDone(), qPrintable(QStringLiteral("%1 pages, %2 requests, state %3")
                                                     .arg(progress.isEmpty() ? -1 : progress.last().at(0).toInt())
                                                     .arg(f.server.stats().requests)
                                                     .arg(SyncEngine::stateName(f.engine.state()))));
    }

    void serverErrorBurstThenRecoveryLosesNothing()
    {
        EngineFixture f(quietConfig(6));
        f.engine.start();
        f.run(30 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        const int before = f.store.size();

        sim::FaultConfig burst;
        burst.serverErrorRatio = 1.0;
        f.simulator.setFaults(burst);
        QSignalSpy states(&f.engine, &SyncEngine::stateChanged);
        f.run(3 * 60 * 1000); // three minutes of 5xx while calls keep arriving and ending
        QCOMPARE(f.engine.state(), SyncEngine::State::BackingOff);
        QCOMPARE(f.store.size(), before); // the last good data stays
        QVERIFY(f.engine.nextAttemptInMs() <= 60 * 1000); // capped
        QVERIFY(f.server.stats().errors5xx < 20);         // backed off, not hammering

        f.simulator.setFaults({});
        f.run(90 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        QVERIFY(f.store.size() > before);
        f.run(60 * 1000); // let calls that were live during the outage settle
        QCOMPARE(f.differenceAfterSync(), QString());
    }

    void aCatchUpInterruptedHalfWayLosesNothing()
    {
        // Ten minutes away at 30 calls a minute leaves ~300 new calls, three pages; then the
        // server fails one request in two while the board catches up.
        EngineFixture f(quietConfig(30));
        f.engine.setPageLimit(100);
        f.engine.start();
        f.run(30 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        f.server.setAvailable(false);
        f.run(10 * 60 * 1000);
        f.server.setAvailable(true);
        sim::FaultConfig flaky;
        flaky.serverErrorRatio = 0.5;
        f.simulator.setFaults(flaky);
        f.run(2 * 60 * 1000);
        f.simulator.setFaults({});
        f.run(2 * 60 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        const QString diff = f.differenceAfterSync();
        if (!diff.isEmpty()) {
            const QString id = diff.section(QLatin1Char(' '), 2, 2).remove(QLatin1Char(':'));
            const QJsonObject t = f.simulator.call(id, true);
            qWarning() << "pending analysis" << f.engine.pendingAnalysis() << "truth" << QJsonDocument(t).toJson(QJsonDocument::Compact).left(600);
        }
        QCOMPARE(diff, QString());
    }

    void aRestartForgetsWhatThePreviousSessionFollowed()
    {
        EngineFixture f(quietConfig(30));
        f.engine.start();
        f.run(60 * 1000);
        QVERIFY(f.engine.pendingLive() > 0);
        f.engine.stop();
        f.store.clear();
        f.engine.start();
        QCOMPARE(f.engine.pendingLive(), 0);
        QCOMPARE(f.engine.pendingAnalysis(), 0);
        f.run(30 * 1000);
        QCOMPARE(f.differenceAfterSync(), QString());
    }

    void mixedFaultsStillConverge()
    {
        sim::SimConfig config = quietConfig(10);
        QString error;
        QVERIFY(sim::FaultConfig::parse(QStringLiteral("5xx=0.2,truncated=0.1,malformed=0.1,reset=0.1"), &config.faults, &error));
        EngineFixture f(config);
        f.engine.start();
        f.run(10 * 60 * 1000);
        f.simulator.setFaults({});
        f.run(3 * 60 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        QCOMPARE(f.differenceAfterSync(), QString());
    }

    void schemaVariantsSyncToo()
    {
        sim::SimConfig config = quietConfig(6);
        config.faults.durationSec = config.faults.createdAtCamel = config.faults.unknownStatuses = true;
        EngineFixture f(config);
        f.engine.start();
        f.run(5 * 60 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        QCOMPARE(f.differenceAfterSync(), QString());
        bool sawOther = false;
        for (const CallLog &c : f.store.calls())
            sawOther = sawOther || c.status == CallStatus::Other;
        QVERIFY(sawOther); // invented statuses are kept, not dropped
    }

    void bareArrayBodiesStopOnAShortPage()
    {
        sim::SimConfig config = quietConfig(6);
        config.faults.bareArray = true;
        EngineFixture f(config);
        f.engine.setPageLimit(100);
        f.engine.start();
        f.run(60 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        QCOMPARE(f.differenceAfterSync(), QString());
    }

    void rejectedKeyStopsPollingAndClears()
    {
        EngineFixture f(quietConfig(6));
        f.engine.start();
        f.run(20 * 1000);
        QVERIFY(f.store.size() > 0);
        f.client.setApiKey(QStringLiteral("revoked_key_0000"));
        f.run(10 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::AuthFailed);
        QCOMPARE(f.engine.lastError().kind, ApiError::Kind::Auth);
        QCOMPARE(f.store.size(), 0);
        const int requests = f.server.stats().requests;
        f.run(5 * 60 * 1000);
        QCOMPARE(f.server.stats().requests, requests); // no more polling
        QCOMPARE(f.clock.pendingTimers(), 0);
    }

    void unreachableServerIsOfflineAndRecovers()
    {
        EngineFixture f(quietConfig(6));
        f.server.setAvailable(false);
        f.engine.start();
        f.run(30 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::BackingOff);
        QCOMPARE(f.store.size(), 0);
        f.server.setAvailable(true);
        f.run(70 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        QCOMPARE(f.differenceAfterSync(), QString());

        // A server that does not listen at all is "offline".
        const QUrl good = f.client.baseUrl();
        f.client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/v1")));
        f.run(10 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::Offline);
        f.client.setBaseUrl(good);
        f.run(70 * 1000);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
    }

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

    void intervalHasAFloor()
    {
        EngineFixture f;
        f.engine.setIntervalSec(0);
        QCOMPARE(f.engine.intervalSec(), SyncEngine::kMinIntervalSec);
        f.engine.setIntervalSec(30);
        QCOMPARE(f.engine.intervalSec(), 30);
    }

    void stoppingAbortsWhatIsInFlight()
    {
        EngineFixture f(quietConfig(6));
        f.engine.start(); // the first backfill page is asked for at once
        QCOMPARE(f.client.inFlight(), 1);
        f.engine.stop();
        QCOMPARE(f.client.requestsAborted(), 1);
        QCOMPARE(f.client.inFlight(), 0);
        QVERIFY(f.runFor(60 * 1000));
        QCOMPARE(f.store.size(), 0); // the aborted page never landed
        QCOMPARE(f.engine.state(), SyncEngine::State::Idle);
        // A restart reads afresh and ends with the truth.
        f.engine.start();
        f.run(0);
        QVERIFY(f.engine.backfillDone());
        QCOMPARE(f.differenceAfterSync(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"

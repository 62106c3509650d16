// SyncEngine against a server that is not well: rate limits, the backoff, error bursts and
// interrupted catch-ups that lose nothing, other spellings and bodies, a rejected key and an
// unreachable server. In virtual time against the simulator over loopback HTTP.
#include "SyncEngineFixture.h"

using namespace callboard;
using namespace callboard::test;
using namespace callboard::synctest;

class TestSyncFaults : public QObject
{
    Q_OBJECT
private slots:
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
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"

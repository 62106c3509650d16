// Specification of SyncEngine, in virtual time against the simulator over loopback HTTP.
// The engine at work: backfill with progress, idle ticks, a call's life, a restart, the
// interval's floor. Faults and limits are in tst_syncfaults, resuming from the local cache
// in tst_syncresume.
#include "SyncEngineFixture.h"

using namespace callboard;
using namespace callboard::test;
using namespace callboard::synctest;

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

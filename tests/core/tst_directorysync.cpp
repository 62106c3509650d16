// Specification of DirectorySync, in virtual time against the simulator over loopback HTTP:
// names arrive at start, stay fresh through conditional reads, follow new agents and batches
// without flooding the API, and a key that may not read them never disturbs the call sync.
#include "SimFixture.h"

#include "core/directory/Directory.h"
#include "core/directory/DirectorySync.h"
#include "core/sync/SyncEngine.h"

#include <QSignalSpy>

using namespace callboard;
using namespace callboard::test;

namespace {

constexpr qint64 Minute = 60 * 1000;
using Kind = DirectorySync::Kind;

sim::SimConfig config(double rate, bool forbidden = false, int rateLimit = 100000)
{
    sim::SimConfig c;
    c.callsPerMinute = rate;
    c.rateLimit = rateLimit;
    c.faults.directoryForbidden = forbidden;
    return c;
}

struct DirectoryFixture : SimFixture
{
    explicit DirectoryFixture(const sim::SimConfig &c)
        : SimFixture(c), engine(&client, &store, &clock),
          sync(&client, &directory, &clock, &engine, &store)
    {
        engine.setBackfillSince(clock.now().addSecs(-3 * 3600));
        engine.setBackoffSeed(7);
    }
    void run(qint64 ms) { runFor(ms, [this] { return !engine.isBusy(); }); }

    CallLog callBy(const QString &agentId, const QString &batchId = {})
    {
        CallLog c;
        c.id = QStringLiteral("log_test_%1").arg(++made);
        c.agentId = agentId;
        c.batchCallId = batchId;
        c.statusText = QStringLiteral("initiated");
        c.status = statusFromString(c.statusText);
        c.createdAtMs = clock.nowMs();
        return c;
    }

    CallStore store;
    SyncEngine engine;
    Directory directory;
    DirectorySync sync;
    int made = 0;
};

} // namespace

class TestDirectorySync : public QObject
{
    Q_OBJECT
private slots:
    void firstReadNamesEveryAgentAndBatch()
    {
        DirectoryFixture f(config(6));
        QSignalSpy availability(&f.directory, &Directory::availabilityChanged);
        f.engine.start();
        f.sync.start();
        f.run(0);
        QCOMPARE(f.directory.availability(), Directory::Availability::Available);
        QCOMPARE(availability.count(), 1);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 1);
        QCOMPARE(f.sync.requestsSent(Kind::Batches), 1);
        const QStringList ids = f.simulator.agentIds();
        QCOMPARE(f.directory.agentName(ids[0]), QStringLiteral("Ava (Sales)"));
        QCOMPARE(f.directory.agentName(ids[1]), QStringLiteral("Ben (Support)")); // null title
        QCOMPARE(f.directory.agentName(ids[3]), QStringLiteral("Dan (Survey) (8a03)")); // shared
        const QString eve = f.directory.agentName(ids[4]);
        QVERIFY(eve.startsWith(QStringLiteral("Eve (Appointments)")));
        QCOMPARE(eve.size(), Directory::kMaxNameLength);
        QCOMPARE(f.directory.agentName(QStringLiteral("agt_0c5e8b2d7f41a9c6")),
                 QStringLiteral("<b>VIP</b> line"));
        int named = 0;
        for (const CallLog &c : f.store.calls()) {
            QVERIFY2(f.directory.knowsAgent(c.agentId), qPrintable(c.agentId));
            if (c.batchCallId.isEmpty())
                continue;
            QVERIFY(f.directory.knowsBatch(c.batchCallId));
            QVERIFY(f.directory.campaignNameOf(c.campaignId, c.batchCallId) != c.campaignId);
            ++named;
        }
        QVERIFY(named > 100);
        const BatchInfo *spring = f.directory.batch(QStringLiteral("batch_spring_7d41c9"));
        QVERIFY(spring);
        QCOMPARE(f.directory.campaignName(spring->id), QStringLiteral("Spring outreach"));
        QVERIFY(spring->sentLeads > 0 && spring->totalLeads >= spring->sentLeads);
        QVERIFY(spring->createdAt.isValid());
    }

    void refreshesAreConditionalAnd304WhenNothingMoved()
    {
        DirectoryFixture f(config(0)); // an idle workspace: after a while nothing moves
        f.sync.start();
        f.run(20 * Minute); // every backlog call has ended; batch counts are final
        const int agentsBefore = f.sync.requestsSent(Kind::Agents);
        const int batchesBefore = f.sync.requestsSent(Kind::Batches);
        QCOMPARE(agentsBefore, 1 + int(20 * Minute / DirectorySync::kRefreshMs));
        f.server.resetStats();
        QSignalSpy changed(&f.directory, &Directory::changed);
        f.run(DirectorySync::kRefreshMs);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), agentsBefore + 1);
        QCOMPARE(f.sync.requestsSent(Kind::Batches), batchesBefore + 1);
        QCOMPARE(f.server.stats().requests, 2);
        QCOMPARE(f.server.stats().notModified304, 2);
        QCOMPARE(changed.count(), 0);
    }

    void batchProgressMovesWithTheCalls()
    {
        DirectoryFixture f(config(6));
        f.sync.start();
        f.run(0);
        const int sentBefore = f.directory.batch(QStringLiteral("batch_spring_7d41c9"))->sentLeads;
        QSignalSpy changed(&f.directory, &Directory::changed);
        f.run(DirectorySync::kRefreshMs);
        QVERIFY(changed.count() >= 1);
        QVERIFY(f.directory.batch(QStringLiteral("batch_spring_7d41c9"))->sentLeads > sentBefore);
    }

    void unknownAgentAsksAtMostOnceAMinute()
    {
        DirectoryFixture f(config(0));
        f.sync.start();
        f.run(0);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 1);
        f.run(2 * Minute);

        // A call from an agent everyone knows asks nothing.
        f.store.apply({f.callBy(f.simulator.agentIds().first())});
        f.run(Minute / 2);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 1);

        // A new agent: asked soon after.
        f.store.apply({f.callBy(QStringLiteral("agt_new_one"))});
        f.run(DirectorySync::kUnknownDelayMs);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 2);
        QCOMPARE(f.sync.requestsSent(Kind::Batches), 1); // the other kind is left alone

        // Another within the minute waits for the minute to pass.
        f.run(10 * 1000);
        f.store.apply({f.callBy(QStringLiteral("agt_new_two"))});
        f.run(Minute - 10 * 1000 - 1000);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 2);
        f.run(1000);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 3);

        // Ids the workspace does not list after a read wait for the periodic refresh.
        f.store.apply({f.callBy(QStringLiteral("agt_new_one")), f.callBy(QStringLiteral("agt_new_two"))});
        f.run(2 * Minute);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 3);

        // An unknown batch asks for batches, not agents.
        f.store.apply({f.callBy(f.simulator.agentIds().first(), QStringLiteral("batch_new"))});
        f.run(DirectorySync::kUnknownDelayMs);
        QCOMPARE(f.sync.requestsSent(Kind::Batches), 2);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 3);
    }

    void forbiddenKeepsIdsAndNeverTouchesTheCallSync()
    {
        DirectoryFixture f(config(6, /*forbidden=*/true));
        QSignalSpy failed(&f.engine, &SyncEngine::failed);
        f.engine.start();
        f.sync.start();
        f.run(0);
        QCOMPARE(f.directory.availability(), Directory::Availability::Denied);
        const QString ava = f.simulator.agentIds().first();
        QCOMPARE(f.directory.agentName(ava), ava);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(differenceFromTruth(f.store, f.simulator, f.engine.backfillSince().toMSecsSinceEpoch()),
                 QString());

        // New agents do not make it ask again; nothing is asked for fifteen minutes.
        f.store.apply({f.callBy(QStringLiteral("agt_new_one"))});
        f.run(DirectorySync::kDeniedRetryMs - 1000);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 1);
        QCOMPARE(f.sync.requestsSent(Kind::Batches), 1);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        QCOMPARE(failed.count(), 0);
        f.run(1000);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 2);

        // The key gains the right: the next retry brings the names.
        sim::FaultConfig faults;
        f.simulator.setFaults(faults);
        f.run(DirectorySync::kDeniedRetryMs);
        QCOMPARE(f.directory.availability(), Directory::Availability::Available);
        QCOMPARE(f.directory.agentName(ava), QStringLiteral("Ava (Sales)"));
    }

    void waitsWhileTheCallSyncBacksOff()
    {
        DirectoryFixture f(config(6));
        f.server.setAvailable(false);
        f.engine.start();
        f.run(0);
        QCOMPARE(f.engine.state(), SyncEngine::State::BackingOff);
        f.sync.start();
        f.run(0);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 0);
        f.server.setAvailable(true);
        f.run(2 * Minute);
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 1);
        QCOMPARE(f.directory.availability(), Directory::Availability::Available);
    }

    void leavesALowBudgetToTheCalls()
    {
        DirectoryFixture f(config(0, false, /*rateLimit=*/10));
        // Spend the key's budget down to 4 of 10: below the fifth kept for the calls.
        for (int i = 0; i < 6; ++i) {
            bool done = false;
            f.client.listCalls(ListQuery{}, false, nullptr, [&done](const ListResult &) { done = true; });
            QVERIFY(f.waitFor([&done] { return done; }));
        }
        QCOMPARE(f.client.rateLimit().remaining, 4);
        f.sync.start();
        f.run(0);
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 0);
        QCOMPARE(f.sync.requestsSent(Kind::Batches), 0);
        f.run(2 * Minute); // the window resets: the budget is whole again
        QCOMPARE(f.sync.requestsSent(Kind::Agents), 1);
        QCOMPARE(f.directory.availability(), Directory::Availability::Available);
    }
};

QTEST_GUILESS_MAIN(TestDirectorySync)
#include "tst_directorysync.moc"

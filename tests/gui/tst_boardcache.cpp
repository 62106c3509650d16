// A board on the local cache, against the simulator in virtual time: a restart shows the
// cached calls before the first request and resumes instead of backfilling the window again;
// a damaged cache is reported and the board still syncs; a rejected key's cache is deleted.
#include "SimFixture.h"

#include "core/cache/CacheLocation.h"
#include "core/cache/CallCache.h"
#include "core/directory/Directory.h"
#include "core/model/CallStore.h"
#include "core/sync/SyncEngine.h"
#include "session/BoardSession.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace callboard;
using namespace callboard::test;

namespace {
struct BoardFixture : SimFixture
{
    explicit BoardFixture(sim::SimConfig config = {}) : SimFixture(config) {}

    std::unique_ptr<BoardSession> newSession(const QString &cacheDir)
    {
        auto s = std::make_unique<BoardSession>(&clock);
        s->setCacheDirectory(cacheDir);
        s->engine()->setBackfillSince(windowStart);
        s->engine()->setBackoffSeed(7);
        return s;
    }
    void run(BoardSession &s, qint64 ms) { runFor(ms, [&] { return !s.engine()->isBusy(); }); }
    QString key() const { return simulator.config().apiKey; }
    QString cacheFile(const QString &key) const
    {
        return CacheLocation::filePath(dir.path(), CacheLocation::workspaceName(server.baseUrl(), key));
    }
    QByteArray allBytes() const
    {
        QByteArray all;
        for (const QFileInfo &fi : QDir(dir.path()).entryInfoList(QDir::Files)) {
            QFile f(fi.filePath());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    QTemporaryDir dir;
    QDateTime windowStart = fixedStart().addSecs(-3 * 3600);
};
} // namespace

class TestBoardCache final : public QObject
{
    Q_OBJECT

private slots:
    void aRestartShowsTheCacheAtOnceAndResumesFromIt()
    {
        BoardFixture f;
        QVERIFY(f.dir.isValid());
        int coldRequests = 0;
        {
            auto first = f.newSession(f.dir.path());
            QVERIFY(first->startLive(f.server.baseUrl(), f.key()));
            QVERIFY(first->cache());
            QVERIFY(!first->engine()->showingCached()); // nothing was cached: a cold start
            f.run(*first, 0);
            QVERIFY(first->engine()->backfillDone());
            coldRequests = f.server.stats().requests;
            f.run(*first, 30 * 60 * 1000);
            QCOMPARE(first->engine()->state(), SyncEngine::State::Live);
        } // the board is switched off...
        f.runFor(20 * 60 * 1000); // ...for 20 minutes, while calls go on, end and get analysed

        f.server.resetStats();
        auto second = f.newSession(f.dir.path());
        QSignalSpy cachedChanges(second->engine(), &SyncEngine::showingCachedChanged);
        QVERIFY(second->startLive(f.server.baseUrl(), f.key()));
        // Before a single request reached the server, the board holds what it showed before.
        QCOMPARE(f.server.stats().requests, 0);
        QVERIFY2(second->store()->size() > 300, qPrintable(QString::number(second->store()->size())));
        QVERIFY(second->engine()->showingCached());
        QCOMPARE(cachedChanges.count(), 1);
        const QDateTime lastSync = second->engine()->cachedAsOf();
        QVERIFY(lastSync.isValid());
        QVERIFY(lastSync.secsTo(f.clock.now()) >= 20 * 60);
        // It reads back only to the cache's edge (less the overlap), not to the window's start.
        QVERIFY(second->engine()->backfillStopsAt() > f.windowStart.addSecs(2 * 3600));
        QVERIFY(second->engine()->backfillStopsAt() <= lastSync.addMSecs(-SyncEngine::kCacheOverlapMs));

        f.run(*second, 0);
        QVERIFY(second->engine()->backfillDone());
        const int resumedRequests = f.server.stats().requests;
        qInfo("backfill requests: cold start %d, resumed from the cache %d", coldRequests, resumedRequests);
        QVERIFY2(resumedRequests * 3 <= coldRequests,
                 qPrintable(QStringLiteral("%1 vs %2").arg(resumedRequests).arg(coldRequests)));
        QVERIFY(!second->engine()->showingCached()); // the first sync ends the "cached" mark
        QCOMPARE(cachedChanges.count(), 2);

        // A few ticks later (calls cached as live or awaiting analysis are followed up), the
        // board equals the simulator's truth for the window.
        f.run(*second, 60 * 1000);
        second->engine()->syncNow();
        f.run(*second, 0);
        QCOMPARE(differenceFromTruth(*second->store(), f.simulator, f.windowStart.toMSecsSinceEpoch()), QString());
    }

    void aChunkedReadFillsTheStoreNewestFirstAndThenSyncs()
    {
        BoardFixture f;
        {
            auto first = f.newSession(f.dir.path());
            QVERIFY(first->startLive(f.server.baseUrl(), f.key()));
            f.run(*first, 30 * 60 * 1000);
        }
        f.server.resetStats();
        auto second = f.newSession(f.dir.path());
        second->setCacheReadInChunks(true, 100);
        std::vector<qint64> firstOfEachChunk;
        connect(second->store(), &CallStore::changed, this, [&](const ChangeSet &c) {
            if (c.inserted > 0)
                firstOfEachChunk.push_back(second->store()->at(c.firstInsertedRow).createdAtMs);
        });
        QList<bool> cachedStates; // the first sync may land in the same turn as the last chunk
        connect(second->engine(), &SyncEngine::showingCachedChanged, this, [&](bool cached) { cachedStates << cached; });
        QVERIFY(second->startLive(f.server.baseUrl(), f.key()));
        // The start returns at once: the read goes on off this thread, nothing is asked yet.
        QVERIFY(second->isLoadingCache());
        QVERIFY(waitUntil([&] { return !second->isLoadingCache(); }));
        QVERIFY(second->store()->size() > 300);
        QVERIFY(firstOfEachChunk.size() >= 3);
        for (size_t i = 1; i < firstOfEachChunk.size(); ++i) // newest first, chunk by chunk
            QVERIFY(firstOfEachChunk[i - 1] >= firstOfEachChunk[i]);
        QVERIFY(!cachedStates.isEmpty());
        QVERIFY(cachedStates.first()); // shown as cached data until a sync confirms it
        f.run(*second, 0);
        QVERIFY(second->engine()->backfillDone());
        f.run(*second, 60 * 1000);
        second->engine()->syncNow();
        f.run(*second, 0);
        QCOMPARE(differenceFromTruth(*second->store(), f.simulator, f.windowStart.toMSecsSinceEpoch()), QString());
    }

    void callsOlderThanTheWindowStayForTheCharts()
    {
        BoardFixture f;
        {
            auto first = f.newSession(f.dir.path());
            QVERIFY(first->startLive(f.server.baseUrl(), f.key()));
            f.run(*first, 0);
        }
        f.runFor(10 * 60 * 1000);
        auto second = f.newSession(f.dir.path());
        const QDateTime narrower = f.clock.now().addSecs(-3600);
        second->engine()->setBackfillSince(narrower); // the window now starts later
        QVERIFY(second->startLive(f.server.baseUrl(), f.key()));
        f.run(*second, 0);
        int older = 0;
        for (const CallLog &c : second->store()->calls())
            older += c.createdAtMs < narrower.toMSecsSinceEpoch() ? 1 : 0;
        QVERIFY2(older > 100, qPrintable(QString::number(older)));
        // The window itself is current.
        second->engine()->syncNow();
        f.run(*second, 0);
        CallStore windowOnly;
        std::vector<CallLog> recent;
        for (const CallLog &c : second->store()->calls())
            if (c.createdAtMs >= narrower.toMSecsSinceEpoch())
                recent.push_back(c);
        windowOnly.apply(recent);
        QCOMPARE(differenceFromTruth(windowOnly, f.simulator, narrower.toMSecsSinceEpoch()), QString());
    }

    void theKeyNeverReachesTheCacheFolder()
    {
        BoardFixture f;
        {
            auto board = f.newSession(f.dir.path());
            QVERIFY(board->startLive(f.server.baseUrl(), f.key()));
            f.run(*board, 60 * 1000);
            QCOMPARE(board->cache()->filePath(), f.cacheFile(f.key()));
        }
        const QByteArray bytes = f.allBytes();
        QVERIFY(bytes.size() > 100000);
        QVERIFY(!bytes.contains(f.key().toUtf8()));
        for (const QString &name : QDir(f.dir.path()).entryList(QDir::Files))
            QVERIFY(!name.contains(f.key()));
    }

    void aDamagedCacheIsReportedAndTheBoardStillSyncs()
    {
        BoardFixture f;
        QFile garbage(f.cacheFile(f.key()));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x07'));
        garbage.close();
        auto board = f.newSession(f.dir.path());
        QSignalSpy problems(board.get(), &BoardSession::cacheProblem);
        QVERIFY(board->startLive(f.server.baseUrl(), f.key()));
        QCOMPARE(problems.count(), 1);
        QVERIFY(board->cache()); // a new one was started in its place
        f.run(*board, 0);
        QCOMPARE(differenceFromTruth(*board->store(), f.simulator, f.windowStart.toMSecsSinceEpoch()), QString());
    }

    void aCacheThatCannotBeOpenedLeavesTheBoardWithout()
    {
        BoardFixture f;
        QFile blocker(f.dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto board = f.newSession(f.dir.filePath(QStringLiteral("file/cache")));
        QSignalSpy problems(board.get(), &BoardSession::cacheProblem);
        QVERIFY(board->startLive(f.server.baseUrl(), f.key()));
        QCOMPARE(problems.count(), 1);
        QVERIFY(!board->cache());
        f.run(*board, 0);
        QCOMPARE(differenceFromTruth(*board->store(), f.simulator, f.windowStart.toMSecsSinceEpoch()), QString());
    }

    void aRejectedKeyDeletesItsCache()
    {
        BoardFixture f;
        const QString revoked = QStringLiteral("dn_revoked_key");
        {
            // What this key read while it still had the right.
            CallStore store;
            CallCache cache(f.cacheFile(revoked), &f.clock);
            CallCache::Contents contents;
            QVERIFY(cache.open(&contents));
            cache.watch(&store);
            CallLog c;
            c.id = QStringLiteral("secret-call");
            c.createdAtMs = f.clock.nowMs() - 60000;
            store.apply({c});
            cache.setSyncState(f.windowStart, f.clock.now());
        }
        auto board = f.newSession(f.dir.path());
        QVERIFY(board->startLive(f.server.baseUrl(), revoked));
        QCOMPARE(board->store()->size(), 1); // shown from the cache...
        f.run(*board, 0);
        QCOMPARE(board->engine()->state(), SyncEngine::State::AuthFailed);
        QCOMPARE(board->store()->size(), 0); // ...until the server refuses the key
        QVERIFY(!QFile::exists(f.cacheFile(revoked)));
        QVERIFY(!board->engine()->showingCached());
    }

    void withoutACacheFolderNothingIsWritten()
    {
        BoardFixture f;
        auto board = f.newSession(QString());
        QVERIFY(board->startLive(f.server.baseUrl(), f.key()));
        f.run(*board, 10 * 1000);
        QVERIFY(!board->cache());
        QVERIFY(board->store()->size() > 0);
        QCOMPARE(QDir(f.dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);
    }
    void anOfflineStartNamesAgentsAndBatchesAtOnce()
    {
        BoardFixture f;
        const QString ava = f.simulator.agentIds().first();
        const QString spring = QStringLiteral("batch_spring_7d41c9");
        {
            auto first = f.newSession(f.dir.path());
            QVERIFY(first->startLive(f.server.baseUrl(), f.key()));
            f.run(*first, 0);
            QCOMPARE(first->directory()->availability(), Directory::Availability::Available);
            QCOMPARE(first->directory()->agentName(ava), QStringLiteral("Ava (Sales)"));
        }
        f.server.setAvailable(false); // the network is down when the board comes back

        auto second = f.newSession(f.dir.path());
        QVERIFY(second->startLive(f.server.baseUrl(), f.key()));
        // Named before a single request: from the cache.
        QCOMPARE(second->directory()->agentName(ava), QStringLiteral("Ava (Sales)"));
        QCOMPARE(second->directory()->campaignName(spring), QStringLiteral("Spring outreach"));
        QVERIFY(second->directory()->batch(spring)->sentLeads > 0);
        for (int row = 0; row < second->store()->size(); ++row)
            QVERIFY(second->directory()->knowsAgent(second->store()->at(row).agentId));
        f.run(*second, 5 * 60 * 1000);
        QCOMPARE(second->directory()->agentName(ava), QStringLiteral("Ava (Sales)"));
        QVERIFY(second->directory()->availability() != Directory::Availability::Denied);

        // Stopping empties the directory: another workspace's ids must not wear these names.
        second->stop();
        QVERIFY(!second->directory()->knowsAgent(ava));
        QCOMPARE(second->directory()->availability(), Directory::Availability::Unknown);
    }
};

QTEST_MAIN(TestBoardCache)
#include "tst_boardcache.moc"

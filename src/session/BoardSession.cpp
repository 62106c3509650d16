#include "BoardSession.h"

#include "core/alerts/AlertEngine.h"
#include "core/api/DialNexaClient.h"
#include "core/cache/CacheLocation.h"
#include "core/cache/CallCache.h"
#include "core/directory/Directory.h"
#include "core/directory/DirectorySync.h"
#include "core/model/CallStore.h"
#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncLogger.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"
#include "core/window/BoardWindowKeeper.h"


namespace callboard {

BoardSession::BoardSession(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : new SystemClock(this)),
      m_store(new CallStore(this)), m_client(new DialNexaClient(m_clock, this)),
      m_engine(new SyncEngine(m_client, m_store, m_clock, this)),
      m_stats(new CallStats(m_store, m_clock, this)), m_alerts(new AlertEngine(m_store, m_clock, this)),
      m_directory(new Directory(this)),
      m_directorySync(new DirectorySync(m_client, m_directory, m_clock, m_engine, m_store, this)),
      m_window(new BoardWindowKeeper(m_store, m_clock, this)),
      m_logger(new SyncLogger(m_engine, this)), m_cacheRetentionDays(CallCache::kDefaultRetentionDays)
{
    // A half-loaded store would raise "no new calls": rules judge only complete data.
    connect(m_engine, &SyncEngine::synced, this, [this] {
        if (m_engine->backfillDone() && !m_alerts->isReady())
            m_alerts->setReady(true);
    });
    connect(m_engine, &SyncEngine::synced, this, [this](const QDateTime &at) {
        if (!m_cache)
            return;
        const QDateTime window = m_engine->backfillSince();
        if (!m_cacheCompleteSince.isValid() || window < m_cacheCompleteSince)
            m_cacheCompleteSince = window;
        m_cache->setSyncState(m_cacheCompleteSince, at);
    });
    connect(m_engine, &SyncEngine::failed, this, [this](const ApiError &error) {
        // The key lost its right to the data: what it read must not come back at the next
        // start either. (The engine clears the store right after this.)
        if (error.isAuthFailure() && m_cache)
            m_cache->discard();
        if (error.isAuthFailure()) { // nor may its names stay on show
            m_directory->setAgents({});
            m_directory->setBatches({});
        }
    });
}

BoardSession::~BoardSession()
{
    m_engine->stop();
    m_directorySync->stop();
    closeCache();
    // Children die in creation order and an owned SystemClock was created first: whatever
    // cancels clock timers in its destructor goes before it.
    delete m_alerts;
    m_alerts = nullptr;
    delete m_window;
    m_window = nullptr;
}

void BoardSession::setBoardWindow(const BoardWindow &window)
{
    m_window->setWindow(window);
    // The backfill reads exactly the window: what it would read before it, the store drops.
    m_engine->setBackfillSince(utcFromMs(m_window->startMs()));
}

void BoardSession::setLogName(const QString &workspace)
{
    m_logger->setWorkspace(workspace);
}

CallCache *BoardSession::cache() const
{
    return m_cache && m_cache->isOpen() ? m_cache.get() : nullptr;
}

void BoardSession::setCacheRetentionDays(int days)
{
    m_cacheRetentionDays = days;
    if (m_cache)
        m_cache->setRetentionDays(days); // from the next daily pruning
}

void BoardSession::openCacheAndStart(const QString &name)
{
    closeCache();
    if (m_cacheDirectory.isEmpty()) {
        m_engine->start();
        return;
    }
    auto cache = std::make_unique<CallCache>(CacheLocation::filePath(m_cacheDirectory, name), m_clock);
    cache->setRetentionDays(m_cacheRetentionDays);
    connect(cache.get(), &CallCache::problem, this, &BoardSession::cacheProblem);
    if (!m_cacheInChunks) {
        CallCache::Contents contents;
        if (cache->open(&contents, m_store->windowStart()))
            adoptCache(std::move(cache), contents);
        m_engine->start(); // a cache that cannot be used was reported; the board goes on
        return;
    }
    m_loadingCache = true;
    m_opening = std::move(cache);
    m_opening->openInChunks(
        m_store->windowStart(), m_cacheChunk,
        [this](std::vector<CallLog> calls) { m_store->apply(std::move(calls)); },
        [this](const CallCache::Contents &contents, bool open) {
            std::unique_ptr<CallCache> opened = std::move(m_opening);
            m_loadingCache = false;
            if (open)
                adoptCache(std::move(opened), contents);
            m_engine->start();
        });
}

void BoardSession::adoptCache(std::unique_ptr<CallCache> cache, const CallCache::Contents &contents)
{
    m_cacheCompleteSince = contents.completeSince;
    // Names first: the calls' first paint already shows them.
    m_directory->setAgents(contents.agents);
    m_directory->setBatches(contents.batches);
    if (!contents.calls.empty())
        m_store->apply(contents.calls);
    m_engine->resumeFromCache(contents.completeSince, contents.syncedAt);
    cache->watch(m_store); // after loading: what was read is not written back
    cache->watch(m_directory);
    m_cache = std::move(cache);
}

void BoardSession::closeCache()
{
    m_opening.reset(); // a read still under way: its chunks are dropped with it
    m_loadingCache = false;
    m_cache.reset(); // writes what is pending first
    m_cacheCompleteSince = {};
}

bool BoardSession::startDemo(quint64 seed, QString *error)
{
    stop();
    m_demo.reset();
    if (!m_demoFactory) {
        if (error)
            *error = tr("this build has no demo");
        return false;
    }
    m_demo = m_demoFactory(m_clock, seed, error);
    if (!m_demo)
        return false;
    m_client->setBaseUrl(m_demo->baseUrl());
    m_client->setKeyless(false); // the demo's server is no proxy
    m_client->setCaFile(QString());
    m_client->setApiKey(m_demo->apiKey());
    openCacheAndStart(CacheLocation::demoName(seed));
    m_directorySync->start();
    m_started = true;
    emit started();
    return true;
}

bool BoardSession::startLive(const QUrl &baseUrl, const QString &apiKey, QString *error)
{
    stop();
    m_demo.reset();
    if (!m_client->setBaseUrl(baseUrl, error))
        return false;
    if (apiKey.trimmed().isEmpty() && !m_client->isKeyless()) {
        if (error)
            *error = tr("no API key");
        return false;
    }
    m_client->setApiKey(apiKey);
    openCacheAndStart(CacheLocation::workspaceName(m_client->baseUrl(), apiKey) + m_cacheSuffix);
    m_directorySync->start();
    m_started = true;
    emit started();
    return true;
}

void BoardSession::stop()
{
    m_engine->stop();
    m_directorySync->stop();
    closeCache(); // before the store is cleared: its last changes are written
    if (m_store->size() > 0)
        m_store->clear();
    // Another workspace may start next: its ids must not wear this one's names.
    m_directory->setAgents({});
    m_directory->setBatches({});
    m_directory->setAvailability(Directory::Availability::Unknown);
    m_started = false;
}

} // namespace callboard

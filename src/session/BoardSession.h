// BoardSession: everything one board needs besides its widgets: the clock, the store, the
// client, the sync engine, the statistics, the directory of names (kept fresh by its own
// DirectorySync) and, for the demo, the DemoBackend its factory starts.
// The window and the one-shot renderer both run on a session; tests build one on a
// ManualClock.
//
// The local cache (off until setCacheDirectory()): starting a board opens its workspace's file,
// puts the cached calls in the store and the cached names in the directory before the first
// request (the engine then resumes from them instead of backfilling the window again) and
// keeps the file written. A cache that
// cannot be used is reported by cacheProblem() and the board goes on without it.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include "core/cache/CallCache.h"
#include "session/DemoBackend.h"

#include <memory>

namespace callboard {

class AlertEngine;
class BoardWindow;
class BoardWindowKeeper;
class CallStats;
class CallStore;
class Clock;
class DialNexaClient;
class Directory;
class DirectorySync;
class SyncEngine;
class SyncLogger;

class BoardSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardSession)
public:
    // clock: nullptr = a SystemClock owned by the session.
    explicit BoardSession(Clock *clock = nullptr, QObject *parent = nullptr);
    ~BoardSession() override;

    // How startDemo() starts its server (the app and the tests: useSimulatorForDemo()).
    void setDemoFactory(DemoFactory factory) { m_demoFactory = std::move(factory); }
    // Points the client at a demo server for seed (started by the factory) and starts syncing.
    bool startDemo(quint64 seed, QString *error = nullptr);
    // Points the client at DialNexa (or another base URL) with the key and starts syncing.
    // A keyless client (client()->setKeyless(), a proxy adds the key) takes an empty key.
    bool startLive(const QUrl &baseUrl, const QString &apiKey, QString *error = nullptr);
    void stop();
    bool isDemo() const { return m_demo != nullptr; }
    bool isStarted() const { return m_started; }

    // Where the workspaces' cache files go (CacheLocation::defaultDirectory() in the app);
    // empty = no cache. Takes effect at the next start.
    void setCacheDirectory(const QString &directory) { m_cacheDirectory = directory; }
    // A workspace other than the default adds its id to its cache file's name, so two
    // workspaces on one key and host never share a file.
    void setCacheSuffix(const QString &suffix) { m_cacheSuffix = suffix; }
    QString cacheDirectory() const { return m_cacheDirectory; }
    void setCacheRetentionDays(int days);
    // Reads the cache off the GUI thread, the newest calls first, putting each chunk in the
    // store as it arrives (the board paints the first ones at once), and starts syncing once
    // the whole window is in. Off: the start reads it all before returning (tests, --once).
    static constexpr int kCacheChunk = 1000; // calls put in the store per event-loop turn
    void setCacheReadInChunks(bool on, int callsPerChunk = kCacheChunk)
    {
        m_cacheInChunks = on;
        m_cacheChunk = qMax(1, callsPerChunk);
    }
    bool isLoadingCache() const { return m_loadingCache; }
    // The open cache of the running board, or nullptr.
    CallCache *cache() const;

    // The board window (Today, the last N hours): the store keeps only its calls, and the
    // next start backfills from its start. Until it is set the store keeps every call.
    void setBoardWindow(const BoardWindow &window);
    BoardWindowKeeper *windowKeeper() const { return m_window; }

    Clock *clock() const { return m_clock; }
    CallStore *store() const { return m_store; }
    DialNexaClient *client() const { return m_client; }
    SyncEngine *engine() const { return m_engine; }
    CallStats *stats() const { return m_stats; }
    // The alert rules, watching the store; ready once the first backfill has completed.
    AlertEngine *alerts() const { return m_alerts; }
    // Names for agent and batch ids; emptied when the session stops, refilled (from the cache
    // at once, then from the API) when it starts.
    Directory *directory() const { return m_directory; }
    DirectorySync *directorySync() const { return m_directorySync; }
    // The running demo's server, or nullptr.
    DemoBackend *demo() const { return m_demo.get(); }
    // Its log lines name the workspace (several workspaces in one process).
    void setLogName(const QString &workspace);

signals:
    void started();
    // The cache could not be used (or was found damaged and replaced): a sentence for the user.
    void cacheProblem(const QString &message);

private:
    // Opens the workspace's cache and then starts the engine (at once, or once a chunked
    // read has finished).
    void openCacheAndStart(const QString &name);
    void adoptCache(std::unique_ptr<CallCache> cache, const CallCache::Contents &contents);
    void closeCache();

    Clock *m_clock;
    CallStore *m_store;
    DialNexaClient *m_client;
    SyncEngine *m_engine;
    CallStats *m_stats;
    AlertEngine *m_alerts;
    Directory *m_directory;
    DirectorySync *m_directorySync;
    BoardWindowKeeper *m_window;
    SyncLogger *m_logger;
    DemoFactory m_demoFactory;
    std::unique_ptr<DemoBackend> m_demo;
    bool m_started = false;
    QString m_cacheDirectory;
    QString m_cacheSuffix;
    int m_cacheRetentionDays;
    std::unique_ptr<CallCache> m_cache;
    QDateTime m_cacheCompleteSince; // what the cache covers, as the file says or a sync proved
    bool m_cacheInChunks = false;
    int m_cacheChunk = kCacheChunk;
    bool m_loadingCache = false;
    std::unique_ptr<CallCache> m_opening; // a cache being read in chunks
};

} // namespace callboard

// CallCache: the local cache of one workspace's calls in SQLite, so a board starts with what
// it showed before and history beyond the API's window stays for the charts. Public API on
// the GUI thread; the file is written by a CacheWorker on its own thread.
//
// open() reads the calls within retention (blocking: they must be in the store before the
// first request); watch() then writes every call the store changes, coalesced: one
// transaction per flush, at most every flushIntervalMs (on the injected Clock) or as soon as
// maxPending calls wait. Calls past retention are deleted at open and once a day. When the
// file is damaged, locked or cannot be written, problem() says so and the board goes on
// without the cache (a damaged file is moved aside first); the store is never touched.
#pragma once

#include "core/directory/Directory.h"
#include "core/model/CallLog.h"
#include "core/time/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <functional>
#include <limits>
#include <vector>

namespace callboard {

class CacheWorker;
struct CacheLoad;
class CallStore;
struct ChangeSet;

class CallCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallCache)
public:
    static constexpr int kDefaultRetentionDays = 30;

    struct Contents
    {
        std::vector<CallLog> calls; // newest first
        // Every call created from completeSince until syncedAt is in `calls`, as it was at
        // syncedAt (invalid: unknown, e.g. a new file).
        QDateTime completeSince;
        QDateTime syncedAt;
        int unreadable = 0; // records this version could not read (skipped)
        QList<AgentInfo> agents; // the directory as last written (empty: never)
        QList<BatchInfo> batches;
    };

    CallCache(const QString &filePath, Clock *clock, QObject *parent = nullptr);
    ~CallCache() override; // writes what is pending and closes; blocks until written

    QString filePath() const { return m_path; }
    void setRetentionDays(int days) { m_retentionDays = qMax(1, days); }
    int retentionDays() const { return m_retentionDays; }
    void setFlushIntervalMs(int ms) { m_flushIntervalMs = qMax(0, ms); }
    void setMaxPending(int calls) { m_maxPending = qMax(1, calls); }

    // Opens the file (creating or migrating it) and reads the calls created from readFromMs
    // on (the board window: a month of history is kept for later, not read into a board
    // that shows today). False when the cache cannot be used: problem() was emitted and
    // every other call is a no-op.
    bool open(Contents *contents, qint64 readFromMs = std::numeric_limits<qint64>::min());
    bool isOpen() const { return m_open; }
    // As open(), without blocking this thread: chunk() gets the calls read so far every
    // chunkSize calls (newest first, so a board shows its latest calls first), then done()
    // the sync state and whether the cache is open (false: problem() was emitted). Both run
    // on this object's thread, from its event loop; nothing runs once it is destroyed.
    void openInChunks(qint64 readFromMs, int chunkSize,
                      std::function<void(std::vector<CallLog>)> chunk,
                      std::function<void(const Contents &, bool open)> done);

    // Writes every call the store inserts or changes from now on.
    void watch(CallStore *store);
    // Writes the directory's agents and batches whenever it changes from now on (rarely:
    // a few times an hour), replacing what the file held.
    void watch(Directory *directory);
    // Recorded with the next batch of calls, or at close (an idle board does not write).
    void setSyncState(const QDateTime &completeSince, const QDateTime &syncedAt);
    // Hands what is pending to the worker now.
    void flush();
    // flush(), then waits until the worker has written everything handed to it.
    void waitForWrites();
    // Closes and deletes the file: the key was rejected, its data must not come back.
    void discard();

signals:
    void problem(const QString &message);
    void wrote(int calls, qint64 nsecs); // one transaction done, on the worker

private:
    void onChanged(const ChangeSet &changes);
    void send(bool evenMetaAlone);
    void schedulePrune();
    void prune();
    void turnOff(const QString &message);
    bool finishOpen(CacheLoad load, Contents *contents, qint64 elapsedMs);
    qint64 retentionStartMs() const;

    QString m_path;
    Clock *m_clock;
    QThread m_thread;
    CacheWorker *m_worker; // lives on m_thread
    bool m_open = false;
    int m_retentionDays = kDefaultRetentionDays;
    int m_flushIntervalMs = 2000;
    int m_maxPending = 1000;
    QPointer<CallStore> m_store;
    QPointer<Directory> m_directory;
    QSet<QString> m_pending;
    QHash<QString, QString> m_pendingMeta;
    Clock::TimerId m_flushTimer = 0;
    Clock::TimerId m_pruneTimer = 0;
};

} // namespace callboard

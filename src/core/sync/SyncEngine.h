// SyncEngine: decides what to ask DialNexa and when, and feeds the answers to the CallStore.
//
// Start: backfill the window (default since local midnight) page by page, with progress;
// when the store already holds an earlier run's calls (the local cache), only back to the
// newest of them, less an overlap, and the cached calls still live or awaiting analysis are
// followed up as if this run had seen them.
// Then one tick every interval:
//   1. page 1 newest-first with If-None-Match (an idle tick is this one request, answered 304);
//      on 200, following pages until one holds a call we already knew;
//   2. calls still live that page 1 does not cover: one conditional request for the live
//      statuses; a call that left that list is re-read by id once;
//   3. connected calls awaiting analysis that page 1 does not cover: re-read by id (a few per
//      tick) until the analysis lands or analysisGiveUp passes (some agents have none).
// Errors: 401/403 stop polling and clear the store; 429 waits Retry-After then backs off;
// 5xx, network, timeout and unreadable bodies back off with jitter (cap 60 s), keep the data,
// and resume where they stopped, so no call is lost. All time comes from the injected Clock.
// The requests of each step are in SyncSteps.cpp; which calls are followed up is FollowUps,
// the interval's stretching and "is there another page?" are Pacing.
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ListQuery.h"
#include "core/sync/Backoff.h"
#include "core/sync/FollowUps.h"
#include "core/time/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <limits>
#include <vector>

namespace callboard {

class CallStore;
class DialNexaClient;
struct CallLog;
struct ListResult;

class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)
public:
    enum class State { Idle, Syncing, Live, BackingOff, Offline, AuthFailed };
    Q_ENUM(State)

    struct TickReport
    {
        int requests = 0;
        int notModified = 0;
        int changedCalls = 0;
    };

    SyncEngine(DialNexaClient *client, CallStore *store, Clock *clock, QObject *parent = nullptr);

    static constexpr int kMinIntervalSec = 2;
    void setIntervalSec(int seconds); // clamped to >= kMinIntervalSec
    int intervalSec() const { return m_intervalSec; }
    // The backfill window's start; invalid = since local midnight of the clock's today.
    void setBackfillSince(const QDateTime &since) { m_backfillSince = since; }
    void setPageLimit(int limit) { m_pageLimit = qBound(1, limit, 100); }
    // How long after a connected call ends its analysis is still awaited (and re-read): past
    // this, a call without one has none (the detail pane says so too).
    static constexpr int kAnalysisGiveUpSec = FollowUps::kDefaultAnalysisGiveUpSec;
    void setAnalysisGiveUpSec(int seconds) { m_followUps.setAnalysisGiveUpSec(seconds); }
    void setBackoffSeed(quint32 seed) { m_backoff = Backoff(1000, 60000, seed); }

    // Calls near the newest cached one may have changed after the cache was written (or been
    // listed late): the resumed backfill reads this much further back.
    static constexpr qint64 kCacheOverlapMs = 10 * 60 * 1000;
    // For the next start() only: the store already holds the calls of an earlier run, read
    // from the local cache: every call created from completeSince until syncedAt, as it was
    // at syncedAt. When that covers the window's start, the backfill reads back only to
    // min(newest call in the store, syncedAt) - kCacheOverlapMs; otherwise the whole window.
    // Either way the stored calls that were live or awaiting analysis are followed up, and
    // showingCached() holds until the first successful sync.
    void resumeFromCache(const QDateTime &completeSince, const QDateTime &syncedAt);

    void start();
    void stop();
    // Runs the next step now instead of waiting for the timer (the "Refresh" action).
    void syncNow();

    State state() const { return m_state; }
    bool isBusy() const { return m_busy; }
    bool backfillDone() const { return m_backfillDone; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    qint64 nextAttemptInMs() const; // -1 when nothing is scheduled
    ApiError lastError() const { return m_lastError; }
    const TickReport &lastTick() const { return m_lastTick; }
    int skippedRecords() const { return m_skippedRecords; }
    QDateTime backfillSince() const;
    // Where the current (or last) backfill stops reading: the window's start, or later when
    // it resumed from the cache.
    QDateTime backfillStopsAt() const;
    // The board shows cached calls that no sync has confirmed yet; cachedAsOf() is when the
    // cache was last in sync (invalid when unknown or not showing cached calls).
    bool showingCached() const { return m_showingCached; }
    QDateTime cachedAsOf() const { return m_showingCached ? m_cachedAsOf : QDateTime(); }
    int pendingLive() const { return int(m_followUps.live().size()); }
    int pendingAnalysis() const { return m_followUps.awaitingCount(); }
    DialNexaClient *client() const { return m_client; }

    static QString stateName(State state);

signals:
    void stateChanged(callboard::SyncEngine::State state);
    void backfillProgress(int pagesDone, int pagesTotal); // total 0 while unknown
    void synced(const QDateTime &at);                     // a backfill or tick completed
    void failed(const callboard::ApiError &error);
    void recordsSkipped(int count, const QString &firstReason);
    void tickFinished(const callboard::SyncEngine::TickReport &report);
    void showingCachedChanged(bool cached);

private:
    void setState(State s);
    void setShowingCached(bool cached);
    void adoptStoredCalls(qint64 checkedAtMs); // follow up cached calls live or awaiting analysis
    void forgetFollowUps(); // nothing followed for one session carries over to the next
    void halt(); // stops polling and forgets the scheduled step
    void schedule(qint64 delayMs);
    void runStep();
    void backfillPage(int page);
    qint64 windowStartMs() const;
    void tickPage1();
    void tickFollowingPage(int page);
    bool reachesKnownHistory(const std::vector<CallLog> &calls) const;
    void tickLive();
    void tickLivePage(int page, bool conditional);
    void tickById(QStringList ended);
    void readById(QStringList ids);
    void finishTick();
    bool handleFailure(const ApiError &error); // true when the step must stop
    void ingest(const ListResult &result, QSet<QString> *idsSeen = nullptr);
    void ingestOne(CallLog call);
    ListQuery newestFirst(int page) const;

    DialNexaClient *m_client;
    CallStore *m_store;
    Clock *m_clock;
    Backoff m_backoff;
    int m_intervalSec = 5;
    int m_pageLimit = 100;
    QDateTime m_backfillSince;
    qint64 m_windowStartMs = 0;
    qint64 m_backfillStopMs = 0; // the backfill reads back to here (>= m_windowStartMs)
    QDateTime m_resumeCompleteSince, m_resumeSyncedAt; // for the next start()
    bool m_resumePending = false;
    bool m_showingCached = false;
    QDateTime m_cachedAsOf;

    State m_state = State::Idle;
    bool m_running = false;
    bool m_busy = false;
    bool m_backfillDone = false;
    int m_backfillNextPage = 1;
    Clock::TimerId m_timer = 0;
    qint64 m_nextAttemptAtMs = -1;
    QDateTime m_lastSuccess;
    ApiError m_lastError;
    TickReport m_tick;
    TickReport m_lastTick;
    int m_skippedRecords = 0;

    QSet<QString> m_page1Ids;                // the calls page 1 showed last time it changed
    FollowUps m_followUps;                   // live calls and calls awaiting analysis
    QSet<QString> m_liveExpected; // live calls the live query must account for this tick
    QSet<QString> m_liveSeen;
    QSet<QString> m_lastLiveIds;  // what the live query's last full answer held
    QSet<QString> m_lastCompletedIds; // what the completed query's last full answer held
    bool m_fullReadNext = false;  // a tick failed: its ETags may hide unread follow-ups
    static constexpr qint64 kNoGap = std::numeric_limits<qint64>::max();
    qint64 m_gapMarkMs = kNoGap;    // a catch-up walk failed: calls older than this may be missing
    qint64 m_walkOldestMs = kNoGap; // the oldest call the current catch-up walk has read
};

} // namespace callboard

Q_DECLARE_METATYPE(callboard::SyncEngine::TickReport)

#include "SyncEngine.h"

#include "core/api/DialNexaClient.h"
#include "core/model/CallStore.h"
#include "core/sync/Pacing.h"
#include "core/time/Utc.h"

#include <QTimeZone>

#include <utility>

namespace callboard {

SyncEngine::SyncEngine(DialNexaClient *client, CallStore *store, Clock *clock, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_clock(clock)
{
}

QString SyncEngine::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("idle");
    case State::Syncing:
        return tr("syncing");
    case State::Live:
        return tr("live");
    case State::BackingOff:
        return tr("backing off");
    case State::Offline:
        return tr("offline");
    case State::AuthFailed:
        return tr("key rejected");
    }
    return {};
}

void SyncEngine::setIntervalSec(int seconds) { m_intervalSec = qMax(kMinIntervalSec, seconds); }

QDateTime SyncEngine::backfillSince() const
{
    if (m_backfillSince.isValid())
        return m_backfillSince.toUTC();
    const QDateTime local = m_clock->now().toLocalTime();
    return localDateTime(local.date(), QTime(0, 0)).toUTC();
}

QDateTime SyncEngine::backfillStopsAt() const
{
    return utcFromMs(m_backfillStopMs);
}

void SyncEngine::resumeFromCache(const QDateTime &completeSince, const QDateTime &syncedAt)
{
    m_resumeCompleteSince = completeSince;
    m_resumeSyncedAt = syncedAt;
    m_resumePending = true;
}

void SyncEngine::setShowingCached(bool cached)
{
    if (cached == m_showingCached)
        return;
    m_showingCached = cached;
    emit showingCachedChanged(cached);
}

qint64 SyncEngine::nextAttemptInMs() const
{
    return m_nextAttemptAtMs < 0 ? -1 : qMax<qint64>(0, m_nextAttemptAtMs - m_clock->nowMs());
}

void SyncEngine::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged(s);
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_windowStartMs = backfillSince().toMSecsSinceEpoch();
    m_backfillStopMs = m_windowStartMs;
    m_backfillDone = false;
    m_backfillNextPage = 1;
    m_lastSuccess = {};
    // Nothing followed for a previous session (another key, workspace or window) carries over.
    forgetFollowUps();
    m_gapMarkMs = m_walkOldestMs = kNoGap;
    m_fullReadNext = true;
    const QDateTime completeSince = std::exchange(m_resumeCompleteSince, {});
    const QDateTime syncedAt = std::exchange(m_resumeSyncedAt, {});
    const bool resumable = m_store->size() > 0 && syncedAt.isValid() && completeSince.isValid()
                           && completeSince.toMSecsSinceEpoch() <= m_windowStartMs;
    if (m_store->size() > 0 && syncedAt.isValid()) {
        if (resumable) {
            qint64 newest = std::numeric_limits<qint64>::min();
            for (const CallLog &c : m_store->calls())
                newest = qMax(newest, c.createdAtMs);
            // min(): after a gap the cache may hold calls newer than its last whole sync.
            const qint64 edge = qMin(newest, syncedAt.toMSecsSinceEpoch()) - kCacheOverlapMs;
            m_backfillStopMs = qMax(m_windowStartMs, edge);
        }
        adoptStoredCalls(syncedAt.toMSecsSinceEpoch());
    }
    m_cachedAsOf = syncedAt;
    setShowingCached(std::exchange(m_resumePending, false) && m_store->size() > 0);
    setState(State::Syncing);
    emit backfillProgress(0, 0);
    runStep();
}

void SyncEngine::stop()
{
    halt();
    setState(State::Idle);
}

void SyncEngine::halt()
{
    m_running = false;
    m_busy = false;
    m_client->abortRequests(this); // what was asked for before the halt never arrives
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
    m_nextAttemptAtMs = -1;
}

void SyncEngine::syncNow()
{
    if (!m_running || m_busy)
        return;
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
    runStep();
}

void SyncEngine::schedule(qint64 delayMs)
{
    if (m_timer)
        m_clock->cancel(m_timer);
    m_nextAttemptAtMs = m_clock->nowMs() + delayMs;
    m_timer = m_clock->callAfter(delayMs, this, [this] {
        m_timer = 0;
        runStep();
    });
}

void SyncEngine::runStep()
{
    if (!m_running || m_busy)
        return;
    m_busy = true;
    m_nextAttemptAtMs = -1;
    m_tick = {};
    m_client->markAnswers();
    if (!m_backfillDone)
        backfillPage(m_backfillNextPage);
    else
        tickPage1();
}

void SyncEngine::finishTick()
{
    m_busy = false;
    m_fullReadNext = false;
    // The data is as old as the oldest answer of the step: a cache in front of the API may
    // have held one (its Age). Never older than what an earlier step already showed.
    const qint64 asOfMs = m_client->answersAsOfMs();
    const QDateTime asOf = asOfMs >= 0 && asOfMs < m_clock->nowMs()
        ? utcFromMs(asOfMs) : m_clock->now();
    if (!m_lastSuccess.isValid() || asOf > m_lastSuccess)
        m_lastSuccess = asOf;
    m_lastError = {};
    m_backoff.reset();
    setState(State::Live);
    setShowingCached(false);
    m_lastTick = m_tick;
    emit tickFinished(m_tick);
    emit synced(m_lastSuccess);
    if (m_running)
        schedule(Pacing::intervalMs(qint64(m_intervalSec) * 1000, m_client->rateLimit(), m_clock->nowMs(),
                                    m_tick.requests));
}

bool SyncEngine::handleFailure(const ApiError &error)
{
    if (!error.isError()) {
        // A backfill page read is progress: the next failure starts small again. Within a
        // tick only the whole tick counts (finishTick), or a request that keeps failing
        // after good ones would be retried every second.
        if (!m_backfillDone) {
            m_backoff.reset();
            if (m_state == State::BackingOff || m_state == State::Offline)
                setState(State::Syncing);
        }
        return false;
    }
    m_busy = false;
    m_fullReadNext = true;
    m_lastError = error;
    if (error.isAuthFailure()) {
        emit failed(error);
        // The key is wrong or revoked: polling again would only repeat the refusal, and the
        // data it read must not stay on screen under a key that no longer has the right.
        halt();
        forgetFollowUps();
        m_backfillDone = false;
        m_backfillNextPage = 1;
        m_store->clear();
        setShowingCached(false);
        setState(State::AuthFailed);
        return true;
    }
    qint64 delay = m_backoff.nextDelayMs();
    if (error.kind == ApiError::Kind::RateLimited && error.retryAfterSec >= 0)
        delay = qMax(delay, qint64(error.retryAfterSec) * 1000);
    const bool offline =
        error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    schedule(delay); // first, so listeners of the signals below see when the retry comes
    emit failed(error);
    setState(offline ? State::Offline : State::BackingOff);
    return true;
}

// ---- applying what was read ----------------------------------------------------------------

void SyncEngine::ingest(const ListResult &r, QSet<QString> *idsSeen)
{
    if (!r.page.skipped.empty()) {
        m_skippedRecords += int(r.page.skipped.size());
        emit recordsSkipped(int(r.page.skipped.size()), r.page.skipped.front().reason);
    }
    std::vector<CallLog> batch;
    batch.reserve(r.page.calls.size());
    for (const CallLog &c : r.page.calls) {
        if (idsSeen)
            idsSeen->insert(c.id);
        if (c.createdAtMs >= windowStartMs())
            batch.push_back(c);
    }
    QStringList ids;
    ids.reserve(qsizetype(batch.size()));
    for (const CallLog &c : batch)
        ids << c.id;
    const ChangeSet changes = m_store->apply(std::move(batch));
    m_tick.changedCalls += changes.inserted + int(changes.updated.size());
    for (const QString &id : std::as_const(ids))
        if (const CallLog *stored = m_store->find(id))
            m_followUps.track(*stored, m_clock->nowMs());
}

void SyncEngine::ingestOne(CallLog call)
{
    const QString id = call.id;
    std::vector<CallLog> batch;
    batch.push_back(std::move(call));
    const ChangeSet changes = m_store->apply(std::move(batch));
    m_tick.changedCalls += changes.inserted + int(changes.updated.size());
    if (const CallLog *stored = m_store->find(id))
        m_followUps.track(*stored, m_clock->nowMs());
}

void SyncEngine::adoptStoredCalls(qint64 checkedAtMs)
{
    // Cached calls still live are followed wherever they started; those awaiting analysis
    // only within the window.
    for (const CallLog &c : m_store->calls())
        if (isLive(c.status) || c.createdAtMs >= m_windowStartMs)
            m_followUps.adopt(c, checkedAtMs);
}

void SyncEngine::forgetFollowUps()
{
    m_client->forgetETags();
    m_page1Ids.clear();
    m_lastLiveIds.clear();
    m_lastCompletedIds.clear();
    m_followUps.clear();
}

} // namespace callboard

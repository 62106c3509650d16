#include "SyncEngine.h"

#include "core/api/DialNexaClient.h"
#include "core/model/CallStore.h"

#include <QTimeZone>

#include <utility>

namespace callboard {

namespace {
constexpr int kAnalysisReadsPerTick = 4;
constexpr qint64 kRingAllowanceMs = 60 * 1000; // a call's end ≈ created + ringing + talk
} // namespace

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
    return QDateTime(local.date(), QTime(0, 0), Qt::LocalTime).toUTC();
}

QDateTime SyncEngine::backfillStopsAt() const
{
    return QDateTime::fromMSecsSinceEpoch(m_backfillStopMs, Qt::UTC);
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

int SyncEngine::pendingLive() const { return int(m_live.size()); }

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
    ++m_generation;
    m_windowStartMs = backfillSince().toMSecsSinceEpoch();
    m_backfillStopMs = m_windowStartMs;
    m_backfillDone = false;
    m_backfillNextPage = 1;
    m_lastSuccess = {};
    // Nothing followed for a previous session (another key, workspace or window) carries over.
    m_page1Ids.clear();
    m_lastLiveIds.clear();
    m_lastCompletedIds.clear();
    m_live.clear();
    m_awaitingAnalysis.clear();
    m_analysisCursor = 0;
    m_gapMarkMs = m_walkOldestMs = kNoGap;
    m_fullReadNext = true;
    m_client->forgetETags();
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
    ++m_generation; // replies still in flight are ignored
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

ListQuery SyncEngine::newestFirst(int page) const
{
    ListQuery q;
    q.page = page;
    q.limit = m_pageLimit;
    q.createdAtOrder = ListQuery::Order::Desc;
    return q;
}

// ---- backfill ------------------------------------------------------------------------------

void SyncEngine::backfillPage(int page)
{
    ListQuery q = newestFirst(page);
    q.startDate = QDateTime::fromMSecsSinceEpoch(m_backfillStopMs, Qt::UTC).date().toString(Qt::ISODate);
    const quint64 gen = m_generation;
    ++m_tick.requests;
    m_client->listCalls(q, false, this, [this, gen, page](const ListResult &r) {
        if (stale(gen) || handleFailure(r.info.error))
            return;
        ingest(r);
        const auto &calls = r.page.calls;
        const bool last = calls.empty()
                          || (r.page.meta.present ? page >= r.page.meta.totalPages
                                                  : int(calls.size()) < m_pageLimit)
                          || calls.back().createdAtMs < m_backfillStopMs;
        emit backfillProgress(page, last ? page : qMax(r.page.meta.totalPages, page + 1));
        if (!last) {
            m_backfillNextPage = page + 1;
            backfillPage(page + 1);
            return;
        }
        m_backfillDone = true;
        finishTick();
    });
}

// ---- ticks ---------------------------------------------------------------------------------

qint64 SyncEngine::windowStartMs() const
{
    // The board window may have moved on since the start (midnight, a sliding window): what
    // the store no longer takes is not worth a page.
    return qMax(m_windowStartMs, m_store->windowStart());
}

bool SyncEngine::reachesKnownHistory(const std::vector<CallLog> &calls) const
{
    // A page reaches what we already hold when it shows a call we knew from before the
    // current gap (everything newer than m_gapMarkMs was read; older may be missing).
    for (const CallLog &c : calls)
        if (c.createdAtMs < m_gapMarkMs && m_store->contains(c.id))
            return true;
    return false;
}

void SyncEngine::tickPage1()
{
    const quint64 gen = m_generation;
    ++m_tick.requests;
    // After a failed tick, read page 1 whole: its ETag may stand for a page whose follow-ups
    // (older pages, calls that ended) were never read.
    m_client->listCalls(newestFirst(1), !m_fullReadNext, this, [this, gen](const ListResult &r) {
        if (stale(gen) || handleFailure(r.info.error))
            return;
        if (r.info.notModified) {
            ++m_tick.notModified;
            if (m_gapMarkMs != kNoGap)
                tickFollowingPage(2); // an earlier catch-up stopped half way: go on with it
            else
                tickLive();
            return;
        }
        const bool known = reachesKnownHistory(r.page.calls);
        m_page1Ids.clear();
        ingest(r, &m_page1Ids);
        const auto &calls = r.page.calls;
        const bool more = r.page.meta.present ? r.page.meta.totalPages > 1
                                              : int(calls.size()) >= m_pageLimit;
        if (!known && more && !calls.empty() && calls.back().createdAtMs >= windowStartMs()) {
            m_walkOldestMs = calls.back().createdAtMs;
            tickFollowingPage(2);
        } else {
            m_gapMarkMs = kNoGap;
            tickLive();
        }
    });
}

void SyncEngine::tickFollowingPage(int page)
{
    const quint64 gen = m_generation;
    ++m_tick.requests;
    m_client->listCalls(newestFirst(page), false, this, [this, gen, page](const ListResult &r) {
        if (stale(gen))
            return;
        if (r.info.error.isError() && !r.info.error.isAuthFailure() && m_walkOldestMs != kNoGap)
            m_gapMarkMs = qMin(m_gapMarkMs, m_walkOldestMs); // newer than this was read
        if (handleFailure(r.info.error))
            return;
        const bool known = reachesKnownHistory(r.page.calls);
        ingest(r);
        const auto &calls = r.page.calls;
        if (!calls.empty())
            m_walkOldestMs = qMin(m_walkOldestMs, calls.back().createdAtMs);
        const bool last = calls.empty()
                          || (r.page.meta.present ? page >= r.page.meta.totalPages
                                                  : int(calls.size()) < m_pageLimit)
                          || calls.back().createdAtMs < windowStartMs();
        if (known || last) {
            m_gapMarkMs = kNoGap;
            m_walkOldestMs = kNoGap;
            tickLive();
        } else {
            tickFollowingPage(page + 1);
        }
    });
}

void SyncEngine::tickLive()
{
    // Calls that left the board window (the store dropped them) are followed no longer: the
    // follow-up sets stay as small as the window.
    for (auto it = m_live.begin(); it != m_live.end();)
        it = m_store->contains(*it) ? std::next(it) : m_live.erase(it);
    for (auto it = m_awaitingAnalysis.begin(); it != m_awaitingAnalysis.end();)
        it = m_store->contains(it.key()) ? std::next(it) : m_awaitingAnalysis.erase(it);
    bool outside = false;
    for (const QString &id : std::as_const(m_live))
        outside = outside || !m_page1Ids.contains(id);
    if (!outside) {
        tickById({});
        return;
    }
    m_liveSeen.clear();
    m_liveExpected = m_live - m_page1Ids;
    // A 304 only vouches for the calls the last full answer held; a call that became live and
    // ended since then leaves the list unchanged, so ask in full when one is unaccounted for.
    bool covered = !m_fullReadNext;
    for (const QString &id : std::as_const(m_liveExpected))
        covered = covered && m_lastLiveIds.contains(id);
    tickLivePage(1, covered);
}

void SyncEngine::tickLivePage(int page, bool conditional)
{
    ListQuery q = newestFirst(page);
    q.statuses = statusesOfGroup(StatusGroup::Live);
    const quint64 gen = m_generation;
    ++m_tick.requests;
    m_client->listCalls(q, conditional, this, [this, gen, page](const ListResult &r) {
        if (stale(gen) || handleFailure(r.info.error))
            return;
        if (r.info.notModified) {
            ++m_tick.notModified;
            tickById({});
            return;
        }
        if (page == 1)
            m_lastLiveIds.clear();
        ingest(r, &m_liveSeen);
        for (const CallLog &c : r.page.calls)
            m_lastLiveIds.insert(c.id);
        const bool more = r.page.meta.present ? page < r.page.meta.totalPages
                                              : int(r.page.calls.size()) >= m_pageLimit;
        if (more && !r.page.calls.empty()) {
            tickLivePage(page + 1, false);
            return;
        }
        // Calls that left the live list have ended: read each once to learn how.
        QStringList ended;
        for (const QString &id : std::as_const(m_liveExpected))
            if (!m_liveSeen.contains(id))
                ended << id;
        tickById(ended);
    });
}

QStringList SyncEngine::awaitingOutside(const QSet<QString> &covered)
{
    const qint64 now = m_clock->nowMs();
    QStringList waiting;
    for (auto it = m_awaitingAnalysis.begin(); it != m_awaitingAnalysis.end();) {
        const bool inView = m_page1Ids.contains(it.key()) || covered.contains(it.key());
        if (inView)
            it->checkedAtMs = now; // page 1 and the completed list are current this tick
        // Give up (this agent may have no analysis) only after the call was looked at past
        // its deadline: an outage must not use up the time the analysis had to arrive.
        if (it->giveUpAtMs <= now && it->checkedAtMs >= it->giveUpAtMs) {
            it = m_awaitingAnalysis.erase(it);
            continue;
        }
        if (!inView)
            waiting << it.key();
        ++it;
    }
    return waiting;
}

void SyncEngine::tickById(QStringList ended)
{
    // Connected calls awaiting analysis that page 1 does not cover: the newest completed calls
    // in one conditional request, which a 304 answers for every call its last full answer held.
    const QStringList waiting = awaitingOutside({});
    if (waiting.isEmpty()) {
        readById(ended);
        return;
    }
    bool covered = !m_fullReadNext;
    for (const QString &id : waiting)
        covered = covered && m_lastCompletedIds.contains(id);
    ListQuery q = newestFirst(1);
    q.statuses = statusesOfGroup(StatusGroup::Connected);
    const quint64 gen = m_generation;
    ++m_tick.requests;
    m_client->listCalls(q, covered, this, [this, gen, ended](const ListResult &r) {
        if (stale(gen) || handleFailure(r.info.error))
            return;
        if (r.info.notModified) {
            ++m_tick.notModified;
        } else {
            m_lastCompletedIds.clear();
            ingest(r, &m_lastCompletedIds);
        }
        // What even that page does not reach is read by id, a few a tick, round robin.
        QStringList ids = ended;
        QStringList rest = awaitingOutside(m_lastCompletedIds);
        if (!rest.isEmpty()) {
            rest.sort();
            const int n = int(rest.size());
            for (int i = 0; i < qMin(n, kAnalysisReadsPerTick); ++i)
                if (!ids.contains(rest[(m_analysisCursor + i) % n]))
                    ids << rest[(m_analysisCursor + i) % n];
            m_analysisCursor = (m_analysisCursor + kAnalysisReadsPerTick) % n;
        }
        readById(ids);
    });
}

void SyncEngine::readById(QStringList ids)
{
    if (ids.isEmpty()) {
        finishTick();
        return;
    }
    const QString id = ids.takeFirst();
    const quint64 gen = m_generation;
    ++m_tick.requests;
    m_client->getCall(id, this, [this, gen, id, rest = ids](const CallResult &r) {
        if (stale(gen))
            return;
        const ApiError::Kind kind = r.info.error.kind;
        if (kind == ApiError::Kind::NotFound || kind == ApiError::Kind::BadRequest
            || kind == ApiError::Kind::Malformed) {
            // A problem of this call, not of the server: stop asking about it, and let the
            // rest of the tick go on.
            m_live.remove(id);
            m_awaitingAnalysis.remove(id);
        } else if (handleFailure(r.info.error)) {
            return;
        } else if (r.info.notModified) {
            ++m_tick.notModified;
        } else {
            ingestOne(r.call);
        }
        readById(rest);
    });
}

void SyncEngine::finishTick()
{
    m_busy = false;
    m_fullReadNext = false;
    // The data is as old as the oldest answer of the step: a cache in front of the API may
    // have held one (its Age). Never older than what an earlier step already showed.
    const qint64 asOfMs = m_client->answersAsOfMs();
    const QDateTime asOf = asOfMs >= 0 && asOfMs < m_clock->nowMs()
        ? QDateTime::fromMSecsSinceEpoch(asOfMs, Qt::UTC) : m_clock->now();
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
        schedule(pacedIntervalMs());
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
        m_client->forgetETags();
        m_page1Ids.clear();
        m_lastLiveIds.clear();
        m_lastCompletedIds.clear();
        m_live.clear();
        m_awaitingAnalysis.clear();
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

qint64 SyncEngine::pacedIntervalMs() const
{
    // The key's budget is shared (several dashboards, scripts): when what is left of the
    // current rate-limit window would not last at this tick's cost, stretch the interval so
    // the budget lasts until the window resets, instead of running into 429s.
    const qint64 interval = qint64(m_intervalSec) * 1000;
    const RateLimit rl = m_client->rateLimit();
    if (rl.remaining < 0 || rl.resetEpochSec < 0)
        return interval;
    const qint64 untilResetMs = rl.resetEpochSec * 1000 - m_clock->nowMs();
    if (untilResetMs <= 0)
        return interval;
    const qint64 perTick = qMax(1, m_tick.requests);
    const qint64 ticksLeft = rl.remaining / perTick; // ticks the budget still pays for
    if (ticksLeft * interval >= untilResetMs)
        return interval;
    const qint64 paced = ticksLeft > 0 ? untilResetMs / ticksLeft : untilResetMs;
    return qBound(interval, paced, qint64(60000));
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
            trackPending(*stored);
}

void SyncEngine::ingestOne(CallLog call)
{
    const QString id = call.id;
    std::vector<CallLog> batch;
    batch.push_back(std::move(call));
    const ChangeSet changes = m_store->apply(std::move(batch));
    m_tick.changedCalls += changes.inserted + int(changes.updated.size());
    if (const CallLog *stored = m_store->find(id))
        trackPending(*stored);
}

void SyncEngine::adoptStoredCalls(qint64 checkedAtMs)
{
    // As trackPending(), but the calls were last looked at when the cache was in sync: one
    // that was still waiting for its analysis then is asked about again, even if its
    // deadline passed while the board was off.
    for (const CallLog &c : m_store->calls()) {
        if (isLive(c.status)) {
            m_live.insert(c.id);
        } else if (c.status == CallStatus::Completed && c.analysis.empty()
                   && c.createdAtMs >= m_windowStartMs) {
            const qint64 endEstimate =
                c.createdAtMs + qMax(0, c.durationSeconds) * 1000LL + kRingAllowanceMs;
            const qint64 giveUpAt = endEstimate + qint64(m_analysisGiveUpSec) * 1000;
            if (giveUpAt > checkedAtMs)
                m_awaitingAnalysis.insert(c.id, {giveUpAt, checkedAtMs});
        }
    }
}

void SyncEngine::trackPending(const CallLog &c)
{
    if (isLive(c.status))
        m_live.insert(c.id);
    else
        m_live.remove(c.id);

    if (c.status == CallStatus::Completed && c.analysis.empty()) {
        const qint64 now = m_clock->nowMs();
        auto it = m_awaitingAnalysis.find(c.id);
        if (it != m_awaitingAnalysis.end()) {
            it->checkedAtMs = now;
        } else {
            const qint64 endEstimate =
                c.createdAtMs + qMax(0, c.durationSeconds) * 1000LL + kRingAllowanceMs;
            const qint64 giveUpAt = endEstimate + qint64(m_analysisGiveUpSec) * 1000;
            if (giveUpAt > now)
                m_awaitingAnalysis.insert(c.id, {giveUpAt, now});
        }
    } else {
        m_awaitingAnalysis.remove(c.id);
    }
}

} // namespace callboard

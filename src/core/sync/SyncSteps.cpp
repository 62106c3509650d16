// The requests of a sync step, in the order SyncEngine sends them: the backfill's pages, then
// each tick's page 1 (and the pages after it while catching up), the live list, the newest
// completed calls and the reads by id. Lifecycle, failures and ingesting are in SyncEngine.cpp.
#include "SyncEngine.h"
#include "core/time/Utc.h"

#include "core/api/DialNexaClient.h"
#include "core/model/CallStore.h"
#include "core/sync/Pacing.h"

namespace callboard {

namespace {
constexpr int kAnalysisReadsPerTick = 4; // reads by id for calls awaiting analysis
} // namespace

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
    q.startDate = utcFromMs(m_backfillStopMs).date().toString(Qt::ISODate);
    ++m_tick.requests;
    m_client->listCalls(q, false, this, [this, page](const ListResult &r) {
        if (handleFailure(r.info.error))
            return;
        ingest(r);
        const auto &calls = r.page.calls;
        const bool last = !Pacing::morePagesAfter(r.page, page, m_pageLimit)
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
    ++m_tick.requests;
    // After a failed tick, read page 1 whole: its ETag may stand for a page whose follow-ups
    // (older pages, calls that ended) were never read.
    m_client->listCalls(newestFirst(1), !m_fullReadNext, this, [this](const ListResult &r) {
        if (handleFailure(r.info.error))
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
        if (!known && Pacing::morePagesAfter(r.page, 1, m_pageLimit)
            && calls.back().createdAtMs >= windowStartMs()) {
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
    ++m_tick.requests;
    m_client->listCalls(newestFirst(page), false, this, [this, page](const ListResult &r) {
        if (r.info.error.isError() && !r.info.error.isAuthFailure() && m_walkOldestMs != kNoGap)
            m_gapMarkMs = qMin(m_gapMarkMs, m_walkOldestMs); // newer than this was read
        if (handleFailure(r.info.error))
            return;
        const bool known = reachesKnownHistory(r.page.calls);
        ingest(r);
        const auto &calls = r.page.calls;
        if (!calls.empty())
            m_walkOldestMs = qMin(m_walkOldestMs, calls.back().createdAtMs);
        const bool last = !Pacing::morePagesAfter(r.page, page, m_pageLimit)
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
    m_followUps.retain([this](const QString &id) { return m_store->contains(id); });
    bool outside = false;
    for (const QString &id : m_followUps.live())
        outside = outside || !m_page1Ids.contains(id);
    if (!outside) {
        tickById({});
        return;
    }
    m_liveSeen.clear();
    m_liveExpected = m_followUps.live() - m_page1Ids;
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
    ++m_tick.requests;
    m_client->listCalls(q, conditional, this, [this, page](const ListResult &r) {
        if (handleFailure(r.info.error))
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
        if (Pacing::morePagesAfter(r.page, page, m_pageLimit)) {
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

void SyncEngine::tickById(QStringList ended)
{
    // Connected calls awaiting analysis that page 1 does not cover: the newest completed calls
    // in one conditional request, which a 304 answers for every call its last full answer held.
    const QStringList waiting = m_followUps.awaitingOutside(m_page1Ids, {}, m_clock->nowMs());
    if (waiting.isEmpty()) {
        readById(ended);
        return;
    }
    bool covered = !m_fullReadNext;
    for (const QString &id : waiting)
        covered = covered && m_lastCompletedIds.contains(id);
    ListQuery q = newestFirst(1);
    q.statuses = statusesOfGroup(StatusGroup::Connected);
    ++m_tick.requests;
    m_client->listCalls(q, covered, this, [this, ended](const ListResult &r) {
        if (handleFailure(r.info.error))
            return;
        if (r.info.notModified) {
            ++m_tick.notModified;
        } else {
            m_lastCompletedIds.clear();
            ingest(r, &m_lastCompletedIds);
        }
        // What even that page does not reach is read by id, a few a tick, round robin.
        QStringList ids = ended;
        const QStringList rest = m_followUps.awaitingOutside(m_page1Ids, m_lastCompletedIds, m_clock->nowMs());
        for (const QString &id : m_followUps.nextReads(rest, kAnalysisReadsPerTick))
            if (!ids.contains(id))
                ids << id;
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
    ++m_tick.requests;
    m_client->getCall(id, this, [this, id, rest = ids](const CallResult &r) {
        const ApiError::Kind kind = r.info.error.kind;
        if (kind == ApiError::Kind::NotFound || kind == ApiError::Kind::BadRequest
            || kind == ApiError::Kind::Malformed) {
            // A problem of this call, not of the server: stop asking about it, and let the
            // rest of the tick go on.
            m_followUps.forget(id);
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

} // namespace callboard

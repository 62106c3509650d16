#include "core/directory/DirectorySync.h"

#include "core/api/DialNexaClient.h"
#include "core/model/CallStore.h"
#include "core/sync/SyncEngine.h"

namespace callboard {

DirectorySync::DirectorySync(DialNexaClient *client, Directory *directory, Clock *clock,
                             SyncEngine *engine, CallStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_directory(directory), m_clock(clock),
      m_engine(engine), m_store(store)
{
    if (m_store)
        connect(m_store, &CallStore::changed, this, &DirectorySync::onStoreChanged);
}

void DirectorySync::start()
{
    stop();
    m_running = true;
    // A fresh start owes nothing to the last one: the directory may have been emptied since,
    // so no read may be conditional on answers it no longer holds.
    for (KindState *k : {&m_agents, &m_batches}) {
        const int requests = k->requests;
        *k = KindState();
        k->requests = requests;
    }
    m_batchPages.clear();
    m_readingBatches.clear();
    read(Kind::Agents);
    read(Kind::Batches);
}

void DirectorySync::stop()
{
    m_running = false;
    m_client->abortRequests(this);
    for (KindState *k : {&m_agents, &m_batches}) {
        if (k->timer)
            m_clock->cancel(k->timer);
        k->timer = 0;
        k->dueMs = -1;
        k->inFlight = false;
    }
}

qint64 DirectorySync::nextReadInMs(Kind kind) const
{
    const KindState &k = state(kind);
    return k.timer && k.dueMs >= 0 ? qMax<qint64>(0, k.dueMs - m_clock->nowMs()) : -1;
}

void DirectorySync::schedule(Kind kind, qint64 delayMs)
{
    KindState &k = state(kind);
    k.dueMs = m_clock->nowMs() + delayMs;
    m_clock->rearm(&k.timer, delayMs, this, [this, kind] {
        state(kind).dueMs = -1;
        read(kind);
    });
}

bool DirectorySync::budgetAllows() const
{
    // Names are a nicety: the calls come first. While the call sync waits out an error or a
    // 429 a name request would only make it worse, and a budget nearly spent is the calls'.
    if (m_engine) {
        const SyncEngine::State s = m_engine->state();
        if (s == SyncEngine::State::BackingOff || s == SyncEngine::State::Offline
            || s == SyncEngine::State::AuthFailed)
            return false;
    }
    const RateLimit rl = m_client->rateLimit();
    if (rl.remaining < 0 || rl.resetEpochSec * 1000 <= m_clock->nowMs())
        return true;
    const int reserve = qMax(5, rl.limit > 0 ? rl.limit / 5 : 0);
    return rl.remaining >= reserve;
}

void DirectorySync::read(Kind kind)
{
    KindState &k = state(kind);
    if (!m_running || k.inFlight)
        return;
    if (!budgetAllows()) {
        schedule(kind, kDeferMs);
        return;
    }
    k.inFlight = true;
    k.lastReadMs = m_clock->nowMs();
    if (kind == Kind::Agents) {
        readAgents();
    } else {
        m_readingBatches.clear();
        readBatchPage(1);
    }
}

void DirectorySync::readAgents()
{
    ++m_agents.requests;
    m_client->listAgents(m_agents.haveAnswer, this, [this](const AgentsResult &r) {
        if (!r.info.error.isError() && !r.info.notModified) {
            m_agents.haveAnswer = true;
            m_directory->setAgents(r.list.agents);
        }
        finishRead(Kind::Agents, r.info.error);
    });
}

void DirectorySync::readBatchPage(int page)
{
    ++m_batches.requests;
    // A page may be asked conditionally only when its last answer is still at hand.
    const bool conditional = m_batches.haveAnswer && page <= m_batchPages.size();
    m_client->listBatches(
        page, kBatchPageLimit, QString(), conditional, this,
        [this, page](const BatchesResult &r) {
            if (r.info.error.isError()) {
                finishRead(Kind::Batches, r.info.error);
                return;
            }
            if (!r.info.notModified) {
                while (m_batchPages.size() < page)
                    m_batchPages.append(QList<BatchInfo>());
                m_batchPages[page - 1] = r.page.items;
            }
            const QList<BatchInfo> &items = m_batchPages.value(page - 1);
            m_readingBatches.append(items);
            const int total = r.info.notModified ? -1 : r.page.total;
            const bool more = !items.isEmpty() && page < kMaxBatchPages
                              && (total >= 0 ? page * kBatchPageLimit < total
                                             : items.size() >= kBatchPageLimit);
            if (more) {
                readBatchPage(page + 1);
                return;
            }
            while (m_batchPages.size() > page)
                m_batchPages.removeLast();
            m_batches.haveAnswer = true;
            m_directory->setBatches(m_readingBatches);
            m_readingBatches.clear();
            finishRead(Kind::Batches, {});
        });
}

void DirectorySync::finishRead(Kind kind, const ApiError &error)
{
    KindState &k = state(kind);
    k.inFlight = false;
    const bool denied = error.kind == ApiError::Kind::Auth
                        || error.kind == ApiError::Kind::Forbidden
                        || error.kind == ApiError::Kind::NotFound;
    qint64 next = kRefreshMs;
    if (!error.isError()) {
        k.outcome = Outcome::Ok;
        k.failures = 0;
        // Ids that were unknown when this read started and are still unknown now: the
        // workspace does not list them (yet); the next refresh will look again.
        for (const QString &id : std::as_const(k.asked)) {
            const bool known = kind == Kind::Agents ? m_directory->knowsAgent(id)
                                                    : m_directory->knowsBatch(id);
            if (!known)
                k.missing.insert(id);
        }
        k.asked.clear();
    } else if (denied) {
        k.outcome = Outcome::Denied;
        k.haveAnswer = false;
        next = kDeniedRetryMs;
    } else {
        k.outcome = Outcome::Failed;
        next = qMin(kRefreshMs, kErrorRetryMs << qMin(k.failures, 8));
        if (error.retryAfterSec > 0)
            next = qMax(next, qint64(error.retryAfterSec) * 1000);
        ++k.failures;
    }
    updateAvailability();
    if (m_running)
        schedule(kind, next);
    emit readFinished(kind, !error.isError());
}

void DirectorySync::updateAvailability()
{
    // Agents carry most names: their answer decides; batches decide only while agents have
    // none (not read yet, or failing for a passing reason).
    const Outcome decisive = m_agents.outcome == Outcome::Ok || m_agents.outcome == Outcome::Denied
                                 ? m_agents.outcome
                                 : m_batches.outcome;
    if (decisive == Outcome::Ok)
        m_directory->setAvailability(Directory::Availability::Available);
    else if (decisive == Outcome::Denied)
        m_directory->setAvailability(Directory::Availability::Denied);
}

void DirectorySync::onStoreChanged(const ChangeSet &changes)
{
    if (!m_running)
        return;
    auto look = [this](int row) {
        const CallLog &c = m_store->at(row);
        if (!c.agentId.isEmpty() && !m_directory->knowsAgent(c.agentId))
            noticeUnknown(Kind::Agents, c.agentId);
        if (!c.batchCallId.isEmpty() && !m_directory->knowsBatch(c.batchCallId))
            noticeUnknown(Kind::Batches, c.batchCallId);
    };
    const int end = changes.firstInsertedRow + changes.inserted;
    for (int row = qMax(0, changes.firstInsertedRow); row < end; ++row)
        look(row);
    for (const ChangeSet::Update &u : changes.updated)
        look(u.row);
}

void DirectorySync::noticeUnknown(Kind kind, const QString &id)
{
    KindState &k = state(kind);
    if (k.missing.contains(id) || k.asked.contains(id))
        return;
    k.asked.insert(id);
    // A read on the way or still to come (the first, or a retry after an error or a denial,
    // which keep their own pace) answers it.
    if (k.inFlight || k.outcome != Outcome::Ok)
        return;
    const qint64 now = m_clock->nowMs();
    const qint64 earliest = qMax(now + kUnknownDelayMs, k.lastReadMs + kUnknownGapMs);
    if (k.timer == 0 || k.dueMs < 0 || k.dueMs > earliest)
        schedule(kind, earliest - now);
}

} // namespace callboard

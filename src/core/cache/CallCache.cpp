#include "CallCache.h"

#include "CacheWorker.h"
#include "core/model/CallStore.h"
#include "core/time/Utc.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcCache, "callboard.cache")

namespace callboard {

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
const QString SyncedAtKey = QStringLiteral("synced_at");
const QString CompleteSinceKey = QStringLiteral("complete_since");

QDateTime timeOf(const QHash<QString, QString> &meta, const QString &key)
{
    bool ok = false;
    const qint64 ms = meta.value(key).toLongLong(&ok);
    return ok ? utcFromMs(ms) : QDateTime();
}
} // namespace

CallCache::CallCache(const QString &filePath, Clock *clock, QObject *parent)
    : QObject(parent), m_path(filePath), m_clock(clock), m_worker(new CacheWorker(filePath))
{
    m_thread.setObjectName(QStringLiteral("callboard-cache"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &CacheWorker::failed, this, &CallCache::turnOff);
    connect(m_worker, &CacheWorker::wrote, this, &CallCache::wrote);
    m_thread.start(QThread::LowPriority);
}

CallCache::~CallCache()
{
    if (m_open) {
        // The sync state goes in even without calls: the next start resumes from it.
        send(true);
        QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
    }
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->close(); },
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has ended: nothing else touches it
    if (m_flushTimer)
        m_clock->cancel(m_flushTimer);
    if (m_pruneTimer)
        m_clock->cancel(m_pruneTimer);
}

qint64 CallCache::retentionStartMs() const
{
    return m_clock->nowMs() - qint64(m_retentionDays) * kDayMs;
}

bool CallCache::open(Contents *contents, qint64 readFromMs)
{
    QElapsedTimer timer;
    timer.start();
    CacheLoad load;
    const qint64 notBefore = retentionStartMs();
    const qint64 now = m_clock->nowMs();
    QMetaObject::invokeMethod(
        m_worker, [&, w = m_worker] { load = w->open(notBefore, now, readFromMs); },
        Qt::BlockingQueuedConnection);
    return finishOpen(std::move(load), contents, timer.elapsed());
}

void CallCache::openInChunks(qint64 readFromMs, int chunkSize,
                             std::function<void(std::vector<CallLog>)> chunk,
                             std::function<void(const Contents &, bool open)> done)
{
    const qint64 notBefore = retentionStartMs();
    const qint64 now = m_clock->nowMs();
    QElapsedTimer timer;
    timer.start();
    QPointer<CallCache> self(this);
    // Each chunk crosses to this thread as a queued call: dropped if this object is gone.
    auto toHere = [self, chunk](std::vector<CallLog> calls) {
        auto shared = std::make_shared<std::vector<CallLog>>(std::move(calls));
        if (self)
            QMetaObject::invokeMethod(self, [chunk, shared] { chunk(std::move(*shared)); },
                                      Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        m_worker,
        [self, w = m_worker, notBefore, now, readFromMs, chunkSize, toHere, done, timer] {
            auto load = std::make_shared<CacheLoad>(
                w->openInChunks(notBefore, now, readFromMs, chunkSize, toHere));
            if (!load->calls.empty())
                toHere(std::exchange(load->calls, {}));
            if (self)
                QMetaObject::invokeMethod(
                    self,
                    [self, load, done, timer] {
                        Contents contents;
                        const bool ok = self->finishOpen(std::move(*load), &contents, timer.elapsed());
                        done(contents, ok);
                    },
                    Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool CallCache::finishOpen(CacheLoad load, Contents *contents, qint64 elapsedMs)
{
    if (!load.problem.isEmpty()) {
        qCWarning(lcCache).noquote() << "cache:" << load.problem;
        emit problem(load.problem);
    }
    m_open = load.ok;
    if (!m_open)
        return false;
    qCInfo(lcCache).noquote() << "cache: read" << load.calls.size() << "calls from"
                              << QDir::toNativeSeparators(m_path) << "in" << elapsedMs
                              << "ms";
    if (load.unreadable > 0)
        qCWarning(lcCache).noquote() << "cache: skipped" << load.unreadable
                                     << "records this version cannot read";
    contents->calls = std::move(load.calls);
    contents->syncedAt = timeOf(load.meta, SyncedAtKey);
    contents->completeSince = timeOf(load.meta, CompleteSinceKey);
    contents->unreadable = load.unreadable;
    contents->agents = std::move(load.agents);
    contents->batches = std::move(load.batches);
    schedulePrune();
    return true;
}

void CallCache::watch(CallStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    connect(store, &CallStore::changed, this, &CallCache::onChanged);
    // What is pending must be read from the store while it still holds it.
    connect(store, &CallStore::aboutToClear, this, &CallCache::flush);
}

void CallCache::watch(Directory *directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    connect(directory, &Directory::changed, this, [this] {
        if (!m_open || !m_directory)
            return;
        QMetaObject::invokeMethod(
            m_worker,
            [w = m_worker, agents = m_directory->agents(), batches = m_directory->batches()] {
                w->writeDirectory(agents, batches);
            },
            Qt::QueuedConnection);
    });
}

void CallCache::onChanged(const ChangeSet &changes)
{
    if (!m_open || !m_store)
        return;
    for (int row = changes.firstInsertedRow; row >= 0 && row < changes.firstInsertedRow + changes.inserted; ++row)
        m_pending.insert(m_store->at(row).id);
    for (const ChangeSet::Update &u : changes.updated)
        m_pending.insert(m_store->at(u.row).id);
    if (m_pending.size() >= m_maxPending)
        flush();
    else if (!m_flushTimer && !m_pending.isEmpty())
        m_flushTimer = m_clock->callAfter(m_flushIntervalMs, this, [this] {
            m_flushTimer = 0;
            flush();
        });
}

void CallCache::setSyncState(const QDateTime &completeSince, const QDateTime &syncedAt)
{
    if (completeSince.isValid())
        m_pendingMeta.insert(CompleteSinceKey, QString::number(completeSince.toMSecsSinceEpoch()));
    if (syncedAt.isValid())
        m_pendingMeta.insert(SyncedAtKey, QString::number(syncedAt.toMSecsSinceEpoch()));
}

void CallCache::flush()
{
    send(false);
}

void CallCache::send(bool evenMetaAlone)
{
    if (m_flushTimer)
        m_clock->cancel(m_flushTimer);
    m_flushTimer = 0;
    if (!m_open || (m_pending.isEmpty() && (!evenMetaAlone || m_pendingMeta.isEmpty())))
        return;
    auto calls = std::make_shared<std::vector<CallLog>>();
    calls->reserve(size_t(m_pending.size()));
    for (const QString &id : std::as_const(m_pending))
        if (const CallLog *c = m_store ? m_store->find(id) : nullptr)
            calls->push_back(*c);
    m_pending.clear();
    const QHash<QString, QString> meta = std::exchange(m_pendingMeta, {});
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, calls, meta] { w->write(*calls, meta); }, Qt::QueuedConnection);
}

void CallCache::waitForWrites()
{
    flush();
    QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
}

void CallCache::discard()
{
    m_open = false;
    m_pending.clear();
    m_pendingMeta.clear();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->discard(); },
                              Qt::BlockingQueuedConnection);
    qCInfo(lcCache).noquote() << "cache: deleted" << QDir::toNativeSeparators(m_path);
}

void CallCache::schedulePrune()
{
    m_clock->rearm(&m_pruneTimer, kDayMs, this, [this] { prune(); });
}

void CallCache::prune()
{
    if (!m_open)
        return;
    const qint64 notBefore = retentionStartMs();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, notBefore] { w->prune(notBefore); },
                              Qt::QueuedConnection);
    schedulePrune();
}

void CallCache::turnOff(const QString &message)
{
    if (!m_open)
        return;
    m_open = false;
    m_pending.clear();
    m_pendingMeta.clear();
    qCWarning(lcCache).noquote() << "cache:" << message;
    emit problem(message);
}

} // namespace callboard

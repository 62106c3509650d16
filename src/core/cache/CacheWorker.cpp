#include "CacheWorker.h"

#include "CacheDirectoryRows.h"
#include "CacheFile.h"
#include "CacheSchema.h"
#include "CallCodec.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <utility>

namespace callboard {

namespace {
constexpr int kOpenBusyMs = 500;   // at start a locked file is given up quickly
constexpr int kWriteBusyMs = 5000; // later the worker may wait: nothing visible waits on it

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("callboard-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

CacheWorker::CacheWorker(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_connection(nextConnectionName())
{
}

CacheWorker::~CacheWorker()
{
    close();
}

QString CacheWorker::describe(const QSqlError &error, bool newer) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    if (newer)
        return tr("The local cache %1 was written by a newer Callboard; going on without it.")
            .arg(file);
    switch (CacheFile::classify(error)) {
    case CacheFile::Trouble::Locked:
        return tr("The local cache %1 is locked by another program; going on without it.")
            .arg(file);
    case CacheFile::Trouble::Unwritable:
        return tr("Cannot write the local cache %1 (%2); going on without it.")
            .arg(file, error.text());
    case CacheFile::Trouble::Corrupt:
    case CacheFile::Trouble::Other:
        break;
    }
    return tr("The local cache %1 failed (%2); going on without it.").arg(file, error.text());
}

bool CacheWorker::attempt(CacheLoad *out, qint64 notBeforeMs, qint64 nowMs, QSqlError *error,
                          bool *newer)
{
    *newer = false;
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = QSqlError(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir)),
                           {}, QSqlError::ConnectionError, QStringLiteral("14"));
        return false;
    }
    if (!CacheFile::open(m_path, m_connection, kOpenBusyMs, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // A damaged page is found now rather than in the middle of a write weeks later.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        *error = q.lastError();
        return false;
    }
    if (q.value(0).toString() != QLatin1String("ok")) {
        *error = QSqlError(q.value(0).toString(), {}, QSqlError::StatementError,
                           QStringLiteral("11"));
        return false;
    }
    if (!CacheSchema::migrate(db, error, newer))
        return false;
    // A write now: a read-only or locked file shows itself at start, not at the first flush.
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('opened_at', ?)"));
    q.addBindValue(QString::number(nowMs));
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM calls WHERE created_at < ?"));
    q.addBindValue(notBeforeMs);
    if (!q.exec() || !CacheSchema::exec(db, {QStringLiteral("PRAGMA busy_timeout=%1").arg(kWriteBusyMs)}, error)) {
        if (q.lastError().isValid())
            *error = q.lastError();
        return false;
    }
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        *error = q.lastError();
        return false;
    }
    while (q.next())
        out->meta.insert(q.value(0).toString(), q.value(1).toString());

    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record FROM calls WHERE created_at >= ? ORDER BY created_at DESC"));
    q.addBindValue(qMax(notBeforeMs, m_readFromMs));
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    while (q.next()) {
        CallLog c;
        if (CallCodec::decode(q.value(0).toByteArray(), &c))
            out->calls.push_back(std::move(c));
        else
            ++out->unreadable;
        if (m_chunk && int(out->calls.size()) >= m_chunkSize)
            m_chunk(std::exchange(out->calls, {}));
    }
    if (q.lastError().isValid()) { // a damaged page met while reading
        *error = q.lastError();
        return false;
    }
    return CacheDirectoryRows::read(db, &out->agents, &out->batches, error);
}

CacheLoad CacheWorker::open(qint64 notBeforeMs, qint64 nowMs, qint64 readFromMs)
{
    close();
    m_readFromMs = readFromMs;
    CacheLoad load;
    QSqlError error;
    bool newer = false;
    if (attempt(&load, notBeforeMs, nowMs, &error, &newer)) {
        m_open = load.ok = true;
        return load;
    }
    CacheFile::close(m_connection);
    if (newer || CacheFile::classify(error) != CacheFile::Trouble::Corrupt) {
        load.problem = describe(error, newer);
        return load;
    }
    const QString file = QDir::toNativeSeparators(m_path);
    const QString aside = CacheFile::moveAside(m_path, QDateTime::currentMSecsSinceEpoch());
    if (aside.isEmpty()) {
        load.problem = tr("The local cache %1 is damaged (%2) and could not be moved aside; "
                          "going on without it.")
                           .arg(file, error.text());
        return load;
    }
    load = {};
    if (attempt(&load, notBeforeMs, nowMs, &error, &newer)) {
        m_open = load.ok = true;
        load.problem = tr("The local cache was damaged; it was moved aside to %1 and a new one "
                          "was started.")
                           .arg(QDir::toNativeSeparators(aside));
        return load;
    }
    CacheFile::close(m_connection);
    load = {};
    load.problem = tr("The local cache was damaged and was moved aside to %1; a new one could "
                      "not be started (%2); going on without it.")
                       .arg(QDir::toNativeSeparators(aside), error.text());
    return load;
}

CacheLoad CacheWorker::openInChunks(qint64 notBeforeMs, qint64 nowMs, qint64 readFromMs,
                                    int chunkSize,
                                    const std::function<void(std::vector<CallLog>)> &chunk)
{
    m_chunkSize = qMax(1, chunkSize);
    m_chunk = chunk;
    CacheLoad load = open(notBeforeMs, nowMs, readFromMs);
    m_chunk = nullptr;
    return load;
}

void CacheWorker::write(const std::vector<CallLog> &calls, const QHash<QString, QString> &meta)
{
    if (!m_open)
        return;
    QElapsedTimer timer;
    timer.start();
    QSqlError error;
    if (!writeTransaction(calls, meta, &error)) {
        fail(error); // the connection's handles are gone by now: it can be closed
        return;
    }
    emit wrote(int(calls.size()), timer.nsecsElapsed());
}

bool CacheWorker::writeTransaction(const std::vector<CallLog> &calls,
                                   const QHash<QString, QString> &meta, QSqlError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!CacheSchema::exec(db, {QStringLiteral("BEGIN IMMEDIATE")}, error))
        return false;
    QSqlQuery q(db);
    bool ok = q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO calls(id, created_at, record) VALUES(?, ?, ?)"));
    for (size_t i = 0; ok && i < calls.size(); ++i) {
        q.bindValue(0, calls[i].id);
        q.bindValue(1, calls[i].createdAtMs);
        q.bindValue(2, CallCodec::encode(calls[i]));
        ok = q.exec();
    }
    if (ok && !meta.isEmpty()) {
        ok = q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
        for (auto it = meta.cbegin(); ok && it != meta.cend(); ++it) {
            q.bindValue(0, it.key());
            q.bindValue(1, it.value());
            ok = q.exec();
        }
    }
    if (!ok)
        *error = q.lastError();
    q.finish();
    if (!ok || !CacheSchema::exec(db, {QStringLiteral("COMMIT")}, error)) {
        CacheSchema::exec(db, {QStringLiteral("ROLLBACK")}, nullptr);
        return false;
    }
    return true;
}

void CacheWorker::writeDirectory(const QList<AgentInfo> &agents, const QList<BatchInfo> &batches)
{
    if (!m_open)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlError error;
    if (!CacheSchema::exec(db, {QStringLiteral("BEGIN IMMEDIATE")}, &error)) {
        fail(error);
        return;
    }
    if (!CacheDirectoryRows::replace(db, agents, batches, &error)
        || !CacheSchema::exec(db, {QStringLiteral("COMMIT")}, &error)) {
        CacheSchema::exec(db, {QStringLiteral("ROLLBACK")}, nullptr);
        fail(error);
    }
}

void CacheWorker::prune(qint64 notBeforeMs)
{
    if (!m_open)
        return;
    QSqlError error;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM calls WHERE created_at < ?"));
        q.addBindValue(notBeforeMs);
        if (!q.exec())
            error = q.lastError();
    }
    if (error.isValid())
        fail(error);
}

void CacheWorker::discard()
{
    close();
    CacheFile::remove(m_path);
}

void CacheWorker::close()
{
    if (!m_open)
        return;
    m_open = false;
    CacheFile::close(m_connection);
}

void CacheWorker::fail(const QSqlError &error)
{
    close();
    if (CacheFile::classify(error) == CacheFile::Trouble::Corrupt) {
        // Named by the real time: the name is for the person who finds the file.
        const QString aside = CacheFile::moveAside(m_path, QDateTime::currentMSecsSinceEpoch());
        if (!aside.isEmpty()) {
            emit failed(tr("The local cache was found damaged (%1); it was moved aside to %2; "
                           "going on without it.")
                            .arg(error.text(), QDir::toNativeSeparators(aside)));
            return;
        }
    }
    emit failed(tr("The local cache %1 stopped working (%2); going on without it.")
                    .arg(QDir::toNativeSeparators(m_path), error.text()));
}

} // namespace callboard

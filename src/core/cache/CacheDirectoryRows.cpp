#include "CacheDirectoryRows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace callboard::CacheDirectoryRows {

namespace {

qint64 msOf(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

QDateTime timeOf(qint64 ms)
{
    return ms >= 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
}

bool failed(const QSqlQuery &q, QSqlError *error)
{
    if (error)
        *error = q.lastError();
    return false;
}

} // namespace

bool read(QSqlDatabase &db, QList<AgentInfo> *agents, QList<BatchInfo> *batches,
          QSqlError *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, title, version_title FROM agents ORDER BY rowid")))
        return failed(q, error);
    while (q.next())
        agents->append(AgentInfo{q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString()});
    if (!q.exec(QStringLiteral("SELECT id, title, status, total_leads, sent_leads, picked_up, "
                               "last_call_sent_at, created_at FROM batches ORDER BY rowid")))
        return failed(q, error);
    while (q.next()) {
        BatchInfo b;
        b.id = q.value(0).toString();
        b.title = q.value(1).toString();
        b.status = q.value(2).toString();
        b.totalLeads = q.value(3).toInt();
        b.sentLeads = q.value(4).toInt();
        b.pickedUp = q.value(5).toInt();
        b.lastCallSentAt = timeOf(q.value(6).toLongLong());
        b.createdAt = timeOf(q.value(7).toLongLong());
        batches->append(b);
    }
    if (q.lastError().isValid())
        return failed(q, error);
    return true;
}

bool replace(QSqlDatabase &db, const QList<AgentInfo> &agents, const QList<BatchInfo> &batches,
             QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM agents")))
        return failed(q, error);
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO agents(id, title, version_title) "
                                  "VALUES(?, ?, ?)")))
        return failed(q, error);
    for (const AgentInfo &a : agents) {
        // '' and not NULL: the columns are NOT NULL, and a null title reads back as empty.
        q.bindValue(0, a.id);
        q.bindValue(1, a.title.isNull() ? QString(QLatin1String("")) : a.title);
        q.bindValue(2, a.versionTitle.isNull() ? QString(QLatin1String("")) : a.versionTitle);
        if (!q.exec())
            return failed(q, error);
    }
    if (!q.exec(QStringLiteral("DELETE FROM batches")))
        return failed(q, error);
    if (!q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO batches(id, title, status, total_leads, sent_leads, "
            "picked_up, last_call_sent_at, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)")))
        return failed(q, error);
    for (const BatchInfo &b : batches) {
        q.bindValue(0, b.id);
        q.bindValue(1, b.title.isNull() ? QString(QLatin1String("")) : b.title);
        q.bindValue(2, b.status.isNull() ? QString(QLatin1String("")) : b.status);
        q.bindValue(3, b.totalLeads);
        q.bindValue(4, b.sentLeads);
        q.bindValue(5, b.pickedUp);
        q.bindValue(6, msOf(b.lastCallSentAt));
        q.bindValue(7, msOf(b.createdAt));
        if (!q.exec())
            return failed(q, error);
    }
    return true;
}

} // namespace callboard::CacheDirectoryRows

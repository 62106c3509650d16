#include "CacheSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace callboard::CacheSchema {

namespace {
bool toVersion1(QSqlDatabase &db, QSqlError *error)
{
    return exec(db,
                {QStringLiteral("CREATE TABLE calls (id TEXT PRIMARY KEY NOT NULL, "
                                "created_at INTEGER NOT NULL, record BLOB NOT NULL)"),
                 QStringLiteral("CREATE INDEX calls_created_at ON calls(created_at)"),
                 QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, "
                                "value TEXT NOT NULL)")},
                error);
}

// The directory's names, so a board that starts offline names agents and batches at once.
// Each table is replaced whole when the directory changes; nullable counts and times are -1.
bool toVersion2(QSqlDatabase &db, QSqlError *error)
{
    return exec(db,
                {QStringLiteral("CREATE TABLE agents (id TEXT PRIMARY KEY NOT NULL, "
                                "title TEXT NOT NULL, version_title TEXT NOT NULL)"),
                 QStringLiteral("CREATE TABLE batches (id TEXT PRIMARY KEY NOT NULL, "
                                "title TEXT NOT NULL, status TEXT NOT NULL, "
                                "total_leads INTEGER NOT NULL, sent_leads INTEGER NOT NULL, "
                                "picked_up INTEGER NOT NULL, last_call_sent_at INTEGER NOT NULL, "
                                "created_at INTEGER NOT NULL)")},
                error);
}
} // namespace

const std::vector<Step> &steps()
{
    static const std::vector<Step> all{toVersion1, toVersion2};
    return all;
}

bool exec(QSqlDatabase &db, const QStringList &statements, QSqlError *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError();
            return false;
        }
    }
    return true;
}

int version(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = q.lastError();
        return -1;
    }
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase &db, const std::vector<Step> &steps, QSqlError *error, bool *newer)
{
    if (newer)
        *newer = false;
    int v = version(db, error);
    if (v < 0)
        return false;
    if (v > int(steps.size())) {
        if (newer)
            *newer = true;
        if (error)
            *error = QSqlError(QStringLiteral("schema version %1 is newer than this program's %2")
                                   .arg(v)
                                   .arg(steps.size()),
                               {}, QSqlError::UnknownError);
        return false;
    }
    for (; v < int(steps.size()); ++v) {
        if (!exec(db, {QStringLiteral("BEGIN IMMEDIATE")}, error))
            return false;
        if (!steps[size_t(v)](db, error)
            || !exec(db, {QStringLiteral("PRAGMA user_version = %1").arg(v + 1),
                          QStringLiteral("COMMIT")},
                     error)) {
            exec(db, {QStringLiteral("ROLLBACK")}, nullptr);
            return false;
        }
    }
    return true;
}

} // namespace callboard::CacheSchema

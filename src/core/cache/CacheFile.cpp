#include "CacheFile.h"

#include "CacheSchema.h"
#include "core/time/Utc.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace callboard::CacheFile {

namespace {
// SQLite's primary result codes (the driver reports them as its native error code).
enum : int {
    SqlitePerm = 3, SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteCorrupt = 11,
    SqliteCantOpen = 14, SqliteAuth = 23, SqliteNotADb = 26
};

const char *const kCompanions[] = {"", "-wal", "-shm", "-journal"};
} // namespace

Trouble classify(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep it low
    if (!ok)
        return Trouble::Other;
    switch (code) {
    case SqliteCorrupt:
    case SqliteNotADb:
        return Trouble::Corrupt;
    case SqliteBusy:
    case SqliteLocked:
        return Trouble::Locked;
    case SqlitePerm:
    case SqliteReadOnly:
    case SqliteCantOpen:
    case SqliteAuth:
        return Trouble::Unwritable;
    default:
        return Trouble::Other;
    }
}

bool open(const QString &path, const QString &connectionName, int busyMs, QSqlError *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid()) {
        *error = QSqlError(QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"), {},
                           QSqlError::ConnectionError);
        return false;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyMs));
    if (!db.open()) {
        *error = db.lastError();
        return false;
    }
    // WAL: the writer never blocks a reader, and a commit is one append. synchronous=NORMAL
    // in WAL survives a crash of the program; a power cut may cost the last commits, which
    // the next start reads again from the server.
    return CacheSchema::exec(db, {QStringLiteral("PRAGMA journal_mode=WAL"),
                                  QStringLiteral("PRAGMA synchronous=NORMAL")},
                             error);
}

void close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString moveAside(const QString &path, qint64 nowMs)
{
    const QString stamp = path + QStringLiteral(".corrupt-")
                          + utcFromMs(nowMs)
                                .toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = stamp;
    for (int n = 2; QFile::exists(aside); ++n) // twice in one second
        aside = stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, aside))
        return {};
    for (const char *suffix : kCompanions) {
        const QString from = path + QLatin1String(suffix);
        if (*suffix && QFile::exists(from) && !QFile::rename(from, aside + QLatin1String(suffix)))
            QFile::remove(from); // a stale journal must not be replayed into the new file
    }
    return aside;
}

bool remove(const QString &path)
{
    bool ok = true;
    for (const char *suffix : kCompanions) {
        const QString file = path + QLatin1String(suffix);
        if (QFile::exists(file))
            ok = QFile::remove(file) && ok;
    }
    return ok;
}

} // namespace callboard::CacheFile

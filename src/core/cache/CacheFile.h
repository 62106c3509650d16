// CacheFile: what the cache does with the file itself: open a connection with the pragmas the
// cache relies on, say what kind of trouble an SQLite error is, and move a damaged file (with
// its -wal and -shm companions) aside so the next start begins afresh.
#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace callboard::CacheFile {

enum class Trouble {
    Corrupt,    // not a database, or damaged: move it aside
    Locked,     // another program holds it: leave it alone
    Unwritable, // no permission, read-only, cannot create
    Other       // disk full, I/O error, ...
};
Trouble classify(const QSqlError &error);

// Opens `path` under `connectionName` (WAL, synchronous=NORMAL, busy timeout busyMs).
// On failure returns false with *error; the connection stays registered (close it).
bool open(const QString &path, const QString &connectionName, int busyMs, QSqlError *error);
void close(const QString &connectionName);

// "<path>.corrupt-<yyyyMMdd-HHmmss>" (UTC). Renames the file and its companions; returns the
// new name, or an empty string when the file could not be moved.
QString moveAside(const QString &path, qint64 nowMs);
// Deletes the file and its companions. False when something could not be removed.
bool remove(const QString &path);

} // namespace callboard::CacheFile

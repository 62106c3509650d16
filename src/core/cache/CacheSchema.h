// CacheSchema: the cache file's tables, versioned by SQLite's PRAGMA user_version. Each step
// takes a file from version N to N + 1 inside one transaction that also sets user_version, so
// a file is always at a whole version. Version 3 is one more function in steps().
//
// Version 1:
//   calls(id TEXT PRIMARY KEY, created_at INTEGER NOT NULL  -- UTC ms since the epoch
//         record BLOB NOT NULL)                             -- CallCodec bytes
//   index calls_created_at(created_at)                      -- retention and start-up reads
//   meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)         -- synced_at, complete_since, ...
// Version 2 (the directory: names for ids):
//   agents(id TEXT PRIMARY KEY, title, version_title)       -- raw server values, '' for null
//   batches(id TEXT PRIMARY KEY, title, status, total_leads, sent_leads, picked_up,
//           last_call_sent_at, created_at)                  -- counts and UTC ms; -1 = not given
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QSqlDatabase;
class QSqlError;

namespace callboard::CacheSchema {

// One migration step: brings the schema from its index in the list to index + 1.
using Step = std::function<bool(QSqlDatabase &db, QSqlError *error)>;

const std::vector<Step> &steps();
inline int currentVersion() { return int(steps().size()); }

// Reads the file's version (0 for a new, empty file).
int version(QSqlDatabase &db, QSqlError *error);

// Runs the steps the file has not had yet. Fails (changing nothing of the step that failed)
// when a step fails, or when the file is newer than `steps` knows (*newer is then set).
bool migrate(QSqlDatabase &db, const std::vector<Step> &steps, QSqlError *error,
             bool *newer = nullptr);
inline bool migrate(QSqlDatabase &db, QSqlError *error, bool *newer = nullptr)
{
    return migrate(db, steps(), error, newer);
}

// Runs each statement in turn; on failure *error holds the driver's error (its native code
// says what kind: CacheFile::classify).
bool exec(QSqlDatabase &db, const QStringList &statements, QSqlError *error);

} // namespace callboard::CacheSchema

// CacheDirectoryRows: the directory's rows in the cache file (schema version 2): the agents
// and batches a board last knew, read at open and replaced whole when the directory changes.
// Called on the cache worker's thread, inside its connection.
#pragma once

#include "core/directory/Directory.h"

class QSqlDatabase;
class QSqlError;

namespace callboard::CacheDirectoryRows {

bool read(QSqlDatabase &db, QList<AgentInfo> *agents, QList<BatchInfo> *batches,
          QSqlError *error);
// Replaces both tables, without a transaction of its own (the caller holds one).
bool replace(QSqlDatabase &db, const QList<AgentInfo> &agents, const QList<BatchInfo> &batches,
             QSqlError *error);

} // namespace callboard::CacheDirectoryRows

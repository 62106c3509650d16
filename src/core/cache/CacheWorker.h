// CacheWorker: the cache's side on its own thread, with its own SQLite connection
// (connections belong to the thread that opened them). CallCache calls it through queued
// invocations; everything here may block on the disk without stalling a frame.
#pragma once

#include "core/directory/Directory.h"
#include "core/model/CallLog.h"

#include <QHash>
#include <QObject>
#include <QSqlError>
#include <QString>

#include <functional>
#include <vector>

namespace callboard {

struct CacheLoad
{
    bool ok = false;             // the cache is open and takes writes
    std::vector<CallLog> calls;  // within retention, newest first
    QHash<QString, QString> meta;
    QList<AgentInfo> agents;     // the directory as last written
    QList<BatchInfo> batches;
    int unreadable = 0;          // records skipped: a format this version does not read
    QString problem;             // what went wrong (set also when a damaged file was replaced)
};

class CacheWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheWorker)
public:
    explicit CacheWorker(const QString &path, QObject *parent = nullptr);
    ~CacheWorker() override;

    // Opens (creating or migrating) the file, deletes calls created before notBeforeMs and
    // reads the rest from readFromMs on (the board window). A damaged file is moved aside
    // and a new one started.
    CacheLoad open(qint64 notBeforeMs, qint64 nowMs, qint64 readFromMs);
    // As open(), handing every chunkSize calls read (newest first) to chunk() as it goes;
    // the last ones stay in the result.
    CacheLoad openInChunks(qint64 notBeforeMs, qint64 nowMs, qint64 readFromMs, int chunkSize,
                           const std::function<void(std::vector<CallLog>)> &chunk);
    // One transaction: the calls (inserted or replaced) and the meta values.
    void write(const std::vector<CallLog> &calls, const QHash<QString, QString> &meta);
    // One transaction: the directory's tables replaced by these.
    void writeDirectory(const QList<AgentInfo> &agents, const QList<BatchInfo> &batches);
    void prune(qint64 notBeforeMs);
    // Closes and deletes the file (the key was rejected: its data must not come back).
    void discard();
    void close();

signals:
    // The cache is off from now on; message says why (never the key: it is not in here).
    void failed(const QString &message);
    void wrote(int calls, qint64 nsecs);

private:
    bool attempt(CacheLoad *out, qint64 notBeforeMs, qint64 nowMs, QSqlError *error,
                 bool *newer);
    bool writeTransaction(const std::vector<CallLog> &calls, const QHash<QString, QString> &meta,
                          QSqlError *error);
    void fail(const QSqlError &error); // closes the connection: no handle of it may be alive
    QString describe(const QSqlError &error, bool newer) const;

    QString m_path;
    QString m_connection;
    bool m_open = false;
    qint64 m_readFromMs = 0;
    int m_chunkSize = 0;
    std::function<void(std::vector<CallLog>)> m_chunk;
};

} // namespace callboard

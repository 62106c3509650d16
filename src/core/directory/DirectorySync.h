// DirectorySync: keeps a Directory filled from /v1/agents and /v1/batch-calls, spending as
// little of the key's shared rate budget as it can. Both are read at start(), then
// conditionally (ETag) every kRefreshMs, and soon after the store receives a call whose agent
// or batch the Directory does not know (at most once per kUnknownGapMs per kind; an id still
// unknown after such a read waits for the next refresh). Nothing is fetched while the call
// sync backs off or the budget runs low. A key that may not read these endpoints (401, 403,
// 404) marks the Directory Denied and is asked again only every kDeniedRetryMs; the call
// sync never hears of it. All time comes from the injected Clock.
#pragma once

#include "core/directory/Directory.h"
#include "core/time/Clock.h"

#include <QObject>
#include <QSet>

namespace callboard {

class CallStore;
class DialNexaClient;
class SyncEngine;
struct ApiError;
struct ChangeSet;

class DirectorySync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectorySync)
public:
    static constexpr qint64 kRefreshMs = 5 * 60 * 1000;
    static constexpr qint64 kUnknownGapMs = 60 * 1000;
    static constexpr qint64 kUnknownDelayMs = 2 * 1000; // lets a burst of new calls ask once
    static constexpr qint64 kDeniedRetryMs = 15 * 60 * 1000;
    static constexpr qint64 kErrorRetryMs = 60 * 1000;   // doubled per failure, up to kRefreshMs
    static constexpr qint64 kDeferMs = 30 * 1000;        // budget low or call sync backing off
    static constexpr int kBatchPageLimit = 100;
    static constexpr int kMaxBatchPages = 10;

    enum class Kind { Agents, Batches };
    Q_ENUM(Kind)

    // engine may be null (no call sync to defer to); store may be null (no unknown-id trigger).
    DirectorySync(DialNexaClient *client, Directory *directory, Clock *clock, SyncEngine *engine,
                  CallStore *store, QObject *parent = nullptr);

    void start(); // reads both now, then keeps them fresh
    void stop();  // forgets every scheduled read; answers still on the way are ignored
    bool isRunning() const { return m_running; }
    // Both kinds have been answered (names, a denial or an error) since start().
    bool firstReadsDone() const
    {
        return m_agents.outcome != Outcome::None && m_batches.outcome != Outcome::None;
    }

    // Requests sent per kind since construction (a batch read may take several pages).
    int requestsSent(Kind kind) const { return state(kind).requests; }
    // When the next read of a kind is due; -1 when none is scheduled (stopped or in flight).
    qint64 nextReadInMs(Kind kind) const;

signals:
    // A read of a kind finished: ok (200 or 304) or not (error, denied).
    void readFinished(callboard::DirectorySync::Kind kind, bool ok);

private:
    enum class Outcome { None, Ok, Denied, Failed };
    struct KindState
    {
        Clock::TimerId timer = 0;
        qint64 dueMs = -1;
        bool inFlight = false;
        bool haveAnswer = false;    // a 200 arrived: later reads may be conditional
        qint64 lastReadMs = -1;     // when the last read started
        int failures = 0;
        int requests = 0;
        Outcome outcome = Outcome::None;
        QSet<QString> asked;        // unknown ids seen since the last read started
        QSet<QString> missing;      // unknown even after a read: wait for the refresh
    };
    KindState &state(Kind kind) { return kind == Kind::Agents ? m_agents : m_batches; }
    const KindState &state(Kind kind) const { return kind == Kind::Agents ? m_agents : m_batches; }

    void schedule(Kind kind, qint64 delayMs);
    void read(Kind kind);
    bool budgetAllows() const;
    void readAgents();
    void readBatchPage(int page);
    void finishRead(Kind kind, const ApiError &error);
    void updateAvailability();
    void onStoreChanged(const ChangeSet &changes);
    void noticeUnknown(Kind kind, const QString &id);

    DialNexaClient *m_client;
    Directory *m_directory;
    Clock *m_clock;
    SyncEngine *m_engine;
    CallStore *m_store;
    bool m_running = false;
    KindState m_agents;
    KindState m_batches;
    QList<QList<BatchInfo>> m_batchPages; // the last answer of each page, for 304s
    QList<BatchInfo> m_readingBatches;    // pages read so far in this read
};

} // namespace callboard

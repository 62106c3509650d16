// SimDirectory: what the simulated workspace's /v1/agents and /v1/batch-calls list — the
// agents' titles (with the awkward cases a real workspace has: a null title, a very long one,
// one with markup, two agents sharing a title) and the batch calls its campaigns run.
// Counts that move with the calls are the Simulator's; this file holds only the fixed parts.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace callboard::sim {

struct SimAgentRecord
{
    QString id;
    QString title;        // empty: null on the wire
    QString versionTitle; // empty: null on the wire
};

struct SimBatch
{
    QString id;           // "batch_…"
    QString title;
    int campaign;         // index into simCampaignIds() whose calls it makes; -1: none today
    int totalLeads;       // recipients loaded
    qint64 createdBeforeStartMs; // created this long before the simulator's start
    // A batch with no calls today: its final counts.
    QString finishedStatus;
    int finishedSent = 0;
    int finishedPickedUp = 0;
};

// Every agent /v1/agents lists: the ones that make calls (simAgents()) and two that do not.
const QList<SimAgentRecord> &simAgentRecords();
const QList<SimBatch> &simBatches();
// The batch a campaign's calls carry as batch_call_id; empty when it has none.
QString simBatchIdForCampaign(int campaign);

// An Agent object as /v1/agents shows it (current_version, versions, the fields around them).
QJsonObject simAgentJson(const SimAgentRecord &agent);

// Where a batch stands at some moment: what the Simulator counts from its calls.
struct SimBatchProgress
{
    int sent = 0;
    int pickedUp = 0;
    qint64 lastSentMs = -1; // -1: no call yet
};

// A Batch object as /v1/batch-calls shows it.
QJsonObject simBatchJson(const SimBatch &batch, const SimBatchProgress &progress,
                         qint64 simStartMs);

} // namespace callboard::sim

#include "SimDirectory.h"

#include "SimWorkspace.h"

#include <QJsonArray>

namespace callboard::sim {

namespace {

constexpr qint64 HourMs = 60LL * 60 * 1000;

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

const QList<SimAgentRecord> &simAgentRecords()
{
    // Titles of the calling agents follow simAgents(); the awkward cases sit on purpose:
    // Ben has no title (named by his version title), Eve's title runs long, Dan shares his
    // title with a retired agent, and an agent with markup in its title makes no calls.
    static const QList<SimAgentRecord> records = [] {
        const QList<SimAgent> &agents = simAgents();
        QList<SimAgentRecord> r;
        r.append({agents[0].id, agents[0].name, QStringLiteral("Version 3")});
        r.append({agents[1].id, QString(), agents[1].name});
        r.append({agents[2].id, agents[2].name, QStringLiteral("Version 1")});
        r.append({agents[3].id, agents[3].name, QStringLiteral("Version 2")});
        r.append({agents[4].id,
                  agents[4].name
                      + QStringLiteral(" - books, moves and confirms appointments for the north "
                                       "and south clinics and the video consultation line"),
                  QStringLiteral("Version 5")});
        r.append({QStringLiteral("agt_6a2f0d9e3b7c1f54"), agents[3].name,
                  QStringLiteral("Retired survey")});
        r.append({QStringLiteral("agt_0c5e8b2d7f41a9c6"), QStringLiteral("<b>VIP</b> line"),
                  QStringLiteral("Version 1")});
        return r;
    }();
    return records;
}

const QList<SimBatch> &simBatches()
{
    static const QList<SimBatch> batches = {
        {QStringLiteral("batch_spring_7d41c9"), QStringLiteral("Spring outreach"), 0, 6000,
         2 * HourMs, {}, 0, 0},
        {QStringLiteral("batch_renewals_2f8a60"), QStringLiteral("Q4 renewals"), 1, 5000,
         4 * HourMs, {}, 0, 0},
        {QStringLiteral("batch_overdue_b39e15"), QStringLiteral("Overdue accounts"), 2, 4000,
         1 * HourMs, {}, 0, 0},
        {QStringLiteral("batch_winback_51ce07"), QStringLiteral("Winter win-back"), -1, 800,
         72 * HourMs, QStringLiteral("completed"), 800, 517},
    };
    return batches;
}

QString simBatchIdForCampaign(int campaign)
{
    for (const SimBatch &b : simBatches())
        if (b.campaign == campaign && campaign >= 0)
            return b.id;
    return {};
}

QJsonObject simAgentJson(const SimAgentRecord &agent)
{
    const QJsonObject version{
        {QStringLiteral("agent_id"), agent.id},
        {QStringLiteral("version_number"), 1},
        {QStringLiteral("version_title"), stringOrNull(agent.versionTitle)},
        {QStringLiteral("title"), stringOrNull(agent.title)},
        {QStringLiteral("is_published"), true},
        {QStringLiteral("language_id"), QStringLiteral("lang_en_us")},
        {QStringLiteral("voice_id"), QStringLiteral("voice_abc123")},
    };
    return {
        {QStringLiteral("id"), agent.id},
        {QStringLiteral("folder_id"), QJsonValue()},
        {QStringLiteral("current_version_number"), 1},
        {QStringLiteral("timezone"), QStringLiteral("UTC")},
        {QStringLiteral("agent_type"), QStringLiteral("Single_Prompt_Agent")},
        {QStringLiteral("pipeline_type"), QStringLiteral("Cascaded")},
        {QStringLiteral("webhook_id"), QJsonValue()},
        {QStringLiteral("current_version"), version},
        {QStringLiteral("versions"), QJsonArray{version}},
    };
}

QJsonObject simBatchJson(const SimBatch &batch, const SimBatchProgress &progress,
                         qint64 simStartMs)
{
    const bool finished = batch.campaign < 0;
    const int sent = finished ? batch.finishedSent : qMin(progress.sent, batch.totalLeads);
    const int pickedUp = finished ? batch.finishedPickedUp : progress.pickedUp;
    const qint64 createdMs = simStartMs - batch.createdBeforeStartMs;
    qint64 lastSentMs = progress.lastSentMs;
    if (finished)
        lastSentMs = createdMs + 20 * HourMs;
    QString status = finished ? batch.finishedStatus : QStringLiteral("running");
    if (!finished && sent >= batch.totalLeads)
        status = QStringLiteral("completed");
    return {
        {QStringLiteral("id"), batch.id},
        {QStringLiteral("title"), batch.title},
        {QStringLiteral("status"), status},
        {QStringLiteral("total_records"), batch.totalLeads},
        {QStringLiteral("createdAt"), simIsoDateTime(createdMs)},
        {QStringLiteral("total_lead_count"), batch.totalLeads},
        {QStringLiteral("sent_lead_count"), sent},
        {QStringLiteral("picked_up_lead_count"), pickedUp},
        {QStringLiteral("picked_up_calls"), pickedUp},
        {QStringLiteral("last_call_sent_at"),
         lastSentMs >= 0 ? QJsonValue(simIsoDateTime(lastSentMs)) : QJsonValue()},
        {QStringLiteral("number_of_retries"), 1},
        {QStringLiteral("attempt_stages"), QJsonArray{}},
    };
}

} // namespace callboard::sim

// SimWorkspace: the fixed cast of the simulated DialNexa workspace — its agents (each with
// its own post-call analysis schema, or none), campaigns and phone numbers — and the content
// a call's seed turns into: analysis values and a transcript.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace callboard::sim {

enum class AnalysisSchema
{
    None,         // an agent without post-call analysis: `analysis` stays {}
    Sales,        // interested, lead_score, next_step, notes, callback_at
    Support,      // issue_resolved, customer_satisfaction, category, summary, follow_up_*
    Collections,  // promise_to_pay, amount_promised, payment_date, disposition, notes
    Appointments, // appointment_booked, appointment_at, location, notes
};

struct SimAgent
{
    QString id;    // "agt_…", one of them spelled "agent_…" as the real service does
    QString name;  // its title on /v1/agents (SimDirectory), for people reading the board
    int campaign;  // index into simCampaignIds() of its outbound campaign
    double weight; // share of the workspace's calls this agent makes
    AnalysisSchema schema;
};

// ISO 8601 UTC with milliseconds, as every DialNexa timestamp: 2026-11-28T14:03:07.123Z.
QString simIsoDateTime(qint64 ms);

const QList<SimAgent> &simAgents();
const QStringList &simCampaignIds();
const QStringList &simWorkspaceNumbers(); // the workspace's own caller ids (E.164)

// The analysis a completed call gets, derived from its seed alone. endMs anchors the
// dates (callbacks and follow-ups lie after the call). withHtml puts literal markup into
// the free-text field, as a careless prompt would.
QJsonObject simAnalysis(AnalysisSchema schema, quint64 seed, qint64 endMs, bool withHtml);

// A speaker-labelled transcript ("Agent: …\nUser: …") for a completed call.
QString simTranscript(AnalysisSchema schema, quint64 seed);

} // namespace callboard::sim

#include "SimCallScript.h"

#include "SimDirectory.h"
#include "SimRandom.h"
#include "SimWorkspace.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace callboard::sim {

namespace {

constexpr quint64 ScriptStream = 0x5C41;
constexpr qint64 Never = std::numeric_limits<qint64>::max();

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

int pickAgent(SimRandom &rng)
{
    const auto &agents = simAgents();
    double u = rng.uniform();
    for (int i = 0; i < agents.size(); ++i) {
        u -= agents[i].weight;
        if (u < 0)
            return i;
    }
    return int(agents.size()) - 1;
}

// Rough shares from the product brief: ~60 % connected, ~28 % not reached, ~4 % voicemail,
// ~8 % failed or cancelled.
SimOutcome pickOutcome(SimRandom &rng)
{
    const double u = rng.uniform();
    if (u < 0.60)
        return SimOutcome::Completed;
    if (u < 0.70)
        return SimOutcome::DidNotPick;
    if (u < 0.78)
        return SimOutcome::NoAnswer;
    if (u < 0.83)
        return SimOutcome::Busy;
    if (u < 0.88)
        return SimOutcome::RetryExpired;
    if (u < 0.92)
        return SimOutcome::Voicemail;
    if (u < 0.98)
        return SimOutcome::Failed;
    return SimOutcome::Cancelled;
}

QString finalStatus(SimOutcome outcome)
{
    switch (outcome) {
    case SimOutcome::Completed:
        return QStringLiteral("completed");
    case SimOutcome::DidNotPick:
        return QStringLiteral("did_not_pick");
    case SimOutcome::NoAnswer:
        return QStringLiteral("no_answer");
    case SimOutcome::Busy:
        return QStringLiteral("busy");
    case SimOutcome::RetryExpired:
        return QStringLiteral("retry_expired");
    case SimOutcome::Voicemail:
        return QStringLiteral("voicemail");
    case SimOutcome::Failed:
        return QStringLiteral("failed");
    case SimOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString endReasonFor(SimOutcome outcome, SimRandom &rng)
{
    static const QStringList hangups = {QStringLiteral("agent_disconnected"),
                                        QStringLiteral("user_disconnected")};
    static const QStringList failures = {
        QStringLiteral("network_failure"),      QStringLiteral("system_failure"),
        QStringLiteral("system_at_capacity"),   QStringLiteral("insufficient_balance"),
        QStringLiteral("invalid_phone_number"), QStringLiteral("destination_forbidden")};
    switch (outcome) {
    case SimOutcome::Completed:
        return rng.pick(hangups);
    case SimOutcome::DidNotPick:
    case SimOutcome::NoAnswer:
        return QStringLiteral("user_did_not_pick_up");
    case SimOutcome::Busy:
        return QStringLiteral("user_busy");
    case SimOutcome::RetryExpired:
        return QStringLiteral("user_unreachable");
    case SimOutcome::Voicemail:
        return QStringLiteral("voicemail_detected");
    case SimOutcome::Failed:
        return rng.pick(failures);
    case SimOutcome::Cancelled:
        return QStringLiteral("unknown");
    }
    return {};
}

QString customerNumber(SimRandom &rng)
{
    return QStringLiteral("+1555") + QString::number(rng.range(2000000, 9999999));
}

} // namespace

SimCall SimCall::create(quint64 workspaceSeed, quint64 index, qint64 createdMs,
                        int analysisDelaySec)
{
    // Every draw of a call comes from its own stream, in a fixed order: adding a field
    // at the end never changes the calls an existing seed produces.
    SimCall c;
    c.seed = SimRandom::mix(workspaceSeed, ScriptStream + index);
    SimRandom rng(c.seed);
    c.createdMs = createdMs;
    c.logId = QStringLiteral("log_") + rng.hex(24);
    c.callId = QStringLiteral("call_") + rng.hex(24);
    c.agent = pickAgent(rng);
    c.m_inbound = rng.chance(0.15);
    c.m_web = rng.chance(0.12);
    if (!c.m_inbound && rng.chance(0.9))
        c.campaign = simAgents()[c.agent].campaign;
    const QString ours = rng.pick(simWorkspaceNumbers());
    const QString theirs = customerNumber(rng);
    c.m_fromNumber = c.m_inbound ? theirs : ours;
    c.m_toNumber = c.m_inbound ? ours : theirs;

    c.m_outcome = pickOutcome(rng);
    c.m_initiatedAt = qint32(rng.range(600, 1400));
    c.m_sentAt = c.m_initiatedAt + qint32(rng.range(1600, 2600));
    switch (c.m_outcome) {
    case SimOutcome::Completed: {
        c.m_answerAt = c.m_sentAt + qint32(rng.range(3000, 18000));
        // Talk time: lognormal around a 2-minute median, kept within 20 s .. 10 min.
        const double talk = std::exp(std::log(120.0) + 0.8 * rng.normal());
        c.m_talkSec = int(std::clamp(talk, 20.0, 600.0));
        c.m_endAt = c.m_answerAt + c.m_talkSec * 1000;
        break;
    }
    case SimOutcome::Failed:
        c.m_endAt = c.m_initiatedAt + qint32(rng.range(400, 4000));
        break;
    case SimOutcome::Cancelled:
        c.m_endAt = qint32(rng.range(300, 2500));
        break;
    default: // rang 20-40 s without a human answering
        c.m_endAt = c.m_sentAt + qint32(rng.range(20000, 40000));
        break;
    }
    c.m_analysisDelayMs = qMax(0, analysisDelaySec) * 1000;
    c.m_endReason = endReasonFor(c.m_outcome, rng);

    const double s = rng.uniform();
    if (c.m_outcome == SimOutcome::Completed)
        c.m_sentiment = s < 0.45   ? QStringLiteral("positive")
                        : s < 0.80 ? QStringLiteral("neutral")
                                   : QStringLiteral("negative");
    else if (c.m_outcome != SimOutcome::Failed && c.m_outcome != SimOutcome::Cancelled && s < 0.5)
        c.m_sentiment = QStringLiteral("unknown");

    if (c.m_outcome == SimOutcome::Completed && rng.chance(0.12))
        c.m_fallbackStt = rng.chance(0.5) ? QStringLiteral("stt_deepgram_nova_2")
                                          : QStringLiteral("stt_whisper_large_v3");
    static const QStringList invented = {
        QStringLiteral("transferred"), QStringLiteral("on_hold_external"),
        QStringLiteral("escalated_to_human"), QStringLiteral("queued_external")};
    const bool unknown = rng.chance(0.10);
    const QString inventedStatus = rng.pick(invented);
    if (unknown)
        c.m_unknownStatus = inventedStatus;
    c.m_htmlInAnalysis = rng.chance(0.03);
    return c;
}

bool SimCall::hasAnalysis() const
{
    return m_outcome == SimOutcome::Completed && simAgents()[agent].schema != AnalysisSchema::None;
}

QString SimCall::statusAt(qint64 nowMs, bool unknownStatuses) const
{
    const qint64 t = nowMs - createdMs;
    if (t >= m_endAt) {
        if (unknownStatuses && !m_unknownStatus.isEmpty())
            return m_unknownStatus;
        return finalStatus(m_outcome);
    }
    if (m_answerAt >= 0 && t >= m_answerAt)
        return QStringLiteral("received");
    if (t >= m_sentAt)
        return QStringLiteral("sent");
    if (t >= m_initiatedAt)
        return QStringLiteral("initiated");
    return QStringLiteral("created");
}

qint64 SimCall::nextEventAfter(qint64 nowMs) const
{
    const qint64 t = nowMs - createdMs;
    qint64 best = Never;
    for (qint64 e : {qint64(m_initiatedAt), qint64(m_sentAt), qint64(m_answerAt), qint64(m_endAt),
                     qint64(m_endAt) + m_analysisDelayMs})
        if (e > t && e < best)
            best = e;
    return best == Never ? Never : createdMs + best;
}

qint64 SimCall::lastEventAtOrBefore(qint64 nowMs) const
{
    const qint64 t = nowMs - createdMs;
    qint64 best = 0;
    for (qint64 e : {qint64(m_initiatedAt), qint64(m_sentAt), qint64(m_answerAt), qint64(m_endAt),
                     qint64(m_endAt) + m_analysisDelayMs})
        if (e <= t && e > best)
            best = e;
    return createdMs + best;
}

const QJsonObject &SimCall::jsonAt(qint64 nowMs, bool unknownStatuses) const
{
    if (nowMs < m_cacheFrom || nowMs >= m_cacheUntil || unknownStatuses != m_cacheUnknown) {
        m_cache = buildJson(nowMs, unknownStatuses);
        m_cacheFrom = lastEventAtOrBefore(nowMs);
        m_cacheUntil = nextEventAfter(nowMs);
        m_cacheUnknown = unknownStatuses;
    }
    return m_cache;
}

QJsonObject SimCall::buildJson(qint64 nowMs, bool unknownStatuses) const
{
    const bool ended = nowMs >= endMs();
    const SimAgent &a = simAgents()[agent];
    QJsonObject o;
    o.insert(QStringLiteral("id"), logId);
    o.insert(QStringLiteral("call_id"), callId);
    o.insert(QStringLiteral("agent_id"), a.id);
    if (campaign >= 0) {
        o.insert(QStringLiteral("campaign_id"), simCampaignIds()[campaign]);
        const QString batch = simBatchIdForCampaign(campaign);
        if (!batch.isEmpty())
            o.insert(QStringLiteral("batch_call_id"), batch);
    }
    o.insert(QStringLiteral("type"), m_web ? QStringLiteral("web") : QStringLiteral("phone"));
    o.insert(QStringLiteral("call_direction"),
             m_inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"));
    o.insert(QStringLiteral("to_number"), m_toNumber);
    o.insert(QStringLiteral("from_number"), m_fromNumber);
    o.insert(QStringLiteral("created_at"), simIsoDateTime(createdMs));
    o.insert(QStringLiteral("status"), statusAt(nowMs, unknownStatuses));
    o.insert(QStringLiteral("end_reason"), ended ? QJsonValue(m_endReason) : QJsonValue());
    o.insert(QStringLiteral("duration_seconds"),
             ended ? QJsonValue(isAnswered() ? m_talkSec : 0) : QJsonValue());
    o.insert(QStringLiteral("sentiment"), ended ? stringOrNull(m_sentiment) : QJsonValue());
    o.insert(
        QStringLiteral("recording_url"),
        ended && isAnswered()
            ? QJsonValue(QStringLiteral("https://recordings.example.invalid/%1.mp3").arg(callId))
            : QJsonValue());
    o.insert(QStringLiteral("fallback_stt_transcriber_id"),
             ended ? stringOrNull(m_fallbackStt) : QJsonValue());
    o.insert(QStringLiteral("analysis"),
             hasAnalysis() && nowMs >= analysisMs()
                 ? simAnalysis(a.schema, seed, endMs(), m_htmlInAnalysis)
                 : QJsonObject());
    return o;
}

void SimCall::addDetails(QJsonObject *json, qint64 nowMs) const
{
    const bool ended = nowMs >= endMs();
    json->insert(QStringLiteral("transcript"), ended && isAnswered()
                                                   ? simTranscript(simAgents()[agent].schema, seed)
                                                   : QString());
    QJsonArray timeline;
    auto event = [&timeline](const char *name, qint64 ms) {
        timeline.append(QJsonObject{{QStringLiteral("event"), QLatin1String(name)},
                                    {QStringLiteral("timestamp"), simIsoDateTime(ms)}});
    };
    event("call_started", createdMs);
    if (m_answerAt >= 0 && nowMs >= createdMs + m_answerAt)
        event("call_answered", createdMs + m_answerAt);
    if (ended)
        event("call_ended", endMs());
    if (hasAnalysis() && nowMs >= analysisMs())
        event("analysis_completed", analysisMs());
    json->insert(QStringLiteral("timeline"), timeline);
}

} // namespace callboard::sim

#include "CallLog.h"

#include <QHash>

namespace callboard {

namespace {
template <typename E>
E lookup(const QHash<QString, E> &table, const QString &raw, E fallback)
{
    return table.value(raw, fallback);
}
} // namespace

CallStatus statusFromString(const QString &raw)
{
    static const QHash<QString, CallStatus> table = {
        {QStringLiteral("created"), CallStatus::Created},
        {QStringLiteral("initiated"), CallStatus::Initiated},
        {QStringLiteral("sent"), CallStatus::Sent},
        {QStringLiteral("received"), CallStatus::Received},
        {QStringLiteral("completed"), CallStatus::Completed},
        {QStringLiteral("did_not_pick"), CallStatus::DidNotPick},
        {QStringLiteral("busy"), CallStatus::Busy},
        {QStringLiteral("no_answer"), CallStatus::NoAnswer},
        {QStringLiteral("no-answer"), CallStatus::NoAnswer}, // prose pages spell it so
        {QStringLiteral("failed"), CallStatus::Failed},
        {QStringLiteral("cancelled"), CallStatus::Cancelled},
        {QStringLiteral("retry_expired"), CallStatus::RetryExpired},
        {QStringLiteral("voicemail"), CallStatus::Voicemail},
    };
    return lookup(table, raw, CallStatus::Other);
}

StatusGroup statusGroup(CallStatus status)
{
    switch (status) {
    case CallStatus::Created:
    case CallStatus::Initiated:
    case CallStatus::Sent:
    case CallStatus::Received:
        return StatusGroup::Live;
    case CallStatus::Completed:
        return StatusGroup::Connected;
    case CallStatus::DidNotPick:
    case CallStatus::Busy:
    case CallStatus::NoAnswer:
    case CallStatus::RetryExpired:
    case CallStatus::Voicemail:
        return StatusGroup::NotReached;
    case CallStatus::Failed:
    case CallStatus::Cancelled:
        return StatusGroup::Failed;
    case CallStatus::Other:
        break;
    }
    return StatusGroup::Other;
}

bool isLive(CallStatus status) { return statusGroup(status) == StatusGroup::Live; }

QStringList statusesOfGroup(StatusGroup group)
{
    switch (group) {
    case StatusGroup::Live:
        return {QStringLiteral("created"), QStringLiteral("initiated"), QStringLiteral("sent"),
                QStringLiteral("received")};
    case StatusGroup::Connected:
        return {QStringLiteral("completed")};
    case StatusGroup::NotReached:
        return {QStringLiteral("did_not_pick"), QStringLiteral("busy"),
                QStringLiteral("no_answer"), QStringLiteral("retry_expired")};
    case StatusGroup::Failed:
        return {QStringLiteral("failed"), QStringLiteral("cancelled")};
    case StatusGroup::Other:
        break;
    }
    return {};
}

Sentiment sentimentFromString(const QString &raw)
{
    if (raw.isEmpty())
        return Sentiment::None;
    static const QHash<QString, Sentiment> table = {
        {QStringLiteral("positive"), Sentiment::Positive},
        {QStringLiteral("neutral"), Sentiment::Neutral},
        {QStringLiteral("negative"), Sentiment::Negative},
        {QStringLiteral("unknown"), Sentiment::Unknown},
    };
    return lookup(table, raw, Sentiment::Other);
}

EndReason endReasonFromString(const QString &raw)
{
    if (raw.isEmpty())
        return EndReason::None;
    static const QHash<QString, EndReason> table = {
        {QStringLiteral("agent_disconnected"), EndReason::AgentDisconnected},
        {QStringLiteral("user_disconnected"), EndReason::UserDisconnected},
        {QStringLiteral("user_busy"), EndReason::UserBusy},
        {QStringLiteral("user_did_not_pick_up"), EndReason::UserDidNotPickUp},
        {QStringLiteral("invalid_phone_number"), EndReason::InvalidPhoneNumber},
        {QStringLiteral("unknown"), EndReason::Unknown},
        {QStringLiteral("network_failure"), EndReason::NetworkFailure},
        {QStringLiteral("voicemail_detected"), EndReason::VoicemailDetected},
        {QStringLiteral("user_unreachable"), EndReason::UserUnreachable},
        {QStringLiteral("destination_forbidden"), EndReason::DestinationForbidden},
        {QStringLiteral("system_failure"), EndReason::SystemFailure},
        {QStringLiteral("system_at_capacity"), EndReason::SystemAtCapacity},
        {QStringLiteral("insufficient_balance"), EndReason::InsufficientBalance},
    };
    return lookup(table, raw, EndReason::Other);
}

QStringList knownEndReasons()
{
    return {QStringLiteral("agent_disconnected"), QStringLiteral("user_disconnected"),
            QStringLiteral("user_busy"), QStringLiteral("user_did_not_pick_up"),
            QStringLiteral("invalid_phone_number"), QStringLiteral("unknown"),
            QStringLiteral("network_failure"), QStringLiteral("voicemail_detected"),
            QStringLiteral("user_unreachable"), QStringLiteral("destination_forbidden"),
            QStringLiteral("system_failure"), QStringLiteral("system_at_capacity"),
            QStringLiteral("insufficient_balance")};
}

const AnalysisValue *CallLog::analysisValue(const QString &key) const
{
    for (const AnalysisField &f : analysis)
        if (f.key == key)
            return &f.value;
    return nullptr;
}

quint32 changedFields(const CallLog &a, const CallLog &b)
{
    quint32 f = 0;
    if (a.statusText != b.statusText)
        f |= FieldStatus;
    if (a.sentimentText != b.sentimentText)
        f |= FieldSentiment;
    if (a.durationSeconds != b.durationSeconds)
        f |= FieldDuration;
    if (a.recordingUrl != b.recordingUrl)
        f |= FieldRecording;
    if (a.analysis != b.analysis)
        f |= FieldAnalysis;
    if (a.endReasonText != b.endReasonText)
        f |= FieldEndReason;
    if (a.agentId != b.agentId)
        f |= FieldAgent;
    if (a.campaignId != b.campaignId)
        f |= FieldCampaign;
    if (a.createdAtMs != b.createdAtMs)
        f |= FieldCreatedAt;
    if (a.callId != b.callId || a.toNumber != b.toNumber || a.fromNumber != b.fromNumber
        || a.callDirection != b.callDirection || a.type != b.type
        || a.batchCallId != b.batchCallId
        || a.fallbackSttTranscriberId != b.fallbackSttTranscriberId)
        f |= FieldOther;
    return f;
}

} // namespace callboard

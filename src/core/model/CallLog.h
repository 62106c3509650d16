// CallLog: one call as the DialNexa call-logs API describes it, read tolerantly. Enums keep
// the raw wire string beside them, so a status the server invents tomorrow is shown as-is.
#pragma once


#include "core/time/Utc.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <vector>

namespace callboard {

enum class CallStatus {
    Created, Initiated, Sent, Received, Completed, DidNotPick, Busy, NoAnswer, Failed,
    Cancelled, RetryExpired, Voicemail, Other
};
enum class StatusGroup { Live, Connected, NotReached, Failed, Other };
enum class Sentiment { None, Positive, Neutral, Negative, Unknown, Other };
enum class EndReason {
    None, AgentDisconnected, UserDisconnected, UserBusy, UserDidNotPickUp, InvalidPhoneNumber,
    Unknown, NetworkFailure, VoicemailDetected, UserUnreachable, DestinationForbidden,
    SystemFailure, SystemAtCapacity, InsufficientBalance, Other
};

CallStatus statusFromString(const QString &raw);
StatusGroup statusGroup(CallStatus status);
Sentiment sentimentFromString(const QString &raw); // empty (null) -> None
EndReason endReasonFromString(const QString &raw); // empty (null) -> None
// "Line busy" for "user_busy", "—" for none; unknown values humanized ("carrier_hangup" ->
// "Carrier hangup"). Translated (context "Labels").
QString endReasonLabel(const QString &raw);
// Every end reason DialNexa documents, as the API spells them (the alert rule editor offers
// these by their labels).
QStringList knownEndReasons();
bool isLive(CallStatus status);
// The statuses of a group as the API spells them (for the status= query parameter).
QStringList statusesOfGroup(StatusGroup group);

// One post-call analysis value, typed from its JSON form.
struct AnalysisValue
{
    enum class Type { Null, Bool, Number, String, Date, DateTime, Json };
    Type type = Type::Null;
    QVariant value;  // bool, double, QString, QDate, QDateTime (UTC); invalid for Null
    QString text;    // the value as text: the raw string, or compact JSON for nested values

    bool operator==(const AnalysisValue &o) const { return type == o.type && text == o.text; }
    bool operator!=(const AnalysisValue &o) const { return !(*this == o); }
};

struct AnalysisField
{
    QString key;
    AnalysisValue value;
    bool operator==(const AnalysisField &o) const { return key == o.key && value == o.value; }
};
// In key order. A QList, so the copies CallStats keeps of each call's analysis share its
// storage instead of duplicating it (about 20 MB at 100,000 calls).
using Analysis = QList<AnalysisField>;

struct CallLog
{
    QString id;
    QString callId;
    QString agentId;
    QString statusText;     // as sent; status is derived from it
    CallStatus status = CallStatus::Other;
    QString sentimentText;  // empty when null
    Sentiment sentiment = Sentiment::None;
    int durationSeconds = -1; // -1 when null or absent
    QString recordingUrl;
    Analysis analysis;
    qint64 createdAtMs = 0;   // UTC milliseconds since the epoch
    QString endReasonText;  // empty when null
    EndReason endReason = EndReason::None;
    QString fallbackSttTranscriberId;
    QString toNumber;
    QString fromNumber;
    QString callDirection;
    QString type;
    QString campaignId;
    QString batchCallId;

    QDateTime createdAt() const { return utcFromMs(createdAtMs); }
    StatusGroup group() const { return statusGroup(status); }
    // What the board groups a call's campaign by: its batch (which the directory can name)
    // when it has one, else the campaign id; empty for calls of no campaign.
    const QString &campaignKey() const { return batchCallId.isEmpty() ? campaignId : batchCallId; }
    const AnalysisValue *analysisValue(const QString &key) const;
    // The sentiment the board shows, filters and counts. An unanswered or failed call has no
    // sentiment to wait for: sent as null it is Unknown, like one sent as "unknown", so such
    // calls read one word ("Unknown"), not two. None stays for live calls and connected calls
    // awaiting their analysis (not yet).
    Sentiment shownSentiment() const
    {
        const StatusGroup g = group();
        return sentiment == Sentiment::None && (g == StatusGroup::NotReached || g == StatusGroup::Failed)
                   ? Sentiment::Unknown
                   : sentiment;
    }
};

// Which fields differ between two versions of a call (CallStore's ChangeSet carries these).
enum CallField : quint32 {
    FieldStatus = 1u << 0,
    FieldSentiment = 1u << 1,
    FieldDuration = 1u << 2,
    FieldRecording = 1u << 3,
    FieldAnalysis = 1u << 4,
    FieldEndReason = 1u << 5,
    FieldAgent = 1u << 6,
    FieldCampaign = 1u << 7,
    FieldCreatedAt = 1u << 8,
    FieldOther = 1u << 9, // numbers, direction, type, ids, transcriber
};
quint32 changedFields(const CallLog &before, const CallLog &after);

// /details: the call plus its transcript and timeline.
struct TimelineEvent
{
    QString event;
    qint64 timestampMs = 0;
};
struct CallDetails
{
    CallLog call;
    QString transcript;
    std::vector<TimelineEvent> timeline;
};

} // namespace callboard

Q_DECLARE_METATYPE(callboard::CallLog)

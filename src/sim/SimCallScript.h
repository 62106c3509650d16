// SimCall: one simulated call's whole life, decided when it arrives (from its own seed) and
// read at any time t: its status, end reason, duration, sentiment and analysis at t follow
// from the script alone, so the workspace at t never depends on when someone looked.
#pragma once

#include "SimRecording.h"

#include <QJsonObject>
#include <QString>

namespace callboard::sim {

enum class SimOutcome : quint8
{
    Completed,
    DidNotPick,
    NoAnswer,
    Busy,
    RetryExpired,
    Voicemail,
    Failed,
    Cancelled,
};

struct SimCall
{
    // Writes the script of call number `index` of a workspace, created at createdMs.
    static SimCall create(quint64 workspaceSeed, quint64 index, qint64 createdMs,
                          int analysisDelaySec);

    // The call as the API shows it at nowMs (>= createdMs), canonical spelling, without
    // transcript and timeline. Cached until the call's next event.
    const QJsonObject &jsonAt(qint64 nowMs, bool unknownStatuses) const;
    // transcript and timeline, as /details adds them.
    void addDetails(QJsonObject *json, qint64 nowMs) const;

    QString statusAt(qint64 nowMs, bool unknownStatuses) const;
    bool isAnswered() const { return m_outcome == SimOutcome::Completed; }
    bool hasAnalysis() const;
    qint64 endMs() const { return createdMs + m_endAt; }
    qint64 analysisMs() const { return endMs() + m_analysisDelayMs; }
    // What its recording holds (meaningful for answered calls, once ended).
    SimRecordingScript recordingScript() const { return {seed, m_endAt, qMax(0, m_answerAt)}; }

    quint64 seed = 0;
    qint64 createdMs = 0;
    QString logId;  // "log_" + 24 hex
    QString callId; // "call_" + 24 hex
    int agent = 0;
    int campaign = -1; // -1: no campaign_id field

private:
    QJsonObject buildJson(qint64 nowMs, bool unknownStatuses) const;
    qint64 nextEventAfter(qint64 nowMs) const;
    qint64 lastEventAtOrBefore(qint64 nowMs) const;

    SimOutcome m_outcome = SimOutcome::Completed;
    bool m_web = false;
    bool m_inbound = false;
    bool m_htmlInAnalysis = false;
    QString m_toNumber;
    QString m_fromNumber;
    // Offsets from createdMs, in ms; m_answerAt is -1 for calls nobody answered.
    qint32 m_initiatedAt = 0;
    qint32 m_sentAt = 0;
    qint32 m_answerAt = -1;
    qint32 m_endAt = 0;
    qint32 m_analysisDelayMs = 0;
    int m_talkSec = 0;
    QString m_endReason;
    QString m_sentiment;     // empty: null
    QString m_fallbackStt;   // empty: null
    QString m_unknownStatus; // what the final status becomes under the unknownStatuses fault

    mutable QJsonObject m_cache;
    mutable qint64 m_cacheFrom = 1;
    mutable qint64 m_cacheUntil = 0; // empty range: nothing cached yet
    mutable bool m_cacheUnknown = false;
};

} // namespace callboard::sim

// What differs between two readings of the same body (empty when nothing does): the simdjson
// path against the QJsonDocument path, field by field. Used by the fuzz harness
// fuzz_readers_agree and by tst_calllogreader.
#pragma once

#include "core/model/CallLog.h"
#include "core/api/json/CallLogReader.h"

#include <QString>

namespace callboard::testing {

inline QString differenceBetween(const CallLog &a, const CallLog &b)
{
    auto field = [](const char *name, const auto &x, const auto &y) {
        return x == y ? QString() : QStringLiteral("call field %1 differs; ").arg(QLatin1String(name));
    };
    QString d;
    d += field("id", a.id, b.id);
    d += field("call_id", a.callId, b.callId);
    d += field("agent_id", a.agentId, b.agentId);
    d += field("status text", a.statusText, b.statusText);
    d += field("status", a.status, b.status);
    d += field("sentiment text", a.sentimentText, b.sentimentText);
    d += field("sentiment", a.sentiment, b.sentiment);
    d += field("duration", a.durationSeconds, b.durationSeconds);
    d += field("recording_url", a.recordingUrl, b.recordingUrl);
    d += field("created_at", a.createdAtMs, b.createdAtMs);
    d += field("end reason text", a.endReasonText, b.endReasonText);
    d += field("end reason", a.endReason, b.endReason);
    d += field("fallback_stt_transcriber_id", a.fallbackSttTranscriberId, b.fallbackSttTranscriberId);
    d += field("to_number", a.toNumber, b.toNumber);
    d += field("from_number", a.fromNumber, b.fromNumber);
    d += field("call_direction", a.callDirection, b.callDirection);
    d += field("type", a.type, b.type);
    d += field("campaign_id", a.campaignId, b.campaignId);
    d += field("batch_call_id", a.batchCallId, b.batchCallId);
    if (a.analysis.size() != b.analysis.size())
        return d + QStringLiteral("analysis sizes differ; ");
    for (qsizetype i = 0; i < a.analysis.size(); ++i) {
        const AnalysisField &x = a.analysis[i], &y = b.analysis[i];
        if (x.key != y.key || x.value.type != y.value.type || x.value.text != y.value.text
            || x.value.value != y.value.value)
            d += QStringLiteral("analysis field %1 differs; ").arg(i);
    }
    return d;
}

inline QString differenceBetween(const CallPage &a, const CallPage &b)
{
    if (a.calls.size() != b.calls.size())
        return QStringLiteral("%1 calls against %2").arg(a.calls.size()).arg(b.calls.size());
    QString d;
    for (size_t i = 0; i < a.calls.size(); ++i)
        if (const QString c = differenceBetween(a.calls[i], b.calls[i]); !c.isEmpty())
            d += QStringLiteral("record %1: %2").arg(i).arg(c);
    if (a.meta.present != b.meta.present || a.meta.page != b.meta.page || a.meta.limit != b.meta.limit
        || a.meta.total != b.meta.total || a.meta.totalPages != b.meta.totalPages)
        d += QStringLiteral("meta differs; ");
    if (a.skipped.size() != b.skipped.size())
        return d + QStringLiteral("%1 skipped against %2").arg(a.skipped.size()).arg(b.skipped.size());
    for (size_t i = 0; i < a.skipped.size(); ++i)
        if (a.skipped[i].index != b.skipped[i].index || a.skipped[i].reason != b.skipped[i].reason)
            d += QStringLiteral("skipped record %1 differs (%2 / %3); ")
                     .arg(i).arg(a.skipped[i].reason, b.skipped[i].reason);
    if (a.duplicates != b.duplicates)
        d += QStringLiteral("duplicates differ; ");
    return d;
}

inline QString differenceBetween(const CallDetails &a, const CallDetails &b)
{
    QString d = differenceBetween(a.call, b.call);
    if (a.transcript != b.transcript)
        d += QStringLiteral("transcript differs; ");
    if (a.timeline.size() != b.timeline.size())
        return d + QStringLiteral("timeline sizes differ; ");
    for (size_t i = 0; i < a.timeline.size(); ++i)
        if (a.timeline[i].event != b.timeline[i].event || a.timeline[i].timestampMs != b.timeline[i].timestampMs)
            d += QStringLiteral("timeline event %1 differs; ").arg(i);
    return d;
}

} // namespace callboard::testing

// Records of the simdjson path: the fields of a call, visited as QJsonObject orders its keys.
#include "CallLogJsonValue.h"

namespace callboard::CallLogJson {

using namespace simdjson;
using CallLogText::toQString;
using CallLogText::utf8;
using Type = dom::element_type;

namespace {

enum Field : int {
    AgentId, Analysis, BatchCallId, CallDirection, CallId, CampaignId, CreatedAtCamel, CreatedAt,
    Duration, DurationSec, DurationSeconds, EndReason, FallbackStt, FromNumber, Id, RecordingUrl,
    Sentiment, Status, ToNumber, TypeField, FieldCount
};
constexpr std::string_view kFieldNames[FieldCount] = {
    "agent_id", "analysis", "batch_call_id", "call_direction", "call_id", "campaign_id",
    "createdAt", "created_at", "duration", "duration_sec", "duration_seconds", "end_reason",
    "fallback_stt_transcriber_id", "from_number", "id", "recording_url", "sentiment", "status",
    "to_number", "type"};

constexpr bool fieldsSorted()
{
    for (int i = 1; i < FieldCount; ++i)
        if (!(kFieldNames[i - 1] < kFieldNames[i]))
            return false;
    return true;
}
static_assert(fieldsSorted(), "fields must be listed in QJsonObject's key order");

template <Field F>
bool is(std::string_view k)
{
    constexpr size_t n = kFieldNames[F].size();
    return CallLogText::sameBytes(k.data(), kFieldNames[F].data(), n);
}

// The field a key names, or -1. The length picks the candidates (compared without a call).
int classify(std::string_view k)
{
    switch (k.size()) {
    case 2: return is<Id>(k) ? Id : -1;
    case 4: return is<TypeField>(k) ? TypeField : -1;
    case 6: return is<Status>(k) ? Status : -1;
    case 7: return is<CallId>(k) ? CallId : -1;
    case 8: return is<AgentId>(k) ? AgentId : is<Analysis>(k) ? Analysis : is<Duration>(k) ? Duration : -1;
    case 9: return is<CreatedAtCamel>(k) ? CreatedAtCamel : is<Sentiment>(k) ? Sentiment : is<ToNumber>(k) ? ToNumber : -1;
    case 10: return is<CreatedAt>(k) ? CreatedAt : is<EndReason>(k) ? EndReason : -1;
    case 11: return is<CampaignId>(k) ? CampaignId : is<FromNumber>(k) ? FromNumber : -1;
    case 12: return is<DurationSec>(k) ? DurationSec : -1;
    case 13: return is<BatchCallId>(k) ? BatchCallId : is<RecordingUrl>(k) ? RecordingUrl : -1;
    case 14: return is<CallDirection>(k) ? CallDirection : -1;
    case 16: return is<DurationSeconds>(k) ? DurationSeconds : -1;
    case 27: return is<FallbackStt>(k) ? FallbackStt : -1;
    default: return -1;
    }
}

struct Record
{
    CallLog &c;
    std::string_view id;
    bool haveCreated = false;
    int status = -1, sentiment = -1, endReason = -1; // enums from the string caches
};

// A field that may be absent or null; any other non-string type makes the record unreadable.
bool optString(dom::element v, QString *out)
{
    if (v.type() == Type::STRING) {
        *out = toQString(v.get_string().value_unsafe());
        return true;
    }
    if (v.type() == Type::NULL_VALUE) {
        out->clear();
        return true;
    }
    return false;
}

template <int N>
bool optCached(dom::element v, QString *out, CallLogText::StringCache<N> &cache,
               int *tag = nullptr, int (*tagOf)(const QString &) = nullptr)
{
    if (v.type() != Type::STRING)
        return optString(v, out);
    const std::string_view s = v.get_string().value_unsafe();
    if (auto *e = cache.lookup(s)) {
        if (tag) {
            if (e->tag < 0)
                e->tag = tagOf(e->value);
            *tag = e->tag;
        }
        *out = e->value;
    } else {
        *out = toQString(s);
    }
    return true;
}

int statusTag(const QString &s) { return int(statusFromString(s)); }
int sentimentTag(const QString &s) { return int(sentimentFromString(s)); }
int endReasonTag(const QString &s) { return int(endReasonFromString(s)); }

bool optDuration(dom::element v, int *out)
{
    double d = 0;
    switch (v.type()) {
    case Type::NULL_VALUE:
        *out = -1;
        return true;
    case Type::INT64:
    case Type::UINT64:
    case Type::DOUBLE:
        d = numberValue(v);
        break;
    case Type::STRING: {
        bool ok = false;
        d = toQString(v.get_string().value_unsafe()).toDouble(&ok);
        if (!ok)
            return false;
        break;
    }
    default:
        return false;
    }
    if (d < 0 || d > 31 * 24 * 3600.0)
        return false;
    *out = int(d);
    return true;
}

bool readField(Context &ctx, Field f, dom::element v, Record *r)
{
    CallLog &c = r->c;
    switch (f) {
    case Id:
        if (v.type() != Type::STRING)
            return false;
        r->id = v.get_string().value_unsafe();
        c.id = toQString(r->id);
        return true;
    case CallId: return optString(v, &c.callId);
    case AgentId: return optCached(v, &c.agentId, ctx.agent);
    case Status: return optCached(v, &c.statusText, ctx.status, &r->status, statusTag);
    case Sentiment: return optCached(v, &c.sentimentText, ctx.sentiment, &r->sentiment, sentimentTag);
    case Duration:
    case DurationSec:
    case DurationSeconds: return optDuration(v, &c.durationSeconds); // visited in this order
    case RecordingUrl: return optString(v, &c.recordingUrl);
    case CreatedAtCamel:
    case CreatedAt: {
        const bool ok = v.type() == Type::STRING
            && CallLogText::parseIsoDateTime(utf8(v.get_string().value_unsafe()), &c.createdAtMs);
        r->haveCreated = r->haveCreated || ok;
        return ok;
    }
    case EndReason: return optCached(v, &c.endReasonText, ctx.endReason, &r->endReason, endReasonTag);
    case FallbackStt: return optCached(v, &c.fallbackSttTranscriberId, ctx.stt);
    case ToNumber: return optString(v, &c.toNumber);
    case FromNumber: return optCached(v, &c.fromNumber, ctx.fromNumber);
    case CallDirection: return optCached(v, &c.callDirection, ctx.direction);
    case TypeField: return optCached(v, &c.type, ctx.type);
    case CampaignId: return optCached(v, &c.campaignId, ctx.campaign);
    case BatchCallId: return optString(v, &c.batchCallId);
    case Analysis:
        if (v.type() == Type::OBJECT) {
            readAnalysis(ctx, v, &c.analysis);
            return true;
        }
        return v.type() == Type::NULL_VALUE;
    case FieldCount: break;
    }
    return true;
}

} // namespace

bool readRecordInto(Context &ctx, dom::element value, CallLog *c, QString *reason, std::string_view *id)
{
    if (value.type() != Type::OBJECT) {
        *reason = QStringLiteral("record is not an object");
        return false;
    }
    dom::element byField[FieldCount];
    quint32 present = 0;
    for (dom::key_value_pair kv : objectOf(value)) {
        const int f = classify(kv.key);
        if (f >= 0) {
            if (present & (1u << f))
                ctx.giveUp = true; // which one QJsonObject keeps depends on the Qt version
            byField[f] = kv.value;
            present |= 1u << f;
        } else if (orderDependsOnEscaping(kv.key)) {
            ctx.giveUp = true;
        }
    }
    Record r{*c, {}, false, -1, -1, -1};
    for (int f = 0; f < FieldCount; ++f) {
        if ((present & (1u << f)) && !readField(ctx, Field(f), byField[f], &r)) {
            *reason = QStringLiteral("field \"%1\" has an unreadable value")
                          .arg(QLatin1String(kFieldNames[f].data(), qsizetype(kFieldNames[f].size())));
            return false;
        }
    }
    if (c->id.isEmpty()) {
        *reason = QStringLiteral("record has no id");
        return false;
    }
    if (!r.haveCreated) {
        *reason = QStringLiteral("record %1 has no created_at").arg(c->id);
        return false;
    }
    c->status = r.status >= 0 ? CallStatus(r.status) : statusFromString(c->statusText);
    c->sentiment = r.sentiment >= 0 ? callboard::Sentiment(r.sentiment) : sentimentFromString(c->sentimentText);
    c->endReason = r.endReason >= 0 ? callboard::EndReason(r.endReason) : endReasonFromString(c->endReasonText);
    if (id)
        *id = r.id;
    return true;
}


} // namespace callboard::CallLogJson

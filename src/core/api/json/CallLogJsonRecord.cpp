// Records of the simdjson path: the fields of a call (CallLogFields.h), visited as QJsonObject
// orders its keys.
#include "CallLogFields.h"
#include "CallLogJsonValue.h"

namespace callboard::CallLogJson {

using namespace simdjson;
using CallLogText::toQString;
using CallLogText::utf8;
using Type = dom::element_type;

namespace {

using CallLogFields::kCount;
using CallLogFields::kFields;
using Kind = CallLogFields::Kind;
using Word = CallLogFields::Word;

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

bool readField(Context &ctx, int f, dom::element v, Record *r)
{
    const CallLogFields::Field &field = kFields[f];
    CallLog &c = r->c;
    switch (field.kind) {
    case Kind::Id:
        if (v.type() != Type::STRING)
            return false;
        r->id = v.get_string().value_unsafe();
        c.*field.text = toQString(r->id);
        return true;
    case Kind::Text:
        if (!field.repeats)
            return optString(v, &(c.*field.text));
        switch (field.word) {
        case Word::None: return optCached(v, &(c.*field.text), ctx.text[f]);
        case Word::Status: return optCached(v, &(c.*field.text), ctx.text[f], &r->status, statusTag);
        case Word::Sentiment: return optCached(v, &(c.*field.text), ctx.text[f], &r->sentiment, sentimentTag);
        case Word::EndReason: return optCached(v, &(c.*field.text), ctx.text[f], &r->endReason, endReasonTag);
        }
        return true;
    case Kind::Duration: return optDuration(v, &c.durationSeconds); // the last spelling wins
    case Kind::CreatedAt: {
        const bool ok = v.type() == Type::STRING
            && CallLogText::parseIsoDateTime(utf8(v.get_string().value_unsafe()), &c.createdAtMs);
        r->haveCreated = r->haveCreated || ok;
        return ok;
    }
    case Kind::Analysis:
        if (v.type() == Type::OBJECT) {
            readAnalysis(ctx, v, &c.analysis);
            return true;
        }
        return v.type() == Type::NULL_VALUE;
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
    dom::element byField[kCount];
    quint32 present = 0;
    for (dom::key_value_pair kv : objectOf(value)) {
        const int f = CallLogFields::find(kv.key);
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
    for (int f = 0; f < kCount; ++f) {
        if ((present & (1u << f)) && !readField(ctx, f, byField[f], &r)) {
            const std::string_view name = kFields[f].name;
            *reason = QStringLiteral("field \"%1\" has an unreadable value")
                          .arg(QLatin1String(name.data(), qsizetype(name.size())));
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

// The simdjson (DOM) fast path of CallLogReader: the bodies (this file), records
// (CallLogJsonRecord.cpp) and analysis values (CallLogJsonValue.cpp). It follows the
// QJsonDocument path rule for rule, and reproduces what QJsonDocument itself decides:
//  - an object's keys are visited in QJsonObject's sorted order, so "duration_seconds" beats
//    "duration_sec" beats "duration", and a skip reason names the first unreadable field in
//    that order;
//  - nested analysis values are written as QJsonDocument::toJson(Compact) writes them;
//  - a body where QJsonDocument's choice is uncertain (a repeated key that matters, keys ordered
//    by their escaping, a number it refuses, a root that is not an object or an array, anything
//    simdjson refuses) is left to the QJsonDocument path.
#include "CallLogJson.h"
#include "CallLogJsonValue.h"

namespace callboard::CallLogJson {

namespace {

using namespace simdjson;
using CallLogText::toQString;
using CallLogText::utf8;
using Type = dom::element_type;

// readRecordInto that leaves *out alone on failure, as CallLogReader::readRecord does.
bool readRecord(Context &ctx, dom::element value, CallLog *out, QString *reason)
{
    CallLog c;
    if (!readRecordInto(ctx, value, &c, reason))
        return false;
    *out = std::move(c);
    return true;
}

// The value of `key` in an object, like QJsonObject::value; a repeated key gives up.
bool member(Context &ctx, dom::element object, std::string_view key, dom::element *value)
{
    bool found = false;
    for (dom::key_value_pair kv : objectOf(object)) {
        if (kv.key == key) {
            ctx.giveUp = ctx.giveUp || found;
            *value = kv.value;
            found = true;
        }
    }
    return found;
}

int metaInt(Context &ctx, dom::element meta, std::string_view key)
{
    dom::element v;
    if (!member(ctx, meta, key, &v))
        return 0;
    switch (v.type()) {
    case Type::INT64:
    case Type::UINT64:
    case Type::DOUBLE:
        return CallLogText::clampedInt(numberValue(v));
    case Type::STRING:
        return toQString(v.get_string().value_unsafe()).toInt();
    default:
        return 0;
    }
}

// Open addressing over the ids of one page; the views point into the parser's buffers.
class IdIndex
{
public:
    explicit IdIndex(size_t expected)
    {
        size_t n = 16;
        while (n < expected * 2)
            n *= 2;
        m_slots.assign(n, {});
    }
    // Returns the index stored for id, or stores `index` and returns SIZE_MAX.
    size_t findOrInsert(std::string_view id, size_t index)
    {
        if (m_count * 2 >= m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = CallLogText::hashBytes(id) & mask;; i = (i + 1) & mask) {
            Slot &s = m_slots[i];
            if (s.index == SIZE_MAX) {
                s = {id, index};
                ++m_count;
                return SIZE_MAX;
            }
            if (s.id == id)
                return s.index;
        }
    }

private:
    struct Slot
    {
        std::string_view id;
        size_t index = SIZE_MAX;
    };
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_count = 0;
        for (const Slot &s : old)
            if (s.index != SIZE_MAX)
                findOrInsert(s.id, s.index);
    }
    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

// The root of `body`, or nothing when the QJsonDocument path must decide.
bool parseRoot(Context &ctx, const QByteArray &body, dom::element *root)
{
    ctx.giveUp = false;
    const bool padded = body.capacity() - body.size() >= qsizetype(SIMDJSON_PADDING);
    if (ctx.parser.parse(reinterpret_cast<const uint8_t *>(body.constData()), size_t(body.size()),
                         !padded)
            .get(*root))
        return false;
    // QJsonDocument accepts only an object or an array at the root, and refuses a number that
    // underflows to zero, which simdjson reads as 0.
    if (root->type() != Type::OBJECT && root->type() != Type::ARRAY)
        return false;
    return !(hasZeroDouble(ctx.parser.doc) && hasUnderflowingNumber(body));
}

// readCallBody and readDetailsBody read `data` when it is an object, else the root object;
// a root array reads as an empty object.
bool callObject(Context &ctx, dom::element root, dom::element *object, QString *error)
{
    if (root.type() != Type::OBJECT) {
        *error = QStringLiteral("record has no id");
        return false;
    }
    dom::element data;
    *object = member(ctx, root, "data", &data) && data.type() == Type::OBJECT ? data : root;
    return true;
}

} // namespace

std::optional<bool> readListBody(const QByteArray &body, CallPage *out, QString *error)
{
    Context &ctx = context();
    dom::element root;
    if (!parseRoot(ctx, body, &root))
        return std::nullopt;
    CallPage page;
    dom::array records;
    if (root.type() == Type::ARRAY) {
        records = arrayOf(root);
    } else {
        dom::element data, meta;
        if (!member(ctx, root, "data", &data) || data.type() != Type::ARRAY) {
            if (ctx.giveUp)
                return std::nullopt;
            *error = QStringLiteral("the response has no list of calls");
            return false;
        }
        records = arrayOf(data);
        if (member(ctx, root, "meta", &meta) && meta.type() == Type::OBJECT) {
            page.meta.present = true;
            page.meta.page = metaInt(ctx, meta, "page");
            page.meta.limit = metaInt(ctx, meta, "limit");
            page.meta.total = metaInt(ctx, meta, "total");
            page.meta.totalPages = metaInt(ctx, meta, "totalPages");
        }
    }
    const size_t count = records.size();
    page.calls.reserve(count);
    IdIndex seen(count);
    int index = 0;
    for (dom::element v : records) {
        QString reason;
        std::string_view id;
        CallLog &c = page.calls.emplace_back();
        const bool read = readRecordInto(ctx, v, &c, &reason, &id);
        if (ctx.giveUp)
            return std::nullopt;
        if (!read) {
            page.calls.pop_back();
            page.skipped.push_back({index++, reason});
            continue;
        }
        ++index;
        const size_t row = seen.findOrInsert(id, page.calls.size() - 1);
        if (row != SIZE_MAX) {
            page.calls[row] = std::move(c); // the last one wins
            page.calls.pop_back();
            ++page.duplicates;
        }
    }
    if (ctx.giveUp)
        return std::nullopt;
    *out = std::move(page);
    return true;
}

std::optional<bool> readCallBody(const QByteArray &body, CallLog *out, QString *error)
{
    Context &ctx = context();
    dom::element root, o;
    if (!parseRoot(ctx, body, &root))
        return std::nullopt;
    CallLog c;
    QString reason;
    const bool read = callObject(ctx, root, &o, &reason) && readRecord(ctx, o, &c, &reason);
    if (ctx.giveUp)
        return std::nullopt;
    if (!read) {
        *error = reason;
        return false;
    }
    *out = std::move(c);
    return true;
}

std::optional<bool> readDetailsBody(const QByteArray &body, CallDetails *out, QString *error)
{
    Context &ctx = context();
    dom::element root, o, v;
    if (!parseRoot(ctx, body, &root))
        return std::nullopt;
    CallDetails d;
    QString reason;
    if (!callObject(ctx, root, &o, &reason) || !readRecord(ctx, o, &d.call, &reason)) {
        if (ctx.giveUp)
            return std::nullopt;
        *error = reason;
        return false;
    }
    if (member(ctx, o, "transcript", &v) && v.type() == Type::STRING)
        d.transcript = toQString(v.get_string().value_unsafe());
    if (member(ctx, o, "timeline", &v) && v.type() == Type::ARRAY) {
        for (dom::element e : arrayOf(v)) {
            dom::element field;
            if (e.type() != Type::OBJECT || !member(ctx, e, "event", &field) || field.type() != Type::STRING
                || field.get_string().value_unsafe().empty())
                continue;
            TimelineEvent ev;
            ev.event = toQString(field.get_string().value_unsafe());
            if (!member(ctx, e, "timestamp", &field) || field.type() != Type::STRING
                || !CallLogText::parseIsoDateTime(utf8(field.get_string().value_unsafe()), &ev.timestampMs))
                ev.timestampMs = 0;
            d.timeline.push_back(ev);
        }
    }
    if (ctx.giveUp)
        return std::nullopt;
    *out = std::move(d);
    return true;
}

} // namespace callboard::CallLogJson

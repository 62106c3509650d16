#include "CallLogJsonValue.h"

#include "core/time/Utc.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>

namespace callboard::CallLogJson {

using namespace simdjson;
using CallLogText::toQString;
using CallLogText::utf8;
using Type = dom::element_type;

namespace {

// Sorts by key (UTF-8 byte order is code point order, QJsonObject's order). Returns false when
// QJsonDocument might order the keys differently or keeps one of repeated keys (which one
// depends on its version: Qt 6.4's unstable sort, later Qt's last one); bodies seldom do either.
bool sortMembers(std::vector<Member> &m)
{
    bool sorted = true;
    for (size_t i = 0; i < m.size(); ++i) {
        if (orderDependsOnEscaping(m[i].first))
            return false;
        sorted = sorted && (i == 0 || m[i - 1].first < m[i].first);
    }
    if (sorted)
        return true;
    std::sort(m.begin(), m.end(), [](const Member &a, const Member &b) { return a.first < b.first; });
    return std::adjacent_find(m.begin(), m.end(), [](const Member &a, const Member &b) {
               return a.first == b.first;
           }) == m.end();
}

// The members of an object in QJsonObject order, in the scratch vector of nesting `depth`.
const std::vector<Member> &membersOf(Context &ctx, size_t depth, dom::element object)
{
    while (ctx.members.size() <= depth)
        ctx.members.emplace_back();
    std::vector<Member> &m = ctx.members[depth];
    m.clear();
    for (dom::key_value_pair kv : objectOf(object))
        m.emplace_back(kv.key, kv.value);
    if (!sortMembers(m))
        ctx.giveUp = true;
    return m;
}

void appendInt(std::string &out, qint64 i)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, i);
    out.append(buf, r.ptr);
}

// As QJsonDocument writes a parsed number: integral values that fit qint64 are kept as integers.
void appendNumber(std::string &out, double d)
{
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0 && std::trunc(d) == d) {
        appendInt(out, qint64(d));
        return;
    }
    const QByteArray b = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    out.append(b.constData(), size_t(b.size()));
}

void appendString(std::string &out, std::string_view s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c != '"' && c != '\\') {
            out += ch;
            continue;
        }
        out += '\\';
        switch (c) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '\b': out += 'b'; break;
        case '\f': out += 'f'; break;
        case '\n': out += 'n'; break;
        case '\r': out += 'r'; break;
        case '\t': out += 't'; break;
        default:
            out += "u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out += '"';
}

// QJsonDocument::toJson(Compact) of a parsed value.
void writeJson(Context &ctx, dom::element v, size_t depth)
{
    std::string &out = ctx.json;
    switch (v.type()) {
    case Type::ARRAY: {
        out += '[';
        bool first = true;
        for (dom::element e : arrayOf(v)) {
            if (!first)
                out += ',';
            first = false;
            writeJson(ctx, e, depth + 1);
        }
        out += ']';
        break;
    }
    case Type::OBJECT: {
        out += '{';
        const std::vector<Member> &m = membersOf(ctx, depth, v);
        for (size_t i = 0; i < m.size(); ++i) {
            if (i)
                out += ',';
            appendString(out, m[i].first);
            out += ':';
            writeJson(ctx, m[i].second, depth + 1);
        }
        out += '}';
        break;
    }
    case Type::INT64: appendInt(out, v.get_int64().value_unsafe()); break;
    case Type::UINT64: appendNumber(out, double(v.get_uint64().value_unsafe())); break;
    case Type::DOUBLE: appendNumber(out, v.get_double().value_unsafe()); break;
    case Type::STRING: appendString(out, v.get_string().value_unsafe()); break;
    case Type::BOOL: out += v.get_bool().value_unsafe() ? "true" : "false"; break;
    case Type::NULL_VALUE: out += "null"; break;
    }
}

AnalysisValue readValue(Context &ctx, dom::element v)
{
    AnalysisValue out;
    switch (v.type()) {
    case Type::BOOL: {
        const bool b = v.get_bool().value_unsafe();
        out.type = AnalysisValue::Type::Bool;
        out.value = b;
        out.text = b ? QStringLiteral("true") : QStringLiteral("false");
        break;
    }
    case Type::INT64:
    case Type::UINT64:
    case Type::DOUBLE: {
        const double d = numberValue(v);
        out.type = AnalysisValue::Type::Number;
        out.value = d;
        out.text = ctx.numberText.get(d);
        break;
    }
    case Type::STRING: {
        const std::string_view s = v.get_string().value_unsafe();
        QDate date;
        qint64 ms = 0;
        if (CallLogText::isDateOnly(utf8(s), &date)) {
            out.type = AnalysisValue::Type::Date;
            out.value = date;
            out.text = ctx.analysisDate.get(s);
        } else if (CallLogText::parseIsoDateTime(utf8(s), &ms)) {
            out.type = AnalysisValue::Type::DateTime;
            out.value = utcFromMs(ms);
            out.text = ctx.analysisDate.get(s);
        } else {
            out.type = AnalysisValue::Type::String;
            out.text = ctx.analysisText.get(s);
            out.value = out.text;
        }
        break;
    }
    case Type::ARRAY:
    case Type::OBJECT:
        ctx.json.clear();
        writeJson(ctx, v, 1);
        out.type = AnalysisValue::Type::Json;
        out.text = QString::fromUtf8(ctx.json.data(), qsizetype(ctx.json.size()));
        out.value = out.text;
        break;
    case Type::NULL_VALUE:
        break;
    }
    return out;
}

// A float literal that could underflow: an exponent of -100 or below, or a long mantissa.
bool mayUnderflow(const char *begin, const char *end)
{
    if (end - begin > 30)
        return true;
    const char *e = std::find_if(begin, end, [](char c) { return c == 'e' || c == 'E'; });
    return end - e >= 5 && e[1] == '-';
}

} // namespace

Context &context()
{
    thread_local std::unique_ptr<Context> ctx(new Context);
    return *ctx;
}

QString NumberTextCache::get(double d)
{
    quint64 bits;
    std::memcpy(&bits, &d, sizeof bits);
    Entry &e = m_entries[(bits * 0x9E3779B97F4A7C15ull) >> 56];
    if (e.used && e.bits == bits)
        return e.text;
    if (std::trunc(d) == d && std::fabs(d) < 1e15) {
        // Whole numbers below 1e15 print as their digits under 'g' with 15 significant digits.
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, qint64(d));
        e.text = QString::fromLatin1(buf, qsizetype(r.ptr - buf));
    } else {
        e.text = QString::number(d, 'g', 15);
    }
    e.bits = bits;
    e.used = true;
    return e.text;
}

double numberValue(dom::element v)
{
    switch (v.type()) {
    case Type::INT64: return double(v.get_int64().value_unsafe());
    case Type::UINT64: return double(v.get_uint64().value_unsafe());
    case Type::DOUBLE: {
        const double d = v.get_double().value_unsafe();
        return d == 0 ? 0.0 : d;
    }
    default: return 0;
    }
}

void readAnalysis(Context &ctx, dom::element object, Analysis *out)
{
    const std::vector<Member> &m = membersOf(ctx, 0, object);
    out->reserve(m.size());
    for (const Member &kv : m)
        out->push_back({ctx.analysisKey.get(kv.first), readValue(ctx, kv.second)});
}

static bool hasZeroDouble(dom::element v)
{
    switch (v.type()) {
    case Type::DOUBLE:
        return v.get_double().value_unsafe() == 0;
    case Type::ARRAY:
        for (dom::element e : arrayOf(v))
            if (hasZeroDouble(e))
                return true;
        return false;
    case Type::OBJECT:
        for (dom::key_value_pair kv : objectOf(v))
            if (hasZeroDouble(kv.value))
                return true;
        return false;
    default:
        return false;
    }
}

bool hasZeroDouble(const dom::document &doc)
{
    // A flat pass over simdjson's tape (its documented format, doc/tape.md) costs a fraction of
    // walking the elements: a word per value, numbers followed by a word of payload.
    const uint64_t *tape = doc.tape.get();
    // The first word is the root, naming the index just past the last one, also the root.
    const uint64_t end = tape ? tape[0] & internal::JSON_VALUE_MASK : 0;
    if (end < 2 || (tape[0] >> 56) != 'r' || (tape[end - 1] >> 56) != 'r')
        return hasZeroDouble(doc.root());
    for (uint64_t i = 1; i < end - 1;) {
        const uint64_t type = tape[i] >> 56;
        if (type == 'd') {
            double d;
            std::memcpy(&d, &tape[i + 1], sizeof d);
            if (d == 0)
                return true;
        }
        i += 1 + (type == 'd' || type == 'l' || type == 'u'); // numbers carry a payload word
    }
    return false;
}

bool hasUnderflowingNumber(const QByteArray &json)
{
    const char *p = json.constData();
    const char *const end = p + json.size();
    while (p < end) {
        if (*p == '"') { // skip the string
            const char *from = ++p;
            for (;;) {
                const char *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                if (!q)
                    return false;
                const char *b = q;
                while (b > from && b[-1] == '\\')
                    --b;
                p = q + 1;
                if ((q - b) % 2 == 0)
                    break;
            }
        } else if (*p == '-' || (*p >= '0' && *p <= '9')) {
            const char *begin = p;
            bool isFloat = false;
            while (p < end && ((*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E')) {
                isFloat = isFloat || *p == '.' || *p == 'e' || *p == 'E';
                ++p;
            }
            bool ok = true;
            if (isFloat && mayUnderflow(begin, p))
                QByteArray::fromRawData(begin, qsizetype(p - begin)).toDouble(&ok);
            if (!ok)
                return true;
        } else {
            ++p;
        }
    }
    return false;
}

} // namespace callboard::CallLogJson

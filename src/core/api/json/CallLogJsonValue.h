// Internal to CallLogJson: the per-thread reading context, records (CallLogJsonRecord.cpp),
// analysis values, and the checks that keep the simdjson path from accepting a number
// QJsonDocument refuses (CallLogJsonValue.cpp).
#pragma once

#include "core/model/CallLog.h"
#include "CallLogFields.h"
#include "CallLogJsonText.h"

#include <simdjson.h>

#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace callboard::CallLogJson {

using Member = std::pair<std::string_view, simdjson::dom::element>;

// By value: value_unsafe() returns a reference into the temporary result, which a range-for
// over it would outlive. Callers check the type first.
inline simdjson::dom::array arrayOf(simdjson::dom::element e) { return e.get_array().value_unsafe(); }
inline simdjson::dom::object objectOf(simdjson::dom::element e) { return e.get_object().value_unsafe(); }

// Texts of analysis numbers, by the bits of the double (direct-mapped like StringCache).
class NumberTextCache
{
public:
    QString get(double d);

private:
    struct Entry
    {
        quint64 bits = 0;
        bool used = false;
        QString text;
    };
    Entry m_entries[256];
};

// One per thread: the parser keeps its buffers and the caches their strings between bodies.
struct Context
{
    simdjson::dom::parser parser;
    CallLogText::StringCache<64> text[CallLogFields::kCount]; // used for fields whose values repeat
    CallLogText::StringCache<256> analysisKey, analysisText, analysisDate;
    NumberTextCache numberText;
    std::deque<std::vector<Member>> members; // scratch, one per object nesting level
    std::string json;                        // scratch for compact JSON text
    // Set when the body holds what QJsonDocument resolves by its own sorting: a repeated key
    // that matters, or keys whose order depends on how they were escaped. The reader then
    // leaves the body to the QJsonDocument path.
    bool giveUp = false;
};
Context &context();

// True when a key's order against others could depend on its escaping: QJsonDocument compares
// escaped keys as UTF-16 and others as UTF-8, which disagree for U+E000 and above.
inline bool orderDependsOnEscaping(std::string_view key)
{
    for (const char c : key)
        if (static_cast<unsigned char>(c) >= 0xEE)
            return true;
    return false;
}

// A JSON number as QJsonValue::toDouble() gives it (QJsonDocument keeps integral values as
// integers, so -0.0 reads back as 0).
double numberValue(simdjson::dom::element v);

// Like CallLogReader::readRecord, reading into *c, a default CallLog the caller drops when this
// fails. On success *id (if given) views the id in the parser's buffers.
bool readRecordInto(Context &ctx, simdjson::dom::element value, CallLog *c, QString *reason,
                    std::string_view *id = nullptr);

// Reads an analysis object: entries in key order, a repeated key keeping its last value.
void readAnalysis(Context &ctx, simdjson::dom::element object, Analysis *out);

// True when some number in the document is a floating-point zero.
bool hasZeroDouble(const simdjson::dom::document &doc);
// True when a number literal in `json` (valid JSON) underflows to zero: QJsonDocument refuses it.
bool hasUnderflowingNumber(const QByteArray &json);

} // namespace callboard::CallLogJson

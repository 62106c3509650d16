// The fields of a call-log record and every spelling the API has shipped for them: the one
// table both readers (QJsonDocument in CallLogReader.cpp, simdjson in CallLogJsonRecord.cpp)
// read a record by. A field added here is read by both, or by neither.
#pragma once

#include "core/model/CallLog.h"

#include <QStringView>

#include <array>
#include <iterator>
#include <string_view>

namespace callboard::CallLogFields {

// How a field's value is read.
enum class Kind {
    Id,        // a string, required
    Text,      // a string, absent or null; anything else makes the record unreadable
    Duration,  // seconds as a number or a numeric string, 0 to 31 days; null is unknown
    CreatedAt, // an ISO 8601 date-time, required (either spelling)
    Analysis,  // an object of typed values, or null
};

// What a text field's value is also turned into.
enum class Word { None, Status, Sentiment, EndReason };

struct Field
{
    std::string_view name;
    Kind kind;
    QString CallLog::*text = nullptr; // Id and Text
    Word word = Word::None;
    bool repeats = false; // the same few values recur across calls (worth caching)
};

// In QJsonObject's key order (byte order), which is the order a record's keys are visited in:
// of the duration spellings, the last one present wins, so duration_seconds comes first in
// meaning by coming last here.
inline constexpr Field kFields[] = {
    {"agent_id", Kind::Text, &CallLog::agentId, Word::None, true},
    {"analysis", Kind::Analysis},
    {"batch_call_id", Kind::Text, &CallLog::batchCallId},
    {"call_direction", Kind::Text, &CallLog::callDirection, Word::None, true},
    {"call_id", Kind::Text, &CallLog::callId},
    {"campaign_id", Kind::Text, &CallLog::campaignId, Word::None, true},
    {"createdAt", Kind::CreatedAt},
    {"created_at", Kind::CreatedAt},
    {"duration", Kind::Duration},
    {"duration_sec", Kind::Duration},
    {"duration_seconds", Kind::Duration},
    {"end_reason", Kind::Text, &CallLog::endReasonText, Word::EndReason, true},
    {"fallback_stt_transcriber_id", Kind::Text, &CallLog::fallbackSttTranscriberId, Word::None, true},
    {"from_number", Kind::Text, &CallLog::fromNumber, Word::None, true},
    {"id", Kind::Id, &CallLog::id},
    {"recording_url", Kind::Text, &CallLog::recordingUrl},
    {"sentiment", Kind::Text, &CallLog::sentimentText, Word::Sentiment, true},
    {"status", Kind::Text, &CallLog::statusText, Word::Status, true},
    {"to_number", Kind::Text, &CallLog::toNumber},
    {"type", Kind::Text, &CallLog::type, Word::None, true},
};
inline constexpr int kCount = int(std::size(kFields));

constexpr bool sortedByName()
{
    for (int i = 1; i < kCount; ++i)
        if (!(kFields[i - 1].name < kFields[i].name))
            return false;
    return true;
}
static_assert(sortedByName(), "fields must be listed in QJsonObject's key order");
static_assert(kCount <= 32, "the readers keep a bit per field");

inline int unitOf(char c) { return static_cast<unsigned char>(c); }
inline int unitOf(QChar c) { return c.unicode(); }

// The fields whose names have each length (no two names share a length more than thrice):
// a key is compared with those alone, as the readers visit every key of every record.
struct SameLength
{
    int count = 0;
    int field[3] = {-1, -1, -1};
};
inline constexpr size_t kMaxNameLength = 32;
constexpr std::array<SameLength, kMaxNameLength + 1> byLength()
{
    std::array<SameLength, kMaxNameLength + 1> out{};
    for (int f = 0; f < kCount; ++f) {
        SameLength &s = out[kFields[f].name.size()];
        s.field[s.count++] = f;
    }
    return out;
}
inline constexpr std::array<SameLength, kMaxNameLength + 1> kByLength = byLength();

// The field a key (UTF-8 bytes or UTF-16) names, or -1. Names are ASCII, so comparing unit by
// unit finds the same field for both.
template <typename Key>
int find(const Key &key)
{
    const auto size = size_t(key.size());
    if (size > kMaxNameLength)
        return -1;
    const SameLength &candidates = kByLength[size];
    for (int c = 0; c < candidates.count; ++c) {
        const std::string_view name = kFields[candidates.field[c]].name;
        size_t i = 0;
        while (i < size && unitOf(key[qsizetype(i)]) == static_cast<unsigned char>(name[i]))
            ++i;
        if (i == size)
            return candidates.field[c];
    }
    return -1;
}

} // namespace callboard::CallLogFields

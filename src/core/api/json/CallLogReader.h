// Tolerant reading of the call-logs API's JSON. Every spelling the API has shipped is
// accepted (duration_seconds | duration_sec | duration, created_at | createdAt, {data, meta}
// or a bare array); a record that cannot be read is skipped with a reason and the rest of the
// page still lands; a body that is not JSON is an error of that request, never a crash.
#pragma once

#include "core/model/CallLog.h"

#include <QByteArray>
#include <QJsonValue>

namespace callboard {

struct PageMeta
{
    bool present = false; // false for a bare array or a body without meta
    int page = 0;
    int limit = 0;
    int total = 0;
    int totalPages = 0;
};

struct SkippedRecord
{
    int index = 0;   // position in the page
    QString reason;  // why it could not be read (for logs; never shown as markup)
};

struct CallPage
{
    std::vector<CallLog> calls; // in server order, duplicates removed (the last one wins)
    PageMeta meta;
    std::vector<SkippedRecord> skipped;
    int duplicates = 0;
};

namespace CallLogReader {

// Reads one record. Returns false and sets *reason when it cannot.
bool readRecord(const QJsonValue &value, CallLog *out, QString *reason);

// Reads a list body ({data, meta} or a bare array). Returns false and sets *error when the
// body is not JSON or has no list in it.
bool readListBody(const QByteArray &body, CallPage *out, QString *error);

// Reads the body of /call-logs/{id}: a CallLog object, or {data: CallLog}.
bool readCallBody(const QByteArray &body, CallLog *out, QString *error);

// Reads the body of /call-logs/{id}/details.
bool readDetailsBody(const QByteArray &body, CallDetails *out, QString *error);

// Typing of one analysis value: booleans, numbers, strings that are ISO dates or date-times,
// other strings, and nested JSON kept as compact text.
AnalysisValue readAnalysisValue(const QJsonValue &value);

// Fast path for ISO 8601 date-times ("2026-11-28T14:03:07.123Z", offsets, no fraction).
// Returns false when the text is not one.
bool parseIsoDateTime(QStringView text, qint64 *msSinceEpoch);

} // namespace CallLogReader
} // namespace callboard

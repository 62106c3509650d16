// DetailFormat: how the detail pane turns server values into words: humanized keys, local
// dates and times, numbers, enum-like strings, timeline events and transcript turns (a call's
// own values — status, direction, type, … — are worded by Labels, as on the cards). Pure
// functions, so the rules are testable without a widget. Results are plain text.
#pragma once

#include "core/model/CallLog.h"

#include <QString>

#include <vector>

namespace callboard::DetailFormat {

// "customer_satisfaction" -> "Customer satisfaction", "followUpDate" -> "Follow up date".
QString humanizeKey(const QString &key);
// A short token such as "billing" or "clinic_north": shown as a chip, not as prose.
bool isEnumLike(const QString &text);
QString number(double value);                // "8", "452.5", "1,200" in the user's locale
QString date(const QDate &date);             // "Sat 28 Nov 2026"
QString dateTime(const QDateTime &utc);      // local: "Sat 28 Nov 2026, 15:04"
QString dateTimeSeconds(qint64 utcMs);       // local: "Sat 28 Nov 2026, 15:04:07"
QString timeSeconds(qint64 utcMs);           // local: "15:04:07"
QString timelineEvent(const QString &event); // "Call answered"; unknown ones humanized
// A JSON value pretty-printed for a monospace label.
QString prettyJson(const QString &compact);

// One speaker's consecutive lines in a transcript ("Agent: …" / "User: …").
struct TranscriptTurn
{
    enum class Speaker
    {
        Agent,
        User,
        Other,
        None
    };
    Speaker speaker = Speaker::None;
    QString speakerText; // as sent, for Other
    QString text;
};
std::vector<TranscriptTurn> parseTranscript(const QString &transcript);
QString speakerLabel(const TranscriptTurn &turn);

} // namespace callboard::DetailFormat

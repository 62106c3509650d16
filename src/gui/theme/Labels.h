// Labels: the board's one wording of a call's values — status, sentiment, end reason,
// direction, type, durations and ages, and the glyphs that tell statuses and sentiments apart
// without colour. The cards, the detail pane, the charts and the KPIs all word a call through
// these, so two places never name the same value differently. Translation context "Labels".
#pragma once

#include "core/model/CallLog.h"

#include <QString>

namespace callboard {

// Words and glyphs for the board. Known values are translated; unknown ones are shown as
// the server sent them (plain text), never dropped.
namespace Labels {
QString statusGroup(StatusGroup group);
QString status(const CallLog &call);   // "Completed", "No answer", or the raw unknown value
QString sentiment(const CallLog &call); // "Positive", …, "—" when none, or the raw unknown value
QString sentimentName(Sentiment sentiment); // the same for a value alone; "Other" for the unknown ones
QString endReason(const QString &raw);  // "Line busy" for "user_busy"; unknown ones humanized
QString direction(const QString &raw);  // "Inbound", "Outbound" (any case), or as sent
QString batchStatus(const QString &raw); // "Running" for "running" (the API's nine); else as sent
// An analysis field's key as words: "follow_up_required" and "followUpRequired" are
// "Follow up required"; acronyms stay ("NPS score"); a key of no words is shown as sent.
QString fieldName(const QString &key);
QString callType(const QString &raw);   // "Phone", "Web" (any case), or as sent
QString duration(int seconds);          // "2:05", "1:02:03", "—" when unknown
QString relativeTime(qint64 thenMs, qint64 nowMs); // "just now", "2 min ago", "3 h ago"
// A single glyph that tells the group apart without colour: ● live, ✓ connected,
// ○ not reached, ✕ failed, ? other.
QString statusGlyph(StatusGroup group);
// ▲ positive, ■ neutral, ▼ negative, ? unknown/other, – none.
QString sentimentGlyph(Sentiment sentiment);
} // namespace Labels

} // namespace callboard

// CardContent: the words a call card shows, apart from where they go. Live durations count
// up from created_at against the injected clock; the highlighted analysis value is the one a
// supervisor asked for, or else the most telling one the call has.
#pragma once

#include "core/model/CallLog.h"

#include <QString>

namespace callboard {
class Directory;
}

namespace callboard::CardContent {

// The names a card shows for its agent and campaign (the ids without a directory).
QString agentName(const CallLog &call, const Directory *names);
QString campaignName(const CallLog &call, const Directory *names);
// The card in words, in the order shown, for a screen reader: "No answer, unknown sentiment,
// Customer Support Agent, Spring outreach, 0:00, 2 min ago".
QString spokenText(const CallLog &call, const Directory *names, qint64 nowMs);

// "2:05"; for a live call the time since it was created, counting up.
QString durationText(const CallLog &call, qint64 nowMs);

// "↗ Outbound · +1 555 0100" (or "↗ +1 555 0100" without the word); unknown directions
// as sent.
QString directionText(const CallLog &call, bool withWord);

// The analysis field to highlight: `key` when the call has it; with an empty key the first
// boolean, else the first short enum-like string, else the first number; nullptr if none.
const AnalysisField *highlightedField(const CallLog &call, const QString &key);

struct Highlight
{
    enum class Mark
    {
        None,
        Yes,
        No
    };
    Mark mark = Mark::None; // booleans: a ✓ or ✗ before the key
    QString text;           // "key: value", or the key alone for booleans
    bool isEmpty() const { return text.isEmpty(); }
};
Highlight highlight(const CallLog &call, const QString &key);
QString markGlyph(Highlight::Mark mark); // ✓, ✗ or nothing

} // namespace callboard::CardContent

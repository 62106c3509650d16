// CardContent: the words a call card shows, apart from where they go. Live durations count
// up from created_at against the injected clock; the highlighted analysis value is the one a
// supervisor asked for, or else the most telling one the call has.
#pragma once

#include "model/CallLog.h"

#include <QString>

namespace callboard::CardContent {

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

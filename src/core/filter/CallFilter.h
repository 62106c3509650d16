// CallFilter: what the supervisor narrowed the board to. The rules live here, in the core,
// so they are tested without a window; CallFilterProxy only asks matches().
#pragma once

#include "core/model/CallLog.h"

#include <QMetaType>
#include <QStringList>

namespace callboard {

class Directory;

struct CallFilter
{
    quint32 groups = 0;     // bit (1 << int(StatusGroup)); 0 = every group
    quint32 sentiments = 0; // bit (1 << int(Sentiment)); 0 = every sentiment
    QStringList agentIds;   // empty = every agent
    QStringList campaignIds;
    QStringList endReasons; // raw strings, as sent
    int minDurationSec = -1; // -1 = no bound; calls without a duration fail any bound
    int maxDurationSec = -1;
    qint64 createdFromMs = -1; // [from, to) on created_at; -1 = open
    qint64 createdToMs = -1;
    QString text; // case-insensitive; ids, numbers, agent, campaign (ids and names), end reason, analysis

    static quint32 bit(StatusGroup g) { return 1u << int(g); }
    static quint32 bit(Sentiment s) { return 1u << int(s); }

    bool isEmpty() const;
    bool matches(const CallLog &call) const { return matches(call, nullptr); }
    // With a directory, the search text also finds agents and campaigns by name.
    bool matches(const CallLog &call, const Directory *names) const;
    bool operator==(const CallFilter &o) const;
    bool operator!=(const CallFilter &o) const { return !(*this == o); }
};

enum class CallSort { Newest, Longest, Status };

// Strict weak order for the board: Newest = created_at descending; Longest = duration
// descending (unknown last); Status = live, connected, not reached, failed, other, then newest.
// With nowMs (>= 0), a live call's duration is how long it has run so far (nowMs - created_at),
// as its card shows it, so a stuck call ranks among the longest; callers keep nowMs fixed for
// one sort.
bool callBefore(const CallLog &a, const CallLog &b, CallSort sort, qint64 nowMs = -1);
// The duration Longest sorts by: for a live call and nowMs >= 0 the seconds it has run so far,
// else the call's own; -1 when unknown.
int sortDurationSeconds(const CallLog &call, qint64 nowMs);

} // namespace callboard
Q_DECLARE_METATYPE(callboard::CallFilter)

// SavedView: a named way of looking at the board — what FilterBar holds (search text, status
// groups, sentiment, agent, campaign, end reason, duration), a chart's selection (a time
// range, a duration range, agents or campaigns the combos do not list) and the sort order.
// One CallFilter carries all the filters, so a view restores exactly what was on screen.
// Picked from View › Saved views, with --view NAME, or by a kiosk's cards page (cardsView=).
// Stored by SavedViewSettings; kept and changed through SavedViewStore.
#pragma once

#include "core/filter/CallFilter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace callboard {

struct SavedView
{
    QString name; // what the menu shows; names are compared ignoring case
    CallFilter filter;
    CallSort sort = CallSort::Newest;

    bool operator==(const SavedView &o) const
    {
        return name == o.name && filter == o.filter && sort == o.sort;
    }
    bool operator!=(const SavedView &o) const { return !(*this == o); }
    // Whether this view is what the board shows now (the menu ticks it).
    bool shows(const CallFilter &current, CallSort currentSort) const
    {
        return filter == current && sort == currentSort;
    }

    static bool sameName(const QString &a, const QString &b)
    {
        return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
    }
};

// The words a view is written with, so a settings or kiosk file can be read and written by hand.
namespace ViewWords {
QString sortKey(CallSort sort);                      // "newest" | "longest" | "status"
std::optional<CallSort> sortFromKey(const QString &key);
QString groupKey(StatusGroup group);                 // "live", "connected", "not_reached", …
std::optional<StatusGroup> groupFromKey(const QString &key);
QString sentimentKey(Sentiment sentiment);           // "positive", …, "none" (not yet rated)
std::optional<Sentiment> sentimentFromKey(const QString &key);
QStringList allGroupKeys();
QStringList allSentimentKeys();
} // namespace ViewWords

// "“Failed today”, “Live”" for messages; "none" (translated) when there are no views.
QString quotedViewNames(const QList<SavedView> &views);

} // namespace callboard

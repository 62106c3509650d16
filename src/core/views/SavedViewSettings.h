// Saved views in the settings file (INI): group [views], a QSettings array "list" whose
// entries hold name, search, statuses (live, connected, not_reached, failed, other),
// sentiments (positive, neutral, negative, unknown, none, other), agents, campaigns,
// endReasons (ids as the API sends them, comma-separated), minDurationSec, maxDurationSec,
// createdFrom, createdTo (ISO 8601, UTC) and sort (newest | longest | status). A key left
// out narrows nothing.
// Reading trusts nothing in the file: an entry with a bad value (an unknown status, a
// duration that is not a number, a misspelt key) is left out with a warning naming the view
// and the value, and the good ones are kept. Entries are found by their numbered groups, not
// by the array's "size", so a damaged size loses nothing. Entries left out are written back
// as they were: saving a view never deletes what someone wrote by hand.
#pragma once

#include "SavedView.h"

#include <QVariantMap>

class QSettings;

namespace callboard {

struct SavedViewsRead
{
    QList<SavedView> views;
    QStringList warnings;          // one translated line per entry left out
    QList<QVariantMap> unreadable; // the keys of the entries left out, as they were
};

SavedViewsRead readSavedViews(QSettings &settings);
// Replaces the whole [views] group: the views, then the unreadable entries unchanged.
void writeSavedViews(QSettings &settings, const QList<SavedView> &views,
                     const QList<QVariantMap> &unreadable = {});

} // namespace callboard

// Freshness: how old the board's data is, and why, in words and a level. Fresh while the
// last good sync is at most two intervals old, amber past two, red past five (or when the
// key is rejected); never fresh while requests fail, however recent the data; the reason comes from the sync engine's state ("retrying in 12 s"). Calls
// from the local cache shown before the first sync say so: "cached data from 09:14".
#pragma once

#include "core/api/ApiError.h"
#include "core/sync/SyncEngine.h"

#include <QDateTime>
#include <QString>

namespace callboard {

enum class Freshness { Fresh, Amber, Red };

struct FreshnessInput
{
    SyncEngine::State state = SyncEngine::State::Idle;
    QDateTime lastSuccess;       // invalid: never synced
    qint64 nowMs = 0;
    qint64 watchingSinceMs = 0;  // when the board started waiting (ages a board with no data)
    int intervalSec = 5;
    qint64 nextAttemptInMs = -1; // -1: nothing scheduled
    ApiError::Kind errorKind = ApiError::Kind::None;
    bool backfillDone = false;
    int pagesDone = 0, pagesTotal = 0; // backfill progress; total 0 while unknown
    bool showingCached = false;  // the board shows the local cache's calls, not yet synced
    QDateTime cachedAsOf;        // when the cache was last in sync (invalid: unknown)
    QString host;                // the API host the board reads ("api.dialnexa.com", "127.0.0.1")
};

struct FreshnessView
{
    Freshness level = Freshness::Fresh;
    QString headline; // "updated 3 s ago"
    QString status;   // glyph, word and reason: "▲ Stale — api.dialnexa.com not answering, retrying in 12 s"
};

FreshnessView describeFreshness(const FreshnessInput &in);

// The kiosk's outage banner: shown while the engine backs off or is offline, over the data it
// keeps: "Connection lost — retrying in 12 s" / "Showing data from 14:02:10 · Server error (503)".
struct OutageBanner
{
    bool shown = false;
    QString headline;
    QString detail;
};
OutageBanner describeOutage(const FreshnessInput &in, const QString &errorText);

} // namespace callboard

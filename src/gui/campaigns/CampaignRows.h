// CampaignRows: one row per campaign or batch in the board's calls, busiest first, with what
// both the window's Campaigns tab and the wall display's page show: the name (the batch's
// title, else the campaign id), the batch's status and lead counts where DialNexa gives
// them, the calls by outcome, and the figures in words.
#pragma once

#include "core/directory/Directory.h"
#include "core/stats/CallStats.h"

#include <QString>

#include <vector>

namespace callboard {

struct CampaignRow
{
    QString key;  // CallLog::campaignKey(): the batch id, else the campaign id
    QString name; // what the directory calls it; the key when it knows nothing
    CallStats::CampaignStats stats;
    const BatchInfo *batch = nullptr; // the batch's own counts; null when unknown

    int connectPercent() const;  // connected of the calls that ended
    int negativePercent() const; // negative of the rated calls; -1 with none rated
    // Sent of all leads from the batch's counts when known, else the calls that ended.
    int donePercent() const;
    // "120 calls · 3 live · 71 % connected · 12 % negative · 97 % done" and, for a batch,
    // " · 300 of 400 leads sent · 180 picked up".
    QString figures() const;
    // The row as a screen reader or a test reads it: "Spring outreach (running): …".
    QString spokenText() const;
};

std::vector<CampaignRow> campaignRows(const CallStats &stats, const Directory *names);

} // namespace callboard

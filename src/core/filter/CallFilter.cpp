#include "CallFilter.h"

#include "core/directory/Directory.h"

namespace callboard {

bool CallFilter::isEmpty() const { return *this == CallFilter{}; }

bool CallFilter::operator==(const CallFilter &o) const
{
    return groups == o.groups && sentiments == o.sentiments && agentIds == o.agentIds
           && campaignIds == o.campaignIds && endReasons == o.endReasons
           && minDurationSec == o.minDurationSec && maxDurationSec == o.maxDurationSec
           && createdFromMs == o.createdFromMs && createdToMs == o.createdToMs && text == o.text;
}

namespace {
bool textMatches(const CallLog &c, const QString &needle, const Directory *names)
{
    auto has = [&needle](const QString &hay) { return hay.contains(needle, Qt::CaseInsensitive); };
    if (has(c.id) || has(c.callId) || has(c.toNumber) || has(c.fromNumber) || has(c.agentId)
        || has(c.campaignId) || has(c.batchCallId) || has(c.endReasonText) || has(c.statusText))
        return true;
    if (names && (has(names->agentName(c.agentId)) || has(names->campaignNameOf(c.campaignId, c.batchCallId))))
        return true;
    for (const AnalysisField &f : c.analysis)
        if (has(f.key) || has(f.value.text))
            return true;
    return false;
}
} // namespace

bool CallFilter::matches(const CallLog &c, const Directory *names) const
{
    if (groups && !(groups & bit(c.group())))
        return false;
    if (sentiments && !(sentiments & bit(c.shownSentiment())))
        return false;
    if (!agentIds.isEmpty() && !agentIds.contains(c.agentId))
        return false;
    if (!campaignIds.isEmpty() && !campaignIds.contains(c.campaignKey()))
        return false;
    if (!endReasons.isEmpty() && !endReasons.contains(c.endReasonText))
        return false;
    if (minDurationSec >= 0 && (c.durationSeconds < 0 || c.durationSeconds < minDurationSec))
        return false;
    if (maxDurationSec >= 0 && (c.durationSeconds < 0 || c.durationSeconds > maxDurationSec))
        return false;
    if (createdFromMs >= 0 && c.createdAtMs < createdFromMs)
        return false;
    if (createdToMs >= 0 && c.createdAtMs >= createdToMs)
        return false;
    const QString needle = text.trimmed();
    return needle.isEmpty() || textMatches(c, needle, names);
}

int sortDurationSeconds(const CallLog &call, qint64 nowMs)
{
    // As the card shows it: a live call's time so far, whatever duration it was sent with.
    if (nowMs < 0 || !isLive(call.status) || call.createdAtMs <= 0)
        return call.durationSeconds;
    return int(qMax<qint64>(0, nowMs - call.createdAtMs) / 1000);
}

bool callBefore(const CallLog &a, const CallLog &b, CallSort sort, qint64 nowMs)
{
    auto newest = [&] {
        if (a.createdAtMs != b.createdAtMs)
            return a.createdAtMs > b.createdAtMs;
        return a.id < b.id;
    };
    switch (sort) {
    case CallSort::Newest:
        return newest();
    case CallSort::Longest: {
        const int da = sortDurationSeconds(a, nowMs), db = sortDurationSeconds(b, nowMs);
        if (da != db)
            return da > db; // -1 (unknown) sorts last
        return newest();
    }
    case CallSort::Status:
        if (a.group() != b.group())
            return int(a.group()) < int(b.group());
        return newest();
    }
    return newest();
}

} // namespace callboard

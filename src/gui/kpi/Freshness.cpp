#include "Freshness.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace callboard {

namespace {

QString cachedHeadline(const FreshnessInput &in)
{
    if (!in.cachedAsOf.isValid())
        return QCoreApplication::translate("Freshness", "cached data");
    const QDateTime at = in.cachedAsOf.toLocalTime();
    const bool today = at.date() == QDateTime::fromMSecsSinceEpoch(in.nowMs).toLocalTime().date();
    const QString when = today ? QLocale().toString(at.time(), QLocale::ShortFormat)
                               : QLocale().toString(at, QLocale::ShortFormat);
    return QCoreApplication::translate("Freshness", "cached data from %1").arg(when);
}

QString headlineFor(const FreshnessInput &in)
{
    if (in.showingCached)
        return cachedHeadline(in);
    if (!in.lastSuccess.isValid())
        return in.pagesDone > 0 ? QCoreApplication::translate("Freshness", "first load not finished")
                                : QCoreApplication::translate("Freshness", "no data yet");
    // Counts are computed before translate(): lupdate 6.4 hangs on a division inside it.
    const qint64 s = std::max(qint64(0), (in.nowMs - in.lastSuccess.toMSecsSinceEpoch()) / 1000);
    const int minutes = int(s / 60), hours = int(s / 3600);
    if (hours > 0)
        return QCoreApplication::translate("Freshness", "updated %n h ago", nullptr, hours);
    if (minutes > 0)
        return QCoreApplication::translate("Freshness", "updated %n min ago", nullptr, minutes);
    return QCoreApplication::translate("Freshness", "updated %n s ago", nullptr, int(s));
}

QString retrying(const FreshnessInput &in)
{
    if (in.nextAttemptInMs < 0)
        return QCoreApplication::translate("Freshness", "retrying");
    const int seconds = int((in.nextAttemptInMs + 999) / 1000);
    return QCoreApplication::translate("Freshness", "retrying in %n s", nullptr, seconds);
}

// The host as the user configured it: a proxy or a test server is not "DialNexa".
QString hostName(const FreshnessInput &in)
{
    return in.host.isEmpty() ? QCoreApplication::translate("Freshness", "the server") : in.host;
}

// Why the data is not fresher, or an empty string when nothing is wrong.
QString reasonFor(const FreshnessInput &in)
{
    switch (in.state) {
    case SyncEngine::State::Idle:
        return QCoreApplication::translate("Freshness", "paused");
    case SyncEngine::State::Syncing:
        if (in.backfillDone)
            return {};
        if (in.pagesTotal > 0)
            return QCoreApplication::translate("Freshness", "Loading… page %1 of %2").arg(in.pagesDone).arg(in.pagesTotal);
        return QCoreApplication::translate("Freshness", "Loading…");
    case SyncEngine::State::Live:
        return {};
    case SyncEngine::State::BackingOff:
        if (in.errorKind == ApiError::Kind::RateLimited)
            return QCoreApplication::translate("Freshness", "rate limited, %1").arg(retrying(in));
        return QCoreApplication::translate("Freshness", "%1 not answering, %2").arg(hostName(in), retrying(in));
    case SyncEngine::State::Offline:
        return QCoreApplication::translate("Freshness", "cannot reach %1, %2").arg(hostName(in), retrying(in));
    case SyncEngine::State::AuthFailed:
        if (in.errorKind == ApiError::Kind::Forbidden)
            return QCoreApplication::translate("Freshness", "key rejected: it cannot read call logs; set another in Settings");
        return QCoreApplication::translate("Freshness", "key rejected: enter a valid API key in Settings");
    }
    return {};
}
} // namespace

FreshnessView describeFreshness(const FreshnessInput &in)
{
    FreshnessView v;
    const qint64 intervalMs = qint64(qMax(1, in.intervalSec)) * 1000;
    const bool loading = in.state == SyncEngine::State::Syncing && !in.backfillDone;
    if (in.state == SyncEngine::State::AuthFailed) {
        v.level = Freshness::Red;
    } else if (in.showingCached) {
        // Cached calls are as old as the cache's last sync, however recent the start.
        const qint64 age = in.cachedAsOf.isValid() ? in.nowMs - in.cachedAsOf.toMSecsSinceEpoch()
                                                   : 5 * intervalMs + 1;
        v.level = age > 5 * intervalMs ? Freshness::Red : age > 2 * intervalMs ? Freshness::Amber : Freshness::Fresh;
    } else if (!in.lastSuccess.isValid() && (loading || in.state == SyncEngine::State::Idle)) {
        v.level = Freshness::Fresh; // nothing old is shown: the first load is in progress
    } else {
        const qint64 since = in.lastSuccess.isValid() ? in.lastSuccess.toMSecsSinceEpoch() : in.watchingSinceMs;
        const qint64 age = in.nowMs - since;
        v.level = age > 5 * intervalMs ? Freshness::Red : age > 2 * intervalMs ? Freshness::Amber : Freshness::Fresh;
    }
    const bool failing = in.state == SyncEngine::State::BackingOff || in.state == SyncEngine::State::Offline;
    const bool recentButFailing = failing && v.level == Freshness::Fresh;
    if (recentButFailing)
        v.level = Freshness::Amber; // requests fail now: never the green of Live
    v.headline = headlineFor(in);

    // Never colour alone: a glyph and a word go with every level.
    QString word;
    if (in.state == SyncEngine::State::AuthFailed)
        word = QCoreApplication::translate("Freshness", "✕ Not updating");
    else if (v.level == Freshness::Red)
        word = QCoreApplication::translate("Freshness", "✕ Stale");
    else if (recentButFailing)
        word = QCoreApplication::translate("Freshness", "▲ Retrying");
    else if (v.level == Freshness::Amber)
        word = QCoreApplication::translate("Freshness", "▲ Stale");
    else if (loading)
        word = QCoreApplication::translate("Freshness", "⟳ Loading");
    else
        word = QCoreApplication::translate("Freshness", "● Live");
    const QString reason = reasonFor(in);
    if (loading)
        v.status = reason.isEmpty() ? word : QCoreApplication::translate("Freshness", "⟳ %1").arg(reason);
    else
        v.status = reason.isEmpty() ? word : QCoreApplication::translate("Freshness", "%1 — %2").arg(word, reason);
    return v;
}

OutageBanner describeOutage(const FreshnessInput &in, const QString &errorText)
{
    OutageBanner b;
    if (in.state != SyncEngine::State::BackingOff && in.state != SyncEngine::State::Offline)
        return b;
    b.shown = true;
    const int seconds = in.nextAttemptInMs < 0 ? -1 : int((in.nextAttemptInMs + 999) / 1000);
    if (in.errorKind == ApiError::Kind::RateLimited)
        b.headline = seconds < 0 ? QCoreApplication::translate("Freshness", "Rate limited by DialNexa — retrying")
                                 : QCoreApplication::translate("Freshness", "Rate limited by DialNexa — retrying in %n s", nullptr, seconds);
    else
        b.headline = seconds < 0 ? QCoreApplication::translate("Freshness", "Connection lost — retrying")
                                 : QCoreApplication::translate("Freshness", "Connection lost — retrying in %n s", nullptr, seconds);
    const QString since = in.lastSuccess.isValid()
        ? QCoreApplication::translate("Freshness", "Showing data from %1").arg(in.lastSuccess.toLocalTime().time().toString(QStringLiteral("HH:mm:ss")))
        : QCoreApplication::translate("Freshness", "No data yet");
    b.detail = errorText.isEmpty() ? since : QCoreApplication::translate("Freshness", "%1 · %2").arg(since, errorText);
    return b;
}

} // namespace callboard

#include "Freshness.h"

#include <QCoreApplication>

namespace callboard {

namespace {
QString tr(const char *text, int n = -1) { return QCoreApplication::translate("Freshness", text, nullptr, n); }

QString headlineFor(const FreshnessInput &in)
{
    if (!in.lastSuccess.isValid())
        return tr("no data yet");
    const qint64 s = qMax<qint64>(0, (in.nowMs - in.lastSuccess.toMSecsSinceEpoch()) / 1000);
    if (s < 60)
        return tr("updated %n s ago", int(s));
    if (s < 3600)
        return tr("updated %n min ago", int(s / 60));
    return tr("updated %n h ago", int(s / 3600));
}

QString retrying(const FreshnessInput &in)
{
    if (in.nextAttemptInMs < 0)
        return tr("retrying");
    return tr("retrying in %n s", int((in.nextAttemptInMs + 999) / 1000));
}

// Why the data is not fresher, or an empty string when nothing is wrong.
QString reasonFor(const FreshnessInput &in)
{
    switch (in.state) {
    case SyncEngine::State::Idle:
        return tr("paused");
    case SyncEngine::State::Syncing:
        if (in.backfillDone)
            return {};
        if (in.pagesTotal > 0)
            return QCoreApplication::translate("Freshness", "Loading… page %1 of %2").arg(in.pagesDone).arg(in.pagesTotal);
        return tr("Loading…");
    case SyncEngine::State::Live:
        return {};
    case SyncEngine::State::BackingOff:
        if (in.errorKind == ApiError::Kind::RateLimited)
            return QCoreApplication::translate("Freshness", "rate limited, %1").arg(retrying(in));
        return QCoreApplication::translate("Freshness", "DialNexa not answering, %1").arg(retrying(in));
    case SyncEngine::State::Offline:
        return QCoreApplication::translate("Freshness", "cannot reach DialNexa, %1").arg(retrying(in));
    case SyncEngine::State::AuthFailed:
        if (in.errorKind == ApiError::Kind::Forbidden)
            return tr("key rejected: it cannot read call logs; set another in Settings");
        return tr("key rejected: enter a valid API key in Settings");
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
    } else if (!in.lastSuccess.isValid() && (loading || in.state == SyncEngine::State::Idle)) {
        v.level = Freshness::Fresh; // nothing old is shown: the first load is in progress
    } else {
        const qint64 since = in.lastSuccess.isValid() ? in.lastSuccess.toMSecsSinceEpoch() : in.watchingSinceMs;
        const qint64 age = in.nowMs - since;
        v.level = age > 5 * intervalMs ? Freshness::Red : age > 2 * intervalMs ? Freshness::Amber : Freshness::Fresh;
    }
    v.headline = headlineFor(in);

    // Never colour alone: a glyph and a word go with every level.
    QString word;
    if (in.state == SyncEngine::State::AuthFailed)
        word = tr("✕ Not updating");
    else if (v.level == Freshness::Red)
        word = tr("✕ Stale");
    else if (v.level == Freshness::Amber)
        word = tr("▲ Stale");
    else if (loading)
        word = tr("⟳ Loading");
    else
        word = tr("● Live");
    const QString reason = reasonFor(in);
    if (loading)
        v.status = reason.isEmpty() ? word : QCoreApplication::translate("Freshness", "⟳ %1").arg(reason);
    else
        v.status = reason.isEmpty() ? word : QCoreApplication::translate("Freshness", "%1 — %2").arg(word, reason);
    return v;
}

} // namespace callboard

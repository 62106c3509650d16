#include "FollowUps.h"

#include "core/model/CallLog.h"

namespace callboard {

void FollowUps::clear()
{
    m_live.clear();
    m_awaiting.clear();
    m_cursor = 0;
}

bool FollowUps::awaitsAnalysis(const CallLog &call)
{
    return call.status == CallStatus::Completed && call.analysis.empty();
}

qint64 FollowUps::giveUpAtMs(const CallLog &call) const
{
    const qint64 endEstimate = call.createdAtMs + qMax(0, call.durationSeconds) * 1000LL + kRingAllowanceMs;
    return endEstimate + qint64(m_analysisGiveUpSec) * 1000;
}

void FollowUps::track(const CallLog &call, qint64 nowMs)
{
    if (isLive(call.status))
        m_live.insert(call.id);
    else
        m_live.remove(call.id);

    if (!awaitsAnalysis(call)) {
        m_awaiting.remove(call.id);
        return;
    }
    auto it = m_awaiting.find(call.id);
    if (it != m_awaiting.end()) {
        it->checkedAtMs = nowMs;
        return;
    }
    const qint64 giveUpAt = giveUpAtMs(call);
    if (giveUpAt > nowMs)
        m_awaiting.insert(call.id, {giveUpAt, nowMs});
}

void FollowUps::adopt(const CallLog &call, qint64 checkedAtMs)
{
    if (isLive(call.status)) {
        m_live.insert(call.id);
    } else if (awaitsAnalysis(call)) {
        const qint64 giveUpAt = giveUpAtMs(call);
        if (giveUpAt > checkedAtMs)
            m_awaiting.insert(call.id, {giveUpAt, checkedAtMs});
    }
}

void FollowUps::forget(const QString &id)
{
    m_live.remove(id);
    m_awaiting.remove(id);
}

QStringList FollowUps::awaitingOutside(const QSet<QString> &page1, const QSet<QString> &covered, qint64 nowMs)
{
    QStringList waiting;
    for (auto it = m_awaiting.begin(); it != m_awaiting.end();) {
        const bool inView = page1.contains(it.key()) || covered.contains(it.key());
        if (inView)
            it->checkedAtMs = nowMs; // those answers are current this tick
        // Give up (this agent may have no analysis) only after the call was looked at past
        // its deadline.
        if (it->giveUpAtMs <= nowMs && it->checkedAtMs >= it->giveUpAtMs) {
            it = m_awaiting.erase(it);
            continue;
        }
        if (!inView)
            waiting << it.key();
        ++it;
    }
    waiting.sort();
    return waiting;
}

QStringList FollowUps::nextReads(const QStringList &waiting, int perTick)
{
    const int n = int(waiting.size());
    if (n == 0 || perTick <= 0)
        return {};
    QStringList reads;
    for (int i = 0; i < qMin(n, perTick); ++i)
        reads << waiting[(m_cursor + i) % n];
    m_cursor = (m_cursor + perTick) % n;
    return reads;
}

} // namespace callboard

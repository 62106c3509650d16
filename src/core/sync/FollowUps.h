// FollowUps: the calls the sync engine must ask about again, beyond the newest page: calls it
// holds as live (until a read shows them ended) and connected calls awaiting their post-call
// analysis (until it lands, or until a deadline after the call's estimated end has passed
// *and* the call was looked at after it: an outage must not use up the analysis's time).
// What page 1 or another list answer covered this tick needs no read by id; the rest are read
// a few per tick, round robin, so a long backlog is walked rather than the same ones re-read.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace callboard {

struct CallLog;

class FollowUps
{
public:
    static constexpr int kDefaultAnalysisGiveUpSec = 300;
    static constexpr qint64 kRingAllowanceMs = 60 * 1000; // a call's end ≈ created + ringing + talk

    void setAnalysisGiveUpSec(int seconds) { m_analysisGiveUpSec = seconds; }
    void clear();

    // A call as just read at nowMs: live, awaiting analysis, or neither (then forgotten).
    void track(const CallLog &call, qint64 nowMs);
    // A call read from the local cache, last looked at checkedAtMs: one that was still waiting
    // for its analysis then is asked about again even if its deadline passed meanwhile.
    void adopt(const CallLog &call, qint64 checkedAtMs);
    // A call that cannot be read (gone, refused): asked about no more.
    void forget(const QString &id);
    // Keeps only the calls kept(id) accepts (those still in the board's window).
    template <typename Pred>
    void retain(Pred kept)
    {
        for (auto it = m_live.begin(); it != m_live.end();)
            it = kept(*it) ? std::next(it) : m_live.erase(it);
        for (auto it = m_awaiting.begin(); it != m_awaiting.end();)
            it = kept(it.key()) ? std::next(it) : m_awaiting.erase(it);
    }

    const QSet<QString> &live() const { return m_live; }
    int awaitingCount() const { return int(m_awaiting.size()); }

    // The calls awaiting analysis that neither set covers (sorted). Those covered count as
    // looked at nowMs; calls past their deadline and looked at since are given up here.
    QStringList awaitingOutside(const QSet<QString> &page1, const QSet<QString> &covered, qint64 nowMs);
    // Up to perTick of waiting (as awaitingOutside() returned it) to read by id this tick,
    // going on where the last tick's reads stopped.
    QStringList nextReads(const QStringList &waiting, int perTick);

private:
    qint64 giveUpAtMs(const CallLog &call) const;
    static bool awaitsAnalysis(const CallLog &call);

    struct Awaiting
    {
        qint64 giveUpAtMs;  // the analysis should have landed by then
        qint64 checkedAtMs; // when its state was last read
    };
    int m_analysisGiveUpSec = kDefaultAnalysisGiveUpSec;
    QSet<QString> m_live;
    QHash<QString, Awaiting> m_awaiting;
    int m_cursor = 0;
};

} // namespace callboard

// CallStats: the board's numbers (KPIs, chart series, analysis tiles), kept up to date from the
// store's ChangeSets in O(changes): each call's last contribution is remembered by row, so an
// update subtracts the old one and adds the new one. Nothing here re-reads the whole store.
#pragma once

#include "core/model/CallLog.h"

#include <QHash>
#include <QMap>
#include <QObject>

#include <array>
#include <map>
#include <deque>
#include <vector>

namespace callboard {

class CallStore;
class Clock;
struct ChangeSet;

// What one analysis field looks like across all calls.
struct AnalysisFieldStats
{
    enum class Kind { Boolean, EnumLike, Number, Text, Date };
    QString key;
    Kind kind = Kind::Text;
    int count = 0;                 // calls carrying a non-null value
    int booleans = 0, numeric = 0, dates = 0, textual = 0; // values of each JSON type
    int trueCount = 0;             // Boolean
    QMap<QString, int> values;     // EnumLike (and the raw material to detect it)
    double sum = 0;                // Number
    std::map<double, int> numbers; // Number: value -> calls

    double mean() const { return numeric ? sum / numeric : 0; }
    double trueShare() const { return booleans ? double(trueCount) / booleans : 0; }
    double min() const { return numbers.empty() ? 0 : numbers.begin()->first; }
    double max() const { return numbers.empty() ? 0 : numbers.rbegin()->first; }
};

class CallStats final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallStats)
public:
    static constexpr qint64 kBucketMs = 5 * 60 * 1000; // the finest time bucket
    static constexpr int kGroups = 5;                  // StatusGroup values
    static constexpr int kSentiments = 6;              // Sentiment values

    CallStats(CallStore *store, Clock *clock, QObject *parent = nullptr);

    int total() const { return m_total; }
    int countIn(StatusGroup g) const { return m_byGroup[size_t(g)]; }
    int countIn(Sentiment s) const { return m_bySentiment[size_t(s)]; }
    int liveNow() const { return countIn(StatusGroup::Live); }
    int callsSince(qint64 ms) const;
    int callsToday() const; // since local midnight by the clock
    // connected / (connected + not reached + failed); -1 when no call has finished
    double connectRate() const;
    // negative / (positive + neutral + negative); -1 when no call has a sentiment
    double negativeShare() const;
    // Durations of connected calls.
    double averageDuration() const;
    int percentileDuration(double p) const; // -1 when none
    int durationCount() const { return m_durationCalls; }
    const std::map<int, int> &durations() const { return m_durations; } // seconds -> calls
    // Histogram of connected durations over the given upper bounds (seconds), plus overflow.
    std::vector<int> durationHistogram(const std::vector<int> &upperBounds) const;
    // End reasons of calls that were not reached or failed, most frequent first.
    QList<QPair<QString, int>> topFailingEndReasons(int n) const;
    // Per agent: connected calls and their mean duration.
    struct AgentStats { int calls = 0; int connected = 0; qint64 durationSum = 0; };
    const QHash<QString, AgentStats> &agents() const { return m_agents; }
    // Per campaign: its calls and how many are in each status group (the kiosk's campaigns page).
    struct CampaignStats
    {
        int calls = 0;
        std::array<int, kGroups> byGroup{};
        int rated = 0;    // calls with a positive, neutral or negative sentiment
        int negative = 0;
        int in(StatusGroup g) const { return byGroup[size_t(g)]; }
        int finished() const { return calls - in(StatusGroup::Live); }
    };
    const QHash<QString, CampaignStats> &campaigns() const { return m_campaigns; }
    QHash<QString, int> campaignCounts() const;
    // Calls and mean duration per time bucket (bucketMs a multiple of kBucketMs), from sinceMs.
    struct Bucket { qint64 startMs = 0; int calls = 0; int connected = 0; qint64 durationSum = 0; };
    std::vector<Bucket> timeBuckets(qint64 bucketMs, qint64 sinceMs) const;
    // Every analysis field seen so far, by key.
    std::vector<AnalysisFieldStats> analysisFields() const;

signals:
    void changed();

private:
    struct Contribution
    {
        bool counted = false;
        StatusGroup group = StatusGroup::Other;
        Sentiment sentiment = Sentiment::None;
        int duration = -1;
        qint64 bucket = 0;
        QString agentId;
        QString campaignId;
        QString endReason;
        Analysis analysis;
    };
    void onChanged(const ChangeSet &changes);
    void onCleared();
    void apply(const Contribution &c, int sign);
    static Contribution contributionOf(const CallLog &call);

    CallStore *m_store;
    Clock *m_clock;
    std::deque<Contribution> m_rows; // a deque, like the store's calls: growing moves none
    int m_total = 0;
    std::array<int, kGroups> m_byGroup{};
    std::array<int, kSentiments> m_bySentiment{};
    std::map<int, int> m_durations;
    int m_durationCalls = 0;
    qint64 m_durationSum = 0;
    QHash<QString, int> m_failReasons;
    QHash<QString, AgentStats> m_agents;
    QHash<QString, CampaignStats> m_campaigns;
    std::map<qint64, Bucket> m_buckets; // kBucketMs buckets by start
    QHash<QString, AnalysisFieldStats> m_analysis;
};

} // namespace callboard

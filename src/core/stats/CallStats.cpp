#include "CallStats.h"

#include "core/model/CallStore.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"

#include <algorithm>
#include <cmath>

namespace callboard {

namespace {
constexpr int kEnumMaxDistinct = 8;
constexpr int kEnumMaxLength = 32;

qint64 bucketOf(qint64 ms)
{
    const qint64 b = CallStats::kBucketMs;
    return (ms >= 0 ? ms / b : (ms - b + 1) / b) * b;
}

template <typename Map, typename Key>
void addCount(Map &map, const Key &key, int sign)
{
    auto &v = map[key];
    v += sign;
    if (v == 0)
        map.erase(map.find(key));
}
} // namespace

CallStats::CallStats(CallStore *store, Clock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock)
{
    connect(store, &CallStore::changed, this, &CallStats::onChanged);
    connect(store, &CallStore::cleared, this, &CallStats::onCleared);
    if (store->size() > 0) {
        ChangeSet all;
        all.firstInsertedRow = 0;
        all.inserted = store->size();
        onChanged(all);
    }
}

CallStats::Contribution CallStats::contributionOf(const CallLog &call)
{
    Contribution c;
    c.counted = true;
    c.group = call.group();
    c.sentiment = call.shownSentiment();
    c.duration = call.durationSeconds;
    c.bucket = bucketOf(call.createdAtMs);
    c.agentId = call.agentId;
    c.campaignId = call.campaignKey();
    c.endReason = call.endReasonText;
    c.analysis = call.analysis;
    return c;
}

void CallStats::apply(const Contribution &c, int sign)
{
    m_total += sign;
    m_byGroup[size_t(c.group)] += sign;
    m_bySentiment[size_t(c.sentiment)] += sign;
    const bool connected = c.group == StatusGroup::Connected;
    const bool hasDuration = connected && c.duration >= 0;
    if (hasDuration) {
        addCount(m_durations, c.duration, sign);
        m_durationCalls += sign;
        m_durationSum += sign * qint64(c.duration);
    }
    if ((c.group == StatusGroup::NotReached || c.group == StatusGroup::Failed) && !c.endReason.isEmpty())
        addCount(m_failReasons, c.endReason, sign);

    AgentStats &agent = m_agents[c.agentId];
    agent.calls += sign;
    if (hasDuration) {
        agent.connected += sign;
        agent.durationSum += sign * qint64(c.duration);
    }
    if (agent.calls == 0)
        m_agents.remove(c.agentId);
    if (!c.campaignId.isEmpty()) {
        CampaignStats &campaign = m_campaigns[c.campaignId];
        campaign.calls += sign;
        campaign.byGroup[size_t(c.group)] += sign;
        const bool rated = c.sentiment == Sentiment::Positive || c.sentiment == Sentiment::Neutral
                           || c.sentiment == Sentiment::Negative;
        campaign.rated += rated ? sign : 0;
        campaign.negative += c.sentiment == Sentiment::Negative ? sign : 0;
        if (campaign.calls == 0)
            m_campaigns.remove(c.campaignId);
    }

    Bucket &bucket = m_buckets[c.bucket];
    bucket.startMs = c.bucket;
    bucket.calls += sign;
    if (hasDuration) {
        bucket.connected += sign;
        bucket.durationSum += sign * qint64(c.duration);
    }
    if (bucket.calls == 0)
        m_buckets.erase(c.bucket);

    for (const AnalysisField &f : c.analysis) {
        if (f.value.type == AnalysisValue::Type::Null)
            continue;
        AnalysisFieldStats &s = m_analysis[f.key];
        s.key = f.key;
        s.count += sign;
        switch (f.value.type) {
        case AnalysisValue::Type::Bool:
            s.booleans += sign;
            if (f.value.value.toBool())
                s.trueCount += sign;
            break;
        case AnalysisValue::Type::Number: {
            s.numeric += sign;
            const double v = f.value.value.toDouble();
            s.sum += sign * v;
            addCount(s.numbers, v, sign);
            break;
        }
        case AnalysisValue::Type::Date:
        case AnalysisValue::Type::DateTime:
            s.dates += sign;
            break;
        default:
            s.textual += sign;
            addCount(s.values, f.value.text, sign);
            break;
        }
        if (s.count == 0)
            m_analysis.remove(f.key);
    }
}

void CallStats::onChanged(const ChangeSet &changes)
{
    for (int row : changes.removed)
        if (size_t(row) < m_rows.size() && m_rows[size_t(row)].counted)
            apply(m_rows[size_t(row)], -1);
    eraseRows(m_rows, changes.removed);
    if (m_rows.size() < size_t(m_store->size()))
        m_rows.resize(size_t(m_store->size()));
    for (const ChangeSet::Update &u : changes.updated) {
        Contribution &old = m_rows[size_t(u.row)];
        if (old.counted)
            apply(old, -1);
        old = contributionOf(m_store->at(u.row));
        apply(old, +1);
    }
    for (int row = changes.firstInsertedRow; row >= 0 && row < changes.firstInsertedRow + changes.inserted; ++row) {
        m_rows[size_t(row)] = contributionOf(m_store->at(row));
        apply(m_rows[size_t(row)], +1);
    }
    emit changed();
}

void CallStats::onCleared()
{
    m_rows.clear();
    m_total = 0;
    m_byGroup = {};
    m_bySentiment = {};
    m_durations.clear();
    m_durationCalls = 0;
    m_durationSum = 0;
    m_failReasons.clear();
    m_agents.clear();
    m_campaigns.clear();
    m_buckets.clear();
    m_analysis.clear();
    emit changed();
}

int CallStats::callsSince(qint64 ms) const
{
    int n = 0;
    for (auto it = m_buckets.lower_bound(bucketOf(ms)); it != m_buckets.end(); ++it)
        n += it->second.calls;
    return n;
}

int CallStats::callsToday() const
{
    const QDateTime local = m_clock->now().toLocalTime();
    return callsSince(localDateTime(local.date(), QTime(0, 0)).toMSecsSinceEpoch());
}

double CallStats::connectRate() const
{
    const int connected = countIn(StatusGroup::Connected);
    const int finished = connected + countIn(StatusGroup::NotReached) + countIn(StatusGroup::Failed);
    return finished ? double(connected) / finished : -1;
}

double CallStats::negativeShare() const
{
    const int neg = countIn(Sentiment::Negative);
    const int all = neg + countIn(Sentiment::Positive) + countIn(Sentiment::Neutral);
    return all ? double(neg) / all : -1;
}

double CallStats::averageDuration() const
{
    return m_durationCalls ? double(m_durationSum) / m_durationCalls : 0;
}

int CallStats::percentileDuration(double p) const
{
    if (m_durationCalls == 0)
        return -1;
    // Nearest-rank: the smallest duration with at least p of the calls at or below it.
    const int rank = qMax(1, int(std::ceil(p * m_durationCalls)));
    int seen = 0;
    for (const auto &[seconds, calls] : m_durations) {
        seen += calls;
        if (seen >= rank)
            return seconds;
    }
    return m_durations.rbegin()->first;
}

std::vector<int> CallStats::durationHistogram(const std::vector<int> &upperBounds) const
{
    std::vector<int> bins(upperBounds.size() + 1, 0);
    for (const auto &[seconds, calls] : m_durations) {
        const auto it = std::upper_bound(upperBounds.begin(), upperBounds.end(), seconds - 1);
        bins[size_t(it - upperBounds.begin())] += calls;
    }
    return bins;
}

QList<QPair<QString, int>> CallStats::topFailingEndReasons(int n) const
{
    QList<QPair<QString, int>> all;
    for (auto it = m_failReasons.cbegin(); it != m_failReasons.cend(); ++it)
        all.append({it.key(), it.value()});
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (all.size() > n)
        all.resize(n);
    return all;
}

std::vector<CallStats::Bucket> CallStats::timeBuckets(qint64 bucketMs, qint64 sinceMs) const
{
    bucketMs = qMax(kBucketMs, bucketMs / kBucketMs * kBucketMs);
    std::vector<Bucket> out;
    for (auto it = m_buckets.lower_bound(bucketOf(sinceMs)); it != m_buckets.end(); ++it) {
        const qint64 start = (it->first / bucketMs) * bucketMs;
        if (out.empty() || out.back().startMs != start)
            out.push_back(Bucket{start, 0, 0, 0});
        out.back().calls += it->second.calls;
        out.back().connected += it->second.connected;
        out.back().durationSum += it->second.durationSum;
    }
    return out;
}

std::vector<AnalysisFieldStats> CallStats::analysisFields() const
{
    std::vector<AnalysisFieldStats> out;
    out.reserve(size_t(m_analysis.size()));
    for (const AnalysisFieldStats &s : m_analysis) {
        AnalysisFieldStats copy = s;
        // A field's kind follows what most of its values are.
        const int most = qMax(qMax(s.booleans, s.numeric), qMax(s.dates, s.textual));
        if (most == s.booleans)
            copy.kind = AnalysisFieldStats::Kind::Boolean;
        else if (most == s.numeric)
            copy.kind = AnalysisFieldStats::Kind::Number;
        else if (most == s.dates)
            copy.kind = AnalysisFieldStats::Kind::Date;
        else
            copy.kind = AnalysisFieldStats::Kind::Text;
        if (copy.kind == AnalysisFieldStats::Kind::Text && !copy.values.isEmpty()
            && copy.values.size() <= kEnumMaxDistinct && copy.count >= 2 * copy.values.size()) {
            bool shortValues = true;
            for (auto it = copy.values.cbegin(); it != copy.values.cend(); ++it)
                shortValues = shortValues && it.key().size() <= kEnumMaxLength;
            if (shortValues)
                copy.kind = AnalysisFieldStats::Kind::EnumLike;
        }
        out.push_back(std::move(copy));
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    return out;
}

QHash<QString, int> CallStats::campaignCounts() const
{
    QHash<QString, int> counts;
    for (auto it = m_campaigns.cbegin(); it != m_campaigns.cend(); ++it)
        counts.insert(it.key(), it->calls);
    return counts;
}

} // namespace callboard

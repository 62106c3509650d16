// CallStatsOracle: CallStats computed the slow way. Random calls (any status, sentiment,
// duration, agent, time and analysis) and verifyAgainstRecomputation(), which checks every
// aggregate CallStats reports against a from-scratch pass over the store.
#pragma once

#include "core/model/CallStore.h"
#include "core/stats/CallStats.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <map>

namespace callboard::statstest {

inline const QDateTime kNow = utcDateTime(QDate(2026, 11, 28), QTime(15, 0));
constexpr qint64 kMinute = 60 * 1000;

inline AnalysisValue boolValue(bool b)
{
    return {AnalysisValue::Type::Bool, b, b ? QStringLiteral("true") : QStringLiteral("false")};
}
inline AnalysisValue numberValue(double d)
{
    return {AnalysisValue::Type::Number, d, QString::number(d, 'g', 15)};
}
inline AnalysisValue stringValue(const QString &s) { return {AnalysisValue::Type::String, s, s}; }
inline AnalysisValue dateTimeValue(qint64 ms)
{
    const QDateTime t = utcFromMs(ms);
    return {AnalysisValue::Type::DateTime, t, t.toString(Qt::ISODateWithMs)};
}

// A random version of call `id`: any status, sentiment, duration, agent, time and analysis.
inline CallLog randomCall(QRandomGenerator &rng, const QString &id)
{
    static const QStringList statuses = {
        QStringLiteral("created"), QStringLiteral("initiated"), QStringLiteral("sent"),
        QStringLiteral("received"), QStringLiteral("completed"), QStringLiteral("completed"),
        QStringLiteral("completed"), QStringLiteral("did_not_pick"), QStringLiteral("busy"),
        QStringLiteral("no_answer"), QStringLiteral("failed"), QStringLiteral("cancelled"),
        QStringLiteral("retry_expired"), QStringLiteral("voicemail"), QStringLiteral("teleported")};
    static const QStringList sentiments = {QString(), QStringLiteral("positive"),
                                           QStringLiteral("neutral"), QStringLiteral("negative"),
                                           QStringLiteral("unknown"), QStringLiteral("ecstatic")};
    static const QStringList reasons = {QString(), QStringLiteral("user_busy"),
                                        QStringLiteral("user_did_not_pick_up"),
                                        QStringLiteral("network_failure"),
                                        QStringLiteral("agent_disconnected"),
                                        QStringLiteral("beamed_up")};
    static const QStringList outcomes = {QStringLiteral("booked"), QStringLiteral("declined"),
                                         QStringLiteral("callback")};
    auto pick = [&rng](const QStringList &l) { return l.at(int(rng.bounded(quint32(l.size())))); };

    CallLog c;
    c.id = id;
    c.statusText = pick(statuses);
    c.status = statusFromString(c.statusText);
    c.sentimentText = pick(sentiments);
    c.sentiment = sentimentFromString(c.sentimentText);
    c.durationSeconds = rng.bounded(5) == 0 ? -1 : int(rng.bounded(900));
    c.agentId = QStringLiteral("agt_%1").arg(rng.bounded(4));
    c.campaignId = rng.bounded(3) == 0 ? QString() : QStringLiteral("cmp_%1").arg(rng.bounded(3));
    c.endReasonText = pick(reasons);
    c.endReason = endReasonFromString(c.endReasonText);
    c.createdAtMs = kNow.toMSecsSinceEpoch() - qint64(rng.bounded(8 * 60)) * kMinute
                    - qint64(rng.bounded(60000));
    // Analysis, in key order. Some keys mix types or carry nulls, as real agents do.
    if (rng.bounded(4) != 0)
        c.analysis.push_back({QStringLiteral("callback_at"), dateTimeValue(c.createdAtMs + kMinute)});
    if (rng.bounded(3) != 0)
        c.analysis.push_back({QStringLiteral("notes"), stringValue(QStringLiteral("note %1").arg(rng.bounded(1000)))});
    if (rng.bounded(3) != 0)
        c.analysis.push_back({QStringLiteral("outcome"), stringValue(pick(outcomes))});
    switch (rng.bounded(4)) {
    case 0: break;
    case 1: c.analysis.push_back({QStringLiteral("resolved"), AnalysisValue{}}); break;
    case 2: c.analysis.push_back({QStringLiteral("resolved"), stringValue(QStringLiteral("yes"))}); break;
    default: c.analysis.push_back({QStringLiteral("resolved"), boolValue(rng.bounded(2) == 0)}); break;
    }
    if (rng.bounded(2) != 0)
        c.analysis.push_back({QStringLiteral("score"), numberValue(rng.bounded(21) / 2.0)}); // 0, 0.5 … 10
    return c;
}

inline qint64 floorTo(qint64 ms, qint64 step) { return (ms >= 0 ? ms / step : (ms - step + 1) / step) * step; }

// Everything CallStats reports, computed the slow way from the store.
inline void verifyAgainstRecomputation(const CallStats &stats, const CallStore &store)
{
    const auto &calls = store.calls();
    QCOMPARE(stats.total(), int(calls.size()));

    std::array<int, CallStats::kGroups> groups{};
    std::array<int, CallStats::kSentiments> sentiments{};
    std::vector<int> durations;
    std::map<QString, int> reasons;
    std::map<QString, CallStats::AgentStats> agents;
    std::map<QString, int> campaigns;
    for (const CallLog &c : calls) {
        ++groups[size_t(c.group())];
        ++sentiments[size_t(c.shownSentiment())]; // unanswered calls count as Unknown
        const bool timed = c.group() == StatusGroup::Connected && c.durationSeconds >= 0;
        if (timed)
            durations.push_back(c.durationSeconds);
        if ((c.group() == StatusGroup::NotReached || c.group() == StatusGroup::Failed) && !c.endReasonText.isEmpty())
            ++reasons[c.endReasonText];
        auto &a = agents[c.agentId];
        ++a.calls;
        if (timed) {
            ++a.connected;
            a.durationSum += c.durationSeconds;
        }
        if (!c.campaignId.isEmpty())
            ++campaigns[c.campaignId];
    }
    for (int g = 0; g < CallStats::kGroups; ++g)
        QCOMPARE(stats.countIn(StatusGroup(g)), groups[size_t(g)]);
    for (int s = 0; s < CallStats::kSentiments; ++s)
        QCOMPARE(stats.countIn(Sentiment(s)), sentiments[size_t(s)]);
    QCOMPARE(stats.liveNow(), groups[size_t(StatusGroup::Live)]);

    const int connected = groups[size_t(StatusGroup::Connected)];
    const int finished = connected + groups[size_t(StatusGroup::NotReached)] + groups[size_t(StatusGroup::Failed)];
    QCOMPARE(stats.connectRate(), finished ? double(connected) / finished : -1.0);
    const int neg = sentiments[size_t(Sentiment::Negative)];
    const int rated = neg + sentiments[size_t(Sentiment::Positive)] + sentiments[size_t(Sentiment::Neutral)];
    QCOMPARE(stats.negativeShare(), rated ? double(neg) / rated : -1.0);

    // Durations: mean, nearest-rank percentiles, histogram with inclusive upper bounds.
    std::sort(durations.begin(), durations.end());
    QCOMPARE(stats.durationCount(), int(durations.size()));
    qint64 sum = 0;
    for (int d : durations)
        sum += d;
    QCOMPARE(stats.averageDuration(), durations.empty() ? 0.0 : double(sum) / double(durations.size()));
    for (int percent : {50, 90, 100}) {
        const int n = int(durations.size());
        const int expected = n == 0 ? -1 : durations[size_t((percent * n + 99) / 100 - 1)];
        QCOMPARE(stats.percentileDuration(percent / 100.0), expected);
    }
    const std::vector<int> bounds = {30, 60, 120, 300, 600};
    std::vector<int> bins(bounds.size() + 1, 0);
    for (int d : durations) {
        size_t i = 0;
        while (i < bounds.size() && d > bounds[i])
            ++i;
        ++bins[i];
    }
    QCOMPARE(stats.durationHistogram(bounds), bins);

    // Failing end reasons, most frequent first, ties by name.
    QList<QPair<QString, int>> expectedReasons;
    for (const auto &[reason, n] : reasons)
        expectedReasons.append({reason, n});
    std::stable_sort(expectedReasons.begin(), expectedReasons.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QCOMPARE(stats.topFailingEndReasons(100), expectedReasons);
    QCOMPARE(stats.topFailingEndReasons(2), expectedReasons.mid(0, 2));

    QCOMPARE(stats.agents().size(), qsizetype(agents.size()));
    for (const auto &[id, a] : agents) {
        QVERIFY2(stats.agents().contains(id), qPrintable(id));
        const CallStats::AgentStats &mine = stats.agents().value(id);
        QCOMPARE(mine.calls, a.calls);
        QCOMPARE(mine.connected, a.connected);
        QCOMPARE(mine.durationSum, a.durationSum);
    }
    QCOMPARE(stats.campaignCounts().size(), qsizetype(campaigns.size()));
    for (const auto &[id, n] : campaigns)
        QCOMPARE(stats.campaignCounts().value(id), n);

    // Time buckets of 5, 15 and 60 minutes from an aligned start; calls since a moment.
    for (qint64 width : {5 * kMinute, 15 * kMinute, 60 * kMinute}) {
        const qint64 since = floorTo(kNow.toMSecsSinceEpoch() - 4 * 60 * kMinute, width);
        std::map<qint64, CallStats::Bucket> expected;
        for (const CallLog &c : calls) {
            if (c.createdAtMs < since)
                continue;
            const qint64 start = floorTo(c.createdAtMs, width);
            auto &b = expected[start];
            b.startMs = start;
            ++b.calls;
            if (c.group() == StatusGroup::Connected && c.durationSeconds >= 0) {
                ++b.connected;
                b.durationSum += c.durationSeconds;
            }
        }
        const std::vector<CallStats::Bucket> got = stats.timeBuckets(width, since);
        QCOMPARE(got.size(), expected.size());
        size_t i = 0;
        for (const auto &[start, b] : expected) {
            QCOMPARE(got[i].startMs, start);
            QCOMPARE(got[i].calls, b.calls);
            QCOMPARE(got[i].connected, b.connected);
            QCOMPARE(got[i].durationSum, b.durationSum);
            ++i;
        }
    }
    const qint64 since = kNow.toMSecsSinceEpoch() - 90 * kMinute; // on a 5-minute boundary
    QCOMPARE(stats.callsSince(since),
             int(std::count_if(calls.begin(), calls.end(), [&](const CallLog &c) { return c.createdAtMs >= since; })));

    // Analysis fields: per key, the values of each JSON type; the kind follows the majority.
    std::map<QString, AnalysisFieldStats> fields;
    for (const CallLog &c : calls) {
        for (const AnalysisField &f : c.analysis) {
            if (f.value.type == AnalysisValue::Type::Null)
                continue;
            AnalysisFieldStats &s = fields[f.key];
            s.key = f.key;
            ++s.count;
            switch (f.value.type) {
            case AnalysisValue::Type::Bool:
                ++s.booleans;
                s.trueCount += f.value.value.toBool() ? 1 : 0;
                break;
            case AnalysisValue::Type::Number:
                ++s.numeric;
                s.sum += f.value.value.toDouble();
                ++s.numbers[f.value.value.toDouble()];
                break;
            case AnalysisValue::Type::Date:
            case AnalysisValue::Type::DateTime:
                ++s.dates;
                break;
            default:
                ++s.textual;
                ++s.values[f.value.text];
                break;
            }
        }
    }
    const std::vector<AnalysisFieldStats> got = stats.analysisFields();
    QCOMPARE(got.size(), fields.size());
    size_t i = 0;
    for (const auto &[key, s] : fields) {
        const AnalysisFieldStats &g = got[i++];
        QCOMPARE(g.key, key);
        QCOMPARE(g.count, s.count);
        QCOMPARE(g.booleans, s.booleans);
        QCOMPARE(g.numeric, s.numeric);
        QCOMPARE(g.dates, s.dates);
        QCOMPARE(g.textual, s.textual);
        QCOMPARE(g.trueCount, s.trueCount);
        QCOMPARE(g.values, s.values);
        QCOMPARE(g.numbers, s.numbers);
        QVERIFY(qAbs(g.mean() - s.mean()) < 1e-9);
        QCOMPARE(g.trueShare(), s.trueShare());
        const int most = std::max({s.booleans, s.numeric, s.dates, s.textual});
        AnalysisFieldStats::Kind kind = most == s.booleans   ? AnalysisFieldStats::Kind::Boolean
                                        : most == s.numeric ? AnalysisFieldStats::Kind::Number
                                        : most == s.dates   ? AnalysisFieldStats::Kind::Date
                                                            : AnalysisFieldStats::Kind::Text;
        if (kind == AnalysisFieldStats::Kind::Text && s.values.size() <= 8 && s.count >= 2 * s.values.size())
            kind = AnalysisFieldStats::Kind::EnumLike;
        QCOMPARE(g.kind, kind);
    }
}

} // namespace callboard::statstest

#include "Simulator.h"

#include "SimCallScript.h"
#include "SimDirectory.h"
#include "SimRandom.h"
#include "SimWorkspace.h"
#include "core/time/Clock.h"

#include <QHash>

#include <deque>

#include <limits>
#include <vector>

namespace callboard::sim {

namespace {
constexpr quint64 ArrivalStream = 0xA441;
constexpr qint64 Never = std::numeric_limits<qint64>::max();
} // namespace

struct Simulator::Private
{
    explicit Private(quint64 seed) : arrivals(SimRandom::mix(seed, ArrivalStream)) {}

    std::deque<SimCall> calls;      // in arrival order, so oldest first
    QHash<QString, qsizetype> byId; // log id and call id -> index into calls, plus forgotten
    qsizetype forgotten = 0;        // calls dropped from the front (SimConfig::historyHours)
    SimRandom arrivals;             // inter-arrival gaps only; each call has its own stream
    qint64 nextArrivalMs = Never;
    quint64 nextIndex = 0;
    qint64 startMs = 0; // the backlog's first moment
};

Simulator::Simulator(Clock *clock, const SimConfig &config, QObject *parent)
    : QObject(parent), m_clock(clock), m_config(config), d(std::make_unique<Private>(config.seed))
{
    const qint64 now = m_clock->nowMs();
    const qint64 start = now - qint64(qMax(0, m_config.backlogMinutes)) * 60 * 1000;
    d->startMs = start;
    // History arrives at the backlog rate, so even an idle workspace (rate 0) has calls.
    const double liveRate = m_config.callsPerMinute;
    const double backlogRate = m_config.backlogCallsPerMinute >= 0
                                   ? m_config.backlogCallsPerMinute
                                   : (liveRate > 0 ? liveRate : 6.0);
    m_config.callsPerMinute = backlogRate;
    d->nextArrivalMs = drawNextArrival(start);
    generateUntil(now);
    m_config.callsPerMinute = liveRate;
    if (backlogRate != liveRate)
        d->nextArrivalMs = drawNextArrival(now);
}

Simulator::~Simulator() = default;

qint64 Simulator::drawNextArrival(qint64 afterMs)
{
    if (m_config.callsPerMinute <= 0)
        return Never;
    // Poisson arrivals: exponential gaps with mean 60 s / rate, at least 1 ms apart so
    // created_at orders calls strictly.
    const double meanMs = 60000.0 / m_config.callsPerMinute;
    return afterMs + qMax<qint64>(1, qint64(d->arrivals.exponential(meanMs)));
}

void Simulator::generateUntil(qint64 nowMs)
{
    while (d->nextArrivalMs <= nowMs) {
        SimCall call = SimCall::create(m_config.seed, d->nextIndex++, d->nextArrivalMs,
                                       m_config.analysisDelaySec);
        const qsizetype index = d->forgotten + qsizetype(d->calls.size());
        d->byId.insert(call.logId, index);
        d->byId.insert(call.callId, index);
        d->calls.push_back(std::move(call));
        d->nextArrivalMs = drawNextArrival(d->nextArrivalMs);
    }
    if (m_config.historyHours <= 0)
        return;
    const qint64 horizon = nowMs - qint64(m_config.historyHours) * 3600 * 1000;
    while (!d->calls.empty() && d->calls.front().createdMs < horizon) {
        d->byId.remove(d->calls.front().logId);
        d->byId.remove(d->calls.front().callId);
        d->calls.pop_front();
        ++d->forgotten;
    }
}

void Simulator::setCallsPerMinute(double rate)
{
    // Everything up to now arrived at the old rate; the memoryless gap restarts from now.
    const qint64 now = m_clock->nowMs();
    generateUntil(now);
    m_config.callsPerMinute = qMax(0.0, rate);
    d->nextArrivalMs = drawNextArrival(now);
}

QList<QJsonObject> Simulator::currentCalls()
{
    const qint64 now = m_clock->nowMs();
    generateUntil(now);
    const bool unknown = m_config.faults.unknownStatuses;
    QList<QJsonObject> out;
    out.reserve(qsizetype(d->calls.size()));
    for (auto it = d->calls.crbegin(); it != d->calls.crend(); ++it)
        if (it->createdMs <= now) // a clock set backwards hides calls not yet made
            out.append(it->jsonAt(now, unknown));
    if (!m_recordingBase.isEmpty())
        for (QJsonObject &call : out)
            pointRecordingHere(&call);
    return out;
}

QJsonArray Simulator::truth()
{
    QJsonArray out;
    for (const QJsonObject &call : currentCalls())
        out.append(call);
    return out;
}

QJsonObject Simulator::call(const QString &id, bool withDetails)
{
    const qint64 now = m_clock->nowMs();
    generateUntil(now);
    const auto it = d->byId.constFind(id);
    if (it == d->byId.cend())
        return {};
    const SimCall &c = d->calls[size_t(*it - d->forgotten)];
    if (c.createdMs > now)
        return {};
    QJsonObject json = c.jsonAt(now, m_config.faults.unknownStatuses);
    if (withDetails)
        c.addDetails(&json, now);
    pointRecordingHere(&json);
    return json;
}

void Simulator::pointRecordingHere(QJsonObject *call) const
{
    auto url = call->find(QStringLiteral("recording_url"));
    if (m_recordingBase.isEmpty() || url == call->end() || !(*url).isString())
        return;
    const QString callId = call->value(QStringLiteral("call_id")).toString();
    *url = m_recordingBase.resolved(QUrl(callId + QStringLiteral(".wav"))).toString();
}

QByteArray Simulator::recordingWav(const QString &id)
{
    const qint64 now = m_clock->nowMs();
    generateUntil(now);
    const auto it = d->byId.constFind(id);
    if (it == d->byId.cend())
        return {};
    const SimCall &c = d->calls[size_t(*it - d->forgotten)];
    if (c.createdMs > now || !c.isAnswered() || now < c.endMs())
        return {};
    return simRecordingWav(c.recordingScript());
}

QStringList Simulator::agentIds() const
{
    QStringList ids;
    for (const SimAgent &a : simAgents())
        ids << a.id;
    return ids;
}

QStringList Simulator::campaignIds() const
{
    return simCampaignIds();
}

QString Simulator::agentName(const QString &agentId) const
{
    for (const SimAgent &a : simAgents())
        if (a.id == agentId)
            return a.name;
    return {};
}

qint64 Simulator::startMs() const
{
    return d->startMs;
}

QList<QJsonObject> Simulator::agentsJson() const
{
    QList<QJsonObject> out;
    for (const SimAgentRecord &a : simAgentRecords())
        out.append(simAgentJson(a));
    return out;
}

SimBatchProgress Simulator::progressOf(int campaign, qint64 nowMs) const
{
    // Every call of the campaign is one lead sent; answered calls that ended are picked up.
    SimBatchProgress p;
    if (campaign < 0)
        return p;
    for (const SimCall &c : d->calls) {
        if (c.campaign != campaign || c.createdMs > nowMs)
            continue;
        ++p.sent;
        p.lastSentMs = qMax(p.lastSentMs, c.createdMs);
        if (c.isAnswered() && c.endMs() <= nowMs)
            ++p.pickedUp;
    }
    return p;
}

QList<QJsonObject> Simulator::batchesJson()
{
    const qint64 now = m_clock->nowMs();
    generateUntil(now);
    QList<QJsonObject> out;
    for (const SimBatch &b : simBatches())
        out.append(simBatchJson(b, progressOf(b.campaign, now), d->startMs));
    return out;
}

} // namespace callboard::sim

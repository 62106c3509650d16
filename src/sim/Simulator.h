// Simulator: the simulated DialNexa workspace, a pure function of its seed and the clock.
// Calls arrive (Poisson, deterministic for a seed), move through statuses, end, and get
// their analysis later; all of it is computed lazily from the clock's now(), so a test
// that advances a ManualClock sees exactly what a real workspace would show at that time.
#pragma once

#include "SimConfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace callboard {
class Clock;
}

namespace callboard::sim {

struct SimCall; // one call's scripted life (Simulator.cpp)
struct SimBatchProgress;

class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)
public:
    Simulator(Clock *clock, const SimConfig &config, QObject *parent = nullptr);
    ~Simulator() override;

    Clock *clock() const { return m_clock; }
    const SimConfig &config() const { return m_config; }
    void setFaults(const FaultConfig &faults) { m_config.faults = faults; }
    void setCallsPerMinute(double rate); // takes effect for arrivals after now()

    // All calls that exist at now(), newest first, as canonical CallLog JSON (documented
    // spelling: duration_seconds, created_at), without transcript/timeline.
    QJsonArray truth();
    // One call as the API serves it (canonical spelling), or an empty object when unknown.
    // Accepts the log id ("log_…") or the call id ("call_…").
    QJsonObject call(const QString &id, bool withDetails);

    // Recordings served by the simulator itself: every recording_url becomes
    // base + "<call id>.wav" (SimServer sets it when SimConfig::localRecordings is on).
    // Empty: the https links of a host that does not exist, as before.
    void setRecordingBase(const QUrl &base) { m_recordingBase = base; }
    QUrl recordingBase() const { return m_recordingBase; }
    // The WAV of an answered call that has ended, by its call id or log id; empty otherwise.
    QByteArray recordingWav(const QString &id);

    QStringList agentIds() const;
    QStringList campaignIds() const;
    // The human name the workspace gives an agent (its title on /v1/agents); empty if unknown.
    QString agentName(const QString &agentId) const;

    // When the simulated history begins (the backlog's first moment).
    qint64 startMs() const;
    // /v1/agents' and /v1/batch-calls' records at now(): batch counts follow the calls made.
    QList<QJsonObject> agentsJson() const;
    QList<QJsonObject> batchesJson();

private:
    void generateUntil(qint64 nowMs);
    // The calls existing at now(), newest first: what truth() and the server's list read.
    QList<QJsonObject> currentCalls();
    qint64 drawNextArrival(qint64 afterMs);
    friend class SimServer;
    friend class SimCallLogsApi;
    SimBatchProgress progressOf(int campaign, qint64 nowMs) const;

    void pointRecordingHere(QJsonObject *call) const;

    Clock *m_clock;
    SimConfig m_config;
    QUrl m_recordingBase;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace callboard::sim

// SimServer: serves a Simulator over real HTTP on 127.0.0.1 with QHttpServer, speaking
// the call-logs API as CALL-LOGS-API.md describes it: /v1/call-logs (all query parameters),
// /v1/call-logs/{id}, /v1/call-logs/{id}/details, /v1/call-logs/campaign/{id}; Bearer key
// checking; {data, meta} pagination; ETag / If-None-Match -> 304; X-RateLimit-* headers and
// a real per-key limit answering 429 + Retry-After; the error envelope; fault injection.
// Besides the API, /recordings/<call id>.wav serves each answered call's recording as real
// audio (SimRecording.h), without a key, for SimConfig::localRecordings.
#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

namespace callboard {
class Clock;
} // namespace callboard

namespace callboard::sim {

class Simulator;

struct SimStats
{
    int requests = 0;      // every request that reached a handler
    int ok200 = 0;
    int notModified304 = 0;
    int errors4xx = 0;
    int errors5xx = 0;
    int rateLimited429 = 0;
    int connectionsReset = 0;
    qint64 bytesSent = 0;  // response bodies + headers, approximately
};

class SimServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)
public:
    explicit SimServer(Simulator *sim, QObject *parent = nullptr);
    ~SimServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one. Returns false on failure.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1

    const SimStats &stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }
    // While false, every request is answered 503 (a full outage, for staleness tests).
    void setAvailable(bool available) { m_available = available; }

    // The latency fault holds each answer for latencyMs on a real timer (the demo's delay).
    // Given a clock, it holds them on that clock's timers instead: a test moving a
    // ManualClock releases them exactly latencyMs of its time later, and waits no wall time.
    // nullptr goes back to real timers; answers already held keep the timer they had.
    void setLatencyClock(Clock *clock);
    // Answers decided and held back by the latency fault, not sent yet.
    int heldAnswers() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    SimStats m_stats;
    bool m_available = true;
    Simulator *m_sim;
};

} // namespace callboard::sim

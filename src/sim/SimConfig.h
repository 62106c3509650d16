// What the simulated DialNexa workspace looks like and which faults it injects.
#pragma once

#include <QString>
#include <QStringList>

namespace callboard::sim {

struct FaultConfig
{
    int latencyMs = 0;              // every response is delayed this long (real time)
    double serverErrorRatio = 0.0;  // share of requests answered 500/502/503 with the envelope
    bool rateLimitBurst = false;    // every request answered 429 + Retry-After while set
    int burstRetryAfterSec = 5;     // the Retry-After sent during a burst
    double resetRatio = 0.0;        // share of new TCP connections aborted at once
    int ageSec = 0;                 // "Age: N" on every answer, as a cache in front of the API adds
    double truncatedRatio = 0.0;    // share of 200 bodies cut in half (valid length, broken JSON)
    double malformedRatio = 0.0;    // share of 200 bodies replaced by an HTML error page
    // Schema variants the real service has shipped (CALL-LOGS-API.md):
    bool durationSec = false;       // "duration_sec" instead of "duration_seconds"
    bool createdAtCamel = false;    // "createdAt" instead of "created_at"
    bool bareArray = false;         // list bodies as a bare array, no meta
    bool unknownStatuses = false;   // some calls get statuses outside the documented list
    // A key scoped to call data: /v1/agents and /v1/batch-calls answer 403, call logs work.
    bool directoryForbidden = false;

    // "latency=200,5xx=0.3,429,reset=0.1,age=30,truncated=0.1,malformed=0.1,duration_sec,createdAt,
    //  bare,unknown_status,directory403". Returns false and sets *error on an unknown item.
    static bool parse(const QString &list, FaultConfig *out, QString *error);
};

struct SimConfig
{
    quint64 seed = 1;
    double callsPerMinute = 6.0;  // mean arrival rate (Poisson); 0 = no new calls
    int backlogMinutes = 180;     // calls that already happened before start
    double backlogCallsPerMinute = -1; // rate of that history; -1 = callsPerMinute, or 6 if that is 0
    QString apiKey = QStringLiteral("sim_demo_key_0123456789");
    int rateLimit = 150;          // requests per key per window (X-RateLimit-Limit)
    int rateWindowSec = 60;
    int analysisDelaySec = 30;    // analysis lands this long after a call ends
    // Calls created more than this many hours ago are forgotten (0: kept for ever, as
    // DialNexa does). Benches that run for virtual weeks set it so that the simulator's own
    // memory and work per request stay flat.
    int historyHours = 0;
    // recording_url points at the simulator's own /recordings/<call id>.wav (the demo, the
    // player's tests) instead of https://recordings.example.invalid, which cannot be fetched.
    bool localRecordings = false;
    FaultConfig faults;
};

} // namespace callboard::sim

// Exponential backoff with jitter for retrying transient failures: each failure doubles the
// ceiling (from baseMs up to capMs) and the delay is drawn from its upper half, so many
// dashboards on one key do not retry in step. Seeded, so tests see the same delays.
#pragma once

#include <QRandomGenerator>

namespace callboard {

class Backoff final
{
public:
    explicit Backoff(qint64 baseMs = 1000, qint64 capMs = 60000, quint32 seed = 0);

    qint64 nextDelayMs(); // counts one more failure and returns how long to wait
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    qint64 capMs() const { return m_capMs; }

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    int m_failures = 0;
    QRandomGenerator m_random;
};

} // namespace callboard

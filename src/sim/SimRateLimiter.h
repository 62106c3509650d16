// SimRateLimiter: DialNexa's per-key request budget — fixed windows of windowSec seconds on
// the simulator's clock (virtual time in tests), aligned to the Unix epoch.
#pragma once

#include <QHash>
#include <QString>

namespace callboard::sim {

class SimRateLimiter final
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetUnixSec = 0; // end of the current window (X-RateLimit-Reset)
        int retryAfterSec = 0;   // whole seconds until the window ends, at least 1
    };

    // Counts one request for key at nowMs and says whether it fits the budget.
    Decision hit(const QString &key, qint64 nowMs, int limit, int windowSec);

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    QHash<QString, Window> m_windows;
};

} // namespace callboard::sim

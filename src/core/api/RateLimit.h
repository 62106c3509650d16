// The X-RateLimit-* headers of the last response: the key's budget, shared by every
// dashboard on that key. -1 where the server did not say.
#pragma once

#include <QtGlobal>

class QNetworkReply;

namespace callboard {

struct RateLimit
{
    int limit = -1;
    int remaining = -1;
    qint64 resetEpochSec = -1; // Unix time the window ends

    bool isKnown() const { return limit >= 0 || remaining >= 0; }
    static RateLimit fromReply(const QNetworkReply *reply);
};

// Retry-After as seconds (delta-seconds or an HTTP-date against nowMs); -1 when absent/unreadable.
int parseRetryAfter(const QByteArray &value, qint64 nowMs);

} // namespace callboard

#include "RateLimit.h"

#include "core/time/Utc.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>

namespace callboard {

namespace {
qint64 headerNumber(const QNetworkReply *reply, const char *name)
{
    const QByteArray v = reply->rawHeader(name).trimmed();
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}
} // namespace

RateLimit RateLimit::fromReply(const QNetworkReply *reply)
{
    RateLimit r;
    r.limit = int(headerNumber(reply, "X-RateLimit-Limit"));
    r.remaining = int(headerNumber(reply, "X-RateLimit-Remaining"));
    r.resetEpochSec = headerNumber(reply, "X-RateLimit-Reset");
    return r;
}

int parseRetryAfter(const QByteArray &raw, qint64 nowMs)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 24 * 3600));
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    setUtc(&utc);
    return int(qBound(qint64(0), (utc.toMSecsSinceEpoch() - nowMs + 999) / 1000, qint64(24 * 3600)));
}

} // namespace callboard

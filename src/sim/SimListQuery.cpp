#include "SimListQuery.h"

#include "SimWorkspace.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <vector>

namespace callboard::sim {

namespace {

QString value(const QUrlQuery &q, const char *key)
{
    return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded).trimmed();
}

bool has(const QUrlQuery &q, const char *key)
{
    return q.hasQueryItem(QLatin1String(key));
}

QSet<QString> commaSet(const QUrlQuery &q, const char *key)
{
    QSet<QString> out;
    for (const QString &part : value(q, key).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.insert(part.trimmed());
    return out;
}

// Integer query value in [min, max]; NestJS-style messages on failure.
void readInt(const QUrlQuery &q, const char *key, int min, int max, int *out, QStringList *errors)
{
    if (!has(q, key))
        return;
    bool ok = false;
    const QString text = value(q, key);
    const qlonglong v = text.toLongLong(&ok);
    const QString name = QLatin1String(key);
    if (!ok) {
        *errors << QStringLiteral("%1 must be an integer number").arg(name);
        return;
    }
    if (v < min) {
        *errors << QStringLiteral("%1 must not be less than %2").arg(name).arg(min);
        return;
    }
    if (v > max) {
        *errors << QStringLiteral("%1 must not be greater than %2").arg(name).arg(max);
        return;
    }
    *out = int(v);
}

void readDuration(const QUrlQuery &q, const char *key, std::optional<double> *out,
                  QStringList *errors)
{
    if (!has(q, key))
        return;
    bool ok = false;
    const double v = value(q, key).toDouble(&ok);
    const QString name = QLatin1String(key);
    if (!ok)
        *errors << QStringLiteral("%1 must be a number conforming to the specified constraints")
                       .arg(name);
    else if (v < 0)
        *errors << QStringLiteral("%1 must not be less than 0").arg(name);
    else
        *out = v;
}

// "asc"/"desc" → +1/-1; 0 when absent.
int readOrder(const QUrlQuery &q, const char *key, QStringList *errors)
{
    if (!has(q, key))
        return 0;
    const QString v = value(q, key).toLower();
    if (v == QLatin1String("asc"))
        return 1;
    if (v == QLatin1String("desc"))
        return -1;
    *errors << QStringLiteral("%1 must be one of the following values: asc, desc")
                   .arg(QLatin1String(key));
    return 0;
}

// YYYY-MM-DD (the whole UTC day) or an ISO 8601 date-time (that instant).
void readDate(const QUrlQuery &q, const char *key, bool endOfDay, std::optional<qint64> *out,
              QStringList *errors)
{
    if (!has(q, key))
        return;
    const QString text = value(q, key);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        const QDate day = endOfDay ? date.addDays(1) : date;
        const qint64 ms = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        *out = endOfDay ? ms - 1 : ms;
        return;
    }
    const qsizetype t = text.indexOf(QLatin1Char('T'));
    if (t > 0) {
        // A date-time without a zone means UTC here, never the host's local time.
        const QString timePart = text.mid(t);
        const bool zoned = timePart.endsWith(QLatin1Char('Z')) ||
                           timePart.contains(QLatin1Char('+')) ||
                           timePart.contains(QLatin1Char('-'));
        const QString withZone = zoned ? text : text + QLatin1Char('Z');
        QDateTime dt = QDateTime::fromString(withZone, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(withZone, Qt::ISODate);
        if (dt.isValid()) {
            *out = dt.toMSecsSinceEpoch();
            return;
        }
    }
    *errors << QStringLiteral("%1 must be a valid ISO 8601 date string").arg(QLatin1String(key));
}

} // namespace

SimListQuery SimListQuery::parse(const QUrlQuery &q, QStringList *errors)
{
    SimListQuery s;
    readInt(q, "page", 1, std::numeric_limits<int>::max(), &s.page, errors);
    readInt(q, "limit", 1, MaxLimit, &s.limit, errors);
    s.agentIds = commaSet(q, "agent_id");
    s.statuses = commaSet(q, "status");
    s.sentiments = commaSet(q, "sentiment");
    static const QSet<QString> knownSentiments = {
        QStringLiteral("positive"), QStringLiteral("neutral"), QStringLiteral("negative"),
        QStringLiteral("unknown")};
    for (const QString &sentiment : std::as_const(s.sentiments))
        if (!knownSentiments.contains(sentiment)) {
            *errors << QStringLiteral("each value in sentiment must be one of the following "
                                      "values: positive, neutral, negative, unknown");
            break;
        }
    s.endReasons = commaSet(q, "end_reason");
    s.campaignId = value(q, "campaign_id");
    if (has(q, "batch_call_id") && !value(q, "batch_call_id").isEmpty())
        s.batchCallId = value(q, "batch_call_id");
    readDate(q, "start_date", false, &s.startMs, errors);
    readDate(q, "end_date", true, &s.endMs, errors);
    if (s.startMs)
        s.startIso = simIsoDateTime(*s.startMs);
    if (s.endMs)
        s.endIso = simIsoDateTime(*s.endMs);
    readDuration(q, "duration_min", &s.durationMin, errors);
    readDuration(q, "duration_max", &s.durationMax, errors);
    s.createdAscending = readOrder(q, "created_at", errors) > 0;
    s.durationOrder = readOrder(q, "duration", errors);
    return s;
}

bool SimListQuery::matches(const QJsonObject &call) const
{
    auto inSet = [&call](const QSet<QString> &set, const QString &field) {
        return set.isEmpty() || set.contains(call.value(field).toString());
    };
    if (!inSet(agentIds, QStringLiteral("agent_id")) ||
        !inSet(statuses, QStringLiteral("status")) ||
        !inSet(sentiments, QStringLiteral("sentiment")) ||
        !inSet(endReasons, QStringLiteral("end_reason")))
        return false;
    if (!campaignId.isEmpty() && call.value(QStringLiteral("campaign_id")).toString() != campaignId)
        return false;
    if (batchCallId && call.value(QStringLiteral("batch_call_id")).toString() != *batchCallId)
        return false;
    if (startMs || endMs) {
        // created_at is fixed-width ISO 8601 UTC, so text order is time order.
        const QString created = call.value(QStringLiteral("created_at")).toString();
        if (startMs && created < startIso)
            return false;
        if (endMs && created > endIso)
            return false;
    }
    if (durationMin || durationMax) {
        const QJsonValue d = call.value(QStringLiteral("duration_seconds"));
        if (!d.isDouble())
            return false; // live calls have no duration yet
        if ((durationMin && d.toDouble() < *durationMin) ||
            (durationMax && d.toDouble() > *durationMax))
            return false;
    }
    return true;
}

void SimListQuery::sort(QList<QJsonObject> *calls) const
{
    // Calls arrive newest first; created_at never ties (arrivals are >= 1 ms apart).
    if (createdAscending)
        std::reverse(calls->begin(), calls->end());
    if (durationOrder == 0)
        return;
    // Read each duration once; comparing QJsonObjects directly costs two lookups a comparison.
    struct Keyed
    {
        double duration; // -1: none, sorts last either way
        qsizetype index;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(size_t(calls->size()));
    for (qsizetype i = 0; i < calls->size(); ++i) {
        const QJsonValue d = calls->at(i).value(QStringLiteral("duration_seconds"));
        keyed.push_back({d.isDouble() ? d.toDouble() : -1.0, i});
    }
    const bool ascending = durationOrder > 0;
    std::stable_sort(keyed.begin(), keyed.end(), [ascending](const Keyed &a, const Keyed &b) {
        if (a.duration < 0 || b.duration < 0)
            return a.duration >= 0 && b.duration < 0;
        return ascending ? a.duration < b.duration : a.duration > b.duration;
    });
    QList<QJsonObject> sorted;
    sorted.reserve(calls->size());
    for (const Keyed &k : keyed)
        sorted.append(calls->at(k.index));
    *calls = std::move(sorted);
}

} // namespace callboard::sim

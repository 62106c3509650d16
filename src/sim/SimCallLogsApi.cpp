#include "SimCallLogsApi.h"

#include "SimListQuery.h"
#include "Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace callboard::sim {

namespace {

SimResponse jsonResponse(const QJsonDocument &doc)
{
    SimResponse r;
    r.body = doc.toJson(QJsonDocument::Compact);
    return r;
}

void rename(QJsonObject *o, const QString &from, const QString &to)
{
    const auto it = o->constFind(from);
    if (it == o->constEnd())
        return;
    const QJsonValue v = it.value();
    o->remove(from);
    o->insert(to, v);
}

} // namespace

QByteArray SimCallLogsApi::reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

SimResponse SimCallLogsApi::error(int status, const QJsonValue &message)
{
    // Written by hand to keep the service's key order (QJsonObject sorts keys), which is
    // what people compare against when they read a captured body.
    auto encoded = [](const QJsonValue &v) {
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return wrapped.mid(1, wrapped.size() - 2); // drop the array's [ ]
    };
    SimResponse r;
    r.status = status;
    r.body = "{\"statusCode\":" + QByteArray::number(status) + ",\"message\":" + encoded(message) +
             ",\"error\":" + encoded(QString::fromLatin1(reasonPhrase(status))) + '}';
    return r;
}

SimResponse SimCallLogsApi::get(const QString &path, const QUrlQuery &query)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool callLogs = parts.size() >= 2 && parts[0] == QLatin1String("v1") &&
                          parts[1] == QLatin1String("call-logs");
    if (callLogs && parts.size() == 2)
        return list(query, QString());
    if (callLogs && parts.size() == 4 && parts[2] == QLatin1String("campaign"))
        return list(query, parts[3]);
    if (callLogs && parts.size() == 3)
        return one(parts[2], false);
    if (callLogs && parts.size() == 4 && parts[3] == QLatin1String("details"))
        return one(parts[2], true);
    return error(404, QStringLiteral("Cannot GET %1").arg(path));
}

SimResponse SimCallLogsApi::list(const QUrlQuery &query, const QString &campaignId)
{
    QStringList problems;
    SimListQuery q = SimListQuery::parse(query, &problems);
    if (!problems.isEmpty())
        return error(400, QJsonArray::fromStringList(problems));
    // The campaign route and a campaign_id parameter naming another campaign: nothing fits.
    const bool conflicting =
        !campaignId.isEmpty() && !q.campaignId.isEmpty() && q.campaignId != campaignId;
    if (!campaignId.isEmpty())
        q.campaignId = campaignId;

    QList<QJsonObject> calls;
    if (!conflicting)
        for (const QJsonObject &call : m_sim->currentCalls())
            if (q.matches(call))
                calls.append(call);
    q.sort(&calls);

    const FaultConfig &faults = m_sim->config().faults;
    const qsizetype total = calls.size();
    const qsizetype first = qsizetype(q.page - 1) * q.limit;
    QJsonArray data;
    for (qsizetype i = first; i >= 0 && i < total && i < first + q.limit; ++i)
        data.append(served(calls[i], faults));
    if (faults.bareArray)
        return jsonResponse(QJsonDocument(data));
    // totalPages is 0 for an empty result (ceil(0 / limit)).
    const qsizetype totalPages = (total + q.limit - 1) / q.limit;
    return jsonResponse(QJsonDocument(QJsonObject{
        {QStringLiteral("data"), data},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("page"), q.page},
                                             {QStringLiteral("limit"), q.limit},
                                             {QStringLiteral("total"), qint64(total)},
                                             {QStringLiteral("totalPages"), qint64(totalPages)}}},
    }));
}

SimResponse SimCallLogsApi::one(const QString &id, bool withDetails)
{
    if (!id.startsWith(QLatin1String("log_")) && !id.startsWith(QLatin1String("call_")))
        return error(
            400,
            QStringLiteral("Invalid call log id '%1': expected an id starting with log_ or call_")
                .arg(id));
    const QJsonObject call = m_sim->call(id, withDetails);
    if (call.isEmpty())
        return error(404, QStringLiteral("Call not found"));
    return jsonResponse(QJsonDocument(served(call, m_sim->config().faults)));
}

QJsonObject SimCallLogsApi::served(QJsonObject call, const FaultConfig &faults) const
{
    if (faults.durationSec)
        rename(&call, QStringLiteral("duration_seconds"), QStringLiteral("duration_sec"));
    if (faults.createdAtCamel)
        rename(&call, QStringLiteral("created_at"), QStringLiteral("createdAt"));
    return call;
}

} // namespace callboard::sim

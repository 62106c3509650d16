#include "SimDirectoryApi.h"

#include "SimCallLogsApi.h"
#include "Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace callboard::sim {

namespace {

constexpr int DefaultLimit = 20;
constexpr int MaxLimit = 100;

QString normalized(const QString &path)
{
    QString p = path;
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p;
}

SimResponse jsonResponse(const QJsonObject &o)
{
    SimResponse r;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

// A positive integer query value no greater than max; NestJS-style messages otherwise.
int readPositive(const QUrlQuery &q, const QString &key, int fallback, int max,
                 QStringList *errors)
{
    if (!q.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qlonglong v = q.queryItemValue(key, QUrl::FullyDecoded).trimmed().toLongLong(&ok);
    if (!ok)
        *errors << QStringLiteral("%1 must be an integer number").arg(key);
    else if (v < 1)
        *errors << QStringLiteral("%1 must not be less than 1").arg(key);
    else if (v > max)
        *errors << QStringLiteral("%1 must not be greater than %2").arg(key).arg(max);
    else
        return int(v);
    return fallback;
}

} // namespace

bool SimDirectoryApi::serves(const QString &path)
{
    const QString p = normalized(path);
    return p == QLatin1String("/v1/agents") || p == QLatin1String("/v1/batch-calls");
}

SimResponse SimDirectoryApi::get(const QString &path, const QUrlQuery &query)
{
    if (normalized(path) == QLatin1String("/v1/agents"))
        return agents();
    return batches(query);
}

SimResponse SimDirectoryApi::agents()
{
    QJsonArray list;
    for (const QJsonObject &a : m_sim->agentsJson())
        list.append(a);
    return jsonResponse(QJsonObject{{QStringLiteral("agents"), list}});
}

SimResponse SimDirectoryApi::batches(const QUrlQuery &query)
{
    QStringList problems;
    const int page = readPositive(query, QStringLiteral("page"), 1, std::numeric_limits<int>::max(),
                                  &problems);
    const int limit = readPositive(query, QStringLiteral("limit"), DefaultLimit, MaxLimit,
                                   &problems);
    if (!problems.isEmpty())
        return SimCallLogsApi::error(400, QJsonArray::fromStringList(problems));
    QSet<QString> statuses;
    const QString statusList = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    for (const QString &s : statusList.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            statuses.insert(s.trimmed());

    QList<QJsonObject> matching;
    for (const QJsonObject &b : m_sim->batchesJson())
        if (statuses.isEmpty() || statuses.contains(b.value(QStringLiteral("status")).toString()))
            matching.append(b);
    // Newest first, as the service lists them.
    std::stable_sort(matching.begin(), matching.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("createdAt")).toString()
               > b.value(QStringLiteral("createdAt")).toString();
    });
    QJsonArray items;
    const qint64 first = qint64(page - 1) * limit;
    for (qint64 i = first; i < matching.size() && i < first + limit; ++i)
        items.append(matching.at(qsizetype(i)));
    return jsonResponse(QJsonObject{{QStringLiteral("items"), items},
                                    {QStringLiteral("total"), qint64(matching.size())},
                                    {QStringLiteral("page"), page},
                                    {QStringLiteral("limit"), limit}});
}

} // namespace callboard::sim

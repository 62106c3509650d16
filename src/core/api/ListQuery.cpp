#include "ListQuery.h"

namespace callboard {

namespace {
void addList(QUrlQuery &q, const QString &key, const QStringList &values)
{
    if (!values.isEmpty())
        q.addQueryItem(key, values.join(QLatin1Char(',')));
}

void addOrder(QUrlQuery &q, const QString &key, ListQuery::Order order)
{
    if (order != ListQuery::Order::Unset)
        q.addQueryItem(key, order == ListQuery::Order::Asc ? QStringLiteral("asc")
                                                          : QStringLiteral("desc"));
}
} // namespace

QUrlQuery ListQuery::toUrlQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    addList(q, QStringLiteral("agent_id"), agentIds);
    addList(q, QStringLiteral("status"), statuses);
    addList(q, QStringLiteral("sentiment"), sentiments);
    if (!startDate.isEmpty())
        q.addQueryItem(QStringLiteral("start_date"), startDate);
    if (!endDate.isEmpty())
        q.addQueryItem(QStringLiteral("end_date"), endDate);
    if (durationMin)
        q.addQueryItem(QStringLiteral("duration_min"), QString::number(*durationMin));
    if (durationMax)
        q.addQueryItem(QStringLiteral("duration_max"), QString::number(*durationMax));
    addOrder(q, QStringLiteral("created_at"), createdAtOrder);
    addOrder(q, QStringLiteral("duration"), durationOrder);
    addList(q, QStringLiteral("end_reason"), endReasons);
    if (!campaignId.isEmpty())
        q.addQueryItem(QStringLiteral("campaign_id"), campaignId);
    if (!batchCallId.isEmpty())
        q.addQueryItem(QStringLiteral("batch_call_id"), batchCallId);
    return q;
}

} // namespace callboard

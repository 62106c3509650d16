// ListQuery: every query parameter of GET /call-logs (CALL-LOGS-API.md), built into a
// QUrlQuery in one fixed order so equal queries give equal cache keys for ETags.
#pragma once

#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace callboard {

struct ListQuery
{
    enum class Order { Unset, Asc, Desc };

    int page = 1;
    int limit = 20;
    QStringList agentIds;
    QStringList statuses;
    QStringList sentiments;
    QStringList endReasons;
    QString startDate; // YYYY-MM-DD
    QString endDate;
    std::optional<int> durationMin; // seconds
    std::optional<int> durationMax;
    Order createdAtOrder = Order::Unset;
    Order durationOrder = Order::Unset;
    QString campaignId;
    QString batchCallId;

    QUrlQuery toUrlQuery() const;
};

} // namespace callboard

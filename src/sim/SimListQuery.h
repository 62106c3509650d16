// SimListQuery: the query parameters of GET /call-logs (and the campaign route) as
// CALL-LOGS-API.md lists them — parsed and validated the way the service does (every
// problem reported, as an array of messages), then applied to the workspace's calls.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QUrlQuery;
QT_END_NAMESPACE

namespace callboard::sim {

struct SimListQuery
{
    static constexpr int DefaultLimit = 20;
    static constexpr int MaxLimit = 100;

    // Reads the query; returns the validation messages (empty when valid).
    static SimListQuery parse(const QUrlQuery &query, QStringList *errors);

    bool matches(const QJsonObject &call) const;
    // Orders the calls as asked: by duration (calls without one last) or by created_at.
    void sort(QList<QJsonObject> *calls) const;

    int page = 1;
    int limit = DefaultLimit;
    QSet<QString> agentIds;
    QSet<QString> statuses;
    QSet<QString> sentiments;
    QSet<QString> endReasons;
    QString campaignId; // empty: any
    std::optional<QString> batchCallId;
    // Inclusive bounds on created_at: a date compares with the UTC date of created_at,
    // a date-time with the instant.
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    QString startIso; // the bounds spelled like created_at, for text comparison
    QString endIso;
    std::optional<double> durationMin;
    std::optional<double> durationMax;
    bool createdAscending = false;
    int durationOrder = 0; // 0: not sorted by duration; 1 ascending; -1 descending
};

} // namespace callboard::sim

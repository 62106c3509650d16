// AgentInfo and BatchInfo: the directory's records as DialNexa sends them (/v1/agents,
// /v1/batch-calls), read by DirectoryReader and held by Directory.
#pragma once

#include <QDateTime>
#include <QString>

namespace callboard {

// Raw server values: title and versionTitle may be empty (null on the wire).
struct AgentInfo
{
    QString id;
    QString title;
    QString versionTitle;

    friend bool operator==(const AgentInfo &a, const AgentInfo &b)
    {
        return a.id == b.id && a.title == b.title && a.versionTitle == b.versionTitle;
    }
    friend bool operator!=(const AgentInfo &a, const AgentInfo &b) { return !(a == b); }
};

// A batch call (a campaign run). Counts are -1 where the server did not give them.
struct BatchInfo
{
    QString id;
    QString title;
    QString status;
    int totalLeads = -1;
    int sentLeads = -1;
    int pickedUp = -1;
    QDateTime lastCallSentAt;
    QDateTime createdAt;

    friend bool operator==(const BatchInfo &a, const BatchInfo &b)
    {
        return a.id == b.id && a.title == b.title && a.status == b.status
               && a.totalLeads == b.totalLeads && a.sentLeads == b.sentLeads
               && a.pickedUp == b.pickedUp && a.lastCallSentAt == b.lastCallSentAt
               && a.createdAt == b.createdAt;
    }
    friend bool operator!=(const BatchInfo &a, const BatchInfo &b) { return !(a == b); }
};

} // namespace callboard

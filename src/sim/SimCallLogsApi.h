// SimCallLogsApi: the call-logs endpoints themselves — routing under /v1, the list with its
// filters and pagination, one call, its details — answered from a Simulator with the body
// DialNexa would send, including the schema variants the faults ask for (field spellings,
// bare arrays). Transport concerns (keys, rate limits, ETags, broken bodies) are SimServer's.
#pragma once

#include "SimHttp.h"

#include <QJsonObject>
#include <QJsonValue>

QT_BEGIN_NAMESPACE
class QUrlQuery;
QT_END_NAMESPACE

namespace callboard::sim {

class Simulator;
struct FaultConfig;

class SimCallLogsApi final
{
public:
    explicit SimCallLogsApi(Simulator *sim) : m_sim(sim) {}

    // Answers GET path?query (path as the URL has it, e.g. "/v1/call-logs/log_…").
    SimResponse get(const QString &path, const QUrlQuery &query);

    // The error envelope {statusCode, message, error}; message is a string or an array.
    static SimResponse error(int status, const QJsonValue &message);
    static QByteArray reasonPhrase(int status);

private:
    SimResponse list(const QUrlQuery &query, const QString &campaignId);
    SimResponse one(const QString &id, bool withDetails);
    QJsonObject served(QJsonObject call, const FaultConfig &faults) const;

    Simulator *m_sim;
};

} // namespace callboard::sim

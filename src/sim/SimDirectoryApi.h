// SimDirectoryApi: the directory endpoints — GET /v1/agents (every agent, no pagination) and
// GET /v1/batch-calls?page&limit&status ({items, total, page, limit}) — answered from a
// Simulator with the bodies DialNexa sends. Keys, rate limits, ETags and the directory's 403
// fault are SimServer's, as for the call logs.
#pragma once

#include "SimHttp.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QUrlQuery;
QT_END_NAMESPACE

namespace callboard::sim {

class Simulator;

class SimDirectoryApi final
{
public:
    explicit SimDirectoryApi(Simulator *sim) : m_sim(sim) {}

    // Whether path ("/v1/agents", "/v1/batch-calls") is one of the directory's endpoints.
    static bool serves(const QString &path);
    SimResponse get(const QString &path, const QUrlQuery &query);

private:
    SimResponse agents();
    SimResponse batches(const QUrlQuery &query);

    Simulator *m_sim;
};

} // namespace callboard::sim

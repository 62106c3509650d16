#include "BoardSession.h"

#include "SimServer.h"
#include "Simulator.h"
#include "alerts/AlertEngine.h"
#include "api/DialNexaClient.h"
#include "model/CallStore.h"
#include "stats/CallStats.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLogger.h"
#include "time/Clock.h"

#include <QCoreApplication>

namespace callboard {

BoardSession::BoardSession(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : new SystemClock(this)),
      m_store(new CallStore(this)), m_client(new DialNexaClient(m_clock, this)),
      m_engine(new SyncEngine(m_client, m_store, m_clock, this)),
      m_stats(new CallStats(m_store, m_clock, this)), m_alerts(new AlertEngine(m_store, m_clock, this)),
      m_logger(new SyncLogger(m_engine, this))
{
    // A half-loaded store would raise "no new calls": rules judge only complete data.
    connect(m_engine, &SyncEngine::synced, this, [this] {
        if (m_engine->backfillDone() && !m_alerts->isReady())
            m_alerts->setReady(true);
    });
}

BoardSession::~BoardSession()
{
    m_engine->stop();
}

bool BoardSession::startDemo(quint64 seed, QString *error)
{
    stop();
    sim::SimConfig config;
    config.seed = seed;
    m_simulator = std::make_unique<sim::Simulator>(m_clock, config);
    m_simServer = std::make_unique<sim::SimServer>(m_simulator.get());
    if (!m_simServer->listen()) {
        if (error)
            *error = QCoreApplication::translate("BoardSession", "cannot start the demo simulator");
        m_simServer.reset();
        m_simulator.reset();
        return false;
    }
    m_client->setBaseUrl(m_simServer->baseUrl());
    m_client->setApiKey(config.apiKey);
    m_engine->start();
    m_started = true;
    emit started();
    return true;
}

bool BoardSession::startLive(const QUrl &baseUrl, const QString &apiKey, QString *error)
{
    stop();
    m_simServer.reset();
    m_simulator.reset();
    if (!m_client->setBaseUrl(baseUrl, error))
        return false;
    if (apiKey.trimmed().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("BoardSession", "no API key");
        return false;
    }
    m_client->setApiKey(apiKey);
    m_engine->start();
    m_started = true;
    emit started();
    return true;
}

void BoardSession::stop()
{
    m_engine->stop();
    if (m_store->size() > 0)
        m_store->clear();
    m_started = false;
}

} // namespace callboard

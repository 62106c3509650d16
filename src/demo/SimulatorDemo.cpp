#include "SimulatorDemo.h"

#include "session/BoardSession.h"
#include "sim/SimServer.h"
#include "sim/Simulator.h"

#include <QCoreApplication>

namespace callboard {

SimulatorDemo::~SimulatorDemo()
{
    m_server.reset(); // stops answering before the simulator it serves goes
}

std::unique_ptr<DemoBackend> SimulatorDemo::start(Clock *clock, quint64 seed, QString *error)
{
    sim::SimConfig config;
    config.seed = seed;
    config.localRecordings = true; // the demo's recordings can be played
    std::unique_ptr<SimulatorDemo> demo(new SimulatorDemo);
    demo->m_simulator = std::make_unique<sim::Simulator>(clock, config);
    demo->m_server = std::make_unique<sim::SimServer>(demo->m_simulator.get());
    if (!demo->m_server->listen()) {
        if (error)
            *error = QCoreApplication::translate("SimulatorDemo", "cannot start the demo simulator");
        return nullptr;
    }
    return demo;
}

QUrl SimulatorDemo::baseUrl() const
{
    return m_server->baseUrl();
}

QString SimulatorDemo::apiKey() const
{
    return m_simulator->config().apiKey;
}

void useSimulatorForDemo(BoardSession &session)
{
    session.setDemoFactory(&SimulatorDemo::start);
}

sim::Simulator *demoSimulator(const BoardSession &session)
{
    auto *demo = dynamic_cast<SimulatorDemo *>(session.demo());
    return demo ? demo->simulator() : nullptr;
}

sim::SimServer *demoServer(const BoardSession &session)
{
    auto *demo = dynamic_cast<SimulatorDemo *>(session.demo());
    return demo ? demo->server() : nullptr;
}

} // namespace callboard

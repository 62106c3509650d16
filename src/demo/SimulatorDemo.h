// SimulatorDemo: the built-in DialNexa simulator, served on 127.0.0.1, as a board's demo.
// useSimulatorForDemo() gives a session the factory that `callboard --demo` uses; tests reach
// the simulator behind a demo board through demoSimulator() / demoServer().
#pragma once

#include "session/DemoBackend.h"

namespace callboard {

class BoardSession;
namespace sim {
class Simulator;
class SimServer;
} // namespace sim

class SimulatorDemo final : public DemoBackend
{
public:
    ~SimulatorDemo() override;
    static std::unique_ptr<DemoBackend> start(Clock *clock, quint64 seed, QString *error);

    QUrl baseUrl() const override;
    QString apiKey() const override;
    sim::Simulator *simulator() const { return m_simulator.get(); }
    sim::SimServer *server() const { return m_server.get(); }

private:
    SimulatorDemo() = default;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<sim::SimServer> m_server;
};

void useSimulatorForDemo(BoardSession &session);
// The simulator behind a board started with startDemo(), or nullptr.
sim::Simulator *demoSimulator(const BoardSession &session);
sim::SimServer *demoServer(const BoardSession &session);

} // namespace callboard

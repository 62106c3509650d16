// DemoBackend: what a board needs from the demo's server, the address it listens on and the
// key it answers to. The session knows only this interface; the app and the tests supply the
// built-in simulator (src/demo/SimulatorDemo.h) through a DemoFactory, so neither the session
// nor the GUI links the simulator.
#pragma once

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace callboard {

class Clock;

class DemoBackend
{
public:
    virtual ~DemoBackend() = default;
    virtual QUrl baseUrl() const = 0;
    virtual QString apiKey() const = 0;
};

// Starts a demo server for seed on the board's clock; nullptr (with a sentence in *error)
// when it cannot.
using DemoFactory = std::function<std::unique_ptr<DemoBackend>(Clock *clock, quint64 seed, QString *error)>;

} // namespace callboard

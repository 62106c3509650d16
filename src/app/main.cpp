// callboard: the command line. Everything else lives in the libraries.
#include "AppOptions.h"
#include "MainWindow.h"
#include "SimServer.h"
#include "Simulator.h"
#include "api/DialNexaClient.h"
#include "model/CallStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLogger.h"
#include "time/Clock.h"

#include <QApplication>
#include <QTextStream>

using namespace callboard;

namespace {
int fail(const QString &message)
{
    QTextStream(stderr) << "callboard: " << message << Qt::endl;
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work without a display: answer them before any GUI exists.
    if (AppOptions::wantsInfoOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppOptions::setApplicationInfo();
        AppOptions options;
        options.parse(app.arguments()); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    AppOptions::setApplicationInfo();
    AppOptions options;
    QString error;
    if (!options.parse(app.arguments(), &error))
        return fail(error);

    SystemClock clock;
    CallStore store;
    DialNexaClient client(&clock);
    SyncEngine engine(&client, &store, &clock);
    SyncLogger logger(&engine);
    engine.setIntervalSec(options.intervalSec);

    std::unique_ptr<sim::Simulator> simulator;
    std::unique_ptr<sim::SimServer> simServer;
    if (options.demo) {
        sim::SimConfig config;
        config.seed = quint64(clock.nowMs());
        simulator = std::make_unique<sim::Simulator>(&clock, config);
        simServer = std::make_unique<sim::SimServer>(simulator.get());
        if (!simServer->listen())
            return fail(QCoreApplication::translate("main", "cannot start the demo simulator"));
        client.setBaseUrl(simServer->baseUrl());
        client.setApiKey(config.apiKey);
    } else {
        if (!client.setBaseUrl(options.baseUrl, &error))
            return fail(error);
        const QString key = qEnvironmentVariable("CALLBOARD_API_KEY");
        if (key.isEmpty())
            return fail(QCoreApplication::translate(
                "main", "no API key: set CALLBOARD_API_KEY, or try the demo with --demo"));
        client.setApiKey(key);
    }

    MainWindow window(&store, &engine, &clock);
    window.show();
    engine.start();
    return app.exec();
}

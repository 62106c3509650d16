// callboard-sim: the DialNexa simulator as a standalone server, for trying the dashboard,
// for curl, and for other tools to test against. Serves until killed.
#include "core/time/Clock.h"
#include "sim/SimConfig.h"
#include "sim/SimServer.h"
#include "sim/Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace callboard;

namespace {

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "callboard-sim: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callboard-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Simulated DialNexa call-logs API on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QCoreApplication::translate("main", "TCP port (0: any free one)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"), QCoreApplication::translate("main", "New calls per minute."),
        QStringLiteral("CALLS_PER_MIN"), QStringLiteral("6"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("main", "Workspace seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QCoreApplication::translate(
            "main", "Faults to inject, e.g. latency=200,5xx=0.3,429,reset=0.1,truncated=0.1,"
                    "malformed=0.1,duration_sec,createdAt,bare,unknown_status,directory403"),
        QStringLiteral("LIST"));
    const QCommandLineOption keyOption(
        QStringLiteral("key"), QCoreApplication::translate("main", "The API key to accept."),
        QStringLiteral("KEY"));
    parser.addOptions({portOption, rateOption, seedOption, faultsOption, keyOption});
    parser.process(app);

    sim::SimConfig config;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("--port needs a number 0-65535"), 2);
    config.callsPerMinute = parser.value(rateOption).toDouble(&ok);
    if (!ok || config.callsPerMinute < 0)
        return fail(QStringLiteral("--rate needs a number >= 0"), 2);
    config.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed needs a whole number"), 2);
    if (parser.isSet(faultsOption)) {
        QString error;
        if (!sim::FaultConfig::parse(parser.value(faultsOption), &config.faults, &error))
            return fail(QStringLiteral("bad --faults: %1").arg(error), 2);
    }
    if (parser.isSet(keyOption)) {
        config.apiKey = parser.value(keyOption);
        if (config.apiKey.isEmpty())
            return fail(QStringLiteral("--key must not be empty"), 2);
    }

    SystemClock clock;
    sim::Simulator simulator(&clock, config);
    sim::SimServer server(&simulator);
    if (!server.listen(quint16(port)))
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port), 1);

    QTextStream out(stdout);
    out << "base URL: " << server.baseUrl().toString() << '\n'
        << "API key: " << config.apiKey << '\n';
    out.flush();
    std::fflush(stdout);
    return app.exec();
}

#include "AppOptions.h"

#include "api/DialNexaClient.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace callboard {

void AppOptions::setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Callboard"));
    QCoreApplication::setApplicationName(QStringLiteral("callboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLBOARD_VERSION));
}

bool AppOptions::wantsInfoOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version"
            || a == "-?")
            return true;
    }
    return false;
}

bool AppOptions::parse(const QStringList &arguments, QString *error)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("AppOptions", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Live call-monitoring dashboard for DialNexa voice agents.\n"
           "The API key is read from the OS keychain or the CALLBOARD_API_KEY variable."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Run against the built-in simulator (no account needed)."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), tr("DialNexa API base URL."),
                                     QStringLiteral("URL"),
                                     DialNexaClient::defaultBaseUrl().toString());
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Seconds between polls (minimum 2)."),
                                      QStringLiteral("SECONDS"), QStringLiteral("5"));
    parser.addOptions({demo, baseUrl, interval});
    parser.process(arguments); // handles --help and --version, and exits on unknown options

    this->demo = parser.isSet(demo);
    this->baseUrl = QUrl(parser.value(baseUrl));
    bool ok = false;
    intervalSec = parser.value(interval).toInt(&ok);
    if (!ok || intervalSec < SyncEngine::kMinIntervalSec) {
        if (error)
            *error = tr("--interval needs a whole number of seconds, at least %1")
                         .arg(SyncEngine::kMinIntervalSec);
        return false;
    }
    return true;
}

} // namespace callboard

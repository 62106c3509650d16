// callboard: the command line. Everything else lives in the libraries.
#include "AppOptions.h"
#include "main/AppController.h"
#include "settings/AppSettings.h"
#include "settings/EnvOverrideSecretStore.h"
#include "settings/KeychainSecretStore.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTranslator>
#include <QTextStream>

using namespace callboard;

namespace {
int fail(const QString &message, int code = 2)
{
    QTextStream(stderr) << "callboard: " << message << Qt::endl;
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work without a display: answer them before any GUI exists.
    if (AppOptions::wantsInfoOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppOptions::setApplicationInfo();
        AppOptions().parse(app.arguments()); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    AppOptions::setApplicationInfo();
    // The system's proxy settings (http_proxy/https_proxy/no_proxy on Linux) apply to DialNexa.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // The user's language: Qt's own strings and Callboard's (embedded under :/i18n).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("callboard"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        app.installTranslator(&appTranslator);
    AppOptions options;
    QString error;
    if (!options.parse(app.arguments(), &error))
        return fail(error);

    QSettings qsettings;
    AppSettings settings(&qsettings);
    KeychainSecretStore keychain(KeychainSecretStore::accountFor(settings.baseUrl()));
    EnvOverrideSecretStore secrets(&keychain);

    AppController controller(&settings, &secrets);
    int exitCode = 0;
    QObject::connect(&controller, &AppController::finished, &app,
                     [&](int code, const QString &message) {
                         if (!message.isEmpty())
                             fail(message, code);
                         exitCode = code;
                         QCoreApplication::exit(code);
                     },
                     Qt::QueuedConnection); // may be emitted inside start(), before exec()
    AppController::StartOptions start;
    start.demo = options.demo;
    start.baseUrl = options.baseUrl;
    start.intervalSec = options.intervalSec;
    start.theme = options.theme;
    start.once = options.once;
    start.oneShot.screenshotPath = options.screenshotPath;
    start.oneShot.csvPath = options.csvPath;
    start.oneShot.size = options.size;
    controller.start(start);
    const int code = app.exec();
    return exitCode ? exitCode : code;
}

// callboard: the command line. Everything else lives in the libraries.
#include "AppOptions.h"
#include "core/i18n/PluralForms.h"
#include "core/kiosk/KioskConfig.h"
#include "core/settings/AppSettings.h"
#include "core/settings/EnvOverrideSecretStore.h"
#include "core/settings/IniFileCheck.h"
#include "core/settings/KeychainSecretStore.h"
#include "demo/SimulatorDemo.h"
#include "core/workspaces/Workspace.h"
#include "gui/main/AppController.h"
#include "gui/main/Translations.h"
#include "gui/workspaces/WorkspaceHub.h"
#include "gui/workspaces/WorkspacesDialog.h"
#include "session/BoardSession.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTextStream>

#include <memory>

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
        installEnglishPluralForms();
        installTranslations(&app); // --help in the user's language, like the window
        AppOptions().parse(app.arguments()); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    AppOptions::setApplicationInfo();
    // Wayland matches windows to io.callboard.Callboard.desktop (and its icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.callboard.Callboard"));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/io.callboard.Callboard.png").arg(size));
    QApplication::setWindowIcon(icon);
    // The system's proxy settings (http_proxy/https_proxy/no_proxy on Linux) apply to DialNexa.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // The user's language: Qt's own strings (Cancel, the file dialog) and Callboard's.
    installEnglishPluralForms(); // also a startup hook, which a static library may lose
    installTranslations(&app);
    AppOptions options;
    QString error;
    if (!options.parse(app.arguments(), &error))
        return fail(error + QLatin1Char('\n')
                    + QCoreApplication::translate("main", "Run “callboard --help” to see the options."));

    // --config FILE: a provisioned display's settings (INI) instead of the user's.
    if (!options.configPath.isEmpty()) {
        const QFileInfo config(options.configPath);
        const QString why = !config.exists() ? QCoreApplication::translate("main", "there is no such file")
                            : config.isDir() ? QCoreApplication::translate("main", "it is a folder")
                            : !config.isReadable() ? QCoreApplication::translate("main", "permission denied")
                                                   : QString();
        if (!why.isEmpty())
            return fail(QCoreApplication::translate("main", "cannot read the config file %1: %2").arg(options.configPath, why));
        const QString problem = IniFileCheck::fileProblem(options.configPath);
        if (!problem.isEmpty())
            return fail(QCoreApplication::translate("main", "the config file %1 is not an INI file: %2")
                            .arg(options.configPath, problem));
    }
    std::unique_ptr<QSettings> qsettingsOwner = options.configPath.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(options.configPath, QSettings::IniFormat);
    QSettings &qsettings = *qsettingsOwner;
    if (qsettings.status() == QSettings::FormatError)
        return fail(QCoreApplication::translate("main", "the config file %1 is not a readable INI file").arg(options.configPath));
    QStringList warnings;
    KioskConfig kiosk = KioskConfig::read(qsettings, &warnings);
    // A display's own file without a PIN still gets the one set in Settings on this account.
    if (!options.configPath.isEmpty() && !qsettings.contains(KioskConfig::pinKey()))
        kiosk.pin = QSettings().value(KioskConfig::pinKey()).toString().trimmed();
    for (const QString &w : std::as_const(warnings))
        QTextStream(stderr) << "callboard: " << w << Qt::endl;
    if (!options.screen.isEmpty())
        kiosk.screens = {KioskScreen{options.screen, {}, 0, {}, {}}};
    if (!options.pages.isEmpty())
        KioskConfig::parsePages(options.pages, &kiosk.pages, nullptr); // checked by parse()
    if (options.pageSeconds > 0)
        kiosk.pageSeconds = options.pageSeconds;
    if (!options.theme.isEmpty())
        kiosk.theme = options.theme;
    // One key store per workspace: its keychain entry, unless its variable holds a key
    // (CALLBOARD_API_KEY for the first, CALLBOARD_API_KEY_<NAME> for the others).
    const auto secretsFor = [](const Workspace &workspace) -> std::unique_ptr<SecretStore> {
        auto *keychain = new KeychainSecretStore(QString());
        keychain->setAccountSuffix(workspace.keychainSuffix());
        auto secrets = std::make_unique<EnvOverrideSecretStore>(keychain, workspace.keyVariables());
        keychain->setParent(secrets.get());
        return secrets;
    };
    // A provisioned file is not the app's to rewrite: where the window was and the workspace
    // last shown go to the user's settings, in a group of that file's own. (Before the hub,
    // which keeps a pointer to it.)
    QSettings state;
    if (!options.configPath.isEmpty()) {
        const QByteArray path = QFileInfo(options.configPath).absoluteFilePath().toUtf8();
        state.beginGroup(QStringLiteral("provisioned-")
                         + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(12)));
    }
    // --demo and the first-run page's demo run on the simulator.
    WorkspaceHub hub(&qsettings, secretsFor, [](BoardSession &session) { useSimulatorForDemo(session); });
    int exitCode = 0;
    QObject::connect(&hub, &WorkspaceHub::finished, &app,
                     [&](int code, const QString &message) {
                         if (!message.isEmpty())
                             fail(message, code);
                         exitCode = code;
                         QCoreApplication::exit(code);
                     },
                     Qt::QueuedConnection); // may be emitted inside start(), before exec()
    WorkspacesDialog::connectTo(&hub);
    if (!options.configPath.isEmpty())
        hub.setStateSettings(&state);
    AppController::StartOptions start;
    start.demo = options.demo;
    start.baseUrl = options.baseUrl;
    start.intervalSec = options.intervalSec;
    start.theme = options.theme;
    start.window = options.window;
    start.once = options.once;
    start.oneShot.screenshotPath = options.screenshotPath;
    start.oneShot.csvPath = options.csvPath;
    start.oneShot.size = options.size;
    start.kiosk = options.kiosk || kiosk.enabled;
    if (start.kiosk && !options.sizeSet)
        start.oneShot.size = QSize(1920, 1080); // a wall display's picture
    start.kioskConfig = kiosk;
    if (start.kiosk && start.window.isEmpty() && kiosk.window)
        start.window = kiosk.window->key(); // the display's file, unless the command line says
    start.cache = !options.noCache;
    start.keyless = options.keyless;
    start.caFile = options.caFile;
    start.view = options.view;
    if (!hub.start(start, options.workspace, &error))
        return fail(error);
    const int code = app.exec();
    return exitCode ? exitCode : code;
}

#include "AppOptions.h"

#include "core/api/DialNexaClient.h"
#include "core/kiosk/KioskConfig.h"
#include "core/sync/SyncEngine.h"
#include "core/window/BoardWindow.h"
#include "gui/main/PngFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

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
    auto bad = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions", "Live call-monitoring dashboard for DialNexa voice agents.\n"
           "The API key is read from the OS keychain (Settings) or the CALLBOARD_API_KEY "
           "variable."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("AppOptions", "Run against the built-in simulator (no account needed)."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     QCoreApplication::translate("AppOptions", "DialNexa API base URL (default %1).")
                                         .arg(DialNexaClient::defaultBaseUrl().toString()),
                                     QStringLiteral("URL"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      QCoreApplication::translate("AppOptions", "Seconds between polls (minimum 2, default 5)."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption theme(QStringLiteral("theme"), QCoreApplication::translate("AppOptions", "light, dark or contrast."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption once(QStringLiteral("once"),
                                  QCoreApplication::translate("AppOptions", "Sync once, write the files asked for, and exit."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("AppOptions", "With --once: render the window to this PNG."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption csv(QStringLiteral("export-csv"),
                                 QCoreApplication::translate("AppOptions", "With --once: write every call to this CSV."),
                                 QStringLiteral("FILE.csv"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("AppOptions", "With --once: window size (default 1600x1000)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"),
                                   QCoreApplication::translate("AppOptions", "Run as a wall display: fullscreen, rotating pages, no menus."));
    const QCommandLineOption screen(QStringLiteral("screen"),
                                    QCoreApplication::translate("AppOptions", "With --kiosk: the screen, by index or name (default: the primary)."),
                                    QStringLiteral("NAME|INDEX"));
    const QCommandLineOption pages(QStringLiteral("pages"),
                                   QCoreApplication::translate("AppOptions", "With --kiosk: the pages to rotate, from cards, charts, kpis, campaigns, workspaces."),
                                   QStringLiteral("LIST"));
    const QCommandLineOption pageSeconds(QStringLiteral("page-seconds"),
                                         QCoreApplication::translate("AppOptions", "With --kiosk: seconds each page shows (default 20)."),
                                         QStringLiteral("N"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QCoreApplication::translate("AppOptions", "Read the settings from this INI file (a display's provisioning)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({demo, baseUrl, interval, theme, once, screenshot, csv, size, kiosk, screen, pages, pageSeconds, config});
    // The board window.
    const QCommandLineOption window(QStringLiteral("window"),
                                    QCoreApplication::translate("AppOptions", "The calls the board shows: today (since local midnight) or the last N hours, e.g. 8h."),
                                    QStringLiteral("today|8h|24h"));
    parser.addOption(window);
    // The local call cache.
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     QCoreApplication::translate("AppOptions", "Do not read or write the local call cache."));
    parser.addOption(noCache);
    // Behind a caching proxy (packaging/proxy).
    const QCommandLineOption noKey(QStringLiteral("no-key"),
                                   QCoreApplication::translate("AppOptions", "Send no API key: the proxy at --base-url adds it, so this computer holds none."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    QCoreApplication::translate("AppOptions", "Also trust the CA certificates in this PEM file, for the API host only (a proxy with a private CA)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({noKey, caFile});
    // Saved views (View › Saved views in the window).
    const QCommandLineOption view(QStringLiteral("view"),
                                  QCoreApplication::translate("AppOptions", "Start with this saved view (filters, chart selection and sort); with --kiosk, the view of the cards page."),
                                  QStringLiteral("NAME"));
    parser.addOption(view);
    // Several workspaces (File › Workspaces…, or [workspace.<id>] groups in --config).
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QCoreApplication::translate("AppOptions", "Run this workspace alone (its name); without it the window watches every workspace and --once --export-csv writes them all, with a workspace column."),
                                       QStringLiteral("NAME"));
    parser.addOption(workspace);
    // parse(), not process(): an unknown option is a bad command line (exit 2), like a bad value.
    if (!parser.parse(arguments))
        return bad(parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();

    this->demo = parser.isSet(demo);
    this->noCache = parser.isSet(noCache);
    this->keyless = parser.isSet(noKey);
    this->caFile = parser.value(caFile);
    this->view = parser.value(view).trimmed();
    this->workspace = parser.value(workspace).trimmed();
    if (parser.isSet(workspace) && this->workspace.isEmpty())
        return bad(QCoreApplication::translate("AppOptions", "--workspace needs the name of a workspace"));
    if (parser.isSet(view) && this->view.isEmpty())
        return bad(QCoreApplication::translate("AppOptions", "--view needs the name of a saved view"));
    if (this->demo && (this->keyless || parser.isSet(caFile)))
        return bad(QCoreApplication::translate("AppOptions", "--demo excludes --no-key and --ca-file: the demo serves its own API"));
    QString caWhy;
    if (parser.isSet(caFile) && !DialNexaClient::readCaFile(this->caFile, nullptr, &caWhy))
        return bad(QStringLiteral("--ca-file: ") + caWhy);
    if (parser.isSet(baseUrl)) {
        this->baseUrl = QUrl(parser.value(baseUrl));
        QString why;
        if (!DialNexaClient::isAcceptableBaseUrl(this->baseUrl, &why))
            return bad(why);
    }
    if (parser.isSet(interval)) {
        bool ok = false;
        intervalSec = parser.value(interval).toInt(&ok);
        if (!ok || intervalSec < SyncEngine::kMinIntervalSec)
            return bad(QCoreApplication::translate("AppOptions", "--interval needs a whole number of seconds, at least %1")
                           .arg(SyncEngine::kMinIntervalSec));
    }
    if (parser.isSet(theme)) {
        this->theme = parser.value(theme);
        if (!QStringList{QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("contrast")}
                 .contains(this->theme))
            return bad(QCoreApplication::translate("AppOptions", "--theme must be light, dark or contrast"));
    }
    if (parser.isSet(window)) {
        const std::optional<BoardWindow> parsed = BoardWindow::parse(parser.value(window));
        if (!parsed)
            return bad(QCoreApplication::translate("AppOptions", "--window must be today or a number of hours from 1 to %1, like 8h")
                           .arg(BoardWindow::kMaxHours));
        this->window = parsed->key();
    }
    if (this->demo && parser.isSet(baseUrl))
        return bad(QCoreApplication::translate("AppOptions", "--demo and --base-url exclude each other: the demo serves its own API"));
    this->once = parser.isSet(once);
    screenshotPath = parser.value(screenshot);
    csvPath = parser.value(csv);
    if (parser.isSet(screenshot) && screenshotPath.trimmed().isEmpty())
        return bad(QCoreApplication::translate("AppOptions", "--screenshot needs a file name, like board.png"));
    if (parser.isSet(csv) && csvPath.trimmed().isEmpty())
        return bad(QCoreApplication::translate("AppOptions", "--export-csv needs a file name, like calls.csv"));
    if (parser.isSet(screenshot) && !PngFile::formatFor(screenshotPath))
        return bad(QCoreApplication::translate("AppOptions", "--screenshot writes .png or .jpg pictures, not “%1”")
                       .arg(QFileInfo(screenshotPath).fileName()));
    if (!this->once && (!screenshotPath.isEmpty() || !csvPath.isEmpty() || parser.isSet(size)))
        return bad(QCoreApplication::translate("AppOptions", "--screenshot, --export-csv and --size go with --once"));
    if (parser.isSet(size)) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\d{1,6})x(\\d{1,6})$")).match(parser.value(size).trimmed());
        if (!m.hasMatch())
            return bad(QCoreApplication::translate("AppOptions", "--size needs WIDTHxHEIGHT, for example 1600x1000"));
        this->size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        if (this->size.width() < 640 || this->size.height() < 480 || this->size.width() > 7680
            || this->size.height() > 4320)
            return bad(QCoreApplication::translate("AppOptions", "--size must be between 640x480 and 7680x4320"));
    }
    sizeSet = parser.isSet(size);
    this->kiosk = parser.isSet(kiosk);
    this->screen = parser.value(screen).trimmed();
    this->pages = parser.value(pages).trimmed();
    if (parser.isSet(pages)) {
        QList<KioskPage> parsed;
        QString why;
        if (!KioskConfig::parsePages(this->pages, &parsed, &why))
            return bad(QStringLiteral("--pages: ") + why);
    }
    if (parser.isSet(pageSeconds)) {
        bool ok = false;
        this->pageSeconds = parser.value(pageSeconds).toInt(&ok);
        if (!ok || this->pageSeconds < KioskConfig::kMinPageSeconds || this->pageSeconds > 3600)
            return bad(QCoreApplication::translate("AppOptions", "--page-seconds needs a whole number from %1 to 3600")
                           .arg(KioskConfig::kMinPageSeconds));
    }
    if (parser.isSet(screen) && this->screen.isEmpty())
        return bad(QCoreApplication::translate("AppOptions", "--screen needs a screen index or name"));
    configPath = parser.value(config);
    if (!screenshotPath.isEmpty() && screenshotPath == csvPath)
        return bad(QCoreApplication::translate("AppOptions", "--screenshot and --export-csv need two different files"));
    if (!parser.positionalArguments().isEmpty())
        return bad(QCoreApplication::translate("AppOptions", "unexpected argument: %1").arg(parser.positionalArguments().first()));
    return true;
}

} // namespace callboard

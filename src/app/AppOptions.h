// AppOptions: the callboard command line, parsed with QCommandLineParser.
#pragma once

#include <QSize>
#include <QStringList>
#include <QUrl>

namespace callboard {

struct AppOptions
{
    bool demo = false;
    QUrl baseUrl;        // empty: from the settings
    int intervalSec = 0; // 0: from the settings
    QString theme;       // empty: from the settings
    QString window;      // "today" or "8h": the board window; empty: from the settings
    bool once = false;
    QString screenshotPath;
    QString csvPath;
    QSize size{1600, 1000};
    bool sizeSet = false;
    // The wall display (each empty/0 value: from the config file).
    bool kiosk = false;
    QString screen;      // index or name
    QString pages;       // "cards,charts,kpis,campaigns"
    int pageSeconds = 0;
    QString configPath;  // an INI file used instead of the user's settings
    bool noCache = false; // --no-cache: neither read nor write the local call cache
    bool keyless = false; // --no-key: send no API key (a caching proxy adds it)
    QString caFile;       // --ca-file: a private CA trusted for the API host; empty: settings
    QString workspace;    // --workspace: run this workspace alone (name, case-insensitive)
    QString view;         // --view: a saved view's name (the window's filters, the kiosk's cards page)

    static void setApplicationInfo();
    // True when the command line only asks for --help or --version.
    static bool wantsInfoOnly(int argc, char **argv);
    // Returns false with *error on a bad value; --help/--version print and exit.
    bool parse(const QStringList &arguments, QString *error = nullptr);
};

} // namespace callboard

// KioskConfig: how a wall display runs its board — which screens, which pages for how long,
// the theme, the PIN that guards leaving, screen care. Read from an INI file (QSettings) so a
// display boots straight into its board; the command line overrides single values. Bad
// values are reported one by one and replaced by defaults; nothing here ever fails hard.
#pragma once

#include "core/time/WeekSchedule.h"
#include "core/window/BoardWindow.h"

#include <QList>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace callboard {

// Workspaces: every workspace's key figures on one page (several workspaces only).
enum class KioskPage { Cards, Charts, Kpis, Campaigns, Workspaces };

struct KioskScreen
{
    QString selector;          // a screen index ("0") or name ("HDMI-1"); empty = primary
    QList<KioskPage> pages;    // empty = the kiosk's pages
    int pageSeconds = 0;       // 0 = the kiosk's
    QString cardsView;         // empty = the kiosk's
    QString workspace;         // the workspace this screen shows (its name); empty = the first
};

struct KioskConfig
{
    static constexpr int kDefaultPageSeconds = 20;
    static constexpr int kMinPageSeconds = 3;
    // Where the PIN lives in settings: a display's own file, or this account's (Settings
    // writes it there). Every reader and writer names it through this.
    static QString pinKey() { return QStringLiteral("kiosk/pin"); }

    bool enabled = false;      // [kiosk] enabled=true boots into the kiosk without --kiosk
    // Not in the file: when none of the screens is here, the board goes on the primary screen
    // (true), or waits for one (false: a second workspace's kiosk must not cover the first's).
    bool primaryFallback = true;
    QList<KioskScreen> screens; // empty = one board on the primary screen
    QList<KioskPage> pages{KioskPage::Kpis, KioskPage::Cards, KioskPage::Charts, KioskPage::Campaigns};
    int pageSeconds = kDefaultPageSeconds;
    QString theme = QStringLiteral("dark");
    QString pin;               // empty: Ctrl+Q leaves without asking
    int burnInMinutes = 3;     // 0 = never shift
    int burnInPixels = 4;
    bool blankOutsideHours = false;
    WeekSchedule showHours;    // the board shows inside these hours, blank outside
    bool demo = false;         // [connection] demo=true: the built-in simulator
    // [kiosk] window=today|8h|24h: the board window of this display; unset = the settings'
    std::optional<BoardWindow> window;
    // [kiosk] cardsView=NAME: the saved view (filters and sort) the cards page shows; empty =
    // every call, newest first. A screen's group can name its own.
    QString cardsView;

    // Reads the [kiosk] and [connection] groups; each bad value adds a line to *warnings.
    static KioskConfig read(QSettings &settings, QStringList *warnings);
    void write(QSettings &settings) const;

    // "cards,charts,kpis,campaigns" in the order given; false with *error on an unknown name.
    static bool parsePages(const QString &text, QList<KioskPage> *pages, QString *error);
    static QString pageKey(KioskPage page); // "cards"
    static QString pageTitle(KioskPage page); // translated: "Calls"
    // The screens a board runs on: the configured ones, or one on the primary screen.
    QList<KioskScreen> effectiveScreens() const;
    QList<KioskPage> pagesOf(const KioskScreen &screen) const;
    int pageSecondsOf(const KioskScreen &screen) const;
    QString cardsViewOf(const KioskScreen &screen) const;
};

} // namespace callboard

#include "KioskConfig.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace callboard {

namespace {
const KioskPage AllPages[] = {KioskPage::Cards, KioskPage::Charts, KioskPage::Kpis, KioskPage::Campaigns,
                              KioskPage::Workspaces};

QString joinPages(const QList<KioskPage> &pages)
{
    QStringList keys;
    for (KioskPage p : pages)
        keys << KioskConfig::pageKey(p);
    return keys.join(QLatin1Char(','));
}

// A bounded whole number, or the fallback with a warning.
int readInt(QSettings &s, const QString &key, int fallback, int min, int max, QStringList *warnings)
{
    if (!s.contains(key))
        return fallback;
    bool ok = false;
    const int v = s.value(key).toString().trimmed().toInt(&ok);
    if (ok && v >= min && v <= max)
        return v;
    if (warnings)
        *warnings << QCoreApplication::translate("KioskConfig", "%1: \"%2\" is not a whole number from %3 to %4; using %5")
                         .arg(key, s.value(key).toString()).arg(min).arg(max).arg(fallback);
    return fallback;
}

bool readBool(QSettings &s, const QString &key, bool fallback, QStringList *warnings)
{
    if (!s.contains(key))
        return fallback;
    const QString v = s.value(key).toString().trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("on"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no") || v == QLatin1String("off"))
        return false;
    if (warnings)
        *warnings << QCoreApplication::translate("KioskConfig", "%1: \"%2\" is neither true nor false").arg(key, v);
    return fallback;
}
} // namespace

QString KioskConfig::pageKey(KioskPage page)
{
    switch (page) {
    case KioskPage::Cards: return QStringLiteral("cards");
    case KioskPage::Charts: return QStringLiteral("charts");
    case KioskPage::Kpis: return QStringLiteral("kpis");
    case KioskPage::Campaigns: return QStringLiteral("campaigns");
    case KioskPage::Workspaces: return QStringLiteral("workspaces");
    }
    return QString();
}

QString KioskConfig::pageTitle(KioskPage page)
{
    switch (page) {
    case KioskPage::Cards: return QCoreApplication::translate("KioskConfig", "Calls");
    case KioskPage::Charts: return QCoreApplication::translate("KioskConfig", "Durations");
    case KioskPage::Kpis: return QCoreApplication::translate("KioskConfig", "Key figures");
    case KioskPage::Campaigns: return QCoreApplication::translate("KioskConfig", "Campaigns");
    case KioskPage::Workspaces: return QCoreApplication::translate("KioskConfig", "All workspaces");
    }
    return QString();
}

bool KioskConfig::parsePages(const QString &text, QList<KioskPage> *pages, QString *error)
{
    QList<KioskPage> result;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = item.trimmed().toLower();
        bool known = false;
        for (KioskPage p : AllPages)
            if (key == pageKey(p)) {
                if (!result.contains(p))
                    result << p;
                known = true;
            }
        if (!known) {
            if (error)
                *error = QCoreApplication::translate("KioskConfig", "unknown page \"%1\": pages are cards, charts, kpis, campaigns and workspaces").arg(item.trimmed());
            return false;
        }
    }
    if (result.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("KioskConfig", "no page given: pages are cards, charts, kpis, campaigns and workspaces");
        return false;
    }
    *pages = result;
    return true;
}

KioskConfig KioskConfig::read(QSettings &s, QStringList *warnings)
{
    KioskConfig c;
    auto warn = [warnings](const QString &key, const QString &why) {
        if (warnings)
            *warnings << QCoreApplication::translate("KioskConfig", "%1: %2").arg(key, why);
    };
    c.demo = readBool(s, QStringLiteral("connection/demo"), c.demo, warnings);
    readBool(s, QStringLiteral("connection/noKey"), false, warnings); // AppSettings reads it; this names a bad one
    // A misspelt key would be ignored in silence (a "Pin=" leaves the kiosk unguarded): every
    // key of the groups a display's file holds must be one Callboard reads.
    const QList<QPair<QString, QStringList>> known{
        {QStringLiteral("kiosk"), {QStringLiteral("enabled"), QStringLiteral("screens"), QStringLiteral("pages"),
                                   QStringLiteral("pageSeconds"), QStringLiteral("theme"), pinKey().section(QLatin1Char('/'), 1),
                                   QStringLiteral("burnInMinutes"), QStringLiteral("burnInPixels"),
                                   QStringLiteral("blankOutside"), QStringLiteral("blankDays"),
                                   QStringLiteral("window"), QStringLiteral("cardsView")}},
        {QStringLiteral("connection"), {QStringLiteral("demo"), QStringLiteral("baseUrl"),
                                        QStringLiteral("noKey"), QStringLiteral("caFile")}},
        {QStringLiteral("sync"), {QStringLiteral("intervalSec"), QStringLiteral("backfillHours")}}};
    for (const auto &[group, keys] : known) {
        s.beginGroup(group);
        for (const QString &key : s.childKeys())
            if (!keys.contains(key))
                warn(group + QLatin1Char('/') + key,
                     QCoreApplication::translate("KioskConfig", "unknown key, ignored (the keys here are %1)").arg(keys.join(QStringLiteral(", "))));
        s.endGroup();
    }
    readInt(s, QStringLiteral("sync/intervalSec"), 5, 2, 3600, warnings); // AppSettings reads it; this names a bad one
    c.pin = s.value(pinKey()).toString().trimmed();
    if (!c.pin.isEmpty() && (c.pin.size() < 4 || c.pin.size() > 12 || !std::all_of(c.pin.begin(), c.pin.end(), [](QChar ch) { return ch.isDigit(); }))) {
        warn(pinKey(), QCoreApplication::translate("KioskConfig", "a PIN is 4 to 12 digits; leaving is locked until it is fixed"));
        // A broken PIN must not open the kiosk to anyone: keep it, it just cannot be typed.
    }
    s.beginGroup(QStringLiteral("kiosk"));
    const auto key = [&s](const char *name) { return QString::fromLatin1(name); };
    c.enabled = readBool(s, key("enabled"), c.enabled, warnings);
    QString why;
    if (s.contains(key("pages")) && !parsePages(s.value(key("pages")).toStringList().join(QLatin1Char(',')), &c.pages, &why))
        warn(QStringLiteral("kiosk/pages"), why);
    c.pageSeconds = readInt(s, key("pageSeconds"), c.pageSeconds, kMinPageSeconds, 3600, warnings);
    if (s.contains(key("theme"))) {
        const QString t = s.value(key("theme")).toString().trimmed();
        if (t == QLatin1String("light") || t == QLatin1String("dark") || t == QLatin1String("contrast"))
            c.theme = t;
        else
            warn(QStringLiteral("kiosk/theme"), QCoreApplication::translate("KioskConfig", "\"%1\" is not light, dark or contrast").arg(t));
    }
    if (s.contains(key("window"))) {
        const QString w = s.value(key("window")).toString();
        c.window = BoardWindow::parse(w);
        if (!c.window)
            warn(QStringLiteral("kiosk/window"), QCoreApplication::translate("KioskConfig", "\"%1\" is not today or a number of hours like 8h").arg(w.trimmed()));
    }
    // A view's name may hold a comma, which QSettings would split into a list.
    c.cardsView = s.value(key("cardsView")).toStringList().join(QLatin1Char(',')).trimmed();
    c.burnInMinutes = readInt(s, key("burnInMinutes"), c.burnInMinutes, 0, 240, warnings);
    c.burnInPixels = readInt(s, key("burnInPixels"), c.burnInPixels, 1, 32, warnings);
    if (s.contains(key("blankOutside"))) {
        if (WeekSchedule::parseHours(s.value(key("blankOutside")).toString(), &c.showHours, &why))
            c.blankOutsideHours = true;
        else
            warn(QStringLiteral("kiosk/blankOutside"), why);
    }
    if (s.contains(key("blankDays")) && !WeekSchedule::parseDays(s.value(key("blankDays")).toStringList().join(QLatin1Char(',')), &c.showHours.days, &why))
        warn(QStringLiteral("kiosk/blankDays"), why);

    // screens=0,HDMI-2 and, per screen, [kiosk/screen-HDMI-2] pages=… pageSeconds=…
    const QStringList selectors = s.value(key("screens")).toStringList();
    // A screen's group that screens= does not list would be ignored in silence.
    for (const QString &group : s.childGroups()) {
        if (!group.startsWith(QLatin1String("screen-")))
            continue;
        const QString selector = group.mid(7);
        bool listed = false;
        for (const QString &raw : selectors)
            listed = listed || raw.trimmed() == selector;
        if (!listed)
            warn(QStringLiteral("kiosk/%1").arg(group),
                 QCoreApplication::translate("KioskConfig", "screens= does not list “%1”, so this group is ignored (add it: screens=%1)").arg(selector));
    }
    for (const QString &raw : selectors) {
        KioskScreen screen;
        screen.selector = raw.trimmed();
        if (screen.selector.isEmpty())
            continue;
        const QString group = QStringLiteral("screen-") + screen.selector;
        {
            s.beginGroup(group);
            if (s.contains(key("pages")) && !parsePages(s.value(key("pages")).toStringList().join(QLatin1Char(',')), &screen.pages, &why))
                warn(QStringLiteral("kiosk/%1/pages").arg(group), why);
            screen.pageSeconds = readInt(s, key("pageSeconds"), 0, kMinPageSeconds, 3600, warnings);
            screen.cardsView = s.value(key("cardsView")).toStringList().join(QLatin1Char(',')).trimmed();
            screen.workspace = s.value(key("workspace")).toStringList().join(QLatin1Char(',')).trimmed();
            s.endGroup();
        }
        c.screens << screen;
    }
    s.endGroup();
    return c;
}

void KioskConfig::write(QSettings &s) const
{
    s.setValue(QStringLiteral("connection/demo"), demo);
    s.beginGroup(QStringLiteral("kiosk"));
    s.setValue(QStringLiteral("enabled"), enabled);
    s.setValue(QStringLiteral("pages"), joinPages(pages));
    s.setValue(QStringLiteral("pageSeconds"), pageSeconds);
    s.setValue(QStringLiteral("theme"), theme);
    if (window)
        s.setValue(QStringLiteral("window"), window->key());
    if (!cardsView.isEmpty())
        s.setValue(QStringLiteral("cardsView"), cardsView);
    s.setValue(QStringLiteral("burnInMinutes"), burnInMinutes);
    s.setValue(QStringLiteral("burnInPixels"), burnInPixels);
    if (blankOutsideHours) {
        s.setValue(QStringLiteral("blankOutside"), showHours.hoursText());
        s.setValue(QStringLiteral("blankDays"), showHours.daysText());
    }
    QStringList selectors;
    for (const KioskScreen &screen : screens) {
        selectors << screen.selector;
        s.beginGroup(QStringLiteral("screen-") + screen.selector);
        if (!screen.pages.isEmpty())
            s.setValue(QStringLiteral("pages"), joinPages(screen.pages));
        if (screen.pageSeconds > 0)
            s.setValue(QStringLiteral("pageSeconds"), screen.pageSeconds);
        if (!screen.cardsView.isEmpty())
            s.setValue(QStringLiteral("cardsView"), screen.cardsView);
        if (!screen.workspace.isEmpty())
            s.setValue(QStringLiteral("workspace"), screen.workspace);
        s.endGroup();
    }
    if (!selectors.isEmpty())
        s.setValue(QStringLiteral("screens"), selectors.join(QLatin1Char(',')));
    s.endGroup();
    s.setValue(pinKey(), pin);
}

QList<KioskScreen> KioskConfig::effectiveScreens() const
{
    return screens.isEmpty() ? QList<KioskScreen>{KioskScreen{}} : screens;
}

QList<KioskPage> KioskConfig::pagesOf(const KioskScreen &screen) const
{
    return screen.pages.isEmpty() ? pages : screen.pages;
}

int KioskConfig::pageSecondsOf(const KioskScreen &screen) const
{
    return screen.pageSeconds > 0 ? screen.pageSeconds : pageSeconds;
}

QString KioskConfig::cardsViewOf(const KioskScreen &screen) const
{
    return screen.cardsView.isEmpty() ? cardsView : screen.cardsView;
}

} // namespace callboard

#include "AppSettings.h"

#include "core/api/DialNexaClient.h"
#include "core/sync/SyncEngine.h"

#include <QSettings>

namespace callboard {

namespace {
const QString BaseUrlKey = QStringLiteral("connection/baseUrl");
const QString KeylessKey = QStringLiteral("connection/noKey");
const QString CaFileKey = QStringLiteral("connection/caFile");
const QString IntervalKey = QStringLiteral("sync/intervalSec");
const QString BackfillKey = QStringLiteral("sync/backfillHours");
const QString CacheRetentionKey = QStringLiteral("cache/retentionDays");
const QString ThemeKey = QStringLiteral("appearance/theme");
const QString DemoKey = QStringLiteral("session/demo");

bool isThemeName(const QString &name)
{
    return name == QLatin1String("light") || name == QLatin1String("dark") ||
           name == QLatin1String("contrast");
}
} // namespace

AppSettings::AppSettings(QSettings *settings) : m_settings(settings) {}

AppSettings::AppSettings(const QString &iniPath)
    : m_owned(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)), m_settings(m_owned.get())
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::connectionKey(const QString &key) const
{
    return m_group.isEmpty() ? key : m_group + QLatin1Char('/') + key;
}

QString AppSettings::alertsGroup() const
{
    return connectionKey(QStringLiteral("alerts"));
}

QUrl AppSettings::baseUrl() const
{
    const QUrl url(m_settings->value(connectionKey(BaseUrlKey)).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return DialNexaClient::defaultBaseUrl();
    return url;
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    m_settings->setValue(connectionKey(BaseUrlKey), url.toString(QUrl::StripTrailingSlash));
}

bool AppSettings::keyless() const
{
    // As the kiosk file spells booleans; anything else (a typo, named by KioskConfig) is false.
    const QString v = m_settings->value(connectionKey(KeylessKey)).toString().trimmed().toLower();
    return v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes")
           || v == QLatin1String("on");
}

void AppSettings::setKeyless(bool keyless)
{
    m_settings->setValue(connectionKey(KeylessKey), keyless);
}

QString AppSettings::caFile() const
{
    return m_settings->value(connectionKey(CaFileKey)).toString().trimmed();
}

void AppSettings::setCaFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        m_settings->remove(connectionKey(CaFileKey));
    else
        m_settings->setValue(connectionKey(CaFileKey), path.trimmed());
}

int AppSettings::intervalSec() const
{
    bool ok = false;
    const int v = m_settings->value(IntervalKey, kDefaultIntervalSec).toInt(&ok);
    return ok ? qBound(SyncEngine::kMinIntervalSec, v, kMaxIntervalSec) : kDefaultIntervalSec;
}

void AppSettings::setIntervalSec(int seconds)
{
    m_settings->setValue(IntervalKey,
                         qBound(SyncEngine::kMinIntervalSec, seconds, kMaxIntervalSec));
}

int AppSettings::backfillHours() const
{
    bool ok = false;
    const int v = m_settings->value(BackfillKey, 0).toInt(&ok);
    return ok ? qBound(0, v, kMaxBackfillHours) : 0;
}

void AppSettings::setBackfillHours(int hours)
{
    m_settings->setValue(BackfillKey, qBound(0, hours, kMaxBackfillHours));
}

BoardWindow AppSettings::boardWindow() const
{
    const int hours = backfillHours();
    return hours == 0 ? BoardWindow::today() : BoardWindow::lastHours(hours);
}

void AppSettings::setBoardWindow(const BoardWindow &window)
{
    setBackfillHours(window.kind() == BoardWindow::Kind::Today ? 0 : window.hours());
}

QDateTime AppSettings::backfillSince(const QDateTime &now) const
{
    const int hours = backfillHours();
    if (hours == 0)
        return {};
    return now.toUTC().addSecs(-qint64(hours) * 3600);
}

int AppSettings::cacheRetentionDays() const
{
    bool ok = false;
    const int v = m_settings->value(CacheRetentionKey, kDefaultCacheRetentionDays).toInt(&ok);
    return ok ? qBound(1, v, kMaxCacheRetentionDays) : kDefaultCacheRetentionDays;
}

void AppSettings::setCacheRetentionDays(int days)
{
    m_settings->setValue(CacheRetentionKey, qBound(1, days, kMaxCacheRetentionDays));
}

QString AppSettings::themeName() const
{
    const QString name = m_settings->value(ThemeKey).toString();
    return isThemeName(name) ? name : QStringLiteral("light");
}

void AppSettings::setThemeName(const QString &name)
{
    m_settings->setValue(ThemeKey, isThemeName(name) ? name : QStringLiteral("light"));
}

bool AppSettings::demo() const
{
    return m_settings->value(DemoKey, false).toBool();
}

void AppSettings::setDemo(bool demo)
{
    m_settings->setValue(DemoKey, demo);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace callboard

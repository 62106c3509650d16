#include "DbusScreenSaverInhibitor.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>

namespace callboard {

namespace {
const QString Service = QStringLiteral("org.freedesktop.ScreenSaver");
const QString Path = QStringLiteral("/org/freedesktop/ScreenSaver");

} // namespace

bool DbusScreenSaverInhibitor::inhibit(const QString &reason, QString *error)
{
    if (m_cookie)
        return true;
    if (!QDBusConnection::sessionBus().isConnected()) {
        if (error)
            *error = QCoreApplication::translate("DisplaySleepInhibitor", "no D-Bus session bus: the screensaver cannot be held off");
        return false;
    }
    QDBusInterface iface(Service, Path, Service, QDBusConnection::sessionBus());
    iface.setTimeout(2000);
    const QDBusReply<uint> reply = iface.call(QStringLiteral("Inhibit"), QCoreApplication::applicationName(), reason);
    if (!reply.isValid()) {
        if (error)
            *error = QCoreApplication::translate("DisplaySleepInhibitor", "the desktop refused to hold off the screensaver: %1").arg(reply.error().message());
        return false;
    }
    m_cookie = reply.value();
    return m_cookie != 0;
}

void DbusScreenSaverInhibitor::release()
{
    if (!m_cookie)
        return;
    QDBusInterface iface(Service, Path, Service, QDBusConnection::sessionBus());
    iface.setTimeout(2000);
    iface.call(QDBus::NoBlock, QStringLiteral("UnInhibit"), m_cookie);
    m_cookie = 0;
}

} // namespace callboard

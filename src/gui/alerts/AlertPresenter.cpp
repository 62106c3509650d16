#include "AlertPresenter.h"

#include "core/alerts/AlertEngine.h"

#include <QApplication>
#include <QStringList>
#include <QSystemTrayIcon>

namespace callboard {

void playAlertSound() { QApplication::beep(); }

AlertPresenter::AlertPresenter(AlertEngine *engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Callboard"));
        m_tray->show();
    }
    connect(engine, &AlertEngine::alertRaised, this, &AlertPresenter::onRaised);
    connect(engine, &AlertEngine::activeChanged, this, [this] { emit statusChanged(statusText()); });
}

void AlertPresenter::onRaised(const Alert &alert)
{
    m_lastNotification = m_workspace.isEmpty() ? alert.message
                                               : tr("%1: %2").arg(m_workspace, alert.message);
    ++m_notifications;
    if (m_tray)
        m_tray->showMessage(m_workspace.isEmpty()
                                ? tr("Callboard alert: %1").arg(alert.ruleName)
                                : tr("Callboard alert in %1: %2").arg(m_workspace, alert.ruleName),
                            m_lastNotification,
                            QSystemTrayIcon::Warning, 15000);
    if (alert.sound) {
        ++m_sounds;
        playAlertSound();
    }
    emit statusChanged(statusText());
}

QString AlertPresenter::statusText() const
{
    const std::vector<Alert> active = m_engine->activeAlerts();
    if (active.empty())
        return {};
    // Every active alert, so the count and what the line shows agree; one reads "⚠ Alert — …"
    // (the catalogues' singular form): a dash, as the messages carry colons of their own.
    QStringList messages;
    for (const Alert &a : active)
        messages << a.message;
    return tr("⚠ %n alerts — %1", nullptr, int(active.size())).arg(messages.join(QStringLiteral(" · ")));
}

} // namespace callboard

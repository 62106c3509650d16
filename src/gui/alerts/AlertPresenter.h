// AlertPresenter: how a firing alert reaches a person at the desktop — a tray notification
// (where the desktop has a tray), an optional sound, and the window's status line. The kiosk
// shows alerts its own way (banner and pulse, KioskController).
#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace callboard {

class AlertEngine;
struct Alert;

class AlertPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertPresenter)
public:
    AlertPresenter(AlertEngine *engine, QObject *parent = nullptr);

    // What the last notification said (also when no tray could show it), and how many sounded.
    QString lastNotification() const { return m_lastNotification; }
    int notifications() const { return m_notifications; }
    int sounds() const { return m_sounds; }
    bool hasTray() const { return m_tray != nullptr; }
    // With several workspaces, notifications name theirs: "Acme: Negative sentiment …".
    void setWorkspaceName(const QString &name) { m_workspace = name; }
    // "⚠ 2 alerts — Negative sentiment: 42 % …", empty when none is active.
    QString statusText() const;

signals:
    void statusChanged(const QString &text);

private:
    void onRaised(const Alert &alert);

    AlertEngine *m_engine;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotification;
    QString m_workspace;
    int m_notifications = 0;
    int m_sounds = 0;
};

// Beeps for an alert whose rule asks for sound (the system bell: no media stack needed).
void playAlertSound();

} // namespace callboard

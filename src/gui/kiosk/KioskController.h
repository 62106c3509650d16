// KioskController: the wall display's flow. One KioskWindow per configured screen, following
// monitors as they come and go; the cursor hidden, the content shifted against burn-in, the
// screensaver held off, and the boards blanked outside the display's hours. Messages that
// concern every board (a rejected key, alerts) go to all windows.
#pragma once

#include "core/kiosk/KioskConfig.h"
#include "core/kiosk/PinGuard.h"
#include "core/time/Clock.h"
#include "core/views/SavedView.h"
#include "gui/kiosk/KioskWindow.h"
#include "gui/theme/Theme.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QScreen;

namespace callboard {

class BoardSession;
class BurnInShifter;
class CursorHider;
class DisplaySleepInhibitor;


class KioskController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskController)
public:
    static constexpr qint64 kScheduleCheckMs = 30 * 1000;

    KioskController(BoardSession *session, const KioskConfig &config, QObject *parent = nullptr);
    ~KioskController() override;

    // Headless (--once): windows are not made fullscreen, nothing is inhibited or hidden.
    void setHeadless(bool headless) { m_headless = headless; }
    // Several workspaces: each wall's page indicator names the one it shows.
    void setWorkspaceName(const QString &name) { m_workspace = name; }
    // Replaces the platform's inhibitor (tests).
    void setInhibitor(std::unique_ptr<DisplaySleepInhibitor> inhibitor);
    // The saved views the config's cardsView names are looked up in (before start()); a name
    // none of them has leaves that cards page showing every call.
    void setSavedViews(const QList<SavedView> &views) { m_views = views; }
    // What the "workspaces" page shows (set before start()).
    void setWorkspacesPage(const KioskWindow::PageFactory &factory) { m_workspacesPage = factory; }
    void start();

    // Matches the configured screens against these (QGuiApplication::screens() in the app).
    void reconcile(const QList<QScreen *> &screens);
    // The screen a selector names: an index into screens, a screen name, or empty for primary.
    static QScreen *resolve(const QString &selector, const QList<QScreen *> &screens, QScreen *primary);

    QList<KioskWindow *> windows() const;
    const KioskConfig &config() const { return m_config; }
    void setTheme(const Theme &theme);
    void setNotice(const QString &headline, const QString &body);
    void setAlerts(const QStringList &messages, bool pulse);
    bool isBlank() const { return m_blank; }
    DisplaySleepInhibitor *inhibitor() const { return m_inhibitor.get(); }
    CursorHider *cursorHider() const { return m_cursor; }

signals:
    void quitRequested();

private:
    KioskWindow *createWindow(const KioskScreen &screen, QScreen *on);
    void checkSchedule();
    void holdDisplay(bool awake);
    QString blankNote() const;

    BoardSession *m_session;
    KioskConfig m_config;
    KioskWindow::PageFactory m_workspacesPage;
    QString m_workspace;
    QList<SavedView> m_views;
    Clock *m_clock;
    PinGuard m_pin;
    Theme m_theme;
    bool m_headless = false;
    bool m_blank = false;
    bool m_inhibitWarned = false;
    QString m_noticeHeadline, m_noticeBody;
    QStringList m_alerts;
    std::vector<QPointer<KioskWindow>> m_windows; // one slot per configured screen
    std::unique_ptr<DisplaySleepInhibitor> m_inhibitor;
    CursorHider *m_cursor = nullptr;
    BurnInShifter *m_shifter = nullptr;
    Clock::TimerId m_scheduleTimer = 0;
};

} // namespace callboard

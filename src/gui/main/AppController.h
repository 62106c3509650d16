// AppController: the desktop app's flow. Reads settings and the key, starts the board on the
// user's workspace or on the demo, offers the first-run page when there is no key, opens the
// settings dialog, applies themes, and runs the headless one-shot.
#pragma once

#include "OneShot.h"
#include "core/kiosk/KioskConfig.h"
#include "core/time/Clock.h"
#include "gui/kiosk/KioskWindow.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace callboard {

class AppSettings;
class BoardSession;
class AlertPresenter;
class KioskController;
class MainWindow;
class SavedViewStore;
class SecretStore;

class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)
public:
    struct StartOptions
    {
        bool demo = false;
        QUrl baseUrl;        // empty = from settings
        int intervalSec = 0; // 0 = from settings
        QString theme;       // empty = from settings
        QString window;      // the board window ("today", "8h"); empty = from settings
        bool once = false;
        OneShot::Options oneShot;
        bool kiosk = false;       // the wall display's board instead of the window
        KioskConfig kioskConfig;
        bool cache = true; // the local call cache for the user's workspace (not the demo)
        bool keyless = false; // --no-key (or the settings' connection/noKey)
        QString caFile;       // --ca-file; empty = the settings' connection/caFile
        QString view;         // --view: a saved view for the window or the kiosk's cards page
        bool hidden = false;  // a workspace in the background: its window waits to be shown
        QString workspace;    // its name, said in the title and alerts (several workspaces)
        KioskWindow::PageFactory workspacesPage; // the kiosk's "workspaces" page (the hub's)
    };

    // A kiosk whose key is missing or rejected looks for a new one this often.
    static constexpr int kKeyRetryMinutes = 5;
    static constexpr qint64 kKeyRetryMs = kKeyRetryMinutes * 60 * 1000;

    AppController(AppSettings *settings, SecretStore *secrets, QObject *parent = nullptr);
    ~AppController() override;

    void start(const StartOptions &options);
    // The theme for the window or kiosk (the View menu and Settings call it; so does the hub,
    // so every workspace's window wears the one chosen in any of them).
    void applyTheme(const QString &name);
    MainWindow *window() const { return m_window.get(); }
    KioskController *kiosk() const { return m_kiosk.get(); }
    AlertPresenter *alertPresenter() const { return m_alertPresenter; }
    BoardSession *session() const { return m_session; }
    SavedViewStore *savedViews() const { return m_views.get(); }
    // --once --export-csv: the calls written (those of --view, when one is given).
    const CallFilter &exportFilter() const { return m_options.oneShot.csvFilter; }
    AppSettings *settings() const { return m_settings; }
    SecretStore *secrets() const { return m_secrets; }

signals:
    // --once finished: the process should exit with this code after printing message.
    void finished(int exitCode, const QString &message);
    void themeApplied(const QString &name);

private:
    void startWithKey(const QString &key);
    void startDemo();
    void openSettings();
    void applySyncSettings();
    void fail(const QString &message);
    void startKiosk();
    void applyAlertRules();
    void readKeyAndStart();
    bool applyConnectionSettings(); // keyless, CA file: false (and said) when unusable
    void onKioskEngineState();
    void retryKeyLater();
    // Gives the new window the saved views and shows --view NAME (or says why not).
    void showStartView();
    // "no saved view named “X” (saved views: …)" for a name the store does not hold; for a
    // view of that name that could not be read, why not.
    QString unknownViewMessage(const QString &name) const;

    AppSettings *m_settings;
    SecretStore *m_secrets;
    BoardSession *m_session;
    std::unique_ptr<SavedViewStore> m_views;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<KioskController> m_kiosk;
    AlertPresenter *m_alertPresenter = nullptr;
    Clock::TimerId m_keyRetry = 0;
    StartOptions m_options;
    OneShot *m_oneShot = nullptr;
    QString m_theme; // the one applied
};

} // namespace callboard

// AppController: the desktop app's flow. Reads settings and the key, starts the board on the
// user's workspace or on the demo, offers the first-run page when there is no key, opens the
// settings dialog, applies themes, and runs the headless one-shot.
#pragma once

#include "OneShot.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace callboard {

class AppSettings;
class BoardSession;
class MainWindow;
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
        bool once = false;
        OneShot::Options oneShot;
        bool cache = true; // the local call cache for the user's workspace (not the demo)
    };

    AppController(AppSettings *settings, SecretStore *secrets, QObject *parent = nullptr);
    ~AppController() override;

    void start(const StartOptions &options);
    MainWindow *window() const { return m_window.get(); }
    BoardSession *session() const { return m_session; }

signals:
    // --once finished: the process should exit with this code after printing message.
    void finished(int exitCode, const QString &message);

private:
    void startWithKey(const QString &key);
    void startDemo();
    void openSettings();
    void applyTheme(const QString &name);
    void applySyncSettings();
    void fail(const QString &message);

    AppSettings *m_settings;
    SecretStore *m_secrets;
    BoardSession *m_session;
    std::unique_ptr<MainWindow> m_window;
    StartOptions m_options;
    OneShot *m_oneShot = nullptr;
};

} // namespace callboard

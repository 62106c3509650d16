// WorkspaceHub: several workspaces side by side. One AppController per workspace, each with
// its own session (client, rate budget, cache, alert rules, names) and its own window; all
// of them sync in the background, one window is on screen, and each window carries a
// WorkspaceBar to switch to another or to "All workspaces" (WorkspaceOverview). With one
// workspace nothing of this shows: the window is the board it always was.
// --workspace NAME runs that workspace alone; --once without it waits for every workspace and
// writes one CSV with a "workspace" column, and the overview as the picture.
#pragma once

#include "core/workspaces/Workspace.h"
#include "gui/main/AppController.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QSettings;

namespace callboard {

class AppSettings;
class BoardSession;
class SecretStore;
class WorkspaceBar;
class WorkspaceOverview;
class WorkspaceOverviewWindow;
struct FreshnessView;

class WorkspaceHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceHub)
public:
    // The key store of a workspace (the app: its keychain entry behind its variable).
    using SecretsFactory = std::function<std::unique_ptr<SecretStore>(const Workspace &)>;
    // Called on each new session before it starts (the app: the demo's simulator).
    using SessionSetup = std::function<void(BoardSession &)>;

    WorkspaceHub(QSettings *settings, SecretsFactory secrets, SessionSetup setup, QObject *parent = nullptr);
    ~WorkspaceHub() override;

    // Where the workspaces' caches go (removing a workspace deletes its file there).
    void setCacheDirectory(const QString &directory) { m_cacheDirectory = directory; }
    // Where the workspace last shown and each window's place are kept (AppSettings::
    // stateStore): by default the settings; with --config FILE, the user's own.
    void setStateSettings(QSettings *state) { m_state = state; }
    QSettings *stateStore() const { return m_state ? m_state : m_settings; }
    // Reads the workspaces and starts every one, or only the one named only (--workspace); false
    // with *error when only names none. Warnings about unreadable workspace groups go to stderr.
    bool start(const AppController::StartOptions &options, const QString &only, QString *error = nullptr);

    int count() const { return int(m_boards.size()); }
    const Workspace &workspace(int index) const;
    AppController *controller(int index) const;
    BoardSession *session(int index) const;
    int indexOf(const QString &nameOrId) const; // -1 when none
    // How fresh a workspace's data is, as its header says it ("updated 3 s ago · ● Live"),
    // and the API it watches.
    QString stateText(int index) const;
    QUrl baseUrl(int index) const;
    int current() const { return m_current; }  // -1: the overview
    // Shows a workspace's window (-1: the overview) where the one on screen was.
    void show(int index);
    WorkspaceOverview *overview() const;
    QWidget *overviewWindow() const; // the window that holds it, with menus and status bar
    WorkspaceBar *barOf(int index) const; // nullptr while there is one workspace
    // Brings the bars and the overview up to date now (they also follow every second).
    void refresh();

    // Adds a workspace, stores its key in its own keychain entry and starts it; false with
    // *error (the name is taken, the key cannot be stored).
    void addWorkspace(const QString &name, const QUrl &baseUrl, const QString &key,
                      std::function<void(bool ok, const QString &error)> done);
    bool renameWorkspace(int index, const QString &name, QString *error = nullptr);
    // "#rrggbb": the workspace's colour in the bar, the overview and the dialog.
    void setColour(int index, const QString &colour);
    // Stops the workspace and deletes its keychain entry, its cache files and its settings
    // group; the default workspace cannot be removed. done(ok, error) when the keychain has
    // answered.
    void removeWorkspace(int index, std::function<void(bool ok, const QString &error)> done);

signals:
    // --once: every board has finished (or one failed): exit with code after printing message.
    void finished(int exitCode, const QString &message);
    void workspacesChanged();
    void workspacesRequested(); // File › Workspaces… in any window

private:
    struct Board;
    Board *makeBoard(const Workspace &workspace);
    FreshnessView freshnessAt(int index) const;
    static QString stateLine(const FreshnessView &fresh); // "updated 3 s ago · ● Live"
    void startBoard(Board *board, AppController::StartOptions options);
    void ensureBars();
    void onBoardFinished(Board *board, int code, const QString &message);
    void finishAll();
    QWidget *windowOf(int index) const;

    QSettings *m_settings;
    QSettings *m_state = nullptr;
    SecretsFactory m_secretsFactory;
    SessionSetup m_setup;
    std::vector<std::unique_ptr<Board>> m_boards;
    std::unique_ptr<WorkspaceOverviewWindow> m_overview;
    QList<QPointer<WorkspaceOverview>> m_wallPages; // the kiosk's "workspaces" pages
    AppController::StartOptions m_options;
    QString m_cacheDirectory;
    QTimer m_refresh;
    int m_current = 0;
    bool m_multiOnce = false; // --once over every workspace
};

} // namespace callboard

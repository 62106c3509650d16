// WorkspaceHub: adding, renaming, recolouring and removing workspaces (File › Workspaces…).
#include "WorkspaceHub.h"

#include "WorkspaceHubBoard.h"
#include "core/sync/SyncEngine.h"
#include "gui/alerts/AlertPresenter.h"
#include "gui/main/MainWindow.h"
#include "session/BoardSession.h"

#include <QColor>
#include <QDir>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace callboard {

void WorkspaceHub::addWorkspace(const QString &name, const QUrl &baseUrl, const QString &key,
                                std::function<void(bool, const QString &)> done)
{
    QString error;
    const std::optional<Workspace> added = Workspaces::add(*m_settings, name, baseUrl, &error);
    if (!added) {
        done(false, error);
        return;
    }
    Board *board = makeBoard(*added);
    board->secrets->setBaseUrl(baseUrl);
    const auto stored = [this, board, done](const SecretResult &r) {
        if (!r.ok) { // no key, no workspace: nothing of it stays
            const QString id = board->workspace.id;
            m_boards.erase(std::find_if(m_boards.begin(), m_boards.end(),
                                        [board](const auto &b) { return b.get() == board; }));
            Workspaces::remove(*m_settings, id);
            done(false, r.error);
            return;
        }
        AppController::StartOptions own = m_options;
        own.once = false;
        own.view.clear();
        own.baseUrl = QUrl();
        own.workspace = board->workspace.name;
        own.hidden = true;
        board->controller->session()->setLogName(own.workspace);
        startBoard(board, own);
        ensureBars();
        if (count() == 2 && m_boards.front()->controller->window())
            m_boards.front()->controller->window()->setWindowTitle(
                tr("%1 — Callboard").arg(m_boards.front()->workspace.name));
        refresh();
        emit workspacesChanged();
        done(true, QString());
    };
    if (key.isEmpty()) // its variable holds the key: nothing to store
        stored(SecretResult{});
    else
        board->secrets->write(key, this, stored);
}

bool WorkspaceHub::renameWorkspace(int index, const QString &name, QString *error)
{
    if (index < 0 || index >= count())
        return false;
    Board *board = m_boards[size_t(index)].get();
    if (!Workspaces::rename(*m_settings, board->workspace.id, name, error))
        return false;
    board->workspace.name = name.trimmed();
    if (MainWindow *window = board->controller->window(); window && count() > 1)
        window->setWindowTitle(tr("%1 — Callboard").arg(board->workspace.name));
    if (AlertPresenter *alerts = board->controller->alertPresenter())
        alerts->setWorkspaceName(board->workspace.name);
    refresh();
    emit workspacesChanged();
    return true;
}

void WorkspaceHub::setColour(int index, const QString &colour)
{
    if (index < 0 || index >= count() || !QColor(colour).isValid())
        return;
    Board *board = m_boards[size_t(index)].get();
    Workspaces::setColour(*m_settings, board->workspace.id, colour);
    board->workspace.colour = colour;
    refresh();
    emit workspacesChanged();
}

void WorkspaceHub::removeWorkspace(int index, std::function<void(bool, const QString &)> done)
{
    if (index <= 0 || index >= count() || workspace(index).isDefault()) {
        done(false, tr("the first workspace cannot be removed"));
        return;
    }
    if (m_current == index)
        show(0);
    std::unique_ptr<Board> board = std::move(m_boards[size_t(index)]);
    m_boards.erase(m_boards.begin() + index);
    if (m_current > index)
        --m_current;
    const Workspace gone = board->workspace;
    const QUrl baseUrl = board->settings->baseUrl(); // its keychain entry's host, before the group goes
    board->controller->session()->stop();
    board->controller.reset(); // its window and session go; the cache file is closed
    // Every cache file this workspace ever wrote (one per key it had): <32 hex>-<id>.sqlite…
    const QRegularExpression own(QStringLiteral("^[0-9a-f]{32}-%1\\.sqlite")
                                     .arg(QRegularExpression::escape(gone.id)));
    QDir cacheDir(m_cacheDirectory);
    for (const QString &file : cacheDir.entryList(QDir::Files))
        if (own.match(file).hasMatch())
            cacheDir.remove(file);
    Workspaces::remove(*m_settings, gone.id);
    m_settings->sync();
    SecretStore *secrets = board->secrets.get();
    secrets->setBaseUrl(baseUrl);
    Board *raw = board.release();
    secrets->remove(this, [this, raw, done](const SecretResult &r) {
        std::unique_ptr<Board> owned(raw);
        refresh();
        emit workspacesChanged();
        done(r.ok, r.error);
    });
}

} // namespace callboard

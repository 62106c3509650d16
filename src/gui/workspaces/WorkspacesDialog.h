// WorkspacesDialog: File › Workspaces… (and Settings › Workspaces…): the workspaces this app
// watches, each with its API and how fresh its data is, and adding (name, base URL, key into
// the keychain), renaming and removing them. The Add form stays open with what was typed
// until the workspace is really added. Removing asks first, then deletes the workspace's
// key, cached calls and settings (WorkspaceHub::removeWorkspace).
#pragma once

#include <QDialog>

#include <functional>

class QColor;
class QLabel;
class QListWidget;
class QPushButton;

namespace callboard {

class WorkspaceHub;

class WorkspacesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacesDialog)
public:
    explicit WorkspacesDialog(WorkspaceHub *hub, QWidget *parent = nullptr);

    // Opens the dialog over the window on screen whenever a window asks for it.
    static void connectTo(WorkspaceHub *hub);

    QListWidget *list() const { return m_list; }
    // The buttons' work, callable without them (tests): add asks nothing, remove asks first.
    // done(ok) follows the keychain's answer; a refusal leaves the reason in lastError().
    void add(const QString &name, const QUrl &baseUrl, const QString &key,
             std::function<void(bool ok)> done = {});
    void removeSelected();
    void renameSelected(const QString &name);
    void recolourSelected(const QColor &colour);
    QString lastError() const;
    // The Add form, open over this dialog; it closes itself once the workspace is added.
    QDialog *openAddForm();

private:
    void reload();
    void updateStates(); // each row's API and freshness, every second
    void showError(const QString &message);

    WorkspaceHub *m_hub;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_colour;
    QLabel *m_error;
};

} // namespace callboard

// WorkspaceOverviewWindow: "All workspaces" as a window like the boards': the switcher and
// the overview table, a File menu (Workspaces…, Quit) and a status bar that sums up what
// the rows say ("3 workspaces · 1 not updating · 2 alerts").
#pragma once

#include "WorkspaceOverview.h"

#include <QMainWindow>

class QLabel;

namespace callboard {

class WorkspaceOverviewWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceOverviewWindow)
public:
    explicit WorkspaceOverviewWindow(QWidget *parent = nullptr);

    WorkspaceOverview *overview() const { return m_overview; }
    void setRows(const QList<WorkspaceOverview::Row> &rows);
    QString summary() const;

signals:
    void workspacesRequested(); // File › Workspaces…

private:
    WorkspaceOverview *m_overview;
    QLabel *m_summary;
};

} // namespace callboard

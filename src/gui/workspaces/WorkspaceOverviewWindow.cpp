#include "WorkspaceOverviewWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace callboard {

WorkspaceOverviewWindow::WorkspaceOverviewWindow(QWidget *parent)
    : QMainWindow(parent), m_overview(new WorkspaceOverview(this)), m_summary(new QLabel(this))
{
    setWindowTitle(m_overview->windowTitle());
    setCentralWidget(m_overview);
    // What a board's File menu offers that makes sense without a board.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Workspaces…"), this, &WorkspaceOverviewWindow::workspacesRequested);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    m_summary->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_summary, 1);
}

void WorkspaceOverviewWindow::setRows(const QList<WorkspaceOverview::Row> &rows)
{
    m_overview->setRows(rows);
    int stale = 0, alerts = 0;
    for (const WorkspaceOverview::Row &row : rows) {
        stale += row.level != Freshness::Fresh;
        alerts += row.alerts;
    }
    QStringList parts{tr("%n workspace(s)", nullptr, int(rows.size()))};
    parts << (stale ? tr("%n not up to date", nullptr, stale) : tr("all up to date"));
    if (alerts)
        parts << tr("%n alert(s) firing", nullptr, alerts);
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
}

QString WorkspaceOverviewWindow::summary() const { return m_summary->text(); }

} // namespace callboard

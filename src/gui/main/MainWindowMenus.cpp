// MainWindow's menus and their shortcuts (README's "Keyboard:" line lists them; tst_shortcuts
// presses each one from the search box and from the cards).
#include "MainWindow.h"

#include "gui/filters/FilterBar.h"
#include "ShortcutKeeper.h"
#include "ShortcutsDialog.h"
#include "core/sync/SyncEngine.h"
#include "gui/analysis/AnalysisTilesView.h"
#include "gui/campaigns/CampaignsView.h"
#include "gui/cards/CallCardView.h"
#include "gui/charts/ChartsPanel.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"
#include "gui/views/SavedViewsMenu.h"
#include "session/BoardSession.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>

namespace callboard {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh now"), this, [this] { m_session->engine()->syncNow(); });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("&Export visible calls as CSV…"), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportCsvInteractively);
    file->addAction(tr("Save board as &PNG…"), QKeySequence(tr("Ctrl+Shift+S")), this,
                    &MainWindow::savePngInteractively);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence(tr("Ctrl+,")), this, &MainWindow::settingsRequested);
    file->addAction(tr("&Workspaces…"), this, &MainWindow::workspacesRequested);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_savedViews = new SavedViewsMenu(m_filterBar, this);
    view->addMenu(m_savedViews);
    view->addSeparator();
    auto *layouts = new QActionGroup(this);
    QAction *list = view->addAction(tr("Cards as a &list"), QKeySequence(tr("Ctrl+1")), this,
                                    [this] { showCardsAs(CallCardDelegate::Layout::List); });
    QAction *grid = view->addAction(tr("Cards as a &grid"), QKeySequence(tr("Ctrl+2")), this,
                                    [this] { showCardsAs(CallCardDelegate::Layout::Grid); });
    for (QAction *a : {list, grid}) {
        a->setCheckable(true);
        layouts->addAction(a);
    }
    list->setChecked(true);
    view->addSeparator();
    view->addAction(tr("Show &charts"), QKeySequence(tr("Ctrl+3")), this, [this] { m_tabs->setCurrentWidget(m_charts); });
    view->addAction(tr("Show &analysis tiles"), QKeySequence(tr("Ctrl+4")), this, [this] { m_tabs->setCurrentWidget(m_tiles); });
    view->addAction(tr("Show ca&mpaigns"), QKeySequence(tr("Ctrl+5")), this, [this] { m_tabs->setCurrentWidget(m_campaigns); });
    view->addSeparator();
    view->addAction(tr("Alert &log…"), QKeySequence(tr("Ctrl+L")), this, &MainWindow::openAlertLog);
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    const std::pair<QString, QString> names[] = {{QStringLiteral("light"), tr("Light")},
                                                 {QStringLiteral("dark"), tr("Dark")},
                                                 {QStringLiteral("contrast"), tr("High contrast")}};
    for (const auto &[name, label] : names) {
        QAction *a = themes->addAction(label, this, [this, name = name] { emit themeRequested(name); });
        a->setCheckable(true);
        a->setData(name);
        themeGroup->addAction(a);
    }

    QMenu *filter = menuBar()->addMenu(tr("F&ilter"));
    filter->addAction(tr("&Search…"), QKeySequence::Find, m_filterBar, &FilterBar::focusSearch);
    const std::pair<StatusGroup, const char *> groups[] = {
        {StatusGroup::Live, "Alt+1"}, {StatusGroup::Connected, "Alt+2"},
        {StatusGroup::NotReached, "Alt+3"}, {StatusGroup::Failed, "Alt+4"}};
    for (const auto &[group, keys] : groups)
        filter->addAction(tr("Only %1 calls").arg(Labels::statusGroup(group)), QKeySequence(QLatin1String(keys)),
                          this, [this, group = group] { m_filterBar->toggleGroup(group); });
    filter->addAction(tr("&Clear filters"), QKeySequence(tr("Ctrl+Shift+X")), m_filterBar, &FilterBar::clear);
    filter->addSeparator();
    filter->addAction(tr("Go to the &cards"), QKeySequence(tr("Ctrl+K")), this,
                      [this] { m_cards->setFocus(Qt::ShortcutFocusReason); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        if (auto *open = findChild<ShortcutsDialog *>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addAction(tr("&About Callboard"), this, [this] {
        QMessageBox::about(this, tr("About Callboard"),
                           tr("Callboard %1\nLive call monitoring for DialNexa voice agents.")
                               .arg(QStringLiteral(CALLBOARD_VERSION)));
    });
    // The text fields must not keep these keys to themselves (Ctrl+E, Ctrl+K in a line edit).
    m_shortcuts = new ShortcutKeeper(this);
    m_shortcuts->clearOnEscape(m_filterBar->searchField());
}

void MainWindow::setViewStore(SavedViewStore *store)
{
    m_savedViews->setStore(store);
}

void MainWindow::showCardsAs(CallCardDelegate::Layout layout)
{
    if (layout == m_cards->cardLayout())
        return;
    m_cards->setLayout(layout);
    QList<int> sizes = m_splitter->sizes();
    if (layout == CallCardDelegate::Layout::List) {
        if (!m_listSplit.isEmpty())
            m_splitter->setSizes(m_listSplit); // the split the list had
        m_listSplit.clear();
        return;
    }
    // A grid of one column is a list of taller cards: widen the cards' pane to two columns,
    // taking the room from the charts, as far as half the window.
    m_listSplit = sizes;
    const int want = qMin(m_cards->widthForGridColumns(2), (sizes[0] + sizes[1] + sizes[2]) / 2);
    const int grow = qMin(want - sizes[0], sizes[1] - m_tabs->minimumSizeHint().width());
    if (grow <= 0)
        return;
    sizes[0] += grow;
    sizes[1] -= grow;
    m_splitter->setSizes(sizes);
}

} // namespace callboard

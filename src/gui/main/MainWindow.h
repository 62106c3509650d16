// MainWindow: the supervisor's board. KPI strip on top, filters under it, then the call cards,
// the charts and analysis tiles, and the detail pane of the selected call. Everything updates
// from the store's ChangeSets through the models and CallStats; nothing re-reads the store.
#pragma once

#include "gui/cards/CallCardDelegate.h"
#include "gui/theme/Theme.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace callboard {

class AnalysisTilesView;
class CampaignsView;
class BoardSession;
class CallCardView;
class CallDetailPane;
class CallFilterProxy;
class ElidedLabel;
class EmptyResultNotice;
class CallListModel;
class ChartsPanel;
class FilterBar;
class FirstRunPage;
class KpiStrip;
class SavedViewStore;
class SavedViewsMenu;
class ShortcutKeeper;
struct CallFilter;
struct CallLog;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(BoardSession *session, QWidget *parent = nullptr);

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    // Shows the first-run page (no key yet) or the board.
    void showFirstRun(bool on);

    // The calls of the filtered view, in board order (for CSV export and tests).
    std::vector<const CallLog *> visibleCalls() const;
    bool exportCsv(const QString &path, QString *error);
    bool saveBoardPng(const QString &path, QString *error);
    // Brings KPIs, charts and tiles up to date now instead of at their next coalesced
    // refresh (benchmarks and pictures).
    void refreshNow();
    // Selects the newest connected call that has its analysis (for the one-shot picture).
    void selectShowcaseCall();
    // The firing alerts in the status bar ("⚠ 2 alerts — …"); empty hides it.
    void setAlertStatus(const QString &text);
    QString alertStatus() const;
    // A problem worth a sentence that does not stop the board (the cache could not be used):
    // shown for a minute in the status bar, beside the sync state, not over it.
    void showProblem(const QString &message);
    QString problemText() const; // what the status bar shows of it; empty once it has gone
    void openAlertLog();
    // View › Saved views keeps its views here (not owned); until then the menu offers none.
    void setViewStore(SavedViewStore *store);
    SavedViewsMenu *savedViewsMenu() const { return m_savedViews; }

    FilterBar *filterBar() const { return m_filterBar; }
    CallCardView *cardView() const { return m_cards; }
    CallDetailPane *detailPane() const { return m_detail; }
    CallFilterProxy *proxy() const { return m_proxy; }
    EmptyResultNotice *emptyNotice() const { return m_emptyNotice; }
    KpiStrip *kpiStrip() const { return m_kpi; }
    // Several workspaces: their switcher above the board (the window takes it).
    void setWorkspaceBar(QWidget *bar);
    QWidget *workspaceBar() const { return m_workspaceBar; }
    FirstRunPage *firstRunPage() const { return m_firstRun; }

signals:
    void settingsRequested();
    void workspacesRequested(); // File › Workspaces…
    void demoRequested();
    void themeRequested(const QString &name);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildMenus();
    // Ctrl+1 / Ctrl+2: the cards as a list or a grid (which gets room for two columns).
    void showCardsAs(CallCardDelegate::Layout layout);
    void updateStatusBar();
    void onSelectionChanged();
    void applyFilter(const CallFilter &filter);
    void dropHiddenDetail();
    void updateEmptyNotice();
    void exportCsvInteractively();
    void savePngInteractively();

    BoardSession *m_session;
    Theme m_theme;
    CallListModel *m_model;
    CallFilterProxy *m_proxy;
    QStackedWidget *m_stack;
    FirstRunPage *m_firstRun;
    KpiStrip *m_kpi;
    FilterBar *m_filterBar;
    CallCardView *m_cards;
    QTabWidget *m_tabs;
    ChartsPanel *m_charts;
    AnalysisTilesView *m_tiles;
    CampaignsView *m_campaigns;
    CallDetailPane *m_detail;
    QSplitter *m_splitter;
    QList<int> m_listSplit; // the split before the grid widened the cards
    QLabel *m_syncLabel;
    ElidedLabel *m_problemLabel;
    QTimer *m_problemTimer;
    QLabel *m_rateLabel;
    ElidedLabel *m_alertLabel;
    QProgressBar *m_progress;
    ShortcutKeeper *m_shortcuts = nullptr;
    SavedViewsMenu *m_savedViews = nullptr;
    EmptyResultNotice *m_emptyNotice = nullptr;
    QWidget *m_workspaceBar = nullptr;
    bool m_splitterPlaced = false;
    bool m_applyingFilter = false;
    bool m_currentLeaving = false; // the current card is being filtered away
};

} // namespace callboard

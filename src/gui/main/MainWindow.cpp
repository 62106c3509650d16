#include "MainWindow.h"

#include "EmptyResultNotice.h"
#include "gui/filters/FilterBar.h"
#include "core/api/DialNexaClient.h"
#include "core/directory/Directory.h"
#include "core/model/CallStore.h"
#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"
#include "gui/alerts/AlertLogDialog.h"
#include "gui/analysis/AnalysisTilesView.h"
#include "gui/campaigns/CampaignsView.h"
#include "gui/cards/CallCardView.h"
#include "gui/charts/AgentDurationChart.h"
#include "gui/charts/ChartsPanel.h"
#include "gui/detail/CallDetailPane.h"
#include "gui/kpi/KpiStrip.h"
#include "gui/models/CallFilterProxy.h"
#include "gui/models/CallListModel.h"
#include "gui/settings/FirstRunPage.h"
#include "gui/widgets/ElidedLabel.h"
#include "gui/widgets/PlainToolTip.h"
#include "session/BoardSession.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace callboard {

MainWindow::MainWindow(BoardSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_theme(Theme::light()),
      m_model(new CallListModel(session->store(), this)), m_proxy(new CallFilterProxy(m_model, this))
{
    setWindowTitle(tr("Callboard"));
    CallStats *stats = session->stats();
    SyncEngine *engine = session->engine();

    auto *board = new QWidget(this);
    auto *layout = new QVBoxLayout(board);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_kpi = new KpiStrip(stats, engine, session->clock(), &m_theme, board);
    m_kpi->setWindowKeeper(session->windowKeeper());
    layout->addWidget(m_kpi);
    m_filterBar = new FilterBar(stats, board);
    m_filterBar->setDirectory(session->directory());
    layout->addWidget(m_filterBar);

    m_splitter = new QSplitter(Qt::Horizontal, board);
    m_cards = new CallCardView(&m_theme, session->clock(), m_splitter);
    m_model->setDirectory(session->directory());
    m_model->setClock(session->clock());
    // Connected before the view's selection model exists, so this runs before that moves the
    // current card to a neighbour of a card the filters are taking away.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const QModelIndex current = m_cards->currentIndex();
                m_currentLeaving = current.isValid() && current.row() >= first && current.row() <= last;
            });
    m_cards->setModel(m_proxy);
    m_cards->cardDelegate()->setDirectory(session->directory());
    m_cards->setAccessibleName(tr("Calls"));
    m_tabs = new QTabWidget(m_splitter);
    m_charts = new ChartsPanel(stats, &m_theme, session->clock(), m_tabs);
    m_tiles = new AnalysisTilesView(stats, &m_theme, m_tabs);
    m_charts->agents()->setDirectory(session->directory());
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_tiles, tr("Analysis"));
    m_campaigns = new CampaignsView(stats, &m_theme, m_tabs);
    m_campaigns->setDirectory(session->directory());
    m_campaigns->setCursor(Qt::PointingHandCursor);
    m_campaigns->setToolTip(tr("Click a campaign to show its calls"));
    m_tabs->addTab(m_campaigns, tr("Campaigns"));
    m_detail = new CallDetailPane(session->store(), session->client(), &m_theme, m_splitter);
    m_detail->setClock(session->clock());
    m_detail->setDirectory(session->directory());
    m_splitter->addWidget(m_cards);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_detail);
    // Charts squeeze before the cards and the detail pane do: the cards are what a
    // supervisor scans, the detail pane what they read.
    m_cards->setMinimumWidth(380);
    m_tabs->setMinimumWidth(440);
    m_detail->setMinimumWidth(360);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_firstRun = new FirstRunPage(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(board);
    m_stack->addWidget(m_firstRun);
    setCentralWidget(m_stack);
    connect(m_firstRun, &FirstRunPage::keyRequested, this, &MainWindow::settingsRequested);
    connect(m_firstRun, &FirstRunPage::demoRequested, this, &MainWindow::demoRequested);

    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_filterBar, &FilterBar::sortChanged, m_proxy, &CallFilterProxy::setSortOrder);
    connect(m_filterBar, &FilterBar::sortChanged, m_cards, &CallCardView::forgetNewCalls);
    connect(m_charts, &ChartsPanel::filterRequested, m_filterBar, &FilterBar::applyConstraint);
    // A key that may not read the names: said once, in the status bar; the board shows ids.
    connect(session->directory(), &Directory::availabilityChanged, this, [this] {
        if (m_session->directory()->availability() == Directory::Availability::Denied)
            showProblem(tr("This API key may not read agent and campaign names: the board shows their ids"));
    });
    connect(m_campaigns, &CampaignsView::campaignClicked, this, [this](const QString &key) {
        CallFilter constraint;
        constraint.campaignIds = QStringList{key};
        m_filterBar->applyConstraint(constraint);
    });
    connect(m_cards->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSelectionChanged);
    // A search or filter with no call says so, with a way back (over the cards, not in them).
    m_emptyNotice = new EmptyResultNotice(m_cards->viewport());
    connect(m_emptyNotice, &EmptyResultNotice::clearRequested, m_filterBar, &FilterBar::clear);
    // An empty board during an outage says why, with a way to retry and to fix the settings.
    connect(m_emptyNotice, &EmptyResultNotice::retryRequested, engine, &SyncEngine::syncNow);
    connect(m_emptyNotice, &EmptyResultNotice::settingsRequested, this, &MainWindow::settingsRequested);
    connect(engine, &SyncEngine::stateChanged, this, &MainWindow::updateEmptyNotice);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateEmptyNotice);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyNotice);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyNotice);
    // A call that changes out of the filters (a live call ending) leaves the detail pane too.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::dropHiddenDetail);
    // "Longest first" counts live calls' time so far: re-ranked on every tick.
    connect(engine, &SyncEngine::synced, m_proxy, &CallFilterProxy::refreshLiveDurations);

    m_syncLabel = new QLabel(this);
    m_syncLabel->setTextFormat(Qt::PlainText);
    m_rateLabel = new QLabel(this);
    m_rateLabel->setTextFormat(Qt::PlainText);
    // Plain text: messages carry server values.
    m_alertLabel = new ElidedLabel(QString(), this);
    m_alertLabel->setVisible(false);
    // Several alerts make a long line: it must not widen the window, and where the window is
    // narrow (German at 1280 px) it ends in "…" rather than run under the rate limit. The
    // tooltip has it all.
    m_alertLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_alertLabel->setMaximumWidth(560);
    // A click opens the alert log (Ctrl+L from the keyboard).
    m_alertLabel->setCursor(Qt::PointingHandCursor);
    m_alertLabel->setAccessibleDescription(tr("Click for the alert log (Ctrl+L)"));
    connect(m_alertLabel, &ElidedLabel::clicked, this, &MainWindow::openAlertLog);
    m_progress = new QProgressBar(this);
    m_progress->setMinimumWidth(200);
    m_progress->setFormat(tr("Loading %v / %m"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setVisible(false);
    // A problem has a label of its own: QStatusBar's temporary message, shown before the
    // window was, left the sync state drawn underneath it.
    m_problemLabel = new ElidedLabel(QString(), this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel")); // the alert line is one too
    m_problemLabel->setVisible(false);
    m_problemTimer = new QTimer(this);
    m_problemTimer->setSingleShot(true);
    m_problemTimer->setInterval(60 * 1000);
    connect(m_problemTimer, &QTimer::timeout, m_problemLabel, &QWidget::hide);
    statusBar()->addWidget(m_problemLabel, 1);
    statusBar()->addWidget(m_syncLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_alertLabel);
    statusBar()->addPermanentWidget(m_rateLabel);
    connect(engine, &SyncEngine::stateChanged, this, &MainWindow::updateStatusBar);
    connect(engine, &SyncEngine::synced, this, &MainWindow::updateStatusBar);
    connect(engine, &SyncEngine::failed, this, &MainWindow::updateStatusBar);
    connect(session->client(), &DialNexaClient::rateLimitChanged, this, &MainWindow::updateStatusBar);
    connect(engine, &SyncEngine::backfillProgress, this, [this](int done, int total) {
        m_progress->setVisible(!m_session->engine()->backfillDone() && total > 0 && done < total);
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(engine, &SyncEngine::synced, this, [this] {
        if (m_session->engine()->backfillDone())
            m_progress->setVisible(false);
    });
    auto *everySecond = new QTimer(this);
    connect(everySecond, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    everySecond->start(1000);

    buildMenus();
    updateStatusBar();
    setTheme(m_theme);
    resize(1600, 1000);
}

void MainWindow::setTheme(const Theme &theme)
{
    m_theme = theme;
    QApplication::setPalette(theme.palette());
    setPalette(theme.palette());
    m_kpi->setTheme(&m_theme);
    m_filterBar->setTheme(m_theme);
    m_cards->setTheme(&m_theme);
    m_charts->setTheme(&m_theme);
    m_tiles->setTheme(&m_theme);
    m_campaigns->setTheme(&m_theme);
    m_detail->setTheme(&m_theme);
    m_firstRun->setTheme(&m_theme);
    for (QAction *a : menuBar()->findChildren<QAction *>())
        if (a->isCheckable() && a->data().toString() == Theme::nameOf(theme.kind()))
            a->setChecked(true);
    update();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splitterPlaced)
        return;
    m_splitterPlaced = true;
    // The cards are what a supervisor reads first: below 1600 px they take 35 %,
    // so an agent's whole name fits beside German badges; wider windows give the charts more.
    const int w = m_splitter->width();
    const int cards = w < 1600 ? 35 : 28;
    m_splitter->setSizes({w * cards / 100, w * (76 - cards) / 100, w * 24 / 100});
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (!isVisible())
        m_splitterPlaced = false; // offscreen renders resize before showing: place on show
}

void MainWindow::setWorkspaceBar(QWidget *bar)
{
    if (m_workspaceBar)
        return;
    m_workspaceBar = bar;
    auto *frame = new QWidget(this);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    takeCentralWidget();
    layout->addWidget(bar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(frame);
}

void MainWindow::showFirstRun(bool on)
{
    m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_firstRun) : m_stack->widget(0));
}

void MainWindow::applyFilter(const CallFilter &filter)
{
    // The view must not hand the selection to whichever card moved into the hidden one's
    // place; the detail pane shows the call only while its card is shown.
    const QString shown = m_detail->shownCallId();
    m_applyingFilter = true;
    m_proxy->setFilter(filter);
    m_applyingFilter = false;
    m_currentLeaving = false;
    // Charts and tiles count every call of the window; say so while the cards are filtered.
    m_tabs->setTabText(0, filter.isEmpty() ? tr("Charts") : tr("Charts (all calls)"));
    m_tabs->setTabText(1, filter.isEmpty() ? tr("Analysis") : tr("Analysis (all calls)"));
    const int sourceRow = m_session->store()->rowOf(shown);
    const QModelIndex still = sourceRow < 0 ? QModelIndex()
                                            : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    const QSignalBlocker block(m_cards->selectionModel());
    if (still.isValid()) {
        m_cards->setCurrentIndex(still);
    } else {
        m_cards->selectionModel()->clear();
        if (!shown.isEmpty())
            m_detail->showCall(QString());
    }
    m_cards->viewport()->update();
    updateEmptyNotice();
}

void MainWindow::dropHiddenDetail()
{
    if (m_applyingFilter)
        return;
    m_currentLeaving = false;
    const QString shown = m_detail->shownCallId();
    if (shown.isEmpty())
        return;
    const int sourceRow = m_session->store()->rowOf(shown);
    if (sourceRow >= 0 && m_proxy->mapFromSource(m_model->index(sourceRow, 0)).isValid())
        return;
    const QSignalBlocker block(m_cards->selectionModel());
    m_cards->selectionModel()->clear();
    m_detail->showCall(QString());
}

void MainWindow::updateEmptyNotice()
{
    const SyncEngine *engine = m_session->engine();
    const QString host = engine->client()->baseUrl().host();
    QString outage;
    switch (engine->state()) {
    case SyncEngine::State::Offline:
        outage = tr("cannot reach %1 (%2)").arg(host, engine->lastError().toString());
        break;
    case SyncEngine::State::BackingOff:
        outage = tr("%1 answers with an error (%2)").arg(host, engine->lastError().toString());
        break;
    case SyncEngine::State::AuthFailed:
        outage = tr("%1 rejected the API key (%2)").arg(host, engine->lastError().toString());
        break;
    default:
        break;
    }
    m_emptyNotice->setOutage(outage);
    m_emptyNotice->setCounts(m_proxy->rowCount(), m_model->rowCount(), !m_proxy->filter().isEmpty());
}

void MainWindow::onSelectionChanged()
{
    if (m_applyingFilter || m_currentLeaving)
        return;
    const QModelIndex current = m_cards->currentIndex();
    m_detail->showCall(current.isValid() ? current.data(CallListModel::IdRole).toString() : QString());
}

void MainWindow::refreshNow()
{
    m_kpi->refresh();
    m_charts->refresh();
    m_tiles->refresh();
    updateStatusBar();
}

void MainWindow::selectShowcaseCall()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const CallLog *call = m_model->callAt(m_proxy->mapToSource(index).row());
        if (call && call->status == CallStatus::Completed && !call->analysis.empty()) {
            m_cards->setCurrentIndex(index);
            m_cards->scrollToTop(); // the newest calls stay in the picture
            return;
        }
    }
}

void MainWindow::updateStatusBar()
{
    SyncEngine *engine = m_session->engine();
    const QLocale locale;
    QString text = tr("Calls shown: %1 of %2").arg(locale.toString(m_proxy->rowCount()),
                                                  locale.toString(m_model->rowCount()))
                   + QStringLiteral("  ·  ")
                   + SyncEngine::stateName(engine->state());
    if (m_session->isDemo())
        text += QStringLiteral("  ·  ") + tr("demo data (simulator)");
    if (engine->lastError().isError())
        text += QStringLiteral("  ·  ") + engine->lastError().toString();
    m_syncLabel->setText(text);
    const RateLimit rl = m_session->client()->rateLimit();
    m_rateLabel->setText(rl.isKnown() ? tr("Rate limit: %1 of %2 left").arg(rl.remaining).arg(rl.limit)
                                      : QString());
}

void MainWindow::setAlertStatus(const QString &text)
{
    m_alertLabel->setFullText(text);
    m_alertLabel->setVisible(!text.isEmpty());
    QPalette p = m_alertLabel->palette();
    p.setColor(QPalette::WindowText, m_theme.danger());
    m_alertLabel->setPalette(p);
}

QString MainWindow::alertStatus() const { return m_alertLabel->fullText(); }

void MainWindow::showProblem(const QString &message)
{
    m_problemLabel->setFullText(tr("⚠ %1").arg(message));
    m_problemLabel->setAccessibleName(tr("Problem"));
    m_problemLabel->setAccessibleDescription(message);
    m_problemLabel->setVisible(true);
    m_problemTimer->start();
}

QString MainWindow::problemText() const
{
    return m_problemLabel->isHidden() ? QString() : m_problemLabel->fullText();
}

void MainWindow::openAlertLog()
{
    if (auto *open = findChild<AlertLogDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new AlertLogDialog(m_session->alerts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace callboard

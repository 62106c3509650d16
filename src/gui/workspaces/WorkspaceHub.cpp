#include "WorkspaceHub.h"

#include "WorkspaceBar.h"
#include "WorkspaceHubBoard.h"
#include "WorkspaceOverview.h"
#include "WorkspaceOverviewWindow.h"
#include "core/alerts/AlertEngine.h"
#include "core/api/DialNexaClient.h"
#include "core/cache/CacheLocation.h"
#include "core/export/CsvWriter.h"
#include "core/filter/CallFilter.h"
#include "core/model/CallStore.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SecretStore.h"
#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"
#include "core/time/Clock.h"
#include "gui/alerts/AlertPresenter.h"
#include "gui/kpi/KpiStrip.h"
#include "gui/main/MainWindow.h"
#include "gui/main/PngFile.h"
#include "session/BoardSession.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>

#include <algorithm>

namespace callboard {

namespace {
// A board without a window (a wall's): its freshness from its engine, as its header says it.
FreshnessView freshnessOf(BoardSession *session)
{
    const SyncEngine *engine = session->engine();
    FreshnessInput in;
    in.state = engine->state();
    in.lastSuccess = engine->lastSuccess();
    in.nowMs = session->clock()->nowMs();
    in.watchingSinceMs = in.nowMs;
    in.intervalSec = engine->intervalSec();
    in.nextAttemptInMs = engine->nextAttemptInMs();
    in.errorKind = engine->lastError().kind;
    in.backfillDone = engine->backfillDone();
    in.showingCached = engine->showingCached();
    in.cachedAsOf = engine->cachedAsOf();
    in.host = session->client()->baseUrl().host();
    return describeFreshness(in);
}

const QString kCurrentKey = QStringLiteral("workspaces/current");
const QString kMainMark = QStringLiteral(":main");
} // namespace


WorkspaceHub::WorkspaceHub(QSettings *settings, SecretsFactory secrets, SessionSetup setup, QObject *parent)
    : QObject(parent), m_settings(settings), m_secretsFactory(std::move(secrets)), m_setup(std::move(setup)),
      m_cacheDirectory(CacheLocation::defaultDirectory())
{
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &WorkspaceHub::refresh);
}

WorkspaceHub::~WorkspaceHub()
{
    m_overview.reset();
    m_boards.clear();
}

const Workspace &WorkspaceHub::workspace(int index) const { return m_boards.at(size_t(index))->workspace; }
AppController *WorkspaceHub::controller(int index) const { return m_boards.at(size_t(index))->controller.get(); }
BoardSession *WorkspaceHub::session(int index) const { return controller(index)->session(); }
WorkspaceBar *WorkspaceHub::barOf(int index) const { return m_boards.at(size_t(index))->bar; }

int WorkspaceHub::indexOf(const QString &nameOrId) const
{
    QList<Workspace> list;
    for (const auto &b : m_boards)
        list << b->workspace;
    const std::optional<Workspace> found = Workspaces::find(list, nameOrId);
    if (!found)
        return -1;
    for (int i = 0; i < count(); ++i)
        if (m_boards[size_t(i)]->workspace.id == found->id)
            return i;
    return -1;
}

WorkspaceHub::Board *WorkspaceHub::makeBoard(const Workspace &workspace)
{
    auto board = std::make_unique<Board>();
    board->workspace = workspace;
    board->settings = std::make_unique<AppSettings>(m_settings);
    board->settings->setStateStore(m_state);
    board->settings->setWorkspaceGroup(workspace.settingsGroup());
    board->secrets = m_secretsFactory(workspace);
    board->controller = std::make_unique<AppController>(board->settings.get(), board->secrets.get());
    BoardSession *session = board->controller->session();
    session->setCacheSuffix(workspace.isDefault() ? QString() : QLatin1Char('-') + workspace.id);
    if (m_setup)
        m_setup(*session);
    m_boards.push_back(std::move(board));
    return m_boards.back().get();
}

bool WorkspaceHub::start(const AppController::StartOptions &options, const QString &only, QString *error)
{
    m_options = options;
    QStringList warnings;
    QList<Workspace> list = Workspaces::read(*m_settings, &warnings);
    for (const QString &w : std::as_const(warnings))
        QTextStream(stderr) << "callboard: " << w << Qt::endl;
    if (!only.isEmpty()) {
        const std::optional<Workspace> one = Workspaces::find(list, only);
        if (!one) {
            QStringList names;
            for (const Workspace &w : std::as_const(list))
                names << w.name;
            if (error)
                *error = tr("no workspace named “%1” (workspaces: %2)").arg(only.trimmed(), names.join(QStringLiteral(", ")));
            return false;
        }
        list = {*one};
    }
    if (options.demo) // the demo is one simulated workspace
        list = {list.first()};
    // A wall: each screen shows the workspace its group names (workspace=), the first by
    // default; a workspace no screen shows does not run.
    QHash<QString, QList<KioskScreen>> screensOf;
    if (options.kiosk) {
        const QList<KioskScreen> screens = options.kioskConfig.effectiveScreens();
        for (const KioskScreen &screen : screens) {
            std::optional<Workspace> target = screen.workspace.isEmpty()
                ? std::optional<Workspace>(list.first()) : Workspaces::find(list, screen.workspace);
            if (!target) {
                QTextStream(stderr) << "callboard: "
                                    << tr("screen %1: no workspace named “%2”; it shows %3")
                                           .arg(screen.selector.isEmpty() ? tr("(primary)") : screen.selector,
                                                screen.workspace, list.first().name)
                                    << Qt::endl;
                target = list.first();
            }
            screensOf[target->id] << screen;
        }
        // A "workspaces" page needs every workspace running, shown on a screen or not.
        bool overviewPage = options.kioskConfig.pages.contains(KioskPage::Workspaces);
        for (const KioskScreen &screen : screens)
            overviewPage = overviewPage || screen.pages.contains(KioskPage::Workspaces);
        QList<Workspace> shown;
        for (const Workspace &w : std::as_const(list))
            if (screensOf.contains(w.id) || overviewPage)
                shown << w;
        if (options.once && !overviewPage)
            shown = {shown.first()}; // a picture: the first screen's
        list = shown;
    }
    for (const Workspace &w : std::as_const(list))
        makeBoard(w);
    m_current = 0;
    const QString last = stateStore()->value(kCurrentKey).toString();
    // The app starts on a board, the one last shown; the overview is a tab away.
    if (count() > 1)
        for (int i = 0; i < count(); ++i)
            if (workspace(i).id == last || (last == kMainMark && workspace(i).isDefault()))
                m_current = i;
    m_multiOnce = options.once && count() > 1;
    for (int i = 0; i < count(); ++i) {
        AppController::StartOptions own = options;
        if (options.kiosk && !options.kioskConfig.screens.isEmpty()) {
            own.kioskConfig.screens = screensOf.value(workspace(i).id);
            own.kioskConfig.primaryFallback = i == 0; // the others wait for their own screen
        }
        if (options.kiosk && i > 0 && !screensOf.contains(workspace(i).id)) {
            own.kiosk = false; // on no screen, for the "workspaces" page: syncs behind a hidden window
            own.hidden = true;
            own.once = false;
        }
        own.workspacesPage = [this](QWidget *parent) {
            auto *page = new WorkspaceOverview(parent);
            page->setWallStyle(true);
            m_wallPages << page;
            QTimer::singleShot(0, this, &WorkspaceHub::refresh);
            return page;
        };
        // Several, or one chosen by name: the title, the settings and the wall say which.
        own.workspace = count() > 1 || !only.isEmpty() ? workspace(i).name : QString();
        session(i)->setLogName(own.workspace);
        own.hidden = i != m_current;
        if (m_multiOnce) {
            own.oneShot.screenshotPath.clear();
            own.oneShot.csvPath.clear();
            own.oneShot.stopWhenDone = false;
        }
        startBoard(m_boards[size_t(i)].get(), own);
    }
    ensureBars();
    if (m_current < 0 && m_overview && !options.once)
        m_overview->show();
    refresh();
    m_refresh.start();
    return true;
}

void WorkspaceHub::startBoard(Board *board, AppController::StartOptions options)
{
    AppController *controller = board->controller.get();
    connect(controller, &AppController::finished, this,
            [this, board](int code, const QString &message) { onBoardFinished(board, code, message); });
    // One theme for every workspace's window, whichever window chose it.
    connect(controller, &AppController::themeApplied, this, [this](const QString &name) {
        for (const auto &other : m_boards)
            other->controller->applyTheme(name);
        if (m_overview && count())
            m_overview->setPalette(m_boards.front()->controller->window()->palette());
    });
    controller->start(options);
    if (MainWindow *window = controller->window())
        connect(window, &MainWindow::workspacesRequested, this, &WorkspaceHub::workspacesRequested);
}

void WorkspaceHub::ensureBars()
{
    if (count() < 2 || m_options.kiosk)
        return;
    if (!m_overview) {
        m_overview = std::make_unique<WorkspaceOverviewWindow>();
        auto *bar = new WorkspaceBar(m_overview->overview());
        m_overview->overview()->setBar(bar);
        m_overview->resize(1200, 600);
        connect(bar, &WorkspaceBar::workspaceChosen, this, &WorkspaceHub::show);
        connect(m_overview->overview(), &WorkspaceOverview::workspaceChosen, this, &WorkspaceHub::show);
        connect(m_overview.get(), &WorkspaceOverviewWindow::workspacesRequested, this, &WorkspaceHub::workspacesRequested);
    }
    for (const auto &board : m_boards) {
        MainWindow *window = board->controller->window();
        if (!window || board->bar)
            continue;
        board->bar = new WorkspaceBar(window);
        window->setWorkspaceBar(board->bar);
        window->setWindowTitle(tr("%1 — Callboard").arg(board->workspace.name));
        connect(board->bar, &WorkspaceBar::workspaceChosen, this, &WorkspaceHub::show);
    }
}

WorkspaceOverview *WorkspaceHub::overview() const { return m_overview ? m_overview->overview() : nullptr; }

QWidget *WorkspaceHub::overviewWindow() const { return m_overview.get(); }

QWidget *WorkspaceHub::windowOf(int index) const
{
    if (index < 0)
        return m_overview.get();
    return index < count() ? controller(index)->window() : nullptr;
}

void WorkspaceHub::show(int index)
{
    QWidget *to = windowOf(index);
    if (!to || index >= count())
        return;
    QWidget *from = windowOf(m_current);
    if (from && from != to && from->isVisible()) {
        if (from->isMaximized()) {
            to->showMaximized();
        } else {
            to->setGeometry(from->geometry());
            to->show();
        }
        from->hide();
    } else {
        to->show();
    }
    if (m_overview && index >= 0)
        m_overview->setPalette(to->palette());
    if (m_overview && index < 0 && from && from != to)
        m_overview->setPalette(from->palette());
    m_current = index;
    if (index >= 0)
        stateStore()->setValue(kCurrentKey, workspace(index).isDefault() ? kMainMark : workspace(index).id);
    refresh();
    to->raise();
    to->activateWindow();
}

FreshnessView WorkspaceHub::freshnessAt(int index) const
{
    // What the workspace's own header says; a board without a window says it the same way.
    const AppController *controller = m_boards[size_t(index)]->controller.get();
    const MainWindow *window = controller->window();
    return window ? window->kpiStrip()->freshness() : freshnessOf(controller->session());
}

QString WorkspaceHub::stateText(int index) const
{
    return index >= 0 && index < count() ? stateLine(freshnessAt(index)) : QString();
}

QString WorkspaceHub::stateLine(const FreshnessView &fresh)
{
    return tr("%1 · %2").arg(fresh.headline, fresh.status);
}

QUrl WorkspaceHub::baseUrl(int index) const
{
    return index >= 0 && index < count() ? session(index)->client()->baseUrl() : QUrl();
}

void WorkspaceHub::refresh()
{
    if (count() < 2)
        return;
    QList<WorkspaceBar::Entry> entries;
    QList<WorkspaceOverview::Row> rows;
    for (int i = 0; i < count(); ++i) {
        const Board *board = m_boards[size_t(i)].get();
        BoardSession *session = board->controller->session();
        const MainWindow *window = board->controller->window();
        WorkspaceBar::Entry e;
        e.name = board->workspace.name;
        e.colour = QColor(board->workspace.colour);
        e.alerts = int(session->alerts()->activeAlerts().size());
        WorkspaceOverview::Row row;
        {
            const FreshnessView fresh = freshnessAt(i);
            e.freshness = fresh.status.section(QStringLiteral(" — "), 0, 0);
            e.detail = fresh.headline + QLatin1Char('\n') + fresh.status;
            row.freshness = stateLine(fresh);
            row.level = fresh.level;
        }
        if (const QString alerts = window ? window->alertStatus() : QString(); !alerts.isEmpty())
            e.detail += QLatin1Char('\n') + alerts;
        entries << e;
        const CallStats *stats = session->stats();
        row.name = e.name;
        row.colour = e.colour;
        row.live = stats->liveNow();
        row.today = stats->callsToday();
        row.connectRate = stats->connectRate();
        row.calls = stats->total();
        row.averageDuration = stats->averageDuration();
        row.alerts = e.alerts;
        rows << row;
    }
    for (int i = 0; i < count(); ++i)
        if (WorkspaceBar *bar = m_boards[size_t(i)]->bar)
            bar->setEntries(entries, i);
    m_wallPages.removeAll(nullptr);
    for (WorkspaceOverview *page : std::as_const(m_wallPages))
        page->setRows(rows);
    if (m_overview) {
        static_cast<WorkspaceBar *>(m_overview->overview()->bar())->setEntries(entries, -1);
        m_overview->setRows(rows);
    }
}

void WorkspaceHub::onBoardFinished(Board *board, int code, const QString &message)
{
    if (!m_multiOnce) {
        emit finished(code, message);
        return;
    }
    board->done = true;
    board->code = code;
    board->message = message;
    if (code != 0) { // one workspace that cannot be read fails the whole export, naming it
        m_multiOnce = false;
        emit finished(code, tr("workspace %1: %2").arg(board->workspace.name, message));
        return;
    }
    if (std::all_of(m_boards.begin(), m_boards.end(), [](const auto &b) { return b->done; }))
        finishAll();
}

void WorkspaceHub::finishAll()
{
    m_multiOnce = false;
    for (const auto &board : m_boards) // what is written and drawn is what was synced
        board->controller->session()->engine()->stop();
    if (m_overview && count())
        m_overview->setPalette(m_boards.front()->controller->window()->palette());
    const AppController::StartOptions &o = m_options;
    if (!o.oneShot.csvPath.isEmpty()) {
        std::vector<CsvWriter::Row> rows;
        qint64 nowMs = 0;
        for (const auto &board : m_boards) {
            BoardSession *session = board->controller->session();
            nowMs = session->clock()->nowMs();
            // Each workspace's own --view: its agents and campaigns are its ids.
            const CallFilter &filter = board->controller->exportFilter();
            for (const CallLog &c : session->store()->calls())
                if (filter.matches(c, session->directory()))
                    rows.push_back({&c, session->directory(), board->workspace.name});
        }
        std::stable_sort(rows.begin(), rows.end(), [&](const CsvWriter::Row &a, const CsvWriter::Row &b) {
            return callBefore(*a.call, *b.call, o.oneShot.csvSort, nowMs);
        });
        QString error;
        if (!CsvWriter::writeBytes(o.oneShot.csvPath, CsvWriter::toCsv(rows, true), &error)) {
            emit finished(1, error);
            return;
        }
    }
    if (!o.oneShot.screenshotPath.isEmpty() && m_overview) {
        refresh();
        m_overview->resize(o.oneShot.size);
        m_overview->show();
        QString error;
        if (!PngFile::save(m_overview->grab(), o.oneShot.screenshotPath, &error)) {
            emit finished(1, error);
            return;
        }
    }
    emit finished(0, QString());
}

} // namespace callboard

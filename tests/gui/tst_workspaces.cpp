// Several workspaces side by side (WorkspaceHub): two simulated DialNexa workspaces with
// different keys and seeds over real loopback HTTP, each board ending with its own truth; one
// answering 401 while the other stays live; the overview's figures equal each workspace's;
// adding a workspace stores its key under its own keychain entry, and removing it (asked
// first) leaves neither key, cache file nor settings group behind.
#include "RealTimeBoards.h"
#include "SimFixture.h"
#include "WaitUntil.h"
#include "core/alerts/AlertEngine.h"
#include "core/cache/CacheLocation.h"
#include "core/model/CallStore.h"
#include "core/settings/EnvOverrideSecretStore.h"
#include "core/settings/KeychainSecretStore.h"
#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"
#include "core/views/SavedViewStore.h"
#include "core/workspaces/Workspace.h"
#include "gui/main/AppController.h"
#include "core/api/DialNexaClient.h"
#include "gui/kiosk/KioskController.h"
#include "gui/kiosk/KioskWindow.h"
#include "gui/kpi/KpiStrip.h"
#include "gui/main/MainWindow.h"
#include "gui/models/CallFilterProxy.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/workspaces/WorkspaceBar.h"
#include "gui/workspaces/WorkspaceHub.h"
#include "gui/workspaces/WorkspaceOverview.h"
#include "gui/workspaces/WorkspaceOverviewWindow.h"
#include "gui/workspaces/WorkspacesDialog.h"
#include "session/BoardSession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTableWidget>
#include <QTimer>

using namespace callboard;
using namespace callboard::test;

namespace {

// The OS keychain as the app uses it: one entry per account ("host" or "host/<id>").
struct FakeKeychain
{
    QHash<QString, QString> entries;
    bool locked = false; // refuses to store, as a locked login keychain does
};

class AccountStore final : public SecretStore
{
public:
    AccountStore(FakeKeychain *keychain, const QString &suffix) : m_keychain(keychain), m_suffix(suffix) {}
    void setBaseUrl(const QUrl &baseUrl) override { m_account = KeychainSecretStore::accountFor(baseUrl) + m_suffix; }
    void read(QObject *context, Callback done) override
    {
        SecretResult r;
        r.key = m_keychain->entries.value(m_account);
        deliverLater(context, std::move(done), r);
    }
    void write(const QString &key, QObject *context, Callback done) override
    {
        SecretResult r;
        if (m_keychain->locked) {
            r.ok = false;
            r.error = QStringLiteral("The keychain is locked.");
        } else {
            m_keychain->entries.insert(m_account, key);
        }
        deliverLater(context, std::move(done), r);
    }
    void remove(QObject *context, Callback done) override
    {
        m_keychain->entries.remove(m_account);
        deliverLater(context, std::move(done), SecretResult{});
    }

private:
    FakeKeychain *m_keychain;
    QString m_suffix;
    QString m_account;
};

// A simulated workspace on the wall clock (the app's boards run on it), frozen for comparing.
struct LiveWorkspace
{
    LiveWorkspace(quint64 seed, const QString &key)
        : clock(QDateTime::currentDateTimeUtc()), simulator(&clock, config(seed, key)), server(&simulator),
          follower(&clock)
    {
        if (!server.listen())
            qFatal("simulator could not listen");
    }
    static sim::SimConfig config(quint64 seed, const QString &key)
    {
        sim::SimConfig c;
        c.seed = seed;
        c.apiKey = key;
        c.callsPerMinute = 20;
        // Room for a 2 s pace with every live call followed: the engine stretches its interval
        // to a tight budget (up to 18 s after a backfill), which is not what these tests watch.
        c.rateLimit = 1000;
        return c;
    }
    QString url() const { return server.baseUrl().toString(); }
    ManualClock clock;
    sim::Simulator simulator;
    sim::SimServer server;
    WallClockFollower follower;
};

} // namespace

class TestWorkspaces : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    FakeKeychain m_keychain;
    std::unique_ptr<LiveWorkspace> m_acme, m_beta;

    std::unique_ptr<WorkspaceHub> makeHub()
    {
        auto hub = std::make_unique<WorkspaceHub>(
            m_settings.get(),
            [this](const Workspace &w) -> std::unique_ptr<SecretStore> {
                auto *keychain = new AccountStore(&m_keychain, w.keychainSuffix());
                auto store = std::make_unique<EnvOverrideSecretStore>(keychain, w.keyVariables());
                keychain->setParent(store.get());
                return store;
            },
            nullptr);
        hub->setCacheDirectory(CacheLocation::defaultDirectory());
        return hub;
    }

    static AppController::StartOptions options()
    {
        AppController::StartOptions o;
        o.intervalSec = 2;
        return o;
    }

    static bool synced(WorkspaceHub &hub, int i)
    {
        const SyncEngine *engine = hub.session(i)->engine();
        return engine->backfillDone() && engine->state() == SyncEngine::State::Live;
    }

    static QStringList cacheFiles()
    {
        return QDir(CacheLocation::defaultDirectory()).entryList({QStringLiteral("*.sqlite*")}, QDir::Files);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(CacheLocation::defaultDirectory()).removeRecursively();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_keychain.entries.clear();
        m_acme = std::make_unique<LiveWorkspace>(11, QStringLiteral("key-acme"));
        m_beta = std::make_unique<LiveWorkspace>(22, QStringLiteral("key-beta"));
        m_settings->setValue(QStringLiteral("connection/baseUrl"), m_acme->url());
        m_settings->setValue(QStringLiteral("workspaces/defaultName"), QStringLiteral("Acme"));
        m_settings->setValue(QStringLiteral("workspace.beta/name"), QStringLiteral("Beta Clinics"));
        m_settings->setValue(QStringLiteral("workspace.beta/connection/baseUrl"), m_beta->url());
        qputenv("CALLBOARD_API_KEY", "key-acme");
        qputenv("CALLBOARD_API_KEY_BETA_CLINICS", "key-beta");
    }

    void cleanup()
    {
        qunsetenv("CALLBOARD_API_KEY");
        qunsetenv("CALLBOARD_API_KEY_BETA_CLINICS");
        m_acme.reset();
        m_beta.reset();
        m_settings.reset();
    }

    void eachBoardEndsWithItsOwnTruth()
    {
        auto hub = makeHub();
        QVERIFY(hub->start(options(), QString()));
        QCOMPARE(hub->count(), 2);
        QCOMPARE(hub->workspace(1).name, QStringLiteral("Beta Clinics"));
        QVERIFY(waitUntil([&] { return synced(*hub, 0) && synced(*hub, 1); }, 30000));
        m_acme->follower.freeze();
        m_beta->follower.freeze();
        QString acmeDiff, betaDiff;
        QVERIFY2(waitUntil([&] {
                     acmeDiff = differenceFromTruth(*hub->session(0)->store(), m_acme->simulator,
                                                    hub->session(0)->store()->windowStart());
                     betaDiff = differenceFromTruth(*hub->session(1)->store(), m_beta->simulator,
                                                    hub->session(1)->store()->windowStart());
                     return acmeDiff.isEmpty() && betaDiff.isEmpty();
                 }, 30000),
                 qPrintable(acmeDiff + QStringLiteral(" | ") + betaDiff));
        // No call crosses: the two stores share no id (each equals its own truth, which differ).
        QVERIFY(hub->session(0)->store()->size() > 50);
        QVERIFY(hub->session(1)->store()->size() > 50);
        for (const CallLog &c : hub->session(1)->store()->calls())
            QVERIFY2(!hub->session(0)->store()->find(c.id), qPrintable(c.id));
        // Each has its own cache file; the second's name carries its id.
        const QStringList files = cacheFiles().filter(QStringLiteral(".sqlite"));
        QVERIFY2(files.filter(QRegularExpression(QStringLiteral("^[0-9a-f]{32}\\.sqlite$"))).size() == 1, qPrintable(files.join(u' ')));
        QVERIFY2(files.filter(QRegularExpression(QStringLiteral("^[0-9a-f]{32}-beta\\.sqlite$"))).size() == 1, qPrintable(files.join(u' ')));
        // One window on screen, the other's waiting; each bar names both and marks its own.
        QVERIFY(hub->controller(0)->window()->isVisible());
        QVERIFY(!hub->controller(1)->window()->isVisible());
        hub->refresh();
        WorkspaceBar *bar = hub->barOf(0);
        QVERIFY(bar);
        QCOMPARE(bar->count(), 3);
        QCOMPARE(bar->currentIndex(), 1);
        // Each tab says what that workspace's own board says of its data, and its alerts.
        for (int i = 0; i < 2; ++i) {
            const QString word = hub->controller(i)->window()->kpiStrip()->freshness().status.section(QStringLiteral(" — "), 0, 0);
            const QString tab = bar->tabText(i + 1);
            QVERIFY2(tab.startsWith(hub->workspace(i).name + QStringLiteral(" · ") + word), qPrintable(tab));
            QCOMPARE(tab.contains(QStringLiteral("⚠")), !hub->session(i)->alerts()->activeAlerts().empty());
        }
        // Switching shows the other board where the first was, at once, with its own calls.
        hub->controller(0)->window()->setGeometry(40, 50, 1300, 760);
        bar->setCurrentIndex(2);
        QVERIFY(hub->controller(1)->window()->isVisible());
        QVERIFY(!hub->controller(0)->window()->isVisible());
        QCOMPARE(hub->controller(1)->window()->geometry(), QRect(40, 50, 1300, 760));
        QCOMPARE(hub->controller(1)->window()->proxy()->rowCount(), hub->session(1)->store()->size());
        QCOMPARE(hub->barOf(1)->currentIndex(), 2);
        QCOMPARE(m_settings->value(QStringLiteral("workspaces/current")).toString(), QStringLiteral("beta"));
    }

    void aRejectedKeyInOneWorkspaceLeavesTheOtherLive()
    {
        qputenv("CALLBOARD_API_KEY_BETA_CLINICS", "not-the-key");
        auto hub = makeHub();
        QVERIFY(hub->start(options(), QString()));
        QVERIFY(waitUntil([&] { return hub->session(1)->engine()->state() == SyncEngine::State::AuthFailed; }, 20000));
        QVERIFY(waitUntil([&] { return synced(*hub, 0); }, 30000));
        // Acme goes on polling at its pace while Beta stays rejected.
        QSignalSpy polls(hub->session(0)->engine(), &SyncEngine::synced);
        QVERIFY(waitUntil([&] { return polls.count() >= 3; }, 20000));
        QCOMPARE(hub->session(0)->engine()->state(), SyncEngine::State::Live);
        QCOMPARE(hub->session(1)->engine()->state(), SyncEngine::State::AuthFailed);
        QCOMPARE(hub->session(1)->store()->size(), 0);
        hub->refresh();
        const QString beta = hub->barOf(0)->tabText(2);
        QVERIFY2(beta.startsWith(QStringLiteral("Beta Clinics · ")) && !beta.contains(QStringLiteral("Live")), qPrintable(beta));
        QVERIFY2(hub->barOf(0)->tabText(1).contains(QStringLiteral("● Live")), qPrintable(hub->barOf(0)->tabText(1)));
    }

    void anOutageInOneWorkspaceDoesNotSlowTheOther()
    {
        auto hub = makeHub();
        QVERIFY(hub->start(options(), QString()));
        QVERIFY(waitUntil([&] { return synced(*hub, 0) && synced(*hub, 1); }, 30000));
        m_beta->server.setAvailable(false); // every answer 503 from now on
        const int before = m_beta->server.stats().requests;
        const int aBefore = m_acme->server.stats().requests;
        QSignalSpy bTicks(hub->session(1)->engine(), &SyncEngine::tickFinished);
        const bool left = waitUntil([&] { return hub->session(1)->engine()->state() != SyncEngine::State::Live; }, 15000);
        QVERIFY2(left, qPrintable(QStringLiteral("A %5->%6 B ticks %7 requests %1 -> %2, next in %3, state %4").arg(before).arg(m_beta->server.stats().requests).arg(hub->session(1)->engine()->nextAttemptInMs()).arg(int(hub->session(1)->engine()->state())).arg(aBefore).arg(m_acme->server.stats().requests).arg(bTicks.count())));
        // Acme keeps its 2 s pace while Beta backs off: at least 4 polls in 12 s.
        QSignalSpy polls(hub->session(0)->engine(), &SyncEngine::synced);
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(waitUntil([&] { return polls.count() >= 4; }, 12000));
        QVERIFY2(elapsed.elapsed() < 12000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(hub->session(0)->engine()->state(), SyncEngine::State::Live);
        QVERIFY(hub->session(1)->store()->size() > 0); // Beta keeps what it had
        m_beta->server.setAvailable(true);
        QVERIFY(waitUntil([&] { return synced(*hub, 1); }, 40000)); // and recovers by itself
    }

    void theOverviewShowsEachWorkspacesFigures()
    {
        auto hub = makeHub();
        QVERIFY(hub->start(options(), QString()));
        QVERIFY(waitUntil([&] { return synced(*hub, 0) && synced(*hub, 1); }, 30000));
        m_acme->follower.freeze();
        m_beta->follower.freeze();
        QVERIFY(waitUntil([&] {
            return differenceFromTruth(*hub->session(0)->store(), m_acme->simulator, hub->session(0)->store()->windowStart()).isEmpty()
                && differenceFromTruth(*hub->session(1)->store(), m_beta->simulator, hub->session(1)->store()->windowStart()).isEmpty();
        }, 30000));
        hub->show(-1);
        QVERIFY(hub->overview()->isVisible());
        QVERIFY(!hub->controller(0)->window()->isVisible());
        hub->refresh();
        WorkspaceOverview *overview = hub->overview();
        QCOMPARE(overview->rowCount(), 2);
        const QLocale locale;
        for (int i = 0; i < 2; ++i) {
            const CallStats *stats = hub->session(i)->stats();
            QCOMPARE(overview->text(i, WorkspaceOverview::Name), hub->workspace(i).name);
            QCOMPARE(overview->text(i, WorkspaceOverview::Live), locale.toString(stats->liveNow()));
            QCOMPARE(overview->text(i, WorkspaceOverview::Today), locale.toString(stats->callsToday()));
            QCOMPARE(overview->text(i, WorkspaceOverview::Connected),
                     QStringLiteral("%1 %").arg(locale.toString(qRound(stats->connectRate() * 100))));
            // The same figures the workspace's own board shows.
            QVERIFY(hub->controller(i)->window()->kpiStrip()->freshness().headline.size() > 0);
            QVERIFY(overview->text(i, WorkspaceOverview::Data).startsWith(hub->controller(i)->window()->kpiStrip()->freshness().headline));
        }
        QVERIFY(hub->session(0)->stats()->callsToday() != hub->session(1)->stats()->callsToday()
                || hub->session(0)->stats()->liveNow() != hub->session(1)->stats()->liveNow());
        // A window like the boards': a File menu that opens the workspaces list and quits, and
        // a status bar that sums the rows up.
        auto *window = qobject_cast<WorkspaceOverviewWindow *>(hub->overviewWindow());
        QVERIFY(window && window->isVisible() && window->isAncestorOf(overview));
        QVERIFY(window->menuBar()->isVisible());
        QStringList fileActions;
        for (QAction *action : window->menuBar()->actions().constFirst()->menu()->actions())
            fileActions << action->text();
        QVERIFY2(fileActions.contains(QStringLiteral("&Workspaces…")) && fileActions.contains(QStringLiteral("&Quit")),
                 qPrintable(fileActions.join(u'|')));
        QSignalSpy asked(hub.get(), &WorkspaceHub::workspacesRequested);
        window->menuBar()->actions().constFirst()->menu()->actions().constFirst()->trigger();
        QCOMPARE(asked.count(), 1);
        hub->refresh(); // the summary and the count below from the same moment
        int alerts = 0;
        for (int i = 0; i < 2; ++i)
            alerts += int(hub->session(i)->alerts()->activeAlerts().size());
        QVERIFY2(window->summary().startsWith(QStringLiteral("2 workspace")), qPrintable(window->summary()));
        QCOMPARE(window->summary().contains(QStringLiteral("alert")), alerts > 0);
        // Activating a row opens that workspace.
        emit overview->workspaceChosen(1);
        QCOMPARE(hub->current(), 1);
        QVERIFY(hub->controller(1)->window()->isVisible());
        QVERIFY(!overview->isVisible() && !window->isVisible());
    }

    void anAddedWorkspaceHasItsOwnKeyAndRemovingItLeavesNothing()
    {
        m_settings->remove(QStringLiteral("workspace.beta"));
        qunsetenv("CALLBOARD_API_KEY_BETA_CLINICS");
        auto hub = makeHub();
        QVERIFY(hub->start(options(), QString()));
        QCOMPARE(hub->count(), 1);
        QVERIFY(!hub->barOf(0)); // one workspace: the board as it always was
        WorkspacesDialog dialog(hub.get());
        dialog.add(QStringLiteral("Beta Clinics"), m_beta->server.baseUrl(), QStringLiteral("key-beta"));
        QVERIFY(waitUntil([&] { return dialog.list()->count() == 2; }, 5000));
        QCOMPARE(hub->count(), 2);
        QCOMPARE(dialog.lastError(), QString());
        const QString account = KeychainSecretStore::accountFor(m_beta->server.baseUrl()) + QStringLiteral("/beta-clinics");
        QCOMPARE(m_keychain.entries.value(account), QStringLiteral("key-beta"));
        QVERIFY(waitUntil([&] { return synced(*hub, 1); }, 30000));
        QVERIFY(hub->barOf(0) && hub->barOf(1)); // now there is something to switch
        QVERIFY(waitUntil([&] { return !cacheFiles().filter(QStringLiteral("-beta-clinics.sqlite")).isEmpty(); }, 5000));
        QVERIFY(m_settings->childGroups().contains(QStringLiteral("workspace.beta-clinics")));
        // A colour chosen is kept, shown in the bar and kept in the settings.
        dialog.list()->setCurrentRow(1);
        dialog.recolourSelected(QColor(QStringLiteral("#123456")));
        QCOMPARE(hub->workspace(1).colour, QStringLiteral("#123456"));
        QCOMPARE(m_settings->value(QStringLiteral("workspace.beta-clinics/colour")).toString(), QStringLiteral("#123456"));
        QCOMPARE(hub->barOf(0)->tabIcon(2).pixmap(16, 16).toImage().pixelColor(8, 8), QColor(QStringLiteral("#123456")));
        // A name already taken is refused, with why.
        dialog.add(QStringLiteral("beta clinics"), m_beta->server.baseUrl(), QStringLiteral("k"));
        QVERIFY2(dialog.lastError().contains(QStringLiteral("already")), qPrintable(dialog.lastError()));
        QCOMPARE(hub->count(), 2);

        // Removing asks first: Cancel keeps everything.
        dialog.list()->setCurrentRow(1);
        auto answer = [](const QString &button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("“Beta Clinics”")));
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == button || (button == QStringLiteral("Cancel") && box->buttonRole(b) == QMessageBox::RejectRole))
                        b->click();
            });
        };
        answer(QStringLiteral("Cancel"));
        dialog.removeSelected();
        QCOMPARE(hub->count(), 2);
        QVERIFY(m_keychain.entries.contains(account));
        answer(QStringLiteral("Remove"));
        dialog.removeSelected();
        QVERIFY(waitUntil([&] { return !m_keychain.entries.contains(account) && dialog.list()->count() == 1; }, 5000));
        QCOMPARE(hub->count(), 1);
        QCOMPARE(dialog.list()->count(), 1);
        QVERIFY2(cacheFiles().filter(QStringLiteral("beta")).isEmpty(), qPrintable(cacheFiles().join(u' ')));
        QVERIFY(!cacheFiles().isEmpty()); // Acme's cache stays
        QVERIFY(!m_settings->childGroups().contains(QStringLiteral("workspace.beta-clinics")));
        QVERIFY(m_settings->allKeys().filter(QStringLiteral("beta")).isEmpty());
        QVERIFY(synced(*hub, 0) || hub->session(0)->engine()->state() == SyncEngine::State::Syncing);
    }

    void eachKioskScreenShowsTheWorkspaceItNames()
    {
        AppController::StartOptions o = options();
        o.kiosk = true;
        o.kioskConfig.screens = {KioskScreen{QStringLiteral("0"), {}, 0, {}, QStringLiteral("beta clinics")}};
        {
            auto hub = makeHub();
            QVERIFY(hub->start(o, QString()));
            QCOMPARE(hub->count(), 1); // no screen shows Acme: it does not run
            QCOMPARE(hub->workspace(0).name, QStringLiteral("Beta Clinics"));
            QVERIFY(hub->controller(0)->kiosk());
            QCOMPARE(hub->controller(0)->kiosk()->windows().size(), 1);
            QVERIFY(waitUntil([&] { return synced(*hub, 0); }, 30000));
            QCOMPARE(hub->session(0)->client()->baseUrl(), m_beta->server.baseUrl());
        }
        // Two screens, two clients (the second screen not plugged in here: its board waits).
        o.kioskConfig.screens = {KioskScreen{QStringLiteral("0"), {}, 0, {}, {}},
                                 KioskScreen{QStringLiteral("1"), {}, 0, {}, QStringLiteral("Beta Clinics")}};
        auto hub = makeHub();
        QVERIFY(hub->start(o, QString()));
        QCOMPARE(hub->count(), 2);
        QCOMPARE(hub->controller(0)->kiosk()->windows().size(), 1);
        QCOMPARE(hub->controller(1)->kiosk()->windows().size(), QGuiApplication::screens().size() > 1 ? 1 : 0);
        QVERIFY(!hub->barOf(0)); // a wall has no switcher
        QVERIFY(waitUntil([&] { return synced(*hub, 0) && synced(*hub, 1); }, 30000));
        QCOMPARE(hub->session(0)->client()->baseUrl(), m_acme->server.baseUrl());
        QCOMPARE(hub->session(1)->client()->baseUrl(), m_beta->server.baseUrl());
    }

    void aWallPageShowsEveryWorkspacesFigures()
    {
        AppController::StartOptions o = options();
        o.kiosk = true;
        o.kioskConfig.pages = {KioskPage::Workspaces};
        auto hub = makeHub();
        QVERIFY(hub->start(o, QString()));
        QCOMPARE(hub->count(), 2); // Beta is on no screen, but the page needs it
        QVERIFY(hub->controller(0)->kiosk());
        QVERIFY(!hub->controller(1)->kiosk());
        KioskWindow *wall = hub->controller(0)->kiosk()->windows().value(0);
        QVERIFY(wall);
        auto *page = wall->findChild<WorkspaceOverview *>();
        QVERIFY(page);
        QVERIFY(waitUntil([&] { return synced(*hub, 0) && synced(*hub, 1); }, 30000));
        // Both live at one moment (under a sanitizer a 2 s poll can run late and read
        // "▲ Stale" for a while), and the figures of that same moment.
        QVERIFY2(waitUntil([&] {
            hub->refresh();
            return page->rowCount() == 2 && page->text(0, WorkspaceOverview::Data).contains(QStringLiteral("Live"))
                && page->text(1, WorkspaceOverview::Data).contains(QStringLiteral("Live"));
        }, 30000), qPrintable(page->text(0, WorkspaceOverview::Data) + QStringLiteral(" | ") + page->text(1, WorkspaceOverview::Data)));
        const QLocale locale;
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(page->text(i, WorkspaceOverview::Name), hub->workspace(i).name);
            QCOMPARE(page->text(i, WorkspaceOverview::Today), locale.toString(hub->session(i)->stats()->callsToday()));
        }
        // Read from across the room: rows scale with the page.
        wall->resize(1920, 1080);
        QVERIFY(page->table()->font().pixelSize() >= page->height() / 20 - 1);
        QVERIFY(page->table()->font().pixelSize() >= 30);
    }

    void aKeyInAVariableSurvivesARename()
    {
        m_settings->remove(QStringLiteral("workspace.beta"));
        qunsetenv("CALLBOARD_API_KEY_BETA_CLINICS");
        qputenv("CALLBOARD_API_KEY_GAMMA_CARE", "key-beta");
        {
            auto hub = makeHub();
            QVERIFY(hub->start(options(), QString()));
            WorkspacesDialog dialog(hub.get());
            dialog.add(QStringLiteral("Gamma Care"), m_beta->server.baseUrl(), QString()); // the key is in its variable
            QVERIFY2(waitUntil([&] { return dialog.list()->count() == 2; }, 5000), qPrintable(dialog.lastError()));
            QVERIFY(m_keychain.entries.isEmpty() || m_keychain.entries.size() == 0);
            QVERIFY(waitUntil([&] { return synced(*hub, 1); }, 30000));
            dialog.list()->setCurrentRow(1);
            dialog.renameSelected(QStringLiteral("Gamma Berlin"));
            QCOMPARE(hub->workspace(1).name, QStringLiteral("Gamma Berlin"));
        }
        // The next start finds the key under the variable its id gives (CALLBOARD_API_KEY_GAMMA_CARE).
        auto hub = makeHub();
        QVERIFY(hub->start(options(), QString()));
        QCOMPARE(hub->workspace(1).name, QStringLiteral("Gamma Berlin"));
        QVERIFY(waitUntil([&] { return synced(*hub, 1); }, 30000));
        qunsetenv("CALLBOARD_API_KEY_GAMMA_CARE");
    }

    void theAddFormKeepsWhatWasTypedUntilTheWorkspaceIsAdded()
    {
        m_settings->remove(QStringLiteral("workspace.beta"));
        qunsetenv("CALLBOARD_API_KEY_BETA_CLINICS");
        auto hub = makeHub();
        QVERIFY(hub->start(options(), QString()));
        QVERIFY(waitUntil([&] { return synced(*hub, 0); }, 30000));
        // Settings › Workspaces… opens the list over the Settings dialog.
        WorkspacesDialog::connectTo(hub.get());
        MainWindow *window = hub->controller(0)->window();
        emit window->settingsRequested();
        auto *settings = window->findChild<SettingsDialog *>();
        QVERIFY(settings);
        QPushButton *manage = nullptr;
        for (QPushButton *b : settings->findChildren<QPushButton *>())
            manage = b->text() == QStringLiteral("&Workspaces…") ? b : manage;
        QVERIFY(manage);
        manage->click();
        // A window of its own (removing the workspace on screen deletes its Settings dialog).
        const auto openDialog = [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<WorkspacesDialog *>(w); d && d->isVisible())
                    return d;
            return static_cast<WorkspacesDialog *>(nullptr);
        };
        QTRY_VERIFY(openDialog());
        WorkspacesDialog *dialog = openDialog();
        QVERIFY(!dialog->parent());
        QCOMPARE(dialog->windowModality(), Qt::ApplicationModal);
        // Each row: the name, its API and how fresh its data is.
        QCOMPARE(dialog->list()->count(), 1);
        QVERIFY2(dialog->list()->item(0)->text().contains(m_acme->server.baseUrl().toDisplayString()),
                 qPrintable(dialog->list()->item(0)->text()));
        QTRY_VERIFY2(dialog->list()->item(0)->text().contains(QStringLiteral("Live")), qPrintable(dialog->list()->item(0)->text()));

        // The keychain refuses the key: the form stays, with the reason and what was typed.
        m_keychain.locked = true;
        QDialog *form = dialog->openAddForm();
        QPointer<QDialog> formAlive(form);
        auto field = [form](const char *name) { return form->findChild<QLineEdit *>(QLatin1String(name)); };
        field("name")->setText(QStringLiteral("Beta Clinics"));
        field("baseUrl")->setText(m_beta->url());
        field("key")->setText(QStringLiteral("key-beta"));
        auto *buttons = form->findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::Ok)->click();
        auto *error = form->findChild<QLabel *>(QStringLiteral("error"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("locked")), qPrintable(error->text()));
        QVERIFY(formAlive && form->isVisible());
        QCOMPARE(field("name")->text(), QStringLiteral("Beta Clinics"));
        QCOMPARE(field("baseUrl")->text(), m_beta->url());
        QCOMPARE(field("key")->text(), QStringLiteral("key-beta"));
        QCOMPARE(hub->count(), 1);
        QVERIFY(!m_settings->childGroups().contains(QStringLiteral("workspace.beta-clinics")));
        // Unlocked, the same OK adds it and the form closes.
        m_keychain.locked = false;
        buttons->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!formAlive);
        QCOMPARE(hub->count(), 2);
        QCOMPARE(dialog->list()->count(), 2);
        QTRY_VERIFY2(dialog->list()->item(1)->text().startsWith(QStringLiteral("Beta Clinics\n") + m_beta->server.baseUrl().toDisplayString()), qPrintable(dialog->list()->item(1)->text()));
        dialog->close();
        settings->reject();

        // Removing the workspace on screen from the list opened over its own window: the
        // window goes, the list stays (it was the window's child, and went with it).
        hub->show(1);
        emit hub->controller(1)->window()->workspacesRequested();
        QTRY_VERIFY(openDialog());
        QPointer<WorkspacesDialog> over(openDialog());
        over->list()->setCurrentRow(1);
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QStringLiteral("Remove"))
                    b->click();
        });
        over->removeSelected();
        QTRY_COMPARE(hub->count(), 1);
        QVERIFY(over);
        QTRY_COMPARE(over->list()->count(), 1);
        QCOMPARE(hub->current(), 0);
        QVERIFY(hub->controller(0)->window()->isVisible());
        over->close();
    }

    void savedViewsBelongToTheirWorkspace()
    {
        // A view filters by one workspace's agent and campaign ids: it is that workspace's.
        auto hub = makeHub();
        QVERIFY(hub->start(options(), QString()));
        QCOMPARE(hub->count(), 2);
        SavedView beta;
        beta.name = QStringLiteral("Beta's agent");
        beta.filter.agentIds = QStringList{QStringLiteral("agt_beta_only")};
        QVERIFY(hub->controller(1)->savedViews()->save(beta));
        SavedView acme;
        acme.name = QStringLiteral("Acme failures");
        acme.filter.groups = CallFilter::bit(StatusGroup::Failed);
        QVERIFY(hub->controller(0)->savedViews()->save(acme));
        QVERIFY(hub->controller(1)->savedViews()->find(beta.name));
        QVERIFY(!hub->controller(1)->savedViews()->find(acme.name));
        QVERIFY(hub->controller(0)->savedViews()->find(acme.name));
        QVERIFY(!hub->controller(0)->savedViews()->find(beta.name));
        m_settings->sync();
        QCOMPARE(m_settings->value(QStringLiteral("workspace.beta/views/list/1/name")).toString(), beta.name);
        QCOMPARE(m_settings->value(QStringLiteral("views/list/1/name")).toString(), acme.name);
        // And so after a restart.
        hub.reset();
        hub = makeHub();
        QVERIFY(hub->start(options(), QString()));
        QCOMPARE(hub->controller(1)->savedViews()->views().size(), 1);
        QCOMPARE(hub->controller(1)->savedViews()->views().constFirst(), beta);
        QCOMPARE(hub->controller(0)->savedViews()->views().size(), 1);
        QCOMPARE(hub->controller(0)->savedViews()->views().constFirst(), acme);
    }

    void aProvisionedFileIsNeverRewritten()
    {
        // A display's --config file, comments and all, as its administrator wrote it.
        m_settings->sync();
        const QString path = m_settings->fileName();
        QByteArray provisioned;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            provisioned = "; Reception wall, provisioned by IT: ask before changing\n" + file.readAll();
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(provisioned);
        }
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
        QSettings state(m_dir.filePath(QStringLiteral("user-state.ini")), QSettings::IniFormat);
        {
            auto hub = makeHub();
            hub->setStateSettings(&state);
            QVERIFY(hub->start(options(), QString()));
            QCOMPARE(hub->count(), 2);
            QVERIFY(waitUntil([&] { return synced(*hub, 1); }, 30000));
            hub->show(1); // a workspace shown is remembered: in the user's settings
            QCOMPARE(hub->current(), 1);
        }
        m_settings->sync();
        state.sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), provisioned);
        QCOMPARE(state.value(QStringLiteral("workspaces/current")).toString(), QStringLiteral("beta"));
        // The next start opens it again.
        auto hub = makeHub();
        hub->setStateSettings(&state);
        QVERIFY(hub->start(options(), QString()));
        QCOMPARE(hub->current(), 1);
    }

    void namesAndKeyVariables()
    {
        QList<Workspace> list = Workspaces::read(*m_settings);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].keyVariable(), QStringLiteral("CALLBOARD_API_KEY"));
        QCOMPARE(list[1].keyVariable(), QStringLiteral("CALLBOARD_API_KEY_BETA_CLINICS"));
        QCOMPARE(list[1].keyVariables(), (QStringList{QStringLiteral("CALLBOARD_API_KEY_BETA_CLINICS"), QStringLiteral("CALLBOARD_API_KEY_BETA")}));
        QVERIFY(Workspaces::find(list, QStringLiteral("beta CLINICS")));
        QVERIFY(Workspaces::find(list, QStringLiteral("beta")));
        QVERIFY(!Workspaces::find(list, QStringLiteral("Gamma")));
        QVERIFY(Workspaces::nameProblem(list, QStringLiteral("Beta-Clinics")).contains(QStringLiteral("CALLBOARD_API_KEY_BETA_CLINICS")));
        QVERIFY(!Workspaces::nameProblem(list, QStringLiteral("   ")).isEmpty());
        QVERIFY(Workspaces::nameProblem(list, QStringLiteral("Gamma")).isEmpty());
        auto hub = makeHub();
        QString error;
        QVERIFY(!hub->start(options(), QStringLiteral("Gamma"), &error));
        QCOMPARE(error, QStringLiteral("no workspace named “Gamma” (workspaces: Acme, Beta Clinics)"));
    }
};

QTEST_MAIN(TestWorkspaces)
#include "tst_workspaces.moc"

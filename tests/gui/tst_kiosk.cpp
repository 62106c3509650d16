// The wall display: kiosk windows under the offscreen platform, on a session in virtual time
// against the simulator over loopback — fullscreen and frameless, type sized to the screen,
// pages rotating, the PIN between a passer-by and leaving, the outage banner that keeps the
// data and clears by itself, a rejected key as a full-screen message, and screen care.
#include "SimFixture.h"
#include "VirtualTime.h"
#include "gui/charts/ChartsPanel.h"
#include "gui/charts/DurationOverTimeChart.h"

#include "core/directory/Directory.h"
#include "core/kiosk/PinGuard.h"
#include "core/model/CallStore.h"
#include "core/settings/AppSettings.h"
#include "core/settings/MemorySecretStore.h"
#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"
#include "demo/SimulatorDemo.h"
#include "gui/campaigns/CampaignsView.h"
#include "gui/kiosk/DisplaySleepInhibitor.h"
#include "gui/kiosk/KioskBanner.h"
#include "gui/kiosk/KioskController.h"
#include "gui/kiosk/KioskWindow.h"
#include "gui/kiosk/KpiPage.h"
#include "gui/kiosk/PageIndicator.h"
#include "gui/kiosk/PageRotator.h"
#include "gui/kiosk/PinPrompt.h"
#include "gui/kiosk/PulseOverlay.h"
#include "gui/kpi/KpiStrip.h"
#include "gui/kpi/KpiTile.h"
#include "gui/main/AppController.h"
#include "session/BoardSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace callboard;
using namespace callboard::test;

namespace {
// Records what the kiosk asks of the platform's screensaver.
class FakeInhibitor final : public DisplaySleepInhibitor
{
public:
    explicit FakeInhibitor(int *inhibits) : m_inhibits(inhibits) {}
    bool inhibit(const QString &, QString *) override
    {
        ++*m_inhibits;
        return m_on = true;
    }
    void release() override { m_on = false; }
    bool isInhibiting() const override { return m_on; }
    QString mechanism() const override { return QStringLiteral("fake"); }

private:
    int *m_inhibits;
    bool m_on = false;
};
} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT
private:
    // Moves virtual time forward timer by timer, letting each step's requests finish.
    void runFor(qint64 ms)
    {
        QVERIFY(test::runFor(*m_clock, ms, boardSettled(m_session->client(), m_session->engine())));
    }

    std::unique_ptr<KioskController> startKiosk(const KioskConfig &config, bool headless = false)
    {
        auto kiosk = std::make_unique<KioskController>(m_session.get(), config);
        kiosk->setHeadless(headless);
        kiosk->setInhibitor(std::make_unique<FakeInhibitor>(&m_inhibits));
        kiosk->start();
        return kiosk;
    }

private slots:
    void init()
    {
        m_inhibits = 0;
        m_clock = std::make_unique<ManualClock>(fixedStart());
        m_session = std::make_unique<BoardSession>(m_clock.get());
        useSimulatorForDemo(*m_session);
        QVERIFY(m_session->startDemo(7));
        QVERIFY(waitUntil([&] { return m_session->engine()->backfillDone() && !m_session->engine()->isBusy(); }));
        QVERIFY(m_session->store()->size() > 100);
    }
    void cleanup()
    {
        m_session.reset();
        m_clock.reset();
    }

    void boardIsFullscreenFramelessWithoutMenus()
    {
        auto kiosk = startKiosk(KioskConfig{});
        QCOMPARE(kiosk->windows().size(), 1);
        KioskWindow *w = kiosk->windows().first();
        QVERIFY(w->isVisible());
        QVERIFY(w->isFullScreen());
        QVERIFY(w->windowFlags() & Qt::FramelessWindowHint);
        QCOMPARE(w->screen(), QGuiApplication::primaryScreen());
        QCOMPARE(w->geometry(), QGuiApplication::primaryScreen()->geometry());
        QVERIFY(w->findChildren<QMenuBar *>().isEmpty());
        QCOMPARE(m_inhibits, 1); // the screensaver is held off while it shows
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<QDialog *>(top) || !top->isVisible());
    }

    void figuresAreAtLeastSixPercentOfTheScreenHeight_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("3840x2160") << QSize(3840, 2160);
        QTest::newRow("1280x720") << QSize(1280, 720);
    }
    void figuresAreAtLeastSixPercentOfTheScreenHeight()
    {
        QFETCH(QSize, screen);
        auto kiosk = startKiosk(KioskConfig{}, true);
        KioskWindow *w = kiosk->windows().first();
        w->resize(screen);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        const int minimum = qCeil(0.06 * screen.height());
        for (KpiStrip::Figure f : {KpiStrip::Figure::LiveNow, KpiStrip::Figure::CallsToday,
                                   KpiStrip::Figure::ConnectRate, KpiStrip::Figure::NegativeShare}) {
            KpiTile *tile = w->header()->tile(f);
            QVERIFY(tile->isVisible());
            QVERIFY2(tile->valuePixelSize() >= minimum,
                     qPrintable(QStringLiteral("%1: %2 px < %3 px").arg(tile->caption()).arg(tile->valuePixelSize()).arg(minimum)));
            QVERIFY(!tile->value().isEmpty());
        }
        // Freshness is always on screen, whatever the page.
        QVERIFY(w->header()->tile(KpiStrip::Figure::Freshness)->isVisible());
    }

    void pagesRotateInVirtualTime()
    {
        KioskConfig config;
        config.pages = {KioskPage::Cards, KioskPage::Charts, KioskPage::Campaigns};
        config.pageSeconds = 10;
        auto kiosk = startKiosk(config, true);
        KioskWindow *w = kiosk->windows().first();
        QCOMPARE(w->currentPage(), KioskPage::Cards);
        QCOMPARE(w->indicator()->currentTitle(), KioskConfig::pageTitle(KioskPage::Cards));
        runFor(9'000);
        QCOMPARE(w->currentPage(), KioskPage::Cards);
        runFor(1'000);
        QCOMPARE(w->currentPage(), KioskPage::Charts);
        QCOMPARE(w->indicator()->current(), 1);
        // Nothing on the wall offers a choice nobody can click.
        const auto *charts = qobject_cast<ChartsPanel *>(w->pageWidget(KioskPage::Charts));
        QVERIFY(charts);
        QVERIFY(charts->isVisibleTo(w));
        for (int minutes : {5, 15, 60})
            QVERIFY(!charts->overTime()->bucketButton(minutes)->isVisibleTo(w));
        runFor(10'000);
        QCOMPARE(w->currentPage(), KioskPage::Campaigns);
        runFor(10'000);
        QCOMPARE(w->currentPage(), KioskPage::Cards); // and round again
        QVERIFY(w->indicator()->isVisibleTo(w));
    }

    void onePageDoesNotRotateOrShowAnIndicator()
    {
        KioskConfig config;
        config.pages = {KioskPage::Kpis};
        auto kiosk = startKiosk(config, true);
        KioskWindow *w = kiosk->windows().first();
        runFor(120'000);
        QCOMPARE(w->currentPage(), KioskPage::Kpis);
        QVERIFY(!w->indicator()->isVisibleTo(w));
    }

    void withAPinOnlyThePinLeaves()
    {
        KioskConfig config;
        config.pin = QStringLiteral("2468");
        auto kiosk = startKiosk(config);
        KioskWindow *w = kiosk->windows().first();
        QSignalSpy quit(kiosk.get(), &KioskController::quitRequested);
        QTest::keyClick(w, Qt::Key_Escape);
        QVERIFY(!w->close()); // Alt+F4 and the window manager's close are refused
        QVERIFY(w->isVisible());
        QVERIFY(!w->pinPrompt()->isVisible());
        QTest::keyClick(w, Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(w->pinPrompt()->isVisible());
        QLineEdit *input = w->pinPrompt()->input();
        QTest::keyClicks(input, QStringLiteral("1357"));
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY2(w->pinPrompt()->message().contains(QStringLiteral("Wrong PIN")), qPrintable(w->pinPrompt()->message()));
        QCOMPARE(quit.count(), 0);
        QVERIFY(input->text().isEmpty());
        QTest::keyClicks(input, QStringLiteral("2468"));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(quit.count(), 1);
        QVERIFY(!w->pinPrompt()->isVisible());
    }

    void thePinPromptGoesAwayOnEscOrWhenLeftAlone()
    {
        KioskConfig config;
        config.pin = QStringLiteral("2468");
        auto kiosk = startKiosk(config);
        KioskWindow *w = kiosk->windows().first();
        w->requestQuit();
        QVERIFY(w->pinPrompt()->isVisible());
        QTest::keyClick(w->pinPrompt()->input(), Qt::Key_Escape);
        QVERIFY(!w->pinPrompt()->isVisible());
        QVERIFY(w->isVisible());
        w->requestQuit();
        QTest::keyClicks(w->pinPrompt()->input(), QStringLiteral("24"));
        runFor(PinPrompt::kIdleCloseMs);
        QVERIFY(!w->pinPrompt()->isVisible());
    }

    void theLockCountsDownOnScreen()
    {
        KioskConfig config;
        config.pin = QStringLiteral("2468");
        auto kiosk = startKiosk(config);
        m_session->engine()->stop();
        KioskWindow *w = kiosk->windows().first();
        w->requestQuit();
        QLineEdit *input = w->pinPrompt()->input();
        for (int i = 0; i < PinGuard::kTriesBeforeLock; ++i) {
            QTest::keyClicks(input, QStringLiteral("0000"));
            QTest::keyClick(input, Qt::Key_Return);
        }
        QCOMPARE(w->pinPrompt()->message(), QStringLiteral("Too many wrong tries: wait 60 s"));
        m_clock->advance(10'000);
        QCOMPARE(w->pinPrompt()->message(), QStringLiteral("Too many wrong tries: wait 50 s"));
        m_clock->advance(50'000);
        QVERIFY(!w->pinPrompt()->isVisible()); // left alone for 30 s, it went away
        w->requestQuit();
        QVERIFY(w->pinPrompt()->message().isEmpty()); // the lock is over: the PIN can be typed again
        QSignalSpy quit(kiosk.get(), &KioskController::quitRequested);
        QTest::keyClicks(input, QStringLiteral("2468"));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(quit.count(), 1);
    }

    void withoutAPinCtrlQLeaves()
    {
        auto kiosk = startKiosk(KioskConfig{});
        KioskWindow *w = kiosk->windows().first();
        QSignalSpy quit(kiosk.get(), &KioskController::quitRequested);
        QTest::keyClick(w, Qt::Key_Escape);
        QCOMPARE(quit.count(), 0); // Esc still does nothing
        QTest::keyClick(w, Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(quit.count(), 1);
    }

    void outageKeepsTheDataUnderABannerAndRecoversAlone()
    {
        auto kiosk = startKiosk(KioskConfig{}, true);
        KioskWindow *w = kiosk->windows().first();
        w->refreshStatus();
        QVERIFY(!w->outageBanner()->isVisibleTo(w));
        const int before = m_session->store()->size();

        demoServer(*m_session)->setAvailable(false);
        runFor(60'000);
        w->refreshStatus();
        QVERIFY(w->outageBanner()->isVisibleTo(w));
        QVERIFY2(w->outageBanner()->headline().startsWith(QStringLiteral("Connection lost — retrying in ")),
                 qPrintable(w->outageBanner()->headline()));
        QVERIFY2(w->outageBanner()->detail().contains(QStringLiteral("Showing data from")), qPrintable(w->outageBanner()->detail()));
        QVERIFY(m_session->store()->size() >= before); // the last data stays on the board
        w->header()->refresh();
        QCOMPARE(w->header()->freshnessLevel(), Freshness::Red);

        demoServer(*m_session)->setAvailable(true);
        runFor(120'000);
        QCOMPARE(m_session->engine()->state(), SyncEngine::State::Live);
        w->refreshStatus();
        QVERIFY(!w->outageBanner()->isVisibleTo(w));
        w->header()->refresh();
        QCOMPARE(w->header()->freshnessLevel(), Freshness::Fresh);
        m_session->engine()->syncNow(); // a tick at this very moment: then the store must equal the truth
        QVERIFY(waitUntil([&] { return !m_session->engine()->isBusy(); }));
        const QString diff = differenceFromTruth(*m_session->store(), *demoSimulator(*m_session),
                                                 m_session->engine()->backfillSince().toMSecsSinceEpoch());
        QVERIFY2(diff.isEmpty(), qPrintable(diff)); // nothing lost in the outage
    }

    void cursorHidesAfterThreeStillSeconds()
    {
        auto kiosk = startKiosk(KioskConfig{});
        KioskWindow *w = kiosk->windows().first();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(!QGuiApplication::overrideCursor());
        m_clock->advance(2'999);
        QVERIFY(!QGuiApplication::overrideCursor());
        m_clock->advance(1);
        QVERIFY(QGuiApplication::overrideCursor());
        QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);
        QMouseEvent move(QEvent::MouseMove, QPointF(10, 10), QPointF(10, 10), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(w, &move);
        QVERIFY(!QGuiApplication::overrideCursor());
        m_clock->advance(3'000);
        QVERIFY(QGuiApplication::overrideCursor());
        kiosk.reset();
        QVERIFY(!QGuiApplication::overrideCursor()); // leaving gives the cursor back
    }

    void contentShiftsAgainstBurnIn()
    {
        KioskConfig config;
        config.burnInMinutes = 3;
        config.burnInPixels = 4;
        auto kiosk = startKiosk(config);
        m_session->engine()->stop(); // only the board's own timers from here: hours pass quickly
        KioskWindow *w = kiosk->windows().first();
        QCOMPARE(w->contentOffset(), QPoint(0, 0));
        m_clock->advance(3 * 60'000);
        QCOMPARE(w->contentOffset(), QPoint(4, 0));
        m_clock->advance(3 * 60'000);
        QCOMPARE(w->contentOffset(), QPoint(4, 4));
        QSet<QPair<int, int>> seen;
        for (int i = 0; i < 9; ++i) {
            m_clock->advance(3 * 60'000);
            seen.insert({w->contentOffset().x(), w->contentOffset().y()});
            QVERIFY(qAbs(w->contentOffset().x()) <= 4 && qAbs(w->contentOffset().y()) <= 4);
        }
        QCOMPARE(seen.size(), 9); // every position of the square, then round again
    }

    void blanksOutsideItsHoursAndLetsTheDisplaySleep()
    {
        KioskConfig config;
        config.blankOutsideHours = true;
        const QDateTime local = m_clock->now().toLocalTime();
        config.showHours.start = QTime(local.time().hour(), 0);
        config.showHours.end = config.showHours.start.addSecs(3600);
        config.showHours.days = 0x7f;
        auto kiosk = startKiosk(config);
        KioskWindow *w = kiosk->windows().first();
        QVERIFY(!w->isBlank());
        QVERIFY(kiosk->inhibitor()->isInhibiting());
        runFor(60'000);
        const SyncEngine::State syncing = m_session->engine()->state();
        m_session->engine()->stop(); // only the board's own timers from here: hours pass quickly
        m_clock->advance(60 * 60'000); // past the hour's end (the check runs every 30 s)
        QVERIFY(w->isBlank());
        QVERIFY(!kiosk->inhibitor()->isInhibiting());
        QCOMPARE(syncing, SyncEngine::State::Live); // blanking never stopped the sync
        m_clock->advance(23 * 3600'000LL); // the same hour the next day
        QVERIFY(!w->isBlank());
        QVERIFY(kiosk->inhibitor()->isInhibiting());
    }

    void screensResolveByIndexAndName()
    {
        const QList<QScreen *> screens = QGuiApplication::screens();
        QScreen *primary = QGuiApplication::primaryScreen();
        QCOMPARE(KioskController::resolve(QString(), screens, primary), primary);
        QCOMPARE(KioskController::resolve(QStringLiteral("0"), screens, primary), screens.first());
        QCOMPARE(KioskController::resolve(QStringLiteral("7"), screens, primary), nullptr);
        QCOMPARE(KioskController::resolve(screens.first()->name(), screens, primary), screens.first());
        QCOMPARE(KioskController::resolve(QStringLiteral("no-such-output"), screens, primary), nullptr);
        QCOMPARE(KioskController::resolve(QString(), {}, primary), nullptr);
    }

    void aMonitorUnpluggedAndPluggedBackGetsItsBoardAgain()
    {
        KioskConfig config;
        config.screens = {KioskScreen{QStringLiteral("0"), {KioskPage::Campaigns}, 0, {}},
                          KioskScreen{QStringLiteral("1"), {KioskPage::Cards}, 0, {}}}; // not plugged in yet
        auto kiosk = startKiosk(config);
        QCOMPARE(kiosk->windows().size(), 1);
        QCOMPARE(kiosk->windows().first()->pages(), QList<KioskPage>{KioskPage::Campaigns});
        QPointer<KioskWindow> first = kiosk->windows().first();
        kiosk->reconcile({}); // the monitor went away
        QVERIFY(kiosk->windows().isEmpty());
        QVERIFY(first.isNull());
        kiosk->reconcile(QGuiApplication::screens()); // and came back
        QCOMPARE(kiosk->windows().size(), 1);
        QVERIFY(kiosk->windows().first()->isFullScreen());
        QCOMPARE(kiosk->windows().first()->pages(), QList<KioskPage>{KioskPage::Campaigns});
    }

    void aScreenNameThatMatchesNothingStillGetsABoard()
    {
        KioskConfig config;
        config.screens = {KioskScreen{QStringLiteral("HDMI-9"), {KioskPage::Cards}, 0, {}}};
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no screen matches \"HDMI-9\" \\(screens here: 0 = .*primary screen")));
        auto kiosk = startKiosk(config);
        QCOMPARE(kiosk->windows().size(), 1);
        QCOMPARE(kiosk->windows().first()->screen(), QGuiApplication::primaryScreen());
        QCOMPARE(kiosk->windows().first()->pages(), QList<KioskPage>{KioskPage::Cards});
    }

    void figuresSayNothingYetBeforeTheFirstLoad()
    {
        ManualClock clock(fixedStart());
        BoardSession idle(&clock); // never started: no data at all
        KioskConfig config;
        config.pages = {KioskPage::Kpis};
        KioskController kiosk(&idle, config);
        kiosk.setHeadless(true);
        kiosk.start();
        KioskWindow *w = kiosk.windows().first();
        auto *page = qobject_cast<KpiPage *>(w->pageWidget(KioskPage::Kpis));
        QVERIFY(page);
        page->refresh();
        w->header()->refresh();
        for (KpiTile *t : page->tiles())
            QCOMPARE(t->value(), QStringLiteral("—"));
        QCOMPARE(w->header()->figureText(KpiStrip::Figure::CallsToday), QStringLiteral("—"));
        // With the demo's data the same page shows figures.
        auto live = startKiosk(config, true);
        auto *loaded = qobject_cast<KpiPage *>(live->windows().first()->pageWidget(KioskPage::Kpis));
        loaded->refresh();
        QVERIFY(loaded->tiles().first()->value() != QStringLiteral("—"));
    }

    void campaignsPageCountsEveryCampaignCall()
    {
        KioskConfig config;
        config.pages = {KioskPage::Campaigns};
        auto kiosk = startKiosk(config, true);
        auto *page = qobject_cast<CampaignsView *>(kiosk->windows().first()->pageWidget(KioskPage::Campaigns));
        QVERIFY(page);
        // One row per batch (or campaign without one), named as the directory names it.
        QVERIFY(waitUntil([&] { return m_session->directory()->availability() == Directory::Availability::Available; }));
        QHash<QString, int> expected;
        for (const CallLog &c : m_session->store()->calls())
            if (!c.campaignKey().isEmpty())
                ++expected[c.campaignKey()];
        QVERIFY(!expected.isEmpty());
        const QStringList rows = page->rowTexts();
        QCOMPARE(rows.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString name = m_session->directory()->campaignName(it.key());
            QVERIFY(name != it.key()); // every simulated campaign runs as a titled batch
            const QString count = QStringLiteral(": ") + QLocale().toString(it.value()) + QStringLiteral(" calls");
            QVERIFY2(std::any_of(rows.begin(), rows.end(), [&](const QString &r) { return r.startsWith(name) && r.contains(count); }),
                     qPrintable(name + count));
        }
    }

    void aFiringAlertPulsesAndShowsABanner()
    {
        auto kiosk = startKiosk(KioskConfig{});
        KioskWindow *w = kiosk->windows().first();
        QVERIFY(!w->alertBanner()->isVisible());
        kiosk->setAlerts({QStringLiteral("7 calls failed with system_at_capacity in 10 min")}, true);
        QVERIFY(w->alertBanner()->isVisible());
        QVERIFY(w->alertBanner()->headline().contains(QStringLiteral("system_at_capacity")));
        QVERIFY(w->pulseOverlay()->isPulsing());
        QCOMPARE(w->pulseOverlay()->color(), w->theme().danger());
        kiosk->setAlerts({}, false);
        QVERIFY(!w->alertBanner()->isVisible());

        // A picture (--once) shows the banner but no pulse: a still pulse is only a red tint.
        auto still = startKiosk(KioskConfig{}, true);
        still->setAlerts({QStringLiteral("Live calls: 62 (limit 50)")}, true);
        QVERIFY(still->windows().first()->alertBanner()->isVisibleTo(still->windows().first()));
        QVERIFY(!still->windows().first()->pulseOverlay()->isPulsing());
    }

    void aRejectedKeyIsAFullScreenMessageNotADialog()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore secrets;
        secrets.setStoredKey(QStringLiteral("sk_wrong_key_42"));
        AppController app(&settings, &secrets);
        AppController::StartOptions options;
        options.kiosk = true;
        options.baseUrl = demoServer(*m_session)->baseUrl(); // the fixture's simulator, another key
        app.start(options);
        QVERIFY(app.kiosk());
        QVERIFY(!app.window());
        KioskWindow *w = app.kiosk()->windows().first();
        QVERIFY(waitUntil([&] { return w->isNoticeShown(); }, 15000));
        QCOMPARE(w->notice()->headline(), QStringLiteral("The API key was rejected"));
        QVERIFY(w->notice()->detail().contains(QStringLiteral("401")));
        QVERIFY(!w->notice()->detail().contains(QStringLiteral("sk_wrong_key_42")));
        QCOMPARE(app.session()->engine()->state(), SyncEngine::State::AuthFailed);
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<QDialog *>(top) || !top->isVisible());
    }

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<BoardSession> m_session;
    int m_inhibits = 0;
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"

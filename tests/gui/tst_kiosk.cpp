// The wall display: kiosk windows under the offscreen platform, on a session in virtual time
// against the simulator over loopback — fullscreen and frameless, type sized to the screen,
// pages rotating, the outage banner that keeps the data and clears by itself, alerts, and a
// rejected key as a full-screen message. The PIN is in tst_kioskpin, screens and screen care
// in tst_kioskscreens.
#include "KioskFixture.h"

#include <QScopeGuard>
#include <QTranslator>

using namespace callboard;
using namespace callboard::test;
using namespace callboard::kiosktest;

class TestKiosk : public QObject, protected KioskFixture
{
    Q_OBJECT
private slots:
    void init() { startDemoBoard(); }
    void cleanup() { stopDemoBoard(); }

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

    void theWallsCampaignsPageShowsEveryFigureInGerman()
    {
        // German figures are a third longer than English: at 1920x1080 they broke onto a
        // second line that still ended in "…" ("365 von 6.000 Kontakten angerufen · …").
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("callboard"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&german);
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        KioskConfig config;
        config.pages = {KioskPage::Campaigns};
        auto kiosk = startKiosk(config, true);
        QVERIFY(waitUntil([&] { return m_session->directory()->availability() == Directory::Availability::Available; }));
        KioskWindow *wall = kiosk->windows().first();
        auto *page = qobject_cast<CampaignsView *>(wall->pageWidget(KioskPage::Campaigns));
        QVERIFY(page);
        wall->resize(1920, 1080);
        wall->grab(); // lays out and paints the page at the wall's size
        const std::vector<QStringList> &shown = page->figureLinesShown();
        QVERIFY(!shown.empty());
        for (const QStringList &lines : shown) {
            QVERIFY2(lines.join(QString()).contains(QStringLiteral("Kontakten angerufen")), qPrintable(lines.join(QLatin1Char('|'))));
            for (const QString &line : lines)
                QVERIFY2(!line.endsWith(QStringLiteral("…")), qPrintable(lines.join(QLatin1Char('|'))));
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
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"

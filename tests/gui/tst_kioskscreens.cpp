// The kiosk and its screens: screen care (the cursor hides, content shifts against burn-in,
// the board blanks outside its hours and lets the display sleep) and screens named by index
// or name, unplugged and plugged back. In virtual time against the simulator over loopback.
#include "KioskFixture.h"

using namespace callboard;
using namespace callboard::test;
using namespace callboard::kiosktest;

class TestKioskScreens : public QObject, protected KioskFixture
{
    Q_OBJECT
private slots:
    void init() { startDemoBoard(); }
    void cleanup() { stopDemoBoard(); }

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
        config.screens = {KioskScreen{QStringLiteral("0"), {KioskPage::Campaigns}, 0, {}, {}},
                          KioskScreen{QStringLiteral("1"), {KioskPage::Cards}, 0, {}, {}}}; // not plugged in yet
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
        config.screens = {KioskScreen{QStringLiteral("HDMI-9"), {KioskPage::Cards}, 0, {}, {}}};
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no screen matches \"HDMI-9\" \\(screens here: 0 = .*primary screen")));
        auto kiosk = startKiosk(config);
        QCOMPARE(kiosk->windows().size(), 1);
        QCOMPARE(kiosk->windows().first()->screen(), QGuiApplication::primaryScreen());
        QCOMPARE(kiosk->windows().first()->pages(), QList<KioskPage>{KioskPage::Cards});
    }
};

QTEST_MAIN(TestKioskScreens)
#include "tst_kioskscreens.moc"

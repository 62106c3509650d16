// The kiosk's PIN between a passer-by and leaving: only the PIN leaves, the prompt goes away
// on Esc or when left alone, wrong guesses lock it with a countdown on screen, and without a
// PIN Ctrl+Q leaves. In virtual time against the simulator over loopback.
#include "KioskFixture.h"

using namespace callboard;
using namespace callboard::test;
using namespace callboard::kiosktest;

class TestKioskPin : public QObject, protected KioskFixture
{
    Q_OBJECT
private slots:
    void init() { startDemoBoard(); }
    void cleanup() { stopDemoBoard(); }

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
};

QTEST_MAIN(TestKioskPin)
#include "tst_kioskpin.moc"

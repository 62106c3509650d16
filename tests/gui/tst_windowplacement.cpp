// The first window fits the screen it opens on, and a remembered place is used only while it
// still lies on a connected screen.
#include "gui/main/WindowPlacement.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QTest>

using namespace callboard;

class TestWindowPlacement final : public QObject
{
    Q_OBJECT

private slots:
    void theFirstWindowFitsTheAvailableArea_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("1280x1024, taskbar at the bottom") << QRect(0, 0, 1280, 984) << QSize(1216, 934);
        QTest::newRow("1366x768 laptop") << QRect(0, 0, 1366, 728) << QSize(1297, 691);
        QTest::newRow("1920x1080: the preferred size") << QRect(0, 0, 1920, 1040) << QSize(1600, 988);
        QTest::newRow("4K") << QRect(0, 0, 3840, 2110) << QSize(1600, 1000);
        QTest::newRow("a second screen to the right") << QRect(1920, 0, 1280, 1024) << QSize(1216, 972);
    }
    void theFirstWindowFitsTheAvailableArea()
    {
        QFETCH(QRect, available);
        QFETCH(QSize, expected);
        const QRect r = WindowPlacement::firstGeometry(QSize(1600, 1000), available);
        QCOMPARE(r.size(), expected);
        QVERIFY(available.contains(r));
        QVERIFY(qAbs(r.center().x() - available.center().x()) <= 1);
    }

    void aRememberedPlaceCountsOnlyOnAConnectedScreen()
    {
        const QList<QRect> one{QRect(0, 0, 1920, 1040)};
        QVERIFY(WindowPlacement::fitsAScreen(QRect(100, 100, 1200, 800), one));
        QVERIFY(!WindowPlacement::fitsAScreen(QRect(2000, 100, 1200, 800), one)); // on a monitor unplugged since
        QVERIFY(!WindowPlacement::fitsAScreen(QRect(1500, 100, 1200, 800), one)); // mostly off the right edge
        const QList<QRect> two{QRect(0, 0, 1920, 1040), QRect(1920, 0, 1920, 1040)};
        QVERIFY(WindowPlacement::fitsAScreen(QRect(2000, 100, 1200, 800), two));
        QVERIFY(!WindowPlacement::fitsAScreen(QRect(), two));
    }

    void aRealWindowIsPlacedOnItsScreen()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QMainWindow window;
        QVERIFY(!WindowPlacement::place(&window, {}, QSize(1600, 1000))); // nothing remembered
        QVERIFY(available.contains(window.geometry()));
        window.setGeometry(available.adjusted(10, 10, -40, -40));
        const QByteArray saved = window.saveGeometry();
        QMainWindow again;
        QVERIFY(WindowPlacement::place(&again, saved, QSize(1600, 1000)));
        QCOMPARE(again.size(), available.adjusted(10, 10, -40, -40).size());
        QVERIFY((again.geometry().topLeft() - QPoint(10, 10)).manhattanLength() <= 20); // give or take the frame
        QMainWindow broken;
        QVERIFY(!WindowPlacement::place(&broken, QByteArray("not a geometry"), QSize(1600, 1000)));
        QVERIFY(available.contains(broken.geometry()));
    }
};

QTEST_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"

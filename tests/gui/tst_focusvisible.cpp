// Focus is visible at every stop of the main window's Tab order: with the demo's data on the
// board, each widget Tab reaches looks different focused from unfocused, and has a name a
// screen reader can say, and Tab reads the filter bar and the charts in the order the eye
// does (issue 15 §4).
#include "SimFixture.h"

#include "core/sync/SyncEngine.h"
#include "demo/SimulatorDemo.h"
#include "gui/charts/ChartsPanel.h"
#include "gui/filters/FilterBar.h"
#include "gui/main/MainWindow.h"
#include "gui/widgets/FocusRing.h"
#include "session/BoardSession.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace callboard;
using namespace callboard::test;

namespace {
QString describe(const QWidget *w)
{
    const QString name = !w->accessibleName().isEmpty() ? w->accessibleName() : w->objectName();
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), name);
}

// The window's pixels around a widget (its focus frame may be drawn just outside it).
QImage around(QWidget *window, const QWidget *w)
{
    const QRect r = QRect(w->mapTo(window, QPoint(0, 0)), w->size()).adjusted(-3, -3, 3, 3);
    return window->grab(r).toImage();
}
} // namespace

class TestFocusVisible : public QObject
{
    Q_OBJECT
private slots:
    void everyTabStopShowsItsFocus()
    {
        ManualClock clock(fixedStart());
        BoardSession session(&clock);
        MainWindow window(&session);
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        useSimulatorForDemo(session);
        QVERIFY(session.startDemo(7));
        QVERIFY(waitUntil([&] { return session.engine()->backfillDone() && !session.engine()->isBusy(); }));

        QWidget *first = QApplication::focusWidget();
        QVERIFY(first);
        QStringList invisible, seen;
        QList<QWidget *> stops;
        QWidget *previous = nullptr;
        for (int stop = 0; stop < 80; ++stop) {
            QWidget *w = QApplication::focusWidget();
            QVERIFY(w);
            if (stop > 0 && w == first)
                break;
            seen << describe(w);
            stops << w;
            // A screen reader names every stop.
            QVERIFY2(!w->accessibleName().isEmpty() || w->inherits("QTabBar"), qPrintable(describe(w)));
            const QImage focused = around(&window, w);
            // The same pixels with the focus one stop back (or on the window itself).
            QWidget *elsewhere = previous && previous != w ? previous : &window;
            elsewhere->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            const QImage unfocused = around(&window, w);
            if (focused == unfocused)
                invisible << describe(w);
            w->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            previous = w;
            QTest::keyClick(w, Qt::Key_Tab);
            QApplication::processEvents();
        }
        QVERIFY2(seen.size() >= 10, qPrintable(seen.join(QLatin1String(", "))));
        QVERIFY2(invisible.isEmpty(), qPrintable(QStringLiteral("no visible focus at: ") + invisible.join(QLatin1String(", "))
                                                 + QStringLiteral("\nTab order: ") + seen.join(QLatin1String(", "))));

        // Within the filter bar and within the charts, Tab goes the way the eye reads: along
        // a row, then down to the next one.
        for (QWidget *group : std::initializer_list<QWidget *>{window.filterBar(), window.findChild<ChartsPanel *>()}) {
            QVERIFY(group);
            QList<QWidget *> inGroup;
            for (QWidget *w : std::as_const(stops))
                if (group->isAncestorOf(w))
                    inGroup << w;
            QVERIFY2(inGroup.size() >= 5, qPrintable(describe(group)));
            for (qsizetype i = 1; i < inGroup.size(); ++i) {
                const QRect a(inGroup[i - 1]->mapTo(&window, QPoint(0, 0)), inGroup[i - 1]->size());
                const QRect b(inGroup[i]->mapTo(&window, QPoint(0, 0)), inGroup[i]->size());
                const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
                const bool readsOn = sameRow ? b.left() > a.left() : b.top() >= a.bottom();
                QVERIFY2(readsOn, qPrintable(describe(inGroup[i - 1]) + QStringLiteral(" then ") + describe(inGroup[i])
                                             + QStringLiteral("\nTab order: ") + seen.join(QLatin1String(", "))));
            }
        }
    }

    void theRingShowsOnlyForTheKeyboard()
    {
        // A wall's window gives its first chart the focus; nobody is at a keyboard there.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *edit = new QLineEdit(&window);
        auto *chart = new QWidget(&window);
        chart->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(edit);
        layout->addWidget(chart);
        FocusRing::install(chart);
        auto *ring = chart->findChild<FocusRing *>();
        QVERIFY(ring);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        chart->setFocus(Qt::OtherFocusReason);
        QVERIFY(chart->hasFocus());
        QVERIFY(!ring->isVisible());
        edit->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(edit, Qt::Key_Tab);
        QVERIFY(chart->hasFocus());
        QVERIFY(ring->isVisible());
        QCOMPARE(ring->geometry(), chart->rect());
        edit->setFocus(Qt::MouseFocusReason);
        QVERIFY(!ring->isVisible());
        chart->setFocus(Qt::MouseFocusReason); // a click
        QVERIFY(!ring->isVisible());
    }
};

QTEST_MAIN(TestFocusVisible)
#include "tst_focusvisible.moc"

// Specification of where the cards go: CardGrid's arithmetic (a card's place, the card under
// a point, the cards meeting a rectangle) and the card view built on it (hit-testing, the
// scroll range, keyboard moves in a grid, clicks selecting the card under the pointer, and
// rows arriving that grow the scroll range without a layout pass over the others, and a
// wall display that shows no card cut in half, fills its height with whole lines and gets as
// many columns in German as in English).
#include "core/model/CallStore.h"
#include "core/time/Clock.h"
#include "gui/cards/CallCardView.h"
#include "gui/cards/CardGrid.h"
#include "gui/cards/CardMetrics.h"
#include "gui/models/CallListModel.h"
#include "gui/theme/Theme.h"

#include "CallBuilder.h"

#include <QApplication>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace callboard;

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());

CallLog call(int n)
{
    return test::CallBuilder(QStringLiteral("call_%1").arg(n, 6, 10, QLatin1Char('0')))
        .status(QStringLiteral("completed"))
        .duration(60)
        .createdAt(kNow.toMSecsSinceEpoch() - 3'600'000 + n * 1000);
}

CardGrid grid(int columns, QSize cell, int count)
{
    CardGrid g;
    g.columns = columns;
    g.cell = cell;
    g.count = count;
    return g;
}
} // namespace

class TestCardGrid : public QObject
{
    Q_OBJECT
private:
    ManualClock m_clock{kNow};
    Theme m_theme = Theme::light();
    CallStore m_store;
    CallListModel m_model{&m_store};

    void fill(int from, int to)
    {
        std::vector<CallLog> calls;
        for (int n = from; n < to; ++n)
            calls.push_back(call(n));
        m_store.apply(std::move(calls));
    }

private slots:
    void init() { m_store.clear(); }

    void placesRowsRowMajor()
    {
        const CardGrid g = grid(3, QSize(100, 50), 7);
        QCOMPARE(g.lines(), 3);
        QCOMPARE(g.contentSize(), QSize(300, 150));
        QCOMPARE(g.rectOf(0), QRect(0, 0, 100, 50));
        QCOMPARE(g.rectOf(4), QRect(100, 50, 100, 50));
        QCOMPARE(g.rectOf(6), QRect(0, 100, 100, 50));
        QVERIFY(!g.rectOf(7).isValid());
        QVERIFY(!g.rectOf(-1).isValid());
    }

    void findsTheRowUnderAPoint()
    {
        const CardGrid g = grid(3, QSize(100, 50), 7);
        for (int row = 0; row < g.count; ++row) {
            QCOMPARE(g.rowAt(g.rectOf(row).topLeft()), row);
            QCOMPARE(g.rowAt(g.rectOf(row).bottomRight()), row);
        }
        QCOMPARE(g.rowAt(QPoint(150, 120)), -1); // past the last card of a short line
        QCOMPARE(g.rowAt(QPoint(301, 10)), -1);  // right of the grid
        QCOMPARE(g.rowAt(QPoint(-1, 10)), -1);
        QCOMPARE(grid(3, QSize(100, 50), 0).rowAt(QPoint(1, 1)), -1);
    }

    void findsTheRowsMeetingARectangle()
    {
        const CardGrid g = grid(3, QSize(100, 50), 100);
        CardGrid::Span span = g.rowsMeeting(QRect(0, 75, 300, 100)); // lines 1 to 3
        QCOMPARE(span.first, 3);
        QCOMPARE(span.last, 11);
        const QList<CardGrid::Span> runs = g.runsMeeting(QRect(120, 60, 100, 45)); // middle column, line 1..2
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].first, 4);
        QCOMPARE(runs[0].last, 5);
        QCOMPARE(runs[1].first, 7);
        QCOMPARE(runs[1].last, 8);
        span = g.rowsMeeting(QRect(0, 10'000, 300, 50)); // below the content
        QVERIFY(span.first > span.last);
        QCOMPARE(g.linesIn(175), 3);
        QCOMPARE(g.linesIn(10), 1);
    }

    void viewHitTestsWhatItPaints()
    {
        fill(0, 500);
        CallCardView view(&m_theme, &m_clock);
        view.setModel(&m_model);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (auto layout : {CallCardView::Layout::List, CallCardView::Layout::Grid}) {
            view.setLayout(layout);
            view.doItemsLayout();
            const CardGrid g = view.grid();
            QVERIFY(g.columns >= (layout == CallCardView::Layout::Grid ? 2 : 1));
            QCOMPARE(g.count, 500);
            // The scroll range is the content's height less the viewport's.
            QCOMPARE(view.verticalScrollBar()->maximum(),
                     g.contentSize().height() - view.viewport()->height());
            view.verticalScrollBar()->setValue(g.cell.height() * 7 + 13);
            for (const QPoint &p : {QPoint(5, 5), QPoint(view.viewport()->width() - 5, 300)}) {
                const QModelIndex index = view.indexAt(p);
                QVERIFY(index.isValid());
                QVERIFY(view.visualRect(index).contains(p));
            }
            // A click lands on the card drawn under the pointer.
            const QPoint target = view.viewport()->rect().center();
            const QModelIndex under = view.indexAt(target);
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, target);
            QCOMPARE(view.currentIndex(), under);
            QVERIFY(view.selectionModel()->isSelected(under));
        }
    }

    void keysMoveAcrossAndDownTheGrid()
    {
        fill(0, 50);
        CallCardView view(&m_theme, &m_clock);
        view.setModel(&m_model);
        view.resize(1000, 600);
        view.setLayout(CallCardView::Layout::Grid);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int columns = view.grid().columns;
        QVERIFY(columns >= 2);
        view.setCurrentIndex(m_model.index(0));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.currentIndex().row(), 1);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.currentIndex().row(), 1 + columns);
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.currentIndex().row(), 1);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.currentIndex().row(), 49);
        QVERIFY(view.viewport()->rect().intersects(view.visualRect(view.currentIndex())));
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.currentIndex().row(), 0);
        QCOMPARE(view.verticalScrollBar()->value(), 0);
    }

    void rowsArrivingGrowTheRange()
    {
        fill(0, 1000);
        CallCardView view(&m_theme, &m_clock);
        view.setModel(&m_model);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.doItemsLayout();
        const int before = view.verticalScrollBar()->maximum();
        fill(1000, 1050);
        QCOMPARE(m_model.rowCount(), 1050);
        QCoreApplication::processEvents(); // the delayed layout
        const int cell = view.grid().cell.height();
        QCOMPARE(view.verticalScrollBar()->maximum(), before + 50 * cell);
        view.scrollToBottom();
        const QPoint bottom(5, view.viewport()->height() - 5);
        QCOMPARE(view.indexAt(bottom).data(CallListModel::IdRole).toString(),
                 QStringLiteral("call_001049"));
    }

    void wallShowsNoHalfCard()
    {
        fill(0, 100);
        CallCardView view(&m_theme, &m_clock);
        view.setModel(&m_model);
        view.setLayout(CallCardView::Layout::Grid);
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.show();
        const int cell = view.cardDelegate()->cardSize(view.font()).height();
        view.resize(1000, 3 * cell + cell / 2); // three lines and half of a fourth
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QColor background = m_theme.window();
        auto belowThirdLineIsBlank = [&] {
            const QImage shot = view.viewport()->grab().toImage();
            for (int y = 3 * cell + 2; y < shot.height(); y += 4)
                for (int x = 0; x < shot.width(); x += 7)
                    if (shot.pixelColor(x, y) != background)
                        return false;
            return true;
        };
        QVERIFY(!belowThirdLineIsBlank()); // a desk window shows the half card: it can scroll to it
        view.setWholeLinesOnly(true);
        QVERIFY(belowThirdLineIsBlank());
        // The three whole lines are still painted.
        const QImage shot = view.viewport()->grab().toImage();
        bool painted = false;
        for (int x = 0; x < shot.width() && !painted; x += 3)
            painted = shot.pixelColor(x, 2 * cell + cell / 2) != background;
        QVERIFY(painted);
    }

    void wallLinesFillTheHeight()
    {
        fill(0, 100);
        CallCardView view(&m_theme, &m_clock);
        view.setModel(&m_model);
        view.setLayout(CallCardView::Layout::Grid);
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.setWholeLinesOnly(true);
        view.setLinesFillHeight(true);
        const QSize natural = view.cardDelegate()->naturalGridItemSize(view.font());
        view.resize(3 * natural.width() + 10, 3 * natural.height() + natural.height() / 2);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const CardGrid g = view.grid();
        QCOMPARE(g.columns, 3);
        // Three lines, each taller, leave less than a pixel a line below the last one.
        QVERIFY(g.cell.height() > natural.height());
        QVERIFY(view.viewport()->height() - 3 * g.cell.height() < 3);
        // and the columns reach the right edge (no room kept for a scroll bar it never shows)
        QVERIFY(view.viewport()->width() - 3 * g.cell.width() < 3);
    }

    void aWallGetsAsManyColumnsInGermanAsInEnglish()
    {
        QFont wall = QApplication::font();
        wall.setPixelSize(22); // a 1080-line wall's cards (2 % of the height)
        const int width = 1920 - 2 * 16;
        const int english = width / CardMetrics(wall).gridItem().width();
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("callboard"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&german);
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        QCOMPARE(width / CardMetrics(wall).gridItem().width(), english);
        QVERIFY(english >= 3);
    }
};

QTEST_MAIN(TestCardGrid)
#include "tst_cardgrid.moc"

// Specification of a list that holds still: while the user has scrolled down or has a card
// selected on screen, calls arriving (or leaving) above keep the card they look at where it is,
// and a "N new calls ↑" button counts the arrivals and jumps to the newest. At the top with
// nothing selected, new calls flow in at the top as before.
#include "core/filter/CallFilter.h"
#include "core/model/CallStore.h"
#include "core/time/Clock.h"
#include "gui/cards/CallCardView.h"
#include "gui/models/CallFilterProxy.h"
#include "gui/models/CallListModel.h"
#include "gui/theme/Theme.h"

#include "CallBuilder.h"

#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTimeZone>

using namespace callboard;

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());

CallLog call(int n, const char *status = "completed")
{
    return test::CallBuilder(QStringLiteral("call_%1").arg(n, 6, 10, QLatin1Char('0')))
        .status(QString::fromLatin1(status))
        .duration(60)
        .createdAt(kNow.toMSecsSinceEpoch() - 3'600'000 + n * 1000); // higher n: newer
}
} // namespace

class TestCardAnchor : public QObject
{
    Q_OBJECT
private:
    ManualClock m_clock{kNow};
    Theme m_theme = Theme::light();
    CallStore m_store;
    CallListModel m_model{&m_store};
    CallFilterProxy m_proxy{&m_model}; // newest first, as the board opens
    std::unique_ptr<CallCardView> m_view;
    int m_cell = 0;

    void add(int from, int to, const char *status = "completed")
    {
        std::vector<CallLog> calls;
        for (int n = from; n < to; ++n)
            calls.push_back(call(n, status));
        m_store.apply(std::move(calls));
    }
    QString idAt(QPoint p) const { return m_view->indexAt(p).data(CallListModel::IdRole).toString(); }
    QPushButton *newCallsButton() const { return m_view->findChild<QPushButton *>(); }
    int topOf(const QString &id) const
    {
        for (int row = 0; row < m_proxy.rowCount(); ++row)
            if (m_proxy.index(row, 0).data(CallListModel::IdRole).toString() == id)
                return m_view->visualRect(m_proxy.index(row, 0)).top();
        return INT_MIN;
    }

private slots:
    void init()
    {
        m_proxy.setSortOrder(CallSort::Newest);
        m_proxy.setFilter({});
        m_store.clear();
        add(0, 60);
        m_view = std::make_unique<CallCardView>(&m_theme, &m_clock);
        m_view->setModel(&m_proxy);
        m_cell = m_view->cardDelegate()->cardSize(m_view->font()).height();
        m_view->resize(360, 6 * m_cell);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(!newCallsButton()->isVisible());
    }
    void cleanup() { m_view.reset(); }

    void atTheTopNewCallsFlowIn()
    {
        add(100, 103);
        QCOMPARE(m_view->verticalScrollBar()->value(), 0);
        QCOMPARE(idAt(QPoint(10, 10)), call(102).id); // the newest is on top
        QCOMPARE(m_view->newCallsAbove(), 0);
        QVERIFY(!newCallsButton()->isVisible());
    }

    void aScrolledListHoldsTheCardOnScreen()
    {
        m_view->verticalScrollBar()->setValue(5 * m_cell + m_cell / 3);
        const QPoint probe(10, m_cell);
        const QString looked = idAt(probe);
        const int top = topOf(looked);
        QVERIFY(!looked.isEmpty());

        add(100, 103);
        QCOMPARE(idAt(probe), looked);
        QCOMPARE(topOf(looked), top);
        QCOMPARE(m_view->newCallsAbove(), 3);
        QVERIFY(newCallsButton()->isVisible());
        QCOMPARE(newCallsButton()->text(), QStringLiteral("3 new calls ↑"));
        QCOMPARE(newCallsButton()->accessibleName(), newCallsButton()->text());

        add(103, 104); // a later tick counts on
        QCOMPARE(idAt(probe), looked);
        QCOMPARE(newCallsButton()->text(), QStringLiteral("4 new calls ↑"));

        QTest::mouseClick(newCallsButton(), Qt::LeftButton);
        QCOMPARE(m_view->verticalScrollBar()->value(), 0);
        QCOMPARE(idAt(QPoint(10, 10)), call(103).id);
        QCOMPARE(m_view->newCallsAbove(), 0);
        QVERIFY(!newCallsButton()->isVisible());

        add(104, 106); // back at the top: they flow in again
        QCOMPARE(m_view->verticalScrollBar()->value(), 0);
        QCOMPARE(idAt(QPoint(10, 10)), call(105).id);
    }

    void theNewCallsButtonCoversNoCard()
    {
        m_view->verticalScrollBar()->setValue(3 * m_cell);
        add(100, 102);
        QVERIFY(newCallsButton()->isVisible());
        // The button has a bar of its own: the viewport, where the cards are, starts below it.
        const QRect button = newCallsButton()->geometry();
        const QRect viewport = m_view->viewport()->geometry();
        QVERIFY(!button.intersects(viewport));
        QVERIFY(m_view->rect().contains(button));
        QVERIFY(button.bottom() < viewport.top());
        QVERIFY(viewport.height() >= 4 * m_cell); // the bar takes no more than a button's room

        QTest::mouseClick(newCallsButton(), Qt::LeftButton);
        QVERIFY(!newCallsButton()->isVisible());
        QCOMPARE(m_view->viewport()->geometry().top(), 0); // the room goes back to the cards
        QCOMPARE(m_view->viewport()->height(), m_view->height());
    }

    void aSelectedCardAtTheTopHoldsStill()
    {
        const QPoint third(10, 2 * m_cell + m_cell / 2);
        const QString picked = idAt(third);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, third);
        QCOMPARE(m_view->currentIndex().data(CallListModel::IdRole).toString(), picked);

        add(100, 101);
        QCOMPARE(idAt(third), picked); // a click there still lands on the same call
        QCOMPARE(newCallsButton()->text(), QStringLiteral("1 new call ↑"));
        add(101, 104);
        QCOMPARE(idAt(third), picked);
        QCOMPARE(m_view->newCallsAbove(), 4);

        // Scrolling up to the newest by hand has seen them.
        m_view->verticalScrollBar()->setValue(0);
        QCOMPARE(m_view->newCallsAbove(), 0);
        QVERIFY(!newCallsButton()->isVisible());
    }

    void aResortAboveKeepsTheHeldCard()
    {
        // "Longest first" re-sorts each tick: live calls climb as they run.
        m_model.setClock(&m_clock);
        add(3600, 3605, "received"); // five calls in progress, just started: 0:00 so far, at the bottom
        m_proxy.setSortOrder(CallSort::Longest);
        m_view->forgetNewCalls();
        m_view->verticalScrollBar()->setValue(4 * m_cell);
        const QPoint probe(10, 5);
        const QString looked = idAt(probe);
        const int top = topOf(looked);
        QVERIFY(!looked.startsWith(QStringLiteral("call_0036")));

        m_clock.advance(2 * 60'000); // they have run two minutes: past every one-minute call
        m_proxy.refreshLiveDurations();
        QCOMPARE(m_proxy.index(0, 0).data(CallListModel::IdRole).toString().left(9), QStringLiteral("call_0036"));
        QCOMPARE(idAt(probe), looked);
        QCOMPARE(topOf(looked), top);
        QCOMPARE(m_view->newCallsAbove(), 0); // moved, not new
        m_model.setClock(nullptr);
    }

    void callsLeavingAboveDoNotPullTheList()
    {
        CallFilter connectedOnly;
        connectedOnly.groups = CallFilter::bit(StatusGroup::Connected);
        m_proxy.setFilter(connectedOnly);
        m_view->verticalScrollBar()->setValue(10 * m_cell);
        const QPoint probe(10, m_cell);
        const QString looked = idAt(probe);
        const int top = topOf(looked);

        add(55, 60, "failed"); // the five newest calls fail: the filter takes them off the top
        QCOMPARE(m_proxy.rowCount(), 55);
        QCOMPARE(idAt(probe), looked);
        QCOMPARE(topOf(looked), top);
        QCOMPARE(m_view->newCallsAbove(), 0);
    }

    void olderCallsAWiderFilterBringsBackAreNotNew()
    {
        std::vector<CallLog> failed;
        for (int n = 40; n < 60; n += 2)
            failed.push_back(call(n, "failed")); // every other one of the newest twenty
        m_store.apply(std::move(failed));
        CallFilter connectedOnly;
        connectedOnly.groups = CallFilter::bit(StatusGroup::Connected);
        m_proxy.setFilter(connectedOnly);
        QCOMPARE(m_proxy.rowCount(), 50);
        m_view->verticalScrollBar()->setValue(8 * m_cell);
        add(100, 102); // two new calls: counted
        QCOMPARE(m_view->newCallsAbove(), 2);

        const QPoint probe(10, 5); // the first card on screen is the one held
        const QString looked = idAt(probe);
        const int top = topOf(looked);
        m_proxy.setFilter({}); // ten failed calls come back above it: seen before, not new
        QCOMPARE(m_proxy.rowCount(), 62);
        QCOMPARE(idAt(probe), looked);
        QCOMPARE(topOf(looked), top);
        QCOMPARE(m_view->newCallsAbove(), 2);
    }
};

QTEST_MAIN(TestCardAnchor)
#include "tst_cardanchor.moc"

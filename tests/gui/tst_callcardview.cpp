// CallCardView: it switches between list and grid, and ticks (repaints live durations) only
// while a live call is on screen.
#include "CardFixture.h"

using namespace callboard;
using namespace callboard::cardtest;

class TestCallCardView : public QObject, protected CardFixture
{
    Q_OBJECT
private slots:
    void init()
    {
        m_store.clear();
        m_clock.setNow(kNow);
    }

    void viewSwitchesBetweenListAndGrid()
    {
        CallCardView view(&m_theme, &m_clock);
        view.setModel(&m_model);
        QCOMPARE(view.viewMode(), QListView::ListMode);
        QVERIFY(!view.gridSize().isValid());
        view.setLayout(CallCardView::Layout::Grid);
        QCOMPARE(view.viewMode(), QListView::IconMode);
        QVERIFY(view.isWrapping());
        QCOMPARE(view.movement(), QListView::Static);
        QVERIFY(view.gridSize().width() >= view.cardDelegate()->cardSize(view.font()).width());
        view.setLayout(CallCardView::Layout::List);
        QCOMPARE(view.viewMode(), QListView::ListMode);
        QVERIFY(!view.accessibleName().isEmpty());
    }

    void viewTicksOnlyForLiveCallsOnScreen()
    {
        std::vector<CallLog> calls;
        for (int i = 0; i < 200; ++i)
            calls.push_back(makeCall(QString::number(i), QStringLiteral("completed")));
        calls.push_back(makeCall(QStringLiteral("live"), QStringLiteral("received")));
        m_store.apply(calls);
        m_clock.advance(10 * 60'000); // nothing is recent any more
        CallCardView view(&m_theme, &m_clock);
        view.setModel(&m_model);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.doItemsLayout();
        QVERIFY(!view.hasLiveRowInView());
        QVERIFY(!view.needsTick());
        view.scrollToBottom();
        QVERIFY(view.hasLiveRowInView());
        QVERIFY(view.needsTick());
        view.setLayout(CallCardView::Layout::Grid);
        view.doItemsLayout();
        view.scrollToTop();
        QVERIFY(!view.hasLiveRowInView());
        view.scrollToBottom();
        QVERIFY(view.hasLiveRowInView());
    }
};

QTEST_MAIN(TestCallCardView)
#include "tst_callcardview.moc"

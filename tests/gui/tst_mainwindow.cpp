// The board as a supervisor drives it: filters from the keyboard and the mouse, a selection,
// and the detail pane following it. Offscreen, on the simulator, in virtual time.
#include "SimFixture.h"

#include "detail/CallDetailPane.h"
#include "main/BoardSession.h"
#include "main/FilterBar.h"
#include "main/MainWindow.h"
#include "cards/CallCardView.h"
#include "models/CallFilterProxy.h"
#include "models/CallListModel.h"
#include "sync/SyncEngine.h"

#include <QLineEdit>
#include <QToolButton>

using namespace callboard;
using namespace callboard::test;

namespace {
QToolButton *buttonNamed(QWidget *root, const QString &accessibleName)
{
    for (QToolButton *b : root->findChildren<QToolButton *>())
        if (b->accessibleName() == accessibleName)
            return b;
    return nullptr;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(fixedStart());
        m_session = std::make_unique<BoardSession>(m_clock.get());
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QVERIFY(m_session->startDemo(7));
        QVERIFY(waitUntil([&] { return m_session->engine()->backfillDone() && !m_session->engine()->isBusy(); }));
        QVERIFY(m_window->proxy()->rowCount() > 100);
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_clock.reset();
    }

    void failedFilterFromTheKeyboardAndTheMouse()
    {
        const int all = m_window->proxy()->rowCount();
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier);
        QVERIFY(m_window->proxy()->rowCount() < all);
        QVERIFY(m_window->proxy()->rowCount() > 0);
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
            QCOMPARE(m_window->proxy()->index(row, 0).data(CallListModel::StatusGroupRole).toInt(),
                     int(StatusGroup::Failed));
        QToolButton *failed = buttonNamed(m_window.get(), QStringLiteral("Filter: Failed"));
        QVERIFY(failed);
        QVERIFY(failed->isChecked());
        QTest::mouseClick(failed, Qt::LeftButton); // off again
        QCOMPARE(m_window->proxy()->rowCount(), all);
    }

    void searchNarrowsToOneCall()
    {
        const QString id = m_window->proxy()->index(5, 0).data(CallListModel::IdRole).toString();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QLineEdit *search = m_window->filterBar()->searchField();
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, id);
        QCOMPARE(m_window->proxy()->rowCount(), 1);
        QCOMPARE(m_window->proxy()->index(0, 0).data(CallListModel::IdRole).toString(), id);
        QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(search->text().isEmpty());
    }

    void selectionOpensTheDetailPane()
    {
        // Only connected calls, then the first card from the keyboard.
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
        CallCardView *cards = m_window->cardView();
        cards->setFocus();
        QTest::keyClick(cards, Qt::Key_Home);
        QTest::keyClick(cards, Qt::Key_Down);
        const QModelIndex current = cards->currentIndex();
        QVERIFY(current.isValid());
        const QString id = current.data(CallListModel::IdRole).toString();
        CallDetailPane *pane = m_window->detailPane();
        QCOMPARE(pane->shownCallId(), id);
        QVERIFY(waitUntil([&] { return pane->detailsState() == CallDetailPane::DetailsState::Loaded; }));
    }

    void aFilterHidingTheSelectedCallKeepsItsDetail()
    {
        CallCardView *cards = m_window->cardView();
        cards->setCurrentIndex(m_window->proxy()->index(3, 0));
        const QString id = cards->currentIndex().data(CallListModel::IdRole).toString();
        QCOMPARE(m_window->detailPane()->shownCallId(), id);
        QTest::keyClicks(m_window->filterBar()->searchField(), QStringLiteral("no call matches this"));
        QCOMPARE(m_window->proxy()->rowCount(), 0);
        QCOMPARE(m_window->detailPane()->shownCallId(), id);
        m_window->filterBar()->clear();
        QCOMPARE(cards->currentIndex().data(CallListModel::IdRole).toString(), id);
        QCOMPARE(m_window->detailPane()->shownCallId(), id);
    }

    void newCallsArriveWithoutLosingTheSelection()
    {
        CallCardView *cards = m_window->cardView();
        cards->setCurrentIndex(m_window->proxy()->index(3, 0));
        const QString id = cards->currentIndex().data(CallListModel::IdRole).toString();
        const int before = m_session->store()->size();
        for (int i = 0; i < 24; ++i) { // two minutes of 5-second ticks
            m_clock->advance(5000);
            QVERIFY(waitUntil([&] { return !m_session->engine()->isBusy(); }));
        }
        QVERIFY(m_session->store()->size() > before);
        QCOMPARE(cards->currentIndex().data(CallListModel::IdRole).toString(), id);
        QCOMPARE(m_window->detailPane()->shownCallId(), id);
    }

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<BoardSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

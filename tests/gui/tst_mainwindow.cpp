// The board as a supervisor drives it: filters from the keyboard and the mouse, a selection,
// and the detail pane following it. Offscreen, on the simulator, in virtual time.
#include "SimFixture.h"

#include "core/sync/SyncEngine.h"
#include "demo/SimulatorDemo.h"
#include "gui/cards/Badge.h"
#include "gui/cards/CallCardView.h"
#include "gui/detail/CallDetailPane.h"
#include "gui/main/EmptyResultNotice.h"
#include "gui/filters/FilterBar.h"
#include "gui/main/MainWindow.h"
#include "gui/models/CallFilterProxy.h"
#include "gui/models/CallListModel.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"
#include "session/BoardSession.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>

#include <climits>
#include <cmath>
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
        useSimulatorForDemo(*m_session);
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

    void theWindowFitsALaptopWhateverTheFilters()
    {
        // 1280×720 is the smallest screen the board supports: nothing may ask for more, not
        // even a chart selection's chip (it used to push the window past a maximised laptop's).
        const QSize laptop(1280, 720);
        auto fits = [&] {
            const QSize need = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
            return need.width() <= laptop.width() && need.height() <= laptop.height();
        };
        QVERIFY(fits());
        CallFilter chart;
        chart.createdFromMs = fixedStart().toMSecsSinceEpoch() - 3'600'000;
        chart.createdToMs = fixedStart().toMSecsSinceEpoch() - 2'700'000;
        chart.agentIds = QStringList{m_session->store()->at(0).agentId};
        chart.campaignIds = QStringList{QStringLiteral("cmp_a_campaign_with_a_rather_long_identifier_0001")};
        m_window->findChild<FilterBar *>()->applyConstraint(chart);
        QVERIFY(fits());
        m_window->resize(laptop);
        QApplication::processEvents();
        QCOMPARE(m_window->size(), laptop);
    }

    void theGridShowsAtLeastTwoColumnsOnAFullHdWindow()
    {
        m_window->resize(1920, 1040);
        QApplication::processEvents();
        CallCardView *cards = m_window->cardView();
        QCOMPARE(cards->cardLayout(), CallCardView::Layout::List);
        const int listWidth = cards->width();
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QApplication::processEvents();
        QCOMPARE(cards->cardLayout(), CallCardView::Layout::Grid);
        QVERIFY2(cards->grid().columns >= 2, qPrintable(QString::number(cards->width())));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QApplication::processEvents();
        QCOMPARE(cards->cardLayout(), CallCardView::Layout::List);
        QCOMPARE(cards->width(), listWidth); // the list gets its own split back
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

    void aFilterHidingTheSelectedCallLeavesTheDetailPane()
    {
        CallCardView *cards = m_window->cardView();
        cards->setCurrentIndex(m_window->proxy()->index(3, 0));
        const QString id = cards->currentIndex().data(CallListModel::IdRole).toString();
        QCOMPARE(m_window->detailPane()->shownCallId(), id);
        QTest::keyClicks(m_window->filterBar()->searchField(), QStringLiteral("no call matches this"));
        QCOMPARE(m_window->proxy()->rowCount(), 0);
        QVERIFY(m_window->detailPane()->shownCallId().isEmpty());
        QVERIFY(!cards->currentIndex().isValid());
        m_window->filterBar()->clear();
        QVERIFY(m_window->detailPane()->shownCallId().isEmpty()); // no card took its place
    }

    void aFilterKeepingTheSelectedCallKeepsItsDetail()
    {
        CallCardView *cards = m_window->cardView();
        cards->setCurrentIndex(m_window->proxy()->index(3, 0));
        const QString id = cards->currentIndex().data(CallListModel::IdRole).toString();
        QTest::keyClicks(m_window->filterBar()->searchField(), id);
        QCOMPARE(m_window->proxy()->rowCount(), 1);
        QCOMPARE(cards->currentIndex().data(CallListModel::IdRole).toString(), id);
        QCOMPARE(m_window->detailPane()->shownCallId(), id);
    }

    void aSelectedCallThatChangesOutOfTheFilterLeavesTheDetailPane()
    {
        // Only live calls, one selected; time runs until it ends and leaves the filter.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
        QVERIFY(m_window->proxy()->rowCount() > 0);
        CallCardView *cards = m_window->cardView();
        cards->setCurrentIndex(m_window->proxy()->index(0, 0));
        const QString id = cards->currentIndex().data(CallListModel::IdRole).toString();
        QCOMPARE(m_window->detailPane()->shownCallId(), id);
        for (int i = 0; i < 60 && m_session->store()->find(id)->group() == StatusGroup::Live; ++i) {
            m_clock->advance(5000);
            QVERIFY(waitUntil([&] { return !m_session->engine()->isBusy(); }));
        }
        QVERIFY(m_session->store()->find(id)->group() != StatusGroup::Live);
        QVERIFY(m_window->detailPane()->shownCallId().isEmpty());
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
            QCOMPARE(m_window->proxy()->index(row, 0).data(CallListModel::StatusGroupRole).toInt(),
                     int(StatusGroup::Live));
    }

    void anEmptyResultSaysSoAndClears()
    {
        EmptyResultNotice *notice = m_window->emptyNotice();
        QVERIFY(!notice->isVisible());
        QScrollBar *bar = m_window->cardView()->verticalScrollBar();
        bar->setValue(bar->maximum() / 2); // scrolled down, as a supervisor often is
        QVERIFY(bar->value() > 0);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(m_window->filterBar()->searchField(), QStringLiteral("zzzz"));
        QCOMPARE(m_window->proxy()->rowCount(), 0);
        QApplication::processEvents(); // the list's scroll range shrinks to nothing after
        QVERIFY(notice->isVisible());
        // It covers the list, not wherever the scrolled viewport carried it.
        QCOMPARE(notice->geometry(), m_window->cardView()->viewport()->geometry());
        QVERIFY(notice->rect().contains(notice->clearButton()->geometry()));
        QCOMPARE(notice->message(), QStringLiteral("No calls match these filters"));
        QTest::mouseClick(notice->clearButton(), Qt::LeftButton);
        QVERIFY(m_window->filterBar()->searchField()->text().isEmpty());
        QVERIFY(m_window->proxy()->rowCount() > 100);
        QVERIFY(!notice->isVisible());
    }

    void anEmptyBoardDuringAnOutageSaysWhyAndOffersRetryAndSettings()
    {
        SimFixture f;
        f.server.setAvailable(false); // the server answers 503 from the first request
        BoardSession session(&f.clock);
        MainWindow window(&session);
        window.show();
        QSignalSpy settings(&window, &MainWindow::settingsRequested);
        QVERIFY(session.startLive(f.server.baseUrl(), f.simulator.config().apiKey));
        QVERIFY(waitUntil([&] { return session.engine()->state() == SyncEngine::State::BackingOff; }));
        EmptyResultNotice *notice = window.emptyNotice();
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->message().startsWith(QStringLiteral("No calls to show: 127.0.0.1 answers with an error")),
                 qPrintable(notice->message()));
        QVERIFY(notice->retryButton()->isVisible());
        QVERIFY(notice->settingsButton()->isVisible());
        QVERIFY(!notice->clearButton()->isVisible());

        QTest::mouseClick(notice->settingsButton(), Qt::LeftButton);
        QCOMPARE(settings.count(), 1);

        f.server.setAvailable(true);
        QTest::mouseClick(notice->retryButton(), Qt::LeftButton); // no waiting for the backoff
        QVERIFY(waitUntil([&] { return window.proxy()->rowCount() > 0; }));
        QVERIFY(!notice->isVisible());
    }

    void theFilterControlsHaveAnEdgeAndShowWhatIsOnInEveryTheme()
    {
        // The search field, every combo and the status toggles: an edge of 3:1 or more against
        // the window (WCAG 1.4.11), which Fusion's own frame is not on the contrast theme's
        // black; and a toggle that is on must look on.
        auto luminance = [](const QColor &c) {
            auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        auto contrast = [&](const QColor &a, const QColor &b) {
            const double la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        QList<QWidget *> fields{m_window->filterBar()->searchField()};
        for (QComboBox *combo : m_window->filterBar()->findChildren<QComboBox *>())
            fields << combo;
        QList<QToolButton *> toggles;
        for (QToolButton *b : m_window->filterBar()->findChildren<QToolButton *>())
            if (b->isCheckable())
                toggles << b;
        QCOMPARE(toggles.size(), 4);
        fields << toggles.first() << toggles.last();
        QVERIFY(fields.size() >= 9);
        m_window->cardView()->setFocus(); // unfocused: no focus ring to stand in for the edge
        for (const Theme &theme : {Theme::light(), Theme::dark(), Theme::highContrast()}) {
            m_window->setTheme(theme);
            for (QWidget *field : std::as_const(fields)) {
                const QImage shot = field->grab().toImage();
                int edge = 0; // rows whose leftmost pixel stands out from the window
                for (int y = 4; y < shot.height() - 4; ++y)
                    edge += contrast(shot.pixelColor(0, y), theme.window()) >= 3.0;
                QVERIFY2(edge > (shot.height() - 8) / 2,
                         qPrintable(field->accessibleName() + QStringLiteral(" in theme ") + Theme::nameOf(theme.kind())));
            }
            // A status toggle that is on looks on: its fill differs from off by 3:1 or more.
            toggles.last()->setChecked(true);
            const QImage on = toggles.last()->grab().toImage();
            const QImage off = toggles.first()->grab().toImage();
            toggles.last()->setChecked(false);
            QVERIFY2(contrast(on.pixelColor(4, 4), off.pixelColor(4, 4)) >= 3.0, qPrintable(Theme::nameOf(theme.kind())));
        }
    }

    void escapeInTheSearchBoxClearsIt()
    {
        QLineEdit *search = m_window->filterBar()->searchField();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("zzzz"));
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QVERIFY(!m_window->emptyNotice()->isVisible());
    }

    void unansweredCallsUseOneWordForTheirSentiment()
    {
        // The simulator sends half of them "unknown" and half null: all read "Unknown".
        int unanswered = 0;
        QSet<QString> words;
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
            const auto *call = m_window->proxy()->index(row, 0).data(CallListModel::CallPointerRole).value<const CallLog *>();
            if (call->group() != StatusGroup::NotReached)
                continue;
            ++unanswered;
            words << Badge::forSentiment(*call, m_window->theme()).text << Labels::sentiment(*call);
        }
        QVERIFY(unanswered > 10);
        QCOMPARE(words, QSet<QString>{QStringLiteral("Unknown")});
    }

    void longestFirstRanksLiveCallsByTimeSoFar()
    {
        // A minute on, every live call has run for a while: Longest puts the longest running
        // (older live calls) by their time so far, not at the end with unknown durations.
        for (int i = 0; i < 12; ++i) {
            m_clock->advance(5000);
            QVERIFY(waitUntil([&] { return !m_session->engine()->isBusy(); }));
        }
        m_window->proxy()->setSortOrder(CallSort::Longest);
        const qint64 now = m_clock->nowMs();
        int previous = INT_MAX, live = 0;
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
            const auto *call = m_window->proxy()->index(row, 0).data(CallListModel::CallPointerRole).value<const CallLog *>();
            const int seconds = sortDurationSeconds(*call, now);
            QVERIFY2(seconds <= previous, qPrintable(call->id));
            previous = seconds;
            if (call->group() == StatusGroup::Live) {
                ++live;
                QVERIFY(seconds >= 0);
            }
        }
        QVERIFY(live > 0);
        // Time runs: at the next tick the order follows the live calls' new times.
        m_clock->advance(5000);
        QVERIFY(waitUntil([&] { return !m_session->engine()->isBusy(); }));
        const qint64 later = m_clock->nowMs();
        previous = INT_MAX;
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
            const auto *call = m_window->proxy()->index(row, 0).data(CallListModel::CallPointerRole).value<const CallLog *>();
            QVERIFY(sortDurationSeconds(*call, later) <= previous);
            previous = sortDurationSeconds(*call, later);
        }
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

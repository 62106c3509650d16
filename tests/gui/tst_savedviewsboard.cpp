// Saved views on the board, driven as a supervisor drives them: filters, a chart selection and
// a sort saved under a name from View › Saved views, cleared, and brought back by picking the
// view; a taken name asks before replacing; the manager deletes. Then --view NAME through
// AppController (known, unknown, with --once) and a kiosk cards page showing only its view's
// calls. Offscreen, on the simulator over loopback, in virtual time.
#include "SimFixture.h"

#include "core/model/CallStore.h"
#include "core/settings/AppSettings.h"
#include "core/settings/MemorySecretStore.h"
#include "core/sync/SyncEngine.h"
#include "core/views/SavedViewStore.h"
#include "demo/SimulatorDemo.h"
#include "gui/kiosk/KioskController.h"
#include "gui/kiosk/KioskWindow.h"
#include "gui/kiosk/PageIndicator.h"
#include "gui/main/AppController.h"
#include "session/BoardSession.h"
#include "gui/filters/FilterBar.h"
#include "gui/main/MainWindow.h"
#include "gui/models/CallFilterProxy.h"
#include "gui/models/CallListModel.h"
#include "gui/views/SavedViewsDialog.h"
#include "gui/views/SavedViewsMenu.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>

#include <climits>

using namespace callboard;
using namespace callboard::test;

namespace {
QStringList visibleIds(const QAbstractItemModel *proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids << proxy->index(row, 0).data(CallListModel::IdRole).toString();
    return ids;
}

QAction *actionFor(QMenu *menu, const QString &viewName)
{
    emit menu->aboutToShow(); // the menu is rebuilt (and its ticks judged) as it opens
    for (QAction *a : menu->actions())
        if (a->data().toString() == viewName)
            return a;
    return nullptr;
}

template<typename Dialog>
Dialog *openDialog(QWidget *parent, const QString &objectName = QString())
{
    Dialog *found = nullptr;
    waitUntil([&] {
        for (Dialog *d : parent->findChildren<Dialog *>())
            if (d->isVisible() && (objectName.isEmpty() || d->objectName() == objectName))
                found = d;
        return found != nullptr;
    }, 2000);
    return found;
}

SavedView failedLongestFirst(const QString &name)
{
    SavedView v;
    v.name = name;
    v.filter.groups = CallFilter::bit(StatusGroup::Failed);
    v.sort = CallSort::Longest;
    return v;
}
} // namespace

class TestSavedViewsBoard : public QObject
{
    Q_OBJECT
private:
    QComboBox *sortBox() const
    {
        for (QComboBox *c : m_window->filterBar()->findChildren<QComboBox *>())
            if (c->accessibleName() == QStringLiteral("Sort order"))
                return c;
        return nullptr;
    }
    void saveThroughTheMenu(const QString &name)
    {
        SavedViewsMenu *menu = m_window->savedViewsMenu();
        emit menu->aboutToShow();
        menu->actions().first()->trigger(); // "Save current view as…"
        auto *ask = openDialog<QInputDialog>(m_window.get(), QStringLiteral("saveViewName"));
        QVERIFY(ask);
        QVERIFY(ask->isModal());
        ask->setTextValue(name);
        ask->accept();
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(fixedStart());
        m_session = std::make_unique<BoardSession>(m_clock.get());
        useSimulatorForDemo(*m_session);
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_store = std::make_unique<SavedViewStore>(m_settings.get());
        m_window->setViewStore(m_store.get());
        m_window->show();
        QVERIFY(m_session->startDemo(7));
        QVERIFY(waitUntil([&] { return m_session->engine()->backfillDone() && !m_session->engine()->isBusy(); }));
        QVERIFY(m_window->proxy()->rowCount() > 100);
    }
    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_settings.reset();
        m_session.reset();
        m_clock.reset();
    }

    void aSavedViewBringsBackFiltersChartSelectionAndSort()
    {
        const int all = m_window->proxy()->rowCount();
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier); // not reached
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier); // failed
        QTest::keyClicks(m_window->filterBar()->searchField(), QStringLiteral("user"));
        CallFilter chart; // a "Calls over time" bar: the last three hours
        chart.createdFromMs = m_clock->nowMs() - 3 * 3'600'000;
        chart.createdToMs = m_clock->nowMs();
        m_window->filterBar()->applyConstraint(chart);
        sortBox()->setCurrentIndex(sortBox()->findData(int(CallSort::Longest)));
        const CallFilter wanted = m_window->proxy()->filter();
        const QStringList shown = visibleIds(m_window->proxy());
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown.size() < all);
        QCOMPARE(m_window->proxy()->sortOrder(), CallSort::Longest);

        saveThroughTheMenu(QStringLiteral("Unreached users"));
        QCOMPARE(m_store->views().size(), 1);
        QVERIFY(m_store->views().first().filter == wanted);
        QVERIFY(actionFor(m_window->savedViewsMenu(), QStringLiteral("Unreached users"))->isChecked());

        QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        sortBox()->setCurrentIndex(sortBox()->findData(int(CallSort::Newest)));
        QVERIFY(m_window->proxy()->filter().isEmpty());
        QCOMPARE(m_window->proxy()->rowCount(), all);
        QAction *pick = actionFor(m_window->savedViewsMenu(), QStringLiteral("Unreached users"));
        QVERIFY(pick);
        QVERIFY(!pick->isChecked());

        pick->trigger();
        QVERIFY(m_window->proxy()->filter() == wanted);
        QCOMPARE(m_window->proxy()->sortOrder(), CallSort::Longest);
        QCOMPARE(visibleIds(m_window->proxy()), shown);
        // The controls say it too: the search, the status buttons, the chip and the sort box.
        QCOMPARE(m_window->filterBar()->searchField()->text(), QStringLiteral("user"));
        QCOMPARE(sortBox()->currentData().toInt(), int(CallSort::Longest));
        int checked = 0;
        for (QToolButton *b : m_window->filterBar()->findChildren<QToolButton *>())
            if (b->accessibleName().startsWith(QStringLiteral("Filter: ")) && b->isChecked())
                ++checked;
        QCOMPARE(checked, 2);
        bool chip = false;
        for (QToolButton *b : m_window->filterBar()->findChildren<QToolButton *>())
            chip |= b->accessibleName() == QStringLiteral("Remove the chart selection") && b->isVisibleTo(m_window.get());
        QVERIFY(chip);
        QVERIFY(actionFor(m_window->savedViewsMenu(), QStringLiteral("Unreached users"))->isChecked());
    }

    void aTakenNameIsReplacedOnlyAfterAsking()
    {
        m_store->save(failedLongestFirst(QStringLiteral("Escalations")));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier); // live
        const CallFilter live = m_window->proxy()->filter();

        saveThroughTheMenu(QStringLiteral("escalations")); // the same name, another case
        auto *ask = openDialog<QMessageBox>(m_window.get(), QStringLiteral("replaceSavedView"));
        QVERIFY(ask);
        QVERIFY(ask->text().contains(QStringLiteral("“Escalations”")));
        ask->button(QMessageBox::Cancel)->click();
        QCOMPARE(m_store->views().size(), 1);
        QVERIFY(m_store->views().first() == failedLongestFirst(QStringLiteral("Escalations")));

        saveThroughTheMenu(QStringLiteral("Escalations"));
        ask = openDialog<QMessageBox>(m_window.get(), QStringLiteral("replaceSavedView"));
        QVERIFY(ask);
        for (QAbstractButton *b : ask->buttons())
            if (ask->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        QCOMPARE(m_store->views().size(), 1);
        QVERIFY(m_store->views().first().filter == live);
        QCOMPARE(m_store->views().first().sort, CallSort::Newest);
    }

    void theManagerShowsAndDeletes()
    {
        m_store->save(failedLongestFirst(QStringLiteral("Failed")));
        SavedView live;
        live.name = QStringLiteral("Live");
        live.filter.groups = CallFilter::bit(StatusGroup::Live);
        m_store->save(live);
        emit m_window->savedViewsMenu()->aboutToShow();
        m_window->savedViewsMenu()->actions().last()->trigger(); // "Manage saved views…"
        auto *dialog = openDialog<SavedViewsDialog>(m_window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), 2);
        dialog->list()->setCurrentRow(0);
        QTest::mouseClick(dialog->showButton(), Qt::LeftButton);
        QCOMPARE(m_window->proxy()->filter().groups, CallFilter::bit(StatusGroup::Failed));
        QCOMPARE(m_window->proxy()->sortOrder(), CallSort::Longest);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QCOMPARE(m_store->views().size(), 1);
        QCOMPARE(m_store->views().first().name, QStringLiteral("Live"));
        QCOMPARE(dialog->list()->count(), 1);
        QVERIFY(!actionFor(m_window->savedViewsMenu(), QStringLiteral("Failed")));
        QSettings reread(m_settings->fileName(), QSettings::IniFormat); // gone from the file too
        QCOMPARE(readSavedViews(reread).views.size(), 1);
    }

    void aViewNamingAnAgentBeforeTheCallsArriveStillFilters()
    {
        // At start (--view) the store is empty and the agent combo lists nobody yet: the
        // agent filters as the chart's, shown on the chip, and the calls follow when they come.
        const QString agent = m_session->store()->at(0).agentId;
        SavedView v;
        v.name = QStringLiteral("One agent");
        v.filter.agentIds = {QStringLiteral("agt_not_listed_yet")};
        m_store->save(v);
        QVERIFY(m_window->savedViewsMenu()->applyView(QStringLiteral("one AGENT")));
        QVERIFY(m_window->proxy()->filter() == v.filter);
        QCOMPARE(m_window->proxy()->rowCount(), 0);
        v.filter.agentIds = {agent};
        m_store->save(v);
        QVERIFY(m_window->savedViewsMenu()->applyView(QStringLiteral("One agent")));
        QVERIFY(m_window->proxy()->filter() == v.filter);
        QVERIFY(m_window->proxy()->rowCount() > 0);
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
            QCOMPARE(m_session->store()->find(m_window->proxy()->index(row, 0).data(CallListModel::IdRole).toString())->agentId, agent);
        QVERIFY(!m_window->savedViewsMenu()->applyView(QStringLiteral("no such view")));
    }

    void theCommandLineViewStartsTheWindowWithIt()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        {
            SavedViewStore views(settings.settings());
            views.save(failedLongestFirst(QStringLiteral("Failed only")));
        }
        MemorySecretStore secrets;
        AppController app(&settings, &secrets);
        useSimulatorForDemo(*app.session());
        AppController::StartOptions options;
        options.demo = true;
        options.cache = false;
        options.view = QStringLiteral("failed ONLY");
        app.start(options);
        QVERIFY(app.window());
        CallFilterProxy *proxy = app.window()->proxy();
        QCOMPARE(proxy->filter().groups, CallFilter::bit(StatusGroup::Failed));
        QCOMPARE(proxy->sortOrder(), CallSort::Longest);
        QVERIFY(waitUntil([&] { return app.session()->engine()->backfillDone() && proxy->rowCount() > 0; }, 15000));
        QVERIFY(proxy->rowCount() < app.session()->store()->size());
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, 0).data(CallListModel::StatusGroupRole).toInt(), int(StatusGroup::Failed));
    }

    void anUnknownViewStartsUnfilteredAndSaysWhichViewsThereAre()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        {
            SavedViewStore views(settings.settings());
            views.save(failedLongestFirst(QStringLiteral("Failed only")));
            views.save(failedLongestFirst(QStringLiteral("Escalations")));
        }
        MemorySecretStore secrets;
        {
            AppController app(&settings, &secrets);
            useSimulatorForDemo(*app.session());
            AppController::StartOptions options;
            options.demo = true;
            options.cache = false;
            options.view = QStringLiteral("Nope");
            app.start(options);
            QVERIFY(app.window());
            QVERIFY(app.window()->proxy()->filter().isEmpty());
            const QString said = app.window()->statusBar()->currentMessage();
            QVERIFY2(said.contains(QStringLiteral("“Nope”")) && said.contains(QStringLiteral("“Failed only”, “Escalations”"))
                         && said.contains(QStringLiteral("every call")),
                     qPrintable(said));
        }
        // --once: a picture of the wrong board helps nobody: exit 2 with the names.
        AppController app(&settings, &secrets);
        useSimulatorForDemo(*app.session());
        QSignalSpy finished(&app, &AppController::finished);
        AppController::StartOptions options;
        options.demo = true;
        options.cache = false;
        options.once = true;
        options.view = QStringLiteral("Nope");
        app.start(options);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(finished.first().at(1).toString(),
                 QStringLiteral("no saved view named “Nope” (saved views: “Failed only”, “Escalations”)"));
        QVERIFY(!app.window());
        QVERIFY(!app.session()->isStarted());

        options.kiosk = true; // the kiosk's --once alike
        AppController kiosk(&settings, &secrets);
        useSimulatorForDemo(*kiosk.session());
        QSignalSpy kioskFinished(&kiosk, &AppController::finished);
        kiosk.start(options);
        QCOMPARE(kioskFinished.count(), 1);
        QCOMPARE(kioskFinished.first().at(0).toInt(), 2);
        QVERIFY(!kiosk.kiosk());
    }

    void aDamagedViewIsSaidInTheWindowAndTheManager()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.settings()->setValue(QStringLiteral("views/list/1/name"), QStringLiteral("Ringing"));
        settings.settings()->setValue(QStringLiteral("views/list/1/statuses"), QStringLiteral("ringing"));
        MemorySecretStore secrets;
        AppController app(&settings, &secrets);
        useSimulatorForDemo(*app.session());
        AppController::StartOptions options;
        options.demo = true;
        options.cache = false;
        app.start(options);
        QVERIFY(app.window());
        QVERIFY(app.savedViews()->views().isEmpty());
        QCOMPARE(app.window()->statusBar()->currentMessage(),
                 QStringLiteral("⚠ A saved view could not be read: View › Saved views › Manage saved views… says why"));
        SavedViewsMenu *menu = app.window()->savedViewsMenu();
        emit menu->aboutToShow();
        QAction *manage = menu->actions().last();
        QVERIFY(manage->isEnabled());
        manage->trigger();
        auto *dialog = openDialog<SavedViewsDialog>(app.window());
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), 0);
        bool said = false;
        for (QLabel *l : dialog->findChildren<QLabel *>())
            said |= l->isVisibleTo(dialog) && l->text().contains(QStringLiteral("unknown status \"ringing\""));
        QVERIFY(said);
    }

    void aKioskCardsPageShowsOnlyItsViewsCalls()
    {
        KioskConfig config;
        config.pages = {KioskPage::Cards, KioskPage::Kpis};
        config.cardsView = QStringLiteral("failed first");
        KioskController kiosk(m_session.get(), config);
        kiosk.setHeadless(true);
        kiosk.setSavedViews({failedLongestFirst(QStringLiteral("Failed first"))});
        kiosk.start();
        QCOMPARE(kiosk.windows().size(), 1);
        KioskWindow *w = kiosk.windows().first();
        QCOMPARE(w->cardsViewName(), QStringLiteral("Failed first"));
        QCOMPARE(w->indicator()->currentTitle(), QStringLiteral("Calls · Failed first"));
        CallFilterProxy *proxy = w->cardsProxy();
        int failed = 0;
        for (int i = 0; i < m_session->store()->size(); ++i)
            failed += m_session->store()->at(i).group() == StatusGroup::Failed;
        QVERIFY(failed > 0);
        QCOMPARE(proxy->rowCount(), failed);
        int previous = INT_MAX;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, 0);
            QCOMPARE(index.data(CallListModel::StatusGroupRole).toInt(), int(StatusGroup::Failed));
            const int seconds = sortDurationSeconds(*m_session->store()->find(index.data(CallListModel::IdRole).toString()),
                                                    m_clock->nowMs());
            QVERIFY(seconds <= previous); // longest first
            previous = seconds;
        }
        // A call failing later joins the page as it syncs.
        const int before = proxy->rowCount();
        demoSimulator(*m_session)->setCallsPerMinute(600);
        for (int i = 0; i < 24 && proxy->rowCount() == before; ++i) {
            m_clock->advance(5000);
            QVERIFY(waitUntil([&] { return !m_session->engine()->isBusy(); }));
        }
        QVERIFY(proxy->rowCount() > before);

        // A name no view has: the page shows every call (and the log says so, in the app).
        KioskConfig unknown = config;
        unknown.cardsView = QStringLiteral("Nope");
        KioskController plain(m_session.get(), unknown);
        plain.setHeadless(true);
        plain.setSavedViews({failedLongestFirst(QStringLiteral("Failed first"))});
        plain.start();
        QVERIFY(plain.windows().first()->cardsViewName().isEmpty());
        QCOMPARE(plain.windows().first()->cardsProxy()->rowCount(), m_session->store()->size());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<BoardSession> m_session;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SavedViewStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestSavedViewsBoard)
#include "tst_savedviewsboard.moc"

// Saved views on the board, driven as a supervisor drives them: filters, a chart selection and
// a sort saved under a name from View › Saved views, cleared, and brought back by picking the
// view; a taken name asks before replacing; the manager deletes; a damaged view is said.
// --view NAME through AppController and a kiosk page's view are in tst_savedviewsstart.
// Offscreen, on the simulator over loopback, in virtual time.
#include "SavedViewsFixture.h"

#include "gui/widgets/ElidedLabel.h"

#include <QScopeGuard>
#include <QTranslator>

using namespace callboard;
using namespace callboard::test;
using namespace callboard::viewstest;

class TestSavedViewsBoard : public QObject, protected SavedViewsFixture
{
    Q_OBJECT
private slots:
    void init() { openBoard(); }
    void cleanup() { closeBoard(); }

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
        QCOMPARE(app.window()->problemText(),
                 QStringLiteral("⚠ A saved view cannot be read (View › Saved views)"));
        // Said before the window was shown, and still beside the sync state, not drawn over it.
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        QList<QRect> shown;
        for (const QLabel *l : app.window()->statusBar()->findChildren<QLabel *>()) {
            if (!l->isVisible() || l->text().isEmpty())
                continue;
            const QRect r(l->mapTo(app.window(), QPoint(0, 0)), l->size());
            for (const QRect &other : std::as_const(shown))
                QVERIFY2(!r.intersects(other), qPrintable(l->text()));
            shown << r;
        }
        QVERIFY(shown.size() >= 2); // the problem and the sync state
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

    void aDamagedViewReadsWholeInGermanAt1280()
    {
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("callboard"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&german);
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
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
        app.window()->resize(1280, 720);
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        // The sync state beside it at its longest: the demo's calls loaded, "Demodaten (Simulator)",
        // and the backfill's progress bar gone (between two pages the engine is not busy either).
        QVERIFY(waitUntil([&] {
            const SyncEngine *engine = app.session()->engine();
            return app.session()->store()->size() > 0 && engine->backfillDone() && !engine->isBusy();
        }, 20000));
        app.window()->refreshNow();
        QCoreApplication::processEvents();
        ElidedLabel *problem = nullptr;
        // The problem's label, not the alert line beside it (an alert may fire in the demo).
        for (ElidedLabel *l : app.window()->statusBar()->findChildren<ElidedLabel *>(QStringLiteral("problemLabel")))
            if (l->isVisible() && l->fullText().startsWith(QStringLiteral("⚠")))
                problem = l;
        QVERIFY(problem);
        QVERIFY2(problem->fullText().contains(QStringLiteral("Ansicht")), qPrintable(problem->fullText()));
        // Once the status bar's layout has settled (under load that takes a few event-loop turns).
        QVERIFY2(waitUntil([&] { return !problem->isElided(); }, 5000), qPrintable(problem->text()));
    }
};

QTEST_MAIN(TestSavedViewsBoard)
#include "tst_savedviewsboard.moc"

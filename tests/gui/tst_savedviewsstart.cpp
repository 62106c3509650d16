// Boards that start with a saved view: --view NAME through AppController (known, unknown,
// with --once) and a kiosk cards page showing only its view's calls. Offscreen, on the
// simulator over loopback, in virtual time.
#include "SavedViewsFixture.h"

using namespace callboard;
using namespace callboard::test;
using namespace callboard::viewstest;

class TestSavedViewsStart : public QObject, protected SavedViewsFixture
{
    Q_OBJECT
private slots:
    void init() { openBoard(); }
    void cleanup() { closeBoard(); }

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
            const QString said = app.window()->problemText();
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
};

QTEST_MAIN(TestSavedViewsStart)
#include "tst_savedviewsstart.moc"

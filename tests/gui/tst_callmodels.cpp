// Specification of CallListModel and CallFilterProxy: a tick reaches views as rowsInserted and
// dataChanged over the changed rows only, never a reset; the proxy applies CallFilter.
#include "SimFixture.h"

#include "core/sync/SyncEngine.h"
#include "gui/models/CallFilterProxy.h"
#include "gui/models/CallListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace callboard;
using namespace callboard::test;

class TestCallModels : public QObject
{
    Q_OBJECT
private:
    // The store, list model and filter proxy each test works on, watched by model testers from
    // init() to cleanup(): a signal out of step with the rows fails the test where it happens.
    std::unique_ptr<CallStore> m_store;
    std::unique_ptr<CallListModel> m_model;
    std::unique_ptr<CallFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

private slots:
    void init()
    {
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        m_store = std::make_unique<CallStore>();
        m_model = std::make_unique<CallListModel>(m_store.get());
        m_proxy = std::make_unique<CallFilterProxy>(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(), Mode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(), Mode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_store.reset();
    }

    void ticksAreIncrementalNeverAReset()
    {
        sim::SimConfig config;
        config.callsPerMinute = 12;
        SimFixture f(config);
        CallStore &store = *m_store;
        SyncEngine engine(&f.client, &store, &f.clock);
        engine.setBackfillSince(f.clock.now().addSecs(-3600));
        CallListModel &model = *m_model;
        CallFilterProxy &proxy = *m_proxy;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        engine.start();
        f.runFor(0, [&] { return !engine.isBusy(); });
        QVERIFY(model.rowCount() > 100);
        QCOMPARE(model.rowCount(), store.size());
        inserted.clear();
        changed.clear();

        f.runFor(2 * 60 * 1000, [&] { return !engine.isBusy(); });
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserted.count() > 0); // new calls arrived
        QVERIFY(changed.count() > 0);  // live calls moved on
        int changedRows = 0;
        for (const auto &args : changed)
            changedRows += args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() + 1;
        QVERIFY2(changedRows < store.size() / 4, qPrintable(QString::number(changedRows)));
        QCOMPARE(proxy.rowCount(), store.size());
    }

    void proxyFiltersAndSorts()
    {
        SimFixture f;
        CallStore &store = *m_store;
        std::vector<CallLog> calls;
        for (const QJsonValue &v : f.simulator.truth()) {
            CallLog c;
            QString reason;
            QVERIFY(CallLogReader::readRecord(v, &c, &reason));
            calls.push_back(c);
        }
        store.apply(calls);
        CallListModel &model = *m_model;
        CallFilterProxy &proxy = *m_proxy;

        // Newest first by default.
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, 0).data(CallListModel::CreatedAtMsRole).toLongLong()
                    >= proxy.index(row, 0).data(CallListModel::CreatedAtMsRole).toLongLong());

        CallFilter failed;
        failed.groups = CallFilter::bit(StatusGroup::Failed);
        proxy.setFilter(failed);
        int expected = 0;
        for (const CallLog &c : store.calls())
            expected += c.group() == StatusGroup::Failed;
        QVERIFY(expected > 0);
        QCOMPARE(proxy.rowCount(), expected);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, 0).data(CallListModel::StatusGroupRole).toInt(), int(StatusGroup::Failed));

        // Longest first: a live call ranks by how long it has run so far on the model's clock,
        // not by the 0:00 it was sent with.
        model.setClock(&f.clock);
        proxy.setFilter({});
        proxy.setSortOrder(CallSort::Longest);
        auto shownDuration = [&](int row) {
            const CallLog *c = model.callAt(proxy.mapToSource(proxy.index(row, 0)).row());
            return sortDurationSeconds(*c, f.clock.nowMs());
        };
        int liveRanked = 0;
        for (int row = 1; row < proxy.rowCount(); ++row) {
            QVERIFY(shownDuration(row - 1) >= shownDuration(row));
            liveRanked += proxy.index(row, 0).data(CallListModel::StatusGroupRole).toInt() == int(StatusGroup::Live)
                          && shownDuration(row) > 0;
        }
        QVERIFY(liveRanked > 0); // the truth holds live calls that have run a while

        // Time passes: a live call's rank grows with it after the tick's refresh.
        f.clock.advance(30 * 60 * 1000);
        proxy.refreshLiveDurations();
        QCOMPARE(proxy.index(0, 0).data(CallListModel::StatusGroupRole).toInt(), int(StatusGroup::Live));
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(shownDuration(row - 1) >= shownDuration(row));
    }

    void rolesCarryRawValues()
    {
        CallStore &store = *m_store;
        CallLog c;
        c.id = QStringLiteral("log_1");
        c.statusText = QStringLiteral("teleported");
        c.status = CallStatus::Other;
        c.durationSeconds = 42;
        c.createdAtMs = 1'790'000'000'000;
        c.analysis.push_back({QStringLiteral("notes"), {AnalysisValue::Type::String, QString(), QStringLiteral("<b>x</b>")}});
        store.apply({c});
        CallListModel &model = *m_model;
        const QModelIndex i = model.index(0, 0);
        QCOMPARE(i.data(CallListModel::StatusTextRole).toString(), QStringLiteral("teleported"));
        QCOMPARE(i.data(CallListModel::StatusGroupRole).toInt(), int(StatusGroup::Other));
        QCOMPARE(i.data(CallListModel::DurationRole).toInt(), 42);
        QCOMPARE(i.data(CallListModel::CreatedAtMsRole).toLongLong(), c.createdAtMs);
        QVERIFY(i.data(CallListModel::AnalysisTextRole).toString().contains(QStringLiteral("<b>x</b>")));
        QCOMPARE(i.data(CallListModel::CallPointerRole).value<const CallLog *>()->id, c.id);
    }

    void clearingTheStoreResetsOnce()
    {
        CallStore &store = *m_store;
        CallLog c;
        c.id = QStringLiteral("log_1");
        c.createdAtMs = 1;
        store.apply({c});
        CallListModel &model = *m_model;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        store.clear();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void rowsReadDuringARemovalAreTheirOwnCalls()
    {
        // Calls leave the window in two separate runs of rows; while each run is announced,
        // every other row reads as the call the views were shown, or as nothing when it is a
        // leaving row of a run still to come, never as another call (the store has already
        // dropped both runs, so a naive row lookup reads a shifted or a freed call).
        CallStore &store = *m_store;
        std::vector<CallLog> calls;
        for (int i = 0; i < 10; ++i) {
            CallLog c;
            c.id = QStringLiteral("call_%1").arg(i);
            c.createdAtMs = (i == 2 || i == 3 || i == 6) ? 1'000 : 5'000 + i;
            calls.push_back(c);
        }
        store.apply(calls);
        CallListModel &model = *m_model;
        QStringList shown; // what views were told, row by row
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row).data(CallListModel::IdRole).toString();
        int checked = 0;
        connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&](const QModelIndex &, int first, int last) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (row >= first && row <= last)
                    continue;
                const QString id = model.index(row).data(CallListModel::IdRole).toString();
                const bool leavingLater = QStringList({"call_2", "call_3", "call_6"}).contains(shown.at(row));
                QVERIFY2(id == shown.at(row) || (id.isEmpty() && leavingLater),
                         qPrintable(QStringLiteral("row %1 reads %2, showed %3").arg(row).arg(id, shown.at(row))));
                ++checked;
            }
        });
        connect(&model, &QAbstractItemModel::rowsRemoved, this, [&](const QModelIndex &, int first, int last) {
            shown.remove(first, last - first + 1);
        });
        store.setWindowStart(2'000);
        QCOMPARE(checked, 9 + 7); // two runs: 10 rows less one, then 9 less two
        QCOMPARE(shown, QStringList({"call_0", "call_1", "call_4", "call_5", "call_7", "call_8", "call_9"}));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(CallListModel::IdRole).toString(), shown.at(row));
    }
};

QTEST_MAIN(TestCallModels)
#include "tst_callmodels.moc"

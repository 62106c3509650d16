// Specification of CallStore: applying a batch reports exactly what changed.
#include "core/model/CallStore.h"

#include "CallBuilder.h"

#include <QSignalSpy>
#include <QTest>

using namespace callboard;

namespace {
CallLog call(const QString &id, const QString &status, int duration = -1)
{
    return test::CallBuilder(id).status(status).duration(duration).createdAt(1'700'000'000'000);
}
} // namespace

class TestCallStore : public QObject
{
    Q_OBJECT
private slots:
    void insertsAppendRows()
    {
        CallStore store;
        QSignalSpy spy(&store, &CallStore::changed);
        const ChangeSet cs = store.apply({call(QStringLiteral("a"), QStringLiteral("initiated")),
                                          call(QStringLiteral("b"), QStringLiteral("sent"))});
        QCOMPARE(cs.inserted, 2);
        QCOMPARE(cs.firstInsertedRow, 0);
        QVERIFY(cs.updated.empty());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(store.size(), 2);
        QCOMPARE(store.rowOf(QStringLiteral("b")), 1);
    }

    void unchangedRecordProducesNothing()
    {
        CallStore store;
        store.apply({call(QStringLiteral("a"), QStringLiteral("initiated"))});
        QSignalSpy spy(&store, &CallStore::changed);
        const ChangeSet cs = store.apply({call(QStringLiteral("a"), QStringLiteral("initiated"))});
        QVERIFY(cs.isEmpty());
        QCOMPARE(spy.count(), 0);
    }

    void updatesNameTheirFields()
    {
        CallStore store;
        store.apply({call(QStringLiteral("a"), QStringLiteral("initiated")),
                     call(QStringLiteral("b"), QStringLiteral("sent"))});
        CallLog done = call(QStringLiteral("b"), QStringLiteral("completed"), 120);
        done.analysis.push_back({QStringLiteral("ok"), {AnalysisValue::Type::Bool, true, QStringLiteral("true")}});
        const ChangeSet cs = store.apply({done, call(QStringLiteral("c"), QStringLiteral("created"))});
        QCOMPARE(cs.inserted, 1);
        QCOMPARE(cs.firstInsertedRow, 2);
        QCOMPARE(cs.updated.size(), size_t(1));
        QCOMPARE(cs.updated[0].row, 1);
        QCOMPARE(cs.updated[0].fields, quint32(FieldStatus | FieldDuration | FieldAnalysis));
        QCOMPARE(store.at(1).status, CallStatus::Completed);
    }

    void sameCallTwiceInABatchIsOneUpdate()
    {
        CallStore store;
        store.apply({call(QStringLiteral("a"), QStringLiteral("initiated"))});
        const ChangeSet cs = store.apply({call(QStringLiteral("a"), QStringLiteral("sent")),
                                          call(QStringLiteral("a"), QStringLiteral("completed"), 5)});
        QCOMPARE(cs.updated.size(), size_t(1));
        QCOMPARE(cs.updated[0].fields, quint32(FieldStatus | FieldDuration));
        QCOMPARE(store.at(0).statusText, QStringLiteral("completed"));
    }

    void clearForgetsEverything()
    {
        CallStore store;
        store.apply({call(QStringLiteral("a"), QStringLiteral("initiated"))});
        QSignalSpy spy(&store, &CallStore::cleared);
        store.clear();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(store.size(), 0);
        QVERIFY(!store.contains(QStringLiteral("a")));
    }
};

QTEST_GUILESS_MAIN(TestCallStore)
#include "tst_callstore.moc"

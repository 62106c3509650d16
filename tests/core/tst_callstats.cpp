// Specification of CallStats: after any sequence of inserts and updates (and after clear()),
// every aggregate equals what a from-scratch pass over the store computes.
// The from-scratch pass and the random calls are CallStatsOracle.h.
#include "CallStatsOracle.h"

using namespace callboard;
using namespace callboard::statstest;

class TestCallStats : public QObject
{
    Q_OBJECT
private slots:
    void randomInsertsAndUpdatesMatchARecomputation()
    {
        for (quint32 seed : {1u, 2u, 3u, 42u}) {
            QRandomGenerator rng(seed);
            ManualClock clock(kNow);
            CallStore store;
            CallStats stats(&store, &clock);
            QSignalSpy changed(&stats, &CallStats::changed);
            for (int round = 0; round < 100; ++round) {
                std::vector<CallLog> batch;
                const int n = int(rng.bounded(1, 12));
                for (int k = 0; k < n; ++k) {
                    // Mostly known calls changing, sometimes new ones.
                    const int id = store.size() > 0 && rng.bounded(3) != 0
                                       ? int(rng.bounded(quint32(store.size()))) + (rng.bounded(8) == 0 ? 1 : 0)
                                       : store.size() + int(rng.bounded(3));
                    batch.push_back(randomCall(rng, QStringLiteral("log_%1").arg(id)));
                }
                const ChangeSet cs = store.apply(batch);
                verifyAgainstRecomputation(stats, store);
                if (QTest::currentTestFailed()) {
                    qWarning("seed %u, round %d", seed, round);
                    return;
                }
                if (!cs.isEmpty())
                    QVERIFY(!changed.isEmpty());
                changed.clear();
            }
            QVERIFY(store.size() > 80); // the sequences did grow the store
        }
    }

    void startsFromAStoreThatAlreadyHoldsCalls()
    {
        QRandomGenerator rng(9);
        ManualClock clock(kNow);
        CallStore store;
        std::vector<CallLog> batch;
        for (int i = 0; i < 200; ++i)
            batch.push_back(randomCall(rng, QStringLiteral("log_%1").arg(i)));
        store.apply(batch);
        CallStats stats(&store, &clock);
        verifyAgainstRecomputation(stats, store);
    }

    void clearForgetsEverythingAndCountsAgainAfter()
    {
        QRandomGenerator rng(5);
        ManualClock clock(kNow);
        CallStore store;
        CallStats stats(&store, &clock);
        std::vector<CallLog> batch;
        for (int i = 0; i < 50; ++i)
            batch.push_back(randomCall(rng, QStringLiteral("log_%1").arg(i)));
        store.apply(batch);
        QSignalSpy changed(&stats, &CallStats::changed);
        store.clear();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(stats.total(), 0);
        QCOMPARE(stats.durationCount(), 0);
        QCOMPARE(stats.percentileDuration(0.9), -1);
        QCOMPARE(stats.connectRate(), -1.0);
        QVERIFY(stats.agents().isEmpty());
        QVERIFY(stats.analysisFields().empty());
        QVERIFY(stats.timeBuckets(CallStats::kBucketMs, 0).empty());
        verifyAgainstRecomputation(stats, store);

        batch.clear();
        for (int i = 0; i < 30; ++i)
            batch.push_back(randomCall(rng, QStringLiteral("other_%1").arg(i)));
        store.apply(batch);
        verifyAgainstRecomputation(stats, store);
    }

    void analysisKindsFollowTheValues()
    {
        ManualClock clock(kNow);
        CallStore store;
        CallStats stats(&store, &clock);
        std::vector<CallLog> batch;
        for (int i = 0; i < 10; ++i) {
            CallLog c;
            c.id = QStringLiteral("log_%1").arg(i);
            c.createdAtMs = kNow.toMSecsSinceEpoch();
            c.analysis.push_back({QStringLiteral("free_text"), stringValue(QStringLiteral("said thing %1").arg(i))});
            c.analysis.push_back({QStringLiteral("issue_resolved"), boolValue(i < 7)});
            c.analysis.push_back({QStringLiteral("satisfaction"), numberValue(i + 1)});
            c.analysis.push_back({QStringLiteral("tier"), stringValue(i % 3 ? QStringLiteral("gold") : QStringLiteral("<b>silver</b>"))});
            batch.push_back(c);
        }
        store.apply(batch);
        const auto fields = stats.analysisFields();
        QCOMPARE(fields.size(), size_t(4));
        QCOMPARE(fields[0].key, QStringLiteral("free_text"));
        QCOMPARE(fields[0].kind, AnalysisFieldStats::Kind::Text); // ten distinct values
        QCOMPARE(fields[1].key, QStringLiteral("issue_resolved"));
        QCOMPARE(fields[1].kind, AnalysisFieldStats::Kind::Boolean);
        QCOMPARE(fields[1].trueShare(), 0.7);
        QCOMPARE(fields[2].kind, AnalysisFieldStats::Kind::Number);
        QCOMPARE(fields[2].mean(), 5.5);
        QCOMPARE(fields[2].min(), 1.0);
        QCOMPARE(fields[2].max(), 10.0);
        QCOMPARE(fields[3].kind, AnalysisFieldStats::Kind::EnumLike);
        QCOMPARE(fields[3].values.value(QStringLiteral("<b>silver</b>")), 4);
        QCOMPARE(fields[3].values.value(QStringLiteral("gold")), 6);

        // A call losing its analysis takes its values with it; the last one removes the field.
        std::vector<CallLog> cleared;
        for (int i = 0; i < 10; ++i) {
            CallLog c = store.at(i);
            c.analysis.erase(std::remove_if(c.analysis.begin(), c.analysis.end(),
                                            [](const AnalysisField &f) { return f.key == QLatin1String("satisfaction"); }),
                             c.analysis.end());
            cleared.push_back(c);
        }
        store.apply(cleared);
        QCOMPARE(stats.analysisFields().size(), size_t(3));
    }

    void callsTodayCountsFromLocalMidnight()
    {
        ManualClock clock(kNow);
        CallStore store;
        CallStats stats(&store, &clock);
        const QDateTime local = kNow.toLocalTime();
        const qint64 midnight = localDateTime(local.date(), QTime(0, 0)).toMSecsSinceEpoch();
        CallLog before, after;
        before.id = QStringLiteral("a");
        before.createdAtMs = midnight - 1000;
        after.id = QStringLiteral("b");
        after.createdAtMs = midnight + 1000;
        store.apply({before, after});
        QCOMPARE(stats.callsToday(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCallStats)
#include "tst_callstats.moc"

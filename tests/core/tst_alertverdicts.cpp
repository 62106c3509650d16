// AlertEngine's verdicts at one instant: each kind of rule over the calls present, the
// sentence it says, NoNewCalls against working hours in a local zone, and the incremental
// CallTimeIndex behind them, which always equals one rebuilt from the store.
#include "AlertEngineBed.h"

#include <QRandomGenerator>

#include <map>

using namespace callboard;
using namespace callboard::alerttest;

class TestAlertVerdicts : public QObject
{
    Q_OBJECT
private slots:
    // Window rules: the calls present, one evaluation, the verdict and its sentence.
    void verdicts_data()
    {
        QTest::addColumn<AlertRule>("rule");
        QTest::addColumn<QStringList>("calls");
        QTest::addColumn<bool>("fires");
        QTest::addColumn<QString>("message");

        const AlertRule share = rule(Kind::NegativeShare); // > 30 % of >= 5 rated in 15 min
        QTest::newRow("share above limit")
            << share << repeat(4, QStringLiteral("14m completed negative")) + repeat(6, QStringLiteral("1m completed positive"))
            << true << "Negative sentiment: 40 % (4 of 10 rated in the last 15 min; limit 30 %)";
        QTest::newRow("share at limit")
            << share << repeat(3, QStringLiteral("2m completed negative")) + repeat(7, QStringLiteral("2m completed neutral"))
            << false << "Negative sentiment: 30 % (3 of 10 rated in the last 15 min; limit 30 %)";
        QTest::newRow("one negative of one")
            << share << QStringList{QStringLiteral("1m completed negative")}
            << false << "Negative sentiment: 1 of 1 rated in the last 15 min, too few to judge (5 needed)";
        QTest::newRow("old negatives slid out")
            << share << repeat(3, QStringLiteral("16m completed negative")) + QStringList{QStringLiteral("3m completed negative")}
                            + repeat(4, QStringLiteral("3m completed positive"))
            << false << "Negative sentiment: 20 % (1 of 5 rated in the last 15 min; limit 30 %)";
        QTest::newRow("unknown and unrated ignored")
            << share << repeat(2, QStringLiteral("5m completed negative")) + repeat(3, QStringLiteral("5m completed neutral"))
                            + repeat(10, QStringLiteral("5m did_not_pick unknown")) + repeat(5, QStringLiteral("10s initiated"))
            << true << "Negative sentiment: 40 % (2 of 5 rated in the last 15 min; limit 30 %)";

        const AlertRule failures = rule(Kind::EndReasonFailures); // >= 3 capacity/balance in 10 min
        QTest::newRow("failures at limit")
            << failures << repeat(3, QStringLiteral("2m failed end:system_at_capacity"))
            << true << "3 calls failed with System at capacity in the last 10 min (limit 3)";
        QTest::newRow("failures of two reasons")
            << failures << repeat(2, QStringLiteral("2m failed end:system_at_capacity")) + QStringList{QStringLiteral("9m failed end:insufficient_balance")}
            << true << "3 calls failed with System at capacity (2), Insufficient balance (1) in the last 10 min (limit 3)";
        QTest::newRow("other reasons do not count")
            << failures << repeat(2, QStringLiteral("2m failed end:system_at_capacity")) + repeat(5, QStringLiteral("2m busy end:user_busy"))
            << false << "2 calls failed with System at capacity in the last 10 min (limit 3)";
        QTest::newRow("window includes its start")
            << failures << repeat(2, QStringLiteral("1m failed end:system_at_capacity")) + QStringList{QStringLiteral("600s failed end:system_at_capacity")}
            << true << "3 calls failed with System at capacity in the last 10 min (limit 3)";
        QTest::newRow("window excludes older")
            << failures << repeat(2, QStringLiteral("1m failed end:system_at_capacity")) + QStringList{QStringLiteral("601s failed end:system_at_capacity")}
            << false << "2 calls failed with System at capacity in the last 10 min (limit 3)";
        QTest::newRow("one failure")
            << failures << QStringList{QStringLiteral("1m failed end:insufficient_balance")}
            << false << "1 call failed with Insufficient balance in the last 10 min (limit 3)";
        QTest::newRow("no failure")
            << failures << QStringList{QStringLiteral("1m completed")}
            << false << "0 calls failed with System at capacity, Insufficient balance in the last 10 min (limit 3)";

        const AlertRule followUp = rule(Kind::AnalysisFieldEquals); // follow_up_required = true, >= 1 in 60 min
        QTest::newRow("field true")
            << followUp << QStringList{QStringLiteral("50m completed follow_up_required=true"), QStringLiteral("5m completed follow_up_required=true"),
                                       QStringLiteral("1m completed follow_up_required=false")}
            << true << "2 calls in the last 60 min with follow_up_required = true (limit 1); newest: c2";
        QTest::newRow("field false only")
            << followUp << QStringList{QStringLiteral("1m completed follow_up_required=false"), QStringLiteral("61m completed follow_up_required=true")}
            << false << "0 calls in the last 60 min with follow_up_required = true (limit 1)";
        QTest::newRow("field TRUE ignores case")
            << rule(Kind::AnalysisFieldEquals, [](AlertRule &r) { r.value = QStringLiteral("TRUE"); })
            << QStringList{QStringLiteral("1m completed follow_up_required=true")}
            << true << "1 call in the last 60 min with follow_up_required = TRUE (limit 1); newest: c1";
        QTest::newRow("field number")
            << rule(Kind::AnalysisFieldEquals, [](AlertRule &r) { r.field = QStringLiteral("score"); r.value = QStringLiteral("3.0"); r.threshold = 2; })
            << QStringList{QStringLiteral("1m completed score=3"), QStringLiteral("2m completed score=3"), QStringLiteral("3m completed score=4")}
            << true << "2 calls in the last 60 min with score = 3.0 (limit 2); newest: c1";

        const AlertRule live = rule(Kind::LiveAbove, [](AlertRule &r) { r.threshold = 2; });
        QTest::newRow("live above")
            << live << QStringList{QStringLiteral("180m initiated"), QStringLiteral("1m sent"), QStringLiteral("1m received"),
                                   QStringLiteral("1m completed"), QStringLiteral("1m failed")}
            << true << "Live calls: 3 (limit 2)";
        QTest::newRow("live at limit")
            << live << QStringList{QStringLiteral("1m created"), QStringLiteral("1m received"), QStringLiteral("1m completed")}
            << false << "Live calls: 2 (limit 2)";
    }

    void verdicts()
    {
        QFETCH(AlertRule, rule);
        QFETCH(QStringList, calls);
        QFETCH(bool, fires);
        QFETCH(QString, message);
        Bed bed;
        bed.engine.setRules({rule});
        bed.add(calls);
        bed.engine.setReady(true); // evaluates at once
        QCOMPARE(bed.engine.isActive(rule.id), fires);
        QCOMPARE(bed.raised.count(), fires ? 1 : 0);
        const AlertVerdict verdict = evaluateAlertRule(rule, CallTimeIndex(&bed.store), bed.clock.nowMs(), QTimeZone::utc());
        QCOMPARE(verdict.message, message);
        if (fires) {
            const Alert a = bed.raised.first().at(0).value<Alert>();
            QCOMPARE(a.message, message);
            QCOMPARE(a.ruleId, rule.id);
            QCOMPARE(a.raisedAt, kNow);
            QVERIFY(a.isActive());
            QCOMPARE(bed.engine.log().size(), 1);
            QCOMPARE(bed.engine.log().entries().back().message, message);
        }
    }

    // NoNewCalls at one instant: local time (UTC+5 here), the newest call, working hours.
    void noNewCalls_data()
    {
        QTest::addColumn<QDateTime>("now");      // local, in kPlus5
        QTest::addColumn<QDateTime>("newest");   // local; invalid = no call at all
        QTest::addColumn<bool>("nightShift");    // 22:00-06:00 instead of 08:00-18:00
        QTest::addColumn<bool>("fires");
        QTest::addColumn<QString>("message");
        auto at = [](int day, int h, int m) { return QDateTime(QDate(2026, 11, 29).addDays(day), QTime(h, m), kPlus5); };
        // day 1 = Monday 30 Nov ... day 6 = Saturday 5 Dec, day 0 = Sunday 29 Nov.
        QTest::newRow("quiet 20 min") << at(1, 10, 0) << at(1, 9, 40) << false << true << "No new call since 09:40 (limit 15 min)";
        QTest::newRow("quiet 15 min") << at(1, 10, 0) << at(1, 9, 45) << false << true << "No new call since 09:45 (limit 15 min)";
        QTest::newRow("quiet 10 min") << at(1, 10, 0) << at(1, 9, 50) << false << false << "Newest call at 09:50";
        QTest::newRow("Saturday") << at(6, 10, 0) << at(5, 17, 0) << false << false << "Outside working hours";
        QTest::newRow("shift began 10 min ago") << at(1, 8, 10) << at(0, 17, 0) << false << false << "Working hours began at 08:00";
        QTest::newRow("quiet since shift began") << at(1, 8, 15) << at(0, 17, 0) << false << true << "No new call since working hours began at 08:00 (limit 15 min)";
        QTest::newRow("after hours") << at(1, 18, 5) << at(1, 17, 0) << false << false << "Outside working hours";
        QTest::newRow("no call ever") << at(1, 9, 0) << QDateTime() << false << true << "No new call since working hours began at 08:00 (limit 15 min)";
        QTest::newRow("Friday night shift, Saturday 02:00") << at(6, 2, 0) << at(5, 23, 0) << true << true << "No new call since 23:00 (limit 15 min)";
        QTest::newRow("night shift began 22:00") << at(2, 22, 10) << at(2, 12, 0) << true << false << "Working hours began at 22:00";
        QTest::newRow("no shift Saturday night") << at(0, 2, 0) << at(6, 23, 0) << true << false << "Outside working hours";
    }

    void noNewCalls()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, newest);
        QFETCH(bool, nightShift);
        QFETCH(bool, fires);
        QFETCH(QString, message);
        Bed bed;
        bed.clock.setNow(now);
        bed.engine.setTimeZone(kPlus5);
        if (newest.isValid())
            bed.add({QStringLiteral("%1s completed").arg(newest.secsTo(now))});
        AlertRule quiet = rule(Kind::NoNewCalls);
        if (nightShift) {
            quiet.workStart = QTime(22, 0);
            quiet.workEnd = QTime(6, 0);
        }
        bed.engine.setRules({quiet});
        bed.engine.setReady(true);
        QCOMPARE(bed.engine.isActive(quiet.id), fires);
        const AlertVerdict v = evaluateAlertRule(quiet, CallTimeIndex(&bed.store), bed.clock.nowMs(), kPlus5);
        QCOMPARE(v.message, message);
    }

    void indexFollowsTheStore()
    {
        CallStore store;
        CallTimeIndex index(&store);
        connect(&store, &CallStore::changed, this, [&](const ChangeSet &c) { index.apply(c); });
        QCOMPARE(index.newestCreatedMs(), CallTimeIndex::kNone);
        const qint64 t = kNow.toMSecsSinceEpoch();
        store.apply({callFromSpec(QStringLiteral("a"), QStringLiteral("5m initiated"), t),
                     callFromSpec(QStringLiteral("b"), QStringLiteral("9m completed"), t),
                     callFromSpec(QStringLiteral("c"), QStringLiteral("1m sent"), t)});
        QCOMPARE(index.size(), 3);
        QCOMPARE(index.liveCount(), 2);
        QCOMPARE(index.newestCreatedMs(), t - kMinute);
        QStringList order;
        index.forEachCreatedSince(t - 6 * kMinute, [&](const CallLog &c) { order << c.id; });
        QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        // "b" moves to the front of time and ends nothing; "a" ends.
        store.apply({callFromSpec(QStringLiteral("b"), QStringLiteral("0s completed"), t),
                     callFromSpec(QStringLiteral("a"), QStringLiteral("5m completed"), t)});
        QCOMPARE(index.liveCount(), 1);
        QCOMPARE(index.newestCreatedMs(), t);
        order.clear();
        index.forEachCreatedSince(t - 6 * kMinute, [&](const CallLog &c) { order << c.id; });
        QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
    }

    // Random inserts, updates (status, sentiment, end reason, even createdAt) and time steps:
    // the incremental index always equals one rebuilt from the store, the engine's active set
    // equals each rule's verdict on it, and each rule's signals alternate raise, clear, raise.
    void incrementalStateMatchesAFreshScan()
    {
        Bed bed;
        const std::vector<AlertRule> rules = {
            rule(Kind::NegativeShare, [](AlertRule &r) { r.threshold = 0.25; r.minSample = 3; r.windowMinutes = 5; }),
            rule(Kind::EndReasonFailures, [](AlertRule &r) { r.threshold = 2; r.windowMinutes = 3; }),
            rule(Kind::AnalysisFieldEquals, [](AlertRule &r) { r.threshold = 2; r.windowMinutes = 4; }),
            rule(Kind::LiveAbove, [](AlertRule &r) { r.threshold = 3; }),
            rule(Kind::NoNewCalls, [](AlertRule &r) { r.windowMinutes = 2; r.workDays = 0x7f; r.workStart = QTime(0, 0); r.workEnd = QTime(23, 59); }),
        };
        QRandomGenerator rng(42);
        static const QStringList specs = {
            QStringLiteral("0s initiated"), QStringLiteral("0s sent"), QStringLiteral("0s received"),
            QStringLiteral("0s completed negative"), QStringLiteral("0s completed positive"),
            QStringLiteral("0s completed neutral follow_up_required=true"),
            QStringLiteral("0s failed end:system_at_capacity"), QStringLiteral("0s failed end:insufficient_balance"),
            QStringLiteral("0s busy end:user_busy follow_up_required=false")};
        std::map<QString, bool> lastSignal; // rule id -> last signal was a raise
        connect(&bed.engine, &AlertEngine::alertRaised, this, [&](const Alert &a) {
            QVERIFY(!lastSignal[a.ruleId]);
            lastSignal[a.ruleId] = true;
        });
        connect(&bed.engine, &AlertEngine::alertCleared, this, [&](const Alert &a) {
            QVERIFY2(lastSignal[a.ruleId], qPrintable(a.ruleId + a.message));
            lastSignal[a.ruleId] = false;
        });
        bed.engine.setRules(rules);
        bed.engine.setReady(true);
        for (int step = 0; step < 400; ++step) {
            std::vector<CallLog> batch;
            const int n = int(rng.bounded(4));
            for (int i = 0; i < n; ++i) {
                const bool update = bed.store.size() > 0 && rng.bounded(2) == 0;
                const QString id = update ? bed.store.at(int(rng.bounded(bed.store.size()))).id
                                          : QStringLiteral("r%1").arg(step * 10 + i);
                CallLog c = callFromSpec(id, specs.at(int(rng.bounded(specs.size()))), bed.clock.nowMs());
                c.createdAtMs -= qint64(rng.bounded(8 * 60)) * kSecond; // backfill-like disorder
                batch.push_back(c);
            }
            bed.store.apply(batch);
            bed.clock.advance(qint64(rng.bounded(40)) * kSecond);
            bed.engine.evaluateNow();

            const CallTimeIndex fresh(&bed.store);
            QCOMPARE(bed.engine.activeAlerts().size() <= rules.size(), true);
            for (const AlertRule &r : rules) {
                const bool fires = evaluateAlertRule(r, fresh, bed.clock.nowMs(), QTimeZone::utc()).firing;
                QVERIFY2(bed.engine.isActive(r.id) == fires, qPrintable(QStringLiteral("step %1 rule %2").arg(step).arg(r.id)));
            }
        }
        QVERIFY(bed.raised.count() >= 10); // the walk did exercise the rules
        QVERIFY(bed.cleared.count() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestAlertVerdicts)
#include "tst_alertverdicts.moc"

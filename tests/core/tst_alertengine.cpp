// AlertEngine's life around its rules: nothing before ready, rules changed or removed, the
// call list cleared, the log's capacity; and one test that runs the whole chain against the
// simulator over loopback HTTP. Verdicts and timing have their own files (tst_alertverdicts,
// tst_alertschedule); the shared bed is AlertEngineBed.h.
#include "AlertEngineBed.h"
#include "SimFixture.h"

#include "core/sync/SyncEngine.h"

#include <QJsonArray>

using namespace callboard;
using namespace callboard::alerttest;

class TestAlertEngine : public QObject
{
    Q_OBJECT
private slots:
    void nothingFiresBeforeReady()
    {
        Bed bed;
        bed.engine.setRules({rule(Kind::EndReasonFailures), rule(Kind::NoNewCalls)});
        bed.add(repeat(3, QStringLiteral("1m failed end:system_at_capacity")));
        bed.clock.advance(30 * kMinute); // the calls are old, the store quiet: still nothing
        QCOMPARE(bed.raised.count(), 0);
        QCOMPARE(bed.clock.pendingTimers(), 0);
        bed.clock.setNow(kNow);
        bed.engine.setReady(true);
        QCOMPARE(bed.raised.count(), 1);
        QVERIFY(bed.engine.isActive(QStringLiteral("end_reason_failures")));
        QVERIFY(!bed.engine.isActive(QStringLiteral("no_new_calls")));
        bed.engine.setReady(false);
        QCOMPARE(bed.cleared.count(), 1);
        QCOMPARE(bed.engine.log().entries().back().message, QStringLiteral("Alert checks paused."));
        QCOMPARE(bed.clock.pendingTimers(), 0);
    }

    void changingARuleClearsItsAlert()
    {
        Bed bed;
        AlertRule failures = rule(Kind::EndReasonFailures);
        const AlertRule live = rule(Kind::LiveAbove, [](AlertRule &r) { r.threshold = 0; });
        bed.engine.setRules({failures, live});
        bed.engine.setReady(true);
        bed.add(repeat(3, QStringLiteral("1m failed end:system_at_capacity")) << QStringLiteral("0s initiated"));
        bed.settle();
        QCOMPARE(bed.raised.count(), 2);
        QCOMPARE(bed.engine.activeAlerts().size(), size_t(2));
        QCOMPARE(bed.engine.activeAlerts()[0].ruleId, failures.id); // rule order

        bed.engine.setRules({failures, live}); // unchanged: nothing happens
        QCOMPARE(bed.cleared.count(), 0);
        failures.threshold = 5;
        bed.engine.setRules({failures, live});
        QCOMPARE(bed.cleared.count(), 1);
        QCOMPARE(bed.engine.log().entries().back().message, QStringLiteral("The rule was changed, switched off or removed."));
        QVERIFY(!bed.engine.isActive(failures.id));
        failures.threshold = 2; // holds again: raised again at once
        bed.engine.setRules({failures, live});
        QCOMPARE(bed.raised.count(), 3);
        QCOMPARE(bed.lastMessage(bed.raised), QStringLiteral("3 calls failed with System at capacity in the last 10 min (limit 2)"));
        failures.enabled = false;
        bed.engine.setRules({failures}); // one switched off, one removed
        QCOMPARE(bed.cleared.count(), 3);
        QVERIFY(bed.engine.activeAlerts().empty());
        bed.clock.advance(kMinute);
        QCOMPARE(bed.raised.count(), 3);
    }

    void clearingTheStoreEndsAlertsUntilReadyAgain()
    {
        Bed bed;
        bed.engine.setRules({rule(Kind::EndReasonFailures)});
        bed.engine.setReady(true);
        bed.add(repeat(3, QStringLiteral("1m failed end:system_at_capacity")));
        bed.settle();
        QCOMPARE(bed.raised.count(), 1);
        bed.store.clear();
        QCOMPARE(bed.cleared.count(), 1);
        QCOMPARE(bed.engine.log().entries().back().message, QStringLiteral("The call list was cleared."));
        QVERIFY(!bed.engine.isReady());
        bed.add(repeat(2, QStringLiteral("1m failed end:system_at_capacity")));
        bed.clock.advance(kMinute);
        QCOMPARE(bed.raised.count(), 1);
        bed.engine.setReady(true);
        QVERIFY(!bed.engine.isActive(QStringLiteral("end_reason_failures"))); // 2 < 3: the old calls are gone
        bed.add({QStringLiteral("0s failed end:insufficient_balance")});
        bed.settle();
        QCOMPARE(bed.raised.count(), 2);
    }

    void logKeepsTheNewestEntries()
    {
        AlertLog log(3);
        for (int i = 0; i < 5; ++i) {
            AlertLogEntry e;
            e.ruleId = QString::number(i);
            log.append(e);
        }
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.entries().front().ruleId, QStringLiteral("2"));
        QCOMPARE(log.entries().back().ruleId, QStringLiteral("4"));
        QCOMPARE(AlertLog().capacity(), 500);
    }

    // The whole chain: the simulator over loopback HTTP, the sync engine filling the store,
    // and the alert engine judging what arrived.
    void firesFromSyncedSimulatorData()
    {
        sim::SimConfig config;
        config.callsPerMinute = 20;
        config.backlogMinutes = 40;
        test::SimFixture f(config);
        CallStore store;
        SyncEngine sync(&f.client, &store, &f.clock);
        sync.setBackfillSince(f.clock.now().addSecs(-40 * 60));
        sync.setBackoffSeed(7);
        AlertEngine alerts(&store, &f.clock);
        alerts.setTimeZone(QTimeZone::utc());
        alerts.setClearHoldMs(0);
        const QStringList failureReasons = {
            QStringLiteral("network_failure"), QStringLiteral("system_failure"),
            QStringLiteral("system_at_capacity"), QStringLiteral("insufficient_balance"),
            QStringLiteral("invalid_phone_number"), QStringLiteral("destination_forbidden")};
        const AlertRule failures = rule(Kind::EndReasonFailures, [&](AlertRule &r) {
            r.endReasons = failureReasons;
            r.windowMinutes = 30;
        });
        const AlertRule quiet = rule(Kind::NoNewCalls, [](AlertRule &r) {
            r.workDays = 0x7f;
            r.workStart = QTime(0, 0);
            r.workEnd = QTime(23, 59);
        });
        alerts.setRules({failures, quiet});
        QSignalSpy raised(&alerts, &AlertEngine::alertRaised);
        QSignalSpy cleared(&alerts, &AlertEngine::alertCleared);
        auto run = [&](qint64 ms) { f.runFor(ms, [&] { return !sync.isBusy(); }); };

        sync.start();
        run(0);
        QVERIFY(sync.backfillDone());
        alerts.setReady(true);
        // Sync and judge at one instant, then count the failures in the simulator's truth.
        sync.syncNow();
        run(0);
        alerts.evaluateNow();
        const qint64 windowStart = f.clock.nowMs() - 30 * kMinute;
        int expected = 0;
        for (const QJsonValue &v : f.simulator.truth()) {
            CallLog c;
            QString why;
            QVERIFY(CallLogReader::readRecord(v.toObject(), &c, &why));
            if (c.createdAtMs >= windowStart && failureReasons.contains(c.endReasonText))
                ++expected;
        }
        QVERIFY2(expected >= 3, qPrintable(QString::number(expected))); // 600 calls, ~6 % fail
        QVERIFY(alerts.isActive(failures.id));
        QCOMPARE(raised.count(), 1);
        const QString message = alerts.activeAlerts().at(0).message;
        QVERIFY2(message.startsWith(QStringLiteral("%1 calls failed with ").arg(expected)), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral(" in the last 30 min (limit 3)")), qPrintable(message));
        QVERIFY(!alerts.isActive(quiet.id));

        // The workspace falls silent: the quiet rule fires 15 min after the last call.
        f.simulator.setCallsPerMinute(0);
        run(20 * kMinute);
        QVERIFY(alerts.isActive(quiet.id));
        const qint64 newest = CallTimeIndex(&store).newestCreatedMs();
        const QString since = utcFromMs(newest).toString(QStringLiteral("HH:mm"));
        QCOMPARE(alerts.activeAlerts().back().message, QStringLiteral("No new call since %1 (limit 15 min)").arg(since));
        // Calls come back: the next synced call clears it.
        f.simulator.setCallsPerMinute(30);
        run(3 * kMinute);
        QVERIFY(!alerts.isActive(quiet.id));
        QVERIFY(cleared.count() >= 1);
        QCOMPARE(cleared.last().at(0).value<Alert>().ruleId, quiet.id);
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"

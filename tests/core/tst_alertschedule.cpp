// AlertEngine over time, in virtual time: changes coalesced into one evaluation, windows
// sliding on the tick, the clear hold (hysteresis) and NoNewCalls across a working day. A
// ManualClock moves; nothing sleeps.
#include "AlertEngineBed.h"

using namespace callboard;
using namespace callboard::alerttest;

class TestAlertSchedule : public QObject
{
    Q_OBJECT
private slots:
    void changesAreCoalescedIntoOneEvaluation()
    {
        Bed bed;
        bed.engine.setRules({rule(Kind::LiveAbove, [](AlertRule &r) { r.threshold = 2; })});
        bed.engine.setReady(true);
        bed.add(repeat(3, QStringLiteral("0s initiated")));
        QCOMPARE(bed.raised.count(), 0); // not on the change itself
        // The three calls end within the same moment: the one evaluation sees them ended.
        std::vector<CallLog> ended;
        for (int i = 0; i < 3; ++i) {
            CallLog c = bed.store.at(i);
            c.statusText = QStringLiteral("completed");
            c.status = CallStatus::Completed;
            ended.push_back(c);
        }
        bed.store.apply(ended);
        bed.settle();
        QCOMPARE(bed.raised.count(), 0);
        bed.add(repeat(3, QStringLiteral("0s initiated")));
        bed.clock.advance(AlertEngine::kCoalesceMs - 1);
        QCOMPARE(bed.raised.count(), 0);
        bed.clock.advance(1);
        QCOMPARE(bed.raised.count(), 1);
        QCOMPARE(bed.lastMessage(bed.raised), QStringLiteral("Live calls: 3 (limit 2)"));
    }

    void windowSlidingClearsOnTheTick()
    {
        Bed bed;
        AlertRule failures = rule(Kind::EndReasonFailures, [](AlertRule &r) { r.name = QStringLiteral("Trunk full"); r.sound = true; });
        bed.engine.setRules({failures});
        bed.engine.setReady(true); // ticks from kNow on
        bed.add(repeat(3, QStringLiteral("0s failed end:system_at_capacity")));
        bed.settle();
        QCOMPARE(bed.raised.count(), 1);
        const Alert a = bed.raised.first().at(0).value<Alert>();
        QCOMPARE(a.ruleName, QStringLiteral("Trunk full"));
        QVERIFY(a.sound);
        QCOMPARE(a.raisedAt, kNow.addMSecs(AlertEngine::kCoalesceMs));
        // At 10 min the calls are exactly at the window's start and still count; the next
        // tick, 15 s later, finds them outside.
        bed.clock.advance(10 * kMinute - AlertEngine::kCoalesceMs);
        QCOMPARE(bed.cleared.count(), 0);
        bed.clock.advance(AlertEngine::kTickMs);
        QCOMPARE(bed.cleared.count(), 1);
        const Alert c = bed.cleared.first().at(0).value<Alert>();
        QCOMPARE(c.clearedAt, kNow.addMSecs(10 * kMinute + AlertEngine::kTickMs));
        QCOMPARE(c.raisedAt, a.raisedAt);
        QCOMPARE(c.message, a.message);
        QVERIFY(bed.engine.activeAlerts().empty());

        const auto &log = bed.engine.log().entries();
        QCOMPARE(log.size(), size_t(2));
        QCOMPARE(log[0].event, AlertLogEntry::Event::Raised);
        QCOMPARE(log[0].ruleName, QStringLiteral("Trunk full"));
        QCOMPARE(log[0].at, a.raisedAt);
        QCOMPARE(log[1].event, AlertLogEntry::Event::Cleared);
        QCOMPARE(log[1].at, c.clearedAt);
        QCOMPARE(log[1].message, QStringLiteral("0 calls failed with System at capacity, Insufficient balance in the last 10 min (limit 3)"));
        QCOMPARE(bed.activeChanged.count(), 2);
    }

    // Hysteresis: a rule at its limit, its condition holding and clearing every minute for five
    // minutes, raises once with the hold (five times without); it clears once the condition
    // has been clear for a whole minute.
    void aRuleHoveringAtItsLimitRaisesOnce_data()
    {
        QTest::addColumn<qint64>("hold");
        QTest::addColumn<int>("raises");
        QTest::newRow("without a hold") << qint64(0) << 5;
        QTest::newRow("with the default hold") << AlertEngine::kClearHoldMs << 1;
    }

    void aRuleHoveringAtItsLimitRaisesOnce()
    {
        QFETCH(qint64, hold);
        QFETCH(int, raises);
        Bed bed(hold);
        AlertRule failures = rule(Kind::EndReasonFailures, [](AlertRule &r) { r.windowMinutes = 1; });
        bed.engine.setRules({failures});
        bed.engine.setReady(true); // ticks every 15 s from kNow
        for (int minute = 0; minute < 5; ++minute) {
            // Three failures (the limit) that leave the 1-minute window 30 s from now: the
            // condition holds for 30 s, and the 45 s tick finds it clear for the rest.
            bed.add(repeat(3, QStringLiteral("30s failed end:system_at_capacity")));
            bed.settle();
            QVERIFY(bed.engine.isActive(failures.id));
            bed.clock.advance(45 * kSecond - AlertEngine::kCoalesceMs);
            QCOMPARE(bed.engine.isActive(failures.id), hold > 0); // clear: held, or gone
            bed.clock.advance(15 * kSecond);
        }
        QCOMPARE(bed.raised.count(), raises);
        QCOMPARE(bed.cleared.count(), hold > 0 ? 0 : 5);
        if (hold == 0)
            return;
        // Clear for good: it clears a minute after the condition did (the 285 s tick), by
        // the clock alone.
        bed.clock.advance(AlertEngine::kClearHoldMs);
        QCOMPARE(bed.cleared.count(), 1);
        QVERIFY(!bed.engine.isActive(failures.id));
        QCOMPARE(bed.cleared.first().at(0).value<Alert>().clearedAt, kNow.addMSecs(285 * kSecond + AlertEngine::kClearHoldMs));
        QCOMPARE(bed.engine.log().entries().size(), size_t(2)); // one raise, one clear
    }

    void aHeldAlertClearsExactlyWhenTheHoldEnds()
    {
        Bed bed(AlertEngine::kClearHoldMs);
        AlertRule live = rule(Kind::LiveAbove, [](AlertRule &r) { r.threshold = 1; });
        bed.engine.setRules({live});
        bed.engine.setReady(true);
        bed.add({QStringLiteral("0s initiated"), QStringLiteral("0s initiated")});
        bed.settle();
        QVERIFY(bed.engine.isActive(live.id));
        // Both calls end: clear from now; the alert stays 60 s, then goes.
        bed.store.apply({callFromSpec(QStringLiteral("c1"), QStringLiteral("0s completed"), bed.clock.nowMs()),
                         callFromSpec(QStringLiteral("c2"), QStringLiteral("0s completed"), bed.clock.nowMs())});
        bed.settle();
        const QDateTime clearFrom = bed.clock.now();
        QVERIFY(bed.engine.isActive(live.id));
        // Held, it says the figures as they are now, not those it was raised with.
        QCOMPARE(bed.engine.activeAlerts().front().message, QStringLiteral("Live calls: 0 (limit 1)"));
        bed.clock.advance(AlertEngine::kClearHoldMs - 1);
        QVERIFY(bed.engine.isActive(live.id));
        bed.clock.advance(1);
        QVERIFY(!bed.engine.isActive(live.id));
        QCOMPARE(bed.cleared.first().at(0).value<Alert>().clearedAt, clearFrom.addMSecs(AlertEngine::kClearHoldMs));
    }

    void activeMessageFollowsTheFiguresWithoutReraising()
    {
        Bed bed;
        bed.engine.setRules({rule(Kind::EndReasonFailures)});
        bed.engine.setReady(true);
        bed.add(repeat(3, QStringLiteral("1m failed end:system_at_capacity")));
        bed.settle();
        QCOMPARE(bed.activeChanged.count(), 1);
        bed.add({QStringLiteral("0s failed end:system_at_capacity")});
        bed.settle();
        QCOMPARE(bed.raised.count(), 1);
        QCOMPARE(bed.activeChanged.count(), 2);
        QCOMPARE(bed.engine.activeAlerts().size(), size_t(1));
        QCOMPARE(bed.engine.activeAlerts()[0].message, QStringLiteral("4 calls failed with System at capacity in the last 10 min (limit 3)"));
        bed.clock.advance(AlertEngine::kTickMs); // nothing new: no signal
        QCOMPARE(bed.activeChanged.count(), 2);
        QCOMPARE(bed.engine.log().size(), 1);
    }

    void noNewCallsOverADay()
    {
        Bed bed;
        bed.engine.setTimeZone(kPlus5);
        bed.clock.setNow(QDateTime(QDate(2026, 11, 30), QTime(9, 0), kPlus5));
        bed.add({QStringLiteral("0s completed")});
        bed.engine.setRules({rule(Kind::NoNewCalls)});
        bed.engine.setReady(true);
        bed.clock.advance(15 * kMinute - kSecond);
        QCOMPARE(bed.raised.count(), 0);
        bed.clock.advance(kSecond); // the tick at 09:15:00
        QCOMPARE(bed.raised.count(), 1);
        QCOMPARE(bed.lastMessage(bed.raised), QStringLiteral("No new call since 09:00 (limit 15 min)"));
        bed.clock.advance(5 * kMinute);
        bed.add({QStringLiteral("0s initiated")}); // 09:20: a call arrives
        bed.settle();
        QCOMPARE(bed.cleared.count(), 1);
        QCOMPARE(bed.engine.log().entries().back().message, QStringLiteral("Newest call at 09:20"));
        bed.clock.advance(15 * kMinute - AlertEngine::kCoalesceMs); // 09:35, on a tick
        QCOMPARE(bed.raised.count(), 2);
        // Working hours end at 18:00 local: the alert clears on that tick and stays clear.
        bed.clock.advance(QTime(9, 35).secsTo(QTime(18, 0)) * kSecond);
        QCOMPARE(bed.cleared.count(), 2);
        QCOMPARE(bed.cleared.last().at(0).value<Alert>().clearedAt,
                 QDateTime(QDate(2026, 11, 30), QTime(18, 0), kPlus5).toUTC());
        QCOMPARE(bed.engine.log().entries().back().message, QStringLiteral("Outside working hours"));
        bed.clock.advance(13 * 60 * kMinute); // to 07:00 next morning
        QCOMPARE(bed.raised.count(), 2);
        bed.clock.advance(75 * kMinute); // 08:15: quiet since the shift began
        QCOMPARE(bed.raised.count(), 3);
        QCOMPARE(bed.engine.log().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestAlertSchedule)
#include "tst_alertschedule.moc"

// Specification of AlertEngine, in virtual time: calls built here are fed to a CallStore, a
// ManualClock moves, and the raise/clear signals, messages and log entries are checked. One
// test at the end runs the whole chain against the simulator over loopback HTTP.
#include "SimFixture.h"
#include "core/time/Utc.h"

#include "core/alerts/AlertCondition.h"
#include "core/alerts/AlertEngine.h"
#include "core/alerts/CallTimeIndex.h"
#include "core/sync/SyncEngine.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTimeZone>

#include <functional>

using namespace callboard;
using Kind = AlertRule::Kind;

namespace {

const QDateTime kNow = utcDateTime(QDate(2026, 11, 30), QTime(10, 0)); // a Monday
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
const QTimeZone kPlus5(5 * 3600); // working hours are read in this zone where it matters

AlertRule rule(Kind kind, const std::function<void(AlertRule &)> &edit = {})
{
    AlertRule r = AlertRule::withDefaults(kind);
    r.enabled = true;
    if (edit)
        edit(r);
    return r;
}

AnalysisValue typedValue(const QString &text)
{
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return {AnalysisValue::Type::Bool, text == QLatin1String("true"), text};
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (ok)
        return {AnalysisValue::Type::Number, d, text};
    return {AnalysisValue::Type::String, text, text};
}

// A call from a short spec: "<age> <status> [sentiment] [end:<reason>] [key=value]", where
// age is "90s" or "3m" before createdBefore (ms since the epoch).
CallLog callFromSpec(const QString &id, const QString &spec, qint64 createdBefore)
{
    const QStringList parts = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CallLog c;
    c.id = id;
    const QString age = parts.value(0);
    const qint64 unit = age.endsWith(QLatin1Char('m')) ? kMinute : kSecond;
    c.createdAtMs = createdBefore - age.chopped(1).toLongLong() * unit;
    c.statusText = parts.value(1);
    c.status = statusFromString(c.statusText);
    for (const QString &p : parts.mid(2)) {
        if (p.startsWith(QLatin1String("end:"))) {
            c.endReasonText = p.mid(4);
            c.endReason = endReasonFromString(c.endReasonText);
        } else if (p.contains(QLatin1Char('='))) {
            const int eq = int(p.indexOf(QLatin1Char('=')));
            c.analysis.push_back({p.left(eq), typedValue(p.mid(eq + 1))});
        } else {
            c.sentimentText = p;
            c.sentiment = sentimentFromString(p);
        }
    }
    return c;
}

struct Bed
{
    // The verdicts as they are, clearing at once; the hold has its own tests (Hysteresis).
    explicit Bed(qint64 clearHoldMs = 0)
    {
        engine.setTimeZone(QTimeZone::utc());
        engine.setClearHoldMs(clearHoldMs);
    }
    // Adds calls c<n>, c<n+1>, ... from specs, their ages counted back from now.
    void add(const QStringList &specs)
    {
        std::vector<CallLog> batch;
        for (const QString &s : specs)
            batch.push_back(callFromSpec(QStringLiteral("c%1").arg(++m_ids), s, clock.nowMs()));
        store.apply(std::move(batch));
    }
    void settle() { clock.advance(AlertEngine::kCoalesceMs); }
    QString lastMessage(const QSignalSpy &spy) const
    {
        return spy.isEmpty() ? QString() : spy.last().at(0).value<Alert>().message;
    }

    ManualClock clock{kNow};
    CallStore store;
    AlertEngine engine{&store, &clock};
    QSignalSpy raised{&engine, &AlertEngine::alertRaised};
    QSignalSpy cleared{&engine, &AlertEngine::alertCleared};
    QSignalSpy activeChanged{&engine, &AlertEngine::activeChanged};
    int m_ids = 0;
};

QStringList repeat(int n, const QString &spec)
{
    QStringList l;
    for (int i = 0; i < n; ++i)
        l << spec;
    return l;
}

} // namespace

class TestAlertEngine : public QObject
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

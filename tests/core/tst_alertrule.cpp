// Specification of AlertRule and its settings: what a rule accepts, how it compares analysis
// values and working hours, and how the INI file round-trips and survives bad entries.
#include "core/alerts/AlertRule.h"
#include "core/alerts/AlertRuleSettings.h"
#include "core/model/CallLog.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace callboard;
using Kind = AlertRule::Kind;

namespace {

// One [alerts] section around the given rule entries, each a list of "key=value" lines.
QString iniWith(const QList<QStringList> &entries)
{
    QString text = QStringLiteral("[alerts]\n");
    for (int i = 0; i < entries.size(); ++i)
        for (const QString &line : entries[i])
            text += QStringLiteral("rules\\%1\\%2\n").arg(i + 1).arg(line);
    text += QStringLiteral("rules\\size=%1\n").arg(entries.size());
    return text;
}

const QStringList kGoodShare = {QStringLiteral("id=share"), QStringLiteral("kind=negative_share"),
                                QStringLiteral("threshold=0.25"), QStringLiteral("windowMinutes=20")};
const QStringList kGoodLive = {QStringLiteral("id=live"), QStringLiteral("kind=live_above"),
                               QStringLiteral("threshold=40")};

} // namespace

class TestAlertRule : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeIni(const QString &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("alerts%1.ini").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the test INI");
        f.write(text.toUtf8());
        return path;
    }

private slots:
    void defaultsAreValidAndDocumented()
    {
        const std::vector<AlertRule> rules = defaultAlertRules();
        QCOMPARE(rules.size(), size_t(5));
        QStringList enabled;
        for (const AlertRule &r : rules) {
            QString why;
            QVERIFY2(r.isValid(&why), qPrintable(why));
            if (r.enabled)
                enabled << alertKindKey(r.kind);
        }
        QCOMPARE(enabled, (QStringList{QStringLiteral("negative_share"), QStringLiteral("end_reason_failures")}));
        QCOMPARE(rules[0].threshold, 0.3);
        QCOMPARE(rules[0].windowMinutes, 15);
        QCOMPARE(rules[1].endReasons, (QStringList{QStringLiteral("system_at_capacity"), QStringLiteral("insufficient_balance")}));
        QCOMPARE(rules[1].threshold, 3.0);
        QCOMPARE(rules[1].windowMinutes, 10);
        QCOMPARE(rules[2].threshold, 50.0);
        QCOMPARE(rules[3].workStart, QTime(8, 0));
        QCOMPARE(rules[3].workEnd, QTime(18, 0));
        QCOMPARE(workDaysToString(rules[3].workDays), QStringLiteral("Mon-Fri"));
    }

    void validation_data()
    {
        QTest::addColumn<AlertRule>("rule");
        QTest::addColumn<QString>("whyContains"); // empty: valid

        auto with = [](Kind k, const std::function<void(AlertRule &)> &edit) {
            AlertRule r = AlertRule::withDefaults(k);
            edit(r);
            return r;
        };
        QTest::newRow("share 0") << with(Kind::NegativeShare, [](AlertRule &r) { r.threshold = 0; }) << QString();
        QTest::newRow("share 1") << with(Kind::NegativeShare, [](AlertRule &r) { r.threshold = 1; }) << QStringLiteral("below 1");
        QTest::newRow("share 1.5") << with(Kind::NegativeShare, [](AlertRule &r) { r.threshold = 1.5; }) << QStringLiteral("below 1");
        QTest::newRow("share negative") << with(Kind::NegativeShare, [](AlertRule &r) { r.threshold = -0.1; }) << QStringLiteral("at least 0");
        QTest::newRow("share nan") << with(Kind::NegativeShare, [](AlertRule &r) { r.threshold = qQNaN(); }) << QStringLiteral("not a number");
        QTest::newRow("no sample") << with(Kind::NegativeShare, [](AlertRule &r) { r.minSample = 0; }) << QStringLiteral("sample");
        QTest::newRow("window 0") << with(Kind::NegativeShare, [](AlertRule &r) { r.windowMinutes = 0; }) << QStringLiteral("window");
        QTest::newRow("window 2 days") << with(Kind::EndReasonFailures, [](AlertRule &r) { r.windowMinutes = 2880; }) << QStringLiteral("window");
        QTest::newRow("live ignores window") << with(Kind::LiveAbove, [](AlertRule &r) { r.windowMinutes = 0; }) << QString();
        QTest::newRow("failures negative") << with(Kind::EndReasonFailures, [](AlertRule &r) { r.threshold = -3; }) << QStringLiteral("at least 1");
        QTest::newRow("failures fraction") << with(Kind::EndReasonFailures, [](AlertRule &r) { r.threshold = 2.5; }) << QStringLiteral("whole number");
        QTest::newRow("no reasons") << with(Kind::EndReasonFailures, [](AlertRule &r) { r.endReasons.clear(); }) << QStringLiteral("end reason");
        QTest::newRow("odd reason") << with(Kind::EndReasonFailures, [](AlertRule &r) { r.endReasons = {QStringLiteral("System At Capacity")}; }) << QStringLiteral("not an end reason");
        QTest::newRow("no field") << with(Kind::AnalysisFieldEquals, [](AlertRule &r) { r.field = QStringLiteral(" "); }) << QStringLiteral("field");
        QTest::newRow("no value") << with(Kind::AnalysisFieldEquals, [](AlertRule &r) { r.value.clear(); }) << QStringLiteral("value");
        QTest::newRow("live 0") << with(Kind::LiveAbove, [](AlertRule &r) { r.threshold = 0; }) << QString();
        QTest::newRow("live negative") << with(Kind::LiveAbove, [](AlertRule &r) { r.threshold = -1; }) << QStringLiteral("live calls");
        QTest::newRow("bad start") << with(Kind::NoNewCalls, [](AlertRule &r) { r.workStart = QTime(); }) << QStringLiteral("valid start");
        QTest::newRow("empty hours") << with(Kind::NoNewCalls, [](AlertRule &r) { r.workEnd = r.workStart; }) << QStringLiteral("same time");
        QTest::newRow("no days") << with(Kind::NoNewCalls, [](AlertRule &r) { r.workDays = 0; }) << QStringLiteral("working day");
        QTest::newRow("night shift") << with(Kind::NoNewCalls, [](AlertRule &r) { r.workStart = QTime(22, 0); r.workEnd = QTime(6, 0); }) << QString();
        QTest::newRow("no id") << with(Kind::LiveAbove, [](AlertRule &r) { r.id.clear(); }) << QStringLiteral("id");
    }
    void validation()
    {
        QFETCH(AlertRule, rule);
        QFETCH(QString, whyContains);
        QString why;
        QCOMPARE(rule.isValid(&why), whyContains.isEmpty());
        if (!whyContains.isEmpty())
            QVERIFY2(why.contains(whyContains), qPrintable(why));
    }

    void describeNamesTheFigures_data()
    {
        QTest::addColumn<AlertRule>("rule");
        QTest::addColumn<QString>("text");
        QTest::newRow("share") << AlertRule::withDefaults(Kind::NegativeShare)
                               << QStringLiteral("Negative sentiment above 30 % of rated calls in the last 15 min (at least 5 rated)");
        QTest::newRow("failures") << AlertRule::withDefaults(Kind::EndReasonFailures)
                                  << QStringLiteral("Failures with System at capacity, Insufficient balance: at least 3 in the last 10 min");
        QTest::newRow("field") << AlertRule::withDefaults(Kind::AnalysisFieldEquals)
                               << QStringLiteral("Calls with follow_up_required = true: at least 1 in the last 60 min");
        QTest::newRow("live") << AlertRule::withDefaults(Kind::LiveAbove) << QStringLiteral("Live calls: more than 50");
        AlertRule quiet = AlertRule::withDefaults(Kind::NoNewCalls);
        QTest::newRow("quiet") << quiet
                               << QStringLiteral("No new call for 15 min on %1-%2, 08:00-18:00")
                                      .arg(QLocale().dayName(1, QLocale::ShortFormat),
                                           QLocale().dayName(5, QLocale::ShortFormat));
        AlertRule percentInValue = AlertRule::withDefaults(Kind::AnalysisFieldEquals);
        percentInValue.value = QStringLiteral("%1 off");
        QTest::newRow("user text kept") << percentInValue
                                        << QStringLiteral("Calls with follow_up_required = %1 off: at least 1 in the last 60 min");
    }
    void describeNamesTheFigures()
    {
        QFETCH(AlertRule, rule);
        QFETCH(QString, text);
        QCOMPARE(rule.describe(), text);
        QCOMPARE(rule.displayName(), text);
        rule.name = QStringLiteral("Mine");
        QCOMPARE(rule.displayName(), QStringLiteral("Mine"));
    }

    void analysisValuesCompareAsText_data()
    {
        QTest::addColumn<QString>("ruleValue");
        QTest::addColumn<int>("type");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        const int Bool = int(AnalysisValue::Type::Bool), Number = int(AnalysisValue::Type::Number),
                  String = int(AnalysisValue::Type::String), Null = int(AnalysisValue::Type::Null);
        QTest::newRow("true") << "true" << Bool << QVariant(true) << "true" << true;
        QTest::newRow("TRUE ignores case") << "TRUE" << Bool << QVariant(true) << "true" << true;
        QTest::newRow("false vs true") << "false" << Bool << QVariant(true) << "true" << false;
        QTest::newRow("number numerically") << "3.0" << Number << QVariant(3.0) << "3" << true;
        QTest::newRow("number differs") << "4" << Number << QVariant(3.0) << "3" << false;
        QTest::newRow("string exact") << "booked" << String << QVariant(QStringLiteral("booked")) << "booked" << true;
        QTest::newRow("string keeps case") << "yes" << String << QVariant(QStringLiteral("Yes")) << "Yes" << false;
        QTest::newRow("string trimmed rule") << " booked " << String << QVariant(QStringLiteral("booked")) << "booked" << true;
        QTest::newRow("null never") << "null" << Null << QVariant() << "" << false;
    }
    void analysisValuesCompareAsText()
    {
        QFETCH(QString, ruleValue);
        QFETCH(int, type);
        QFETCH(QVariant, value);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        AlertRule r = AlertRule::withDefaults(Kind::AnalysisFieldEquals);
        r.value = ruleValue;
        QCOMPARE(r.matches(AnalysisValue{AnalysisValue::Type(type), value, text}), matches);
    }

    void workingHours_data()
    {
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<int>("day");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<bool>("inside");
        const QTime day8(8, 0), day18(18, 0), night22(22, 0), night6(6, 0);
        QTest::newRow("Mon 08:00") << day8 << day18 << 1 << QTime(8, 0) << true;
        QTest::newRow("Mon 07:59") << day8 << day18 << 1 << QTime(7, 59) << false;
        QTest::newRow("Fri 17:59") << day8 << day18 << 5 << QTime(17, 59) << true;
        QTest::newRow("Fri 18:00") << day8 << day18 << 5 << QTime(18, 0) << false;
        QTest::newRow("Sat noon") << day8 << day18 << 6 << QTime(12, 0) << false;
        QTest::newRow("night Mon 23:00") << night22 << night6 << 1 << QTime(23, 0) << true;
        QTest::newRow("night Tue 05:59") << night22 << night6 << 2 << QTime(5, 59) << true;
        QTest::newRow("night Sat 02:00 (Fri shift)") << night22 << night6 << 6 << QTime(2, 0) << true;
        QTest::newRow("night Sat 23:00") << night22 << night6 << 6 << QTime(23, 0) << false;
        QTest::newRow("night Mon 02:00 (Sun off)") << night22 << night6 << 1 << QTime(2, 0) << false;
        QTest::newRow("night Mon 12:00") << night22 << night6 << 1 << QTime(12, 0) << false;
    }
    void workingHours()
    {
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(int, day);
        QFETCH(QTime, time);
        QFETCH(bool, inside);
        AlertRule r = AlertRule::withDefaults(Kind::NoNewCalls); // Mon-Fri
        r.workStart = start;
        r.workEnd = end;
        QCOMPARE(r.inWorkingHours(day, time), inside);
    }

    void workDays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("written");
        QTest::newRow("Mon-Fri") << "Mon-Fri" << true << 0x1f << "Mon-Fri";
        QTest::newRow("list") << "Mon,Wed,Sat" << true << 0x25 << "Mon,Wed,Sat";
        QTest::newRow("two") << "sat, SUN" << true << 0x60 << "Sat,Sun";
        QTest::newRow("full names") << "Monday-Wednesday" << true << 0x07 << "Mon-Wed";
        QTest::newRow("wraps") << "Sat-Mon" << true << 0x61 << "Mon,Sat,Sun";
        QTest::newRow("week") << "Mon-Sun" << true << 0x7f << "Mon-Sun";
        QTest::newRow("empty") << "" << false << 0 << "";
        QTest::newRow("unknown") << "Funday" << false << 0 << "";
        QTest::newRow("three ends") << "Mon-Tue-Wed" << false << 0 << "";
    }
    void workDays()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, bits);
        QFETCH(QString, written);
        quint8 days = 0;
        QCOMPARE(workDaysFromString(text, &days), ok);
        QCOMPARE(int(days), bits);
        if (ok)
            QCOMPARE(workDaysToString(days), written);
    }

    void iniRoundTrip()
    {
        std::vector<AlertRule> rules = defaultAlertRules();
        AlertRule night = AlertRule::withDefaults(Kind::NoNewCalls);
        night.id = QStringLiteral("night");
        night.name = QStringLiteral("Night desk, quiet = bad");
        night.workStart = QTime(22, 30);
        night.workEnd = QTime(6, 15);
        night.workDays = 0x61; // Sat-Mon
        night.sound = true;
        rules.push_back(night);
        AlertRule field = AlertRule::withDefaults(Kind::AnalysisFieldEquals);
        field.id = QStringLiteral("escalations");
        field.field = QStringLiteral("outcome");
        field.value = QStringLiteral("escalate, now");
        field.threshold = 2;
        rules.push_back(field);
        AlertRule failures = AlertRule::withDefaults(Kind::EndReasonFailures);
        failures.id = QStringLiteral("failures-all");
        failures.endReasons = {QStringLiteral("network_failure"), QStringLiteral("system_failure"),
                               QStringLiteral("destination_forbidden")};
        rules.push_back(failures);

        const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
        {
            QSettings s(path, QSettings::IniFormat);
            writeAlertRules(s, rules);
        }
        QSettings s(path, QSettings::IniFormat);
        const AlertRulesRead read = readAlertRules(s);
        QCOMPARE(read.warnings, QStringList());
        QVERIFY(!read.usedDefaults);
        QCOMPARE(read.rules.size(), rules.size());
        for (size_t i = 0; i < rules.size(); ++i)
            QVERIFY2(read.rules[i] == rules[i], qPrintable(rules[i].id));

        // Writing fewer rules leaves no trace of the old ones.
        {
            QSettings w(path, QSettings::IniFormat);
            writeAlertRules(w, {night});
        }
        QSettings again(path, QSettings::IniFormat);
        const AlertRulesRead fewer = readAlertRules(again);
        QCOMPARE(fewer.rules.size(), size_t(1));
        QVERIFY(fewer.rules[0] == night);
    }

    void missingSectionGivesDefaultsEmptyArrayGivesNone()
    {
        QSettings fresh(writeIni(QStringLiteral("[connection]\nbaseUrl=https://x\n")), QSettings::IniFormat);
        const AlertRulesRead defaults = readAlertRules(fresh);
        QVERIFY(defaults.usedDefaults);
        QCOMPARE(defaults.rules.size(), defaultAlertRules().size());
        QVERIFY(defaults.warnings.isEmpty());

        QSettings empty(writeIni(iniWith({})), QSettings::IniFormat);
        const AlertRulesRead none = readAlertRules(empty);
        QVERIFY(!none.usedDefaults);
        QVERIFY(none.rules.empty());
        QVERIFY(none.warnings.isEmpty());
    }

    void handWrittenValuesAreUnderstood()
    {
        // Unquoted commas (QSettings reads them as lists), a share in percent, day names; text
        // with a comma that must survive as typed is quoted, as QSettings writes it.
        QSettings s(writeIni(iniWith({
                        {QStringLiteral("kind=end_reason_failures"),
                         QStringLiteral("endReasons=system_at_capacity, Insufficient_Balance"),
                         QStringLiteral("threshold=5"), QStringLiteral("enabled=yes")},
                        {QStringLiteral("kind=negative_share"), QStringLiteral("threshold=35 %"),
                         QStringLiteral("name=\"Mood, overall\"")},
                        {QStringLiteral("kind=no_new_calls"), QStringLiteral("workDays=Mon,Tue,Thu"),
                         QStringLiteral("workStart=07:30"), QStringLiteral("workEnd=16:00"),
                         QStringLiteral("sound=true")},
                    })),
                    QSettings::IniFormat);
        const AlertRulesRead read = readAlertRules(s);
        QCOMPARE(read.warnings, QStringList());
        QCOMPARE(read.rules.size(), size_t(3));
        QCOMPARE(read.rules[0].id, QStringLiteral("end_reason_failures")); // ids from the kind
        QCOMPARE(read.rules[0].endReasons, (QStringList{QStringLiteral("system_at_capacity"), QStringLiteral("insufficient_balance")}));
        QCOMPARE(read.rules[0].threshold, 5.0);
        QCOMPARE(read.rules[0].windowMinutes, 10); // the kind's default
        QCOMPARE(read.rules[1].threshold, 0.35);
        QCOMPARE(read.rules[1].name, QStringLiteral("Mood, overall"));
        QCOMPARE(int(read.rules[2].workDays), 0x0b);
        QCOMPARE(read.rules[2].workStart, QTime(7, 30));
        QVERIFY(read.rules[2].sound);
    }

    // A bad entry between two good ones: it is skipped with a warning naming it and why.
    void badEntriesAreSkippedWithAWarning_data()
    {
        QTest::addColumn<QStringList>("entry");
        QTest::addColumn<QString>("warning");
        QTest::newRow("garbage kind") << QStringList{QStringLiteral("kind=banana")}
                                      << QStringLiteral("Alert rule 2 skipped: unknown kind \"banana\"");
        QTest::newRow("no kind") << QStringList{QStringLiteral("name=Nameless"), QStringLiteral("threshold=3")}
                                 << QStringLiteral("Alert rule 2 (Nameless) skipped: unknown kind \"\"");
        QTest::newRow("negative threshold") << QStringList{QStringLiteral("kind=end_reason_failures"), QStringLiteral("threshold=-2")}
                                            << QStringLiteral("Alert rule 2 skipped: The number of failures must be a whole number of at least 1.");
        QTest::newRow("share above 1") << QStringList{QStringLiteral("kind=negative_share"), QStringLiteral("threshold=1.5")}
                                       << QStringLiteral("Alert rule 2 skipped: The share must be at least 0 and below 1");
        QTest::newRow("share 150 %") << QStringList{QStringLiteral("kind=negative_share"), QStringLiteral("threshold=150%")}
                                     << QStringLiteral("Alert rule 2 skipped: The share must be at least 0 and below 1");
        QTest::newRow("threshold text") << QStringList{QStringLiteral("kind=live_above"), QStringLiteral("threshold=lots")}
                                        << QStringLiteral("Alert rule 2 skipped: threshold \"lots\" is not valid");
        QTest::newRow("window text") << QStringList{QStringLiteral("kind=negative_share"), QStringLiteral("windowMinutes=15m")}
                                     << QStringLiteral("Alert rule 2 skipped: windowMinutes \"15m\" is not valid");
        QTest::newRow("window 0") << QStringList{QStringLiteral("kind=negative_share"), QStringLiteral("windowMinutes=0")}
                                  << QStringLiteral("Alert rule 2 skipped: The window must be between 1 and 1440 minutes.");
        QTest::newRow("bad start") << QStringList{QStringLiteral("kind=no_new_calls"), QStringLiteral("workStart=25:00")}
                                   << QStringLiteral("Alert rule 2 skipped: workStart \"25:00\" is not a time of day (HH:mm)");
        QTest::newRow("bad end") << QStringList{QStringLiteral("kind=no_new_calls"), QStringLiteral("workEnd=6pm")}
                                 << QStringLiteral("Alert rule 2 skipped: workEnd \"6pm\" is not a time of day (HH:mm)");
        QTest::newRow("same times") << QStringList{QStringLiteral("kind=no_new_calls"), QStringLiteral("workStart=09:00"), QStringLiteral("workEnd=09:00")}
                                    << QStringLiteral("Alert rule 2 skipped: The working hours start and end at the same time.");
        QTest::newRow("bad days") << QStringList{QStringLiteral("kind=no_new_calls"), QStringLiteral("workDays=Mon-Funday")}
                                  << QStringLiteral("Alert rule 2 skipped: workDays \"Mon-Funday\" is not a list of days");
        QTest::newRow("bad enabled") << QStringList{QStringLiteral("kind=live_above"), QStringLiteral("enabled=maybe")}
                                     << QStringLiteral("Alert rule 2 skipped: enabled \"maybe\" is not valid");
        QTest::newRow("no reasons") << QStringList{QStringLiteral("kind=end_reason_failures"), QStringLiteral("endReasons=")}
                                    << QStringLiteral("Alert rule 2 skipped: Name at least one end reason.");
        QTest::newRow("no field") << QStringList{QStringLiteral("kind=analysis_field"), QStringLiteral("field=")}
                                  << QStringLiteral("Alert rule 2 skipped: Name the analysis field.");
    }
    void badEntriesAreSkippedWithAWarning()
    {
        QFETCH(QStringList, entry);
        QFETCH(QString, warning);
        QSettings s(writeIni(iniWith({kGoodShare, entry, kGoodLive})), QSettings::IniFormat);
        const AlertRulesRead read = readAlertRules(s);
        QCOMPARE(read.warnings.size(), 1);
        QVERIFY2(read.warnings.first().startsWith(warning), qPrintable(read.warnings.first()));
        QCOMPARE(read.rules.size(), size_t(2));
        QCOMPARE(read.rules[0].id, QStringLiteral("share"));
        QCOMPARE(read.rules[0].threshold, 0.25);
        QCOMPARE(read.rules[1].id, QStringLiteral("live"));
    }

    void repeatedIdIsRenamedNotLost()
    {
        QStringList twin = kGoodLive;
        twin << QStringLiteral("name=Twin");
        QSettings s(writeIni(iniWith({kGoodLive, twin})), QSettings::IniFormat);
        const AlertRulesRead read = readAlertRules(s);
        QCOMPARE(read.rules.size(), size_t(2));
        QCOMPARE(read.rules[0].id, QStringLiteral("live"));
        QCOMPARE(read.rules[1].id, QStringLiteral("live_above"));
        QCOMPARE(read.warnings, QStringList{QStringLiteral("Alert rule 2 (Twin): id \"live\" is used twice; renamed")});
    }
};

QTEST_GUILESS_MAIN(TestAlertRule)
#include "tst_alertrule.moc"

// Specification of the detail pane's wording: keys humanized, tokens told apart from prose,
// numbers and dates in the user's locale and time zone, transcripts split into turns; a call's
// direction worded as on the cards; English counts one and many.
#include "gui/campaigns/CampaignRows.h"
#include "gui/detail/DetailFormat.h"
#include "gui/models/CardContent.h"
#include "gui/theme/Labels.h"

#include <QTest>
#include <QTimeZone>

using namespace callboard;
using namespace callboard::DetailFormat;

class TestDetailFormat final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void humanizedKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("human");
        QTest::newRow("snake") << "customer_satisfaction"
                               << "Customer satisfaction";
        QTest::newRow("camel") << "followUpDate"
                               << "Follow up date";
        QTest::newRow("kebab") << "next-step"
                               << "Next step";
        QTest::newRow("doubled") << "a__b_"
                                 << "A b";
        QTest::newRow("one word") << "notes"
                                  << "Notes";
        QTest::newRow("markup stays text") << "<b>x</b>"
                                           << "<b>x</b>";
    }
    void humanizedKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, human);
        QCOMPARE(humanizeKey(key), human);
    }

    void tokensAreNotProse()
    {
        QVERIFY(isEnumLike(QStringLiteral("billing")));
        QVERIFY(isEnumLike(QStringLiteral("clinic_north")));
        QVERIFY(isEnumLike(QStringLiteral("v2.1-beta")));
        QVERIFY(!isEnumLike(QStringLiteral("Asked for pricing")));
        QVERIFY(!isEnumLike(QStringLiteral("<b>VIP</b>")));
        QVERIFY(!isEnumLike(QString()));
        QVERIFY(!isEnumLike(QString(40, QLatin1Char('a'))));
    }

    void numbers()
    {
        QCOMPARE(number(8), QStringLiteral("8"));
        QCOMPARE(number(452.5), QStringLiteral("452.5"));
        QCOMPARE(number(1200), QStringLiteral("1,200"));
        QCOMPARE(number(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
        QCOMPARE(number(-3), QStringLiteral("-3"));
    }

    void datesAreLocal()
    {
        QCOMPARE(date(QDate(2026, 11, 28)), QStringLiteral("Sat 28 Nov 2026"));
        const QDateTime utc(QDate(2026, 11, 28), QTime(14, 3, 7), QTimeZone::utc());
        const QDateTime local = utc.toLocalTime();
        QCOMPARE(dateTime(utc), QLocale().toString(local, QStringLiteral("ddd d MMM yyyy, HH:mm")));
        QCOMPARE(timeSeconds(utc.toMSecsSinceEpoch()), local.toString(QStringLiteral("HH:mm:ss")));
    }

    void timelineEvents()
    {
        QCOMPARE(timelineEvent(QStringLiteral("call_answered")), QStringLiteral("Answered"));
        QCOMPARE(timelineEvent(QStringLiteral("transfer_requested")),
                 QStringLiteral("Transfer requested"));
    }

    void transcriptTurns()
    {
        using Speaker = TranscriptTurn::Speaker;
        const auto turns = parseTranscript(QStringLiteral(
            "Agent: Hello!\nAgent: Is now a good time?\nUser: Sure\n  and quickly\n\n"
            "Supervisor: <i>joined</i>\nUser:no space"));
        QCOMPARE(turns.size(), size_t(4));
        QCOMPARE(turns[0].speaker, Speaker::Agent);
        QCOMPARE(turns[0].text, QStringLiteral("Hello!\nIs now a good time?"));
        QCOMPARE(turns[1].speaker, Speaker::User);
        QCOMPARE(turns[1].text, QStringLiteral("Sure\nand quickly"));
        QCOMPARE(turns[2].speaker, Speaker::Other);
        QCOMPARE(speakerLabel(turns[2]), QStringLiteral("Supervisor"));
        QCOMPARE(turns[2].text, QStringLiteral("<i>joined</i>"));
        QCOMPARE(turns[3].text, QStringLiteral("no space"));
    }

    void transcriptWithoutSpeakers()
    {
        const auto turns = parseTranscript(QStringLiteral("just words\nmore words"));
        QCOMPARE(turns.size(), size_t(1));
        QCOMPARE(turns[0].speaker, TranscriptTurn::Speaker::None);
        QCOMPARE(speakerLabel(turns[0]), QString());
        QVERIFY(parseTranscript(QString()).empty());
    }

    void cardAndPaneWordTheDirectionAlike()
    {
        // The header's word (Labels) is the card's word, however the server cases it.
        CallLog call;
        call.toNumber = QStringLiteral("+14155550123");
        for (const char *sent : {"outbound", "Outbound", "INBOUND", "sideways"}) {
            call.callDirection = QString::fromLatin1(sent);
            const QString word = Labels::direction(call.callDirection);
            QVERIFY2(CardContent::directionText(call, true).contains(word), sent);
        }
        QCOMPARE(Labels::direction(QStringLiteral("Outbound")), QStringLiteral("Outbound"));
        QCOMPARE(Labels::direction(QStringLiteral("INBOUND")), QStringLiteral("Inbound"));
        QCOMPARE(Labels::direction(QStringLiteral("sideways")), QStringLiteral("sideways"));
        QCOMPARE(Labels::callType(QStringLiteral("Phone")), QStringLiteral("Phone"));
    }

    void englishCountsOneAndMany()
    {
        // The plural-only English catalogue is installed as the application starts.
        QCOMPARE(QCoreApplication::translate("Labels", "%n min ago", nullptr, 1), QStringLiteral("1 min ago"));
        QCOMPARE(QCoreApplication::translate("callboard::CallCardView", "%n new calls ↑", nullptr, 1),
                 QStringLiteral("1 new call ↑"));
        QCOMPARE(QCoreApplication::translate("callboard::CallCardView", "%n new calls ↑", nullptr, 2),
                 QStringLiteral("2 new calls ↑"));
        QCOMPARE(QCoreApplication::translate("callboard::SettingsDialog", "Last %n hours", nullptr, 1),
                 QStringLiteral("Last hour"));
        QCOMPARE(QCoreApplication::translate("callboard::AnalysisTile", "in %n calls", nullptr, 1),
                 QStringLiteral("in 1 call"));
        // A campaign row counts its calls in the locale's digits and plural.
        CampaignRow row;
        row.stats.calls = 1;
        QVERIFY2(row.figures().startsWith(QStringLiteral("1 call · 0 live · ")), qPrintable(row.figures()));
        row.stats.calls = 1200;
        QVERIFY2(row.figures().startsWith(QLocale().toString(1200) + QStringLiteral(" calls · ")),
                 qPrintable(row.figures()));
    }

    void jsonIsIndented()
    {
        QCOMPARE(prettyJson(QStringLiteral("{\"a\":1}")), QStringLiteral("{\n    \"a\": 1\n}"));
        QCOMPARE(prettyJson(QStringLiteral("not json")), QStringLiteral("not json"));
    }
};

QTEST_GUILESS_MAIN(TestDetailFormat)
#include "tst_detailformat.moc"

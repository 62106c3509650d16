// Specification of CsvWriter: RFC 4180, UTF-8, one column per analysis field.
#include "core/export/CsvWriter.h"
#include "core/time/Utc.h"

#include "core/directory/Directory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace callboard;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void escaping_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "abc" << "abc";
        QTest::newRow("comma") << "a,b" << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "line1\nline2" << "\"line1\nline2\"";
        QTest::newRow("cr") << "a\rb" << "\"a\rb\"";
        QTest::newRow("unicode") << "Grüße ✓" << "Grüße ✓";
        QTest::newRow("empty") << "" << "";
        // Formula-looking text is neutralised: a leading single quote, and the cell quoted.
        QTest::newRow("equals") << "=HYPERLINK(\"http://x\")" << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("dde") << "=cmd|' /C calc'!A0" << "\"'=cmd|' /C calc'!A0\"";
        QTest::newRow("plus formula") << "+SUM(A1:A9)" << "\"'+SUM(A1:A9)\"";
        QTest::newRow("minus") << "-2+3" << "\"'-2+3\"";
        QTest::newRow("at") << "@SUM(1)" << "\"'@SUM(1)\"";
        QTest::newRow("tab") << "\tx" << "\"'\tx\"";
        QTest::newRow("leading cr") << "\r=1" << "\"'\r=1\"";
        QTest::newRow("equals inside") << "a=b" << "a=b";
        // Phone numbers stay readable: "+" then digits and spaces cannot be a formula.
        QTest::newRow("phone") << "+4930123456" << "+4930123456";
        QTest::newRow("phone spaced") << "+49 30 123456" << "+49 30 123456";
        QTest::newRow("phone with letters") << "+49 CALL" << "\"'+49 CALL\"";
        QTest::newRow("bare plus") << "+" << "\"'+\"";
    }
    void escaping()
    {
        QFETCH(QString, field);
        QFETCH(QString, escaped);
        QCOMPARE(CsvWriter::escapeField(field), escaped);
    }

    void analysisColumnsAreTheUnionInKeyOrder()
    {
        CallLog a;
        a.id = QStringLiteral("log_a");
        a.statusText = QStringLiteral("completed");
        a.status = CallStatus::Completed;
        a.durationSeconds = 42;
        a.createdAtMs = utcDateTime(QDate(2026, 11, 28), QTime(14, 3, 7, 123)).toMSecsSinceEpoch();
        a.analysis.push_back({QStringLiteral("score"), {AnalysisValue::Type::Number, 8.0, QStringLiteral("8")}});
        CallLog b;
        b.id = QStringLiteral("log_b");
        b.statusText = QStringLiteral("teleported");
        b.createdAtMs = a.createdAtMs;
        b.analysis.push_back({QStringLiteral("notes"), {AnalysisValue::Type::String, QString(), QStringLiteral("said \"no\", twice")}});
        const QByteArray csv = CsvWriter::toCsv({&a, &b});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty remainder after the last CRLF
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(lines[0].startsWith("id,call_id,created_at,status,status_group,"));
        QVERIFY(lines[0].trimmed().endsWith(",analysis.notes,analysis.score"));
        QCOMPARE(lines[1].trimmed(), QByteArray("log_a,,2026-11-28T14:03:07.123Z,completed,connected,,42,,,,,,,,,,,,,8"));
        QCOMPARE(lines[2].trimmed(), QByteArray("log_b,,2026-11-28T14:03:07.123Z,teleported,other,,,,,,,,,,,,,,\"said \"\"no\"\", twice\","));
    }

    void namesStandBesideTheirIds()
    {
        Directory directory;
        directory.setAgents({AgentInfo{QStringLiteral("agt_1"), QStringLiteral("Support, tier \"1\""), {}}});
        BatchInfo spring;
        spring.id = QStringLiteral("batch_1");
        spring.title = QStringLiteral("Spring outreach");
        directory.setBatches({spring});
        CallLog named;
        named.id = QStringLiteral("log_a");
        named.agentId = QStringLiteral("agt_1");
        named.campaignId = QStringLiteral("cmp_spring");
        named.batchCallId = QStringLiteral("batch_1");
        CallLog unnamed;
        unnamed.id = QStringLiteral("log_b");
        unnamed.agentId = QStringLiteral("agt_unknown");
        unnamed.campaignId = QStringLiteral("cmp_other");
        const QList<QByteArray> lines = CsvWriter::toCsv({&named, &unnamed}, &directory).split('\n');
        const QList<QByteArray> header = lines[0].trimmed().split(',');
        const qsizetype agentId = header.indexOf("agent_id");
        QCOMPARE(header.value(agentId + 1), QByteArray("agent_name"));
        QCOMPARE(header.value(agentId + 2), QByteArray("campaign_id"));
        QCOMPARE(header.value(agentId + 3), QByteArray("batch_call_id"));
        QCOMPARE(header.value(agentId + 4), QByteArray("campaign_name"));
        QVERIFY(lines[1].contains(",agt_1,\"Support, tier \"\"1\"\"\",cmp_spring,batch_1,Spring outreach,"));
        // Nothing names these: the ids stand in for the names.
        QVERIFY(lines[2].contains(",agt_unknown,agt_unknown,cmp_other,,cmp_other,"));
        // Without a directory the name columns repeat the ids.
        QVERIFY(CsvWriter::toCsv({&named}).contains(",agt_1,agt_1,cmp_spring,batch_1,cmp_spring,"));
    }

    void formulaLookingAnalysisTextIsNeutralisedInTheFile()
    {
        CallLog a;
        a.id = QStringLiteral("log_a");
        a.toNumber = QStringLiteral("+4930123456");
        a.createdAtMs = utcDateTime(QDate(2026, 11, 28), QTime(14, 3, 7)).toMSecsSinceEpoch();
        a.analysis.push_back({QStringLiteral("notes"), {AnalysisValue::Type::String, QString(), QStringLiteral("=1+1")}});
        const QByteArray csv = CsvWriter::toCsv({&a});
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines[1].contains(",+4930123456,"));
        QVERIFY(lines[1].trimmed().endsWith(",\"'=1+1\""));
    }

    void unwritablePathIsAClearError()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!CsvWriter::writeFile(dir.path() + QStringLiteral("/missing/dir/x.csv"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
        QVERIFY(CsvWriter::writeFile(dir.path() + QStringLiteral("/ok.csv"), {}, &error));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"

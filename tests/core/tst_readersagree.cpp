// CallLogReader against CallLogReaderQt (QJsonDocument): both readers agree on every fixture
// and on bodies built to differ, and the fuzzers' findings stay fixed. The specification of
// the reader itself is tst_calllogreader.
#include "ReaderDifference.h"
#include "core/api/json/CallLogJson.h"
#include "core/api/json/CallLogReader.h"
#include "core/api/json/CallLogReaderQt.h"
#include "core/time/Utc.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

#include "ReaderTestData.h"

using namespace callboard;
using namespace callboard::readertest;

class TestReadersAgree : public QObject
{
    Q_OBJECT
private slots:
    // The fuzz harness fuzz_readers_agree in small: both readers on every fixture body and on
    // the agreement rows above, and the comparison itself notices a field that differs.
    void bothReadersAgreeOnEveryFixture()
    {
        QList<QByteArray> bodies;
        const QDir data(QStringLiteral(CALLBOARD_TEST_DATA));
        for (const QString &name : data.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile f(data.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            bodies << f.readAll();
        }
        QVERIFY(bodies.size() >= 4);
        int compared = 0;
        for (const QByteArray &body : std::as_const(bodies)) {
            CallPage fast, reference;
            QString fastError, referenceError;
            const std::optional<bool> read = CallLogJson::readListBody(body, &fast, &fastError);
            if (!read)
                continue;
            ++compared;
            QCOMPARE(*read, CallLogReader::readListBodyQt(body, &reference, &referenceError));
            QCOMPARE(fastError, referenceError);
            QCOMPARE(testing::differenceBetween(fast, reference), QString());
        }
        QVERIFY(compared >= 3);

        CallPage page;
        QString error;
        QVERIFY(CallLogReader::readListBodyQt(fixture("list-data-meta.json"), &page, &error));
        QVERIFY(!page.calls.empty());
        CallPage changed = page;
        changed.calls.back().endReasonText += QLatin1Char('x');
        QVERIFY(testing::differenceBetween(page, changed).contains(QStringLiteral("end reason text")));
        changed = page;
        changed.meta.totalPages += 1;
        QVERIFY(!testing::differenceBetween(page, changed).isEmpty());
    }

    void listBodyAgreesWithQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("fixture") << fixture("list-data-meta.json");
        QTest::newRow("unsorted keys, unknown keys, spellings") << QByteArray(
            R"([{"zzz":1,"status":"busy","createdAt":"2026-11-28T09:00:00Z","duration":"61","id":"a","duration_sec":7},)"
            R"({"created_at":"2026-11-28T09:00:00+05:30","createdAt":"2026-11-27T09:00:00Z","id":"b","duration":3.9}])");
        QTest::newRow("nested analysis values") << QByteArray(
            "{\"data\":[{\"id\":\"n\",\"created_at\":\"2026-11-28T10:00:00Z\",\"analysis\":{\"z\":{\"b\":[1.5,1e2,-0.0,"
            "1e16,18446744073709551615,-9223372036854775808,0.1,1e-7,4.9e-324],"
            "\"a\":\"q\\\"b\\\\\\n\\u0001\\u001f\\u007f \u00e9 \u20ac \U0001F600 \\/\"},"
            "\"m\":[true,false,null,{},[]],\"n\":-0,\"o\":2.5e-3,\"p\":123456789012,\"q\":0.1,\"r\":\"2026-02-29\","
            "\"s\":\"2028-02-29\",\"t\":\"2026-11-28T10:00:00.5+01:00\",\"u\":\"\",\"v\":1e300}}],"
            "\"meta\":{\"page\":\"3\",\"limit\":2.9,\"total\":\"x\"}}");
        QTest::newRow("an escaped key is the same key") << QByteArray(
            "[{\"\\u0069d\":\"e\",\"created_at\":\"2026-11-28T10:00:00Z\",\"st\\u0061tus\":\"sent\"}]");
        QTest::newRow("non-ASCII keys and values") << QByteArray(
            R"([{"id":"ü","created_at":"2026-11-28T10:00:00Z","agent_id":"agent ñ","analysis":{"größe":1,"grosse":2,"中文":"值"}}])");
        QTest::newRow("repeated keys keep the last") << QByteArray(
            R"([{"id":"r","status":"sent","created_at":"x","created_at":"2026-11-28T10:00:00Z","status":"completed",)"
            R"("analysis":{"k":1,"a":{"x":1,"x":2},"k":"two"}}])");
        QTest::newRow("keys QJsonDocument orders by escaping") << QByteArray(
            "[{\"id\":\"o\",\"created_at\":\"2026-11-28T10:00:00Z\",\"analysis\":"
            "{\"\\uff01\":1,\"\\ud83d\\ude00\":2,\"\uff01\":3,\"\U0001F600\":4}}]");
        QTest::newRow("lone surrogate, raw tab") << QByteArray(
            "[{\"id\":\"s\",\"created_at\":\"2026-11-28T10:00:00Z\",\"status\":\"\\ud800\",\"type\":\"a\tb\"}]");
        QTest::newRow("big integer") << QByteArray(
            R"([{"id":"g","created_at":"2026-11-28T10:00:00Z","analysis":{"big":123456789012345678901234}}])");
        QTest::newRow("zero that is really zero") << QByteArray(
            R"([{"id":"z","created_at":"2026-11-28T10:00:00Z","duration_seconds":0.0,"analysis":{"x":0.0,"y":1e-5}}])");
    }

    // readListBody reads with simdjson, and must agree with readRecord over QJsonDocument,
    // including what QJsonDocument itself decides (key order, repeated keys, numbers).
    void listBodyAgreesWithQJsonDocument()
    {
        QFETCH(QByteArray, body);
        // Field for field, as readRecord over QJsonDocument (the reference) reads each record.
        auto compareCalls = [](const CallLog &a, const CallLog &b) {
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.callId, b.callId);
            QCOMPARE(a.agentId, b.agentId);
            QCOMPARE(a.statusText, b.statusText);
            QCOMPARE(a.status, b.status);
            QCOMPARE(a.sentimentText, b.sentimentText);
            QCOMPARE(a.sentiment, b.sentiment);
            QCOMPARE(a.durationSeconds, b.durationSeconds);
            QCOMPARE(a.recordingUrl, b.recordingUrl);
            QCOMPARE(a.createdAtMs, b.createdAtMs);
            QCOMPARE(a.endReasonText, b.endReasonText);
            QCOMPARE(a.endReason, b.endReason);
            QCOMPARE(a.fallbackSttTranscriberId, b.fallbackSttTranscriberId);
            QCOMPARE(a.toNumber, b.toNumber);
            QCOMPARE(a.fromNumber, b.fromNumber);
            QCOMPARE(a.callDirection, b.callDirection);
            QCOMPARE(a.type, b.type);
            QCOMPARE(a.campaignId, b.campaignId);
            QCOMPARE(a.batchCallId, b.batchCallId);
            QCOMPARE(a.analysis.size(), b.analysis.size());
            for (qsizetype i = 0; i < a.analysis.size(); ++i) {
                QCOMPARE(a.analysis[i].key, b.analysis[i].key);
                QCOMPARE(int(a.analysis[i].value.type), int(b.analysis[i].value.type));
                QCOMPARE(a.analysis[i].value.text, b.analysis[i].value.text);
                QCOMPARE(a.analysis[i].value.value, b.analysis[i].value.value);
            }
        };

        CallPage page;
        QString error;
        QVERIFY2(CallLogReader::readListBody(body, &page, &error), qPrintable(error));
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const QJsonArray records = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("data")).toArray();
        QCOMPARE(page.calls.size(), size_t(records.size()));
        QVERIFY(page.skipped.empty());
        for (qsizetype i = 0; i < records.size(); ++i) {
            CallLog expected;
            QString reason;
            QVERIFY2(CallLogReader::readRecord(records.at(i), &expected, &reason), qPrintable(reason));
            compareCalls(page.calls[size_t(i)], expected);
            if (QTest::currentTestFailed())
                return;
        }
        const QJsonValue meta = doc.object().value(QLatin1String("meta"));
        QCOMPARE(page.meta.present, meta.isObject());
        auto metaInt = [&meta](const char *key) {
            const QJsonValue v = meta.toObject().value(QLatin1String(key));
            return v.isDouble() ? int(v.toDouble()) : v.isString() ? v.toString().toInt() : 0;
        };
        QCOMPARE(page.meta.page, metaInt("page"));
        QCOMPARE(page.meta.limit, metaInt("limit"));
        QCOMPARE(page.meta.total, metaInt("total"));
        QCOMPARE(page.meta.totalPages, metaInt("totalPages"));
    }

    // Found by fuzz_list_body (reproducer tests/data/fuzz-list-meta-huge-number.json): a meta
    // number outside int's range was converted to int, which is undefined behaviour.
    void metaNumbersOutsideIntAreClamped()
    {
        CallPage page;
        QString error;
        QVERIFY2(CallLogReader::readListBody(fixture("fuzz-list-meta-huge-number.json"), &page, &error),
                 qPrintable(error));
        QCOMPARE(page.meta.total, std::numeric_limits<int>::max());
        QCOMPARE(page.meta.totalPages, 8);
        QVERIFY(CallLogReader::readListBody(
            "{\"data\":[],\"meta\":{\"page\":1e300,\"limit\":-1e300,\"total\":-0.5,\"totalPages\":2147483648}}",
            &page, &error));
        QCOMPARE(page.meta.page, std::numeric_limits<int>::max());
        QCOMPARE(page.meta.limit, std::numeric_limits<int>::min());
        QCOMPARE(page.meta.total, 0);
        QCOMPARE(page.meta.totalPages, std::numeric_limits<int>::max());
    }

    void nestedAnalysisIsQJsonDocumentCompactText()
    {
        const QByteArray nested = "{\"b\":[1.5,1e2,-0.0,1e16,\"q\\\"\\\\\\n\\u0001 \u00e9 \U0001F600\"],"
                                  "\"a\":{\"y\":null,\"x\":true}}";
        CallPage page;
        QString error;
        QVERIFY(CallLogReader::readListBody(
            R"([{"id":"j","created_at":"2026-11-28T10:00:00Z","analysis":{"v":)" + nested + "}}]", &page, &error));
        const AnalysisValue *v = page.calls[0].analysisValue(QStringLiteral("v"));
        QVERIFY(v);
        QCOMPARE(v->type, AnalysisValue::Type::Json);
        QCOMPARE(v->text, QString::fromUtf8(QJsonDocument::fromJson(nested).toJson(QJsonDocument::Compact)));
        QCOMPARE(v->value.toString(), v->text);
    }

    void unreadableFieldsNameTheFirstInKeyOrder()
    {
        CallPage page;
        QString error;
        QVERIFY(CallLogReader::readListBody(
            R"([{"status":5,"id":"w","created_at":"2026-11-28T10:00:00Z","to_number":[],"agent_id":true},)"
            R"({"id":"v","created_at":"2026-11-28T10:00:00Z","status":{"x":1},"duration":-1},)"
            R"({"id":"u","created_at":"2026-11-28T10:00:00Z","duration_seconds":2678401},)"
            R"({"id":"t","created_at":"2026-11-28T10:00:00Z","duration_seconds":"nan?"},)"
            R"({"id":"s","createdAt":"2026-11-28T10:00:00Z","created_at":"2026-13-01T10:00:00Z"},)"
            R"({"id":"","created_at":"2026-11-28T10:00:00Z"},)"
            R"({"id":"r","created_at":"2026-02-30T10:00:00Z"},)"
            R"({"id":"q","created_at":null}])",
            &page, &error));
        QCOMPARE(page.skipped.size(), size_t(8));
        QCOMPARE(page.skipped[0].reason, QStringLiteral("field \"agent_id\" has an unreadable value"));
        QCOMPARE(page.skipped[1].reason, QStringLiteral("field \"duration\" has an unreadable value"));
        QCOMPARE(page.skipped[2].reason, QStringLiteral("field \"duration_seconds\" has an unreadable value"));
        QCOMPARE(page.skipped[3].reason, QStringLiteral("field \"duration_seconds\" has an unreadable value"));
        QCOMPARE(page.skipped[4].reason, QStringLiteral("field \"created_at\" has an unreadable value"));
        QCOMPARE(page.skipped[5].reason, QStringLiteral("record has no id"));
        QCOMPARE(page.skipped[6].reason, QStringLiteral("field \"created_at\" has an unreadable value"));
        QCOMPARE(page.skipped[7].reason, QStringLiteral("field \"created_at\" has an unreadable value"));
        QCOMPARE(page.skipped[7].index, 7);
    }

    void bodiesQJsonDocumentRefuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("invalid UTF-8") << QByteArray("[{\"id\":\"a\xff\",\"created_at\":\"2026-11-28T10:00:00Z\"}]");
        QTest::newRow("overlong UTF-8") << QByteArray("[{\"id\":\"a\xc0\x80\",\"created_at\":\"2026-11-28T10:00:00Z\"}]");
        QTest::newRow("number too large") << QByteArray(R"([{"id":"a","created_at":"2026-11-28T10:00:00Z","duration":1e400}])");
        QTest::newRow("number underflows") << QByteArray(R"([{"id":"a","created_at":"2026-11-28T10:00:00Z","x":1e-400}])");
        QTest::newRow("underflow beside a zero") << QByteArray(R"({"data":[],"meta":{"page":0.0,"x":[2.4703282292062327e-324]}})");
        QTest::newRow("garbage after the body") << QByteArray(R"([] [])");
        QTest::newRow("a number") << QByteArray("42");
        QTest::newRow("too deep") << QByteArray(2000, '[') + QByteArray(2000, ']');
    }

    void bodiesQJsonDocumentRefuses()
    {
        QFETCH(QByteArray, body);
        QJsonParseError pe;
        QJsonDocument::fromJson(body, &pe);
        QVERIFY(pe.error != QJsonParseError::NoError);
        CallPage page;
        QString error;
        QVERIFY(!CallLogReader::readListBody(body, &page, &error));
        QVERIFY2(error.startsWith(QStringLiteral("the response is not JSON")), qPrintable(error));
        CallLog c;
        QVERIFY(!CallLogReader::readCallBody(body, &c, &error));
    }

    void deepButAcceptedNesting()
    {
        // QJsonDocument accepts 1024 levels; simdjson counts objects deeper, the reader must not mind.
        for (int depth : {1000, 1020}) {
            QByteArray open, close;
            for (int i = 0; i < depth; ++i) {
                open += i % 2 ? "[" : "{\"k\":";
                close.prepend(i % 2 ? "]" : "}");
            }
            const QByteArray body = "[{\"id\":\"d\",\"created_at\":\"2026-11-28T10:00:00Z\",\"analysis\":{\"deep\":"
                + open + "1" + close + "}}]";
            CallPage page;
            QString error;
            QVERIFY2(CallLogReader::readListBody(body, &page, &error), qPrintable(error));
            QCOMPARE(page.calls.size(), size_t(1));
            QCOMPARE(page.calls[0].analysis[0].value.text, QString::fromLatin1(open + "1" + close));
        }
    }

    void bodyWithoutSparePaddingAndManyCalls()
    {
        QByteArray json = "[";
        for (int i = 0; i < 3000; ++i)
            json += QByteArray(i ? "," : "") + "{\"id\":\"log_" + QByteArray::number(i % 2500)
                + "\",\"created_at\":\"2026-11-28T10:00:00Z\",\"status\":\"" + (i < 2500 ? "sent" : "completed") + "\"}";
        json += "]";
        CallPage page;
        QString error;
        QVERIFY(CallLogReader::readListBody(QByteArray::fromRawData(json.constData(), json.size()), &page, &error));
        QCOMPARE(page.calls.size(), size_t(2500));
        QCOMPARE(page.duplicates, 500);
        QCOMPARE(page.calls[499].statusText, QStringLiteral("completed")); // the last one wins, in place
        QCOMPARE(page.calls[500].statusText, QStringLiteral("sent"));
    }

    void detailsReadTheSameWays()
    {
        CallDetails d;
        QString error;
        QVERIFY(CallLogReader::readDetailsBody(
            R"({"data":{"id":"x","created_at":"2026-11-28T10:00:00Z","transcript":5,)"
            R"("timeline":[{"event":"","timestamp":"2026-11-28T10:00:00Z"},{"event":"a","timestamp":7},"x",)"
            R"({"event":"b","timestamp":"2026-11-28T10:00:01Z"}]},"transcript":"outer"})",
            &d, &error));
        QVERIFY(d.transcript.isEmpty());
        QCOMPARE(d.timeline.size(), size_t(2));
        QCOMPARE(d.timeline[0].timestampMs, qint64(0));
        QCOMPARE(d.timeline[1].event, QStringLiteral("b"));
        QVERIFY(!CallLogReader::readDetailsBody(R"({"data":{"id":"x"}})", &d, &error));
        QCOMPARE(error, QStringLiteral("record x has no created_at"));
        QVERIFY(!CallLogReader::readDetailsBody("[1]", &d, &error));
        QCOMPARE(error, QStringLiteral("record has no id"));
    }
};

QTEST_GUILESS_MAIN(TestReadersAgree)
#include "tst_readersagree.moc"

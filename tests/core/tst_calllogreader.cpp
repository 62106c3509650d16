// Specification of CallLogReader: every spelling of CALL-LOGS-API.md, and every bad input.
// The two readers compared with each other, and the fuzzers' findings, are in tst_readersagree.
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

class TestCallLogReader : public QObject
{
    Q_OBJECT
private slots:
    void documentedListBody()
    {
        CallPage page;
        QString error;
        QVERIFY(CallLogReader::readListBody(fixture("list-data-meta.json"), &page, &error));
        QCOMPARE(page.calls.size(), size_t(2));
        QVERIFY(page.meta.present);
        QCOMPARE(page.meta.page, 1);
        QCOMPARE(page.meta.limit, 20);
        QCOMPARE(page.meta.total, 150);
        QCOMPARE(page.meta.totalPages, 8);
        const CallLog &c = page.calls[0];
        QCOMPARE(c.id, QStringLiteral("log_8f2a1c"));
        QCOMPARE(c.callId, QStringLiteral("call_5b7e90"));
        QCOMPARE(c.agentId, QStringLiteral("agt_sales01"));
        QCOMPARE(c.status, CallStatus::Completed);
        QCOMPARE(c.group(), StatusGroup::Connected);
        QCOMPARE(c.sentiment, Sentiment::Positive);
        QCOMPARE(c.durationSeconds, 142);
        QCOMPARE(c.recordingUrl, QStringLiteral("https://recordings.dialnexa.com/call_5b7e90.mp3"));
        QCOMPARE(c.createdAt(), utcDateTime(QDate(2026, 11, 28), QTime(14, 3, 7, 123)));
        QCOMPARE(c.endReason, EndReason::UserDisconnected);
        QCOMPARE(c.toNumber, QStringLiteral("+15550100001"));
        QCOMPARE(c.fromNumber, QStringLiteral("+15550199999"));
        QCOMPARE(c.callDirection, QStringLiteral("outbound"));
        QCOMPARE(c.type, QStringLiteral("phone"));
        QCOMPARE(c.campaignId, QStringLiteral("cmp_winter"));
        QVERIFY(c.fallbackSttTranscriberId.isEmpty());

        const CallLog &live = page.calls[1];
        QCOMPARE(live.status, CallStatus::Initiated);
        QCOMPARE(live.group(), StatusGroup::Live);
        QCOMPARE(live.sentiment, Sentiment::None);
        QCOMPARE(live.durationSeconds, -1);
        QCOMPARE(live.endReason, EndReason::None);
        QVERIFY(live.analysis.empty());
    }

    void analysisValuesAreTyped_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        using T = AnalysisValue::Type;
        QTest::newRow("number") << "customer_satisfaction" << int(T::Number) << "8";
        QTest::newRow("boolean") << "issue_resolved" << int(T::Bool) << "true";
        QTest::newRow("enum-like string") << "category" << int(T::String) << "billing";
        QTest::newRow("date") << "follow_up_date" << int(T::Date) << "2026-12-01";
        QTest::newRow("date-time") << "callback_at" << int(T::DateTime) << "2026-11-29T10:30:00.000Z";
        QTest::newRow("html stays text") << "notes" << int(T::String) << "<b>VIP</b> customer";
        QTest::newRow("array as compact json") << "tags" << int(T::Json) << R"(["a","b"])";
        QTest::newRow("object as compact json") << "extra" << int(T::Json) << R"({"k":1})";
        QTest::newRow("null") << "empty" << int(T::Null) << "";
    }

    void analysisValuesAreTyped()
    {
        QFETCH(QString, key);
        QFETCH(int, type);
        QFETCH(QString, text);
        CallPage page;
        QString error;
        QVERIFY(CallLogReader::readListBody(fixture("list-data-meta.json"), &page, &error));
        const AnalysisValue *v = page.calls[0].analysisValue(key);
        QVERIFY(v);
        QCOMPARE(int(v->type), type);
        QCOMPARE(v->text, text);
    }

    void analysisDateTimeValue()
    {
        const AnalysisValue v = CallLogReader::readAnalysisValue(QJsonValue(QStringLiteral("2026-11-29T12:30:00+02:00")));
        QCOMPARE(v.type, AnalysisValue::Type::DateTime);
        QCOMPARE(v.value.toDateTime(), utcDateTime(QDate(2026, 11, 29), QTime(10, 30)));
        const AnalysisValue d = CallLogReader::readAnalysisValue(QJsonValue(QStringLiteral("2026-02-30")));
        QCOMPARE(d.type, AnalysisValue::Type::String); // not a real date: kept as text
    }

    void isoDateTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t = utcDateTime(QDate(2026, 11, 28), QTime(14, 3, 7, 123));
        QTest::newRow("Z with millis") << "2026-11-28T14:03:07.123Z" << true << t;
        QTest::newRow("micros") << "2026-11-28T14:03:07.123456Z" << true << t;
        QTest::newRow("offset") << "2026-11-28T15:03:07.123+01:00" << true << t;
        QTest::newRow("compact offset") << "2026-11-28T09:03:07.123-0500" << true << t;
        QTest::newRow("no seconds") << "2026-11-28T14:03Z" << true
                                    << utcDateTime(QDate(2026, 11, 28), QTime(14, 3));
        QTest::newRow("no zone means UTC") << "2026-11-28T14:03:07.123" << true << t;
        QTest::newRow("date only") << "2026-11-28" << false << QDateTime();
        QTest::newRow("garbage") << "yesterday" << false << QDateTime();
        QTest::newRow("bad month") << "2026-13-28T14:03:07Z" << false << QDateTime();
        QTest::newRow("trailing junk") << "2026-11-28T14:03:07Zjunk" << false << QDateTime();
        QTest::newRow("empty fraction") << "2026-11-28T14:03:07.Z" << false << QDateTime();
    }

    void isoDateTimes()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QDateTime, expected);
        qint64 ms = 0;
        QCOMPARE(CallLogReader::parseIsoDateTime(text, &ms), ok);
        if (ok)
            QCOMPARE(ms, expected.toMSecsSinceEpoch());
    }

    void spellings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("duration");
        QTest::addColumn<QString>("created");
        QTest::newRow("duration_seconds, created_at")
            << QByteArray(R"({"id":"log_1","duration_seconds":30,"created_at":"2026-11-28T10:00:00.000Z"})")
            << 30 << "2026-11-28T10:00:00.000Z";
        QTest::newRow("duration_sec")
            << QByteArray(R"({"id":"log_1","duration_sec":31,"created_at":"2026-11-28T10:00:00.000Z"})")
            << 31 << "2026-11-28T10:00:00.000Z";
        QTest::newRow("duration, createdAt (/calls)")
            << QByteArray(R"({"id":"call_1","duration":32,"createdAt":"2026-11-28T10:00:01.000Z"})")
            << 32 << "2026-11-28T10:00:01.000Z";
        QTest::newRow("duration_seconds wins over duration")
            << QByteArray(R"({"id":"log_1","duration":99,"duration_seconds":33,"created_at":"2026-11-28T10:00:00.000Z"})")
            << 33 << "2026-11-28T10:00:00.000Z";
        QTest::newRow("numeric string duration")
            << QByteArray(R"({"id":"log_1","duration_seconds":"34","created_at":"2026-11-28T10:00:00.000Z"})")
            << 34 << "2026-11-28T10:00:00.000Z";
        QTest::newRow("fractional duration")
            << QByteArray(R"({"id":"log_1","duration_seconds":35.7,"created_at":"2026-11-28T10:00:00.000Z"})")
            << 35 << "2026-11-28T10:00:00.000Z";
        QTest::newRow("no duration")
            << QByteArray(R"({"id":"log_1","created_at":"2026-11-28T10:00:00.000Z"})")
            << -1 << "2026-11-28T10:00:00.000Z";
    }

    void spellings()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, duration);
        QFETCH(QString, created);
        CallLog c;
        QString reason;
        QVERIFY2(CallLogReader::readRecord(QJsonDocument::fromJson(json).object(), &c, &reason),
                 qPrintable(reason));
        QCOMPARE(c.durationSeconds, duration);
        qint64 ms = 0;
        QVERIFY(CallLogReader::parseIsoDateTime(created, &ms));
        QCOMPARE(c.createdAtMs, ms);
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("group");
        using S = CallStatus;
        using G = StatusGroup;
        QTest::newRow("created") << "created" << int(S::Created) << int(G::Live);
        QTest::newRow("initiated") << "initiated" << int(S::Initiated) << int(G::Live);
        QTest::newRow("sent") << "sent" << int(S::Sent) << int(G::Live);
        QTest::newRow("received") << "received" << int(S::Received) << int(G::Live);
        QTest::newRow("completed") << "completed" << int(S::Completed) << int(G::Connected);
        QTest::newRow("did_not_pick") << "did_not_pick" << int(S::DidNotPick) << int(G::NotReached);
        QTest::newRow("busy") << "busy" << int(S::Busy) << int(G::NotReached);
        QTest::newRow("no_answer") << "no_answer" << int(S::NoAnswer) << int(G::NotReached);
        QTest::newRow("no-answer (prose)") << "no-answer" << int(S::NoAnswer) << int(G::NotReached);
        QTest::newRow("voicemail (prose)") << "voicemail" << int(S::Voicemail) << int(G::NotReached);
        QTest::newRow("retry_expired") << "retry_expired" << int(S::RetryExpired) << int(G::NotReached);
        QTest::newRow("failed") << "failed" << int(S::Failed) << int(G::Failed);
        QTest::newRow("cancelled") << "cancelled" << int(S::Cancelled) << int(G::Failed);
        QTest::newRow("invented tomorrow") << "teleported" << int(S::Other) << int(G::Other);
    }

    void statuses()
    {
        QFETCH(QString, raw);
        QFETCH(int, status);
        QFETCH(int, group);
        QJsonObject o = obj(R"({"id":"log_1","created_at":"2026-11-28T10:00:00Z"})");
        o.insert(QStringLiteral("status"), raw);
        CallLog c;
        QString reason;
        QVERIFY(CallLogReader::readRecord(o, &c, &reason));
        QCOMPARE(int(c.status), status);
        QCOMPARE(int(c.group()), group);
        QCOMPARE(c.statusText, raw); // kept as sent, so an unknown one can be shown as-is
    }

    void sentimentsAndEndReasons()
    {
        QCOMPARE(sentimentFromString(QStringLiteral("negative")), Sentiment::Negative);
        QCOMPARE(sentimentFromString(QStringLiteral("unknown")), Sentiment::Unknown);
        QCOMPARE(sentimentFromString(QStringLiteral("ecstatic")), Sentiment::Other);
        QCOMPARE(sentimentFromString(QString()), Sentiment::None);
        QCOMPARE(endReasonFromString(QStringLiteral("system_at_capacity")), EndReason::SystemAtCapacity);
        QCOMPARE(endReasonFromString(QStringLiteral("insufficient_balance")), EndReason::InsufficientBalance);
        QCOMPARE(endReasonFromString(QStringLiteral("eaten_by_grue")), EndReason::Other);
    }

    void bareArrayBody()
    {
        CallPage page;
        QString error;
        QVERIFY(CallLogReader::readListBody(fixture("list-bare-array.json"), &page, &error));
        QVERIFY(!page.meta.present);
        QCOMPARE(page.calls.size(), size_t(2));
        QCOMPARE(page.calls[0].durationSeconds, 61);
        QCOMPARE(page.calls[0].status, CallStatus::NoAnswer);
        QCOMPARE(page.calls[0].sentiment, Sentiment::Unknown);
        QCOMPARE(page.calls[0].callDirection, QStringLiteral("inbound"));
        QCOMPARE(page.calls[1].durationSeconds, 12);
    }

    void dataWithoutMeta()
    {
        CallPage page;
        QString error;
        QVERIFY(CallLogReader::readListBody(R"({"data":[{"id":"log_1","created_at":"2026-11-28T10:00:00Z"}]})", &page, &error));
        QVERIFY(!page.meta.present);
        QCOMPARE(page.calls.size(), size_t(1));
    }

    void badRecordsAreSkippedWithReasons()
    {
        CallPage page;
        QString error;
        QVERIFY(CallLogReader::readListBody(fixture("list-bad-records.json"), &page, &error));
        QCOMPARE(page.skipped.size(), size_t(6));
        QCOMPARE(page.skipped[0].index, 0);
        QVERIFY(page.skipped[0].reason.contains(QStringLiteral("not an object")));
        QVERIFY(page.skipped[1].reason.contains(QStringLiteral("no id")));
        QVERIFY(page.skipped[2].reason.contains(QStringLiteral("\"id\"")));
        QVERIFY(page.skipped[3].reason.contains(QStringLiteral("status")));
        QVERIFY(page.skipped[4].reason.contains(QStringLiteral("duration_seconds")));
        QVERIFY(page.skipped[5].reason.contains(QStringLiteral("created_at")));
        // The readable ones still land; the duplicate id counts once, the last one winning.
        QCOMPARE(page.calls.size(), size_t(2));
        QCOMPARE(page.calls[0].statusText, QStringLiteral("transferred_to_mars"));
        QCOMPARE(page.calls[1].id, QStringLiteral("log_dup"));
        QCOMPARE(page.calls[1].status, CallStatus::Completed);
        QCOMPARE(page.duplicates, 1);
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("truncated") << QByteArray("{\"data\":[{\"id\":\"log_1\",\"created_at\":\"2026-11");
        QTest::newRow("object without data") << QByteArray(R"({"items":[]})");
        QTest::newRow("data not a list") << QByteArray(R"({"data":{"id":"log_1"}})");
        QTest::newRow("a string") << QByteArray(R"("hello")");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3);
    }

    void badBodies()
    {
        QFETCH(QByteArray, body);
        CallPage page;
        QString error;
        QVERIFY(!CallLogReader::readListBody(body, &page, &error));
        QVERIFY(!error.isEmpty());
    }

    void singleCallAndDetails()
    {
        CallLog c;
        QString error;
        QVERIFY(CallLogReader::readCallBody(R"({"id":"log_9","status":"sent","created_at":"2026-11-28T10:00:00Z"})", &c, &error));
        QCOMPARE(c.status, CallStatus::Sent);
        QVERIFY(CallLogReader::readCallBody(R"({"data":{"id":"log_9","created_at":"2026-11-28T10:00:00Z"}})", &c, &error));
        QCOMPARE(c.id, QStringLiteral("log_9"));
        QVERIFY(!CallLogReader::readCallBody("[]", &c, &error));

        CallDetails d;
        QVERIFY(CallLogReader::readDetailsBody(
            "{\"id\":\"log_9\",\"created_at\":\"2026-11-28T10:00:00Z\","
            "\"transcript\":\"Agent: Hi\\nUser: Hello\","
            "\"timeline\":[{\"event\":\"call_started\",\"timestamp\":\"2026-11-28T10:00:00Z\"},"
            "{\"event\":\"call_ended\",\"timestamp\":\"2026-11-28T10:02:00Z\"},{\"bad\":1}]}",
            &d, &error));
        QCOMPARE(d.transcript, QStringLiteral("Agent: Hi\nUser: Hello"));
        QCOMPARE(d.timeline.size(), size_t(2));
        QCOMPARE(d.timeline[1].event, QStringLiteral("call_ended"));
    }

    void wrongTypedAnalysisSkipsTheRecord()
    {
        CallLog c;
        QString reason;
        QVERIFY(!CallLogReader::readRecord(obj(R"({"id":"log_1","created_at":"2026-11-28T10:00:00Z","analysis":"good"})"), &c, &reason));
        QVERIFY(reason.contains(QStringLiteral("analysis")));
        QVERIFY(CallLogReader::readRecord(obj(R"({"id":"log_1","created_at":"2026-11-28T10:00:00Z","analysis":null})"), &c, &reason));
        QVERIFY(c.analysis.empty());
    }
};

QTEST_GUILESS_MAIN(TestCallLogReader)
#include "tst_calllogreader.moc"

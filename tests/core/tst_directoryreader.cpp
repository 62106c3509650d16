// Specification of DirectoryReader: the bodies of /v1/agents and /v1/batch-calls read as
// tolerantly as call logs — a bad record is skipped and counted, unknown fields are ignored,
// either paging shape is accepted, and a body that is not JSON is an error, never a crash.
#include "core/api/DirectoryReader.h"
#include "core/time/Utc.h"

#include <QTest>

using namespace callboard;

class TestDirectoryReader final : public QObject
{
    Q_OBJECT
private slots:
    void agentsWithNullsUnknownFieldsAndBadRecords()
    {
        const QByteArray body = R"({"agents": [
            {"id": "agt_1", "folder_id": null, "current_version": {"title": "Ava", "version_title": "v3", "voice_id": "x"}},
            {"id": "agt_2", "current_version": {"title": null, "version_title": "Ben v2"}},
            {"id": "agt_3"},
            {"id": "", "current_version": {"title": "no id"}},
            {"current_version": {"title": "missing id"}},
            {"id": 42},
            "agt_string",
            {"id": "agt_1", "current_version": {"title": "duplicate"}},
            {"id": "agt_4", "current_version": {"title": 7, "version_title": ["x"]}, "new_field": {"a": 1}}
        ], "extra": true})";
        AgentList list;
        QString error;
        QVERIFY2(DirectoryReader::readAgentsBody(body, &list, &error), qPrintable(error));
        QCOMPARE(list.agents.size(), 4);
        QCOMPARE(list.skipped, 5);
        QCOMPARE(list.agents[0], (AgentInfo{QStringLiteral("agt_1"), QStringLiteral("Ava"), QStringLiteral("v3")}));
        QCOMPARE(list.agents[1].title, QString());
        QCOMPARE(list.agents[1].versionTitle, QStringLiteral("Ben v2"));
        QCOMPARE(list.agents[2], (AgentInfo{QStringLiteral("agt_3"), {}, {}}));
        QCOMPARE(list.agents[3], (AgentInfo{QStringLiteral("agt_4"), {}, {}})); // wrong types: no title
    }

    void agentsAsABareArray()
    {
        AgentList list;
        QVERIFY(DirectoryReader::readAgentsBody(R"([{"id": "agt_1"}])", &list, nullptr));
        QCOMPARE(list.agents.size(), 1);
    }

    void batchesWithCountsDatesAndPaging()
    {
        const QByteArray body = R"({"items": [
            {"id": "batch_1", "title": "Spring outreach", "status": "running", "total_records": 900,
             "total_lead_count": 1000, "sent_lead_count": 400, "picked_up_lead_count": 100,
             "picked_up_calls": 150, "last_call_sent_at": "2026-11-28T14:03:07.123Z",
             "createdAt": "2026-11-27T09:00:00.000Z", "attempt_stages": []},
            {"id": "batch_2", "title": null, "status": "draft", "total_records": 50,
             "picked_up_lead_count": 7, "last_call_sent_at": null, "sent_lead_count": "12"},
            {"id": "batch_3", "total_lead_count": -5, "sent_lead_count": "lots", "createdAt": "yesterday"},
            {"title": "no id"}
        ], "total": 41, "page": 2, "limit": 3})";
        BatchPage page;
        QString error;
        QVERIFY2(DirectoryReader::readBatchesBody(body, &page, &error), qPrintable(error));
        QCOMPARE(page.items.size(), 3);
        QCOMPARE(page.skipped, 1);
        QCOMPARE(page.total, 41);
        QCOMPARE(page.page, 2);
        QCOMPARE(page.limit, 3);
        const BatchInfo &a = page.items[0];
        QCOMPARE(a.title, QStringLiteral("Spring outreach"));
        QCOMPARE(a.totalLeads, 1000);
        QCOMPARE(a.sentLeads, 400);
        QCOMPARE(a.pickedUp, 150); // picked_up_calls wins over the legacy count
        QCOMPARE(a.lastCallSentAt, utcDateTime(QDate(2026, 11, 28), QTime(14, 3, 7, 123)));
        QCOMPARE(a.createdAt, utcDateTime(QDate(2026, 11, 27), QTime(9, 0)));
        const BatchInfo &b = page.items[1];
        QCOMPARE(b.title, QString());
        QCOMPARE(b.totalLeads, 50); // total_records when total_lead_count is missing
        QCOMPARE(b.sentLeads, 12);  // a number sent as a string
        QCOMPARE(b.pickedUp, 7);    // the legacy count when it is the only one
        QVERIFY(!b.lastCallSentAt.isValid());
        const BatchInfo &c = page.items[2];
        QCOMPARE(c.totalLeads, -1);
        QCOMPARE(c.sentLeads, -1);
        QCOMPARE(c.pickedUp, -1);
        QVERIFY(!c.createdAt.isValid());
    }

    void batchesInTheCallLogShape()
    {
        BatchPage page;
        QVERIFY(DirectoryReader::readBatchesBody(
            R"({"data": [{"id": "batch_1"}], "meta": {"page": 1, "limit": 20, "total": 1}})", &page, nullptr));
        QCOMPARE(page.items.size(), 1);
        QCOMPARE(page.total, 1);
        QVERIFY(DirectoryReader::readBatchesBody(R"([])", &page, nullptr));
        QCOMPARE(page.items.size(), 0);
        QCOMPARE(page.total, -1);
    }

    void unreadableBodiesAreErrors()
    {
        AgentList agents;
        BatchPage batches;
        QString error;
        QVERIFY(!DirectoryReader::readAgentsBody("<html>502 Bad Gateway</html>", &agents, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DirectoryReader::readAgentsBody(R"({"agents": "none"})", &agents, &error));
        QVERIFY(!DirectoryReader::readBatchesBody(R"({"items": [{"id": "b")", &batches, &error));
        QVERIFY(!DirectoryReader::readBatchesBody(R"({"total": 3})", &batches, &error));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryReader)
#include "tst_directoryreader.moc"

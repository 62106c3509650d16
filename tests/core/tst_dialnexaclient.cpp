// Specification of DialNexaClient, against the simulator over real loopback HTTP.
#include "SimFixture.h"
#include "core/time/Utc.h"

#include <QTcpServer>

using namespace callboard;
using namespace callboard::test;

namespace {
template <typename R, typename Call>
R await(SimFixture &f, Call call)
{
    R result;
    bool done = false;
    call([&](const R &r) {
        result = r;
        done = true;
    });
    if (!f.waitFor([&] { return done; }))
        qFatal("request did not finish");
    return result;
}

ListResult list(SimFixture &f, const ListQuery &q, bool conditional = true)
{
    return await<ListResult>(f, [&](auto cb) { f.client.listCalls(q, conditional, nullptr, cb); });
}
} // namespace

class TestDialNexaClient : public QObject
{
    Q_OBJECT
private slots:
    void baseUrlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << "https://api.dialnexa.com/v1" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/v1" << true;
        QTest::newRow("http localhost") << "http://localhost:8080/v1" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8080/v1" << true;
        QTest::newRow("http remote") << "http://api.dialnexa.com/v1" << false;
        QTest::newRow("http private lan") << "http://192.168.1.10/v1" << false;
        QTest::newRow("ftp") << "ftp://api.dialnexa.com/v1" << false;
        QTest::newRow("credentials in url") << "https://user:pw@api.dialnexa.com/v1" << false;
        QTest::newRow("not a url") << "not a url" << false;
    }
    void baseUrlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QString error;
        QCOMPARE(DialNexaClient::isAcceptableBaseUrl(QUrl(url), &error), accepted);
        QCOMPARE(error.isEmpty(), accepted);
    }

    void queryCarriesEveryParameter()
    {
        ListQuery q;
        q.page = 3;
        q.limit = 50;
        q.agentIds = {QStringLiteral("agt_1"), QStringLiteral("agt_2")};
        q.statuses = {QStringLiteral("completed")};
        q.sentiments = {QStringLiteral("negative")};
        q.endReasons = {QStringLiteral("user_busy"), QStringLiteral("system_failure")};
        q.startDate = QStringLiteral("2026-11-01");
        q.endDate = QStringLiteral("2026-11-28");
        q.durationMin = 10;
        q.durationMax = 600;
        q.createdAtOrder = ListQuery::Order::Desc;
        q.durationOrder = ListQuery::Order::Asc;
        q.campaignId = QStringLiteral("cmp_1");
        q.batchCallId = QStringLiteral("bat_1");
        QCOMPARE(q.toUrlQuery().toString(QUrl::FullyDecoded),
                 QStringLiteral("page=3&limit=50&agent_id=agt_1,agt_2&status=completed&sentiment=negative"
                                "&start_date=2026-11-01&end_date=2026-11-28&duration_min=10"
                                "&duration_max=600&created_at=desc&duration=asc"
                                "&end_reason=user_busy,system_failure&campaign_id=cmp_1&batch_call_id=bat_1"));
    }

    void pagingReadsEverythingTheServerHas()
    {
        SimFixture f;
        ListQuery q;
        q.limit = 100;
        q.createdAtOrder = ListQuery::Order::Desc;
        QSet<QString> ids;
        int totalPages = 0;
        do {
            const ListResult r = list(f, q, false);
            QVERIFY2(!r.info.error.isError(), qPrintable(r.info.error.toString()));
            QVERIFY(r.page.meta.present);
            totalPages = r.page.meta.totalPages;
            for (const CallLog &c : r.page.calls)
                ids.insert(c.id);
            ++q.page;
        } while (q.page <= totalPages);
        QVERIFY(totalPages > 1);
        QCOMPARE(ids.size(), f.simulator.truth().size());
        QVERIFY(f.client.rateLimit().limit > 0);
        QVERIFY(f.client.rateLimit().remaining >= 0);
    }

    void filtersReachTheServer()
    {
        SimFixture f;
        ListQuery q;
        q.limit = 100;
        q.statuses = {QStringLiteral("completed")};
        q.sentiments = {QStringLiteral("negative")};
        const ListResult r = list(f, q);
        QVERIFY(!r.page.calls.empty());
        for (const CallLog &c : r.page.calls) {
            QCOMPARE(c.status, CallStatus::Completed);
            QCOMPARE(c.sentiment, Sentiment::Negative);
        }
        const QString campaign = f.simulator.campaignIds().first();
        const ListResult byCampaign = await<ListResult>(f, [&](auto cb) {
            f.client.listCampaignCalls(campaign, ListQuery{}, true, nullptr, cb);
        });
        QVERIFY(!byCampaign.page.calls.empty());
        for (const CallLog &c : byCampaign.page.calls)
            QCOMPARE(c.campaignId, campaign);
    }

    void etagMakesRepeatsCheap()
    {
        sim::SimConfig config;
        config.callsPerMinute = 30;
        SimFixture f(config);
        ListQuery q;
        const ListResult first = list(f, q);
        QCOMPARE(first.info.httpStatus, 200);
        const ListResult second = list(f, q);
        QVERIFY(second.info.notModified);
        QCOMPARE(second.info.httpStatus, 304);
        QCOMPARE(second.info.bytes, 0);
        // Without If-None-Match the same query is served whole.
        QCOMPARE(list(f, q, false).info.httpStatus, 200);
        // Time passes, calls arrive: the page changed.
        f.clock.advance(60 * 1000);
        const ListResult third = list(f, q);
        QCOMPARE(third.info.httpStatus, 200);
        QVERIFY(!third.page.calls.empty());
    }

    void oneCallAndItsDetails()
    {
        SimFixture f;
        const QString id = f.simulator.truth().first().toObject().value(QStringLiteral("id")).toString();
        const CallResult one = await<CallResult>(f, [&](auto cb) { f.client.getCall(id, nullptr, cb); });
        QVERIFY(!one.info.error.isError());
        QCOMPARE(one.call.id, id);
        // Find a completed call: it has a transcript and a timeline.
        QString completed;
        for (const QJsonValue &v : f.simulator.truth())
            if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("completed")) {
                completed = v.toObject().value(QStringLiteral("id")).toString();
                break;
            }
        QVERIFY(!completed.isEmpty());
        const DetailsResult d = await<DetailsResult>(f, [&](auto cb) { f.client.getCallDetails(completed, nullptr, cb); });
        QVERIFY2(!d.info.error.isError(), qPrintable(d.info.error.toString()));
        QVERIFY(d.details.transcript.contains(QStringLiteral("Agent:")));
        QVERIFY(d.details.timeline.size() >= 2);
        QCOMPARE(d.details.timeline.front().event, QStringLiteral("call_started"));
    }

    void typedErrors()
    {
        SimFixture f;
        // 404
        const CallResult missing = await<CallResult>(f, [&](auto cb) {
            f.client.getCall(QStringLiteral("log_000000000000000000000000"), nullptr, cb);
        });
        QCOMPARE(missing.info.error.kind, ApiError::Kind::NotFound);
        QVERIFY(!missing.info.error.message.isEmpty());
        // 400 with an array message
        ListQuery tooMany;
        tooMany.limit = 500;
        const ListResult bad = list(f, tooMany);
        QCOMPARE(bad.info.error.kind, ApiError::Kind::BadRequest);
        QCOMPARE(bad.info.error.httpStatus, 400);
        QVERIFY2(bad.info.error.message.contains(QStringLiteral("limit")), qPrintable(bad.info.error.message));
        // A path-injection attempt in an id stays one path segment.
        const CallResult odd = await<CallResult>(f, [&](auto cb) {
            f.client.getCall(QStringLiteral("../call-logs?x=1"), nullptr, cb);
        });
        QVERIFY(odd.info.error.isError());
        QCOMPARE(odd.info.error.kind, ApiError::Kind::BadRequest);
    }

    void authErrorsNeverCarryTheKey()
    {
        SimFixture f;
        const QString wrong = QStringLiteral("wrong_key_SECRET_123456");
        f.client.setApiKey(wrong);
        const ListResult r = list(f, ListQuery{});
        QCOMPARE(r.info.error.kind, ApiError::Kind::Auth);
        QVERIFY(r.info.error.isAuthFailure());
        QVERIFY(!r.info.error.toString().contains(wrong));
        QVERIFY(r.info.error.toString().contains(QStringLiteral("401")));

        f.client.setApiKey(QStringLiteral("forbidden_key_for_tests"));
        const ListResult forbidden = list(f, ListQuery{});
        QCOMPARE(forbidden.info.error.kind, ApiError::Kind::Forbidden);
        QVERIFY(!forbidden.info.error.toString().contains(QStringLiteral("forbidden_key_for_tests")));
    }

    void aKeylessClientSendsNoKeyAndSaysSoWhenOneIsAsked()
    {
        SimFixture f; // the client holds the workspace's key, but keyless sends none of it
        f.client.setKeyless(true);
        const ListResult r = list(f, ListQuery{});
        QCOMPARE(r.info.error.kind, ApiError::Kind::Auth);
        QVERIFY(r.page.calls.empty());
        QVERIFY2(r.info.error.message.contains(QStringLiteral("sends no API key"))
                     && r.info.error.message.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(r.info.error.message));
        f.client.setKeyless(false);
        QVERIFY(!list(f, ListQuery{}).info.error.isError());
    }

    void aCaFileMustHoldACertificate()
    {
        SimFixture f;
        QString error;
        QVERIFY(!f.client.setCaFile(QStringLiteral(CALLBOARD_TEST_DATA "/list-data-meta.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("no PEM certificate")), qPrintable(error));
        QVERIFY(!f.client.setCaFile(QStringLiteral("/nonexistent/ca.pem"), &error));
        QVERIFY(f.client.caFile().isEmpty());
        QVERIFY(f.client.setCaFile(QStringLiteral(CALLBOARD_TEST_DATA "/tls/ca.crt"), &error));
        QCOMPARE(f.client.caFile(), QStringLiteral(CALLBOARD_TEST_DATA "/tls/ca.crt"));
        // The system's CAs still count, and plain loopback http is untouched by it.
        QVERIFY(!list(f, ListQuery{}).info.error.isError());
    }

    void anAnswersAgeComesFromTheCacheInFront()
    {
        sim::SimConfig config;
        config.faults.ageSec = 40;
        SimFixture f(config);
        f.client.markAnswers();
        QCOMPARE(f.client.answersAsOfMs(), qint64(-1));
        const ListResult r = list(f, ListQuery{});
        QCOMPARE(r.info.ageMs, qint64(40000));
        QCOMPARE(f.client.answersAsOfMs(), f.clock.nowMs() - 40000);
    }

    void rateLimitAnswersWithRetryAfter()
    {
        sim::SimConfig config;
        config.rateLimit = 3;
        SimFixture f(config);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!list(f, ListQuery{}, false).info.error.isError());
        QCOMPARE(f.client.rateLimit().remaining, 0);
        const ListResult limited = list(f, ListQuery{}, false);
        QCOMPARE(limited.info.error.kind, ApiError::Kind::RateLimited);
        QVERIFY(limited.info.error.isTransient());
        QVERIFY(limited.info.error.retryAfterSec > 0);
        QVERIFY(limited.info.error.retryAfterSec <= 60);
        f.clock.advance(qint64(limited.info.error.retryAfterSec) * 1000);
        QVERIFY(!list(f, ListQuery{}, false).info.error.isError());
    }

    void retryAfterForms()
    {
        const qint64 now = utcDateTime(QDate(2015, 10, 21), QTime(7, 27, 0)).toMSecsSinceEpoch();
        QCOMPARE(parseRetryAfter("30", now), 30);
        QCOMPARE(parseRetryAfter(" 7 ", now), 7);
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60);
        QCOMPARE(parseRetryAfter("soon", now), -1);
        QCOMPARE(parseRetryAfter("", now), -1);
        QCOMPARE(parseRetryAfter("-5", now), -1);
    }

    void serverFaultsAreTransient_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<int>("kind");
        QTest::newRow("5xx") << "5xx=1" << int(ApiError::Kind::Server);
        QTest::newRow("malformed html") << "malformed=1" << int(ApiError::Kind::Malformed);
        QTest::newRow("truncated body") << "truncated=1" << int(ApiError::Kind::Malformed);
        QTest::newRow("429 burst") << "429" << int(ApiError::Kind::RateLimited);
        QTest::newRow("connection reset") << "reset=1" << int(ApiError::Kind::Network);
    }
    void serverFaultsAreTransient()
    {
        QFETCH(QString, faults);
        QFETCH(int, kind);
        SimFixture f;
        sim::FaultConfig fc;
        QString error;
        QVERIFY(sim::FaultConfig::parse(faults, &fc, &error));
        f.simulator.setFaults(fc);
        const ListResult r = list(f, ListQuery{}, false);
        QCOMPARE(int(r.info.error.kind), kind);
        QVERIFY(r.info.error.isTransient());
        // The fault clears: the same client recovers.
        f.simulator.setFaults({});
        const ListResult ok = list(f, ListQuery{}, false);
        QVERIFY2(!ok.info.error.isError(), qPrintable(ok.info.error.toString()));
    }

    void schemaVariantsAreRead()
    {
        SimFixture f;
        sim::FaultConfig fc;
        fc.durationSec = fc.createdAtCamel = fc.bareArray = true;
        f.simulator.setFaults(fc);
        ListQuery q;
        q.statuses = {QStringLiteral("completed")};
        const ListResult r = list(f, q, false);
        QVERIFY2(!r.info.error.isError(), qPrintable(r.info.error.toString()));
        QVERIFY(!r.page.meta.present);
        QVERIFY(!r.page.calls.empty());
        QVERIFY(r.page.skipped.empty());
        for (const CallLog &c : r.page.calls) {
            QVERIFY(c.durationSeconds >= 0);
            QVERIFY(c.createdAtMs > 0);
        }
    }

    void timeoutIsTyped()
    {
        SimFixture f;
        sim::FaultConfig fc;
        fc.latencyMs = 1500;
        f.simulator.setFaults(fc);
        f.client.setTimeoutMs(200);
        const ListResult r = list(f, ListQuery{}, false);
        QCOMPARE(r.info.error.kind, ApiError::Kind::Timeout);
    }

    void abortedRequestsNeverCallBack()
    {
        SimFixture f;
        QObject stopped, other;
        int stoppedAnswers = 0;
        bool otherDone = false;
        f.client.listCalls(ListQuery{}, false, &stopped, [&](const ListResult &) { ++stoppedAnswers; });
        f.client.getCall(QStringLiteral("call_1"), &stopped, [&](const CallResult &) { ++stoppedAnswers; });
        f.client.listCalls(ListQuery{}, false, &other, [&](const ListResult &) { otherDone = true; });
        QCOMPARE(f.client.inFlight(), 3);
        QCOMPARE(f.client.abortRequests(&stopped), 2);
        QCOMPARE(f.client.inFlight(), 1);
        QCOMPARE(f.client.requestsAborted(), 2);
        QVERIFY(f.waitFor([&] { return otherDone; }));
        // A later request of the same context is answered: only what was in flight is gone.
        const ListResult later = await<ListResult>(f, [&](auto cb) {
            f.client.listCalls(ListQuery{}, false, &stopped, cb);
        });
        QVERIFY(!later.info.error.isError());
        QCOMPARE(stoppedAnswers, 0);
        QCOMPARE(f.client.inFlight(), 0);
        QCOMPARE(f.client.abortRequests(&stopped), 0);
    }

    void unreachableServerIsNetwork()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        SimFixture f;
        f.client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        const ListResult r = list(f, ListQuery{});
        QCOMPARE(r.info.error.kind, ApiError::Kind::Network);
        QVERIFY(r.info.error.isTransient());
    }
};

QTEST_GUILESS_MAIN(TestDialNexaClient)
#include "tst_dialnexaclient.moc"

// The simulator's switchable faults: FaultConfig's parsing of a fault list, then each fault
// as a client sees it over HTTP (errors, bursts, other spellings, broken bodies, resets,
// latency, unknown statuses, an outage).
#include "SimApiFixture.h"

using namespace callboard;
using namespace callboard::sim;
using namespace callboard::simtest;

class TestSimFaults final : public QObject, protected SimApiFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void faultListsParse();
    void badFaultListsAreRejected_data();
    void badFaultListsAreRejected();
    void serverErrorFault();
    void burstFault();
    void bareArrayFault();
    void fieldSpellingFaults();
    void truncatedFault();
    void malformedFault();
    void resetFault();
    void latencyFault();
    void unknownStatusFault();
    void outage();
};

// ---- FaultConfig::parse -------------------------------------------------------------------

void TestSimFaults::faultListsParse()
{
    FaultConfig f;
    QString error;
    QVERIFY(FaultConfig::parse(QStringLiteral("latency=200,5xx=0.3,429,reset=0.1,truncated=0.1,"
                                              "malformed=0.2, duration_sec ,createdAt,bare,"
                                              "unknown_status,"),
                               &f, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(f.latencyMs, 200);
    QCOMPARE(f.serverErrorRatio, 0.3);
    QVERIFY(f.rateLimitBurst);
    QCOMPARE(f.burstRetryAfterSec, 5);
    QCOMPARE(f.resetRatio, 0.1);
    QCOMPARE(f.truncatedRatio, 0.1);
    QCOMPARE(f.malformedRatio, 0.2);
    QVERIFY(f.durationSec && f.createdAtCamel && f.bareArray && f.unknownStatuses);

    QVERIFY(FaultConfig::parse(QStringLiteral("429=12"), &f, &error));
    QVERIFY(f.rateLimitBurst);
    QCOMPARE(f.burstRetryAfterSec, 12);
    QCOMPARE(f.latencyMs, 0); // a parse starts from no faults

    QVERIFY(FaultConfig::parse(QString(), &f, &error));
    QVERIFY(!f.rateLimitBurst);
}

void TestSimFaults::badFaultListsAreRejected_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown") << "latency=10,bogus"
                             << "bogus";
    QTest::newRow("ratio above 1") << "5xx=1.5"
                                   << "5xx";
    QTest::newRow("ratio missing") << "reset"
                                   << "reset";
    QTest::newRow("ratio not a number") << "truncated=lots"
                                        << "truncated";
    QTest::newRow("negative latency") << "latency=-1"
                                      << "latency";
    QTest::newRow("switch with value") << "bare=1"
                                       << "bare";
    QTest::newRow("retry-after zero") << "429=0"
                                      << "429";
}

void TestSimFaults::badFaultListsAreRejected()
{
    QFETCH(QString, list);
    QFETCH(QString, named);
    FaultConfig f;
    f.latencyMs = 77;
    QString error;
    QVERIFY(!FaultConfig::parse(list, &f, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QCOMPARE(f.latencyMs, 77); // untouched on failure
}

// ---- Faults -------------------------------------------------------------------------------

void TestSimFaults::serverErrorFault()
{
    FaultConfig f;
    f.serverErrorRatio = 1.0;
    m_sim->setFaults(f);
    QSet<int> statuses;
    for (int i = 0; i < 12; ++i) {
        const HttpResult r = get(QStringLiteral("/call-logs"));
        QVERIFY2(r.status == 500 || r.status == 502 || r.status == 503,
                 qPrintable(QString::number(r.status)));
        QCOMPARE(at(r.object(), "statusCode").toInt(), r.status);
        QVERIFY(r.object().contains(QStringLiteral("message")) &&
                r.object().contains(QStringLiteral("error")));
        statuses.insert(r.status);
    }
    QVERIFY(statuses.size() > 1);
    QCOMPARE(m_server->stats().errors5xx, 12);
    m_sim->setFaults({});
    QCOMPARE(get(QStringLiteral("/call-logs")).status, 200);
}

void TestSimFaults::burstFault()
{
    FaultConfig f;
    QVERIFY(FaultConfig::parse(QStringLiteral("429=7"), &f, nullptr));
    m_sim->setFaults(f);
    const HttpResult r = get(QStringLiteral("/call-logs"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
    m_clock->advance(10 * 60 * 1000); // a burst lasts while it is switched on, whatever the time
    QCOMPARE(get(QStringLiteral("/call-logs")).status, 429);
    m_sim->setFaults({});
    QCOMPARE(get(QStringLiteral("/call-logs")).status, 200);
}

void TestSimFaults::bareArrayFault()
{
    FaultConfig f;
    f.bareArray = true;
    m_sim->setFaults(f);
    const HttpResult list = get(QStringLiteral("/call-logs?limit=5&page=2"));
    QCOMPARE(list.status, 200);
    const QJsonDocument doc = QJsonDocument::fromJson(list.body);
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 5);
    QCOMPARE(doc.array().first(), m_sim->truth().at(5));
    const QString id = text(m_sim->truth().first().toObject(), "id");
    QVERIFY(QJsonDocument::fromJson(get(QStringLiteral("/call-logs/") + id).body).isObject());
}

void TestSimFaults::fieldSpellingFaults()
{
    FaultConfig f;
    f.durationSec = true;
    f.createdAtCamel = true;
    m_sim->setFaults(f);
    const QJsonObject canonical = m_sim->truth().first().toObject();
    const auto check = [&canonical](const QJsonObject &served) {
        QVERIFY(!served.contains(QStringLiteral("duration_seconds")));
        QVERIFY(!served.contains(QStringLiteral("created_at")));
        QCOMPARE(at(served, "duration_sec"), at(canonical, "duration_seconds"));
        QCOMPARE(at(served, "createdAt"), at(canonical, "created_at"));
    };
    check(get(QStringLiteral("/call-logs?limit=1")).data().first().toObject());
    const QString id = text(canonical, "id");
    check(get(QStringLiteral("/call-logs/") + id).object());
    check(get(QStringLiteral("/call-logs/%1/details").arg(id)).object());
    QVERIFY(canonical.contains(QStringLiteral("created_at"))); // truth keeps the documented names
    // Filters still work on the renamed fields.
    QVERIFY(
        !get(QStringLiteral("/call-logs?duration_min=1&start_date=2026-11-28")).data().isEmpty());
}

void TestSimFaults::truncatedFault()
{
    const QByteArray whole = get(QStringLiteral("/call-logs?limit=10")).body;
    FaultConfig f;
    f.truncatedRatio = 1.0;
    m_sim->setFaults(f);
    const HttpResult r = get(QStringLiteral("/call-logs?limit=10"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError); // the body is complete as far as HTTP knows
    QCOMPARE(r.header("Content-Length"), QByteArray::number(r.body.size()));
    QCOMPARE(r.body, whole.left(whole.size() / 2));
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSimFaults::malformedFault()
{
    FaultConfig f;
    f.malformedRatio = 1.0;
    m_sim->setFaults(f);
    const HttpResult r = get(QStringLiteral("/call-logs"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QCOMPARE(r.body, QByteArray("<html><body>502 Bad Gateway</body></html>"));
    // Errors stay JSON: the fault only replaces bodies that would have been data.
    QCOMPARE(get(QStringLiteral("/call-logs?limit=0")).status, 400);
}

void TestSimFaults::resetFault()
{
    FaultConfig f;
    f.resetRatio = 1.0;
    m_sim->setFaults(f);
    for (int i = 0; i < 3; ++i) {
        const HttpResult r = get(QStringLiteral("/call-logs"));
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.status)));
        QCOMPARE(r.status, 0);
    }
    QVERIFY(m_server->stats().connectionsReset >= 3);
    QCOMPARE(m_server->stats().requests, 0); // never reached HTTP

    // While resets are on, every answer closes its connection, so keep-alive cannot carry
    // later requests past the fault.
    f.resetRatio = 0.5;
    m_sim->setFaults(f);
    int failures = 0, successes = 0;
    for (int i = 0; i < 24; ++i) {
        const HttpResult r = get(QStringLiteral("/call-logs?limit=1"));
        if (r.status == 200) {
            ++successes;
            QCOMPARE(r.header("Connection").toLower(), QByteArray("close"));
        } else {
            ++failures;
        }
    }
    QVERIFY(successes > 0);
    QVERIFY(failures > 0);

    m_sim->setFaults({});
    QCOMPARE(get(QStringLiteral("/call-logs")).status, 200);
}

void TestSimFaults::latencyFault()
{
    // The delay runs on the fixture's ManualClock: an answer goes out exactly when 300 ms of
    // virtual time have passed, and the test spends no wall time waiting for it. The only real
    // waits are for loopback I/O: a request reaching the server, an answer reaching the client.
    m_server->setLatencyClock(m_clock.get());
    FaultConfig f;
    f.latencyMs = 300;
    m_sim->setFaults(f);
    auto send = [&](const QString &pathAndQuery) {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + pathAndQuery));
        request.setRawHeader("Authorization", "Bearer " + apiKey());
        return std::unique_ptr<QNetworkReply>(m_nam->get(request));
    };
    auto heldReach = [&](int n) { return QTest::qWaitFor([&] { return m_server->heldAnswers() == n; }, 10000); };
    auto arrived = [](QNetworkReply *reply) {
        return reply->isFinished() || QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
    };
    auto dataSize = [](QNetworkReply *reply) {
        return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toArray().size();
    };

    std::unique_ptr<QNetworkReply> reply = send(QStringLiteral("/call-logs?limit=3"));
    QVERIFY(heldReach(1));
    m_clock->advance(299);
    QCoreApplication::processEvents(); // an answer sent early would be on its way now
    QCOMPARE(m_server->heldAnswers(), 1);
    QVERIFY(!reply->isFinished());
    m_clock->advance(1);
    QCOMPARE(m_server->heldAnswers(), 0);
    QVERIFY(arrived(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(dataSize(reply.get()), 3);

    // Several delayed answers in flight at once all arrive, each to its own request.
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int limit = 1; limit <= 4; ++limit)
        replies.push_back(send(QStringLiteral("/call-logs?limit=%1").arg(limit)));
    QVERIFY(heldReach(4));
    m_clock->advance(300);
    QCOMPARE(m_server->heldAnswers(), 0);
    for (int i = 0; i < 4; ++i) {
        QNetworkReply *r = replies[size_t(i)].get();
        QVERIFY(arrived(r));
        QCOMPARE(dataSize(r), i + 1);
    }

    // A client that gives up before its delayed answer leaves the server unharmed: the
    // abandoned answer goes out to nobody, and the next delayed request is answered.
    std::unique_ptr<QNetworkReply> abandoned = send(QStringLiteral("/call-logs"));
    QVERIFY(heldReach(1));
    abandoned->abort();
    QVERIFY(abandoned->isFinished());
    QVERIFY(abandoned->error() != QNetworkReply::NoError);
    QCoreApplication::processEvents(); // the server sees the connection close
    m_clock->advance(300);
    QCOMPARE(m_server->heldAnswers(), 0);
    std::unique_ptr<QNetworkReply> next = send(QStringLiteral("/call-logs?limit=1"));
    QVERIFY(heldReach(1));
    m_clock->advance(300);
    QVERIFY(arrived(next.get()));
    QCOMPARE(next->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    m_sim->setFaults({});
    QCOMPARE(get(QStringLiteral("/call-logs?limit=1")).status, 200);
}

void TestSimFaults::unknownStatusFault()
{
    m_clock->advance(60 * 1000);
    const QJsonArray plain = m_sim->truth();
    FaultConfig f;
    f.unknownStatuses = true;
    m_sim->setFaults(f);
    const QJsonArray odd = m_sim->truth();
    QCOMPARE(idsOf(odd), idsOf(plain)); // the same calls, only statuses differ
    int invented = 0, final = 0;
    for (int i = 0; i < odd.size(); ++i) {
        const QString before = text(plain[i].toObject(), "status");
        const QString after = text(odd[i].toObject(), "status");
        if (LiveStatuses.contains(before)) {
            QCOMPARE(after, before); // only final statuses are replaced
            continue;
        }
        ++final;
        if (!DocumentedStatuses.contains(after))
            ++invented;
        else
            QCOMPARE(after, before);
    }
    const double share = double(invented) / final;
    QVERIFY2(share > 0.05 && share < 0.15, qPrintable(QString::number(share)));
    const QJsonArray served = allPages(QStringLiteral("/call-logs"), QString());
    QCOMPARE(served, odd);
    m_sim->setFaults({});
    QCOMPARE(m_sim->truth(), plain);
}

void TestSimFaults::outage()
{
    m_server->setAvailable(false);
    const HttpResult r = get(QStringLiteral("/call-logs"));
    QCOMPARE(r.status, 503);
    QCOMPARE(
        r.body,
        QByteArray(
            R"({"statusCode":503,"message":"Service Unavailable","error":"Service Unavailable"})"));
    m_server->setAvailable(true);
    QCOMPARE(get(QStringLiteral("/call-logs")).status, 200);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"

// The simulator's HTTP server around the routes: API keys, validation errors, 404s, ETags,
// the rate limiter's 429s, the request statistics, and the recordings it serves.
#include "SimApiFixture.h"
#include "sim/SimRecording.h"

using namespace callboard;
using namespace callboard::sim;
using namespace callboard::simtest;

class TestSimHttpServer final : public QObject, protected SimApiFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void missingWrongAndForbiddenKeys();
    void validationErrorsListEveryProblem();
    void unknownIdsAndPathsAre404();
    void etagGivesNotModifiedUntilSomethingChanges();
    void rateLimitAnswers429UntilTheWindowEnds();
    void statsCountWhatWasServed();
    void recordingsAreWavFilesServedInRanges();
};

void TestSimHttpServer::missingWrongAndForbiddenKeys()
{
    const QByteArray unauthorized =
        R"({"statusCode":401,"message":"Invalid API key","error":"Unauthorized"})";
    HttpResult r = getWithKey(QStringLiteral("/call-logs"), QByteArray());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body, unauthorized);
    QVERIFY(!r.header("X-RateLimit-Limit").isEmpty());

    r = getWithKey(QStringLiteral("/call-logs"), "not_the_key");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body, unauthorized);

    r = getWithKey(QStringLiteral("/call-logs/log_000000000000000000000000"), "forbidden_key");
    QCOMPARE(r.status, 403);
    QCOMPARE(at(r.object(), "statusCode").toInt(), 403);
    QCOMPARE(text(r.object(), "error"), QStringLiteral("Forbidden"));
    QVERIFY(at(r.object(), "message").isString());
}

void TestSimHttpServer::validationErrorsListEveryProblem()
{
    const QList<QPair<QString, QString>> cases = {
        {QStringLiteral("limit=101"), QStringLiteral("limit must not be greater than 100")},
        {QStringLiteral("limit=0"), QStringLiteral("limit must not be less than 1")},
        {QStringLiteral("page=0"), QStringLiteral("page must not be less than 1")},
        {QStringLiteral("page=two"), QStringLiteral("page must be an integer number")},
        {QStringLiteral("created_at=newest"),
         QStringLiteral("created_at must be one of the following values: asc, desc")},
        {QStringLiteral("duration=long"),
         QStringLiteral("duration must be one of the following values: asc, desc")},
        {QStringLiteral("start_date=28/11/2026"),
         QStringLiteral("start_date must be a valid ISO 8601 date string")},
        {QStringLiteral("end_date=2026-13-01"),
         QStringLiteral("end_date must be a valid ISO 8601 date string")},
        {QStringLiteral("duration_min=-5"), QStringLiteral("duration_min must not be less than 0")},
        {QStringLiteral("sentiment=happy"),
         QStringLiteral("each value in sentiment must be one of the following values: positive, "
                        "neutral, negative, unknown")},
    };
    for (const auto &[query, message] : cases) {
        const HttpResult r = get(QStringLiteral("/call-logs?") + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(at(r.object(), "statusCode").toInt(), 400);
        QCOMPARE(text(r.object(), "error"), QStringLiteral("Bad Request"));
        QCOMPARE(at(r.object(), "message").toArray(), QJsonArray::fromStringList({message}));
    }
    const HttpResult several = get(QStringLiteral("/call-logs/campaign/%1?limit=500&created_at=up")
                                       .arg(m_sim->campaignIds().first()));
    QCOMPARE(several.status, 400);
    QCOMPARE(at(several.object(), "message").toArray().size(), 2);

    const HttpResult badId = get(QStringLiteral("/call-logs/12345"));
    QCOMPARE(badId.status, 400);
    QVERIFY(at(badId.object(), "message").isString());
}

void TestSimHttpServer::unknownIdsAndPathsAre404()
{
    HttpResult r = get(QStringLiteral("/call-logs/log_ffffffffffffffffffffffff"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body,
             QByteArray(R"({"statusCode":404,"message":"Call not found","error":"Not Found"})"));
    QCOMPARE(get(QStringLiteral("/call-logs/call_ffffffffffffffffffffffff/details")).status, 404);

    const QUrl base = m_server->baseUrl();
    for (const QString &path :
         {QStringLiteral("/v1/calls-logs"), QStringLiteral("/"),
          QStringLiteral("/v1/call-logs/log_x/details/more"), QStringLiteral("/v2/call-logs")}) {
        QUrl url = base;
        url.setPath(path);
        r = getUrl(url, apiKey());
        QCOMPARE(r.status, 404);
        QCOMPARE(at(r.object(), "statusCode").toInt(), 404);
        QCOMPARE(text(r.object(), "error"), QStringLiteral("Not Found"));
    }
}

void TestSimHttpServer::etagGivesNotModifiedUntilSomethingChanges()
{
    const QString query = QStringLiteral("/call-logs?limit=50");
    const HttpResult first = get(query);
    const QByteArray etag = first.header("ETag");
    QVERIFY(QRegularExpression(QStringLiteral("^\"[0-9a-f]{16,}\"$"))
                .match(QString::fromLatin1(etag))
                .hasMatch());
    QCOMPARE(get(query).header("ETag"), etag); // same data, same tag

    const QUrl url(m_server->baseUrl().toString() + query);
    HttpResult again = getUrl(url, apiKey(), {{"If-None-Match", etag}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.header("ETag"), etag);
    QVERIFY(!again.header("X-RateLimit-Remaining").isEmpty());
    QCOMPARE(m_server->stats().notModified304, 1);

    // Virtual time passes; as soon as anything in the first 50 calls moves, a full answer.
    int seconds = 0;
    do {
        m_clock->advance(1000);
        ++seconds;
        again = getUrl(url, apiKey(), {{"If-None-Match", etag}});
    } while (again.status == 304 && seconds < 120);
    QCOMPARE(again.status, 200);
    QVERIFY(again.header("ETag") != etag);
    QVERIFY(!again.data().isEmpty());
}

void TestSimHttpServer::rateLimitAnswers429UntilTheWindowEnds()
{
    SimConfig config;
    config.rateLimit = 5;
    config.rateWindowSec = 60;
    makeSim(config);
    const QByteArray windowEnd = QByteArray::number(Start.toSecsSinceEpoch() + 60);
    for (int i = 1; i <= 5; ++i) {
        const HttpResult r = get(QStringLiteral("/call-logs?limit=1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("5"));
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray::number(5 - i));
        QCOMPARE(r.header("X-RateLimit-Reset"), windowEnd);
    }
    HttpResult r = get(QStringLiteral("/call-logs?limit=1"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("60"));
    QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
    QCOMPARE(at(r.object(), "statusCode").toInt(), 429);
    // Another key has its own budget (and is simply not valid).
    QCOMPARE(getWithKey(QStringLiteral("/call-logs"), "someone_else").status, 401);

    m_clock->advance(45 * 1000);
    r = get(QStringLiteral("/call-logs?limit=1"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("15"));

    m_clock->advance(15 * 1000);
    r = get(QStringLiteral("/call-logs?limit=1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("4"));
    QCOMPARE(r.header("X-RateLimit-Reset"), QByteArray::number(Start.toSecsSinceEpoch() + 120));
    QCOMPARE(m_server->stats().rateLimited429, 2);
}

void TestSimHttpServer::statsCountWhatWasServed()
{
    m_server->resetStats();
    get(QStringLiteral("/call-logs"));
    get(QStringLiteral("/call-logs?limit=1000"));
    getWithKey(QStringLiteral("/call-logs"), QByteArray());
    m_server->setAvailable(false);
    get(QStringLiteral("/call-logs"));
    const SimStats s = m_server->stats();
    QCOMPARE(s.requests, 4);
    QCOMPARE(s.ok200, 1);
    QCOMPARE(s.errors4xx, 2);
    QCOMPARE(s.errors5xx, 1);
    QCOMPARE(s.rateLimited429, 0);
    QVERIFY(s.bytesSent > 1000);
    m_server->resetStats();
    QCOMPARE(m_server->stats().requests, 0);
}

void TestSimHttpServer::recordingsAreWavFilesServedInRanges()
{
    sim::SimConfig config;
    config.seed = 42;
    config.localRecordings = true;
    makeSim(config);
    QJsonObject answered;
    for (const QJsonValue &v : m_sim->truth())
        if (text(v.toObject(), "status") == QLatin1String("completed"))
            answered = v.toObject();
    QVERIFY(!answered.isEmpty());
    const QString callId = text(answered, "call_id");
    const QUrl url(text(answered, "recording_url"));
    QCOMPARE(url, QUrl(QStringLiteral("http://127.0.0.1:%1/recordings/%2.wav")
                           .arg(m_server->port())
                           .arg(callId)));
    // /details and the single call say the same.
    QCOMPARE(text(get(QStringLiteral("/call-logs/") + callId).object(), "recording_url"),
             url.toString());

    // No key needed, as for a storage link; the same call gives the same bytes.
    HttpResult r = getUrl(url, QByteArray());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("audio/wav"));
    QCOMPARE(r.header("Accept-Ranges"), QByteArray("bytes"));
    QVERIFY(r.body.startsWith("RIFF") && r.body.mid(8, 4) == "WAVE");
    QCOMPARE(r.body, m_sim->recordingWav(callId));
    // As long as the call: call_started to call_ended, 8000 one-byte samples a second.
    const QJsonArray timeline = m_sim->call(callId, true).value(QStringLiteral("timeline")).toArray();
    auto at = [&timeline](int i) {
        return QDateTime::fromString(text(timeline.at(i).toObject(), "timestamp"), Qt::ISODateWithMs)
            .toMSecsSinceEpoch();
    };
    QCOMPARE(sim::simRecordingDurationMs(r.body), at(2) - at(0));
    QCOMPARE(r.body.size(), 44 + (at(2) - at(0)) * 8);

    r = getUrl(url, QByteArray(), {{"Range", "bytes=40-47"}});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, m_sim->recordingWav(callId).mid(40, 8));
    QCOMPARE(r.header("Content-Range"),
             "bytes 40-47/" + QByteArray::number(m_sim->recordingWav(callId).size()));
    r = getUrl(url, QByteArray(), {{"Range", "bytes=100-"}});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, m_sim->recordingWav(callId).mid(100));
    r = getUrl(url, QByteArray(), {{"Range", "bytes=99999999-"}});
    QCOMPARE(r.status, 416);

    QUrl missing = url;
    missing.setPath(QStringLiteral("/recordings/call_nobody.wav"));
    QCOMPARE(getUrl(missing, QByteArray()).status, 404);
    // Without localRecordings the links are the unreachable https ones, as before.
    config.localRecordings = false;
    makeSim(config);
    QCOMPARE(text(m_sim->call(callId, false), "recording_url"),
             QStringLiteral("https://recordings.example.invalid/%1.mp3").arg(callId));
}

QTEST_GUILESS_MAIN(TestSimHttpServer)
#include "tst_simhttpserver.moc"

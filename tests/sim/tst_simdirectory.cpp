// The simulator's directory: /v1/agents and /v1/batch-calls served over real loopback HTTP in
// the OpenAPI shapes, with the awkward titles a real workspace has, batch counts that follow
// the calls made (in virtual time), ETags, and the fault that answers them 403.
#include "core/time/Clock.h"
#include "sim/SimConfig.h"
#include "sim/SimServer.h"
#include "sim/Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace callboard;
using namespace callboard::sim;

namespace {

const QDateTime Start(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::utc());

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array(const char *key) const { return object().value(QLatin1String(key)).toArray(); }
};

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

class TestSimDirectory final : public QObject
{
    Q_OBJECT

private slots:
    void init() { makeSim({}); }
    void cleanup();

    void agentsAreListedInTheOpenApiShape();
    void agentTitlesHaveTheAwkwardCases();
    void batchesArePagedAndFilteredByStatus();
    void badPagingIsA400Envelope();
    void callLogsCarryTheirBatch();
    void batchCountsFollowTheCallsMade();
    void etagGivesNotModifiedUntilABatchMoves();
    void keyAndRateLimitApplyAsOnCallLogs();
    void directory403FaultSparesTheCallLogs();

private:
    void makeSim(const FaultConfig &faults);
    HttpResult get(const QString &pathAndQuery, const QByteArray &etag = {},
                   const QByteArray &key = {});
    QJsonObject batchById(const QString &id);
    // Checks every batch's counts against the calls the workspace made; fills *sentByBatch.
    void expectCountsMatchTruth(QHash<QString, int> *sentByBatch);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestSimDirectory::cleanup()
{
    m_nam.reset();
    m_server.reset();
    m_sim.reset();
    m_clock.reset();
}

void TestSimDirectory::makeSim(const FaultConfig &faults)
{
    cleanup();
    SimConfig config;
    config.seed = 7;
    config.rateLimit = 1000000;
    config.faults = faults;
    m_clock = std::make_unique<ManualClock>(Start);
    m_sim = std::make_unique<Simulator>(m_clock.get(), config);
    m_server = std::make_unique<SimServer>(m_sim.get());
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

HttpResult TestSimDirectory::get(const QString &pathAndQuery, const QByteArray &etag,
                                 const QByteArray &key)
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + pathAndQuery));
    request.setTransferTimeout(15000);
    request.setRawHeader("Authorization",
                         "Bearer " + (key.isEmpty() ? m_sim->config().apiKey.toUtf8() : key));
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000); // real loopback I/O; no simulated time passes here
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    return r;
}

QJsonObject TestSimDirectory::batchById(const QString &id)
{
    for (const QJsonValue &v : get(QStringLiteral("/batch-calls?limit=100")).array("items"))
        if (text(v.toObject(), "id") == id)
            return v.toObject();
    return {};
}

void TestSimDirectory::agentsAreListedInTheOpenApiShape()
{
    const HttpResult r = get(QStringLiteral("/agents"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonArray agents = r.array("agents");
    QVERIFY(agents.size() >= m_sim->agentIds().size());
    QSet<QString> listed;
    for (const QJsonValue &v : agents) {
        const QJsonObject a = v.toObject();
        listed.insert(text(a, "id"));
        const QJsonObject version = a.value(QLatin1String("current_version")).toObject();
        QCOMPARE(text(version, "agent_id"), text(a, "id"));
        QVERIFY(version.contains(QLatin1String("title")));
        QVERIFY(version.contains(QLatin1String("version_title")));
        QVERIFY(a.value(QLatin1String("versions")).isArray());
    }
    // Every agent that makes calls is listed, titled as the workspace names it (or, for the
    // one without a title, by its version title).
    for (const QString &id : m_sim->agentIds()) {
        QVERIFY2(listed.contains(id), qPrintable(id));
        for (const QJsonValue &v : agents) {
            const QJsonObject version = v.toObject().value(QLatin1String("current_version")).toObject();
            if (text(v.toObject(), "id") != id)
                continue;
            const QString title = text(version, "title");
            QVERIFY(title.startsWith(m_sim->agentName(id))
                    || text(version, "version_title") == m_sim->agentName(id));
        }
    }
}

void TestSimDirectory::agentTitlesHaveTheAwkwardCases()
{
    int nullTitles = 0;
    int longTitles = 0;
    int markup = 0;
    QHash<QString, int> titleUses;
    for (const QJsonValue &v : get(QStringLiteral("/agents")).array("agents")) {
        const QJsonObject version = v.toObject().value(QLatin1String("current_version")).toObject();
        const QJsonValue title = version.value(QLatin1String("title"));
        if (title.isNull()) {
            ++nullTitles;
            QVERIFY(!text(version, "version_title").isEmpty()); // the fallback exists
            continue;
        }
        if (title.toString().size() > 80)
            ++longTitles;
        if (title.toString() == QLatin1String("<b>VIP</b> line"))
            ++markup;
        ++titleUses[title.toString()];
    }
    QCOMPARE(nullTitles, 1);
    QCOMPARE(longTitles, 1);
    QCOMPARE(markup, 1);
    int shared = 0;
    for (int uses : std::as_const(titleUses))
        if (uses > 1)
            ++shared;
    QCOMPARE(shared, 1);
}

void TestSimDirectory::batchesArePagedAndFilteredByStatus()
{
    const HttpResult all = get(QStringLiteral("/batch-calls"));
    QCOMPARE(all.status, 200);
    const QJsonObject body = all.object();
    const int total = body.value(QLatin1String("total")).toInt();
    QCOMPARE(total, 4);
    QCOMPARE(body.value(QLatin1String("page")).toInt(), 1);
    QCOMPARE(body.value(QLatin1String("limit")).toInt(), 20);
    QCOMPARE(all.array("items").size(), total);
    for (const QJsonValue &v : all.array("items")) {
        const QJsonObject b = v.toObject();
        QVERIFY(text(b, "id").startsWith(QLatin1String("batch_")));
        QVERIFY(!text(b, "title").isEmpty());
        for (const char *key : {"total_lead_count", "sent_lead_count", "picked_up_calls",
                                "total_records"})
            QVERIFY2(b.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(QDateTime::fromString(text(b, "createdAt"), Qt::ISODateWithMs).isValid());
    }

    const HttpResult page2 = get(QStringLiteral("/batch-calls?limit=3&page=2"));
    QCOMPARE(page2.array("items").size(), 1);
    QCOMPARE(page2.object().value(QLatin1String("total")).toInt(), 4);
    QCOMPARE(page2.object().value(QLatin1String("page")).toInt(), 2);
    QCOMPARE(text(page2.array("items").first().toObject(), "id"),
             text(all.array("items").last().toObject(), "id"));

    const HttpResult completed = get(QStringLiteral("/batch-calls?status=completed"));
    QCOMPARE(completed.array("items").size(), 1);
    QCOMPARE(text(completed.array("items").first().toObject(), "status"),
             QStringLiteral("completed"));
    QCOMPARE(get(QStringLiteral("/batch-calls?status=running,completed")).array("items").size(), 4);
    QCOMPARE(get(QStringLiteral("/batch-calls?status=paused")).array("items").size(), 0);
}

void TestSimDirectory::badPagingIsA400Envelope()
{
    const HttpResult r = get(QStringLiteral("/batch-calls?limit=0&page=x"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QLatin1String("statusCode")).toInt(), 400);
    QCOMPARE(r.object().value(QLatin1String("message")).toArray().size(), 2);
    QCOMPARE(text(r.object(), "error"), QStringLiteral("Bad Request"));
}

void TestSimDirectory::callLogsCarryTheirBatch()
{
    QSet<QString> batchIds;
    for (const QJsonValue &v : get(QStringLiteral("/batch-calls")).array("items"))
        batchIds.insert(text(v.toObject(), "id"));
    int withBatch = 0;
    for (const QJsonValue &v : m_sim->truth()) {
        const QJsonObject call = v.toObject();
        if (text(call, "campaign_id").isEmpty()) {
            QVERIFY(!call.contains(QLatin1String("batch_call_id")));
            continue;
        }
        QVERIFY2(batchIds.contains(text(call, "batch_call_id")), qPrintable(text(call, "id")));
        ++withBatch;
    }
    QVERIFY(withBatch > 100);
}

void TestSimDirectory::expectCountsMatchTruth(QHash<QString, int> *sentByBatch)
{
    QHash<QString, int> &sent = *sentByBatch;
    QHash<QString, int> pickedUp;
    QHash<QString, QString> newest;
    for (const QJsonValue &v : m_sim->truth()) {
        const QJsonObject call = v.toObject();
        const QString batch = text(call, "batch_call_id");
        if (batch.isEmpty())
            continue;
        ++sent[batch];
        if (text(call, "status") == QLatin1String("completed"))
            ++pickedUp[batch];
        newest[batch] = qMax(newest.value(batch), text(call, "created_at"));
    }
    QVERIFY(!sent.isEmpty());
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        const QJsonObject b = batchById(it.key());
        QCOMPARE(b.value(QLatin1String("sent_lead_count")).toInt(), it.value());
        QCOMPARE(b.value(QLatin1String("picked_up_calls")).toInt(), pickedUp.value(it.key()));
        QCOMPARE(text(b, "last_call_sent_at"), newest.value(it.key()));
        QVERIFY(b.value(QLatin1String("total_lead_count")).toInt() >= it.value());
    }
}

void TestSimDirectory::batchCountsFollowTheCallsMade()
{
    QHash<QString, int> before;
    expectCountsMatchTruth(&before);
    if (QTest::currentTestFailed())
        return;
    m_clock->advance(20 * 60 * 1000);
    QHash<QString, int> after;
    expectCountsMatchTruth(&after);
    if (QTest::currentTestFailed())
        return;
    int grown = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (after.value(it.key()) > it.value())
            ++grown;
    QVERIFY(grown > 0);
}

void TestSimDirectory::etagGivesNotModifiedUntilABatchMoves()
{
    const HttpResult agents = get(QStringLiteral("/agents"));
    QVERIFY(!agents.header("ETag").isEmpty());
    m_clock->advance(60 * 60 * 1000);
    const HttpResult agentsAgain = get(QStringLiteral("/agents"), agents.header("ETag"));
    QCOMPARE(agentsAgain.status, 304); // agents do not change with time
    QVERIFY(agentsAgain.body.isEmpty());

    const HttpResult batches = get(QStringLiteral("/batch-calls"));
    const QByteArray etag = batches.header("ETag");
    QVERIFY(!etag.isEmpty());
    QCOMPARE(get(QStringLiteral("/batch-calls"), etag).status, 304);
    int status = 304;
    int seconds = 0;
    while (status == 304 && seconds < 600) {
        m_clock->advance(10 * 1000);
        seconds += 10;
        status = get(QStringLiteral("/batch-calls"), etag).status;
    }
    QCOMPARE(status, 200); // a call was made: a count moved, and the tag with it
}

void TestSimDirectory::keyAndRateLimitApplyAsOnCallLogs()
{
    const HttpResult wrongKey = get(QStringLiteral("/agents"), {}, "nope");
    QCOMPARE(wrongKey.status, 401);
    QCOMPARE(wrongKey.object().value(QLatin1String("statusCode")).toInt(), 401);
    const HttpResult ok = get(QStringLiteral("/batch-calls"));
    QVERIFY(!ok.header("X-RateLimit-Limit").isEmpty());
    QVERIFY(!ok.header("X-RateLimit-Remaining").isEmpty());
    QCOMPARE(m_server->stats().requests, 2);
}

void TestSimDirectory::directory403FaultSparesTheCallLogs()
{
    FaultConfig faults;
    QString error;
    QVERIFY(FaultConfig::parse(QStringLiteral("directory403"), &faults, &error));
    QVERIFY(faults.directoryForbidden);
    QVERIFY(!FaultConfig::parse(QStringLiteral("directory403=1"), &faults, &error));
    faults = {};
    faults.directoryForbidden = true;
    makeSim(faults);
    for (const QString &path : {QStringLiteral("/agents"), QStringLiteral("/batch-calls?page=1")}) {
        const HttpResult r = get(path);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value(QLatin1String("statusCode")).toInt(), 403);
        QCOMPARE(text(r.object(), "error"), QStringLiteral("Forbidden"));
    }
    const HttpResult calls = get(QStringLiteral("/call-logs?limit=5"));
    QCOMPARE(calls.status, 200);
    QCOMPARE(calls.array("data").size(), 5);
}

QTEST_GUILESS_MAIN(TestSimDirectory)
#include "tst_simdirectory.moc"

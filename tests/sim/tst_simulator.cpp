// The simulator's specification: a deterministic DialNexa workspace in virtual time, served
// over real loopback HTTP exactly as CALL-LOGS-API.md describes, with switchable faults.
// Time moves only through ManualClock::advance; the only real-time waits are on socket I/O.
#include "core/time/Clock.h"
#include "sim/SimConfig.h"
#include "sim/SimServer.h"
#include "sim/Simulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace callboard;
using namespace callboard::sim;

namespace {

// 01:30 UTC with three hours of backlog: the workspace spans two calendar dates.
const QDateTime Start(QDate(2026, 11, 28), QTime(1, 30), QTimeZone::utc());

const QSet<QString> DocumentedStatuses = {
    QStringLiteral("created"),   QStringLiteral("initiated"),     QStringLiteral("sent"),
    QStringLiteral("received"),  QStringLiteral("completed"),     QStringLiteral("did_not_pick"),
    QStringLiteral("busy"),      QStringLiteral("no_answer"),     QStringLiteral("failed"),
    QStringLiteral("cancelled"), QStringLiteral("retry_expired"), QStringLiteral("voicemail")};
const QSet<QString> LiveStatuses = {QStringLiteral("created"), QStringLiteral("initiated"),
                                    QStringLiteral("sent"), QStringLiteral("received")};

QJsonValue at(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key));
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray data() const { return at(object(), "data").toArray(); }
    QJsonObject meta() const { return at(object(), "meta").toObject(); }
};

QStringList idsOf(const QJsonArray &calls)
{
    QStringList ids;
    for (const QJsonValue &v : calls)
        ids << text(v.toObject(), "id");
    return ids;
}

QJsonArray filtered(const QJsonArray &calls, const std::function<bool(const QJsonObject &)> &keep)
{
    QJsonArray out;
    for (const QJsonValue &v : calls)
        if (keep(v.toObject()))
            out.append(v);
    return out;
}

} // namespace

class TestSimulator final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // FaultConfig::parse
    void faultListsParse();
    void badFaultListsAreRejected_data();
    void badFaultListsAreRejected();

    // The workspace (pure logic)
    void workspaceHasAgentsCampaignsAndBacklog();
    void sameSeedAndTimeGiveTheSameWorkspace();
    void callFieldsFitTheirStatus();
    void callLivesThroughItsStatusesInVirtualTime();
    void analysisFollowsEachAgentsSchema();
    void idleWorkspaceStopsChanging();
    void rateChangeOnlyAffectsLaterArrivals();

    // The HTTP API
    void serverListensOnLoopbackUnderV1();
    void pagesCoverTheTruthExactly();
    void filtersMatchTheTruth();
    void campaignRouteAndBatchFilter();
    void sortingByCreatedAtAndDuration();
    void oneCallAndItsDetails();
    void missingWrongAndForbiddenKeys();
    void validationErrorsListEveryProblem();
    void unknownIdsAndPathsAre404();
    void etagGivesNotModifiedUntilSomethingChanges();
    void rateLimitAnswers429UntilTheWindowEnds();
    void statsCountWhatWasServed();

    // Faults
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

private:
    void makeSim(SimConfig config);
    HttpResult getUrl(const QUrl &url, const QByteArray &key,
                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    HttpResult get(const QString &pathAndQuery) { return getWithKey(pathAndQuery, apiKey()); }
    HttpResult getWithKey(const QString &pathAndQuery, const QByteArray &key)
    {
        return getUrl(QUrl(m_server->baseUrl().toString() + pathAndQuery), key);
    }
    QByteArray apiKey() const { return m_sim->config().apiKey.toUtf8(); }
    // Reads every page of a list query (limit 100) and checks the meta on the way.
    QJsonArray allPages(const QString &path, const QString &query);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestSimulator::init()
{
    SimConfig config;
    config.seed = 42;
    config.rateLimit = 1000000; // only the rate-limit test wants a small budget
    makeSim(config);
}

void TestSimulator::cleanup()
{
    m_nam.reset();
    m_server.reset();
    m_sim.reset();
    m_clock.reset();
}

void TestSimulator::makeSim(SimConfig config)
{
    cleanup();
    m_clock = std::make_unique<ManualClock>(Start);
    m_sim = std::make_unique<Simulator>(m_clock.get(), config);
    m_server = std::make_unique<SimServer>(m_sim.get());
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

HttpResult TestSimulator::getUrl(const QUrl &url, const QByteArray &key,
                                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key);
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000); // real I/O on loopback; no simulated time passes here
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    return r;
}

QJsonArray TestSimulator::allPages(const QString &path, const QString &query)
{
    QJsonArray all;
    for (int page = 1;; ++page) {
        const HttpResult r = get(QStringLiteral("%1?%2%3page=%4&limit=100")
                                     .arg(path, query, query.isEmpty() ? "" : "&")
                                     .arg(page));
        if (r.status != 200) {
            qWarning() << "page" << page << "of" << path << query << "answered" << r.status
                       << r.body;
            return {};
        }
        const QJsonObject meta = r.meta();
        const int total = at(meta, "total").toInt();
        const int totalPages = at(meta, "totalPages").toInt();
        if (at(meta, "page").toInt() != page || at(meta, "limit").toInt() != 100 ||
            totalPages != (total + 99) / 100) {
            qWarning() << "inconsistent meta" << meta;
            return {};
        }
        for (const QJsonValue &v : r.data())
            all.append(v);
        if (page >= totalPages)
            return all;
    }
}

// ---- FaultConfig::parse -------------------------------------------------------------------

void TestSimulator::faultListsParse()
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

void TestSimulator::badFaultListsAreRejected_data()
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

void TestSimulator::badFaultListsAreRejected()
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

// ---- The workspace --------------------------------------------------------------------------

void TestSimulator::workspaceHasAgentsCampaignsAndBacklog()
{
    const QStringList agents = m_sim->agentIds();
    QVERIFY(agents.size() >= 4 && agents.size() <= 5);
    QCOMPARE(agents.filter(QRegularExpression(QStringLiteral("^agent_"))).size(), 1);
    QCOMPARE(agents.filter(QRegularExpression(QStringLiteral("^agt_"))).size(), agents.size() - 1);
    for (const QString &id : agents)
        QVERIFY(!m_sim->agentName(id).isEmpty());
    const QStringList campaigns = m_sim->campaignIds();
    QCOMPARE(campaigns.size(), 3);
    for (const QString &id : campaigns)
        QVERIFY(id.startsWith(QLatin1String("cmp_")));

    // Three hours at 6 calls a minute, newest first, all before now.
    const QJsonArray truth = m_sim->truth();
    QVERIFY2(truth.size() > 900 && truth.size() < 1260, qPrintable(QString::number(truth.size())));
    const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    QString previous = QStringLiteral("9999");
    const QString now = Start.toString(Qt::ISODateWithMs);
    QSet<QString> ids;
    for (const QJsonValue &v : truth) {
        const QJsonObject c = v.toObject();
        const QString created = text(c, "created_at");
        QVERIFY2(iso.match(created).hasMatch(), qPrintable(created));
        QVERIFY(created < previous && created <= now);
        previous = created;
        QVERIFY(QRegularExpression(QStringLiteral("^log_[0-9a-f]{24}$"))
                    .match(text(c, "id"))
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^call_[0-9a-f]{24}$"))
                    .match(text(c, "call_id"))
                    .hasMatch());
        QVERIFY(agents.contains(text(c, "agent_id")));
        if (c.contains(QStringLiteral("campaign_id")))
            QVERIFY(campaigns.contains(text(c, "campaign_id")));
        QVERIFY(text(c, "to_number").startsWith(QLatin1String("+1555")));
        QVERIFY(text(c, "from_number").startsWith(QLatin1String("+1555")));
        QVERIFY(!c.contains(QStringLiteral("transcript")));
        ids.insert(text(c, "id"));
    }
    QCOMPARE(ids.size(), truth.size());
    const auto has = [&truth](const char *field, const char *value) {
        return !filtered(truth, [=](const QJsonObject &c) {
                    return c.value(QLatin1String(field)).toString() == QLatin1String(value);
                }).isEmpty();
    };
    QVERIFY(has("type", "phone") && has("type", "web"));
    QVERIFY(has("call_direction", "outbound") && has("call_direction", "inbound"));
    QVERIFY(!filtered(truth, [](const QJsonObject &c) {
                 return !c.contains(QStringLiteral("campaign_id"));
             }).isEmpty());
}

void TestSimulator::sameSeedAndTimeGiveTheSameWorkspace()
{
    SimConfig config;
    config.seed = 7;
    ManualClock clockA(Start), clockB(Start);
    Simulator a(&clockA, config), b(&clockB, config);
    QCOMPARE(a.truth(), b.truth());

    // A looks every few seconds, B only at the end: the same workspace at the same time.
    for (int i = 0; i < 120; ++i) {
        clockA.advance(5000);
        a.truth();
        a.call(QStringLiteral("log_000000000000000000000000"), true);
    }
    clockB.advance(120 * 5000);
    QCOMPARE(a.truth(), b.truth());
    QCOMPARE(a.truth().size(), b.truth().size());

    config.seed = 8;
    ManualClock clockC(clockB.now());
    Simulator c(&clockC, config);
    QVERIFY(c.truth() != b.truth());
    const QStringList idsC = idsOf(c.truth()), idsB = idsOf(b.truth());
    QVERIFY(QSet<QString>(idsC.begin(), idsC.end())
                .intersect(QSet<QString>(idsB.begin(), idsB.end()))
                .isEmpty());
}

void TestSimulator::callFieldsFitTheirStatus()
{
    const QHash<QString, QStringList> reasons = {
        {QStringLiteral("completed"),
         {QStringLiteral("agent_disconnected"), QStringLiteral("user_disconnected")}},
        {QStringLiteral("busy"), {QStringLiteral("user_busy")}},
        {QStringLiteral("did_not_pick"), {QStringLiteral("user_did_not_pick_up")}},
        {QStringLiteral("no_answer"), {QStringLiteral("user_did_not_pick_up")}},
        {QStringLiteral("retry_expired"), {QStringLiteral("user_unreachable")}},
        {QStringLiteral("voicemail"), {QStringLiteral("voicemail_detected")}},
        {QStringLiteral("cancelled"), {QStringLiteral("unknown")}},
        {QStringLiteral("failed"),
         {QStringLiteral("network_failure"), QStringLiteral("system_failure"),
          QStringLiteral("system_at_capacity"), QStringLiteral("insufficient_balance"),
          QStringLiteral("invalid_phone_number"), QStringLiteral("destination_forbidden")}},
    };
    QHash<QString, int> count;
    int withFallbackStt = 0;
    const QJsonArray truth = m_sim->truth();
    for (const QJsonValue &v : truth) {
        const QJsonObject c = v.toObject();
        const QString status = text(c, "status");
        QVERIFY2(DocumentedStatuses.contains(status), qPrintable(status));
        ++count[status];
        const QJsonValue duration = at(c, "duration_seconds");
        const QJsonValue sentiment = at(c, "sentiment");
        const QJsonValue recording = at(c, "recording_url");
        if (LiveStatuses.contains(status)) {
            QVERIFY(at(c, "end_reason").isNull());
            QVERIFY(duration.isNull() && sentiment.isNull() && recording.isNull());
            QCOMPARE(at(c, "analysis").toObject(), QJsonObject());
            continue;
        }
        QVERIFY2(reasons.value(status).contains(text(c, "end_reason")), qPrintable(status));
        if (status == QLatin1String("completed")) {
            QVERIFY(duration.toInt() >= 20 && duration.toInt() <= 600);
            QVERIFY(QStringList({QStringLiteral("positive"), QStringLiteral("neutral"),
                                 QStringLiteral("negative")})
                        .contains(sentiment.toString()));
            QCOMPARE(recording.toString(),
                     QStringLiteral("https://recordings.example.invalid/%1.mp3")
                         .arg(text(c, "call_id")));
            withFallbackStt += at(c, "fallback_stt_transcriber_id").isString();
        } else {
            QCOMPARE(duration.toInt(-1), 0);
            QVERIFY(sentiment.isNull() || sentiment.toString() == QLatin1String("unknown"));
            QVERIFY(recording.isNull());
            QCOMPARE(at(c, "analysis").toObject(), QJsonObject());
        }
    }
    // The rough shares: ~60 % connected, ~28 % not reached, ~8 % failed, ~4 % voicemail.
    const double n = truth.size();
    const double completed = count.value(QStringLiteral("completed")) / n;
    const double notReached =
        (count.value(QStringLiteral("did_not_pick")) + count.value(QStringLiteral("no_answer")) +
         count.value(QStringLiteral("busy")) + count.value(QStringLiteral("retry_expired"))) /
        n;
    const double failed =
        (count.value(QStringLiteral("failed")) + count.value(QStringLiteral("cancelled"))) / n;
    QVERIFY2(completed > 0.5 && completed < 0.7, qPrintable(QString::number(completed)));
    QVERIFY2(notReached > 0.2 && notReached < 0.36, qPrintable(QString::number(notReached)));
    QVERIFY2(failed > 0.03 && failed < 0.13, qPrintable(QString::number(failed)));
    QVERIFY(count.value(QStringLiteral("voicemail")) > 0);
    QVERIFY(withFallbackStt > 0);
}

void TestSimulator::callLivesThroughItsStatusesInVirtualTime()
{
    const QHash<QString, int> rank = {{QStringLiteral("created"), 0},
                                      {QStringLiteral("initiated"), 1},
                                      {QStringLiteral("sent"), 2},
                                      {QStringLiteral("received"), 3}};
    const QString startIso = Start.toString(Qt::ISODateWithMs);
    QHash<QString, QStringList> seen;   // id -> statuses in the order observed
    QHash<QString, qint64> endedSeenAt; // id -> first second it showed a final status
    QHash<QString, qint64> analysisSeenAt;
    for (int second = 1; second <= 20 * 60; ++second) {
        m_clock->advance(1000);
        for (const QJsonValue &v : m_sim->truth()) {
            const QJsonObject c = v.toObject();
            if (text(c, "created_at") < startIso)
                break; // newest first: the rest is backlog
            const QString id = text(c, "id");
            const QString status = text(c, "status");
            QStringList &statuses = seen[id];
            if (statuses.isEmpty() || statuses.last() != status)
                statuses << status;
            if (!rank.contains(status) && !endedSeenAt.contains(id))
                endedSeenAt.insert(id, second);
            if (!at(c, "analysis").toObject().isEmpty() && !analysisSeenAt.contains(id))
                analysisSeenAt.insert(id, second);
        }
    }
    QVERIFY2(seen.size() > 80, qPrintable(QString::number(seen.size())));

    int fullLives = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const QStringList &s = it.value();
        // Seen within a second of its creation, then only ever forward, ending at most once.
        QVERIFY2(rank.value(s.first(), 9) <= 1, qPrintable(s.join(QLatin1Char(','))));
        for (int i = 1; i < s.size(); ++i)
            QVERIFY2(rank.value(s[i], 4) > rank.value(s[i - 1], 4),
                     qPrintable(s.join(QLatin1Char(','))));
        if (s.endsWith(QStringLiteral("completed")) && s.contains(QStringLiteral("initiated")) &&
            s.contains(QStringLiteral("sent")) && s.contains(QStringLiteral("received")))
            ++fullLives;
        if (analysisSeenAt.contains(it.key())) {
            QCOMPARE(s.last(), QStringLiteral("completed"));
            const qint64 lag = analysisSeenAt.value(it.key()) - endedSeenAt.value(it.key());
            QVERIFY2(lag >= 29 && lag <= 31, qPrintable(QString::number(lag)));
        }
    }
    QVERIFY(fullLives > 10);
    QVERIFY(analysisSeenAt.size() > 10);

    // The same life over HTTP: the server answers from the same clock.
    const QString id = analysisSeenAt.cbegin().key();
    const QJsonObject served = get(QStringLiteral("/call-logs/") + id).object();
    QCOMPARE(text(served, "status"), QStringLiteral("completed"));
    QVERIFY(!at(served, "analysis").toObject().isEmpty());
}

void TestSimulator::analysisFollowsEachAgentsSchema()
{
    m_clock->advance(60 * 60 * 1000);
    QHash<QString, QSet<QStringList>> schemas; // agent -> key sets seen on analysed calls
    QHash<QString, int> completedPerAgent;
    int withMarkup = 0;
    QSet<QString> kinds;
    const QRegularExpression date(QStringLiteral(R"(^\d{4}-\d\d-\d\d$)"));
    const QRegularExpression dateTime(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    const qint64 analysedBefore = m_clock->nowMs() - 31 * 1000 - 600 * 1000 - 60 * 1000;
    for (const QJsonValue &v : m_sim->truth()) {
        const QJsonObject c = v.toObject();
        const QJsonObject analysis = at(c, "analysis").toObject();
        if (text(c, "status") != QLatin1String("completed")) {
            QCOMPARE(analysis, QJsonObject());
            continue;
        }
        const qint64 created =
            QDateTime::fromString(text(c, "created_at"), Qt::ISODateWithMs).toMSecsSinceEpoch();
        if (created > analysedBefore)
            continue; // may still be waiting for its analysis
        const QString agent = text(c, "agent_id");
        ++completedPerAgent[agent];
        schemas[agent].insert(analysis.keys());
        for (auto it = analysis.constBegin(); it != analysis.constEnd(); ++it) {
            const QJsonValue value = it.value();
            if (value.isBool())
                kinds << QStringLiteral("bool");
            else if (value.isDouble())
                kinds << QStringLiteral("number");
            else if (date.match(value.toString()).hasMatch())
                kinds << QStringLiteral("date");
            else if (dateTime.match(value.toString()).hasMatch())
                kinds << QStringLiteral("datetime");
            else if (value.toString().contains(QLatin1Char(' ')))
                kinds << QStringLiteral("text");
            else if (value.isString())
                kinds << QStringLiteral("enum");
            if (value.toString().contains(QLatin1String("<script>")))
                ++withMarkup;
        }
    }
    QCOMPARE(completedPerAgent.size(), m_sim->agentIds().size());
    int agentsWithoutAnalysis = 0;
    for (auto it = schemas.cbegin(); it != schemas.cend(); ++it) {
        QCOMPARE(it.value().size(), 1); // one fixed schema per agent
        if (it.value().values().first().isEmpty())
            ++agentsWithoutAnalysis;
    }
    QCOMPARE(agentsWithoutAnalysis, 1);
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("bool"), QStringLiteral("number"),
                                   QStringLiteral("date"), QStringLiteral("datetime"),
                                   QStringLiteral("text"), QStringLiteral("enum")}));
    QVERIFY(withMarkup > 0); // literal HTML the UI must show as text
}

void TestSimulator::idleWorkspaceStopsChanging()
{
    m_sim->setCallsPerMinute(0);
    QCOMPARE(m_sim->config().callsPerMinute, 0.0);
    const int before = m_sim->truth().size();
    m_clock->advance(30 * 60 * 1000); // every call ended and analysed by now
    const QJsonArray settled = m_sim->truth();
    QCOMPARE(settled.size(), before);
    m_clock->advance(5 * 60 * 60 * 1000);
    QCOMPARE(m_sim->truth(), settled);
}

void TestSimulator::rateChangeOnlyAffectsLaterArrivals()
{
    const QJsonArray before = m_sim->truth();
    m_sim->setCallsPerMinute(60);
    QCOMPARE(m_sim->truth().size(), before.size());
    m_clock->advance(10 * 60 * 1000);
    const int added = m_sim->truth().size() - before.size();
    QVERIFY2(added > 500 && added < 700, qPrintable(QString::number(added)));
}

// ---- The HTTP API ---------------------------------------------------------------------------

void TestSimulator::serverListensOnLoopbackUnderV1()
{
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl(),
             QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server->port())));
    const HttpResult r = get(QStringLiteral("/call-logs"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
}

void TestSimulator::pagesCoverTheTruthExactly()
{
    const QJsonArray truth = m_sim->truth();
    HttpResult first = get(QStringLiteral("/call-logs"));
    QCOMPARE(first.data().size(), 20); // default limit
    QCOMPARE(at(first.meta(), "page").toInt(), 1);
    QCOMPARE(at(first.meta(), "limit").toInt(), 20);
    QCOMPARE(at(first.meta(), "total").toInt(), truth.size());
    QCOMPARE(at(first.meta(), "totalPages").toInt(), (truth.size() + 19) / 20);

    QJsonArray paged;
    const int limit = 7;
    const int pages = (truth.size() + limit - 1) / limit;
    for (int page = 1; page <= pages; ++page) {
        const HttpResult r =
            get(QStringLiteral("/call-logs?limit=%1&page=%2").arg(limit).arg(page));
        QCOMPARE(r.status, 200);
        QCOMPARE(at(r.meta(), "totalPages").toInt(), pages);
        for (const QJsonValue &v : r.data())
            paged.append(v);
    }
    QCOMPARE(paged, truth);

    const HttpResult beyond = get(QStringLiteral("/call-logs?limit=7&page=%1").arg(pages + 1));
    QCOMPARE(beyond.status, 200);
    QVERIFY(beyond.data().isEmpty());
    QCOMPARE(at(beyond.meta(), "total").toInt(), truth.size());
}

void TestSimulator::filtersMatchTheTruth()
{
    const QJsonArray truth = m_sim->truth();
    const QString agentA = m_sim->agentIds().at(0), agentB = m_sim->agentIds().at(2);
    const auto field = [](const QJsonObject &c, const char *name) {
        return c.value(QLatin1String(name)).toString();
    };
    struct Case
    {
        QString query;
        std::function<bool(const QJsonObject &)> keep;
    };
    const QList<Case> cases = {
        {QStringLiteral("status=completed,busy"),
         [&](const QJsonObject &c) {
             return field(c, "status") == QLatin1String("completed") ||
                    field(c, "status") == QLatin1String("busy");
         }},
        {QStringLiteral("agent_id=%1,%2").arg(agentA, agentB),
         [&](const QJsonObject &c) {
             return field(c, "agent_id") == agentA || field(c, "agent_id") == agentB;
         }},
        {QStringLiteral("sentiment=positive"),
         [&](const QJsonObject &c) { return field(c, "sentiment") == QLatin1String("positive"); }},
        {QStringLiteral("end_reason=user_busy,voicemail_detected"),
         [&](const QJsonObject &c) {
             return field(c, "end_reason") == QLatin1String("user_busy") ||
                    field(c, "end_reason") == QLatin1String("voicemail_detected");
         }},
        {QStringLiteral("duration_min=60&duration_max=180"),
         [](const QJsonObject &c) {
             const QJsonValue d = at(c, "duration_seconds");
             return d.isDouble() && d.toInt() >= 60 && d.toInt() <= 180;
         }},
        {QStringLiteral("start_date=2026-11-28"),
         [&](const QJsonObject &c) {
             return field(c, "created_at").startsWith(QLatin1String("2026-11-28"));
         }},
        {QStringLiteral("end_date=2026-11-27"),
         [&](const QJsonObject &c) {
             return field(c, "created_at").startsWith(QLatin1String("2026-11-27"));
         }},
        {QStringLiteral("start_date=2026-11-27T23:30:00Z&end_date=2026-11-28T00:30:00.000Z"),
         [&](const QJsonObject &c) {
             return field(c, "created_at") >= QLatin1String("2026-11-27T23:30:00.000Z") &&
                    field(c, "created_at") <= QLatin1String("2026-11-28T00:30:00.000Z");
         }},
        {QStringLiteral("status=completed&agent_id=%1&sentiment=negative,neutral").arg(agentA),
         [&](const QJsonObject &c) {
             return field(c, "status") == QLatin1String("completed") &&
                    field(c, "agent_id") == agentA &&
                    field(c, "sentiment") != QLatin1String("positive");
         }},
    };
    for (const Case &test : cases) {
        const QJsonArray expected = filtered(truth, test.keep);
        QVERIFY2(!expected.isEmpty() && expected.size() < truth.size(), qPrintable(test.query));
        const QJsonArray served = allPages(QStringLiteral("/call-logs"), test.query);
        QVERIFY2(served == expected, qPrintable(test.query));
    }
    // The dates split the workspace in two.
    QCOMPARE(
        allPages(QStringLiteral("/call-logs"), QStringLiteral("start_date=2026-11-28")).size() +
            allPages(QStringLiteral("/call-logs"), QStringLiteral("end_date=2026-11-27")).size(),
        truth.size());
}

void TestSimulator::campaignRouteAndBatchFilter()
{
    const QJsonArray truth = m_sim->truth();
    for (const QString &campaign : m_sim->campaignIds()) {
        const QJsonArray expected = filtered(
            truth, [&](const QJsonObject &c) { return text(c, "campaign_id") == campaign; });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(allPages(QStringLiteral("/call-logs/campaign/") + campaign, QString()), expected);
        QCOMPARE(allPages(QStringLiteral("/call-logs"), QStringLiteral("campaign_id=") + campaign),
                 expected);
    }
    const HttpResult page2 = get(
        QStringLiteral("/call-logs/campaign/%1?limit=5&page=2").arg(m_sim->campaignIds().first()));
    QCOMPARE(page2.data().size(), 5);
    QCOMPARE(at(page2.meta(), "page").toInt(), 2);

    // batch_123 is no batch of the workspace; an empty result says totalPages 0.
    const HttpResult batch = get(QStringLiteral("/call-logs?batch_call_id=batch_123"));
    QCOMPARE(batch.status, 200);
    QVERIFY(batch.data().isEmpty());
    QCOMPARE(at(batch.meta(), "total").toInt(), 0);
    QCOMPARE(at(batch.meta(), "totalPages").toInt(), 0);
    QCOMPARE(get(QStringLiteral("/call-logs/campaign/cmp_nope"))
                 .meta()
                 .value(QStringLiteral("total"))
                 .toInt(),
             0);
}

void TestSimulator::sortingByCreatedAtAndDuration()
{
    const QJsonArray truth = m_sim->truth();
    QJsonArray reversed;
    for (auto it = truth.end(); it != truth.begin();)
        reversed.append(*--it);
    QCOMPARE(allPages(QStringLiteral("/call-logs"), QStringLiteral("created_at=asc")), reversed);
    QCOMPARE(allPages(QStringLiteral("/call-logs"), QStringLiteral("created_at=desc")), truth);

    for (const QString &order : {QStringLiteral("asc"), QStringLiteral("desc")}) {
        const QJsonArray sorted =
            allPages(QStringLiteral("/call-logs"), QStringLiteral("duration=") + order);
        QCOMPARE(sorted.size(), truth.size());
        bool nullsStarted = false;
        int previous = order == QLatin1String("asc") ? -1 : 1 << 30;
        for (const QJsonValue &v : sorted) {
            const QJsonValue d = at(v.toObject(), "duration_seconds");
            if (d.isNull()) {
                nullsStarted = true; // live calls, last
                continue;
            }
            QVERIFY(!nullsStarted);
            QVERIFY(order == QLatin1String("asc") ? d.toInt() >= previous : d.toInt() <= previous);
            previous = d.toInt();
        }
        QVERIFY(nullsStarted); // the workspace has live calls right now
    }
}

void TestSimulator::oneCallAndItsDetails()
{
    m_clock->advance(2 * 60 * 1000);
    const QJsonArray truth = m_sim->truth();
    const auto firstWith = [&truth](const std::function<bool(const QJsonObject &)> &keep) {
        const QJsonArray matching = filtered(truth, keep);
        return matching.isEmpty() ? QJsonObject() : matching.first().toObject();
    };
    const QJsonObject analysed =
        firstWith([](const QJsonObject &c) { return !at(c, "analysis").toObject().isEmpty(); });
    const QJsonObject busy =
        firstWith([](const QJsonObject &c) { return text(c, "status") == QLatin1String("busy"); });
    const QJsonObject ringing =
        firstWith([](const QJsonObject &c) { return text(c, "status") == QLatin1String("sent"); });
    QVERIFY(!analysed.isEmpty() && !busy.isEmpty() && !ringing.isEmpty());

    const QString logId = text(analysed, "id");
    const HttpResult plain = get(QStringLiteral("/call-logs/") + logId);
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.object(), analysed); // lightweight: no transcript
    // The call id finds the same call.
    QCOMPARE(get(QStringLiteral("/call-logs/") + text(analysed, "call_id")).object(), analysed);

    QJsonObject details = get(QStringLiteral("/call-logs/%1/details").arg(logId)).object();
    const QString transcript = details.take(QStringLiteral("transcript")).toString();
    const QJsonArray timeline = details.take(QStringLiteral("timeline")).toArray();
    QCOMPARE(details, analysed);
    const QStringList lines = transcript.split(QLatin1Char('\n'));
    QVERIFY(lines.size() >= 4);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QLatin1String("Agent: ")) ||
                     line.startsWith(QLatin1String("User: ")),
                 qPrintable(line));
    QStringList events;
    QString previous;
    for (const QJsonValue &v : timeline) {
        events << text(v.toObject(), "event");
        const QString at = text(v.toObject(), "timestamp");
        QVERIFY(at >= previous);
        previous = at;
    }
    QCOMPARE(events,
             QStringList({QStringLiteral("call_started"), QStringLiteral("call_answered"),
                          QStringLiteral("call_ended"), QStringLiteral("analysis_completed")}));
    QCOMPARE(at(timeline.first().toObject(), "timestamp"), at(analysed, "created_at"));

    const QJsonObject busyDetails =
        get(QStringLiteral("/call-logs/%1/details").arg(text(busy, "id"))).object();
    QCOMPARE(text(busyDetails, "transcript"), QString());
    QCOMPARE(at(busyDetails, "timeline").toArray().size(), 2); // started, ended

    const QJsonObject ringingDetails = m_sim->call(text(ringing, "call_id"), true);
    QCOMPARE(at(ringingDetails, "timeline").toArray().size(), 1);
    QVERIFY(m_sim->call(QStringLiteral("log_ffffffffffffffffffffffff"), false).isEmpty());
}

void TestSimulator::missingWrongAndForbiddenKeys()
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

void TestSimulator::validationErrorsListEveryProblem()
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

void TestSimulator::unknownIdsAndPathsAre404()
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

void TestSimulator::etagGivesNotModifiedUntilSomethingChanges()
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

void TestSimulator::rateLimitAnswers429UntilTheWindowEnds()
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

void TestSimulator::statsCountWhatWasServed()
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

// ---- Faults -------------------------------------------------------------------------------

void TestSimulator::serverErrorFault()
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

void TestSimulator::burstFault()
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

void TestSimulator::bareArrayFault()
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

void TestSimulator::fieldSpellingFaults()
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

void TestSimulator::truncatedFault()
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

void TestSimulator::malformedFault()
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

void TestSimulator::resetFault()
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

void TestSimulator::latencyFault()
{
    FaultConfig f;
    f.latencyMs = 300;
    m_sim->setFaults(f);
    QElapsedTimer timer; // real time: the fault delays real I/O
    timer.start();
    const HttpResult r = get(QStringLiteral("/call-logs?limit=3"));
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().size(), 3);

    // Several delayed answers in flight at once all arrive, each to its own request.
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int limit = 1; limit <= 4; ++limit) {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() +
                                     QStringLiteral("/call-logs?limit=%1").arg(limit)));
        request.setRawHeader("Authorization", "Bearer " + apiKey());
        replies.emplace_back(m_nam->get(request));
    }
    for (int i = 0; i < 4; ++i) {
        QNetworkReply *reply = replies[size_t(i)].get();
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll())
                     .object()
                     .value(QStringLiteral("data"))
                     .toArray()
                     .size(),
                 i + 1);
    }

    // A client that gives up before its delayed answer leaves the server unharmed: the
    // next delayed request outlasts the abandoned one's delay, so that answer was dropped.
    QNetworkRequest impatient(QUrl(m_server->baseUrl().toString() + QStringLiteral("/call-logs")));
    impatient.setRawHeader("Authorization", "Bearer " + apiKey());
    impatient.setTransferTimeout(50);
    std::unique_ptr<QNetworkReply> abandoned(m_nam->get(impatient));
    if (!abandoned->isFinished())
        QVERIFY(QSignalSpy(abandoned.get(), &QNetworkReply::finished).wait(10000));
    QVERIFY(abandoned->error() != QNetworkReply::NoError);
    QCOMPARE(get(QStringLiteral("/call-logs?limit=1")).status, 200);

    m_sim->setFaults({});
    QCOMPARE(get(QStringLiteral("/call-logs?limit=1")).status, 200);
}

void TestSimulator::unknownStatusFault()
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

void TestSimulator::outage()
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

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"

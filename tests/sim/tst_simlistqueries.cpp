// The simulator's list and detail routes as CALL-LOGS-API.md describes them: paging that
// covers the truth exactly, filters, the campaign route, sorting, and one call's details.
#include "SimApiFixture.h"

using namespace callboard;
using namespace callboard::sim;
using namespace callboard::simtest;

class TestSimListQueries final : public QObject, protected SimApiFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void serverListensOnLoopbackUnderV1();
    void pagesCoverTheTruthExactly();
    void filtersMatchTheTruth();
    void campaignRouteAndBatchFilter();
    void sortingByCreatedAtAndDuration();
    void oneCallAndItsDetails();
};

// ---- The HTTP API ---------------------------------------------------------------------------

void TestSimListQueries::serverListensOnLoopbackUnderV1()
{
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl(),
             QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server->port())));
    const HttpResult r = get(QStringLiteral("/call-logs"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
}

void TestSimListQueries::pagesCoverTheTruthExactly()
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

void TestSimListQueries::filtersMatchTheTruth()
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

void TestSimListQueries::campaignRouteAndBatchFilter()
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

void TestSimListQueries::sortingByCreatedAtAndDuration()
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

void TestSimListQueries::oneCallAndItsDetails()
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

QTEST_GUILESS_MAIN(TestSimListQueries)
#include "tst_simlistqueries.moc"

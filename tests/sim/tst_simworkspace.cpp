// The simulated workspace on its own, without HTTP: its agents, campaigns and backlog, the
// script each call follows through its statuses in virtual time, and each agent's analysis.
#include "SimApiFixture.h"

using namespace callboard;
using namespace callboard::sim;
using namespace callboard::simtest;

class TestSimWorkspace final : public QObject, protected SimApiFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void workspaceHasAgentsCampaignsAndBacklog();
    void sameSeedAndTimeGiveTheSameWorkspace();
    void callFieldsFitTheirStatus();
    void callLivesThroughItsStatusesInVirtualTime();
    void analysisFollowsEachAgentsSchema();
    void idleWorkspaceStopsChanging();
    void rateChangeOnlyAffectsLaterArrivals();
};

// ---- The workspace --------------------------------------------------------------------------

void TestSimWorkspace::workspaceHasAgentsCampaignsAndBacklog()
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

void TestSimWorkspace::sameSeedAndTimeGiveTheSameWorkspace()
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

void TestSimWorkspace::callFieldsFitTheirStatus()
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

void TestSimWorkspace::callLivesThroughItsStatusesInVirtualTime()
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

void TestSimWorkspace::analysisFollowsEachAgentsSchema()
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

void TestSimWorkspace::idleWorkspaceStopsChanging()
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

void TestSimWorkspace::rateChangeOnlyAffectsLaterArrivals()
{
    const QJsonArray before = m_sim->truth();
    m_sim->setCallsPerMinute(60);
    QCOMPARE(m_sim->truth().size(), before.size());
    m_clock->advance(10 * 60 * 1000);
    const int added = m_sim->truth().size() - before.size();
    QVERIFY2(added > 500 && added < 700, qPrintable(QString::number(added)));
}

QTEST_GUILESS_MAIN(TestSimWorkspace)
#include "tst_simworkspace.moc"

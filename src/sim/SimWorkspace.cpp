#include "SimWorkspace.h"

#include "SimRandom.h"

#include <QDateTime>
#include <QTimeZone>

namespace callboard::sim {

namespace {

// Streams derived from a call's seed, so analysis and transcript never shift each other.
constexpr quint64 AnalysisStream = 0xA7A1;
constexpr quint64 TranscriptStream = 0x7E47;

QString isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date().toString(Qt::ISODate);
}

// A time on a working hour (09:00-17:30 UTC, on the half hour) some days after endMs.
qint64 laterWorkingTime(SimRandom &rng, qint64 endMs, int minDays, int maxDays)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(endMs, QTimeZone::utc())
                          .date()
                          .addDays(rng.range(minDays, maxDays));
    const QTime time(int(rng.range(9, 17)), rng.chance(0.5) ? 0 : 30);
    return QDateTime(day, time, QTimeZone::utc()).toMSecsSinceEpoch();
}

QString withMarkup(const QString &text)
{
    return QStringLiteral("<b>VIP</b> customer <script>x</script> ") + text;
}

QJsonObject salesAnalysis(SimRandom &rng, qint64 endMs, bool withHtml)
{
    static const QStringList steps = {QStringLiteral("callback"), QStringLiteral("demo"),
                                      QStringLiteral("none")};
    static const QStringList notes = {
        QStringLiteral("Asked for pricing for 20 seats; wants a quote by email."),
        QStringLiteral("Happy with the current vendor, open to talk next quarter."),
        QStringLiteral("Decision maker is the CFO; send the case study first."),
        QStringLiteral("Not interested, asked to be removed from the list."),
        QStringLiteral("Wants a demo with the operations team on Thursday."),
    };
    const bool interested = rng.chance(0.55);
    QString note = rng.pick(notes);
    return {
        {QStringLiteral("interested"), interested},
        {QStringLiteral("lead_score"), int(interested ? rng.range(45, 100) : rng.range(0, 55))},
        {QStringLiteral("next_step"), interested ? rng.pick(steps) : QStringLiteral("none")},
        {QStringLiteral("notes"), withHtml ? withMarkup(note) : note},
        {QStringLiteral("callback_at"), simIsoDateTime(laterWorkingTime(rng, endMs, 1, 7))},
    };
}

QJsonObject supportAnalysis(SimRandom &rng, qint64 endMs, bool withHtml)
{
    static const QStringList categories = {QStringLiteral("billing"), QStringLiteral("technical"),
                                           QStringLiteral("account")};
    static const QStringList summaries = {
        QStringLiteral("Customer was double charged; refund issued for the second charge."),
        QStringLiteral("Router kept dropping the line; walked through a firmware reset."),
        QStringLiteral("Password reset link expired; sent a new one and confirmed login."),
        QStringLiteral("Wanted to change the plan; explained the options, will decide later."),
        QStringLiteral("Reported an outage in the area; ticket opened with the field team."),
    };
    const bool resolved = rng.chance(0.7);
    const bool followUp = !resolved || rng.chance(0.15);
    QString summary = rng.pick(summaries);
    return {
        {QStringLiteral("issue_resolved"), resolved},
        {QStringLiteral("customer_satisfaction"),
         int(resolved ? rng.range(6, 10) : rng.range(1, 6))},
        {QStringLiteral("category"), rng.pick(categories)},
        {QStringLiteral("summary"), withHtml ? withMarkup(summary) : summary},
        {QStringLiteral("follow_up_required"), followUp},
        {QStringLiteral("follow_up_date"), isoDate(laterWorkingTime(rng, endMs, 1, 14))},
    };
}

QJsonObject collectionsAnalysis(SimRandom &rng, qint64 endMs, bool withHtml)
{
    static const QStringList dispositions = {QStringLiteral("promise"), QStringLiteral("dispute"),
                                             QStringLiteral("hardship"), QStringLiteral("paid")};
    static const QStringList notes = {
        QStringLiteral("Will pay half now and half with the next salary."),
        QStringLiteral("Says the invoice was already paid by bank transfer."),
        QStringLiteral("Lost job last month, asked about a payment plan."),
        QStringLiteral("Disputes the late fee, wants it waived."),
    };
    const bool promise = rng.chance(0.5);
    QString note = rng.pick(notes);
    return {
        {QStringLiteral("promise_to_pay"), promise},
        {QStringLiteral("amount_promised"), promise ? double(rng.range(2000, 90000)) / 100.0 : 0.0},
        {QStringLiteral("payment_date"), isoDate(laterWorkingTime(rng, endMs, 1, 30))},
        {QStringLiteral("disposition"),
         promise ? QStringLiteral("promise") : rng.pick(dispositions)},
        {QStringLiteral("notes"), withHtml ? withMarkup(note) : note},
    };
}

QJsonObject appointmentsAnalysis(SimRandom &rng, qint64 endMs, bool withHtml)
{
    static const QStringList locations = {QStringLiteral("clinic_north"),
                                          QStringLiteral("clinic_south"), QStringLiteral("video")};
    static const QStringList notes = {
        QStringLiteral("Prefers mornings; reminded to bring the insurance card."),
        QStringLiteral("Rescheduled from last week, first available slot taken."),
        QStringLiteral("Asked for a female doctor if possible."),
    };
    QString note = rng.pick(notes);
    return {
        {QStringLiteral("appointment_booked"), rng.chance(0.65)},
        {QStringLiteral("appointment_at"), simIsoDateTime(laterWorkingTime(rng, endMs, 1, 21))},
        {QStringLiteral("location"), rng.pick(locations)},
        {QStringLiteral("notes"), withHtml ? withMarkup(note) : note},
    };
}

} // namespace

QString simIsoDateTime(qint64 ms)
{
    // By hand: QDateTime::toString(format) is slow enough to show in a 50 000-call workspace,
    // and Qt::ISODateWithMs writes "+00:00" instead of "Z" for a QTimeZone-UTC date-time.
    constexpr qint64 MsPerDay = 24 * 60 * 60 * 1000;
    const qint64 day = ms >= 0 ? ms / MsPerDay : (ms - MsPerDay + 1) / MsPerDay;
    const qint64 inDay = ms - day * MsPerDay;
    const QDate date = QDate::fromJulianDay(2440588 + day); // 2440588: 1970-01-01
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(),
                             date.day(), int(inDay / 3600000), int(inDay / 60000 % 60),
                             int(inDay / 1000 % 60), int(inDay % 1000));
}

const QList<SimAgent> &simAgents()
{
    static const QList<SimAgent> agents = {
        {QStringLiteral("agt_7f3a9c21e4b80d5f"), QStringLiteral("Ava (Sales)"), 0, 0.30,
         AnalysisSchema::Sales},
        {QStringLiteral("agt_2b8d4e6f1a9c3e70"), QStringLiteral("Ben (Support)"), 1, 0.25,
         AnalysisSchema::Support},
        {QStringLiteral("agent_5c1e9b7d3f2a6b48"), QStringLiteral("Cleo (Collections)"), 2, 0.20,
         AnalysisSchema::Collections},
        {QStringLiteral("agt_9e4f2a7c6b1d8a03"), QStringLiteral("Dan (Survey)"), 1, 0.15,
         AnalysisSchema::None},
        {QStringLiteral("agt_4d6a1f8e2c9b5e17"), QStringLiteral("Eve (Appointments)"), 0, 0.10,
         AnalysisSchema::Appointments},
    };
    return agents;
}

const QStringList &simCampaignIds()
{
    static const QStringList ids = {QStringLiteral("cmp_spring_outreach_8c2f"),
                                    QStringLiteral("cmp_renewals_q4_3a9d"),
                                    QStringLiteral("cmp_overdue_accounts_e51b")};
    return ids;
}

const QStringList &simWorkspaceNumbers()
{
    static const QStringList numbers = {QStringLiteral("+15550100200"),
                                        QStringLiteral("+15550100201"),
                                        QStringLiteral("+15550100202")};
    return numbers;
}

QJsonObject simAnalysis(AnalysisSchema schema, quint64 seed, qint64 endMs, bool withHtml)
{
    SimRandom rng(SimRandom::mix(seed, AnalysisStream));
    switch (schema) {
    case AnalysisSchema::None:
        return {};
    case AnalysisSchema::Sales:
        return salesAnalysis(rng, endMs, withHtml);
    case AnalysisSchema::Support:
        return supportAnalysis(rng, endMs, withHtml);
    case AnalysisSchema::Collections:
        return collectionsAnalysis(rng, endMs, withHtml);
    case AnalysisSchema::Appointments:
        return appointmentsAnalysis(rng, endMs, withHtml);
    }
    return {};
}

QString simTranscript(AnalysisSchema schema, quint64 seed)
{
    SimRandom rng(SimRandom::mix(seed, TranscriptStream));
    static const QStringList openers = {
        QStringLiteral("Hi, this is the assistant calling from Northwind. Is now a good time?"),
        QStringLiteral("Hello! Thanks for taking my call. Do you have two minutes?"),
        QStringLiteral("Good afternoon, I'm calling about your account with us."),
    };
    static const QStringList userLines = {
        QStringLiteral("Sure, go ahead."),
        QStringLiteral("Okay, what is this about?"),
        QStringLiteral("I only have a minute."),
        QStringLiteral("Yes, I was expecting a call actually."),
        QStringLiteral("Can you repeat that?"),
        QStringLiteral("That sounds fine to me."),
        QStringLiteral("I'm not sure, let me think about it."),
    };
    static const QStringList agentLines = {
        QStringLiteral("Of course. Let me check the details on my side."),
        QStringLiteral("Thanks. I can see the last interaction was two weeks ago."),
        QStringLiteral("Understood. Would a follow-up later this week work?"),
        QStringLiteral("Great, I'll note that down."),
        QStringLiteral("I can send you a summary by email as well."),
    };
    static const QStringList closers = {
        QStringLiteral("Thanks for your time, have a great day!"),
        QStringLiteral("I appreciate it. Goodbye!"),
    };
    QStringList lines;
    lines << QStringLiteral("Agent: ") + rng.pick(openers);
    const int exchanges = int(rng.range(2, 5));
    for (int i = 0; i < exchanges; ++i) {
        lines << QStringLiteral("User: ") + rng.pick(userLines);
        lines << QStringLiteral("Agent: ") + rng.pick(agentLines);
    }
    if (schema == AnalysisSchema::Support)
        lines << QStringLiteral("User: Thanks, that solved it.");
    else
        lines << QStringLiteral("User: Okay, bye.");
    lines << QStringLiteral("Agent: ") + rng.pick(closers);
    return lines.join(QLatin1Char('\n'));
}

} // namespace callboard::sim

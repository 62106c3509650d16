// Specification of Directory: ids become the names a supervisor knows, and server text is
// cleaned once, here, before any view shows it.
#include "core/directory/Directory.h"

#include <QSignalSpy>
#include <QTest>

using namespace callboard;

namespace {
AgentInfo agent(const QString &id, const QString &title, const QString &versionTitle = {})
{
    return AgentInfo{id, title, versionTitle};
}

BatchInfo batch(const QString &id, const QString &title)
{
    BatchInfo b;
    b.id = id;
    b.title = title;
    b.status = QStringLiteral("in_progress");
    return b;
}
} // namespace

class TestDirectory : public QObject
{
    Q_OBJECT
private slots:
    void agentIsNamedByItsTitle()
    {
        Directory d;
        d.setAgents({agent(QStringLiteral("agt_1"), QStringLiteral("Customer Support Agent"),
                           QStringLiteral("v3"))});
        QCOMPARE(d.agentName(QStringLiteral("agt_1")), QStringLiteral("Customer Support Agent"));
        QVERIFY(d.knowsAgent(QStringLiteral("agt_1")));
    }

    void nullTitleFallsBackToVersionTitleThenId()
    {
        Directory d;
        d.setAgents({agent(QStringLiteral("agt_1"), {}, QStringLiteral("Billing v2")),
                     agent(QStringLiteral("agt_2"), QStringLiteral("   "), QStringLiteral("Intake")),
                     agent(QStringLiteral("agt_3"), {}, {})});
        QCOMPARE(d.agentName(QStringLiteral("agt_1")), QStringLiteral("Billing v2"));
        QCOMPARE(d.agentName(QStringLiteral("agt_2")), QStringLiteral("Intake"));
        QCOMPARE(d.agentName(QStringLiteral("agt_3")), QStringLiteral("agt_3"));
        QVERIFY(d.knowsAgent(QStringLiteral("agt_3")));
    }

    void unknownIdsShowThemselves()
    {
        Directory d;
        QCOMPARE(d.agentName(QStringLiteral("agt_zz")), QStringLiteral("agt_zz"));
        QCOMPARE(d.campaignName(QStringLiteral("cmp_spring")), QStringLiteral("cmp_spring"));
        QVERIFY(!d.knowsAgent(QStringLiteral("agt_zz")));
        QVERIFY(!d.knowsBatch(QStringLiteral("cmp_spring")));
        QCOMPARE(d.batch(QStringLiteral("cmp_spring")), nullptr);
        QCOMPARE(d.agentName(QString()), QString());
    }

    void veryLongTitleIsCappedWithAnEllipsis()
    {
        Directory d;
        const QString longTitle = QString(200, QLatin1Char('x'));
        d.setAgents({agent(QStringLiteral("agt_1"), longTitle)});
        const QString name = d.agentName(QStringLiteral("agt_1"));
        QCOMPARE(name.size(), Directory::kMaxNameLength);
        QVERIFY(name.endsWith(QChar(0x2026)));
        QVERIFY(name.startsWith(QStringLiteral("xxxx")));
    }

    void capNeverSplitsACharacter()
    {
        // 79 letters then an emoji (a surrogate pair) straddling the cut.
        const QString raw = QString(78, QLatin1Char('a')) + QString::fromUtf8("\xF0\x9F\x98\x80")
                            + QStringLiteral("tail");
        const QString name = Directory::cleanName(raw);
        QVERIFY(name.size() <= Directory::kMaxNameLength);
        QVERIFY(!name.at(name.size() - 2).isHighSurrogate());
        QVERIFY(name.endsWith(QChar(0x2026)));
    }

    void markupStaysText()
    {
        Directory d;
        d.setAgents({agent(QStringLiteral("agt_1"), QStringLiteral("<b>VIP</b> line"))});
        QCOMPARE(d.agentName(QStringLiteral("agt_1")), QStringLiteral("<b>VIP</b> line"));
    }

    void controlCharactersGoAndWhitespaceCollapses()
    {
        QCOMPARE(Directory::cleanName(QStringLiteral("  Sales\t\n  team\x07  ")),
                 QStringLiteral("Sales team"));
        QCOMPARE(Directory::cleanName(QStringLiteral("Sup\u202Eport")), QStringLiteral("Support"));
        QCOMPARE(Directory::cleanName(QStringLiteral("\x01\x02")), QString());
    }

    void duplicateTitlesGetIdSuffixes()
    {
        Directory d;
        d.setAgents({agent(QStringLiteral("agt_aaaa1111"), QStringLiteral("Support")),
                     agent(QStringLiteral("agt_bbbb2222"), QStringLiteral("Support ")),
                     agent(QStringLiteral("agt_cccc3333"), QStringLiteral("Sales"))});
        QCOMPARE(d.agentName(QStringLiteral("agt_aaaa1111")), QStringLiteral("Support (1111)"));
        QCOMPARE(d.agentName(QStringLiteral("agt_bbbb2222")), QStringLiteral("Support (2222)"));
        QCOMPARE(d.agentName(QStringLiteral("agt_cccc3333")), QStringLiteral("Sales"));
    }

    void duplicateLongTitlesStillFitTheCap()
    {
        Directory d;
        const QString longTitle = QString(120, QLatin1Char('y'));
        d.setAgents({agent(QStringLiteral("agt_1111"), longTitle),
                     agent(QStringLiteral("agt_2222"), longTitle)});
        const QString a = d.agentName(QStringLiteral("agt_1111"));
        const QString b = d.agentName(QStringLiteral("agt_2222"));
        QVERIFY(a != b);
        QVERIFY(a.size() <= Directory::kMaxNameLength);
        QVERIFY(a.endsWith(QStringLiteral("\u2026 (1111)")));
    }

    void batchesNameCampaigns()
    {
        Directory d;
        BatchInfo spring = batch(QStringLiteral("bat_1"), QStringLiteral("Spring outreach"));
        spring.totalLeads = 100;
        spring.sentLeads = 40;
        spring.pickedUp = 12;
        d.setBatches({spring, batch(QStringLiteral("bat_2"), {}),
                      batch(QStringLiteral("bat_3"), QStringLiteral("Renewals")),
                      batch(QStringLiteral("bat_4"), QStringLiteral("Renewals"))});
        QCOMPARE(d.campaignName(QStringLiteral("bat_1")), QStringLiteral("Spring outreach"));
        QCOMPARE(d.campaignName(QStringLiteral("bat_2")), QStringLiteral("bat_2"));
        QCOMPARE(d.campaignName(QStringLiteral("bat_3")), QStringLiteral("Renewals (at_3)"));
        QVERIFY(d.knowsBatch(QStringLiteral("bat_2")));
        const BatchInfo *b = d.batch(QStringLiteral("bat_1"));
        QVERIFY(b);
        QCOMPARE(b->totalLeads, 100);
        QCOMPARE(b->sentLeads, 40);
        QCOMPARE(b->pickedUp, 12);
        QCOMPARE(d.batches().size(), 4);
    }

    void callsAreNamedByBatchThenCampaign()
    {
        Directory d;
        d.setBatches({batch(QStringLiteral("bat_1"), QStringLiteral("Spring outreach"))});
        QCOMPARE(d.campaignNameOf(QStringLiteral("cmp_x"), QStringLiteral("bat_1")),
                 QStringLiteral("Spring outreach"));
        QCOMPARE(d.campaignNameOf(QStringLiteral("cmp_x"), QStringLiteral("bat_unknown")),
                 QStringLiteral("cmp_x"));
        QCOMPARE(d.campaignNameOf({}, QStringLiteral("bat_unknown")), QStringLiteral("bat_unknown"));
        QCOMPARE(d.campaignNameOf(QStringLiteral("bat_1"), {}), QStringLiteral("Spring outreach"));
        QCOMPARE(d.campaignNameOf({}, {}), QString());
    }

    void changedOnlyWhenSomethingDiffers()
    {
        Directory d;
        QSignalSpy spy(&d, &Directory::changed);
        const QList<AgentInfo> agents{agent(QStringLiteral("agt_1"), QStringLiteral("A"))};
        d.setAgents(agents);
        d.setAgents(agents);
        QCOMPARE(spy.count(), 1);
        BatchInfo b = batch(QStringLiteral("bat_1"), QStringLiteral("B"));
        d.setBatches({b});
        b.sentLeads = 3; // progress alone is a change worth showing
        d.setBatches({b});
        d.setBatches({b});
        QCOMPARE(spy.count(), 3);
        d.setAgents({});
        QCOMPARE(spy.count(), 4);
        QVERIFY(!d.knowsAgent(QStringLiteral("agt_1")));
    }

    void availabilityIsReportedOnChange()
    {
        Directory d;
        QSignalSpy spy(&d, &Directory::availabilityChanged);
        QCOMPARE(d.availability(), Directory::Availability::Unknown);
        d.setAvailability(Directory::Availability::Denied);
        d.setAvailability(Directory::Availability::Denied);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(d.availability(), Directory::Availability::Denied);
        // Denied keeps whatever names were known (from the cache, say).
        d.setAgents({agent(QStringLiteral("agt_1"), QStringLiteral("A"))});
        QCOMPARE(d.agentName(QStringLiteral("agt_1")), QStringLiteral("A"));
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"

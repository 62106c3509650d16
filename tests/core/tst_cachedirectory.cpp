// The directory in the local cache (schema version 2): what a board knew of agents and batches
// comes back at the next open exactly, nulls and missing counts included, and a change
// replaces what the file held.
#include "core/cache/CallCache.h"
#include "core/directory/Directory.h"
#include "core/time/Clock.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace callboard;

namespace {
const QDateTime Start(QDate(2026, 11, 28), QTime(15, 0), QTimeZone::utc());

BatchInfo springBatch()
{
    BatchInfo b;
    b.id = QStringLiteral("batch_spring");
    b.title = QStringLiteral("Spring outreach");
    b.status = QStringLiteral("running");
    b.totalLeads = 6000;
    b.sentLeads = 1234;
    b.pickedUp = 456;
    b.lastCallSentAt = Start.addSecs(-60);
    b.createdAt = Start.addDays(-1);
    return b;
}
} // namespace

class TestCacheDirectory final : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void namesComeBackAtTheNextOpen()
    {
        ManualClock clock(Start);
        const QList<AgentInfo> agents{
            {QStringLiteral("agt_1"), QStringLiteral("Ava (Sales)"), QStringLiteral("v3")},
            {QStringLiteral("agt_2"), QString(), QStringLiteral("Ben (Support)")}, // null title
            {QStringLiteral("agt_3"), QStringLiteral("<b>VIP</b> line"), QString()}};
        BatchInfo bare; // nothing but an id: counts and times not given
        bare.id = QStringLiteral("batch_bare");
        {
            CallCache cache(path(), &clock);
            CallCache::Contents contents;
            QVERIFY(cache.open(&contents));
            QVERIFY(contents.agents.isEmpty()); // a new file knows no names
            Directory directory;
            cache.watch(&directory);
            directory.setAgents(agents);
            directory.setBatches({springBatch(), bare});
        }
        CallCache cache(path(), &clock);
        CallCache::Contents contents;
        QVERIFY(cache.open(&contents));
        QCOMPARE(contents.agents, agents);
        QCOMPARE(contents.batches.size(), 2);
        QCOMPARE(contents.batches.at(0), springBatch());
        QCOMPARE(contents.batches.at(1).totalLeads, -1);
        QVERIFY(!contents.batches.at(1).createdAt.isValid());
        Directory directory;
        directory.setAgents(contents.agents);
        QCOMPARE(directory.agentName(QStringLiteral("agt_2")), QStringLiteral("Ben (Support)"));
    }

    void aChangeReplacesWhatTheFileHeld()
    {
        ManualClock clock(Start);
        {
            CallCache cache(path(), &clock);
            CallCache::Contents contents;
            QVERIFY(cache.open(&contents));
            Directory directory;
            cache.watch(&directory);
            directory.setAgents({{QStringLiteral("agt_old"), QStringLiteral("Old"), {}}});
            directory.setAgents({{QStringLiteral("agt_new"), QStringLiteral("New"), {}}});
            BatchInfo moved = springBatch();
            directory.setBatches({moved});
            moved.sentLeads = 2000;
            directory.setBatches({moved});
        }
        CallCache cache(path(), &clock);
        CallCache::Contents contents;
        QVERIFY(cache.open(&contents));
        QCOMPARE(contents.agents.size(), 1);
        QCOMPARE(contents.agents.first().id, QStringLiteral("agt_new"));
        QCOMPARE(contents.batches.size(), 1);
        QCOMPARE(contents.batches.first().sentLeads, 2000);
    }

private:
    QString path() const { return m_dir.filePath(QStringLiteral("workspace.sqlite")); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCacheDirectory)
#include "tst_cachedirectory.moc"

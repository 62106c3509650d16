// CallCache's schema versions: an empty file is migrated, an older one keeps its calls
// through the steps (and a failing step changes nothing), a newer one is left alone.
#include "CallCacheFixture.h"

using namespace callboard;
using namespace callboard::cachetest;

class TestCacheSchema final : public QObject, protected CacheFixture
{
    Q_OBJECT

private slots:
    void init() { makeBed(); }
    void cleanup() { clearBed(); }

    void anEmptyFileIsMigratedToTheCurrentVersion()
    {
        {
            RawConnection raw(path());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE unrelated (x)"))); // version 0, not empty
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
        }
        CallCache cache(path(), m_clock.get());
        CallCache::Contents contents;
        QVERIFY(cache.open(&contents));
        cache.waitForWrites();
        RawConnection raw(path());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), CacheSchema::currentVersion());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QVERIFY(raw.scalar(QStringLiteral("SELECT count(*) FROM calls")).isValid());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'calls_created_at'")).toInt(), 1);
    }

    void anOlderVersionIsMigratedAndKeepsItsCalls()
    {
        // A file as the current version writes it...
        CallStore store;
        {
            CallCache cache(path(), m_clock.get());
            CallCache::Contents contents;
            QVERIFY(cache.open(&contents));
            cache.watch(&store);
            store.apply({callAt(QStringLiteral("kept"), start().toMSecsSinceEpoch())});
        }
        // ...meets a program one version newer, whose next step adds a column.
        std::vector<CacheSchema::Step> next = CacheSchema::steps();
        next.push_back([](QSqlDatabase &db, QSqlError *error) {
            return CacheSchema::exec(db, {QStringLiteral("ALTER TABLE calls ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")}, error);
        });
        RawConnection raw(path());
        QSqlDatabase db = raw.db();
        QSqlError error;
        QVERIFY2(CacheSchema::migrate(db, next, &error), qPrintable(error.text()));
        QCOMPARE(CacheSchema::version(db, &error), CacheSchema::currentVersion() + 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT pinned FROM calls WHERE id = 'kept'")).toInt(), 0);
        QVERIFY(CacheSchema::migrate(db, next, &error)); // a second run has nothing to do

        // A step that fails changes nothing: the file stays at the version before it.
        next.push_back([](QSqlDatabase &db, QSqlError *error) {
            return CacheSchema::exec(db, {QStringLiteral("CREATE TABLE half (x)"), QStringLiteral("NOT SQL")}, error);
        });
        QVERIFY(!CacheSchema::migrate(db, next, &error));
        QCOMPARE(CacheSchema::version(db, &error), CacheSchema::currentVersion() + 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half'")).toInt(), 0);
    }

    void aFileFromANewerVersionIsLeftAlone()
    {
        {
            RawConnection raw(path());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        CallCache cache(path(), m_clock.get());
        QSignalSpy problems(&cache, &CallCache::problem);
        CallCache::Contents contents;
        QVERIFY(!cache.open(&contents));
        QVERIFY(!cache.isOpen());
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.first().at(0).toString().contains(QStringLiteral("newer Callboard")));
        QVERIFY(QFile::exists(path())); // not moved aside: the newer program still wants it
        QCOMPARE(asideFiles().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "tst_cacheschema.moc"

// CallCache when the file or its folder is not as expected: damaged files and pages moved
// aside, a file locked by another program, failing writes, impossible and read-only places.
// The board always goes on without its cache.
#include "CallCacheFixture.h"

using namespace callboard;
using namespace callboard::cachetest;

class TestCacheFaults final : public QObject, protected CacheFixture
{
    Q_OBJECT

private slots:
    void init() { makeBed(); }
    void cleanup() { clearBed(); }

    void aDamagedFileIsMovedAsideAndANewOneStarted()
    {
        QFile garbage(path());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes += char((i * 7919) % 251);
        garbage.write(bytes);
        garbage.close();

        CallCache cache(path(), m_clock.get());
        QSignalSpy problems(&cache, &CallCache::problem);
        CallCache::Contents contents;
        QVERIFY(cache.open(&contents));
        QVERIFY(contents.calls.empty());
        QCOMPARE(problems.count(), 1);
        const QString message = problems.first().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("damaged")) && message.contains(QStringLiteral("moved aside")),
                 qPrintable(message));
        const QStringList aside = asideFiles();
        QCOMPARE(aside.size(), 1);
        QFile moved(QDir(m_dir->path()).filePath(aside.first()));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), bytes); // kept for whoever wants to look at it
        // The new file works.
        CallStore store;
        cache.watch(&store);
        store.apply({callAt(QStringLiteral("after"), 1)});
        cache.waitForWrites();
        QCOMPARE(rowCount(), 1);
    }

    void aDamagedPageIsFoundAtStart()
    {
        // A real database whose table pages are overwritten: quick_check finds it.
        CallStore store;
        {
            CallCache cache(path(), m_clock.get());
            CallCache::Contents contents;
            QVERIFY(cache.open(&contents));
            cache.watch(&store);
            std::vector<CallLog> many;
            for (int i = 0; i < 500; ++i)
                many.push_back(callAt(QStringLiteral("c%1").arg(i), i));
            store.apply(many);
        }
        {
            RawConnection raw(path()); // fold the WAL into the file
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 5 * 4096);
        file.seek(2 * 4096);
        file.write(QByteArray(2 * 4096, char(0x5a)));
        file.close();

        CallCache cache(path(), m_clock.get());
        QSignalSpy problems(&cache, &CallCache::problem);
        CallCache::Contents contents;
        QVERIFY(cache.open(&contents));
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.first().at(0).toString().contains(QStringLiteral("damaged")));
        QCOMPARE(asideFiles().size(), 1);
        QVERIFY(contents.calls.empty());
    }

    void aLockedFileIsLeftAloneAndTheBoardGoesOn()
    {
        {
            CallCache cache(path(), m_clock.get());
            CallCache::Contents contents;
            QVERIFY(cache.open(&contents));
        }
        RawConnection other(path(), QStringLiteral("other"));
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('x', 'y')")));

        CallStore store;
        store.apply({callAt(QStringLiteral("shown"), 1)});
        {
            CallCache cache(path(), m_clock.get());
            QSignalSpy problems(&cache, &CallCache::problem);
            CallCache::Contents contents;
            QVERIFY(!cache.open(&contents));
            QCOMPARE(problems.count(), 1);
            QVERIFY2(problems.first().at(0).toString().contains(QStringLiteral("locked")),
                     qPrintable(problems.first().at(0).toString()));
            cache.watch(&store); // a no-op now, and harmless
            store.apply({callAt(QStringLiteral("more"), 2)});
            cache.waitForWrites();
        }
        QCOMPARE(store.size(), 2); // the board's calls are untouched
        QCOMPARE(asideFiles().size(), 0);
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
        // Once released, the cache opens again.
        CallCache cache(path(), m_clock.get());
        CallCache::Contents contents;
        QVERIFY(cache.open(&contents));
    }

    void aWriteThatFailsTurnsTheCacheOffNotTheBoard()
    {
        CallStore store;
        CallCache cache(path(), m_clock.get());
        CallCache::Contents contents;
        QVERIFY(cache.open(&contents));
        cache.watch(&store);
        QSignalSpy problems(&cache, &CallCache::problem);
        RawConnection other(path(), QStringLiteral("other"));
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('x', 'y')")));
        store.apply({callAt(QStringLiteral("a"), 1)});
        cache.waitForWrites(); // the worker waits out its busy timeout, then gives up
        QVERIFY(QTest::qWaitFor([&] { return problems.count() == 1; }, 5000));
        QVERIFY2(problems.first().at(0).toString().contains(QStringLiteral("stopped working")),
                 qPrintable(problems.first().at(0).toString()));
        QVERIFY(!cache.isOpen());
        QCOMPARE(store.size(), 1);
        store.apply({callAt(QStringLiteral("b"), 2)}); // and nothing more is tried
        cache.waitForWrites();
        QCoreApplication::processEvents();
        QCOMPARE(problems.count(), 1);
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
    }

    void anImpossiblePlaceIsReportedNotFatal()
    {
        // A folder that cannot be made, whoever runs the test: its parent is a regular file.
        QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        CallCache cache(m_dir->filePath(QStringLiteral("not-a-folder/cache/x.sqlite")), m_clock.get());
        QSignalSpy problems(&cache, &CallCache::problem);
        CallCache::Contents contents;
        QVERIFY(!cache.open(&contents));
        QCOMPARE(problems.count(), 1);
        QVERIFY2(problems.first().at(0).toString().contains(QStringLiteral("Cannot write")),
                 qPrintable(problems.first().at(0).toString()));
        cache.waitForWrites(); // and nothing else fails
    }

    void aReadOnlyFolderIsReportedNotFatal()
    {
        const QString dir = m_dir->filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        QFile probe(dir + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) { // root, or a file system without permissions
            probe.close();
            probe.remove();
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("this user can write into a 0500 folder (root?): the case cannot be made here");
        }
        CallCache cache(dir + QStringLiteral("/x.sqlite"), m_clock.get());
        QSignalSpy problems(&cache, &CallCache::problem);
        CallCache::Contents contents;
        QVERIFY(!cache.open(&contents));
        QCOMPARE(problems.count(), 1);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestCacheFaults)
#include "tst_cachefaults.moc"

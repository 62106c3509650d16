// CallCache at work: where the file is and what it is named, records round-tripping through
// CallCodec, what one run writes and the next reads back, writes batched on the clock,
// retention, the key kept out of every byte, and discard. Schema migrations are in
// tst_cacheschema, damaged, locked and unwritable files in tst_cachefaults.
#include "CallCacheFixture.h"

using namespace callboard;
using namespace callboard::cachetest;

class TestCallCache final : public QObject, protected CacheFixture
{
    Q_OBJECT

private slots:
    void init() { makeBed(); }
    void cleanup() { clearBed(); }

    void theFileIsNamedByAFingerprintNotTheKey()
    {
        const QString key = QStringLiteral("dn_live_SECRET_0123456789");
        const QUrl url(QStringLiteral("https://api.dialnexa.com/v1"));
        const QString name = CacheLocation::workspaceName(url, key);
        QCOMPARE(name.size(), 32);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(name).hasMatch());
        // The documented formula.
        const QByteArray keyHash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
        const QByteArray expected = QCryptographicHash::hash("https://api.dialnexa.com/v1\n" + keyHash,
                                                             QCryptographicHash::Sha256).toHex().left(32);
        QCOMPARE(name, QString::fromLatin1(expected));
        // Spellings of the same server are one workspace; another key or server is another.
        QCOMPARE(CacheLocation::workspaceName(QUrl(QStringLiteral("HTTPS://API.DialNexa.com:443/v1/")), key), name);
        QVERIFY(CacheLocation::workspaceName(url, key + QLatin1Char('x')) != name);
        QVERIFY(CacheLocation::workspaceName(QUrl(QStringLiteral("http://127.0.0.1:8080/v1")), key) != name);
        QCOMPARE(CacheLocation::demoName(7), QStringLiteral("demo-7"));
        QVERIFY(CacheLocation::filePath(m_dir->path(), name).endsWith(name + QStringLiteral(".sqlite")));
    }

    void theDefaultPlaceIsTheAppDataFolder()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's real folder
        const QString dir = CacheLocation::defaultDirectory();
        QVERIFY(dir.endsWith(QStringLiteral("/cache")));
        QVERIFY(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QStandardPaths::setTestModeEnabled(false);
    }

    void recordsRoundTripExactly()
    {
        std::vector<CallLog> calls = simulatedCalls(120);
        QVERIFY(calls.size() > 300);
        calls.push_back(everyKindOfValue());
        for (const CallLog &c : calls) {
            CallLog back;
            QVERIFY2(CallCodec::decode(CallCodec::encode(c), &back), qPrintable(c.id));
            QCOMPARE(difference(c, back), QString());
        }
        // Damaged or foreign bytes are refused, never misread.
        CallLog back;
        const QByteArray good = CallCodec::encode(everyKindOfValue());
        QVERIFY(!CallCodec::decode(good.left(good.size() - 3), &back));
        QVERIFY(!CallCodec::decode(good + "x", &back));
        QVERIFY(!CallCodec::decode(QByteArray(1, char(CallCodec::kFormat + 1)) + good.mid(1), &back));
        QVERIFY(!CallCodec::decode(QByteArray(), &back));
    }

    void whatIsWrittenIsReadBackAtTheNextStart()
    {
        CallStore store;
        std::vector<CallLog> calls = simulatedCalls(120);
        calls.push_back(everyKindOfValue());
        const QDateTime synced = m_clock->now().addSecs(-5);
        const QDateTime since = m_clock->now().addSecs(-3 * 3600);
        {
            CallCache cache(path(), m_clock.get());
            CallCache::Contents contents;
            QVERIFY(cache.open(&contents));
            QVERIFY(contents.calls.empty());
            QVERIFY(!contents.syncedAt.isValid());
            cache.watch(&store);
            store.apply(calls);
            cache.setSyncState(since, synced);
        } // the destructor writes what is pending
        CallCache cache(path(), m_clock.get());
        CallCache::Contents contents;
        QVERIFY(cache.open(&contents));
        QCOMPARE(contents.calls.size(), calls.size());
        QCOMPARE(contents.syncedAt, synced);
        QCOMPARE(contents.completeSince, since);
        for (const CallLog &c : contents.calls) {
            const CallLog *original = store.find(c.id);
            QVERIFY(original);
            QCOMPARE(difference(*original, c), QString());
        }
        for (size_t i = 1; i < contents.calls.size(); ++i) // newest first
            QVERIFY(contents.calls[i - 1].createdAtMs >= contents.calls[i].createdAtMs);
    }

    void aBoardReadsOnlyItsWindowAndTheRestIsKept()
    {
        const qint64 now = m_clock->nowMs();
        const qint64 windowStart = now - 3600 * 1000;
        {
            CallStore store;
            CallCache cache(path(), m_clock.get());
            CallCache::Contents contents;
            QVERIFY(cache.open(&contents));
            cache.watch(&store);
            store.apply({callAt(QStringLiteral("yesterday"), now - 20 * 3600 * 1000),
                         callAt(QStringLiteral("earlier"), windowStart - 1),
                         callAt(QStringLiteral("in-window"), windowStart + 1)});
        }
        {
            CallCache cache(path(), m_clock.get());
            CallCache::Contents contents;
            QVERIFY(cache.open(&contents, windowStart));
            QCOMPARE(contents.calls.size(), size_t(1));
            QCOMPARE(contents.calls.front().id, QStringLiteral("in-window"));
        }
        CallCache cache(path(), m_clock.get());
        CallCache::Contents contents;
        QVERIFY(cache.open(&contents)); // a wider window later still finds the history
        QCOMPARE(contents.calls.size(), size_t(3));
    }

    void writesAreBatchedOnTheClock()
    {
        CallStore store;
        CallCache cache(path(), m_clock.get());
        CallCache::Contents contents;
        QVERIFY(cache.open(&contents));
        cache.watch(&store);
        QSignalSpy wrote(&cache, &CallCache::wrote);
        // Three ticks' changes inside two seconds: one transaction, when the clock says so.
        store.apply({callAt(QStringLiteral("a"), 1), callAt(QStringLiteral("b"), 2)});
        m_clock->advance(500);
        CallLog changed = callAt(QStringLiteral("a"), 1);
        changed.statusText = QStringLiteral("completed");
        store.apply({changed, callAt(QStringLiteral("c"), 3)});
        m_clock->advance(1000);
        QCoreApplication::processEvents();
        QCOMPARE(wrote.count(), 0);
        QCOMPARE(rowCount(), 0);
        m_clock->advance(500);
        cache.waitForWrites();
        QVERIFY(QTest::qWaitFor([&] { return wrote.count() == 1; }, 5000));
        QCOMPARE(wrote.first().at(0).toInt(), 3); // "a" once, in its latest state
        QCOMPARE(rowCount(), 3);
        // Nothing changes: nothing is written, however long the board runs.
        m_clock->advance(60 * 1000);
        cache.waitForWrites();
        QCoreApplication::processEvents();
        QCOMPARE(wrote.count(), 1);
        // A big batch does not wait for the clock.
        cache.setMaxPending(100);
        std::vector<CallLog> many;
        for (int i = 0; i < 150; ++i)
            many.push_back(callAt(QStringLiteral("m%1").arg(i), 1000 + i));
        store.apply(many);
        QVERIFY(QTest::qWaitFor([&] { return wrote.count() == 2; }, 5000));
        QCOMPARE(wrote.last().at(0).toInt(), 150);
    }

    void retentionPrunesAtStartAndDailyInVirtualTime()
    {
        const qint64 now = start().toMSecsSinceEpoch();
        CallStore store;
        {
            CallCache cache(path(), m_clock.get());
            CallCache::Contents contents;
            QVERIFY(cache.open(&contents));
            cache.watch(&store);
            store.apply({callAt(QStringLiteral("old"), now - 3 * kDayMs),
                         callAt(QStringLiteral("edge"), now - 2 * kDayMs + 3600 * 1000),
                         callAt(QStringLiteral("new"), now - 1000)});
        }
        QCOMPARE(rowCount(), 3);
        CallCache cache(path(), m_clock.get());
        cache.setRetentionDays(2);
        CallCache::Contents contents;
        QVERIFY(cache.open(&contents));
        QCOMPARE(contents.calls.size(), size_t(2)); // "old" is past retention
        QCOMPARE(contents.calls.front().id, QStringLiteral("new"));
        cache.waitForWrites();
        QCOMPARE(rowCount(), 2); // and gone from the file
        // A day later the daily pruning takes "edge" (now 3 days minus an hour old).
        m_clock->advance(kDayMs - 1000);
        cache.waitForWrites();
        QCOMPARE(rowCount(), 2);
        m_clock->advance(1000);
        cache.waitForWrites();
        QCOMPARE(rowCount(), 1);
        m_clock->advance(kDayMs); // and keeps pruning every day: now "new" is two days old too
        cache.waitForWrites();
        QCOMPARE(rowCount(), 0);
    }

    void theKeyIsInNoFileNameAndNoByte()
    {
        const QString key = QStringLiteral("dn_live_K3y_that_must_never_be_written");
        const QString name = CacheLocation::workspaceName(QUrl(QStringLiteral("https://api.dialnexa.com/v1")), key);
        CallStore store;
        {
            CallCache cache(CacheLocation::filePath(m_dir->path(), name), m_clock.get());
            CallCache::Contents contents;
            QVERIFY(cache.open(&contents));
            cache.watch(&store);
            store.apply(simulatedCalls(60));
            cache.setSyncState(m_clock->now(), m_clock->now());
            cache.waitForWrites();
            const QByteArray bytes = allBytesUnder(m_dir->path()); // the WAL included
            QVERIFY(bytes.size() > 10000);
            QVERIFY(!bytes.contains(key.toUtf8()));
            QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2)));
        }
        const QByteArray bytes = allBytesUnder(m_dir->path());
        QVERIFY(bytes.size() > 10000);
        QVERIFY(!bytes.contains(key.toUtf8()));
        for (const QString &file : QDir(m_dir->path()).entryList(QDir::Files))
            QVERIFY(!file.contains(key));
    }

    void discardDeletesTheFile()
    {
        CallCache cache(path(), m_clock.get());
        CallCache::Contents contents;
        QVERIFY(cache.open(&contents));
        CallStore store;
        cache.watch(&store);
        store.apply({callAt(QStringLiteral("a"), 1)});
        cache.waitForWrites();
        QVERIFY(QFile::exists(path()));
        cache.discard();
        QVERIFY(!cache.isOpen());
        QVERIFY(!QFile::exists(path()));
        store.apply({callAt(QStringLiteral("b"), 2)});
        cache.waitForWrites();
        QVERIFY(!QFile::exists(path()));
    }
};

QTEST_GUILESS_MAIN(TestCallCache)
#include "tst_callcache.moc"

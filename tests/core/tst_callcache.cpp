// Specification of the local call cache: records round-trip exactly, writes are batched on the
// clock, the schema migrates, retention prunes in virtual time, and a damaged, locked or
// unwritable file is reported and survived. The file never holds the API key.
#include "core/cache/CacheLocation.h"
#include "core/cache/CacheSchema.h"
#include "core/cache/CallCache.h"
#include "core/cache/CallCodec.h"
#include "core/api/json/CallLogReader.h"
#include "core/model/CallStore.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"

#include "sim/Simulator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace callboard;

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

QDateTime start() { return utcDateTime(QDate(2026, 11, 28), QTime(15, 0)); }

// Every field, the derived enums and each analysis value's typed value included.
QString difference(const CallLog &a, const CallLog &b)
{
    const QStringList sa{a.id, a.callId, a.agentId, a.statusText, a.sentimentText, a.recordingUrl,
                         a.endReasonText, a.fallbackSttTranscriberId, a.toNumber, a.fromNumber,
                         a.callDirection, a.type, a.campaignId, a.batchCallId};
    const QStringList sb{b.id, b.callId, b.agentId, b.statusText, b.sentimentText, b.recordingUrl,
                         b.endReasonText, b.fallbackSttTranscriberId, b.toNumber, b.fromNumber,
                         b.callDirection, b.type, b.campaignId, b.batchCallId};
    for (int i = 0; i < sa.size(); ++i)
        if (sa[i] != sb[i] || sa[i].isNull() != sb[i].isNull())
            return QStringLiteral("%1: text %2 differs: '%3' vs '%4'").arg(a.id).arg(i).arg(sa[i], sb[i]);
    if (a.status != b.status || a.sentiment != b.sentiment || a.endReason != b.endReason)
        return a.id + QStringLiteral(": derived enums differ");
    if (a.durationSeconds != b.durationSeconds || a.createdAtMs != b.createdAtMs)
        return a.id + QStringLiteral(": duration or created_at differ");
    if (a.analysis.size() != b.analysis.size())
        return a.id + QStringLiteral(": analysis sizes differ");
    for (qsizetype i = 0; i < a.analysis.size(); ++i) {
        const AnalysisField &x = a.analysis[i], &y = b.analysis[i];
        if (x.key != y.key || x.value.type != y.value.type || x.value.text != y.value.text
            || x.value.value != y.value.value || x.value.value.metaType() != y.value.value.metaType())
            return QStringLiteral("%1: analysis field %2 differs").arg(a.id, x.key);
    }
    return {};
}

CallLog callFromJson(const char *json)
{
    CallLog c;
    QString reason;
    if (!CallLogReader::readRecord(QJsonDocument::fromJson(json).object(), &c, &reason))
        qFatal("unreadable test record: %s", qPrintable(reason));
    return c;
}

// A call with every kind of value the reader produces, odd text included.
CallLog everyKindOfValue()
{
    return callFromJson(
        "{\"id\":\"call-odd\",\"call_id\":\"\",\"agent_id\":\"agent \\u00e9\\u00e8 \\ud83c\\udf89\","
        "\"status\":\"teleported\",\"sentiment\":null,\"duration_seconds\":null,"
        "\"recording_url\":\"https://rec.example/a?b=c&d=\\\"e\\\"\",\"created_at\":\"2026-11-28T14:03:07.123Z\","
        "\"end_reason\":\"some_new_reason\",\"to_number\":\"+49 30 1234\",\"type\":\"web\","
        "\"analysis\":{\"flag\":true,\"off\":false,\"score\":3.25,\"big\":1e300,\"neg\":-0.5,"
        "\"count\":42,\"summary\":\"Line one\\nline two <b>not markup</b>\",\"day\":\"2026-11-28\","
        "\"when\":\"2026-11-28T14:03:07+02:00\",\"nested\":{\"a\":[1,2,{\"b\":null}]},"
        "\"list\":[\"x\",\"y\"],\"nothing\":null,\"empty\":\"\"}}");
}

std::vector<CallLog> simulatedCalls(int minutes)
{
    sim::SimConfig config;
    config.callsPerMinute = 6;
    config.backlogMinutes = minutes;
    ManualClock clock(start());
    sim::Simulator simulator(&clock, config);
    std::vector<CallLog> calls;
    for (const QJsonValue &v : simulator.truth()) {
        CallLog c;
        QString reason;
        if (CallLogReader::readRecord(v, &c, &reason))
            calls.push_back(c);
    }
    return calls;
}

CallLog callAt(const QString &id, qint64 createdAtMs)
{
    CallLog c = everyKindOfValue();
    c.id = id;
    c.createdAtMs = createdAtMs;
    return c;
}

// A second connection to the file, as another program would hold it.
struct RawConnection
{
    explicit RawConnection(const QString &path, const QString &name = QStringLiteral("raw"))
        : name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        db().close();
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }
    QString name;
};

QByteArray allBytesUnder(const QString &dir)
{
    QByteArray all;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
} // namespace

class TestCallCache final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock = std::make_unique<ManualClock>(start());
    }

    void cleanup()
    {
        m_clock.reset();
        m_dir.reset();
    }

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

private:
    QString path() const { return m_dir->filePath(QStringLiteral("workspace.sqlite")); }
    QStringList asideFiles() const
    {
        QStringList files = QDir(m_dir->path()).entryList({QStringLiteral("workspace.sqlite.corrupt-*")}, QDir::Files);
        files.removeIf([](const QString &f) { return f.endsWith(QLatin1String("-wal")) || f.endsWith(QLatin1String("-shm")); });
        return files;
    }
    int rowCount() const
    {
        RawConnection raw(path(), QStringLiteral("count"));
        return raw.scalar(QStringLiteral("SELECT count(*) FROM calls")).toInt();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
};

QTEST_GUILESS_MAIN(TestCallCache)
#include "tst_callcache.moc"

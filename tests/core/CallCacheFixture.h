// CallCacheFixture: what the CallCache tests share. Calls (every kind of value, or a
// simulated workspace's), a second raw SQLite connection as another program would hold it,
// and CacheFixture: a temporary folder, the cache file's path in it and a ManualClock.
#pragma once

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

namespace callboard::cachetest {
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

inline QDateTime start() { return utcDateTime(QDate(2026, 11, 28), QTime(15, 0)); }

// Every field, the derived enums and each analysis value's typed value included.
inline QString difference(const CallLog &a, const CallLog &b)
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

inline CallLog callFromJson(const char *json)
{
    CallLog c;
    QString reason;
    if (!CallLogReader::readRecord(QJsonDocument::fromJson(json).object(), &c, &reason))
        qFatal("unreadable test record: %s", qPrintable(reason));
    return c;
}

// A call with every kind of value the reader produces, odd text included.
inline CallLog everyKindOfValue()
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

inline std::vector<CallLog> simulatedCalls(int minutes)
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

inline CallLog callAt(const QString &id, qint64 createdAtMs)
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

inline QByteArray allBytesUnder(const QString &dir)
{
    QByteArray all;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// The members the CallCache tests share; each test class derives from it (init() makes a
// fresh folder and a ManualClock at start(), cleanup() drops them).
class CacheFixture
{
protected:
    // A fresh directory and clock for every test function (its init() and cleanup()).
    void makeBed()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock = std::make_unique<ManualClock>(start());
    }
    void clearBed()
    {
        m_clock.reset();
        m_dir.reset();
    }
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

} // namespace callboard::cachetest

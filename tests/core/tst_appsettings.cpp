// AppSettings: typed preferences over QSettings, always in bounds, never holding the key.
#include "core/settings/AppSettings.h"

#include "core/api/DialNexaClient.h"
#include "core/sync/SyncEngine.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace callboard;

class TestAppSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void defaultsWhenEmpty()
    {
        AppSettings s(path());
        QCOMPARE(s.baseUrl(), DialNexaClient::defaultBaseUrl());
        QCOMPARE(s.intervalSec(), 5);
        QCOMPARE(s.backfillHours(), 0);
        QCOMPARE(s.boardWindow(), BoardWindow::today());
        QCOMPARE(s.themeName(), QStringLiteral("light"));
        QCOMPARE(s.demo(), false);
        QVERIFY(!s.backfillSince(QDateTime::currentDateTimeUtc()).isValid());
    }

    void roundTripThroughTheFile()
    {
        {
            AppSettings s(path());
            s.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/v1/")));
            s.setIntervalSec(30);
            s.setBackfillHours(8);
            s.setThemeName(QStringLiteral("contrast"));
            s.setDemo(true);
            s.sync();
        }
        AppSettings s(path());
        QCOMPARE(s.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
        QCOMPARE(s.intervalSec(), 30);
        QCOMPARE(s.backfillHours(), 8);
        QCOMPARE(s.boardWindow(), BoardWindow::lastHours(8)); // the board shows what it loads
        QCOMPARE(s.themeName(), QStringLiteral("contrast"));
        QCOMPARE(s.demo(), true);
        s.setBoardWindow(BoardWindow::today());
        QCOMPARE(s.backfillHours(), 0);
    }

    void keylessAndCaFileAreConnectionSettings()
    {
        AppSettings s(path());
        QCOMPARE(s.keyless(), false);
        QCOMPARE(s.caFile(), QString());
        s.setKeyless(true);
        s.setCaFile(QStringLiteral(" /etc/callboard/site-ca.pem "));
        s.sync();
        QSettings raw(path(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("connection/noKey")).toString(), QStringLiteral("true"));
        QCOMPARE(AppSettings(path()).caFile(), QStringLiteral("/etc/callboard/site-ca.pem"));
        // Spelled as a display's file spells booleans; "no" is not a yes.
        for (const char *value : {"yes", "on", "1", "TRUE"}) {
            raw.setValue(QStringLiteral("connection/noKey"), QString::fromLatin1(value));
            raw.sync();
            QVERIFY2(AppSettings(path()).keyless(), value);
        }
        for (const char *value : {"no", "off", "0", "false", "nokey"}) {
            raw.setValue(QStringLiteral("connection/noKey"), QString::fromLatin1(value));
            raw.sync();
            QVERIFY2(!AppSettings(path()).keyless(), value);
        }
        s.setCaFile(QString());
        s.sync();
        raw.sync();
        QVERIFY(!raw.contains(QStringLiteral("connection/caFile")));
    }

    void wrapsAnExistingQSettings()
    {
        QSettings raw(path(), QSettings::IniFormat);
        AppSettings s(&raw);
        s.setIntervalSec(12);
        QCOMPARE(raw.value(QStringLiteral("sync/intervalSec")).toInt(), 12);
        QCOMPARE(s.fileName(), raw.fileName());
    }

    void intervalIsClamped()
    {
        AppSettings s(path());
        s.setIntervalSec(0);
        QCOMPARE(s.intervalSec(), SyncEngine::kMinIntervalSec);
        s.setIntervalSec(1000000);
        QCOMPARE(s.intervalSec(), AppSettings::kMaxIntervalSec);
    }

    void backfillIsClampedAndMeasuredBack()
    {
        AppSettings s(path());
        s.setBackfillHours(-3);
        QCOMPARE(s.backfillHours(), 0);
        s.setBackfillHours(100000);
        QCOMPARE(s.backfillHours(), AppSettings::kMaxBackfillHours);
        s.setBackfillHours(2);
        const QDateTime now(QDate(2026, 11, 28), QTime(15, 0), QTimeZone::utc());
        QCOMPARE(s.backfillSince(now),
                 QDateTime(QDate(2026, 11, 28), QTime(13, 0), QTimeZone::utc()));
    }

    void cacheRetentionDefaultsTo30DaysAndIsBounded()
    {
        AppSettings s(path());
        QCOMPARE(s.cacheRetentionDays(), 30);
        s.setCacheRetentionDays(0);
        QCOMPARE(s.cacheRetentionDays(), 1);
        s.setCacheRetentionDays(5000);
        QCOMPARE(s.cacheRetentionDays(), AppSettings::kMaxCacheRetentionDays);
        s.setCacheRetentionDays(7);
        QCOMPARE(s.cacheRetentionDays(), 7);
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("cache/retentionDays"), QStringLiteral("forever"));
        raw.sync();
        QCOMPARE(AppSettings(path()).cacheRetentionDays(), 30);
    }

    void unknownThemeFallsBackToLight()
    {
        AppSettings s(path());
        s.setThemeName(QStringLiteral("dark"));
        QCOMPARE(s.themeName(), QStringLiteral("dark"));
        s.setThemeName(QStringLiteral("<b>neon</b>"));
        QCOMPARE(s.themeName(), QStringLiteral("light"));
    }

    void hostileFileValuesAreBounded()
    {
        {
            QSettings raw(path(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("sync/intervalSec"), QStringLiteral("soon"));
            raw.setValue(QStringLiteral("sync/backfillHours"), -50);
            raw.setValue(QStringLiteral("connection/baseUrl"), QStringLiteral("not a url"));
            raw.setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
        }
        AppSettings s(path());
        QCOMPARE(s.intervalSec(), AppSettings::kDefaultIntervalSec);
        QCOMPARE(s.backfillHours(), 0);
        QCOMPARE(s.baseUrl(), DialNexaClient::defaultBaseUrl());
        QCOMPARE(s.themeName(), QStringLiteral("light"));
    }

private:
    QString path() const
    {
        return m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction()));
    }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"

// The kiosk's configuration as an administrator writes it (INI), the schedules it blanks by,
// and the PIN guard's lockout in virtual time.
#include "core/kiosk/KioskConfig.h"
#include "core/kiosk/PinGuard.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"
#include "core/time/WeekSchedule.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace callboard;

class TestKioskConfig : public QObject
{
    Q_OBJECT
private:
    static QString writeIni(const QTemporaryDir &dir, const QByteArray &text)
    {
        const QString path = dir.filePath(QStringLiteral("kiosk.ini"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void readsEveryKeyOfAProvisionedDisplay()
    {
        QTemporaryDir dir;
        QSettings s(writeIni(dir, "[connection]\ndemo=true\n"
                                  "[kiosk]\nenabled=true\nscreens=0,HDMI-2\npages=campaigns,kpis\n"
                                  "pageSeconds=45\ntheme=contrast\npin=2468\nburnInMinutes=5\nburnInPixels=6\n"
                                  "blankOutside=07:30-19:00\nblankDays=Mon-Sat\n"
                                  "[kiosk/screen-HDMI-2]\npages=cards\npageSeconds=12\n"),
                    QSettings::IniFormat);
        QStringList warnings;
        const KioskConfig c = KioskConfig::read(s, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY(c.demo);
        QVERIFY(c.enabled);
        QCOMPARE(c.pages, (QList<KioskPage>{KioskPage::Campaigns, KioskPage::Kpis}));
        QCOMPARE(c.pageSeconds, 45);
        QCOMPARE(c.theme, QStringLiteral("contrast"));
        QCOMPARE(c.pin, QStringLiteral("2468"));
        QCOMPARE(c.burnInMinutes, 5);
        QCOMPARE(c.burnInPixels, 6);
        QVERIFY(c.blankOutsideHours);
        QCOMPARE(c.showHours.start, QTime(7, 30));
        QCOMPARE(c.showHours.end, QTime(19, 0));
        QCOMPARE(c.showHours.days, quint8(0x3f));
        QCOMPARE(c.screens.size(), 2);
        QCOMPARE(c.screens[0].selector, QStringLiteral("0"));
        QCOMPARE(c.pagesOf(c.screens[0]), c.pages);          // the kiosk's pages
        QCOMPARE(c.pageSecondsOf(c.screens[0]), 45);
        QCOMPARE(c.pagesOf(c.screens[1]), QList<KioskPage>{KioskPage::Cards}); // its own
        QCOMPARE(c.pageSecondsOf(c.screens[1]), 12);
    }

    void aCardsPageNamesItsSavedViewPerDisplayAndPerScreen()
    {
        QTemporaryDir dir;
        QSettings s(writeIni(dir, "[kiosk]\nscreens=0,HDMI-2\ncardsView=\"Failed, today\"\n"
                                  "[kiosk/screen-HDMI-2]\ncardsView=Live now\n"),
                    QSettings::IniFormat);
        QStringList warnings;
        const KioskConfig c = KioskConfig::read(s, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(c.cardsView, QStringLiteral("Failed, today")); // quoted: a comma is part of it
        QCOMPARE(c.cardsViewOf(c.screens[0]), c.cardsView);
        QCOMPARE(c.cardsViewOf(c.screens[1]), QStringLiteral("Live now"));

        KioskConfig out;
        out.cardsView = QStringLiteral("Failed, today");
        out.screens = {KioskScreen{QStringLiteral("DP-1"), {}, 0, QStringLiteral("Live now"), QStringLiteral("Acme, Inc")}};
        const QString path = dir.filePath(QStringLiteral("out.ini"));
        {
            QSettings w(path, QSettings::IniFormat);
            out.write(w);
        }
        QSettings r(path, QSettings::IniFormat);
        const KioskConfig back = KioskConfig::read(r, &warnings);
        QCOMPARE(back.cardsView, out.cardsView); // written quoted, read whole
        QCOMPARE(back.cardsViewOf(back.screens[0]), QStringLiteral("Live now"));
        QCOMPARE(back.screens[0].workspace, QStringLiteral("Acme, Inc")); // a screen's workspace, comma and all
    }

    void aScreenGroupThatScreensDoesNotListIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wall.ini"));
        {
            QSettings w(path, QSettings::IniFormat);
            w.setValue(QStringLiteral("kiosk/screen-0/workspace"), QStringLiteral("Beta"));
            w.setValue(QStringLiteral("kiosk/screen-1/pages"), QStringLiteral("cards"));
            w.setValue(QStringLiteral("kiosk/screens"), QStringLiteral("1"));
        }
        QSettings r(path, QSettings::IniFormat);
        QStringList warnings;
        const KioskConfig c = KioskConfig::read(r, &warnings);
        QCOMPARE(c.screens.size(), 1);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QStringLiteral("kiosk/screen-0: screens= does not list “0”")), qPrintable(warnings.first()));
    }

    void writtenConfigReadsBackTheSame()
    {
        QTemporaryDir dir;
        KioskConfig c;
        c.enabled = true;
        c.pages = {KioskPage::Charts, KioskPage::Cards};
        c.pageSeconds = 33;
        c.pin = QStringLiteral("13579");
        c.blankOutsideHours = true;
        c.showHours.start = QTime(6, 0);
        c.showHours.end = QTime(22, 15);
        c.showHours.days = 0x41; // Mon, Sun
        c.screens = {KioskScreen{QStringLiteral("DP-1"), {KioskPage::Kpis}, 9, {}, {}}};
        const QString path = dir.filePath(QStringLiteral("out.ini"));
        {
            QSettings s(path, QSettings::IniFormat);
            c.write(s);
        }
        QSettings s(path, QSettings::IniFormat);
        QStringList warnings;
        const KioskConfig back = KioskConfig::read(s, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(back.pages, c.pages);
        QCOMPARE(back.pageSeconds, 33);
        QCOMPARE(back.pin, c.pin);
        QVERIFY(back.showHours == c.showHours);
        QCOMPARE(back.screens.size(), 1);
        QCOMPARE(back.screens[0].selector, QStringLiteral("DP-1"));
        QCOMPARE(back.screens[0].pages, QList<KioskPage>{KioskPage::Kpis});
        QCOMPARE(back.screens[0].pageSeconds, 9);
    }

    void badValuesAreNamedAndReplacedByDefaults()
    {
        QTemporaryDir dir;
        QSettings s(writeIni(dir, "[connection]\ndemo=perhaps\n"
                                  "[kiosk]\npages=cards,weather\npageSeconds=1\ntheme=neon\n"
                                  "burnInMinutes=-4\nblankOutside=9 to 5\nblankDays=Funday\npin=12ab\n"),
                    QSettings::IniFormat);
        QStringList warnings;
        const KioskConfig c = KioskConfig::read(s, &warnings);
        const KioskConfig defaults;
        QCOMPARE(warnings.size(), 8);
        const QString all = warnings.join(QLatin1Char('\n'));
        for (const char *named : {"connection/demo", "kiosk/pages", "pageSeconds", "kiosk/theme", "burnInMinutes",
                                  "kiosk/blankOutside", "kiosk/blankDays", "kiosk/pin"})
            QVERIFY2(all.contains(QLatin1String(named)), named);
        QVERIFY(all.contains(QStringLiteral("weather")));
        QCOMPARE(c.demo, defaults.demo);
        QCOMPARE(c.pages, defaults.pages);
        QCOMPARE(c.pageSeconds, defaults.pageSeconds);
        QCOMPARE(c.theme, defaults.theme);
        QCOMPARE(c.burnInMinutes, defaults.burnInMinutes);
        QVERIFY(!c.blankOutsideHours);
        // A malformed PIN keeps the kiosk locked rather than open to anyone.
        QCOMPARE(c.pin, QStringLiteral("12ab"));
    }

    void theBoardWindowComesFromTheFile()
    {
        QTemporaryDir dir;
        {
            QSettings s(writeIni(dir, "[kiosk]\nwindow=8h\n"), QSettings::IniFormat);
            QStringList warnings;
            const KioskConfig c = KioskConfig::read(s, &warnings);
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
            QVERIFY(c.window);
            QCOMPARE(*c.window, BoardWindow::lastHours(8));
        }
        {
            QSettings s(writeIni(dir, "[kiosk]\nwindow=yesterday\n"), QSettings::IniFormat);
            QStringList warnings;
            const KioskConfig c = KioskConfig::read(s, &warnings);
            QCOMPARE(warnings.size(), 1);
            QVERIFY(warnings.first().contains(QStringLiteral("kiosk/window")));
            QVERIFY(!c.window); // the settings' window, Today by default
        }
        {
            QSettings s(writeIni(dir, "[kiosk]\nenabled=true\n"), QSettings::IniFormat);
            QVERIFY(!KioskConfig::read(s, nullptr).window);
        }
    }

    void misspeltKeysAreNamed()
    {
        QTemporaryDir dir;
        QSettings s(writeIni(dir, "[connection]\nbaseUrl=https://api.example.com/v1\nbaseURL=x\n"
                                  "[sync]\nintervalSec=fast\n"
                                  "[kiosk]\nPin=1234\npage=cards\npageSeconds=30\n"),
                    QSettings::IniFormat);
        QStringList warnings;
        const KioskConfig c = KioskConfig::read(s, &warnings);
        const QString all = warnings.join(QLatin1Char('\n'));
        QCOMPARE(warnings.size(), 4);
        for (const char *named : {"connection/baseURL", "kiosk/Pin", "kiosk/page", "sync/intervalSec"})
            QVERIFY2(all.contains(QLatin1String(named)), named);
        QVERIFY(all.contains(QStringLiteral("unknown key")));
        QVERIFY(c.pin.isEmpty()); // "Pin" is not "pin": said, not guessed
        QCOMPARE(c.pageSeconds, 30);
    }

    void aDisplayBehindAProxyIsConfiguredWithoutWarnings()
    {
        QTemporaryDir dir;
        QSettings good(writeIni(dir, "[connection]\nbaseUrl=https://proxy.example/v1\nnoKey=true\n"
                                     "caFile=/etc/callboard/site-ca.pem\n"),
                       QSettings::IniFormat);
        QStringList warnings;
        KioskConfig::read(good, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

        QTemporaryDir dir2;
        QSettings bad(writeIni(dir2, "[connection]\nnoKey=maybe\nnokey=true\n"), QSettings::IniFormat);
        KioskConfig::read(bad, &warnings);
        const QString all = warnings.join(QLatin1Char('\n'));
        QCOMPARE(warnings.size(), 2);
        QVERIFY(all.contains(QStringLiteral("connection/noKey")) && all.contains(QStringLiteral("maybe")));
        QVERIFY(all.contains(QStringLiteral("connection/nokey")));
    }

    void pageLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        QTest::newRow("all") << "cards,charts,kpis,campaigns" << true << 4;
        QTest::newRow("spaces and case") << " KPIs , cards " << true << 2;
        QTest::newRow("repeats once") << "cards,cards" << true << 1;
        QTest::newRow("unknown") << "cards,news" << false << 0;
        QTest::newRow("empty") << "" << false << 0;
    }
    void pageLists()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, count);
        QList<KioskPage> pages;
        QString error;
        QCOMPARE(KioskConfig::parsePages(text, &pages, &error), ok);
        if (ok)
            QCOMPARE(pages.size(), count);
        else
            QVERIFY(!error.isEmpty());
    }

    void scheduleHours_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QString>("days");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("inside");
        const QDate friday(2026, 11, 27);
        QTest::newRow("weekday morning") << "08:00-18:00" << "Mon-Fri" << QDateTime(friday, QTime(8, 0)) << true;
        QTest::newRow("end is outside") << "08:00-18:00" << "Mon-Fri" << QDateTime(friday, QTime(18, 0)) << false;
        QTest::newRow("saturday") << "08:00-18:00" << "Mon-Fri" << QDateTime(friday.addDays(1), QTime(10, 0)) << false;
        QTest::newRow("night shift friday") << "22:00-06:00" << "Fri" << QDateTime(friday, QTime(23, 0)) << true;
        QTest::newRow("night shift after midnight") << "22:00-06:00" << "Fri" << QDateTime(friday.addDays(1), QTime(5, 59)) << true;
        QTest::newRow("night shift thursday night") << "22:00-06:00" << "Fri" << QDateTime(friday, QTime(3, 0)) << false;
        QTest::newRow("weekend wraps") << "00:00-00:00" << "Sat-Mon" << QDateTime(friday.addDays(3), QTime(12, 0)) << true;
        QTest::newRow("weekend wraps, not tuesday") << "00:00-00:00" << "Sat-Mon" << QDateTime(friday.addDays(4), QTime(12, 0)) << false;
    }
    void scheduleHours()
    {
        QFETCH(QString, hours);
        QFETCH(QString, days);
        QFETCH(QDateTime, at);
        QFETCH(bool, inside);
        WeekSchedule s;
        QVERIFY(WeekSchedule::parseHours(hours, &s, nullptr));
        QVERIFY(WeekSchedule::parseDays(days, &s.days, nullptr));
        QCOMPARE(s.contains(at), inside);
    }

    void pinLocksAfterFiveWrongTriesForAMinute()
    {
        ManualClock clock(utcDateTime(QDate(2026, 11, 28), QTime(9, 0)));
        PinGuard guard(QStringLiteral("2468"), &clock);
        QVERIFY(guard.required());
        for (int i = 0; i < PinGuard::kTriesBeforeLock - 1; ++i)
            QCOMPARE(guard.check(QStringLiteral("0000")), PinGuard::Result::Wrong);
        QCOMPARE(guard.check(QStringLiteral("1111")), PinGuard::Result::Locked);
        // Even the right PIN waits out the lock.
        QCOMPARE(guard.check(QStringLiteral("2468")), PinGuard::Result::Locked);
        clock.advance(PinGuard::kLockMs - 1);
        QCOMPARE(guard.check(QStringLiteral("2468")), PinGuard::Result::Locked);
        clock.advance(1);
        QCOMPARE(guard.check(QStringLiteral("2468")), PinGuard::Result::Accepted);
        QVERIFY(!PinGuard(QString(), &clock).required());
    }
};

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "tst_kioskconfig.moc"

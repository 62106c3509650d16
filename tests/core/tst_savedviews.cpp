// Saved views as the settings file holds them: every field round-trips, a file written by
// hand reads, and damaged data (an unknown status, a number that is not one, a group that is
// not a list) is named in a warning, left out of the menu and kept in the file.
#include "core/time/Utc.h"
#include "core/views/SavedViewSettings.h"
#include "core/views/SavedViewStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace callboard;

class TestSavedViews : public QObject
{
    Q_OBJECT
private:
    static QString writeIni(const QTemporaryDir &dir, const QByteArray &text)
    {
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static SavedView everything()
    {
        SavedView v;
        v.name = QStringLiteral("Ärger, heute = \"hot\" & more"); // commas, quotes, =, & and umlauts
        v.filter.text = QStringLiteral("refund, please; =cmd");
        v.filter.groups = CallFilter::bit(StatusGroup::Failed) | CallFilter::bit(StatusGroup::Other);
        v.filter.sentiments = CallFilter::bit(Sentiment::Negative) | CallFilter::bit(Sentiment::None);
        v.filter.agentIds = {QStringLiteral("agt_1"), QStringLiteral("agt_2")};
        v.filter.campaignIds = {QStringLiteral("bat_9")};
        v.filter.endReasons = {QStringLiteral("user_busy")};
        v.filter.minDurationSec = 30;
        v.filter.maxDurationSec = 119;
        v.filter.createdFromMs = utcDateTime(QDate(2026, 11, 28), QTime(14, 0)).toMSecsSinceEpoch();
        v.filter.createdToMs = v.filter.createdFromMs + 15 * 60 * 1000 + 250;
        v.sort = CallSort::Longest;
        return v;
    }

private slots:
    void everyFieldRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        SavedView plain;
        plain.name = QStringLiteral("All calls");
        {
            QSettings s(path, QSettings::IniFormat);
            writeSavedViews(s, {everything(), plain});
        }
        QSettings s(path, QSettings::IniFormat);
        const SavedViewsRead read = readSavedViews(s);
        QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(read.views.size(), 2);
        QVERIFY(read.views[0] == everything());
        QVERIFY(read.views[1] == plain);
        QVERIFY(read.views[1].filter.isEmpty());
        QCOMPARE(read.views[1].sort, CallSort::Newest);
    }

    void aFileWrittenByHandReads()
    {
        QTemporaryDir dir;
        QSettings s(writeIni(dir, "[views]\nlist\\size=1\n"
                                  "list\\1\\name=Angry failures\nlist\\1\\statuses=failed, not_reached\n"
                                  "list\\1\\sentiments=NEGATIVE\nlist\\1\\sort=status\n"
                                  "list\\1\\createdFrom=2026-11-28T14:00:00Z\n"),
                    QSettings::IniFormat);
        const SavedViewsRead read = readSavedViews(s);
        QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(read.views.size(), 1);
        const SavedView &v = read.views.first();
        QCOMPARE(v.filter.groups, CallFilter::bit(StatusGroup::Failed) | CallFilter::bit(StatusGroup::NotReached));
        QCOMPARE(v.filter.sentiments, CallFilter::bit(Sentiment::Negative));
        QCOMPARE(v.sort, CallSort::Status);
        QCOMPARE(v.filter.createdFromMs, utcDateTime(QDate(2026, 11, 28), QTime(14, 0)).toMSecsSinceEpoch());
        QCOMPARE(v.filter.createdToMs, qint64(-1));
    }

    void badEntriesAreNamedLeftOutAndKept_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("said");
        QTest::newRow("unknown status") << QByteArray("statuses=failed,ringing") << QStringLiteral("unknown status \"ringing\"");
        QTest::newRow("unknown sentiment") << QByteArray("sentiments=grumpy") << QStringLiteral("unknown sentiment \"grumpy\"");
        QTest::newRow("duration not a number") << QByteArray("minDurationSec=half a minute") << QStringLiteral("minDurationSec \"half a minute\"");
        QTest::newRow("negative duration") << QByteArray("maxDurationSec=-5") << QStringLiteral("maxDurationSec \"-5\"");
        QTest::newRow("min above max") << QByteArray("minDurationSec=300\nlist\\1\\maxDurationSec=30") << QStringLiteral("above");
        QTest::newRow("bad time") << QByteArray("createdTo=yesterday") << QStringLiteral("createdTo \"yesterday\"");
        QTest::newRow("bad sort") << QByteArray("sort=loudest") << QStringLiteral("unknown sort \"loudest\"");
        QTest::newRow("misspelt key") << QByteArray("status=failed") << QStringLiteral("unknown key \"status\"");
    }

    void badEntriesAreNamedLeftOutAndKept()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString path = writeIni(dir, "[views]\nlist\\size=2\nlist\\1\\name=Broken\nlist\\1\\" + entry
                                               + "\nlist\\2\\name=Fine\nlist\\2\\statuses=live\n");
        QSettings s(path, QSettings::IniFormat);
        SavedViewStore store(&s);
        QCOMPARE(store.views().size(), 1);
        QCOMPARE(store.views().first().name, QStringLiteral("Fine"));
        QCOMPARE(store.warnings().size(), 1);
        QVERIFY2(store.warnings().first().contains(QStringLiteral("“Broken”")), qPrintable(store.warnings().first()));
        QVERIFY2(store.warnings().first().contains(said), qPrintable(store.warnings().first()));

        // Saving another view keeps the broken entry as it was, for someone to fix.
        SavedView added;
        added.name = QStringLiteral("Added");
        QVERIFY(store.save(added));
        QSettings again(path, QSettings::IniFormat);
        const SavedViewsRead back = readSavedViews(again);
        QCOMPARE(back.views.size(), 2);
        QCOMPARE(back.unreadable.size(), 1);
        QCOMPARE(back.unreadable.first().value(QStringLiteral("name")).toString(), QStringLiteral("Broken"));
        QCOMPARE(back.warnings.size(), 1);
    }

    void aDamagedGroupIsSaidAndNothingBreaks()
    {
        QTemporaryDir dir;
        {
            QSettings s(writeIni(dir, "[views]\nlist=garbage\n"), QSettings::IniFormat);
            const SavedViewsRead read = readSavedViews(s);
            QVERIFY(read.views.isEmpty());
            QCOMPARE(read.warnings.size(), 1);
            QVERIFY(read.warnings.first().contains(QStringLiteral("not a list of views")));
        }
        {
            // A size that is no number loses nothing: entries are found by their groups.
            QSettings s(writeIni(dir, "[views]\nlist\\size=many\nlist\\2\\name=Second\nlist\\1\\name=First\n"
                                      "list\\x\\name=Odd\nlist\\3\\sort=newest\n"),
                        QSettings::IniFormat);
            const SavedViewsRead read = readSavedViews(s);
            QCOMPARE(read.views.size(), 2);
            QCOMPARE(read.views[0].name, QStringLiteral("First"));
            QCOMPARE(read.views[1].name, QStringLiteral("Second"));
            QCOMPARE(read.warnings.size(), 2); // "x" is not numbered; 3 has no name
            QVERIFY(read.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("no name")));
        }
        {
            QSettings s(writeIni(dir, "[General]\nviews=1\n"), QSettings::IniFormat);
            const SavedViewsRead read = readSavedViews(s);
            QVERIFY(read.views.isEmpty());
            QCOMPARE(read.warnings.size(), 1);
        }
        {
            QSettings s(writeIni(dir, "[views]\nlist\\1\\name=Twice\nlist\\2\\name=twice \n"), QSettings::IniFormat);
            const SavedViewsRead read = readSavedViews(s);
            QCOMPARE(read.views.size(), 1);
            QVERIFY(read.warnings.first().contains(QStringLiteral("already has this name")));
        }
    }

    void theStoreReplacesByNameIgnoringCaseAndDeletes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QSettings s(path, QSettings::IniFormat);
        SavedViewStore store(&s);
        QSignalSpy changed(&store, &SavedViewStore::changed);
        QCOMPARE(store.namesText(), QStringLiteral("none"));
        SavedView failed;
        failed.name = QStringLiteral("  Failed ");
        failed.filter.groups = CallFilter::bit(StatusGroup::Failed);
        QVERIFY(store.save(failed));
        SavedView live;
        live.name = QStringLiteral("Live");
        QVERIFY(store.save(live));
        QVERIFY(!store.save(SavedView{}));
        QCOMPARE(store.find(QStringLiteral("failed"))->name, QStringLiteral("Failed"));
        QCOMPARE(store.namesText(), QStringLiteral("“Failed”, “Live”"));

        failed.name = QStringLiteral("FAILED");
        failed.sort = CallSort::Longest;
        QVERIFY(store.save(failed)); // replaces in place
        QCOMPARE(store.views().size(), 2);
        QCOMPARE(store.views().first().name, QStringLiteral("FAILED"));
        QCOMPARE(store.views().first().sort, CallSort::Longest);

        QVERIFY(store.remove(QStringLiteral("live")));
        QVERIFY(!store.remove(QStringLiteral("live")));
        QCOMPARE(changed.count(), 4);
        QSettings other(path, QSettings::IniFormat); // what another process would read
        const SavedViewsRead read = readSavedViews(other);
        QCOMPARE(read.views.size(), 1);
        QVERIFY(read.views.first() == store.views().first());
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"

// Bad input on the command line gets one clear line and exit code 2, never a silent start:
// a --config file of random bytes, an unknown option (which points to --help), and a
// screenshot that cannot be written (which says why, in the system's words).
#include "AppRun.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace callboard::test;

class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void aConfigFileOfRandomBytesIsRefused()
    {
        const QString config = m_home.filePath(QStringLiteral("noise.ini"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray noise(4096, Qt::Uninitialized);
        QRandomGenerator rng(20261207);
        for (char &c : noise)
            c = char(rng.bounded(256));
        noise[100] = '\0'; // random bytes hold zeros; this seed's must not be left to luck
        f.write(noise);
        f.close();
        const AppRun run = runApp(m_home.path(), {QStringLiteral("--demo"), QStringLiteral("--no-cache"),
                                                  QStringLiteral("--once"), QStringLiteral("--config"), config});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is not an INI file: it holds binary data"), run.err.constData());
    }

    void aStrayLineInTheConfigIsNamed()
    {
        const QString config = m_home.filePath(QStringLiteral("typo.ini"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[kiosk]\nenabled=true\npages cards,charts\n");
        f.close();
        const AppRun run = runApp(m_home.path(), {QStringLiteral("--demo"), QStringLiteral("--once"),
                                                  QStringLiteral("--config"), config});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("line 3 is neither a [group], a key=value nor a comment"), run.err.constData());
    }

    void anUnknownOptionPointsToHelp()
    {
        const AppRun run = runApp(m_home.path(), {QStringLiteral("--demo"), QStringLiteral("--bogus-flag")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("bogus-flag"), run.err.constData());
        QVERIFY2(run.err.contains("Run “callboard --help” to see the options."), run.err.constData());
    }

    void helpSpeaksTheUsersLanguage()
    {
        const AppRun run = runApp(m_home.path(), {QStringLiteral("--help")}, QStringLiteral("de_DE"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Mit dieser gespeicherten Ansicht starten"), run.out.constData());
    }

    void aScreenshotThatCannotBeWrittenSaysWhy()
    {
        const QString path = m_home.filePath(QStringLiteral("no-such-folder/board.png"));
        const AppRun run = runApp(m_home.path(), {QStringLiteral("--demo"), QStringLiteral("--no-cache"),
                                                  QStringLiteral("--once"), QStringLiteral("--screenshot"), path});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("cannot write %1: ").arg(path).toUtf8()), run.err.constData());
        QVERIFY(!QFile::exists(path));
    }

    void badPictureAndSizeValuesSayWhatWouldDo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("said");
        QTest::newRow("tiny size") << QStringList{QStringLiteral("--once"), QStringLiteral("--size"), QStringLiteral("10x10")}
                                   << QStringLiteral("--size must be between 640x480 and 7680x4320");
        QTest::newRow("no picture name") << QStringList{QStringLiteral("--once"), QStringLiteral("--screenshot"), QString()}
                                         << QStringLiteral("--screenshot needs a file name");
        QTest::newRow("no csv name") << QStringList{QStringLiteral("--once"), QStringLiteral("--export-csv"), QStringLiteral(" ")}
                                     << QStringLiteral("--export-csv needs a file name");
        QTest::newRow("bmp") << QStringList{QStringLiteral("--once"), QStringLiteral("--screenshot"), QStringLiteral("board.bmp")}
                             << QStringLiteral("--screenshot writes .png or .jpg pictures, not “board.bmp”");
        QTest::newRow("missing config") << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/wall.ini")}
                                        << QStringLiteral("cannot read the config file /nonexistent/wall.ini: there is no such file");
        QTest::newRow("config is a folder") << QStringList{QStringLiteral("--config"), QStringLiteral("/tmp")}
                                            << QStringLiteral("cannot read the config file /tmp: it is a folder");
    }

    void badPictureAndSizeValuesSayWhatWouldDo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, said);
        const AppRun run = runApp(m_home.path(), args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(said.toUtf8()), run.err.constData());
    }

    void aJpgScreenshotIsAJpeg()
    {
        const QString path = m_home.filePath(QStringLiteral("board.jpg"));
        const AppRun run = runApp(m_home.path(), {QStringLiteral("--demo"), QStringLiteral("--no-cache"), QStringLiteral("--once"),
                                                  QStringLiteral("--screenshot"), path, QStringLiteral("--size"), QStringLiteral("1280x720")});
        QCOMPARE(run.exitCode, 0);
        QFile picture(path);
        QVERIFY(picture.open(QIODevice::ReadOnly));
        QVERIFY(picture.read(3) == QByteArray("\xff\xd8\xff", 3)); // a JPEG's start of image
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"

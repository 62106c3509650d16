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

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"

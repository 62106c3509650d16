// --view NAME in the real app: a saved view of the settings file (--config) narrows what
// `--once --export-csv` writes; a name no view has, or none at all, exits 2 with one line
// that says which views there are.
#include "AppRun.h"
#include "SimFixture.h"

#include "core/model/CallLog.h"

#include <QTemporaryDir>

using namespace callboard;
using namespace callboard::test;

class TestViewOption : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_config = m_home.filePath(QStringLiteral("board.ini"));
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[views]\nlist\\size=2\nlist\\1\\name=Failed only\nlist\\1\\statuses=failed\nlist\\1\\sort=longest\n"
                "list\\2\\name=Broken\nlist\\2\\statuses=ringing\n");
    }

    void theViewNarrowsTheExport()
    {
        const QString csv = m_home.filePath(QStringLiteral("calls.csv"));
        const AppRun run = runApp(m_home.path(), {QStringLiteral("--demo"), QStringLiteral("--no-cache"), QStringLiteral("--once"),
                                                  QStringLiteral("--config"), m_config, QStringLiteral("--view"),
                                                  QStringLiteral("failed only"), QStringLiteral("--export-csv"), csv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The broken view is named on stderr; the good one is used.
        QVERIFY2(run.err.contains("“Broken”") && run.err.contains("unknown status \"ringing\""), run.err.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        const int statusColumn = int(lines.first().split(',').indexOf("status"));
        QVERIFY(statusColumn > 0);
        int rows = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            ++rows;
            const QString status = QString::fromUtf8(lines[i].split(',').value(statusColumn));
            QCOMPARE(statusGroup(statusFromString(status)), StatusGroup::Failed);
        }
        QVERIFY(rows > 0);
    }

    void anUnknownViewExitsTwoNamingTheSavedOnes()
    {
        const AppRun run = runApp(m_home.path(), {QStringLiteral("--demo"), QStringLiteral("--no-cache"), QStringLiteral("--once"),
                                                  QStringLiteral("--config"), m_config, QStringLiteral("--view"),
                                                  QStringLiteral("Nope")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("callboard: no saved view named “Nope” (saved views: “Failed only”)"), run.err.constData());
        // A view that exists but cannot be read is named with why, not called missing.
        const AppRun broken = runApp(m_home.path(), {QStringLiteral("--demo"), QStringLiteral("--no-cache"), QStringLiteral("--once"),
                                                     QStringLiteral("--config"), m_config, QStringLiteral("--view"),
                                                     QStringLiteral("Broken")});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains("callboard: saved view 2 (“Broken”): unknown status \"ringing\""), broken.err.constData());
        QVERIFY2(!broken.err.contains("no saved view named"), broken.err.constData());
        const AppRun empty = runApp(m_home.path(), {QStringLiteral("--demo"), QStringLiteral("--once"), QStringLiteral("--view"), QStringLiteral(" ")});
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains("--view needs the name of a saved view"), empty.err.constData());
    }

private:
    QTemporaryDir m_home;
    QString m_config;
};

QTEST_GUILESS_MAIN(TestViewOption)
#include "tst_viewoption.moc"

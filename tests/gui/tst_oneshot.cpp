// The headless one-shot: sync once, write a PNG of the window and a CSV of every call that
// matches the simulator's calls; a rejected key is one clear line and a non-zero exit.
#include "SimFixture.h"

#include "core/sync/SyncEngine.h"
#include "demo/SimulatorDemo.h"
#include "gui/main/MainWindow.h"
#include "gui/main/OneShot.h"
#include "session/BoardSession.h"
#include "sim/SimServer.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace callboard;
using namespace callboard::test;

class TestOneShot : public QObject
{
    Q_OBJECT
private slots:
    void writesAPictureAndACsvOfEveryCall()
    {
        QTemporaryDir dir;
        ManualClock clock(fixedStart());
        BoardSession session(&clock);
        MainWindow window(&session);
        OneShot::Options options;
        options.screenshotPath = dir.filePath(QStringLiteral("board.png"));
        options.csvPath = dir.filePath(QStringLiteral("calls.csv"));
        options.size = QSize(1280, 800);
        OneShot shot(&session, &window, options);
        QSignalSpy finished(&shot, &OneShot::finished);
        shot.start();
        useSimulatorForDemo(session);
        QVERIFY(session.startDemo(11));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 0);

        const QImage png(options.screenshotPath);
        QVERIFY(!png.isNull());
        QCOMPARE(png.size() / png.devicePixelRatio(), QSize(1280, 800));

        QFile csv(options.csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("id,call_id,created_at,status"));
        // The directory's first answer came before the export: names stand beside the ids.
        QVERIFY(lines.first().contains(",agent_id,agent_name,campaign_id,batch_call_id,campaign_name,"));
        const QByteArray all = lines.join('\n');
        QVERIFY(all.contains(",Ava (Sales),"));
        QVERIFY(all.contains(",Spring outreach,"));
        QSet<QString> ids;
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (!lines[i].trimmed().isEmpty())
                ids.insert(QString::fromUtf8(lines[i].left(lines[i].indexOf(','))));
        QSet<QString> truth;
        const qint64 since = session.engine()->backfillSince().toMSecsSinceEpoch();
        for (const QJsonValue &v : demoSimulator(session)->truth()) {
            CallLog c;
            QString reason;
            QVERIFY(CallLogReader::readRecord(v, &c, &reason));
            if (c.createdAtMs >= since)
                truth.insert(c.id);
        }
        QVERIFY(truth.size() > 100);
        QCOMPARE(ids, truth);
    }

    void rejectedKeyIsOneLineAndNonZero()
    {
        ManualClock clock(fixedStart());
        sim::Simulator simulator(&clock, {});
        sim::SimServer server(&simulator);
        QVERIFY(server.listen());
        BoardSession session(&clock);
        MainWindow window(&session);
        OneShot shot(&session, &window, {});
        QSignalSpy finished(&shot, &OneShot::finished);
        shot.start();
        QVERIFY(session.startLive(server.baseUrl(), QStringLiteral("not_the_key_123")));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("401")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("not_the_key_123")));
        QVERIFY(!message.contains(QLatin1Char('\n')));
    }
};

QTEST_MAIN(TestOneShot)
#include "tst_oneshot.moc"

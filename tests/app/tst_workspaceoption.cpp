// Several workspaces through the real app: a config file declaring two workspaces on two
// simulators with different keys; `--once --export-csv` without --workspace writes both with
// a workspace column, `--workspace NAME` exports that one alone, an unknown name exits 2
// naming the workspaces, and a workspace whose key is rejected fails the export naming it.
#include "ServingAppRun.h"
#include "SimFixture.h"
#include "core/time/Utc.h"

#include <QFile>
#include <QSet>
#include <QSettings>
#include <QtEndian>
#include <QTemporaryDir>

#include <optional>

using namespace callboard;
using namespace callboard::test;

namespace {
struct Served
{
    Served(quint64 seed, const QString &key) : clock(QDateTime::currentDateTimeUtc()), simulator(&clock, config(seed, key)), server(&simulator)
    {
        if (!server.listen())
            qFatal("simulator could not listen");
    }
    static sim::SimConfig config(quint64 seed, const QString &key)
    {
        sim::SimConfig c;
        c.seed = seed;
        c.apiKey = key;
        c.callsPerMinute = 0; // a still workspace: the export must equal its truth
        return c;
    }
    ManualClock clock;
    sim::Simulator simulator;
    sim::SimServer server;
};

QSet<QString> truthIds(sim::Simulator &simulator, qint64 sinceMs, std::optional<StatusGroup> only = std::nullopt)
{
    QSet<QString> ids;
    for (const QJsonValue &v : simulator.truth()) {
        CallLog c;
        if (CallLogReader::readRecord(v.toObject(), &c, nullptr) && c.createdAtMs >= sinceMs
            && (!only || c.group() == *only))
            ids.insert(c.id);
    }
    return ids;
}
} // namespace

class TestWorkspaceOption : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<Served> m_acme, m_beta;
    QString m_config;

    QProcessEnvironment env(const QString &betaKey) const
    {
        QProcessEnvironment e = appEnvironment(m_home.path(), QStringLiteral("key-acme"));
        e.insert(QStringLiteral("CALLBOARD_API_KEY_BETA"), betaKey);
        return e;
    }

    // workspace → call ids, from the CSV's first two columns.
    static QHash<QString, QSet<QString>> idsByWorkspace(const QString &path, QString *header)
    {
        QFile f(path);
        QHash<QString, QSet<QString>> out;
        if (!f.open(QIODevice::ReadOnly))
            return out;
        *header = QString::fromUtf8(f.readLine()).trimmed();
        while (!f.atEnd()) {
            const QStringList cells = QString::fromUtf8(f.readLine()).split(QLatin1Char(','));
            if (cells.size() > 1)
                out[cells[0]].insert(cells[1]);
        }
        return out;
    }

private slots:
    void init()
    {
        m_acme = std::make_unique<Served>(5, QStringLiteral("key-acme"));
        m_beta = std::make_unique<Served>(6, QStringLiteral("key-beta"));
        m_config = m_home.filePath(QStringLiteral("workspaces.ini"));
        QFile::remove(m_config);
        QSettings s(m_config, QSettings::IniFormat);
        s.setValue(QStringLiteral("connection/baseUrl"), m_acme->server.baseUrl().toString());
        s.setValue(QStringLiteral("workspaces/defaultName"), QStringLiteral("Acme"));
        s.setValue(QStringLiteral("workspace.beta/name"), QStringLiteral("Beta"));
        s.setValue(QStringLiteral("workspace.beta/connection/baseUrl"), m_beta->server.baseUrl().toString());
        s.setValue(QStringLiteral("sync/backfillHours"), 24);
    }

    void oneExportHoldsEveryWorkspaceWithItsName()
    {
        const QString csv = m_home.filePath(QStringLiteral("all.csv"));
        const QString png = m_home.filePath(QStringLiteral("all.png"));
        const ServedRun run = runAppWhileServing({QStringLiteral("--config"), m_config, QStringLiteral("--once"),
                                                  QStringLiteral("--export-csv"), csv, QStringLiteral("--screenshot"), png,
                                                  QStringLiteral("--no-cache")},
                                                 env(QStringLiteral("key-beta")));
        QVERIFY2(run.finished && run.exitCode == 0, run.err.right(2000).constData());
        QString header;
        const QHash<QString, QSet<QString>> ids = idsByWorkspace(csv, &header);
        QVERIFY2(header.startsWith(QStringLiteral("workspace,id,call_id,")), qPrintable(header));
        const qint64 since = m_acme->clock.nowMs() - 24 * 3600 * 1000;
        QCOMPARE(ids.value(QStringLiteral("Acme")), truthIds(m_acme->simulator, since));
        QCOMPARE(ids.value(QStringLiteral("Beta")), truthIds(m_beta->simulator, since));
        QCOMPARE(ids.size(), 2);
        QVERIFY(!ids.value(QStringLiteral("Acme")).intersects(ids.value(QStringLiteral("Beta"))));
        QFile picture(png); // the overview's picture: a PNG 1600 pixels wide (IHDR)
        QVERIFY(picture.open(QIODevice::ReadOnly));
        const QByteArray head = picture.read(24);
        QVERIFY(head.startsWith("\x89PNG"));
        QCOMPARE(qFromBigEndian<quint32>(head.constData() + 16), 1600u);
    }

    void eachWorkspaceExportsItsOwnView()
    {
        // A view of the same name in each workspace, each its own: Acme's "Trouble" is its
        // failed calls, Beta's its unreached ones.
        {
            QSettings s(m_config, QSettings::IniFormat);
            s.setValue(QStringLiteral("views/list/1/name"), QStringLiteral("Trouble"));
            s.setValue(QStringLiteral("views/list/1/statuses"), QStringLiteral("failed"));
            s.setValue(QStringLiteral("views/list/size"), 1);
            s.setValue(QStringLiteral("workspace.beta/views/list/1/name"), QStringLiteral("Trouble"));
            s.setValue(QStringLiteral("workspace.beta/views/list/1/statuses"), QStringLiteral("not_reached"));
            s.setValue(QStringLiteral("workspace.beta/views/list/size"), 1);
        }
        const QString csv = m_home.filePath(QStringLiteral("trouble.csv"));
        const QStringList args{QStringLiteral("--config"), m_config, QStringLiteral("--once"), QStringLiteral("--view"),
                               QStringLiteral("Trouble"), QStringLiteral("--export-csv"), csv, QStringLiteral("--no-cache")};
        ServedRun run = runAppWhileServing(args, env(QStringLiteral("key-beta")));
        QVERIFY2(run.finished && run.exitCode == 0, run.err.right(2000).constData());
        QString header;
        const QHash<QString, QSet<QString>> ids = idsByWorkspace(csv, &header);
        const qint64 since = m_acme->clock.nowMs() - 24 * 3600 * 1000;
        const QSet<QString> acmeFailed = truthIds(m_acme->simulator, since, StatusGroup::Failed);
        const QSet<QString> betaUnreached = truthIds(m_beta->simulator, since, StatusGroup::NotReached);
        QVERIFY(!acmeFailed.isEmpty() && !betaUnreached.isEmpty());
        QCOMPARE(ids.value(QStringLiteral("Acme")), acmeFailed);
        QCOMPARE(ids.value(QStringLiteral("Beta")), betaUnreached);
        // A workspace without that view fails the export, naming it.
        {
            QSettings s(m_config, QSettings::IniFormat);
            s.remove(QStringLiteral("workspace.beta/views"));
        }
        run = runAppWhileServing(args, env(QStringLiteral("key-beta")));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("workspace Beta: ") && run.err.contains("Trouble"), run.err.constData());
    }

    void oneWorkspaceAloneByItsName()
    {
        const QString csv = m_home.filePath(QStringLiteral("beta.csv"));
        const ServedRun run = runAppWhileServing({QStringLiteral("--config"), m_config, QStringLiteral("--once"),
                                                  QStringLiteral("--workspace"), QStringLiteral("bEtA"),
                                                  QStringLiteral("--export-csv"), csv, QStringLiteral("--no-cache")},
                                                 env(QStringLiteral("key-beta")));
        QVERIFY2(run.finished && run.exitCode == 0, run.err.right(2000).constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("id,call_id,")); // one workspace: the file as it always was
        QSet<QString> ids;
        while (!f.atEnd())
            ids.insert(QString::fromUtf8(f.readLine()).section(QLatin1Char(','), 0, 0));
        QCOMPARE(ids, truthIds(m_beta->simulator, m_beta->clock.nowMs() - 24 * 3600 * 1000));
    }

    void anUnknownWorkspaceExitsTwoNamingThem()
    {
        const ServedRun run = runAppWhileServing({QStringLiteral("--config"), m_config, QStringLiteral("--once"),
                                                  QStringLiteral("--workspace"), QStringLiteral("Gamma")},
                                                 env(QStringLiteral("key-beta")));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no workspace named \xe2\x80\x9cGamma\xe2\x80\x9d (workspaces: Acme, Beta)"), run.err.constData());
    }

    void aRejectedKeyFailsTheExportNamingItsWorkspace()
    {
        const QString csv = m_home.filePath(QStringLiteral("fail.csv"));
        const ServedRun run = runAppWhileServing({QStringLiteral("--config"), m_config, QStringLiteral("--once"),
                                                  QStringLiteral("--export-csv"), csv, QStringLiteral("--no-cache")},
                                                 env(QStringLiteral("wrong")));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("workspace Beta: API key rejected (401)"), run.err.right(1500).constData());
        QVERIFY(!run.err.contains("wrong")); // a key is never echoed
        QVERIFY(!QFile::exists(csv));
    }
};

QTEST_MAIN(TestWorkspaceOption)
#include "tst_workspaceoption.moc"

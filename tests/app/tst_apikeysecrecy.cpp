// The API key stays a secret in the real app: it runs `callboard --once` with a known key in
// CALLBOARD_API_KEY against the simulator on loopback, with HOME, the XDG directories and
// TMPDIR in a scratch directory, then searches every file the app wrote there (settings,
// cache, logs, exports) and everything it printed for the key. Also: a rejected key is not
// echoed, and the system proxy configuration (https_proxy) is honoured without the key ever
// reaching the proxy in the clear.
#include "ServingAppRun.h"
#include "SimFixture.h"

#include <QDirIterator>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace callboard;
using namespace callboard::test;

namespace {
const QString kKey = QStringLiteral("cbk_canary_5e1f7a93c04d28b6_do_not_leak");

// Every file under dir whose bytes hold the key (as UTF-8 or UTF-16), and how many files there are.
QStringList filesHolding(const QString &dir, const QString &key, int *fileCount)
{
    const QByteArray utf8 = key.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    QStringList hits;
    *fileCount = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++*fileCount;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            hits << path;
    }
    return hits;
}

struct LoopbackSim
{
    explicit LoopbackSim(const QString &acceptedKey)
        : simulator(&clock, config(acceptedKey)), server(&simulator)
    {
        if (!server.listen())
            qFatal("simulator could not listen");
    }
    static sim::SimConfig config(const QString &key)
    {
        sim::SimConfig c;
        c.apiKey = key;
        c.backlogMinutes = 60;
        return c;
    }
    SystemClock clock;
    sim::Simulator simulator;
    sim::SimServer server;
};
} // namespace

class TestApiKeySecrecy : public QObject
{
    Q_OBJECT
private slots:
    void keyIsInNoFileAndNoOutput()
    {
        LoopbackSim sim(kKey);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString png = home.filePath(QStringLiteral("board.png"));
        const QString csv = home.filePath(QStringLiteral("calls.csv"));
        const ServedRun run = runAppWhileServing({QStringLiteral("--once"), QStringLiteral("--base-url"),
                                   sim.server.baseUrl().toString(), QStringLiteral("--screenshot"), png,
                                   QStringLiteral("--export-csv"), csv},
                                  appEnvironment(home.path(), kKey));
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        // The run was real: the key was accepted and files were written.
        QVERIFY(sim.server.stats().ok200 > 0);
        QCOMPARE(sim.server.stats().errors4xx, 0);
        QVERIFY(QFileInfo(png).size() > 0);
        QVERIFY(QFileInfo(csv).size() > 0);
        int files = 0;
        const QStringList hits = filesHolding(home.path(), kKey, &files);
        QVERIFY(files >= 2);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        QVERIFY(!run.out.contains(kKey.toUtf8()));
        QVERIFY(!run.err.contains(kKey.toUtf8()));
    }

    void rejectedKeyIsNotEchoed()
    {
        LoopbackSim sim(QStringLiteral("another_workspace_key_0000"));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const ServedRun run = runAppWhileServing({QStringLiteral("--once"), QStringLiteral("--base-url"),
                                   sim.server.baseUrl().toString(), QStringLiteral("--export-csv"),
                                   home.filePath(QStringLiteral("calls.csv"))},
                                  appEnvironment(home.path(), kKey));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("API key rejected (401)"), run.err.constData());
        QVERIFY(sim.server.stats().errors4xx > 0);
        QVERIFY(!run.out.contains(kKey.toUtf8()));
        QVERIFY(!run.err.contains(kKey.toUtf8()));
        int files = 0;
        QVERIFY(filesHolding(home.path(), kKey, &files).isEmpty());
    }

    void systemProxyIsHonoured()
    {
        // Qt never proxies loopback, so the app is pointed at a name that is not, with
        // https_proxy naming a proxy here. It must ask the proxy for a tunnel (the key then
        // travels inside TLS only); this proxy refuses, and the test ends the app.
        QTcpServer proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        QByteArray request;
        connect(&proxy, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = proxy.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [&, s] {
                    request += s->readAll();
                    if (request.contains("\r\n\r\n")) {
                        s->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        s->disconnectFromHost();
                    }
                });
            }
        });
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = appEnvironment(home.path(), kKey);
        const QString proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort());
        env.insert(QStringLiteral("https_proxy"), proxyUrl);
        env.insert(QStringLiteral("http_proxy"), proxyUrl);
        const ServedRun run = runAppWhileServing({QStringLiteral("--once"), QStringLiteral("--base-url"),
                                   QStringLiteral("https://api.dialnexa.invalid/v1"), QStringLiteral("--export-csv"),
                                   home.filePath(QStringLiteral("calls.csv"))},
                                  env, [&] { return request.contains("\r\n\r\n"); });
        QVERIFY2(request.startsWith("CONNECT api.dialnexa.invalid:443 "), request.constData());
        QVERIFY(!request.contains(kKey.toUtf8()));
        QVERIFY(!run.out.contains(kKey.toUtf8()));
        QVERIFY(!run.err.contains(kKey.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestApiKeySecrecy)
#include "tst_apikeysecrecy.moc"

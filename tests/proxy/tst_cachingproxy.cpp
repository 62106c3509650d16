// Many boards on one key through the shipped caching proxy (packaging/proxy), run by a real
// nginx over TLS (a private test CA, trusted with --ca-file) in front of the simulator.
//
// nginx keeps its cache in real time, so this test runs in real time: two simulators with the
// same seed on one clock that follows the wall clock — one served straight to a single board,
// one behind the proxy to eight — then the clock stops and every board must reach the
// simulator's truth. Skipped, with a message, where nginx is not installed.
#include "NginxProxy.h"
#include "RealTimeBoards.h"
#include "SimFixture.h"

#include "core/sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>
#include <vector>

using namespace callboard;
using namespace callboard::test;

namespace {

constexpr int kIntervalSec = 2;
const QString OtherKey = QStringLiteral("sim_other_key_not_the_workspaces");

sim::SimConfig workspace()
{
    sim::SimConfig c;
    c.seed = 41;
    c.callsPerMinute = 20;
    c.backlogMinutes = 30;
    c.analysisDelaySec = 5;
    return c;
}

} // namespace

class TestCachingProxy : public QObject
{
    Q_OBJECT

    // The simulators' clock follows the wall clock until frozen.
    ManualClock m_simClock{QDateTime::currentDateTimeUtc()};
    WallClockFollower m_follow{&m_simClock};
    SystemClock m_boardClock;
    std::unique_ptr<sim::Simulator> m_direct, m_proxied;
    std::unique_ptr<sim::SimServer> m_directServer, m_proxiedServer;
    NginxProxy m_proxy;
    QDateTime m_since;

    std::unique_ptr<Board> board(const QUrl &url, const QString &key, bool keyless = false)
    {
        auto b = std::make_unique<Board>(&m_boardClock, url, key, keyless, m_since, kIntervalSec,
                                         NginxProxy::caFile());
        b->engine.start();
        return b;
    }
    QString key() const { return m_proxied->config().apiKey; }

private slots:
    void initTestCase()
    {
        if (NginxProxy::executable().isEmpty())
            QSKIP("nginx is not installed (apt-get install nginx-light): the caching-proxy tests need it");
        m_direct = std::make_unique<sim::Simulator>(&m_simClock, workspace());
        m_proxied = std::make_unique<sim::Simulator>(&m_simClock, workspace());
        m_directServer = std::make_unique<sim::SimServer>(m_direct.get());
        m_proxiedServer = std::make_unique<sim::SimServer>(m_proxied.get());
        QVERIFY(m_directServer->listen());
        QVERIFY(m_proxiedServer->listen());
        m_since = m_simClock.now().addSecs(-3600);

        NginxProxy::Options options;
        options.upstreamPort = m_proxiedServer->port();
        options.cacheValidSec = kIntervalSec; // one poll interval, as the file says
        options.siteKey = key();              // for the boards that hold none
        QString error;
        QVERIFY2(m_proxy.start(options, &error), qPrintable(error));
    }

    void eightBoardsCostAboutWhatOneDoes()
    {
        // Four boards with the key and four without (the proxy adds it): one cache entry each.
        auto single = board(m_directServer->baseUrl(), key());
        std::vector<std::unique_ptr<Board>> boards;
        for (int i = 0; i < 8; ++i)
            boards.push_back(board(m_proxy.baseUrl(), i % 2 ? QString() : key(), i % 2 == 1));

        waitUntil([] { return false; }, 14000); // seven poll intervals, calls arriving
        m_follow.freeze();
        const int direct = m_directServer->stats().requests;
        const int proxied = m_proxiedServer->stats().requests;
        qInfo("14 s at a %d s interval: one board direct %d requests, eight boards through the proxy %d",
              kIntervalSec, direct, proxied);
        QVERIFY(direct >= 7);
        QVERIFY2(proxied <= 1.5 * direct, qPrintable(QStringLiteral("%1 > 1.5 × %2").arg(proxied).arg(direct)));

        // The workspace stands still now: every board, direct or behind the cache, reaches it.
        const qint64 since = m_since.toMSecsSinceEpoch();
        QString why;
        const bool converged = waitUntil([&] {
            why = differenceFromTruth(single->store, *m_direct, since);
            for (size_t i = 0; why.isEmpty() && i < boards.size(); ++i) {
                why = differenceFromTruth(boards[i]->store, *m_proxied, since);
                if (!why.isEmpty())
                    why = QStringLiteral("board %1: %2").arg(i).arg(why);
            }
            return why.isEmpty();
        }, 45000); // under the sanitizers 8 boards behind the cache took longer than 20 s once
        QVERIFY2(converged, qPrintable(why));
        QVERIFY(boards.front()->store.size() > 10);
        for (const auto &b : boards)
            QCOMPARE(b->engine.state(), SyncEngine::State::Live);
        m_follow.resume();
    }

    void aSecondKeyNeverGetsTheFirstKeysAnswers()
    {
        auto first = board(m_proxy.baseUrl(), key());
        QSignalSpy synced(&first->engine, &SyncEngine::synced);
        QVERIFY(waitUntil([&] { return synced.count() >= 2; })); // the backfill, then a tick
        QVERIFY(first->store.size() > 0);
        // The very URL the first key just filled the cache with, asked with another key.
        DialNexaClient other(&m_boardClock);
        other.setBaseUrl(m_proxy.baseUrl());
        other.setCaFile(NginxProxy::caFile());
        other.setApiKey(OtherKey);
        ListQuery page1;
        page1.limit = 100;
        page1.createdAtOrder = ListQuery::Order::Desc;
        bool done = false;
        ListResult result;
        other.listCalls(page1, false, this, [&](const ListResult &r) {
            result = r;
            done = true;
        });
        QVERIFY(waitUntil([&] { return done; }));
        QCOMPARE(result.info.httpStatus, 401);
        QVERIFY(result.page.calls.empty());

        auto second = board(m_proxy.baseUrl(), OtherKey);
        QVERIFY(waitUntil([&] { return second->engine.state() == SyncEngine::State::AuthFailed; }));
        QCOMPARE(second->store.size(), 0);
        QCOMPARE(second->engine.lastError().httpStatus, 401);
    }

    void aKeylessBoardAtTheBareApiSaysWhy()
    {
        auto keyless = board(m_directServer->baseUrl(), QString(), true);
        QVERIFY(waitUntil([&] { return keyless->engine.state() == SyncEngine::State::AuthFailed; }));
        const QString said = keyless->engine.lastError().toString();
        QVERIFY2(said.contains(QStringLiteral("sends no API key")) && said.contains(QStringLiteral("proxy")),
                 qPrintable(said));
        QCOMPARE(keyless->store.size(), 0);
    }

    void theProxysCertificateNeedsItsCa()
    {
        DialNexaClient plain(&m_boardClock); // the system's CAs only
        plain.setBaseUrl(m_proxy.baseUrl());
        plain.setApiKey(key());
        bool done = false;
        ApiError error;
        plain.listCalls(ListQuery{}, false, this, [&](const ListResult &r) {
            error = r.info.error;
            done = true;
        });
        QVERIFY(waitUntil([&] { return done; }));
        QCOMPARE(error.kind, ApiError::Kind::Network);
        // The private CA is this client's alone: a second client is as strict as ever.
        QNetworkAccessManager other;
        QNetworkReply *reply = other.get(QNetworkRequest(QUrl(m_proxy.baseUrl().toString() + QStringLiteral("/agents"))));
        QVERIFY(waitUntil([&] { return reply->isFinished(); }));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        delete reply;
    }

    void aProxyThatIsDownIsAnOutage()
    {
        auto b = board(m_proxy.baseUrl(), key());
        QVERIFY(waitUntil([&] { return b->engine.state() == SyncEngine::State::Live; }));
        m_proxy.stop();
        QVERIFY(waitUntil([&] {
            const auto s = b->engine.state();
            return s == SyncEngine::State::Offline || s == SyncEngine::State::BackingOff;
        }));
        QCOMPARE(b->engine.lastError().kind, ApiError::Kind::Network);
        QVERIFY(b->store.size() > 0); // the last data stays
        QString error;
        QVERIFY2(m_proxy.restart(&error), qPrintable(error));
        QVERIFY(waitUntil([&] { return b->engine.state() == SyncEngine::State::Live; }, 15000));
    }

    void theApiDownBehindTheProxyIsAnOutageNotFreshData()
    {
        auto b = board(m_proxy.baseUrl(), key());
        QVERIFY(waitUntil([&] { return b->engine.state() == SyncEngine::State::Live; }));
        m_proxiedServer->setAvailable(false); // 503: nginx answers from its cache, "STALE"
        QVERIFY(waitUntil([&] { return b->engine.state() == SyncEngine::State::BackingOff; }, 10000));
        const QDateTime lastGood = b->engine.lastSuccess();
        QVERIFY2(b->engine.lastError().toString().contains(QStringLiteral("answers from its cache")),
                 qPrintable(b->engine.lastError().toString()));
        waitUntil([] { return false; }, 2 * kIntervalSec * 1000);
        QCOMPARE(b->engine.lastSuccess(), lastGood); // no cached answer passes for news
        m_proxiedServer->setAvailable(true);
        QVERIFY(waitUntil([&] { return b->engine.state() == SyncEngine::State::Live; }, 15000));
        QVERIFY(b->engine.lastSuccess() > lastGood);
    }

    // The kiosk PC's command line: no key anywhere on it, the proxy's private CA trusted.
    void theAppRunsWithoutAKeyThroughTheProxy()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"CALLBOARD_API_KEY", "http_proxy", "https_proxy", "all_proxy",
                                 "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString csv = home.path() + QStringLiteral("/calls.csv");
        auto run = [&](const QUrl &url, bool withCa, QByteArray *err) { // a TLS error would retry 30 s: see theProxysCertificateNeedsItsCa
            QStringList args{QStringLiteral("--no-key"), QStringLiteral("--base-url"), url.toString(),
                             QStringLiteral("--once"), QStringLiteral("--export-csv"), csv};
            if (withCa)
                args << QStringLiteral("--ca-file") << NginxProxy::caFile();
            QProcess app;
            app.setProcessEnvironment(env);
            app.start(QStringLiteral(CALLBOARD_APP), args);
            // This process serves the simulator: keep its event loop turning while the app runs.
            waitUntil([&] { return app.state() == QProcess::NotRunning; }, 60000);
            *err = app.readAllStandardError();
            return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
        };
        QByteArray err;
        QCOMPARE(run(m_proxy.baseUrl(), true, &err), 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().count('\n') > 10);

        QCOMPARE(run(m_directServer->baseUrl(), false, &err), 1); // the bare API wants a key
        QVERIFY2(err.contains("sends no API key"), err.constData());
    }

    void cleanupTestCase()
    {
        m_proxy.stop();
    }
};

QTEST_GUILESS_MAIN(TestCachingProxy)
#include "tst_cachingproxy.moc"

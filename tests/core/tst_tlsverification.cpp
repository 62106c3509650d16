// TLS verification stays on: a server whose certificate nobody vouches for (a self-signed one,
// tests/data/tls) gets no request and no key from DialNexaClient; the request fails with a
// clear network error, never with data.
#include "core/api/DialNexaClient.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace callboard;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestTlsVerification : public QObject
{
    Q_OBJECT
private slots:
    void selfSignedServerIsRefused()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const QString dir = QStringLiteral(CALLBOARD_TEST_DATA "/tls/");
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(readFile(dir + QStringLiteral("server.crt"))));
        tls.setPrivateKey(QSslKey(readFile(dir + QStringLiteral("server.key")), QSsl::Rsa));
        QVERIFY(!tls.localCertificate().isNull());
        QVERIFY(!tls.privateKey().isNull());
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for a client cert

        QSslServer server;
        server.setSslConfiguration(tls);
        int handshakesStarted = 0;
        int handshakesDone = 0;
        QByteArray received; // whatever reaches the server over an established TLS session
        connect(&server, &QSslServer::startedEncryptionHandshake, this, [&] { ++handshakesStarted; });
        connect(&server, &QSslServer::newConnection, this, [&] { // emitted once encrypted
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++handshakesDone;
                connect(socket, &QTcpSocket::readyRead, this, [&, socket] { received += socket->readAll(); });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));

        DialNexaClient client;
        const QString key = QStringLiteral("tls_test_key_must_not_travel_8231");
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(server.serverPort()))));
        client.setApiKey(key);
        client.setTimeoutMs(5000);
        bool done = false;
        ListResult result;
        client.listCalls(ListQuery{}, false, this, [&](const ListResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);

        QCOMPARE(result.info.error.kind, ApiError::Kind::Network);
        QVERIFY2(result.info.error.message.contains(QStringLiteral("SSL"), Qt::CaseInsensitive)
                     || result.info.error.message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(result.info.error.message));
        QVERIFY(result.page.calls.empty());
        QVERIFY(handshakesStarted >= 1); // the client did come, and went away
        QCOMPARE(handshakesDone, 0);
        QVERIFY(received.isEmpty());
        QVERIFY(!result.info.error.toString().contains(key));
    }
};

QTEST_GUILESS_MAIN(TestTlsVerification)
#include "tst_tlsverification.moc"

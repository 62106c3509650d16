// SecretStore: the API key's home. Answers always arrive later, the environment override
// wins for reads, and a machine without a keychain gets a clear error quickly, never a hang.
#include "core/settings/EnvOverrideSecretStore.h"
#include "core/settings/KeychainSecretStore.h"
#include "core/settings/MemorySecretStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace callboard;

namespace {
// Runs one store call and waits (real time, for I/O only) for its answer.
std::optional<SecretResult> await(const std::function<void(SecretStore::Callback)> &call,
                                  int timeoutMs = 20000)
{
    std::optional<SecretResult> result;
    call([&result](const SecretResult &r) { result = r; });
    if (result)
        qFatal("the answer came inside the call");
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return result;
}
} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv(EnvOverrideSecretStore::kVariable); }
    void cleanup() { qunsetenv(EnvOverrideSecretStore::kVariable); }

    void memoryStoreRoundTrip()
    {
        MemorySecretStore store;
        auto r = await([&](auto done) { store.read(this, done); });
        QVERIFY(r && r->ok);
        QVERIFY(r->key.isEmpty());
        r = await([&](auto done) { store.write(QStringLiteral("k1"), this, done); });
        QVERIFY(r && r->ok);
        r = await([&](auto done) { store.read(this, done); });
        QCOMPARE(r->key, QStringLiteral("k1"));
        r = await([&](auto done) { store.remove(this, done); });
        QVERIFY(r && r->ok);
        QVERIFY(store.storedKey().isEmpty());
    }

    void memoryStoreFailureIsReported()
    {
        MemorySecretStore store;
        store.setFailure(QStringLiteral("locked"));
        const auto r = await([&](auto done) { store.write(QStringLiteral("k"), this, done); });
        QVERIFY(r);
        QVERIFY(!r->ok);
        QCOMPARE(r->error, QStringLiteral("locked"));
        QVERIFY(store.storedKey().isEmpty());
    }

    void noAnswerAfterTheContextIsGone()
    {
        MemorySecretStore store;
        bool called = false;
        auto *context = new QObject;
        store.read(context, [&called](const SecretResult &) { called = true; });
        delete context;
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void environmentWinsForReads()
    {
        MemorySecretStore inner;
        inner.setStoredKey(QStringLiteral("from-keychain"));
        EnvOverrideSecretStore store(&inner);
        auto r = await([&](auto done) { store.read(this, done); });
        QCOMPARE(r->key, QStringLiteral("from-keychain"));
        QCOMPARE(r->source, SecretResult::Source::Memory);

        qputenv(EnvOverrideSecretStore::kVariable, " from-env \n");
        QVERIFY(EnvOverrideSecretStore::isOverridden());
        r = await([&](auto done) { store.read(this, done); });
        QCOMPARE(r->key, QStringLiteral("from-env"));
        QCOMPARE(r->source, SecretResult::Source::Environment);

        // Writes still reach the keychain, for when the variable goes away.
        r = await([&](auto done) { store.write(QStringLiteral("typed"), this, done); });
        QVERIFY(r->ok);
        QCOMPARE(inner.storedKey(), QStringLiteral("typed"));
    }

    void accountIsTheApiHost()
    {
        QCOMPARE(
            KeychainSecretStore::accountFor(QUrl(QStringLiteral("https://API.dialnexa.com/v1"))),
            QStringLiteral("api.dialnexa.com"));
        QCOMPARE(KeychainSecretStore::accountFor(QUrl()), QStringLiteral("default"));
    }

    // CI and wall displays under Xvfb often have no D-Bus session: the keychain must say so.
    void noSessionBusGivesAClearErrorQuickly()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        KeychainSecretStore store(QStringLiteral("test.invalid"));
        // "Quickly" means the failure itself answers, not the store's timeout: with a timeout
        // of an hour, only an answer that does not wait for it arrives while await() waits.
        // What is checked is which answer came, not how many seconds a loaded machine took.
        const int timeoutMs = 60 * 60 * 1000;
        store.setTimeoutMs(timeoutMs);
        QElapsedTimer t;
        t.start();
        const auto r = await([&](auto done) { store.read(this, done); });
        QVERIFY2(r, "the keychain never answered");
        QVERIFY2(t.elapsed() < timeoutMs, qPrintable(QString::number(t.elapsed())));
        qInfo() << "keychain without a session bus:" << r->error;
        QVERIFY(!r->ok);
        QVERIFY2(!r->error.contains(QLatin1String("did not answer in time")), qPrintable(r->error));
        QVERIFY2(r->error.contains(QLatin1String("keychain")), qPrintable(r->error));
        QVERIFY(r->key.isEmpty());
        const auto w =
            await([&](auto done) { store.write(QStringLiteral("k3y-Zq9x"), this, done); });
        QVERIFY(w && !w->ok);
        QVERIFY(!w->error.contains(QLatin1String("k3y-Zq9x")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"

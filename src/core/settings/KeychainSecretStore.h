// KeychainSecretStore: the API key in the OS keychain (Keychain on macOS, Credential Manager
// on Windows, Secret Service / KWallet on Linux) through QtKeychain, under the service
// "Callboard" and an account named after the API host. Never falls back to a plain-text
// file. A machine without a keychain (no D-Bus session, no daemon) gets a clear error, and a
// keychain that does not answer gets one after a timeout instead of a hang.
#pragma once

#include "SecretStore.h"

#include <QUrl>

namespace QKeychain {
class Job;
}

namespace callboard {

class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    static QString serviceName() { return QStringLiteral("Callboard"); }
    // "api.dialnexa.com" for https://api.dialnexa.com/v1: one key per API host.
    static QString accountFor(const QUrl &baseUrl);

    explicit KeychainSecretStore(const QString &account, QObject *parent = nullptr);

    QString account() const { return m_account; }
    void setAccount(const QString &account) { m_account = account; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // A workspace other than the default keeps its key under "host/<id>".
    void setAccountSuffix(const QString &suffix) { m_suffix = suffix; }
    void setBaseUrl(const QUrl &baseUrl) override { m_account = accountFor(baseUrl) + m_suffix; }

    void read(QObject *context, Callback done) override;
    void write(const QString &key, QObject *context, Callback done) override;
    void remove(QObject *context, Callback done) override;

private:
    enum class Op
    {
        Read,
        Write,
        Remove
    };
    void run(QKeychain::Job *job, Op op, QObject *context, Callback done);
    static SecretResult resultOf(QKeychain::Job *job, Op op);

    QString m_account;
    QString m_suffix;
    int m_timeoutMs = 15000;
};

} // namespace callboard

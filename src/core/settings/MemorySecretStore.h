// MemorySecretStore: a SecretStore that keeps the key in memory, for tests and the demo.
// setFailure() makes every call fail, to exercise a keychain that refuses.
#pragma once

#include "SecretStore.h"

namespace callboard {

class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    explicit MemorySecretStore(QObject *parent = nullptr) : SecretStore(parent) {}

    QString storedKey() const { return m_key; }
    void setStoredKey(const QString &key) { m_key = key; }
    // Non-empty: every read, write and remove fails with this message.
    void setFailure(const QString &error) { m_failure = error; }
    int writes() const { return m_writes; }

    void read(QObject *context, Callback done) override;
    void write(const QString &key, QObject *context, Callback done) override;
    void remove(QObject *context, Callback done) override;

private:
    SecretResult result(const QString &key) const;

    QString m_key;
    QString m_failure;
    int m_writes = 0;
};

} // namespace callboard

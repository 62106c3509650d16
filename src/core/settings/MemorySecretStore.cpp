#include "MemorySecretStore.h"

namespace callboard {

SecretResult MemorySecretStore::result(const QString &key) const
{
    SecretResult r;
    r.source = SecretResult::Source::Memory;
    if (!m_failure.isEmpty()) {
        r.ok = false;
        r.error = m_failure;
        return r;
    }
    r.key = key;
    return r;
}

void MemorySecretStore::read(QObject *context, Callback done)
{
    deliverLater(context, std::move(done), result(m_key));
}

void MemorySecretStore::write(const QString &key, QObject *context, Callback done)
{
    ++m_writes;
    if (m_failure.isEmpty())
        m_key = key;
    deliverLater(context, std::move(done), result(QString()));
}

void MemorySecretStore::remove(QObject *context, Callback done)
{
    if (m_failure.isEmpty())
        m_key.clear();
    deliverLater(context, std::move(done), result(QString()));
}

} // namespace callboard

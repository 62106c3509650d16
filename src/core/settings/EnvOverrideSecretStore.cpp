#include "EnvOverrideSecretStore.h"

namespace callboard {

EnvOverrideSecretStore::EnvOverrideSecretStore(SecretStore *inner, QObject *parent)
    : SecretStore(parent), m_inner(inner)
{
}

QString EnvOverrideSecretStore::overrideKey()
{
    return qEnvironmentVariable(kVariable).trimmed();
}

void EnvOverrideSecretStore::read(QObject *context, Callback done)
{
    const QString key = overrideKey();
    if (key.isEmpty()) {
        m_inner->read(context, std::move(done));
        return;
    }
    SecretResult r;
    r.key = key;
    r.source = SecretResult::Source::Environment;
    deliverLater(context, std::move(done), r);
}

void EnvOverrideSecretStore::write(const QString &key, QObject *context, Callback done)
{
    m_inner->write(key, context, std::move(done));
}

void EnvOverrideSecretStore::remove(QObject *context, Callback done)
{
    m_inner->remove(context, std::move(done));
}

} // namespace callboard

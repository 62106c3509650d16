#include "EnvOverrideSecretStore.h"

namespace callboard {

EnvOverrideSecretStore::EnvOverrideSecretStore(SecretStore *inner, QObject *parent)
    : EnvOverrideSecretStore(inner, QLatin1String(kVariable), parent)
{
}

EnvOverrideSecretStore::EnvOverrideSecretStore(SecretStore *inner, const QString &variable, QObject *parent)
    : SecretStore(parent), m_inner(inner), m_variable(variable)
{
}

QString EnvOverrideSecretStore::key() const
{
    return qEnvironmentVariable(m_variable.toLocal8Bit().constData()).trimmed();
}

QString EnvOverrideSecretStore::overrideKey()
{
    return qEnvironmentVariable(kVariable).trimmed();
}

void EnvOverrideSecretStore::read(QObject *context, Callback done)
{
    const QString key = this->key();
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

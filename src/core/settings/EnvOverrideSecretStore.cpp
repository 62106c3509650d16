#include "EnvOverrideSecretStore.h"

namespace callboard {

EnvOverrideSecretStore::EnvOverrideSecretStore(SecretStore *inner, QObject *parent)
    : EnvOverrideSecretStore(inner, QStringList{QLatin1String(kVariable)}, parent)
{
}

EnvOverrideSecretStore::EnvOverrideSecretStore(SecretStore *inner, const QStringList &variables, QObject *parent)
    : SecretStore(parent), m_inner(inner), m_variables(variables)
{
    m_variables.removeDuplicates();
}

QString EnvOverrideSecretStore::activeVariable() const
{
    for (const QString &v : m_variables)
        if (!qEnvironmentVariable(v.toLocal8Bit().constData()).trimmed().isEmpty())
            return v;
    return {};
}

QString EnvOverrideSecretStore::key() const
{
    const QString v = activeVariable();
    return v.isEmpty() ? QString() : qEnvironmentVariable(v.toLocal8Bit().constData()).trimmed();
}

QString EnvOverrideSecretStore::overrideKey()
{
    return qEnvironmentVariable(kVariable).trimmed();
}

void EnvOverrideSecretStore::read(QObject *context, Callback done)
{
    const QString key = this->key();
    if (key.isEmpty()) {
        // The keychain's own advice names CALLBOARD_API_KEY; this store's variable is another.
        const QString own = variable();
        m_inner->read(context, [done = std::move(done), own](SecretResult r) {
            if (!r.ok && own != QLatin1String(kVariable))
                r.error.replace(QLatin1String(kVariable), own);
            done(r);
        });
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

// EnvOverrideSecretStore: CALLBOARD_API_KEY wins over the stored key, for unattended wall
// displays and tests. Reads return the variable when it is set; writes and removals still
// go to the inner store, so a key entered in the window is kept for when the variable goes.
#pragma once

#include "SecretStore.h"

#include <QStringList>

namespace callboard {

class EnvOverrideSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvOverrideSecretStore)
public:
    static constexpr const char *kVariable = "CALLBOARD_API_KEY";

    // inner is not owned and must outlive this store.
    explicit EnvOverrideSecretStore(SecretStore *inner, QObject *parent = nullptr);
    // Other variables, the first one set wins (a workspace's CALLBOARD_API_KEY_<NAME>, then
    // CALLBOARD_API_KEY_<ID>, which a rename does not change).
    EnvOverrideSecretStore(SecretStore *inner, const QStringList &variables, QObject *parent = nullptr);

    static QString overrideKey(); // CALLBOARD_API_KEY's value, trimmed; empty when unset
    static bool isOverridden() { return !overrideKey().isEmpty(); }
    QString variable() const { return m_variables.value(0); } // the one to name to people
    QString activeVariable() const; // the one whose key is used; empty when none is set
    QString key() const; // the first set variable's value, trimmed
    SecretStore *inner() const { return m_inner; }

    void setBaseUrl(const QUrl &baseUrl) override { m_inner->setBaseUrl(baseUrl); }
    void read(QObject *context, Callback done) override;
    void write(const QString &key, QObject *context, Callback done) override;
    void remove(QObject *context, Callback done) override;

private:
    SecretStore *m_inner;
    QStringList m_variables;
};

} // namespace callboard

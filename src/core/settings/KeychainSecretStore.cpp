#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#ifdef CALLBOARD_KEYCHAIN_NEEDS_DBUS
#include <QDBusConnection>
#endif

#include <memory>

namespace callboard {

namespace {
// What to do about a keychain that is not there, in the platform's terms.
QString withoutKeychainHint()
{
#ifdef CALLBOARD_KEYCHAIN_NEEDS_DBUS
    return KeychainSecretStore::tr("Run a Secret Service (GNOME Keyring or KWallet) in the "
                                   "desktop session, or set the CALLBOARD_API_KEY environment "
                                   "variable instead.");
#else
    return KeychainSecretStore::tr("Set the CALLBOARD_API_KEY environment variable instead.");
#endif
}
} // namespace

QString KeychainSecretStore::accountFor(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    return host.isEmpty() ? QStringLiteral("default") : host;
}

KeychainSecretStore::KeychainSecretStore(const QString &account, QObject *parent)
    : SecretStore(parent), m_account(account)
{
}

void KeychainSecretStore::read(QObject *context, Callback done)
{
    run(new QKeychain::ReadPasswordJob(serviceName(), this), Op::Read, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setTextData(key);
    run(job, Op::Write, context, std::move(done));
}

void KeychainSecretStore::remove(QObject *context, Callback done)
{
    run(new QKeychain::DeletePasswordJob(serviceName(), this), Op::Remove, context,
        std::move(done));
}

void KeychainSecretStore::run(QKeychain::Job *job, Op op, QObject *context, Callback done)
{
    job->setKey(m_account);
    job->setInsecureFallback(false); // a key in a plain-text file is worse than no key
    job->setAutoDelete(true);

#ifdef CALLBOARD_KEYCHAIN_NEEDS_DBUS
    // Without a session bus every Linux backend fails, some only with "Unknown error":
    // say what is actually missing.
    if (!QDBusConnection::sessionBus().isConnected()) {
        delete job;
        SecretResult r;
        r.ok = false;
        r.source = SecretResult::Source::Keychain;
        r.error = tr("No OS keychain is reachable: this session has no D-Bus session bus. %1")
                      .arg(withoutKeychainHint());
        deliverLater(context, std::move(done), r);
        return;
    }
#endif

    // The job's finish and the timeout race; whichever comes first answers.
    auto answered = std::make_shared<bool>(false);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto answer = [answered, guard, hasContext, done = std::move(done)](const SecretResult &r) {
        if (*answered)
            return;
        *answered = true;
        if ((hasContext && !guard) || !done)
            return;
        done(r);
    };
    connect(job, &QKeychain::Job::finished, this,
            [answer, op](QKeychain::Job *j) { answer(resultOf(j, op)); });

    const int timeoutMs = m_timeoutMs;
    QTimer::singleShot(timeoutMs, this, [answer, timeoutMs] {
        SecretResult r;
        r.ok = false;
        r.source = SecretResult::Source::Keychain;
        r.error =
            tr("The OS keychain did not answer in time (%1 s).").arg(qMax(1, timeoutMs / 1000));
        answer(r);
    });
    job->start();
}

SecretResult KeychainSecretStore::resultOf(QKeychain::Job *job, Op op)
{
    SecretResult r;
    r.source = SecretResult::Source::Keychain;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        if (op == Op::Read)
            r.key = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        return r;
    case QKeychain::EntryNotFound:
        if (op != Op::Write)
            return r; // no key stored (or nothing to remove): not a failure
        break;
    case QKeychain::AccessDeniedByUser:
        r.ok = false;
        r.error = tr("Access to the OS keychain was declined.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.ok = false;
        r.error = tr("No OS keychain is available on this computer (%1). %2")
                      .arg(detail, withoutKeychainHint());
        return r;
    default:
        break;
    }
    r.ok = false;
    r.error = tr("The OS keychain failed (%1). %2").arg(detail, withoutKeychainHint());
    return r;
}

} // namespace callboard

// SecretStore: where the API key lives. Asynchronous, because the OS keychain may ask the
// user or a daemon; every answer is delivered later through the event loop (never inside
// the call), and never when the context object is gone by then. Failures come back as a
// plain-text sentence for the window, never as a crash or a silent empty key.
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace callboard {

struct SecretResult
{
    enum class Source
    {
        None,
        Keychain,
        Environment,
        Memory
    };

    bool ok = true;
    QString key;   // read: the key; empty when none is stored (that is not an error)
    QString error; // when !ok: what went wrong, for the user (plain text, never the key)
    Source source = Source::None;
};

class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr) : QObject(parent) {}

    // Which API host the key belongs to (a keychain keeps one key per host).
    virtual void setBaseUrl(const QUrl &baseUrl) { Q_UNUSED(baseUrl) }

    virtual void read(QObject *context, Callback done) = 0;
    virtual void write(const QString &key, QObject *context, Callback done) = 0;
    virtual void remove(QObject *context, Callback done) = 0;

protected:
    // Calls done(result) from the event loop, on context (or this store when null).
    void deliverLater(QObject *context, Callback done, const SecretResult &result);
};

} // namespace callboard

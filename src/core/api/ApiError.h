// ApiError: what went wrong with one request, typed so the sync engine can decide what to do
// (stop, wait, back off) and the window can say it in words. Never carries the API key.
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace callboard {

struct ApiError
{
    enum class Kind {
        None,
        BadRequest,  // 400 and other 4xx: a bad parameter or filter
        Auth,        // 401: key missing, wrong or revoked
        Forbidden,   // 403: key cannot read call data here
        NotFound,    // 404
        RateLimited, // 429
        Server,      // 5xx
        Network,     // no connection, reset, DNS, TLS
        Timeout,     // no answer within the request timeout
        Malformed,   // a 2xx body that cannot be read
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int retryAfterSec = -1; // from Retry-After, when present
    QString message;        // the server's message or the network error, plain text

    bool isError() const { return kind != Kind::None; }
    // Worth retrying later with backoff: the request itself was fine.
    bool isTransient() const
    {
        return kind == Kind::Server || kind == Kind::Network || kind == Kind::Timeout
               || kind == Kind::Malformed || kind == Kind::RateLimited;
    }
    bool isAuthFailure() const { return kind == Kind::Auth || kind == Kind::Forbidden; }
    // One line for a log or a status bar, e.g. "API key rejected (401): Invalid API key".
    QString toString() const;

    // Reads the error envelope {statusCode, message (string or array), error}.
    static QString messageFromEnvelope(const QByteArray &body);
    static Kind kindForHttpStatus(int status);
};

QString apiErrorKindName(ApiError::Kind kind);

} // namespace callboard

Q_DECLARE_METATYPE(callboard::ApiError)

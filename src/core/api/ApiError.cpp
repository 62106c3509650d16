#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace callboard {

QString ApiError::messageFromEnvelope(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue message = o.value(QLatin1String("message"));
    if (message.isString())
        return message.toString();
    if (message.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : message.toArray())
            if (v.isString())
                parts << v.toString();
        return parts.join(QStringLiteral("; "));
    }
    return o.value(QLatin1String("error")).toString();
}

ApiError::Kind ApiError::kindForHttpStatus(int status)
{
    if (status == 401)
        return Kind::Auth;
    if (status == 403)
        return Kind::Forbidden;
    if (status == 404)
        return Kind::NotFound;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500)
        return Kind::Server;
    if (status >= 400)
        return Kind::BadRequest;
    return Kind::None;
}

QString apiErrorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QCoreApplication::translate("ApiError", "no error");
    case ApiError::Kind::BadRequest:
        return QCoreApplication::translate("ApiError", "request refused");
    case ApiError::Kind::Auth:
        return QCoreApplication::translate("ApiError", "API key rejected");
    case ApiError::Kind::Forbidden:
        return QCoreApplication::translate("ApiError", "API key not allowed to read calls");
    case ApiError::Kind::NotFound:
        return QCoreApplication::translate("ApiError", "not found");
    case ApiError::Kind::RateLimited:
        return QCoreApplication::translate("ApiError", "rate limited");
    case ApiError::Kind::Server:
        return QCoreApplication::translate("ApiError", "server error");
    case ApiError::Kind::Network:
        return QCoreApplication::translate("ApiError", "cannot reach the server");
    case ApiError::Kind::Timeout:
        return QCoreApplication::translate("ApiError", "the server did not answer in time");
    case ApiError::Kind::Malformed:
        return QCoreApplication::translate("ApiError", "unreadable response");
    }
    return {};
}

QString ApiError::toString() const
{
    QString line = apiErrorKindName(kind);
    if (httpStatus > 0)
        line += QStringLiteral(" (%1)").arg(httpStatus);
    if (!message.isEmpty())
        line += QStringLiteral(": ") + message;
    return line;
}

} // namespace callboard

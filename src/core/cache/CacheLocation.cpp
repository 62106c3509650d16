#include "CacheLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace callboard::CacheLocation {

QString defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/cache");
}

QString normalizedBaseUrl(const QUrl &baseUrl)
{
    QUrl u = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                              | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    u.setScheme(u.scheme().toLower());
    u.setHost(u.host().toLower());
    const int defaultPort = u.scheme() == QLatin1String("https") ? 443
                            : u.scheme() == QLatin1String("http") ? 80
                                                                   : -1;
    if (u.port() == defaultPort)
        u.setPort(-1);
    return u.toString(QUrl::FullyEncoded);
}

QString workspaceName(const QUrl &baseUrl, const QString &apiKey)
{
    // The key enters only through its own hash: even the input of the outer hash never
    // holds it in the clear.
    const QByteArray keyHash =
        QCryptographicHash::hash(apiKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QByteArray input = normalizedBaseUrl(baseUrl).toUtf8() + '\n' + keyHash;
    return QString::fromLatin1(
        QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex().left(32));
}

QString demoName(quint64 seed)
{
    return QStringLiteral("demo-%1").arg(seed);
}

QString filePath(const QString &directory, const QString &name)
{
    return QDir(directory).filePath(name + QStringLiteral(".sqlite"));
}

} // namespace callboard::CacheLocation

// CacheLocation: where a workspace's local cache lives. One SQLite file per workspace, named
// by a fingerprint of the base URL and of a hash of the key, so the same key on the same
// server finds its cache again while the file name tells nothing about the key:
//   name = hex(SHA-256(normalizedBaseUrl + "\n" + hex(SHA-256(key))))[0..32]
// normalizedBaseUrl: lower-case scheme and host, explicit port only when not the default,
// path without a trailing slash, no query, fragment or user info.
#pragma once

#include <QString>
#include <QUrl>

namespace callboard::CacheLocation {

// QStandardPaths::AppDataLocation + "/cache" (e.g. ~/.local/share/Callboard/callboard/cache).
QString defaultDirectory();

QString normalizedBaseUrl(const QUrl &baseUrl);
QString workspaceName(const QUrl &baseUrl, const QString &apiKey); // 32 hex digits
QString demoName(quint64 seed);                                     // "demo-<seed>"

// directory + "/" + name + ".sqlite"
QString filePath(const QString &directory, const QString &name);

} // namespace callboard::CacheLocation

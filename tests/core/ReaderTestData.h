// ReaderTestData: what the call-log reader tests share: a body from tests/data by name,
// and a JSON object from literal text.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace callboard::readertest {
inline QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(CALLBOARD_TEST_DATA "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

inline QJsonObject obj(const char *json) { return QJsonDocument::fromJson(json).object(); }
} // namespace callboard::readertest

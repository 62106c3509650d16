// Internal to CallLogReader: the simdjson fast path of the body readers. Each function returns
// std::nullopt when it cannot be sure to decide exactly as the QJsonDocument path would (the
// body is not JSON to simdjson, has a scalar root, or has a number QJsonDocument refuses); the
// caller then reads the body with QJsonDocument. Otherwise it returns what the QJsonDocument
// path would have returned, with the same outputs.
#pragma once

#include "CallLogReader.h"

#include <optional>

namespace callboard::CallLogJson {

std::optional<bool> readListBody(const QByteArray &body, CallPage *out, QString *error);
std::optional<bool> readCallBody(const QByteArray &body, CallLog *out, QString *error);
std::optional<bool> readDetailsBody(const QByteArray &body, CallDetails *out, QString *error);

} // namespace callboard::CallLogJson

// CallCodec: one CallLog as the bytes of the cache's `record` column, and back. Every field
// the store holds goes in (analysis values with their type, text and typed value); the enums
// are derived again from their texts on reading, as the API reader derives them. The first
// byte is the format, so a later schema can read records an older one wrote.
#pragma once

#include "core/model/CallLog.h"

#include <QByteArray>

namespace callboard::CallCodec {

constexpr quint8 kFormat = 1;

QByteArray encode(const CallLog &call);
// False when the bytes are not a record this version can read (*out is then unspecified).
bool decode(const QByteArray &bytes, CallLog *out);

} // namespace callboard::CallCodec

// Internal to CallLogReader: the QJsonDocument path of the body readers, the reference that
// the simdjson path (CallLogJson.h) must agree with. The readers use it for the bodies the
// simdjson path leaves to them; the fuzz harness fuzz_readers_agree and the reader's tests call
// both paths on the same body and fail when they disagree.
#pragma once

#include "CallLogReader.h"

namespace callboard::CallLogReader {

bool readListBodyQt(const QByteArray &body, CallPage *out, QString *error);
bool readCallBodyQt(const QByteArray &body, CallLog *out, QString *error);
bool readDetailsBodyQt(const QByteArray &body, CallDetails *out, QString *error);

} // namespace callboard::CallLogReader

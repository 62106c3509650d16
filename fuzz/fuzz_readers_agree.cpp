// libFuzzer harness: the two readers of a body agree. Whatever simdjson reads (CallLogJson),
// the QJsonDocument path (the reference) must read to the same result, error and fields,
// as a list body, a single call and a call's details. A disagreement aborts with what differs.
#include "ReaderDifference.h"
#include "core/api/json/CallLogJson.h"
#include "core/api/json/CallLogReaderQt.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace callboard;

namespace {

template <typename T, typename Fast, typename Reference>
void compare(const char *what, const QByteArray &body, Fast fast, Reference reference)
{
    T a, b;
    QString errorA, errorB;
    const std::optional<bool> readA = fast(body, &a, &errorA);
    if (!readA)
        return; // simdjson left this body to the reference path: nothing to compare
    const bool readB = reference(body, &b, &errorB);
    QString difference;
    if (*readA != readB)
        difference = QStringLiteral("one path read it, the other refused (%1 / %2)").arg(errorA, errorB);
    else if (!readB && errorA != errorB)
        difference = QStringLiteral("errors differ: %1 / %2").arg(errorA, errorB);
    else if (readB)
        difference = testing::differenceBetween(a, b);
    if (!difference.isEmpty()) {
        std::fprintf(stderr, "%s: the readers disagree: %s\n", what, qPrintable(difference));
        abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    compare<CallPage>("list body", body, CallLogJson::readListBody, CallLogReader::readListBodyQt);
    compare<CallLog>("call body", body, CallLogJson::readCallBody, CallLogReader::readCallBodyQt);
    compare<CallDetails>("details body", body, CallLogJson::readDetailsBody, CallLogReader::readDetailsBodyQt);
    return 0;
}

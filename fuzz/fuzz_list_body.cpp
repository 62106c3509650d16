// libFuzzer harness: a whole list body of /call-logs ({data, meta} or a bare array, with
// whatever records, envelopes and meta a server might send). Any input must be read or refused,
// never crash; a page that is read holds no duplicate or empty ids, and every record of it is
// either a call or a skipped record with a reason.
#include "core/api/json/CallLogReader.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace callboard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    CallPage page;
    QString error;
    if (!CallLogReader::readListBody(body, &page, &error)) {
        if (error.isEmpty())
            abort(); // a refusal always says why
        return 0;
    }
    QSet<QString> ids;
    for (const CallLog &c : page.calls) {
        if (c.id.isEmpty() || ids.contains(c.id))
            abort();
        ids.insert(c.id);
    }
    int previous = -1;
    for (const SkippedRecord &s : page.skipped) {
        if (s.reason.isEmpty() || s.index <= previous)
            abort();
        previous = s.index;
    }
    return 0;
}

// libFuzzer harness: one call-log record, as the bodies of /call-logs/{id} and
// /call-logs/{id}/details carry it (a CallLog object or {data: CallLog}), read by both the
// simdjson fast path and the QJsonValue path. Any input must be read or refused, never crash,
// and a record that is read always has an id.
#include "core/api/json/CallLogReader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace callboard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;

    CallLog call;
    if (CallLogReader::readCallBody(body, &call, &error) && call.id.isEmpty())
        abort();

    CallDetails details;
    if (CallLogReader::readDetailsBody(body, &details, &error) && details.call.id.isEmpty())
        abort();

    // The QJsonValue path on its own (the fast path answers most bodies before it is reached).
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        CallLog record;
        QString reason;
        if (CallLogReader::readRecord(object, &record, &reason) && record.id.isEmpty())
            abort();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            CallLogReader::readAnalysisValue(it.value());
    }

    qint64 ms = 0;
    CallLogReader::parseIsoDateTime(QString::fromUtf8(body.left(64)), &ms);
    return 0;
}

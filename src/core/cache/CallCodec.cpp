#include "CallCodec.h"

#include "core/time/Utc.h"

#include <QDataStream>
#include <QIODevice>

namespace callboard::CallCodec {

namespace {
// Fixed, so a Qt upgrade cannot change how existing files read.
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_0;
constexpr quint32 kMaxAnalysisFields = 100000; // a guard against a damaged count

void writeValue(QDataStream &s, const AnalysisValue &v)
{
    s << quint8(v.type) << v.text;
    switch (v.type) {
    case AnalysisValue::Type::Null:
        break;
    case AnalysisValue::Type::Bool:
        s << v.value.toBool();
        break;
    case AnalysisValue::Type::Number:
        s << v.value.toDouble();
        break;
    case AnalysisValue::Type::String:
    case AnalysisValue::Type::Json:
        s << v.value.toString();
        break;
    case AnalysisValue::Type::Date:
        s << v.value.toDate();
        break;
    case AnalysisValue::Type::DateTime:
        s << v.value.toDateTime().toMSecsSinceEpoch();
        break;
    }
}

bool readValue(QDataStream &s, AnalysisValue *v)
{
    quint8 type = 0;
    s >> type >> v->text;
    if (type > quint8(AnalysisValue::Type::Json))
        return false;
    v->type = AnalysisValue::Type(type);
    switch (v->type) {
    case AnalysisValue::Type::Null:
        v->value = QVariant();
        break;
    case AnalysisValue::Type::Bool: {
        bool b = false;
        s >> b;
        v->value = b;
        break;
    }
    case AnalysisValue::Type::Number: {
        double d = 0;
        s >> d;
        v->value = d;
        break;
    }
    case AnalysisValue::Type::String:
    case AnalysisValue::Type::Json: {
        QString text;
        s >> text;
        v->value = text;
        break;
    }
    case AnalysisValue::Type::Date: {
        QDate date;
        s >> date;
        v->value = date;
        break;
    }
    case AnalysisValue::Type::DateTime: {
        qint64 ms = 0;
        s >> ms;
        v->value = utcFromMs(ms);
        break;
    }
    }
    return s.status() == QDataStream::Ok;
}
} // namespace

QByteArray encode(const CallLog &c)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(kStreamVersion);
    s << kFormat << c.id << c.callId << c.agentId << c.statusText << c.sentimentText
      << qint32(c.durationSeconds) << c.recordingUrl << c.createdAtMs << c.endReasonText
      << c.fallbackSttTranscriberId << c.toNumber << c.fromNumber << c.callDirection << c.type
      << c.campaignId << c.batchCallId << quint32(c.analysis.size());
    for (const AnalysisField &f : c.analysis) {
        s << f.key;
        writeValue(s, f.value);
    }
    return bytes;
}

bool decode(const QByteArray &bytes, CallLog *out)
{
    QDataStream s(bytes);
    s.setVersion(kStreamVersion);
    quint8 format = 0;
    s >> format;
    if (format != kFormat)
        return false;
    CallLog c;
    qint32 duration = -1;
    quint32 fields = 0;
    s >> c.id >> c.callId >> c.agentId >> c.statusText >> c.sentimentText >> duration
        >> c.recordingUrl >> c.createdAtMs >> c.endReasonText >> c.fallbackSttTranscriberId
        >> c.toNumber >> c.fromNumber >> c.callDirection >> c.type >> c.campaignId
        >> c.batchCallId >> fields;
    if (s.status() != QDataStream::Ok || fields > kMaxAnalysisFields || c.id.isEmpty())
        return false;
    c.durationSeconds = duration;
    c.analysis.resize(fields);
    for (AnalysisField &f : c.analysis) {
        s >> f.key;
        if (!readValue(s, &f.value))
            return false;
    }
    if (!s.atEnd())
        return false;
    c.status = statusFromString(c.statusText);
    c.sentiment = sentimentFromString(c.sentimentText);
    c.endReason = endReasonFromString(c.endReasonText);
    *out = std::move(c);
    return true;
}

} // namespace callboard::CallCodec

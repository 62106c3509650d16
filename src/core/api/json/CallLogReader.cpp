#include "CallLogFields.h"
#include "CallLogJson.h"
#include "CallLogJsonText.h"
#include "CallLogReader.h"
#include "CallLogReaderQt.h"
#include "core/time/Utc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QHash>

namespace callboard::CallLogReader {

namespace {

// A field that may be absent or null; any other non-string type makes the record unreadable.
bool optString(const QJsonValue &v, QString *out)
{
    if (v.isString()) {
        *out = v.toString();
        return true;
    }
    if (v.isNull() || v.isUndefined()) {
        out->clear();
        return true;
    }
    return false;
}

bool optDuration(const QJsonValue &v, int *out)
{
    if (v.isNull() || v.isUndefined()) {
        *out = -1;
        return true;
    }
    double d = 0;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        d = v.toString().toDouble(&ok);
        if (!ok)
            return false;
    } else {
        return false;
    }
    if (d < 0 || d > 31 * 24 * 3600.0)
        return false;
    *out = int(d);
    return true;
}

bool isDateOnly(QStringView s, QDate *date)
{
    return CallLogText::isDateOnly(CallLogText::Units<char16_t>{s.utf16(), s.size()}, date);
}

} // namespace

bool parseIsoDateTime(QStringView s, qint64 *ms)
{
    return CallLogText::parseIsoDateTime(CallLogText::Units<char16_t>{s.utf16(), s.size()}, ms);
}

AnalysisValue readAnalysisValue(const QJsonValue &v)
{
    AnalysisValue out;
    switch (v.type()) {
    case QJsonValue::Bool:
        out.type = AnalysisValue::Type::Bool;
        out.value = v.toBool();
        out.text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Double:
        out.type = AnalysisValue::Type::Number;
        out.value = v.toDouble();
        out.text = QString::number(v.toDouble(), 'g', 15);
        break;
    case QJsonValue::String: {
        const QString s = v.toString();
        out.text = s;
        QDate date;
        qint64 ms = 0;
        if (isDateOnly(s, &date)) {
            out.type = AnalysisValue::Type::Date;
            out.value = date;
        } else if (parseIsoDateTime(s, &ms)) {
            out.type = AnalysisValue::Type::DateTime;
            out.value = utcFromMs(ms);
        } else {
            out.type = AnalysisValue::Type::String;
            out.value = s;
        }
        break;
    }
    case QJsonValue::Array:
        out.type = AnalysisValue::Type::Json;
        out.text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        out.value = out.text;
        break;
    case QJsonValue::Object:
        out.type = AnalysisValue::Type::Json;
        out.text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        out.value = out.text;
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return out;
}

bool readRecord(const QJsonValue &value, CallLog *out, QString *reason)
{
    if (!value.isObject()) {
        *reason = QStringLiteral("record is not an object");
        return false;
    }
    const QJsonObject o = value.toObject();
    CallLog c;
    bool haveCreated = false;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const int f = CallLogFields::find(it.key());
        if (f < 0)
            continue;
        const CallLogFields::Field &field = CallLogFields::kFields[f];
        const QJsonValue v = it.value();
        bool ok = true;
        switch (field.kind) {
        case CallLogFields::Kind::Id:
            ok = v.isString(), c.*field.text = v.toString();
            break;
        case CallLogFields::Kind::Text:
            ok = optString(v, &(c.*field.text));
            break;
        case CallLogFields::Kind::Duration: // keys come in order: the last spelling wins
            ok = optDuration(v, &c.durationSeconds);
            break;
        case CallLogFields::Kind::CreatedAt:
            ok = v.isString() && parseIsoDateTime(v.toString(), &c.createdAtMs);
            haveCreated = haveCreated || ok;
            break;
        case CallLogFields::Kind::Analysis:
            if (v.isObject()) {
                const QJsonObject a = v.toObject();
                c.analysis.reserve(size_t(a.size()));
                for (auto ai = a.constBegin(); ai != a.constEnd(); ++ai)
                    c.analysis.push_back({ai.key(), readAnalysisValue(ai.value())});
            } else {
                ok = v.isNull();
            }
            break;
        }
        if (!ok) {
            *reason = QStringLiteral("field \"%1\" has an unreadable value").arg(it.key());
            return false;
        }
    }
    if (c.id.isEmpty()) {
        *reason = QStringLiteral("record has no id");
        return false;
    }
    if (!haveCreated) {
        *reason = QStringLiteral("record %1 has no created_at").arg(c.id);
        return false;
    }
    c.status = statusFromString(c.statusText);
    c.sentiment = sentimentFromString(c.sentimentText);
    c.endReason = endReasonFromString(c.endReasonText);
    *out = std::move(c);
    return true;
}

namespace {
bool parseJson(const QByteArray &body, QJsonDocument *doc, QString *error)
{
    QJsonParseError pe;
    *doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the response is not JSON (%1 at byte %2)")
                     .arg(pe.errorString())
                     .arg(pe.offset);
        return false;
    }
    return true;
}

int metaInt(const QJsonObject &meta, QLatin1String key)
{
    const QJsonValue v = meta.value(key);
    return v.isDouble() ? CallLogText::clampedInt(v.toDouble()) : v.isString() ? v.toString().toInt() : 0;
}

} // namespace

// The QJsonDocument path: the reference the simdjson path (CallLogJson) must agree with, and
// what reads the bodies that path leaves to it.
bool readListBodyQt(const QByteArray &body, CallPage *out, QString *error)
{
    QJsonDocument doc;
    if (!parseJson(body, &doc, error))
        return false;
    QJsonArray records;
    CallPage page;
    if (doc.isArray()) {
        records = doc.array();
    } else {
        const QJsonObject root = doc.object();
        const QJsonValue data = root.value(QLatin1String("data"));
        if (!data.isArray()) {
            *error = QStringLiteral("the response has no list of calls");
            return false;
        }
        records = data.toArray();
        const QJsonValue meta = root.value(QLatin1String("meta"));
        if (meta.isObject()) {
            const QJsonObject m = meta.toObject();
            page.meta.present = true;
            page.meta.page = metaInt(m, QLatin1String("page"));
            page.meta.limit = metaInt(m, QLatin1String("limit"));
            page.meta.total = metaInt(m, QLatin1String("total"));
            page.meta.totalPages = metaInt(m, QLatin1String("totalPages"));
        }
    }
    page.calls.reserve(size_t(records.size()));
    QHash<QString, size_t> seen;
    seen.reserve(records.size());
    int index = 0;
    for (const QJsonValue &v : std::as_const(records)) {
        CallLog c;
        QString reason;
        if (!readRecord(v, &c, &reason)) {
            page.skipped.push_back({index++, reason});
            continue;
        }
        ++index;
        auto it = seen.constFind(c.id);
        if (it != seen.constEnd()) {
            page.calls[*it] = std::move(c); // the last one wins
            ++page.duplicates;
        } else {
            seen.insert(c.id, page.calls.size());
            page.calls.push_back(std::move(c));
        }
    }
    *out = std::move(page);
    return true;
}

bool readCallBodyQt(const QByteArray &body, CallLog *out, QString *error)
{
    QJsonDocument doc;
    if (!parseJson(body, &doc, error))
        return false;
    QJsonObject o = doc.object();
    if (o.value(QLatin1String("data")).isObject())
        o = o.value(QLatin1String("data")).toObject();
    return readRecord(o, out, error);
}

bool readDetailsBodyQt(const QByteArray &body, CallDetails *out, QString *error)
{
    QJsonDocument doc;
    if (!parseJson(body, &doc, error))
        return false;
    QJsonObject o = doc.object();
    if (o.value(QLatin1String("data")).isObject())
        o = o.value(QLatin1String("data")).toObject();
    CallDetails d;
    if (!readRecord(o, &d.call, error))
        return false;
    const QJsonValue transcript = o.value(QLatin1String("transcript"));
    if (transcript.isString())
        d.transcript = transcript.toString();
    const QJsonArray timeline = o.value(QLatin1String("timeline")).toArray();
    for (const QJsonValue &e : timeline) {
        const QJsonObject eo = e.toObject();
        TimelineEvent ev;
        ev.event = eo.value(QLatin1String("event")).toString();
        if (ev.event.isEmpty())
            continue;
        if (!parseIsoDateTime(eo.value(QLatin1String("timestamp")).toString(), &ev.timestampMs))
            ev.timestampMs = 0;
        d.timeline.push_back(ev);
    }
    *out = std::move(d);
    return true;
}

bool readListBody(const QByteArray &body, CallPage *out, QString *error)
{
    if (const std::optional<bool> read = CallLogJson::readListBody(body, out, error))
        return *read;
    return readListBodyQt(body, out, error);
}

bool readCallBody(const QByteArray &body, CallLog *out, QString *error)
{
    if (const std::optional<bool> read = CallLogJson::readCallBody(body, out, error))
        return *read;
    return readCallBodyQt(body, out, error);
}

bool readDetailsBody(const QByteArray &body, CallDetails *out, QString *error)
{
    if (const std::optional<bool> read = CallLogJson::readDetailsBody(body, out, error))
        return *read;
    return readDetailsBodyQt(body, out, error);
}

} // namespace callboard::CallLogReader

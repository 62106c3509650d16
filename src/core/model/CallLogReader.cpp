#include "CallLogReader.h"

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

int digits(QStringView s, qsizetype pos, int count, bool *ok)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = pos + i < s.size() ? s[pos + i] : QChar();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

qint64 daysFromCivil(int y, int m, int d)
{
    // Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

bool isDateOnly(QStringView s, QDate *date)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return false;
    bool ok = true;
    const int y = digits(s, 0, 4, &ok), m = digits(s, 5, 2, &ok), d = digits(s, 8, 2, &ok);
    if (!ok)
        return false;
    const QDate parsed(y, m, d);
    if (!parsed.isValid())
        return false;
    *date = parsed;
    return true;
}

} // namespace

bool parseIsoDateTime(QStringView s, qint64 *ms)
{
    // YYYY-MM-DDTHH:MM[:SS[.fff…]][Z|±HH[:]MM]
    if (s.size() < 16 || s[4] != u'-' || s[7] != u'-' || (s[10] != u'T' && s[10] != u't' && s[10] != u' ')
        || s[13] != u':')
        return false;
    bool ok = true;
    const int y = digits(s, 0, 4, &ok), mo = digits(s, 5, 2, &ok), d = digits(s, 8, 2, &ok);
    const int h = digits(s, 11, 2, &ok), mi = digits(s, 14, 2, &ok);
    if (!ok || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59)
        return false;
    qsizetype p = 16;
    int sec = 0, milli = 0;
    if (p < s.size() && s[p] == u':') {
        sec = digits(s, p + 1, 2, &ok);
        if (!ok || sec > 60)
            return false;
        p += 3;
        if (p < s.size() && (s[p] == u'.' || s[p] == u',')) {
            ++p;
            int n = 0;
            while (p < s.size() && s[p] >= u'0' && s[p] <= u'9') {
                if (n < 3)
                    milli = milli * 10 + (s[p].unicode() - u'0');
                ++n, ++p;
            }
            if (n == 0)
                return false;
            for (int i = n; i < 3; ++i)
                milli *= 10;
        }
    }
    int offsetMin = 0;
    if (p < s.size()) {
        if ((s[p] == u'Z' || s[p] == u'z') && p + 1 == s.size()) {
            ++p;
        } else if (s[p] == u'+' || s[p] == u'-') {
            const int sign = s[p] == u'-' ? -1 : 1;
            const int oh = digits(s, p + 1, 2, &ok);
            qsizetype q = p + 3;
            if (q < s.size() && s[q] == u':')
                ++q;
            const int om = q < s.size() ? digits(s, q, 2, &ok) : 0;
            if (!ok || oh > 14 || om > 59)
                return false;
            p = q < s.size() ? q + 2 : q;
            offsetMin = sign * (oh * 60 + om);
        }
        if (p != s.size())
            return false;
    }
    if (!QDate(y, mo, d).isValid())
        return false;
    const qint64 days = daysFromCivil(y, mo, d);
    *ms = ((days * 24 + h) * 60 + mi - offsetMin) * 60000LL + sec * 1000LL + milli;
    return true;
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
            out.value = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
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
    bool haveDurationSeconds = false;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        bool ok = true;
        if (key == u"id")
            ok = v.isString(), c.id = v.toString();
        else if (key == u"call_id")
            ok = optString(v, &c.callId);
        else if (key == u"agent_id")
            ok = optString(v, &c.agentId);
        else if (key == u"status")
            ok = optString(v, &c.statusText);
        else if (key == u"sentiment")
            ok = optString(v, &c.sentimentText);
        else if (key == u"duration_seconds")
            ok = optDuration(v, &c.durationSeconds), haveDurationSeconds = true;
        else if ((key == u"duration_sec" || key == u"duration") && !haveDurationSeconds)
            ok = optDuration(v, &c.durationSeconds);
        else if (key == u"recording_url")
            ok = optString(v, &c.recordingUrl);
        else if (key == u"created_at" || key == u"createdAt") {
            ok = v.isString() && parseIsoDateTime(v.toString(), &c.createdAtMs);
            haveCreated = haveCreated || ok;
        } else if (key == u"end_reason")
            ok = optString(v, &c.endReasonText);
        else if (key == u"fallback_stt_transcriber_id")
            ok = optString(v, &c.fallbackSttTranscriberId);
        else if (key == u"to_number")
            ok = optString(v, &c.toNumber);
        else if (key == u"from_number")
            ok = optString(v, &c.fromNumber);
        else if (key == u"call_direction")
            ok = optString(v, &c.callDirection);
        else if (key == u"type")
            ok = optString(v, &c.type);
        else if (key == u"campaign_id")
            ok = optString(v, &c.campaignId);
        else if (key == u"batch_call_id")
            ok = optString(v, &c.batchCallId);
        else if (key == u"analysis") {
            if (v.isObject()) {
                const QJsonObject a = v.toObject();
                c.analysis.reserve(size_t(a.size()));
                for (auto ai = a.constBegin(); ai != a.constEnd(); ++ai)
                    c.analysis.push_back({ai.key(), readAnalysisValue(ai.value())});
            } else {
                ok = v.isNull();
            }
        }
        if (!ok) {
            *reason = QStringLiteral("field \"%1\" has an unreadable value").arg(key);
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
    return v.isDouble() ? int(v.toDouble()) : v.isString() ? v.toString().toInt() : 0;
}
} // namespace

bool readListBody(const QByteArray &body, CallPage *out, QString *error)
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

bool readCallBody(const QByteArray &body, CallLog *out, QString *error)
{
    QJsonDocument doc;
    if (!parseJson(body, &doc, error))
        return false;
    QJsonObject o = doc.object();
    if (o.value(QLatin1String("data")).isObject())
        o = o.value(QLatin1String("data")).toObject();
    return readRecord(o, out, error);
}

bool readDetailsBody(const QByteArray &body, CallDetails *out, QString *error)
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

} // namespace callboard::CallLogReader

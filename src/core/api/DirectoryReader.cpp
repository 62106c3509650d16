#include "core/api/DirectoryReader.h"

#include "core/api/json/CallLogReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace callboard {

namespace {

QString stringOf(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

// A count: a non-negative whole number, or a string holding one; -1 otherwise.
int countOf(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    double d = -1;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        d = v.toString().trimmed().toDouble(&ok);
        if (!ok)
            return -1;
    }
    if (!std::isfinite(d) || d < 0 || d > 2e9)
        return -1;
    return int(d);
}

QDateTime dateOf(const QJsonObject &o, QLatin1String key)
{
    const QString text = stringOf(o, key);
    qint64 ms = 0;
    if (text.isEmpty() || !CallLogReader::parseIsoDateTime(text, &ms))
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// The list in a body: the object's first array among keys, or the body itself if an array.
bool listIn(const QByteArray &body, std::initializer_list<QLatin1String> keys, QJsonArray *list,
            QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate("DirectoryReader", "the body is not JSON: %1")
                         .arg(parseError.errorString());
        return false;
    }
    if (doc.isArray()) {
        *list = doc.array();
        return true;
    }
    *object = doc.object();
    for (QLatin1String key : keys) {
        if (object->value(key).isArray()) {
            *list = object->value(key).toArray();
            return true;
        }
    }
    if (error)
        *error = QCoreApplication::translate("DirectoryReader", "the body holds no list");
    return false;
}

} // namespace

bool DirectoryReader::readAgent(const QJsonValue &value, AgentInfo *out)
{
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    const QString id = stringOf(o, QLatin1String("id")).trimmed();
    if (id.isEmpty())
        return false;
    const QJsonObject version = o.value(QLatin1String("current_version")).toObject();
    *out = AgentInfo{id, stringOf(version, QLatin1String("title")),
                     stringOf(version, QLatin1String("version_title"))};
    return true;
}

bool DirectoryReader::readBatch(const QJsonValue &value, BatchInfo *out)
{
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    BatchInfo b;
    b.id = stringOf(o, QLatin1String("id")).trimmed();
    if (b.id.isEmpty())
        return false;
    b.title = stringOf(o, QLatin1String("title"));
    b.status = stringOf(o, QLatin1String("status"));
    b.totalLeads = countOf(o, QLatin1String("total_lead_count"));
    if (b.totalLeads < 0)
        b.totalLeads = countOf(o, QLatin1String("total_records"));
    b.sentLeads = countOf(o, QLatin1String("sent_lead_count"));
    // picked_up_calls is the current rollup; picked_up_lead_count the legacy one.
    b.pickedUp = countOf(o, QLatin1String("picked_up_calls"));
    if (b.pickedUp < 0)
        b.pickedUp = countOf(o, QLatin1String("picked_up_lead_count"));
    b.lastCallSentAt = dateOf(o, QLatin1String("last_call_sent_at"));
    b.createdAt = dateOf(o, QLatin1String("createdAt"));
    if (!b.createdAt.isValid())
        b.createdAt = dateOf(o, QLatin1String("created_at"));
    *out = b;
    return true;
}

bool DirectoryReader::readAgentsBody(const QByteArray &body, AgentList *out, QString *error)
{
    QJsonArray list;
    QJsonObject object;
    if (!listIn(body, {QLatin1String("agents"), QLatin1String("data")}, &list, &object, error))
        return false;
    AgentList result;
    QSet<QString> seen;
    for (const QJsonValue &v : std::as_const(list)) {
        AgentInfo a;
        if (!readAgent(v, &a) || seen.contains(a.id)) {
            ++result.skipped;
            continue;
        }
        seen.insert(a.id);
        result.agents.append(a);
    }
    *out = result;
    return true;
}

bool DirectoryReader::readBatchesBody(const QByteArray &body, BatchPage *out, QString *error)
{
    QJsonArray list;
    QJsonObject object;
    if (!listIn(body, {QLatin1String("items"), QLatin1String("data")}, &list, &object, error))
        return false;
    BatchPage result;
    const QJsonObject meta = object.value(QLatin1String("meta")).toObject();
    const QJsonObject &paging = meta.isEmpty() ? object : meta;
    result.total = countOf(paging, QLatin1String("total"));
    result.page = countOf(paging, QLatin1String("page"));
    result.limit = countOf(paging, QLatin1String("limit"));
    QSet<QString> seen;
    for (const QJsonValue &v : std::as_const(list)) {
        BatchInfo b;
        if (!readBatch(v, &b) || seen.contains(b.id)) {
            ++result.skipped;
            continue;
        }
        seen.insert(b.id);
        result.items.append(b);
    }
    *out = result;
    return true;
}

} // namespace callboard

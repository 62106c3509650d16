#include "CsvWriter.h"

#include "core/directory/Directory.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <set>

namespace callboard::CsvWriter {

QStringList fixedColumns()
{
    return {QStringLiteral("id"),           QStringLiteral("call_id"),
            QStringLiteral("created_at"),   QStringLiteral("status"),
            QStringLiteral("status_group"), QStringLiteral("sentiment"),
            QStringLiteral("duration_seconds"), QStringLiteral("end_reason"),
            QStringLiteral("agent_id"),     QStringLiteral("agent_name"),
            QStringLiteral("campaign_id"),  QStringLiteral("batch_call_id"),
            QStringLiteral("campaign_name"),
            QStringLiteral("call_direction"), QStringLiteral("type"),
            QStringLiteral("to_number"),    QStringLiteral("from_number"),
            QStringLiteral("recording_url")};
}

bool isPlainPhoneNumber(const QString &field)
{
    // "+" then digits and spaces only: no letter, operator or separator a formula could use,
    // so a spreadsheet reads it as text or a number and never runs anything.
    if (field.size() < 2 || field.front() != QLatin1Char('+'))
        return false;
    bool digit = false;
    for (qsizetype i = 1; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digit = true;
        else if (c != QLatin1Char(' '))
            return false;
    }
    return digit;
}

QString escapeField(const QString &field)
{
    // OWASP CSV injection: a cell starting with one of these may be read as a formula.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const bool formula = !field.isEmpty() && formulaStarts.contains(field.front())
                         && !isPlainPhoneNumber(field);
    if (!formula && !field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\r')) && !field.contains(QLatin1Char('\n')))
        return field;
    QString quoted = formula ? QLatin1Char('\'') + field : field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

namespace {
QString groupName(StatusGroup g)
{
    switch (g) {
    case StatusGroup::Live:
        return QStringLiteral("live");
    case StatusGroup::Connected:
        return QStringLiteral("connected");
    case StatusGroup::NotReached:
        return QStringLiteral("not_reached");
    case StatusGroup::Failed:
        return QStringLiteral("failed");
    case StatusGroup::Other:
        break;
    }
    return QStringLiteral("other");
}

void appendLine(QByteArray &out, const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        line += escapeField(fields[i]);
    }
    out += line.toUtf8();
    out += "\r\n";
}
} // namespace

QByteArray toCsv(const std::vector<const CallLog *> &calls, const Directory *directory)
{
    std::vector<Row> rows;
    rows.reserve(calls.size());
    for (const CallLog *c : calls)
        rows.push_back({c, directory, QString()});
    return toCsv(rows, false);
}

QByteArray toCsv(const std::vector<Row> &rows, bool workspaceColumn)
{
    const Directory none;
    std::set<QString> keys;
    for (const Row &r : rows)
        for (const AnalysisField &f : r.call->analysis)
            keys.insert(f.key);
    QStringList header = fixedColumns();
    if (workspaceColumn)
        header.prepend(QStringLiteral("workspace"));
    for (const QString &k : keys)
        header << QStringLiteral("analysis.") + k;
    QByteArray out;
    appendLine(out, header);
    for (const Row &r : rows) {
        const CallLog *c = r.call;
        const Directory &names = r.directory ? *r.directory : none;
        QStringList row{c->id,
                        c->callId,
                        c->createdAt().toString(Qt::ISODateWithMs),
                        c->statusText,
                        groupName(c->group()),
                        c->sentimentText,
                        c->durationSeconds >= 0 ? QString::number(c->durationSeconds) : QString(),
                        c->endReasonText,
                        c->agentId,
                        names.agentName(c->agentId),
                        c->campaignId,
                        c->batchCallId,
                        names.campaignNameOf(c->campaignId, c->batchCallId),
                        c->callDirection,
                        c->type,
                        c->toNumber,
                        c->fromNumber,
                        c->recordingUrl};
        if (workspaceColumn)
            row.prepend(r.workspace);
        for (const QString &k : keys) {
            const AnalysisValue *v = c->analysisValue(k);
            row << (v ? v->text : QString());
        }
        appendLine(out, row);
    }
    return out;
}

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("CsvWriter", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const std::vector<const CallLog *> &calls, QString *error,
               const Directory *directory)
{
    return writeBytes(path, toCsv(calls, directory), error);
}

} // namespace callboard::CsvWriter

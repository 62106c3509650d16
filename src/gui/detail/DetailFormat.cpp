#include "DetailFormat.h"

#include "gui/theme/Labels.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace callboard::DetailFormat {


QString humanizeKey(const QString &key)
{
    return Labels::fieldName(key); // the same words as the Analysis tab and the cards
}

bool isEnumLike(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,31}$"));
    return token.match(text).hasMatch();
}

QString number(double value)
{
    const QLocale locale;
    if (std::isfinite(value) && std::abs(value) < 1e15 && value == std::floor(value))
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString date(const QDate &d)
{
    //: Format of a date in the detail pane (QDate::toString format).
    return QLocale().toString(d, QCoreApplication::translate("DetailFormat", "ddd d MMM yyyy"));
}

QString dateTime(const QDateTime &utc)
{
    //: Format of a local date and time in the detail pane (QDateTime::toString format).
    return QLocale().toString(utc.toLocalTime(), QCoreApplication::translate("DetailFormat", "ddd d MMM yyyy, HH:mm"));
}

QString dateTimeSeconds(qint64 utcMs)
{
    //: Format of a local date and time with seconds in the detail pane.
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs), QCoreApplication::translate("DetailFormat", "ddd d MMM yyyy, HH:mm:ss"));
}

QString timeSeconds(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).time(),
                              QStringLiteral("HH:mm:ss"));
}

QString timelineEvent(const QString &event)
{
    if (event == QLatin1String("call_started"))
        return QCoreApplication::translate("DetailFormat", "Call started");
    if (event == QLatin1String("call_answered"))
        return QCoreApplication::translate("DetailFormat", "Answered");
    if (event == QLatin1String("call_ended"))
        return QCoreApplication::translate("DetailFormat", "Call ended");
    if (event == QLatin1String("analysis_completed"))
        return QCoreApplication::translate("DetailFormat", "Analysis ready");
    return humanizeKey(event);
}

QString prettyJson(const QString &compact)
{
    const QJsonDocument doc = QJsonDocument::fromJson(compact.toUtf8());
    if (doc.isNull())
        return compact;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

std::vector<TranscriptTurn> parseTranscript(const QString &transcript)
{
    static const QRegularExpression speakerLine(
        QStringLiteral("^\\s*([A-Za-z][\\w]{0,23}):\\s?(.*)$"));
    std::vector<TranscriptTurn> turns;
    const QStringList lines = transcript.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        TranscriptTurn turn;
        const QRegularExpressionMatch m = speakerLine.match(line);
        if (m.hasMatch()) {
            const QString who = m.captured(1).trimmed();
            turn.speakerText = who;
            turn.text = m.captured(2).trimmed();
            if (who.compare(QLatin1String("agent"), Qt::CaseInsensitive) == 0)
                turn.speaker = TranscriptTurn::Speaker::Agent;
            else if (who.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0)
                turn.speaker = TranscriptTurn::Speaker::User;
            else
                turn.speaker = TranscriptTurn::Speaker::Other;
        } else {
            turn.text = line;
        }
        // A line without a speaker, or the same speaker again, continues the turn.
        if (!turns.empty() && (turn.speaker == TranscriptTurn::Speaker::None ||
                               (turn.speaker == turns.back().speaker &&
                                turn.speakerText == turns.back().speakerText))) {
            turns.back().text += QLatin1Char('\n') + turn.text;
            continue;
        }
        turns.push_back(std::move(turn));
    }
    return turns;
}

QString speakerLabel(const TranscriptTurn &turn)
{
    switch (turn.speaker) {
    case TranscriptTurn::Speaker::Agent:
        return QCoreApplication::translate("DetailFormat", "Agent");
    case TranscriptTurn::Speaker::User:
        return QCoreApplication::translate("DetailFormat", "User");
    case TranscriptTurn::Speaker::Other:
        return turn.speakerText;
    case TranscriptTurn::Speaker::None:
        break;
    }
    return QString();
}

} // namespace callboard::DetailFormat

#include "Labels.h"

#include "core/i18n/PluralForms.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace callboard {

namespace {
// The counts below ("%n min ago") and every other gui string with %n: English singulars.
void installPluralForms() { installEnglishPluralForms(); }
Q_COREAPP_STARTUP_FUNCTION(installPluralForms)
} // namespace

namespace Labels {

QString statusGroup(StatusGroup group)
{
    switch (group) {
    case StatusGroup::Live:
        return QCoreApplication::translate("Labels", "Live");
    case StatusGroup::Connected:
        return QCoreApplication::translate("Labels", "Connected");
    case StatusGroup::NotReached:
        return QCoreApplication::translate("Labels", "Not reached");
    case StatusGroup::Failed:
        return QCoreApplication::translate("Labels", "Failed");
    case StatusGroup::Other:
        break;
    }
    return QCoreApplication::translate("Labels", "Other");
}

QString status(const CallLog &call)
{
    switch (call.status) {
    case CallStatus::Created:
        return QCoreApplication::translate("Labels", "Created");
    case CallStatus::Initiated:
        return QCoreApplication::translate("Labels", "Initiated");
    case CallStatus::Sent:
        return QCoreApplication::translate("Labels", "Ringing");
    case CallStatus::Received:
        return QCoreApplication::translate("Labels", "In progress");
    case CallStatus::Completed:
        return QCoreApplication::translate("Labels", "Completed");
    case CallStatus::DidNotPick:
        return QCoreApplication::translate("Labels", "No answer"); // the outcome has one name everywhere
    case CallStatus::Busy:
        return QCoreApplication::translate("Labels", "Busy");
    case CallStatus::NoAnswer:
        return QCoreApplication::translate("Labels", "No answer");
    case CallStatus::Failed:
        return QCoreApplication::translate("Labels", "Failed");
    case CallStatus::Cancelled:
        return QCoreApplication::translate("Labels", "Cancelled");
    case CallStatus::RetryExpired:
        return QCoreApplication::translate("Labels", "Retries expired");
    case CallStatus::Voicemail:
        return QCoreApplication::translate("Labels", "Voicemail");
    case CallStatus::Other:
        break;
    }
    return call.statusText.isEmpty() ? QCoreApplication::translate("Labels", "Unknown") : call.statusText;
}

QString sentiment(const CallLog &call)
{
    const Sentiment s = call.shownSentiment();
    return s == Sentiment::Other ? call.sentimentText : sentimentName(s);
}

QString sentimentName(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::None:
        return QStringLiteral("—");
    case Sentiment::Positive:
        return QCoreApplication::translate("Labels", "Positive");
    case Sentiment::Neutral:
        return QCoreApplication::translate("Labels", "Neutral");
    case Sentiment::Negative:
        return QCoreApplication::translate("Labels", "Negative");
    case Sentiment::Unknown:
        return QCoreApplication::translate("Labels", "Unknown");
    case Sentiment::Other:
        break;
    }
    return QCoreApplication::translate("Labels", "Other");
}

QString endReason(const QString &raw)
{
    return endReasonLabel(raw);
}

QString duration(int seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    const int h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString relativeTime(qint64 thenMs, qint64 nowMs)
{
    // The counts are computed before translate(): lupdate 6.4 loops forever on a division
    // inside a translate() call.
    const qint64 s = std::max(qint64(0), (nowMs - thenMs) / 1000);
    const int days = int(s / 86400), hours = int(s / 3600), minutes = int(s / 60);
    if (days > 0)
        return QCoreApplication::translate("Labels", "%n d ago", nullptr, days);
    if (hours > 0)
        return QCoreApplication::translate("Labels", "%n h ago", nullptr, hours);
    if (minutes > 0)
        return QCoreApplication::translate("Labels", "%n min ago", nullptr, minutes);
    if (s >= 10)
        return QCoreApplication::translate("Labels", "%n s ago", nullptr, int(s));
    return QCoreApplication::translate("Labels", "just now");
}

QString fieldName(const QString &key)
{
    QString spaced = key;
    static const QRegularExpression camel(QStringLiteral("([a-z0-9])([A-Z])"));
    static const QRegularExpression separators(QStringLiteral("[\\s_.\\-]+"));
    spaced.replace(camel, QStringLiteral("\\1 \\2"));
    QStringList words = spaced.split(separators, Qt::SkipEmptyParts);
    for (QString &w : words) {
        const bool acronym = w.size() > 1 && w == w.toUpper() && w != w.toLower();
        if (!acronym)
            w = w.toLower();
    }
    QString out = words.join(QLatin1Char(' '));
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out.isEmpty() ? key : out;
}

QString batchStatus(const QString &raw)
{
    // The batch statuses DialNexa's OpenAPI file lists; another is shown as the server sent it.
    static const struct
    {
        const char *wire;
        const char *label;
    } known[] = {
        {"initiated", QT_TRANSLATE_NOOP("Labels", "Initiated")},
        {"draft", QT_TRANSLATE_NOOP("Labels", "Draft")},
        {"waiting", QT_TRANSLATE_NOOP("Labels", "Waiting")},
        {"scheduled", QT_TRANSLATE_NOOP("Labels", "Scheduled")},
        {"running", QT_TRANSLATE_NOOP("Labels", "Running")},
        {"paused", QT_TRANSLATE_NOOP("Labels", "Paused")},
        {"completed", QT_TRANSLATE_NOOP("Labels", "Completed")},
        {"cancelled", QT_TRANSLATE_NOOP("Labels", "Cancelled")},
        {"deleted", QT_TRANSLATE_NOOP("Labels", "Deleted")},
    };
    for (const auto &k : known)
        if (raw.compare(QLatin1String(k.wire), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("Labels", k.label);
    return raw;
}

QString direction(const QString &raw)
{
    // The server writes lower case; a capitalised value is the same direction.
    if (raw.compare(QLatin1String("inbound"), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("Labels", "Inbound");
    if (raw.compare(QLatin1String("outbound"), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("Labels", "Outbound");
    return raw;
}

QString callType(const QString &raw)
{
    if (raw.compare(QLatin1String("phone"), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("Labels", "Phone");
    if (raw.compare(QLatin1String("web"), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("Labels", "Web");
    return raw;
}

QString statusGlyph(StatusGroup group)
{
    switch (group) {
    case StatusGroup::Live:
        return QStringLiteral("●");
    case StatusGroup::Connected:
        return QStringLiteral("✓");
    case StatusGroup::NotReached:
        return QStringLiteral("○");
    case StatusGroup::Failed:
        return QStringLiteral("✕");
    case StatusGroup::Other:
        break;
    }
    return QStringLiteral("?");
}

QString sentimentGlyph(Sentiment s)
{
    switch (s) {
    case Sentiment::Positive:
        return QStringLiteral("▲");
    case Sentiment::Neutral:
        return QStringLiteral("■");
    case Sentiment::Negative:
        return QStringLiteral("▼");
    case Sentiment::None:
        return QStringLiteral("–");
    default:
        break;
    }
    return QStringLiteral("?");
}

} // namespace Labels
} // namespace callboard


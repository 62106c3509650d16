#include "CardContent.h"

#include "core/directory/Directory.h"
#include "gui/theme/Labels.h"

#include <QCoreApplication>

namespace callboard::CardContent {

namespace {
bool isEnumLike(const AnalysisValue &v)
{
    if (v.type != AnalysisValue::Type::String)
        return false;
    const QString s = v.text.trimmed();
    return !s.isEmpty() && s.size() <= 24 && s.count(QLatin1Char(' ')) <= 2;
}
} // namespace

QString agentName(const CallLog &call, const Directory *names)
{
    return names ? names->agentName(call.agentId) : call.agentId;
}

QString campaignName(const CallLog &call, const Directory *names)
{
    return names ? names->campaignNameOf(call.campaignId, call.batchCallId) : call.campaignKey();
}

QString spokenText(const CallLog &call, const Directory *names, qint64 nowMs)
{
    QString sentiment;
    switch (call.shownSentiment()) {
    case Sentiment::None:
        sentiment = QCoreApplication::translate("CardContent", "no sentiment yet");
        break;
    case Sentiment::Positive:
        sentiment = QCoreApplication::translate("CardContent", "positive sentiment");
        break;
    case Sentiment::Neutral:
        sentiment = QCoreApplication::translate("CardContent", "neutral sentiment");
        break;
    case Sentiment::Negative:
        sentiment = QCoreApplication::translate("CardContent", "negative sentiment");
        break;
    case Sentiment::Unknown:
        sentiment = QCoreApplication::translate("CardContent", "unknown sentiment");
        break;
    case Sentiment::Other:
        sentiment = QCoreApplication::translate("CardContent", "sentiment %1").arg(call.sentimentText);
        break;
    }
    QStringList parts{Labels::status(call), sentiment, agentName(call, names)};
    const QString campaign = campaignName(call, names);
    if (!campaign.isEmpty())
        parts << campaign;
    parts << durationText(call, nowMs) << Labels::relativeTime(call.createdAtMs, nowMs);
    return parts.join(QStringLiteral(", "));
}

QString durationText(const CallLog &call, qint64 nowMs)
{
    if (isLive(call.status) && call.createdAtMs > 0)
        return Labels::duration(int(qMax<qint64>(0, nowMs - call.createdAtMs) / 1000));
    return Labels::duration(call.durationSeconds);
}

QString directionText(const CallLog &call, bool withWord)
{
    const QString dir = call.callDirection.toLower();
    QString arrow;
    // The detail pane's word too; an unknown direction as sent, even without the word.
    const QString word = Labels::direction(call.callDirection);
    QString number = call.toNumber.isEmpty() ? call.fromNumber : call.toNumber;
    if (dir == QLatin1String("outbound")) {
        arrow = QStringLiteral("↗");
        number = call.toNumber;
    } else if (dir == QLatin1String("inbound")) {
        arrow = QStringLiteral("↙");
        number = call.fromNumber;
    }
    QString label = arrow;
    if (!word.isEmpty() && (withWord || arrow.isEmpty()))
        label += (label.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    if (label.isEmpty() || number.isEmpty())
        return label + number;
    return label + (label == arrow ? QStringLiteral(" ") : QStringLiteral(" · ")) + number;
}

const AnalysisField *highlightedField(const CallLog &call, const QString &key)
{
    if (!key.isEmpty()) {
        for (const AnalysisField &f : call.analysis) {
            if (f.key == key)
                return &f;
        }
        return nullptr;
    }
    for (const AnalysisField &f : call.analysis) {
        if (f.value.type == AnalysisValue::Type::Bool)
            return &f;
    }
    for (const AnalysisField &f : call.analysis) {
        if (isEnumLike(f.value))
            return &f;
    }
    for (const AnalysisField &f : call.analysis) {
        if (f.value.type == AnalysisValue::Type::Number)
            return &f;
    }
    return nullptr;
}

Highlight highlight(const CallLog &call, const QString &key)
{
    Highlight h;
    const AnalysisField *f = highlightedField(call, key);
    if (!f)
        return h;
    if (f->value.type == AnalysisValue::Type::Bool) {
        h.mark = f->value.value.toBool() ? Highlight::Mark::Yes : Highlight::Mark::No;
        h.text = Labels::fieldName(f->key);
        return h;
    }
    const QString value =
        f->value.type == AnalysisValue::Type::Null ? QStringLiteral("—") : f->value.text;
    h.text = Labels::fieldName(f->key) + QStringLiteral(": ") + value;
    return h;
}

QString markGlyph(Highlight::Mark mark)
{
    switch (mark) {
    case Highlight::Mark::Yes:
        return QStringLiteral("✓");
    case Highlight::Mark::No:
        return QStringLiteral("✗");
    case Highlight::Mark::None:
        break;
    }
    return {};
}

} // namespace callboard::CardContent

#include "AlertCondition.h"

#include "CallTimeIndex.h"
#include "core/i18n/PluralForms.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace callboard {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

// The messages count calls ("%n calls failed …"): English says "1 call" from its plural forms.
void installPluralForms() { installEnglishPluralForms(); }
Q_COREAPP_STARTUP_FUNCTION(installPluralForms)

qint64 windowStart(const AlertRule &rule, qint64 nowMs)
{
    return nowMs - qint64(rule.windowMinutes) * kMinuteMs;
}

QString percent(double share) { return QString::number(qRound(share * 100)); }

AlertVerdict negativeShare(const AlertRule &rule, const CallTimeIndex &calls, qint64 nowMs)
{
    int rated = 0;
    int negative = 0;
    calls.forEachCreatedSince(windowStart(rule, nowMs), [&](const CallLog &c) {
        if (c.sentiment == Sentiment::Positive || c.sentiment == Sentiment::Neutral
            || c.sentiment == Sentiment::Negative)
            ++rated;
        if (c.sentiment == Sentiment::Negative)
            ++negative;
    });
    const double share = rated > 0 ? double(negative) / rated : 0.0;
    AlertVerdict v;
    v.firing = rated >= rule.minSample && share > rule.threshold;
    if (rated < rule.minSample)
        v.message = QCoreApplication::translate("AlertCondition",
                                                "Negative sentiment: %1 of %2 rated in the last "
                                                "%3 min, too few to judge (%4 needed)")
                        .arg(negative)
                        .arg(rated)
                        .arg(rule.windowMinutes)
                        .arg(rule.minSample);
    else
        v.message = QCoreApplication::translate("AlertCondition",
                                                "Negative sentiment: %1 % (%2 of %3 rated in the "
                                                "last %4 min; limit %5 %)")
                        .arg(percent(share))
                        .arg(negative)
                        .arg(rated)
                        .arg(rule.windowMinutes)
                        .arg(percent(rule.threshold));
    return v;
}

AlertVerdict endReasonFailures(const AlertRule &rule, const CallTimeIndex &calls, qint64 nowMs)
{
    std::vector<int> perReason(size_t(rule.endReasons.size()), 0);
    int total = 0;
    calls.forEachCreatedSince(windowStart(rule, nowMs), [&](const CallLog &c) {
        if (c.endReasonText.isEmpty())
            return;
        const int i = int(rule.endReasons.indexOf(c.endReasonText));
        if (i >= 0) {
            ++perReason[size_t(i)];
            ++total;
        }
    });
    // Which reasons occurred, with their counts when more than one did.
    QStringList seen;
    QStringList counted;
    for (int i = 0; i < rule.endReasons.size(); ++i)
        if (perReason[size_t(i)] > 0) {
            // In the words every view uses ("System at capacity"), not the wire's.
            seen << endReasonLabel(rule.endReasons.at(i));
            counted << QStringLiteral("%1 (%2)").arg(seen.last()).arg(perReason[size_t(i)]);
        }
    QStringList all;
    for (const QString &r : rule.endReasons)
        all << endReasonLabel(r);
    const QString reasons = seen.isEmpty()    ? all.join(QStringLiteral(", "))
                            : seen.size() == 1 ? seen.first()
                                               : counted.join(QStringLiteral(", "));
    AlertVerdict v;
    v.firing = total >= rule.threshold;
    v.message = QCoreApplication::translate("AlertCondition", "%n calls failed with %3 in the last %1 min (limit %2)",
                                            nullptr, total)
                    .arg(rule.windowMinutes)
                    .arg(int(rule.threshold))
                    .arg(reasons);
    return v;
}

AlertVerdict analysisFieldEquals(const AlertRule &rule, const CallTimeIndex &calls, qint64 nowMs)
{
    int count = 0;
    const CallLog *newest = nullptr;
    calls.forEachCreatedSince(windowStart(rule, nowMs), [&](const CallLog &c) {
        const AnalysisValue *value = c.analysisValue(rule.field);
        if (value && rule.matches(*value)) {
            ++count;
            newest = &c; // oldest first: the last match is the newest
        }
    });
    AlertVerdict v;
    v.firing = count >= rule.threshold;
    v.message = QCoreApplication::translate("AlertCondition", "%n calls in the last %1 min with %3 = %4 (limit %2)",
                                            nullptr, count)
                    .arg(rule.windowMinutes)
                    .arg(int(rule.threshold))
                    .arg(rule.field, rule.value);
    if (newest)
        v.message += QCoreApplication::translate("AlertCondition", "; newest: %1").arg(newest->id);
    return v;
}

AlertVerdict liveAbove(const AlertRule &rule, const CallTimeIndex &calls)
{
    AlertVerdict v;
    v.firing = calls.liveCount() > rule.threshold;
    v.message = QCoreApplication::translate("AlertCondition", "Live calls: %1 (limit %2)")
                    .arg(calls.liveCount())
                    .arg(int(rule.threshold));
    return v;
}

// The moment the shift containing local time t began (t must be inside working hours).
QDateTime shiftStart(const AlertRule &rule, const QDateTime &t)
{
    QDate day = t.date();
    if (rule.workEnd < rule.workStart && t.time() < rule.workEnd)
        day = day.addDays(-1); // the small hours of a night shift
    return QDateTime(day, rule.workStart, t.timeZone());
}

AlertVerdict noNewCalls(const AlertRule &rule, const CallTimeIndex &calls, qint64 nowMs,
                        const QTimeZone &zone, qint64 boardStartMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const QString hhmm = QStringLiteral("HH:mm");
    const qint64 newest = calls.newestCreatedMs();
    const QString newestText = newest == CallTimeIndex::kNone
        ? QString()
        : QDateTime::fromMSecsSinceEpoch(newest, zone).toString(hhmm);
    AlertVerdict v;
    if (!rule.inWorkingHours(local.date().dayOfWeek(), local.time())) {
        v.message = QCoreApplication::translate("AlertCondition", "Outside working hours");
        return v;
    }
    const QDateTime shift = shiftStart(rule, local);
    const QDateTime start = boardStartMs > shift.toMSecsSinceEpoch()
        ? QDateTime::fromMSecsSinceEpoch(boardStartMs, zone)
        : shift;
    const qint64 quietSince = std::max(newest, start.toMSecsSinceEpoch());
    v.firing = nowMs - quietSince >= qint64(rule.windowMinutes) * kMinuteMs;
    if (!v.firing)
        v.message = newest >= start.toMSecsSinceEpoch()
            ? QCoreApplication::translate("AlertCondition", "Newest call at %1").arg(newestText)
            : QCoreApplication::translate("AlertCondition", "Working hours began at %1").arg(start.toString(hhmm));
    else if (newest >= start.toMSecsSinceEpoch())
        v.message = QCoreApplication::translate("AlertCondition", "No new call since %1 (limit %2 min)").arg(newestText).arg(rule.windowMinutes);
    else
        v.message = QCoreApplication::translate("AlertCondition", "No new call since working hours began at %1 (limit %2 min)")
                        .arg(start.toString(hhmm))
                        .arg(rule.windowMinutes);
    return v;
}

} // namespace

AlertVerdict evaluateAlertRule(const AlertRule &rule, const CallTimeIndex &calls, qint64 nowMs,
                               const QTimeZone &zone, qint64 boardStartMs)
{
    switch (rule.kind) {
    case AlertRule::Kind::NegativeShare:
        return negativeShare(rule, calls, nowMs);
    case AlertRule::Kind::EndReasonFailures:
        return endReasonFailures(rule, calls, nowMs);
    case AlertRule::Kind::AnalysisFieldEquals:
        return analysisFieldEquals(rule, calls, nowMs);
    case AlertRule::Kind::LiveAbove:
        return liveAbove(rule, calls);
    case AlertRule::Kind::NoNewCalls:
        return noNewCalls(rule, calls, nowMs, zone, boardStartMs);
    }
    return {};
}

} // namespace callboard

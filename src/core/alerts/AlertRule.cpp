#include "AlertRule.h"

#include "core/time/WeekSchedule.h"

#include "core/model/CallLog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <functional>

namespace callboard {

namespace {

constexpr int kMaxWindowMinutes = 24 * 60;
const char *const kDayKeys[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

bool fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

bool isWholeNumber(double v) { return std::isfinite(v) && std::floor(v) == v; }

// Consecutive days (three or more) become a range "Mon-Fri"; the rest a list.
QString joinDays(quint8 days, const std::function<QString(int)> &name)
{
    QStringList parts;
    int d = 1;
    while (d <= 7) {
        if (!(days & (1u << (d - 1)))) {
            ++d;
            continue;
        }
        int end = d;
        while (end < 7 && (days & (1u << end)))
            ++end;
        if (end - d >= 2)
            parts << name(d) + QLatin1Char('-') + name(end);
        else
            for (int i = d; i <= end; ++i)
                parts << name(i);
        d = end + 1;
    }
    return parts.join(QLatin1Char(','));
}

QString percent(double share) { return QString::number(qRound(share * 100)); }

} // namespace

AlertRule AlertRule::withDefaults(Kind kind)
{
    AlertRule r;
    r.kind = kind;
    switch (kind) {
    case Kind::NegativeShare:
        r.threshold = 0.3;
        r.windowMinutes = 15;
        break;
    case Kind::EndReasonFailures:
        r.threshold = 3;
        r.windowMinutes = 10;
        r.endReasons = {QStringLiteral("system_at_capacity"), QStringLiteral("insufficient_balance")};
        break;
    case Kind::AnalysisFieldEquals:
        r.threshold = 1;
        r.windowMinutes = 60;
        r.field = QStringLiteral("follow_up_required");
        r.value = QStringLiteral("true");
        break;
    case Kind::LiveAbove:
        r.threshold = 50;
        break;
    case Kind::NoNewCalls:
        r.threshold = 0;
        r.windowMinutes = 15;
        break;
    }
    r.id = alertKindKey(kind);
    return r;
}

bool AlertRule::inWorkingHours(int dayOfWeek, QTime time) const
{
    if (workStart < workEnd)
        return worksOn(dayOfWeek) && time >= workStart && time < workEnd;
    // A night shift belongs to the day it starts on.
    const int previousDay = dayOfWeek == 1 ? 7 : dayOfWeek - 1;
    return (worksOn(dayOfWeek) && time >= workStart) || (worksOn(previousDay) && time < workEnd);
}

bool AlertRule::matches(const AnalysisValue &v) const
{
    const QString wanted = value.trimmed();
    switch (v.type) {
    case AnalysisValue::Type::Null:
        return false;
    case AnalysisValue::Type::Bool:
        return wanted.compare(v.text, Qt::CaseInsensitive) == 0;
    case AnalysisValue::Type::Number: {
        bool ok = false;
        const double d = wanted.toDouble(&ok);
        if (ok)
            return d == v.value.toDouble();
        break;
    }
    default:
        break;
    }
    return v.text == wanted;
}

bool AlertRule::isValid(QString *why) const
{
    if (id.trimmed().isEmpty())
        return fail(why, QCoreApplication::translate("AlertRule", "The rule has no id."));
    if (kind != Kind::LiveAbove && (windowMinutes < 1 || windowMinutes > kMaxWindowMinutes))
        return fail(why, QCoreApplication::translate("AlertRule", "The window must be between 1 and %1 minutes.").arg(kMaxWindowMinutes));
    if (!std::isfinite(threshold))
        return fail(why, QCoreApplication::translate("AlertRule", "The threshold is not a number."));
    switch (kind) {
    case Kind::NegativeShare:
        if (threshold < 0 || threshold >= 1)
            return fail(why, QCoreApplication::translate("AlertRule", "The share must be at least 0 and below 1 (0 % to 99 %)."));
        if (minSample < 1)
            return fail(why, QCoreApplication::translate("AlertRule", "The minimum sample must be at least one call."));
        break;
    case Kind::EndReasonFailures: {
        if (threshold < 1 || !isWholeNumber(threshold))
            return fail(why, QCoreApplication::translate("AlertRule", "The number of failures must be a whole number of at least 1."));
        if (endReasons.isEmpty())
            return fail(why, QCoreApplication::translate("AlertRule", "Name at least one end reason."));
        static const QRegularExpression token(QStringLiteral("^[a-z0-9_]+$"));
        for (const QString &r : endReasons)
            if (!token.match(r).hasMatch())
                return fail(why, QCoreApplication::translate("AlertRule", "\"%1\" is not an end reason (lower case, digits and _).").arg(r));
        break;
    }
    case Kind::AnalysisFieldEquals:
        if (threshold < 1 || !isWholeNumber(threshold))
            return fail(why, QCoreApplication::translate("AlertRule", "The number of calls must be a whole number of at least 1."));
        if (field.trimmed().isEmpty())
            return fail(why, QCoreApplication::translate("AlertRule", "Name the analysis field."));
        if (value.trimmed().isEmpty())
            return fail(why, QCoreApplication::translate("AlertRule", "Give the value the field is compared with."));
        break;
    case Kind::LiveAbove:
        if (threshold < 0 || !isWholeNumber(threshold))
            return fail(why, QCoreApplication::translate("AlertRule", "The number of live calls must be a whole number of at least 0."));
        break;
    case Kind::NoNewCalls:
        if (!workStart.isValid() || !workEnd.isValid())
            return fail(why, QCoreApplication::translate("AlertRule", "The working hours need a valid start and end time."));
        if (workStart == workEnd)
            return fail(why, QCoreApplication::translate("AlertRule", "The working hours start and end at the same time."));
        if ((workDays & 0x7f) == 0)
            return fail(why, QCoreApplication::translate("AlertRule", "Choose at least one working day."));
        break;
    }
    return true;
}

QString AlertRule::describe() const
{
    const int count = int(threshold);
    switch (kind) {
    case Kind::NegativeShare:
        return QCoreApplication::translate("AlertRule", "Negative sentiment above %1 % of rated calls in the last %2 min (at least %3 rated)")
            .arg(percent(threshold))
            .arg(windowMinutes)
            .arg(minSample);
    case Kind::EndReasonFailures: {
        QStringList labels; // the words the board shows for them
        for (const QString &r : endReasons)
            labels << endReasonLabel(r);
        return QCoreApplication::translate("AlertRule", "Failures with %3: at least %1 in the last %2 min")
            .arg(count)
            .arg(windowMinutes)
            .arg(labels.join(QStringLiteral(", ")));
    }
    case Kind::AnalysisFieldEquals:
        // User text goes in last, so a "%1" inside it stays as typed.
        return QCoreApplication::translate("AlertRule", "Calls with %3 = %4: at least %1 in the last %2 min")
            .arg(count)
            .arg(windowMinutes)
            .arg(field, value);
    case Kind::LiveAbove:
        return QCoreApplication::translate("AlertRule", "Live calls: more than %1").arg(count);
    case Kind::NoNewCalls: {
        const QLocale locale;
        const QString days = joinDays(workDays, [&locale](int d) {
            return locale.dayName(d, QLocale::ShortFormat);
        });
        return QCoreApplication::translate("AlertRule", "No new call for %1 min on %2, %3-%4")
            .arg(windowMinutes)
            .arg(days, workStart.toString(QStringLiteral("HH:mm")),
                 workEnd.toString(QStringLiteral("HH:mm")));
    }
    }
    return {};
}

bool AlertRule::operator==(const AlertRule &o) const
{
    return id == o.id && name == o.name && enabled == o.enabled && kind == o.kind
           && threshold == o.threshold && windowMinutes == o.windowMinutes
           && minSample == o.minSample && endReasons == o.endReasons && field == o.field
           && value == o.value && workStart == o.workStart && workEnd == o.workEnd
           && workDays == o.workDays && sound == o.sound;
}

QString alertKindKey(AlertRule::Kind kind)
{
    switch (kind) {
    case AlertRule::Kind::NegativeShare:
        return QStringLiteral("negative_share");
    case AlertRule::Kind::EndReasonFailures:
        return QStringLiteral("end_reason_failures");
    case AlertRule::Kind::AnalysisFieldEquals:
        return QStringLiteral("analysis_field");
    case AlertRule::Kind::LiveAbove:
        return QStringLiteral("live_above");
    case AlertRule::Kind::NoNewCalls:
        return QStringLiteral("no_new_calls");
    }
    return {};
}

bool alertKindFromKey(const QString &key, AlertRule::Kind *kind)
{
    for (auto k : {AlertRule::Kind::NegativeShare, AlertRule::Kind::EndReasonFailures,
                   AlertRule::Kind::AnalysisFieldEquals, AlertRule::Kind::LiveAbove,
                   AlertRule::Kind::NoNewCalls})
        if (alertKindKey(k) == key.trimmed()) {
            *kind = k;
            return true;
        }
    return false;
}

QString workDaysToString(quint8 days)
{
    return joinDays(days, [](int d) { return QString::fromLatin1(kDayKeys[d - 1]); });
}

bool workDaysFromString(const QString &text, quint8 *days)
{
    return WeekSchedule::parseDays(text, days, nullptr); // one day-list grammar for the whole app
}

std::vector<AlertRule> defaultAlertRules()
{
    using Kind = AlertRule::Kind;
    std::vector<AlertRule> rules;
    rules.push_back(AlertRule::withDefaults(Kind::NegativeShare));
    rules.push_back(AlertRule::withDefaults(Kind::EndReasonFailures));
    AlertRule live = AlertRule::withDefaults(Kind::LiveAbove);
    live.enabled = false;
    rules.push_back(live);
    AlertRule quiet = AlertRule::withDefaults(Kind::NoNewCalls);
    quiet.enabled = false;
    rules.push_back(quiet);
    AlertRule followUp = AlertRule::withDefaults(Kind::AnalysisFieldEquals);
    followUp.enabled = false;
    rules.push_back(followUp);
    return rules;
}

} // namespace callboard

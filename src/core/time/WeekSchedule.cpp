#include "WeekSchedule.h"

#include <QCoreApplication>
#include <QStringList>

namespace callboard {

namespace {
const char *const DayNames[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

int dayIndex(const QString &name)
{
    const QString n = name.trimmed().toLower().left(3);
    for (int i = 0; i < 7; ++i)
        if (n == QLatin1String(DayNames[i]))
            return i;
    return -1;
}

bool dayOn(quint8 days, const QDate &date) { return days & (1u << (date.dayOfWeek() - 1)); }
} // namespace

bool WeekSchedule::contains(const QDateTime &t) const
{
    const QTime now = t.time();
    if (start == end)
        return dayOn(days, t.date()); // the whole day
    if (start < end)
        return dayOn(days, t.date()) && now >= start && now < end;
    // Past midnight: 22:00-06:00 on Friday covers Friday 22:00 to Saturday 06:00.
    if (now >= start)
        return dayOn(days, t.date());
    return now < end && dayOn(days, t.date().addDays(-1));
}

bool WeekSchedule::parseHours(const QString &text, WeekSchedule *into, QString *error)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    const QTime from = parts.size() == 2 ? QTime::fromString(parts[0].trimmed(), QStringLiteral("H:mm")) : QTime();
    const QTime to = parts.size() == 2 ? QTime::fromString(parts[1].trimmed(), QStringLiteral("H:mm")) : QTime();
    if (!from.isValid() || !to.isValid()) {
        if (error)
            *error = QCoreApplication::translate("WeekSchedule", "hours must look like 08:00-18:00, not \"%1\"").arg(text);
        return false;
    }
    into->start = from;
    into->end = to;
    return true;
}

bool WeekSchedule::parseDays(const QString &text, quint8 *days, QString *error)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("all") || t == QLatin1String("daily")) {
        *days = 0x7f;
        return true;
    }
    quint8 result = 0;
    for (const QString &item : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = item.split(QLatin1Char('-'));
        const int from = dayIndex(range.value(0));
        const int to = range.size() == 2 ? dayIndex(range[1]) : from;
        if (range.size() > 2 || from < 0 || to < 0) {
            if (error)
                *error = QCoreApplication::translate("WeekSchedule", "days must look like Mon-Fri or Mon,Wed,Fri, not \"%1\"").arg(text);
            return false;
        }
        for (int d = from;; d = (d + 1) % 7) { // Sat-Mon wraps round the week
            result |= quint8(1u << d);
            if (d == to)
                break;
        }
    }
    if (!result) {
        if (error)
            *error = QCoreApplication::translate("WeekSchedule", "no day given");
        return false;
    }
    *days = result;
    return true;
}

QString WeekSchedule::hoursText() const
{
    return start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-') + end.toString(QStringLiteral("HH:mm"));
}

QString WeekSchedule::daysText() const
{
    QStringList names;
    for (int i = 0; i < 7; ++i)
        if (days & (1u << i)) {
            QString n = QLatin1String(DayNames[i]);
            n[0] = n[0].toUpper();
            names << n;
        }
    return names.join(QLatin1Char(','));
}

} // namespace callboard

// WeekSchedule: hours of the day on some days of the week ("08:00-18:00", "Mon-Fri"), in
// local time. The kiosk blanks outside it; the "no new calls" alert watches only inside it.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>

namespace callboard {

struct WeekSchedule
{
    QTime start{8, 0};
    QTime end{18, 0};     // before start: the hours run past midnight
    quint8 days = 0x1f;   // bit 0 = Monday … bit 6 = Sunday; Mon–Fri by default

    // Whether the local time t falls inside. Hours past midnight belong to the day they began.
    bool contains(const QDateTime &t) const;
    bool operator==(const WeekSchedule &o) const
    {
        return start == o.start && end == o.end && days == o.days;
    }

    // "08:00-18:00"; false with *error when unreadable.
    static bool parseHours(const QString &text, WeekSchedule *into, QString *error);
    // "Mon-Fri", "Mon,Wed,Fri", "Sat-Sun", "all" (English abbreviations, any case).
    static bool parseDays(const QString &text, quint8 *days, QString *error);
    QString hoursText() const;
    QString daysText() const;
};

} // namespace callboard

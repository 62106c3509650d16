// QDateTimes in UTC and in local time, built the way each Qt version wants: Qt 6.8 deprecates
// the Qt::TimeSpec overloads for QTimeZone ones, while on Qt 6.4 a QTimeZone is a whole zone
// (slower than the spec) and QTimeZone::UTC does not exist yet. One place decides.
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace callboard {

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
inline QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QTimeZone::UTC));
}
inline QDateTime utcDateTime(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone(QTimeZone::UTC));
}
inline QDateTime localDateTime(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone(QTimeZone::LocalTime));
}
// The same date and time, read as UTC.
inline void setUtc(QDateTime *dateTime) { dateTime->setTimeZone(QTimeZone(QTimeZone::UTC)); }
#else
inline QDateTime utcFromMs(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }
inline QDateTime utcDateTime(QDate date, QTime time) { return QDateTime(date, time, Qt::UTC); }
inline QDateTime localDateTime(QDate date, QTime time) { return QDateTime(date, time, Qt::LocalTime); }
inline void setUtc(QDateTime *dateTime) { dateTime->setTimeSpec(Qt::UTC); }
#endif

} // namespace callboard

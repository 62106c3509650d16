#include "BoardWindow.h"

#include <QCoreApplication>
#include <QDateTime>

namespace callboard {

namespace {
constexpr qint64 kHourMs = 60 * 60 * 1000;

QDateTime midnightOf(const QDate &day, const QTimeZone &zone)
{
    QDateTime m(day, QTime(0, 0), zone);
    if (!m.isValid()) // a zone whose clocks skip midnight itself: the day's first valid minute
        m = QDateTime(day, QTime(1, 0), zone);
    return m;
}
} // namespace

BoardWindow BoardWindow::lastHours(int hours)
{
    BoardWindow w;
    w.m_kind = Kind::LastHours;
    w.m_hours = qBound(1, hours, kMaxHours);
    return w;
}

std::optional<BoardWindow> BoardWindow::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("today"))
        return today();
    if (!t.endsWith(QLatin1Char('h')))
        return std::nullopt;
    bool ok = false;
    const int hours = t.chopped(1).toInt(&ok);
    if (!ok || hours < 1 || hours > kMaxHours)
        return std::nullopt;
    return lastHours(hours);
}

QString BoardWindow::key() const
{
    return m_kind == Kind::Today ? QStringLiteral("today") : QString::number(m_hours) + QLatin1Char('h');
}

QString BoardWindow::label() const
{
    if (m_kind == Kind::Today)
        return QCoreApplication::translate("BoardWindow", "Today");
    if (m_hours == 1)
        return QCoreApplication::translate("BoardWindow", "Last hour");
    return QCoreApplication::translate("BoardWindow", "Last %1 hours").arg(m_hours);
}

qint64 BoardWindow::startMs(qint64 nowMs, const QTimeZone &zone) const
{
    if (m_kind == Kind::LastHours)
        return nowMs - m_hours * kHourMs;
    const QDate day = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    return qMin(nowMs, midnightOf(day, zone).toMSecsSinceEpoch());
}

qint64 BoardWindow::nextJumpMs(qint64 nowMs, const QTimeZone &zone) const
{
    if (m_kind == Kind::LastHours)
        return -1;
    const QDate day = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    return midnightOf(day.addDays(1), zone).toMSecsSinceEpoch();
}

} // namespace callboard

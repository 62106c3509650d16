#include "CardGrid.h"

#include <QtGlobal>

namespace callboard {

QRect CardGrid::rectOf(int row) const
{
    if (isEmpty() || row < 0 || row >= count)
        return {};
    return {QPoint((row % columns) * cell.width(), (row / columns) * cell.height()), cell};
}

int CardGrid::rowAt(const QPoint &point) const
{
    if (isEmpty() || point.x() < 0 || point.y() < 0)
        return -1;
    const int column = point.x() / cell.width();
    if (column >= columns)
        return -1;
    const qint64 row = qint64(point.y() / cell.height()) * columns + column;
    return row < count ? int(row) : -1;
}

CardGrid::Span CardGrid::rowsMeeting(const QRect &rect) const
{
    const QRect content(QPoint(0, 0), contentSize());
    const QRect area = rect.intersected(content);
    if (isEmpty() || area.isEmpty())
        return {};
    const int firstLine = area.top() / cell.height();
    const int lastLine = area.bottom() / cell.height();
    const int firstColumn = area.left() / cell.width();
    const int lastColumn = qMin(columns - 1, area.right() / cell.width());
    Span span;
    span.first = firstLine * columns + firstColumn;
    span.last = qMin(count - 1, lastLine * columns + lastColumn);
    return span;
}

QList<CardGrid::Span> CardGrid::runsMeeting(const QRect &rect) const
{
    QList<Span> runs;
    const Span whole = rowsMeeting(rect);
    if (whole.first > whole.last)
        return runs;
    const int firstColumn = whole.first % columns;
    const int lastColumn = qMin(columns - 1, rect.intersected(QRect(QPoint(0, 0), contentSize())).right() / cell.width());
    for (int line = whole.first / columns; line <= whole.last / columns; ++line) {
        Span run{line * columns + firstColumn, qMin(count - 1, line * columns + lastColumn)};
        if (run.first <= run.last)
            runs.push_back(run);
    }
    return runs;
}

int CardGrid::linesIn(int height) const
{
    return cell.height() > 0 ? qMax(1, height / cell.height()) : 1;
}

} // namespace callboard

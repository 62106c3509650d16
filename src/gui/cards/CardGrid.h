// CardGrid: where the cards go. Every card has the same size, so the place of row r is
// arithmetic (row-major in `columns` columns) and so is the row under a point: laying out,
// hit-testing and finding the cards on screen cost the same for 100 calls as for 100,000.
// Coordinates are the content's (before scrolling).
#pragma once

#include <QList>
#include <QRect>
#include <QSize>

namespace callboard {

struct CardGrid
{
    int columns = 1;
    QSize cell;    // one card with its margin
    int count = 0; // rows of the model

    bool isEmpty() const { return count <= 0 || cell.isEmpty() || columns < 1; }
    int lines() const { return columns > 0 ? (count + columns - 1) / columns : 0; }
    QSize contentSize() const { return {columns * cell.width(), lines() * cell.height()}; }
    QRect rectOf(int row) const;
    // The row whose cell holds the point, or -1 (outside the grid or past the last card).
    int rowAt(const QPoint &point) const;
    // The first and last rows whose cells meet the rectangle (first > last: none). Rows in
    // between that lie outside it (other columns of a wrapped grid) are included.
    struct Span { int first = 0; int last = -1; };
    Span rowsMeeting(const QRect &rect) const;
    // The same, exactly: one span of rows per line of cards that the rectangle crosses.
    QList<Span> runsMeeting(const QRect &rect) const;
    // Whole lines of cards that fit in a height (at least one).
    int linesIn(int height) const;
};

} // namespace callboard

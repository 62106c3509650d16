// CallCardView's geometry: where each card is, which card is under a point, scrolling and
// moving the current card. All of it arithmetic over CardGrid, none of it per row.
#include "CallCardView.h"

#include <QScrollBar>

namespace callboard {

CardGrid CallCardView::grid() const
{
    CardGrid g;
    g.count = model() ? model()->rowCount(rootIndex()) : 0;
    const QSize card = m_delegate->cardSize(font());
    if (m_delegate->layout() == Layout::List) {
        g.columns = 1;
        g.cell = QSize(qMax(1, viewport()->width()), card.height()); // stretched to the width
    } else {
        g.columns = qMax(1, m_columns);
        g.cell = card; // already widened to share the row (fitGridToWidth)
    }
    return g;
}

bool CallCardView::ownsRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == model() && index.parent() == rootIndex()
           && index.column() == modelColumn();
}

int CallCardView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int CallCardView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

QRect CallCardView::contentRect(const QModelIndex &index) const
{
    return ownsRow(index) ? grid().rectOf(index.row()) : QRect();
}

QRect CallCardView::visualRect(const QModelIndex &index) const
{
    const QRect rect = contentRect(index);
    return rect.isValid() ? rect.translated(-horizontalOffset(), -verticalOffset()) : rect;
}

QModelIndex CallCardView::indexAt(const QPoint &point) const
{
    const int row = grid().rowAt(point + QPoint(horizontalOffset(), verticalOffset()));
    return row < 0 ? QModelIndex() : model()->index(row, modelColumn(), rootIndex());
}

CardGrid::Span CallCardView::visibleRows() const
{
    return grid().rowsMeeting(viewport()->rect().translated(horizontalOffset(), verticalOffset()));
}

QSize CallCardView::viewportSizeHint() const
{
    return grid().contentSize();
}

void CallCardView::updateGeometries()
{
    const CardGrid g = grid();
    QScrollBar *bar = verticalScrollBar();
    const int height = viewport()->height();
    bar->setPageStep(height);
    bar->setRange(0, qMax(0, g.contentSize().height() - height));
    horizontalScrollBar()->setRange(0, 0); // cards always fit the width
    QAbstractItemView::updateGeometries(); // skips QListView's per-row layout
}

void CallCardView::scrollContentsBy(int dx, int dy)
{
    m_hover = QPersistentModelIndex(); // whatever is under the pointer now, it moved
    QAbstractItemView::scrollContentsBy(dx, dy);
    if (verticalOffset() == 0 && m_newAbove > 0)
        setNewCallsAbove(0); // the user is at the newest: nothing above is unseen
}

void CallCardView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const QRect rect = contentRect(index);
    if (!rect.isValid())
        return;
    executeDelayedItemsLayout(); // the scroll range must include rows just inserted
    QScrollBar *bar = verticalScrollBar();
    const int height = viewport()->height();
    int value = bar->value();
    switch (hint) {
    case PositionAtTop:
        value = rect.top();
        break;
    case PositionAtBottom:
        value = rect.bottom() + 1 - height;
        break;
    case PositionAtCenter:
        value = rect.top() - (height - rect.height()) / 2;
        break;
    case EnsureVisible:
        if (rect.top() < value || rect.height() > height)
            value = rect.top();
        else if (rect.bottom() + 1 > value + height)
            value = rect.bottom() + 1 - height;
        break;
    }
    bar->setValue(value);
}

QModelIndex CallCardView::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    const CardGrid g = grid();
    if (g.count == 0)
        return {};
    const QModelIndex current = currentIndex();
    if (!ownsRow(current))
        return model()->index(0, modelColumn(), rootIndex());
    const int row = current.row();
    const int columns = g.columns;
    const int page = columns * g.linesIn(viewport()->height());
    const bool sideways = columns > 1 || m_delegate->layout() == Layout::Grid;
    int next = row;
    switch (action) {
    case MoveUp:
        next = row >= columns ? row - columns : row;
        break;
    case MoveDown:
        if (row + columns < g.count)
            next = row + columns;
        else if ((g.count - 1) / columns > row / columns)
            next = g.count - 1; // the last line is short: its last card
        break;
    case MoveLeft:
        next = sideways ? qMax(0, row - 1) : row;
        break;
    case MoveRight:
        next = sideways ? qMin(g.count - 1, row + 1) : row;
        break;
    case MovePrevious:
        next = qMax(0, row - 1);
        break;
    case MoveNext:
        next = qMin(g.count - 1, row + 1);
        break;
    case MovePageUp:
        next = qMax(row % columns, row - page);
        break;
    case MovePageDown:
        next = qMin(g.count - 1, row + page);
        break;
    case MoveHome:
        next = 0;
        break;
    case MoveEnd:
        next = g.count - 1;
        break;
    }
    return model()->index(next, modelColumn(), rootIndex());
}

void CallCardView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!selectionModel())
        return;
    const QRect area = rect.normalized().translated(horizontalOffset(), verticalOffset());
    QItemSelection selection;
    for (const CardGrid::Span &run : grid().runsMeeting(area)) {
        selection.select(model()->index(run.first, modelColumn(), rootIndex()),
                         model()->index(run.last, modelColumn(), rootIndex()));
    }
    selectionModel()->select(selection, command);
}

QRegion CallCardView::visualRegionForSelection(const QItemSelection &selection) const
{
    // Only what is on screen can need repainting.
    const CardGrid::Span visible = visibleRows();
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        if (range.parent() != rootIndex() || range.left() > modelColumn() || range.right() < modelColumn())
            continue;
        const int first = qMax(range.top(), visible.first);
        const int last = qMin(range.bottom(), visible.last);
        for (int row = first; row <= last; ++row)
            region += visualRect(model()->index(row, modelColumn(), rootIndex()));
    }
    return region;
}

} // namespace callboard

// CallCardView: a list that holds still. New calls sort in at the top; when the user has
// scrolled down, or has a card selected on screen, each insert would push what they read down
// the screen (and a click could land on another call). Instead the card they look at keeps its
// place, and a "N new calls ↑" button in a bar above the list jumps to the newest. At the top with
// nothing selected, new calls flow in as before.
#include "CallCardView.h"

#include "gui/models/CallListModel.h"

#include <QPushButton>
#include <QScrollBar>

namespace callboard {

void CallCardView::setModel(QAbstractItemModel *newModel)
{
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c); // only these: the view's own connections to the model stay
    m_modelConnections.clear();
    // Connected before the view's own: when the current row leaves, QAbstractItemView moves
    // the current index and scrolls to it, so the card to hold must be noted first.
    if (newModel) {
        m_modelConnections = {
            connect(newModel, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &parent) {
                        if (parent == rootIndex())
                            holdStill(-1, -1);
                    }),
            // Rows leaving above (a call the filter now hides, the window sliding past it)
            // would pull the list up just as arrivals push it down.
            connect(newModel, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        if (parent == rootIndex())
                            holdStill(first, last);
                    }),
            connect(newModel, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex &parent) {
                        if (parent == rootIndex())
                            restoreHeld();
                    }),
            // A re-sort ("Longest first" every tick as live calls grow) moves rows too.
            connect(newModel, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { holdStill(-1, -1); }),
            connect(newModel, &QAbstractItemModel::layoutChanged, this, &CallCardView::restoreHeld),
        };
    }
    QListView::setModel(newModel);
    setNewCallsAbove(0);
    noteNewestShown(0, newModel ? newModel->rowCount(rootIndex()) - 1 : -1, true);
}

void CallCardView::forgetNewCalls()
{
    setNewCallsAbove(0);
}

void CallCardView::noteNewestShown(int first, int last, bool fromScratch)
{
    if (fromScratch)
        m_newestShownMs = 0;
    for (int row = first; row <= last; ++row)
        m_newestShownMs = qMax(m_newestShownMs, model()->index(row, modelColumn(), rootIndex())
                                                    .data(CallListModel::CreatedAtMsRole).toLongLong());
}

void CallCardView::reset()
{
    m_anchor = QPersistentModelIndex();
    setNewCallsAbove(0);
    QListView::reset();
    if (model())
        noteNewestShown(0, model()->rowCount(rootIndex()) - 1, true);
}

void CallCardView::holdStill(int leavingFirst, int leavingLast)
{
    m_anchor = QPersistentModelIndex();
    if (!model() || model()->rowCount(rootIndex()) == 0)
        return;
    executeDelayedItemsLayout(); // the offsets below must be today's
    auto leaving = [&](int row) { return row >= leavingFirst && row <= leavingLast; };
    const QModelIndex current = currentIndex();
    const bool selectedOnScreen = current.isValid() && !leaving(current.row()) && selectionModel()
                                  && selectionModel()->isSelected(current)
                                  && viewport()->rect().intersects(visualRect(current));
    if (selectedOnScreen) {
        m_anchor = current;
    } else if (verticalOffset() > 0) {
        // The first card on screen that stays.
        const CardGrid::Span shown = visibleRows();
        for (int row = shown.first; row <= shown.last && !m_anchor.isValid(); ++row) {
            if (!leaving(row))
                m_anchor = model()->index(row, modelColumn(), rootIndex());
        }
    }
    if (!m_anchor.isValid())
        return;
    m_anchorTop = visualRect(m_anchor).top();
    if (m_newAbove == 0) // what the user has seen: every call shown so far, whatever the order
        m_seenUntilMs = m_newestShownMs;
}

void CallCardView::restoreHeld()
{
    if (!m_anchor.isValid())
        return;
    updateGeometries();
    verticalScrollBar()->setValue(contentRect(m_anchor).top() - m_anchorTop);
    m_anchor = QPersistentModelIndex();
}

void CallCardView::restoreAfterInsert(int start, int end)
{
    if (!m_anchor.isValid())
        return;
    // The persistent index already follows its call to its new row. Rows a wider filter
    // brings back are older than what the user has seen: they are not new calls.
    int arrived = 0;
    for (int row = start; row <= end && row < m_anchor.row(); ++row)
        arrived += model()->index(row, modelColumn(), rootIndex()).data(CallListModel::CreatedAtMsRole).toLongLong() > m_seenUntilMs;
    if (arrived > 0)
        setNewCallsAbove(m_newAbove + arrived);
    updateGeometries(); // the scroll range must reach the anchor's new place
    verticalScrollBar()->setValue(contentRect(m_anchor).top() - m_anchorTop);
    m_anchor = QPersistentModelIndex();
}

void CallCardView::jumpToNewest()
{
    if (selectionModel())
        selectionModel()->clearSelection(); // the current call stays in the detail pane
    scrollToTop();
    setNewCallsAbove(0);
}

void CallCardView::setNewCallsAbove(int count)
{
    m_newAbove = count;
    if (count <= 0) {
        m_newCallsButton->hide();
        setViewportMargins(0, 0, 0, 0); // the bar's room goes back to the cards
        return;
    }
    m_newCallsButton->setText(tr("%n new calls ↑", nullptr, count));
    m_newCallsButton->setAccessibleName(m_newCallsButton->text());
    m_newCallsButton->adjustSize();
    m_newCallsButton->show();
    placeNewCallsButton();
    m_newCallsButton->raise();
}

void CallCardView::placeNewCallsButton()
{
    if (m_newCallsButton->isHidden())
        return;
    // The button sits in a bar of its own above the cards (the viewport's top margin): it
    // covers no card, and the cards keep their places inside the viewport below it.
    m_newCallsButton->ensurePolished(); // the style sheet's padding counts in its size
    const QSize size = m_newCallsButton->sizeHint();
    const int pad = qMax(4, size.height() / 6);
    setViewportMargins(0, size.height() + 2 * pad, 0, 0);
    const QRect area = viewport()->geometry();
    m_newCallsButton->setGeometry(area.left() + (area.width() - size.width()) / 2,
                                  area.top() - pad - size.height(), size.width(), size.height());
}

} // namespace callboard

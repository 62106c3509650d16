#include "CallCardView.h"

#include "core/time/Clock.h"
#include "gui/models/CallListModel.h"
#include "gui/theme/Theme.h"

#include <QAccessible>
#include <QEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>

namespace callboard {

namespace {
constexpr int kRelativeRefreshTicks = 30; // "3 min ago" need not be fresher than this
constexpr qint64 kRecentMs = 60'000;      // younger calls read "N s ago": repaint each second
} // namespace

CallCardView::CallCardView(const Theme *theme, Clock *clock, QWidget *parent)
    : QListView(parent), m_delegate(new CallCardDelegate(theme, clock, this)), m_clock(clock),
      m_newCallsButton(new QPushButton(this))
{
    m_newCallsButton->setCursor(Qt::PointingHandCursor);
    m_newCallsButton->hide();
    connect(m_newCallsButton, &QPushButton::clicked, this, &CallCardView::jumpToNewest);
    setItemDelegate(m_delegate);
    setAccessibleName(tr("Calls"));
    setUniformItemSizes(true);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover, true);
    setTheme(theme);
    applyLayout();

    connect(m_delegate, &CallCardDelegate::appearanceChanged, this, &CallCardView::applyLayout);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CallCardView::onTick);
    m_tick.start();
}

void CallCardView::setLayout(Layout layout)
{
    m_delegate->setLayout(layout); // appearanceChanged -> applyLayout
}

void CallCardView::setTheme(const Theme *theme)
{
    QPalette pal = palette();
    pal.setColor(QPalette::Base, theme->window());
    pal.setColor(QPalette::Window, theme->window());
    setPalette(pal);
    if (m_delegate->theme() != theme)
        m_delegate->setTheme(theme);
    m_newCallsButton->setStyleSheet(
        QStringLiteral("QPushButton { background: %1; color: %2; border: 2px solid %2; border-radius: 12px;"
                       " padding: 7px 20px; font-weight: bold; }"
                       " QPushButton:focus { border: 2px solid %3; }")
            .arg(theme->accent().name(), theme->window().name(), theme->text().name()));
    viewport()->update();
}

void CallCardView::setWholeLinesOnly(bool on)
{
    m_wholeLinesOnly = on;
    viewport()->update();
}

void CallCardView::setLinesFillHeight(bool on)
{
    m_linesFillHeight = on;
    applyLayout();
}

void CallCardView::applyLayout()
{
    // The view mode is kept in step for QListView's API; the placing is CardGrid's. The
    // delegate paints the space between cards as part of each item, so items tile the view.
    const bool list = m_delegate->layout() == Layout::List;
    setViewMode(list ? QListView::ListMode : QListView::IconMode);
    setFlow(list ? QListView::TopToBottom : QListView::LeftToRight);
    setWrapping(!list);
    setSpacing(0);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    if (list) {
        m_columns = 1;
        setGridSize(QSize());
    } else {
        fitGridToWidth(true);
    }
    verticalScrollBar()->setSingleStep(qMax(16, m_delegate->cardSize(font()).height() / 4));
    scheduleDelayedItemsLayout();
    viewport()->update();
}

int CallCardView::widthForGridColumns(int columns) const
{
    return columns * m_delegate->naturalGridItemSize(font()).width()
           + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) + 2 * frameWidth();
}

void CallCardView::fitGridToWidth(bool force)
{
    // As many natural-size cards as fit across, then each widened to share the spare room.
    // The width counts as if the scroll bar were shown, so its coming and going does not
    // change the columns (and cannot make the layout oscillate).
    const QSize naturalSize = m_delegate->naturalGridItemSize(font());
    const int natural = naturalSize.width();
    const bool noScrollBar = verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff;
    const int scrollBar = verticalScrollBar()->isVisible() || noScrollBar
                              ? 0
                              : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int available = viewport()->width() - scrollBar;
    const int columns = qMax(1, available / qMax(1, natural));
    const QSize size(qMax(natural, available / columns),
                     m_linesFillHeight ? qMax(naturalSize.height(),
                                              viewport()->height()
                                                  / qMax(1, viewport()->height() / qMax(1, naturalSize.height())))
                                       : naturalSize.height());
    if (!force && columns == m_columns && m_delegate->cardSize(font()) == size)
        return;
    m_columns = columns;
    m_delegate->setGridItemSize(size);
    setGridSize(m_delegate->cardSize(font()));
    scheduleDelayedItemsLayout();
}

void CallCardView::doItemsLayout()
{
    // Nothing to place row by row: the scroll range and a repaint are the whole layout.
    QAbstractItemView::doItemsLayout();
}

void CallCardView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    if (m_delegate->layout() == Layout::Grid)
        fitGridToWidth(false);
    updateGeometries();
    placeNewCallsButton();
}

void CallCardView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyLayout();
}

void CallCardView::paintEvent(QPaintEvent *event)
{
    executeDelayedItemsLayout();
    if (!model())
        return;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QStyle::State base = option.state & ~(QStyle::State_HasFocus | QStyle::State_MouseOver);
    const QModelIndex current = currentIndex();
    const bool focused = (hasFocus() || viewport()->hasFocus()) && current.isValid();
    QItemSelectionModel *selections = selectionModel();
    QPainter painter(viewport());
    const CardGrid g = grid();
    CardGrid::Span rows = g.rowsMeeting(event->rect().translated(horizontalOffset(), verticalOffset()));
    if (m_wholeLinesOnly) {
        const int lastWhole = (verticalOffset() + viewport()->height()) / qMax(1, g.cell.height());
        rows.last = qMin(rows.last, lastWhole * g.columns - 1);
    }
    for (int row = rows.first; row <= rows.last; ++row) {
        const QModelIndex index = model()->index(row, modelColumn(), rootIndex());
        option.rect = visualRect(index);
        if (!option.rect.intersects(event->rect()))
            continue;
        option.state = base;
        option.state.setFlag(QStyle::State_Selected, selections && selections->isSelected(index));
        option.state.setFlag(QStyle::State_HasFocus, focused && index == current);
        option.state.setFlag(QStyle::State_MouseOver, index == m_hover);
        itemDelegateForIndex(index)->paint(&painter, option, index);
    }
}

bool CallCardView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::HoverEnter:
    case QEvent::HoverMove: {
        const QModelIndex under = indexAt(static_cast<QHoverEvent *>(event)->position().toPoint());
        if (under != m_hover) {
            viewport()->update(visualRect(m_hover));
            m_hover = under;
            viewport()->update(visualRect(m_hover));
        }
        break;
    }
    case QEvent::HoverLeave:
    case QEvent::Leave:
        viewport()->update(visualRect(m_hover));
        m_hover = QPersistentModelIndex();
        break;
    default:
        break;
    }
    return QListView::viewportEvent(event);
}

void CallCardView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    // QListView would lay out every row again; here the scroll range grows, and the cards
    // on screen repaint once the events of the tick are done.
    QAbstractItemView::rowsInserted(parent, start, end);
    scheduleDelayedItemsLayout();
    if (parent == rootIndex()) {
        restoreAfterInsert(start, end);
        noteNewestShown(start, end, false);
    }
}

void CallCardView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    if (m_hover.isValid() && m_hover.row() >= start && m_hover.row() <= end)
        m_hover = QPersistentModelIndex();
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    scheduleDelayedItemsLayout();
}

// Only QAbstractItemView's: QListView's would update its per-row layout, which this view has not.
void CallCardView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void CallCardView::announce(int event, const QModelIndex &index)
{
#if QT_CONFIG(accessibility)
    // The list's accessible children are its rows: the child of a card is its row.
    if (!QAccessible::isActive() || !ownsRow(index))
        return;
    QAccessibleEvent e(this, QAccessible::Event(event));
    e.setChild(index.row());
    QAccessible::updateAccessibility(&e);
#else
    Q_UNUSED(event);
    Q_UNUSED(index);
#endif
}

void CallCardView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (hasFocus())
        announce(QAccessible::Focus, current);
    QAbstractItemView::currentChanged(current, previous);
}

void CallCardView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    announce(QAccessible::SelectionAdd, selected.indexes().value(0));
    announce(QAccessible::SelectionRemove, deselected.indexes().value(0));
    QAbstractItemView::selectionChanged(selected, deselected);
}

template <typename Pred> bool CallCardView::anyVisibleRow(Pred pred) const
{
    if (!model())
        return false;
    const CardGrid::Span rows = visibleRows();
    for (int row = rows.first; row <= rows.last; ++row) {
        const QModelIndex index = model()->index(row, modelColumn(), rootIndex());
        if (pred(index.data(CallListModel::CallPointerRole).value<const CallLog *>()))
            return true;
    }
    return false;
}

bool CallCardView::hasLiveRowInView() const
{
    return anyVisibleRow([](const CallLog *c) { return c && isLive(c->status); });
}

bool CallCardView::needsTick() const
{
    const qint64 now = m_clock->nowMs();
    return anyVisibleRow([now](const CallLog *c) {
        return c && (isLive(c->status) || now - c->createdAtMs < kRecentMs);
    });
}

void CallCardView::onTick()
{
    if (!isVisible())
        return;
    if (needsTick() || ++m_quietTicks >= kRelativeRefreshTicks) {
        m_quietTicks = 0;
        viewport()->update();
    }
}

} // namespace callboard

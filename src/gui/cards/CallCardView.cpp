#include "CallCardView.h"

#include "models/CallListModel.h"
#include "theme/Theme.h"
#include "time/Clock.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>

namespace callboard {

namespace {
constexpr int kRelativeRefreshTicks = 30; // "3 min ago" need not be fresher than this
constexpr qint64 kRecentMs = 60'000;      // younger calls read "N s ago": repaint each second
constexpr int kMaxRowsScanned = 2000;     // a screenful, with room for small cards on big screens
} // namespace

CallCardView::CallCardView(const Theme *theme, Clock *clock, QWidget *parent)
    : QListView(parent), m_delegate(new CallCardDelegate(theme, clock, this)), m_clock(clock)
{
    setItemDelegate(m_delegate);
    setAccessibleName(tr("Calls"));
    setUniformItemSizes(true);
    // One pass, not batched: with uniform sizes 100,000 rows lay out in a few milliseconds,
    // while Qt's batched layout leaves the view blank until its last batch is done.
    setLayoutMode(QListView::SinglePass);
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
    viewport()->update();
}

void CallCardView::applyLayout()
{
    // The delegate paints the space between cards as part of each item, so items tile the
    // view exactly (no QListView spacing) in both layouts.
    if (m_delegate->layout() == Layout::List) {
        setViewMode(QListView::ListMode);
        setFlow(QListView::TopToBottom);
        setWrapping(false);
        setGridSize(QSize());
    } else {
        setViewMode(QListView::IconMode);
        setFlow(QListView::LeftToRight);
        setWrapping(true);
        fitGridToWidth(true);
    }
    // setViewMode() resets these unless they were set explicitly; set them again anyway.
    setSpacing(0);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    verticalScrollBar()->setSingleStep(qMax(16, m_delegate->cardSize(font()).height() / 4));
    scheduleDelayedItemsLayout();
    viewport()->update();
}

void CallCardView::fitGridToWidth(bool force)
{
    // As many natural-size cards as fit across, then each widened to share the spare room.
    // The width counts as if the scroll bar were shown, so its coming and going does not
    // change the columns (and cannot make the layout oscillate); one pixel stays free
    // because QListView wraps a row that reaches the viewport's last pixel.
    const int natural = m_delegate->naturalGridItemSize(font()).width();
    const int scrollBar = verticalScrollBar()->isVisible()
                              ? 0
                              : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int available = viewport()->width() - scrollBar - 1;
    const int columns = qMax(1, available / qMax(1, natural));
    const int width = qMax(natural, available / columns);
    const QSize cell = m_delegate->cardSize(font());
    if (!force && cell.width() == width)
        return;
    m_delegate->setGridItemWidth(width);
    setGridSize(m_delegate->cardSize(font()));
}

void CallCardView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    if (m_delegate->layout() == Layout::Grid)
        fitGridToWidth(false);
}

void CallCardView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyLayout();
}

template <typename Pred> bool CallCardView::anyVisibleRow(Pred pred) const
{
    const QAbstractItemModel *m = model();
    if (!m || m->rowCount() == 0)
        return false;
    const QRect area = viewport()->rect();
    // The first card on screen: items tile the view, so a probe near the top finds it; a
    // few more probes cover a short last row or a scrolled-off partial one.
    QModelIndex first;
    const int step = 4;
    const int depth = qMin(area.height(), 2 * m_delegate->cardSize(font()).height());
    for (int y = 0; y < depth && !first.isValid(); y += step) {
        for (int x = 0; x < area.width() && !first.isValid(); x += step * 8)
            first = indexAt(QPoint(x, y));
    }
    if (!first.isValid())
        return false;
    const int rows = m->rowCount();
    for (int row = first.row(), n = 0; row < rows && n < kMaxRowsScanned; ++row, ++n) {
        const QModelIndex index = m->index(row, 0);
        if (visualRect(index).top() >= area.bottom())
            break;
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

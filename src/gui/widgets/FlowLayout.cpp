#include "FlowLayout.h"

#include <QWidget>

namespace callboard {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent)
{
    setSpacing(spacing);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0, height = 0, shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins m = contentsMargins();
    return {width + qMax(0, shown - 1) * spacing() + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing();
    int y = area.top();
    QList<QLayoutItem *> line;
    int lineWidth = 0, lineHeight = 0;
    auto placeLine = [&] {
        int x = area.left();
        for (QLayoutItem *item : std::as_const(line)) {
            const QSize hint = item->sizeHint();
            const int width = qMin(hint.width(), area.width()); // an item wider than the bar shrinks
            if (apply)
                item->setGeometry(QRect(x, y + (lineHeight - hint.height()) / 2, width, hint.height()));
            x += width + gap;
        }
        y += lineHeight + gap;
        line.clear();
        lineWidth = lineHeight = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (!line.isEmpty() && lineWidth + gap + hint.width() > area.width())
            placeLine();
        lineWidth += (line.isEmpty() ? 0 : gap) + hint.width();
        lineHeight = qMax(lineHeight, hint.height());
        line.append(item);
    }
    if (!line.isEmpty())
        placeLine();
    const QMargins m = contentsMargins();
    return qMax(0, y - gap - area.top()) + m.top() + m.bottom();
}

} // namespace callboard

#include "CallFilterProxy.h"

#include "CallListModel.h"
#include "core/time/Clock.h"

#include <QDateTime>

namespace callboard {

CallFilterProxy::CallFilterProxy(CallListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder); // ascending in callBefore()'s order: the board's order
}

void CallFilterProxy::setFilter(const CallFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

void CallFilterProxy::setSortOrder(CallSort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    m_sortNowMs = nowMs();
    invalidate();
    this->sort(0, Qt::AscendingOrder);
}

qint64 CallFilterProxy::nowMs() const
{
    return m_source->clock() ? m_source->clock()->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void CallFilterProxy::refreshLiveDurations()
{
    if (m_sort != CallSort::Longest)
        return;
    m_sortNowMs = nowMs();
    invalidate();
    sort(0, Qt::AscendingOrder);
}

bool CallFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const CallLog *call = m_source->callAt(sourceRow);
    return call && m_filter.matches(*call, m_source->directory());
}

bool CallFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const CallLog *a = m_source->callAt(left.row());
    const CallLog *b = m_source->callAt(right.row());
    if (!a || !b)
        return false;
    return callBefore(*a, *b, m_sort, m_sortNowMs);
}

} // namespace callboard

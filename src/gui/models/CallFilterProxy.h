// CallFilterProxy: the cards the supervisor asked for, in the order they asked for. The rules
// are CallFilter's and callBefore()'s (core); this only applies them to CallListModel rows.
#pragma once

#include "core/filter/CallFilter.h"

#include <QSortFilterProxyModel>

namespace callboard {

class CallListModel;

class CallFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallFilterProxy)
public:
    explicit CallFilterProxy(CallListModel *source, QObject *parent = nullptr);

    void setFilter(const CallFilter &filter);
    const CallFilter &filter() const { return m_filter; }
    void setSortOrder(CallSort sort);
    CallSort sortOrder() const { return m_sort; }
    // "Longest first" ranks live calls by how long they have run: re-reads now from the
    // model's clock and re-sorts (called on every sync tick). Nothing for the other orders.
    void refreshLiveDurations();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    qint64 nowMs() const;

    CallListModel *m_source;
    qint64 m_sortNowMs = -1; // fixed between re-sorts, so the order stays a strict weak order
    CallFilter m_filter;
    CallSort m_sort = CallSort::Newest;
};

} // namespace callboard

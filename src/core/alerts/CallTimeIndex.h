// CallTimeIndex: the store's calls ordered by createdAtMs, kept up to date from ChangeSets in
// O(changes log n), plus the number of live calls. It lets the alert engine read just the
// calls inside a rule's window instead of walking the whole store on every evaluation
// (rows are not in time order: a backfill appends history newest first).
#pragma once

#include "core/model/CallStore.h"

#include <limits>
#include <set>
#include <utility>
#include <vector>

namespace callboard {

class CallTimeIndex final
{
public:
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();

    explicit CallTimeIndex(const CallStore *store);

    void apply(const ChangeSet &changes);
    void clear();
    void rebuild(); // from the whole store

    int size() const { return int(m_byCreated.size()); }
    int liveCount() const { return m_live; }
    qint64 newestCreatedMs() const { return m_byCreated.empty() ? kNone : m_byCreated.rbegin()->first; }

    // Calls fn(const CallLog &) for every call created at or after fromMs, oldest first.
    template <typename Fn>
    void forEachCreatedSince(qint64 fromMs, Fn &&fn) const
    {
        for (auto it = m_byCreated.lower_bound({fromMs, -1}); it != m_byCreated.end(); ++it)
            fn(m_store->at(it->second));
    }

private:
    void insertRow(int row);
    void remove(const std::vector<int> &removed);

    const CallStore *m_store;
    std::set<std::pair<qint64, int>> m_byCreated; // (createdAtMs, row)
    std::vector<qint64> m_createdOf;              // by row, as indexed
    std::vector<bool> m_liveOf;                   // by row, as counted
    int m_live = 0;
};

} // namespace callboard

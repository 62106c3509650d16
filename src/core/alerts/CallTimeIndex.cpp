#include "CallTimeIndex.h"

#include <algorithm>

namespace callboard {

CallTimeIndex::CallTimeIndex(const CallStore *store) : m_store(store) { rebuild(); }

void CallTimeIndex::clear()
{
    m_byCreated.clear();
    m_createdOf.clear();
    m_liveOf.clear();
    m_live = 0;
}

void CallTimeIndex::rebuild()
{
    clear();
    for (int row = 0; row < m_store->size(); ++row)
        insertRow(row);
}

void CallTimeIndex::insertRow(int row)
{
    const CallLog &call = m_store->at(row);
    if (size_t(row) >= m_createdOf.size()) {
        m_createdOf.resize(size_t(row) + 1, kNone);
        m_liveOf.resize(size_t(row) + 1, false);
    }
    m_createdOf[size_t(row)] = call.createdAtMs;
    m_byCreated.emplace(call.createdAtMs, row);
    const bool live = isLive(call.status);
    m_liveOf[size_t(row)] = live;
    m_live += live ? 1 : 0;
}

void CallTimeIndex::remove(const std::vector<int> &removed)
{
    if (removed.empty())
        return;
    for (int row : removed) {
        if (size_t(row) >= m_createdOf.size())
            continue;
        m_byCreated.erase({m_createdOf[size_t(row)], row});
        m_live -= m_liveOf[size_t(row)] ? 1 : 0;
    }
    eraseRows(m_createdOf, removed);
    // vector<bool> has no element references to move: copy the kept flags across.
    std::vector<bool> live;
    live.reserve(m_liveOf.size());
    for (size_t row = 0, next = 0; row < m_liveOf.size(); ++row) {
        if (next < removed.size() && size_t(removed[next]) == row)
            ++next;
        else
            live.push_back(m_liveOf[row]);
    }
    m_liveOf = std::move(live);
    // Renumbering keeps the order (a row only moves up past removed ones): rebuild the set in
    // order with end hints, linear in its size.
    std::set<std::pair<qint64, int>> renumbered;
    for (const auto &[created, row] : m_byCreated) {
        const auto below = std::lower_bound(removed.begin(), removed.end(), row) - removed.begin();
        renumbered.emplace_hint(renumbered.end(), created, row - int(below));
    }
    m_byCreated = std::move(renumbered);
}

void CallTimeIndex::apply(const ChangeSet &changes)
{
    remove(changes.removed);
    for (int i = 0; i < changes.inserted; ++i)
        insertRow(changes.firstInsertedRow + i);
    for (const ChangeSet::Update &u : changes.updated) {
        const size_t row = size_t(u.row);
        if (row >= m_createdOf.size())
            continue; // not indexed: cannot happen while the index follows the store
        const CallLog &call = m_store->at(u.row);
        if (u.fields & FieldCreatedAt) {
            m_byCreated.erase({m_createdOf[row], u.row});
            m_createdOf[row] = call.createdAtMs;
            m_byCreated.emplace(call.createdAtMs, u.row);
        }
        if (u.fields & FieldStatus) {
            const bool live = isLive(call.status);
            m_live += int(live) - int(m_liveOf[row]);
            m_liveOf[row] = live;
        }
    }
}

} // namespace callboard

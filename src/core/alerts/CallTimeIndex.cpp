#include "CallTimeIndex.h"

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

void CallTimeIndex::apply(const ChangeSet &changes)
{
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

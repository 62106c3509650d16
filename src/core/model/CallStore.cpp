#include "CallStore.h"

namespace callboard {

CallStore::CallStore(QObject *parent) : QObject(parent) {}

const CallLog *CallStore::find(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_calls[size_t(row)];
}

ChangeSet CallStore::apply(std::vector<CallLog> batch)
{
    ChangeSet changes;
    const int before = size();
    QHash<int, size_t> updatedAt; // row -> index in changes.updated
    for (CallLog &call : batch) {
        auto it = m_rows.constFind(call.id);
        if (it == m_rows.constEnd()) {
            m_rows.insert(call.id, size());
            m_calls.push_back(std::move(call));
            continue;
        }
        CallLog &existing = m_calls[size_t(*it)];
        const quint32 fields = changedFields(existing, call);
        if (fields == 0)
            continue;
        existing = std::move(call);
        if (*it < before) {
            // One entry per row even when a batch names the same call twice.
            auto same = updatedAt.constFind(*it);
            if (same != updatedAt.constEnd()) {
                changes.updated[*same].fields |= fields;
            } else {
                updatedAt.insert(*it, changes.updated.size());
                changes.updated.push_back({*it, fields});
            }
        }
    }
    changes.inserted = size() - before;
    if (changes.inserted > 0)
        changes.firstInsertedRow = before;
    if (!changes.isEmpty())
        emit changed(changes);
    return changes;
}

void CallStore::clear()
{
    emit aboutToClear();
    m_calls.clear();
    m_rows.clear();
    emit cleared();
}

} // namespace callboard

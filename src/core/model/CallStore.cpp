#include "CallStore.h"

#include <algorithm>
#include <iterator>

namespace callboard {

namespace {
// Fills an empty store with a batch whose ids are all different, moving the calls in.
// Returns false, leaving the store empty, when the batch names a call twice.
bool takeDistinct(std::vector<CallLog> *batch, std::deque<CallLog> *calls, QHash<QString, int> *rows)
{
    rows->reserve(qsizetype(batch->size()));
    for (size_t i = 0; i < batch->size(); ++i) {
        const qsizetype known = rows->size();
        rows->insert((*batch)[i].id, int(i));
        if (rows->size() == known) {
            rows->clear();
            return false;
        }
    }
    calls->assign(std::make_move_iterator(batch->begin()), std::make_move_iterator(batch->end()));
    batch->clear();
    return true;
}
} // namespace

CallStore::CallStore(QObject *parent) : QObject(parent) {}

const CallLog *CallStore::find(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_calls[size_t(row)];
}

ChangeSet CallStore::apply(std::vector<CallLog> batch)
{
    if (m_windowStartMs != std::numeric_limits<qint64>::min())
        batch.erase(std::remove_if(batch.begin(), batch.end(),
                                   [this](const CallLog &c) { return !inWindow(c); }),
                    batch.end());
    ChangeSet changes;
    const int before = size();
    if (before == 0 && takeDistinct(&batch, &m_calls, &m_rows)) {
        // The first page of an empty store: its storage became the store's, rows in order.
        changes.inserted = size();
        if (changes.inserted > 0) {
            changes.firstInsertedRow = 0;
            emit changed(changes);
        }
        return changes;
    }
    QHash<int, size_t> updatedAt; // row -> index in changes.updated
    // Room in the index for the batch as if every call were new, growing at least
    // geometrically so a run of small batches stays amortised O(1) a call (QHash::reserve
    // always rehashes). The deque of calls grows without moving any.
    const size_t needed = m_calls.size() + batch.size();
    if (qsizetype(needed) > m_rows.capacity())
        m_rows.reserve(std::max(qsizetype(needed), m_rows.capacity() * 2));
    for (CallLog &call : batch) {
        const qsizetype known = m_rows.size();
        int &slot = m_rows[call.id]; // one lookup, inserting when the call is new
        if (m_rows.size() != known) {
            slot = size();
            m_calls.push_back(std::move(call));
            continue;
        }
        const int row = slot;
        CallLog &existing = m_calls[size_t(row)];
        const quint32 fields = changedFields(existing, call);
        if (fields == 0)
            continue;
        existing = std::move(call);
        if (row < before) {
            // One entry per row even when a batch names the same call twice.
            auto same = updatedAt.constFind(row);
            if (same != updatedAt.constEnd()) {
                changes.updated[*same].fields |= fields;
            } else {
                updatedAt.insert(row, changes.updated.size());
                changes.updated.push_back({row, fields});
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

ChangeSet CallStore::setWindowStart(qint64 startMs)
{
    ChangeSet changes;
    const bool narrower = startMs > m_windowStartMs;
    m_windowStartMs = startMs;
    if (!narrower)
        return changes;
    for (int row = 0; row < size(); ++row)
        if (!inWindow(m_calls[size_t(row)]))
            changes.removed.push_back(row);
    if (changes.removed.empty())
        return changes;
    for (int row : changes.removed)
        m_rows.remove(m_calls[size_t(row)].id);
    eraseRows(m_calls, changes.removed);
    // The rows after the first removed one moved up: renumber them (one pass, no rehash).
    for (int row = changes.removed.front(); row < size(); ++row)
        m_rows[m_calls[size_t(row)].id] = row;
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

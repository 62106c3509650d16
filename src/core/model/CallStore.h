// CallStore: every call Callboard knows, keyed by id. Applying a batch returns a ChangeSet
// naming exactly what changed, so views and statistics update in O(changes), never by
// re-reading the store. New calls are appended and a call keeps its row until calls before it
// are removed, which lets a list model map rows one to one.
// The store holds only the board window: setWindowStart() removes the calls created before
// it (one ChangeSet whose `removed` names their rows) and apply() ignores such calls.
#pragma once

#include "CallLog.h"

#include <QHash>
#include <QObject>

#include <deque>
#include <limits>
#include <vector>

namespace callboard {

struct ChangeSet
{
    struct Update
    {
        int row;
        quint32 fields; // CallField bits
    };
    int firstInsertedRow = -1; // inserted rows are [firstInsertedRow, firstInsertedRow + inserted)
    int inserted = 0;
    std::vector<Update> updated;
    // Rows removed, ascending, numbered as before the change; the rows after each one moved up.
    // A ChangeSet that removes neither inserts nor updates.
    std::vector<int> removed;

    bool isEmpty() const { return inserted == 0 && updated.empty() && removed.empty(); }
};

// Drops the entries at the given rows (ascending) from a per-row vector or deque in one pass, keeping
// the others in order: how a follower of the store mirrors a removal.
template <typename Rows>
void eraseRows(Rows &rows, const std::vector<int> &removed)
{
    if (removed.empty())
        return;
    size_t out = size_t(removed.front());
    size_t next = 0;
    for (size_t in = out; in < rows.size(); ++in) {
        if (next < removed.size() && size_t(removed[next]) == in) {
            ++next;
            continue;
        }
        rows[out++] = std::move(rows[in]);
    }
    rows.resize(out);
}

class CallStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallStore)
public:
    explicit CallStore(QObject *parent = nullptr);

    int size() const { return int(m_calls.size()); }
    const CallLog &at(int row) const { return m_calls[size_t(row)]; }
    int rowOf(const QString &id) const { return m_rows.value(id, -1); }
    bool contains(const QString &id) const { return m_rows.contains(id); }
    const CallLog *find(const QString &id) const;
    // In a deque, not a vector: growing past its capacity never moves the calls already held
    // (a vector of 100,000 would copy them all, ~0.2 s on the GUI thread, in one tick).
    const std::deque<CallLog> &calls() const { return m_calls; }

    // Inserts unknown calls, replaces known ones that differ; emits changed() unless empty.
    ChangeSet apply(std::vector<CallLog> batch);
    // Removes the calls created before startMs and keeps later-arriving ones out; emits changed()
    // with `removed` when a call went. A window that moves back only lets older calls in again.
    ChangeSet setWindowStart(qint64 startMs);
    qint64 windowStart() const { return m_windowStartMs; }
    bool inWindow(const CallLog &call) const { return call.createdAtMs >= m_windowStartMs; }
    // Forgets everything (a rejected key, another workspace); emits aboutToClear() and cleared().
    void clear();

signals:
    void changed(const callboard::ChangeSet &changes);
    void aboutToClear();
    void cleared();

private:
    std::deque<CallLog> m_calls;
    QHash<QString, int> m_rows;
    qint64 m_windowStartMs = std::numeric_limits<qint64>::min();
};

} // namespace callboard

// CallStore: every call Callboard knows, keyed by id. Applying a batch returns a ChangeSet
// naming exactly what changed, so views and statistics update in O(changes), never by
// re-reading the store. Rows are stable: a call keeps its row for the store's lifetime and
// new calls are appended, which lets a list model map rows one to one.
#pragma once

#include "CallLog.h"

#include <QHash>
#include <QObject>

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

    bool isEmpty() const { return inserted == 0 && updated.empty(); }
};

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
    const std::vector<CallLog> &calls() const { return m_calls; }

    // Inserts unknown calls, replaces known ones that differ; emits changed() unless empty.
    ChangeSet apply(std::vector<CallLog> batch);
    // Forgets everything (a rejected key, another workspace); emits aboutToClear() and cleared().
    void clear();

signals:
    void changed(const callboard::ChangeSet &changes);
    void aboutToClear();
    void cleared();

private:
    std::vector<CallLog> m_calls;
    QHash<QString, int> m_rows;
};

} // namespace callboard

// AlertLog: what fired and when, newest last, bounded so a flapping site cannot grow it
// without end. The engine appends one entry when an alert is raised and one when it clears.
#pragma once

#include <QDateTime>
#include <QString>

#include <deque>

namespace callboard {

struct AlertLogEntry
{
    enum class Event { Raised, Cleared };
    Event event = Event::Raised;
    QDateTime at; // UTC
    QString ruleId;
    QString ruleName;
    QString message; // the figures at that moment
};

class AlertLog final
{
public:
    static constexpr int kDefaultCapacity = 500;

    explicit AlertLog(int capacity = kDefaultCapacity);

    void append(AlertLogEntry entry); // drops the oldest entry when full
    void clear() { m_entries.clear(); }
    const std::deque<AlertLogEntry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    std::deque<AlertLogEntry> m_entries;
};

} // namespace callboard

#include "AlertLog.h"

#include <QtGlobal>

namespace callboard {

AlertLog::AlertLog(int capacity) : m_capacity(qMax(1, capacity)) {}

void AlertLog::append(AlertLogEntry entry)
{
    m_entries.push_back(std::move(entry));
    while (int(m_entries.size()) > m_capacity)
        m_entries.pop_front();
}

} // namespace callboard

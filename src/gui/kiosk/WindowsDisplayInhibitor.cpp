#include "WindowsDisplayInhibitor.h"

#include <QCoreApplication>

#include <windows.h>

namespace callboard {

bool WindowsDisplayInhibitor::inhibit(const QString &, QString *error)
{
    if (SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED) == 0) {
        if (error)
            *error = QCoreApplication::translate("DisplaySleepInhibitor", "Windows refused to keep the display awake");
        return false;
    }
    m_on = true;
    return true;
}

void WindowsDisplayInhibitor::release()
{
    if (!m_on)
        return;
    SetThreadExecutionState(ES_CONTINUOUS);
    m_on = false;
}

} // namespace callboard

#include "MacDisplayInhibitor.h"

#include <QCoreApplication>

#include <IOKit/pwr_mgt/IOPMLib.h>

namespace callboard {

bool MacDisplayInhibitor::inhibit(const QString &reason, QString *error)
{
    if (m_assertion)
        return true;
    CFStringRef name = reason.toCFString();
    IOPMAssertionID id = 0;
    const IOReturn r = IOPMAssertionCreateWithName(kIOPMAssertionTypePreventUserIdleDisplaySleep,
                                                   kIOPMAssertionLevelOn, name, &id);
    CFRelease(name);
    if (r != kIOReturnSuccess) {
        if (error)
            *error = QCoreApplication::translate("DisplaySleepInhibitor", "macOS refused to keep the display awake (%1)").arg(int(r));
        return false;
    }
    m_assertion = id;
    return true;
}

void MacDisplayInhibitor::release()
{
    if (!m_assertion)
        return;
    IOPMAssertionRelease(m_assertion);
    m_assertion = 0;
}

} // namespace callboard

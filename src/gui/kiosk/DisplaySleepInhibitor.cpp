#include "DisplaySleepInhibitor.h"

#if defined(CALLBOARD_INHIBIT_DBUS)
#include "DbusScreenSaverInhibitor.h"
#elif defined(Q_OS_WIN)
#include "WindowsDisplayInhibitor.h"
#elif defined(Q_OS_MACOS)
#include "MacDisplayInhibitor.h"
#endif

namespace callboard {

std::unique_ptr<DisplaySleepInhibitor> DisplaySleepInhibitor::create()
{
#if defined(CALLBOARD_INHIBIT_DBUS)
    return std::make_unique<DbusScreenSaverInhibitor>();
#elif defined(Q_OS_WIN)
    return std::make_unique<WindowsDisplayInhibitor>();
#elif defined(Q_OS_MACOS)
    return std::make_unique<MacDisplayInhibitor>();
#else
    return std::make_unique<NullDisplaySleepInhibitor>();
#endif
}

} // namespace callboard

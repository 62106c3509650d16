// WindowsDisplayInhibitor: SetThreadExecutionState keeps the display and the system awake
// while the kiosk's (GUI) thread runs.
#pragma once

#include "DisplaySleepInhibitor.h"

namespace callboard {

class WindowsDisplayInhibitor final : public DisplaySleepInhibitor
{
public:
    ~WindowsDisplayInhibitor() override { release(); }
    bool inhibit(const QString &reason, QString *error) override;
    void release() override;
    bool isInhibiting() const override { return m_on; }
    QString mechanism() const override { return QStringLiteral("SetThreadExecutionState"); }

private:
    bool m_on = false;
};

} // namespace callboard

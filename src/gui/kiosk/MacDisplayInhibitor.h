// MacDisplayInhibitor: an IOPM assertion (PreventUserIdleDisplaySleep) held while the kiosk
// shows.
#pragma once

#include "DisplaySleepInhibitor.h"

namespace callboard {

class MacDisplayInhibitor final : public DisplaySleepInhibitor
{
public:
    ~MacDisplayInhibitor() override { release(); }
    bool inhibit(const QString &reason, QString *error) override;
    void release() override;
    bool isInhibiting() const override { return m_assertion != 0; }
    QString mechanism() const override { return QStringLiteral("IOPMAssertion"); }

private:
    unsigned int m_assertion = 0; // IOPMAssertionID
};

} // namespace callboard

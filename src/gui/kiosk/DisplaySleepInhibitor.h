// DisplaySleepInhibitor: keeps the screensaver and display sleep away while a kiosk board
// shows. One interface, one implementation per platform (freedesktop ScreenSaver over D-Bus
// on Linux, SetThreadExecutionState on Windows, an IOPM assertion on macOS) and a null one
// for anything else or when the platform's service is missing.
#pragma once

#include <QString>

#include <memory>

namespace callboard {

class DisplaySleepInhibitor
{
public:
    virtual ~DisplaySleepInhibitor() = default;

    // True when the display is now kept awake; false with *error when the platform refused.
    virtual bool inhibit(const QString &reason, QString *error) = 0;
    virtual void release() = 0;
    virtual bool isInhibiting() const = 0;
    virtual QString mechanism() const = 0; // for the log: "org.freedesktop.ScreenSaver"

    // The platform's implementation (the null one where there is none).
    static std::unique_ptr<DisplaySleepInhibitor> create();
};

class NullDisplaySleepInhibitor final : public DisplaySleepInhibitor
{
public:
    bool inhibit(const QString &, QString *) override { return m_on = true; }
    void release() override { m_on = false; }
    bool isInhibiting() const override { return m_on; }
    QString mechanism() const override { return QStringLiteral("none"); }

private:
    bool m_on = false;
};

} // namespace callboard

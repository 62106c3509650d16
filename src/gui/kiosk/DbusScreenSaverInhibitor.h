// DbusScreenSaverInhibitor: org.freedesktop.ScreenSaver.Inhibit on the session bus (GNOME,
// KDE, Xfce and most Linux desktops implement it). No bus or no service: inhibit() says so.
#pragma once

#include "DisplaySleepInhibitor.h"

namespace callboard {

class DbusScreenSaverInhibitor final : public DisplaySleepInhibitor
{
public:
    ~DbusScreenSaverInhibitor() override { release(); }
    bool inhibit(const QString &reason, QString *error) override;
    void release() override;
    bool isInhibiting() const override { return m_cookie != 0; }
    QString mechanism() const override { return QStringLiteral("org.freedesktop.ScreenSaver"); }

private:
    uint m_cookie = 0;
};

} // namespace callboard

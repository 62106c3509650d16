// RefreshThrottle: turns a burst of "something changed" notifications into at most one
// refresh per interval. A sync tick can change CallStats many times in a row; the widgets
// fed by it (charts, analysis tiles, the KPI strip, the kiosk's KPI page) repaint once,
// shortly after, instead of once per change. An interval of 0 coalesces what arrives in one
// pass of the event loop.
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace callboard {

class RefreshThrottle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshThrottle)
public:
    static constexpr int kDefaultIntervalMs = 250; // at most four refreshes a second

    RefreshThrottle(std::function<void()> refresh, QObject *parent, int intervalMs = kDefaultIntervalMs);

    // Asks for a refresh: runs it once the interval has passed, however often it is asked.
    void request();
    bool isPending() const { return m_timer.isActive(); }
    // Runs a pending refresh now (tests, and widgets about to be shown).
    void flush();

private:
    std::function<void()> m_refresh;
    QTimer m_timer;
};

} // namespace callboard

// AlertEngine: watches the store against the user's alert rules and says when one starts and
// stops holding. The GUI turns alertRaised into a banner, a pulse, a tray message or a sound;
// nothing here knows about windows.
//
// When it evaluates: kCoalesceMs after a store change (one evaluation for a burst of batches),
// every kTickMs by the clock (windows slide and quiet time grows without any change), and at
// once on setRules() and setReady(true). Only while ready: the app calls setReady(true) when
// the first backfill has completed, so a half-loaded store never raises "no new calls".
// Each evaluation reads only the calls inside each rule's window (CallTimeIndex), and decides
// every rule once, so a rule never raises and clears in the same evaluation.
// Hysteresis: a firing rule clears only once its condition has been clear for clearHoldMs()
// (default kClearHoldMs) without firing again in between, so a figure hovering at its limit
// raises once, not at every crossing; the hold restarts whenever the condition holds again.
// Time comes from the injected Clock only; working hours are read in timeZone().
// The board window (the store's windowStart()): when calls leave it (midnight), that is
// not news: a rule whose look-back reaches before the window's start may clear but not
// raise, and NoNewCalls counts quiet time from the window's start at the earliest.
#pragma once

#include "Alert.h"
#include "AlertLog.h"
#include "AlertRule.h"
#include "CallTimeIndex.h"
#include "core/time/Clock.h"

#include <QObject>
#include <QTimeZone>

#include <map>
#include <vector>

namespace callboard {

class CallStore;
struct ChangeSet;

class AlertEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertEngine)
public:
    static constexpr qint64 kTickMs = 15 * 1000;
    static constexpr qint64 kCoalesceMs = 250;
    static constexpr qint64 kClearHoldMs = 60 * 1000;

    AlertEngine(const CallStore *store, Clock *clock, QObject *parent = nullptr);
    ~AlertEngine() override;

    // Disabled and invalid rules are kept but never fire. An active alert whose rule is
    // removed, switched off or changed clears (and is raised again if the new rule holds).
    void setRules(std::vector<AlertRule> rules);
    const std::vector<AlertRule> &rules() const { return m_rules; }

    // How long a firing rule's condition must stay clear before its alert clears (0: at once).
    void setClearHoldMs(qint64 ms) { m_clearHoldMs = qMax<qint64>(0, ms); }
    qint64 clearHoldMs() const { return m_clearHoldMs; }

    // Working hours (NoNewCalls) are local to this zone; default the system's.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    // Evaluates only while ready. Going unready clears every active alert. The store being
    // cleared makes the engine unready: call setReady(true) again after the next backfill.
    void setReady(bool ready);
    bool isReady() const { return m_ready; }

    // Evaluates every rule now (does nothing while not ready).
    void evaluateNow();

    std::vector<Alert> activeAlerts() const; // in rule order
    bool isActive(const QString &ruleId) const { return m_active.count(ruleId) > 0; }
    const AlertLog &log() const { return m_log; }
    void clearLog() { m_log.clear(); }

signals:
    void alertRaised(const callboard::Alert &alert);
    void alertCleared(const callboard::Alert &alert); // clearedAt set; message as last shown
    // The set of active alerts or the figures in one of their messages changed.
    void activeChanged();

private:
    void onStoreChanged(const ChangeSet &changes);
    void onStoreAboutToClear();
    void scheduleTick();
    void stopTimers();
    // Clears every active alert for which keep(alert) is false, logging `why`.
    template <typename Keep>
    void clearActive(Keep keep, const QString &why);
    void logEntry(AlertLogEntry::Event event, const Alert &alert, const QString &message);

    const CallStore *m_store;
    Clock *m_clock;
    CallTimeIndex m_index;
    std::vector<AlertRule> m_rules;
    std::map<QString, Alert> m_active; // by rule id
    std::map<QString, qint64> m_clearSince; // active rules whose condition is clear: since when
    AlertLog m_log;
    QTimeZone m_zone;
    bool m_ready = false;
    Clock::TimerId m_tick = 0;
    Clock::TimerId m_coalesce = 0;
    Clock::TimerId m_holdEnd = 0; // evaluates when the earliest hold ends
    qint64 m_clearHoldMs = kClearHoldMs;
};

} // namespace callboard

#include "AlertEngine.h"

#include "AlertCondition.h"
#include "core/model/CallStore.h"

#include <QSet>

#include <utility>

namespace callboard {

namespace {
const AlertRule *findRule(const std::vector<AlertRule> &rules, const QString &id)
{
    for (const AlertRule &r : rules)
        if (r.id == id)
            return &r;
    return nullptr;
}
// Whether the board window holds all of the rule's look-back: just after midnight a rule over
// the last 30 minutes sees only the calls since midnight, and a share or a count over that
// stub would be an alert about the drop, not about the calls.
bool seesWholeLookBack(const AlertRule &rule, qint64 nowMs, qint64 boardStartMs)
{
    switch (rule.kind) {
    case AlertRule::Kind::NegativeShare:
    case AlertRule::Kind::EndReasonFailures:
    case AlertRule::Kind::AnalysisFieldEquals:
        return nowMs - qint64(rule.windowMinutes) * 60 * 1000 >= boardStartMs;
    case AlertRule::Kind::LiveAbove:
    case AlertRule::Kind::NoNewCalls: // its quiet time starts at the window's start instead
        break;
    }
    return true;
}
} // namespace

AlertEngine::AlertEngine(const CallStore *store, Clock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_index(store),
      m_zone(QTimeZone::systemTimeZone())
{
    connect(store, &CallStore::changed, this, &AlertEngine::onStoreChanged);
    connect(store, &CallStore::aboutToClear, this, &AlertEngine::onStoreAboutToClear);
}

AlertEngine::~AlertEngine() { stopTimers(); }

void AlertEngine::setRules(std::vector<AlertRule> rules)
{
    const std::vector<AlertRule> old = std::exchange(m_rules, std::move(rules));
    clearActive(
        [&](const Alert &a) {
            const AlertRule *now = findRule(m_rules, a.ruleId);
            const AlertRule *before = findRule(old, a.ruleId);
            return now && before && *now == *before;
        },
        tr("The rule was changed, switched off or removed."));
    evaluateNow();
}

void AlertEngine::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    evaluateNow();
}

void AlertEngine::setReady(bool ready)
{
    if (ready == m_ready)
        return;
    m_ready = ready;
    if (ready) {
        scheduleTick();
        evaluateNow();
    } else {
        stopTimers();
        clearActive([](const Alert &) { return false; }, tr("Alert checks paused."));
    }
}

void AlertEngine::evaluateNow()
{
    if (m_coalesce) {
        m_clock->cancel(m_coalesce);
        m_coalesce = 0;
    }
    if (!m_ready)
        return;
    const QDateTime now = m_clock->now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // Decide every rule first, then emit: a slot reacting to one alert sees a settled state.
    std::vector<Alert> raised;
    std::vector<Alert> cleared;
    bool figuresChanged = false;
    qint64 holdEndsAt = -1;
    QSet<QString> seen;
    // An active alert's message says the figures as they are now, without raising it again.
    auto followFigures = [&figuresChanged](Alert &active, const AlertVerdict &verdict) {
        if (!verdict.message.isEmpty() && active.message != verdict.message) {
            active.message = verdict.message;
            figuresChanged = true;
        }
    };
    for (const AlertRule &rule : m_rules) {
        if (!rule.enabled || seen.contains(rule.id) || !rule.isValid())
            continue;
        seen.insert(rule.id);
        const qint64 boardStart = m_store->windowStart();
        const AlertVerdict verdict = evaluateAlertRule(rule, m_index, nowMs, m_zone, boardStart);
        const auto it = m_active.find(rule.id);
        if (verdict.firing && it == m_active.end() && !seesWholeLookBack(rule, nowMs, boardStart))
            continue; // it would judge a look-back cut short by the window (just after midnight)
        if (verdict.firing && it == m_active.end()) {
            Alert a;
            a.ruleId = rule.id;
            a.ruleName = rule.displayName();
            a.kind = rule.kind;
            a.message = verdict.message;
            a.raisedAt = now;
            a.sound = rule.sound;
            m_active.emplace(rule.id, a);
            logEntry(AlertLogEntry::Event::Raised, a, a.message);
            raised.push_back(a);
        } else if (!verdict.firing && it != m_active.end()) {
            // Hysteresis: clear only after the condition has stayed clear for the hold.
            const auto since = m_clearSince.try_emplace(rule.id, nowMs).first->second;
            if (nowMs - since < m_clearHoldMs) {
                holdEndsAt = holdEndsAt < 0 ? since + m_clearHoldMs : qMin(holdEndsAt, since + m_clearHoldMs);
                // Held, but its words follow the figures ("Live calls: 0 (limit 1)"): the
                // status bar never contradicts the KPI strip beside it.
                followFigures(it->second, verdict);
                continue;
            }
            m_clearSince.erase(rule.id);
            Alert a = it->second;
            a.clearedAt = now;
            m_active.erase(it);
            logEntry(AlertLogEntry::Event::Cleared, a, verdict.message);
            cleared.push_back(a);
        } else if (verdict.firing) {
            m_clearSince.erase(rule.id); // holds again: the hold starts over when it next clears
            followFigures(it->second, verdict);
        }
    }
    if (holdEndsAt >= 0)
        m_clock->rearm(&m_holdEnd, holdEndsAt - nowMs, this, [this] { evaluateNow(); });
    for (const Alert &a : cleared)
        emit alertCleared(a);
    for (const Alert &a : raised)
        emit alertRaised(a);
    if (!raised.empty() || !cleared.empty() || figuresChanged)
        emit activeChanged();
}

std::vector<Alert> AlertEngine::activeAlerts() const
{
    std::vector<Alert> result;
    QSet<QString> seen;
    for (const AlertRule &rule : m_rules) {
        const auto it = m_active.find(rule.id);
        if (it != m_active.end() && !seen.contains(rule.id))
            result.push_back(it->second);
        seen.insert(rule.id);
    }
    return result;
}

void AlertEngine::onStoreChanged(const ChangeSet &changes)
{
    m_index.apply(changes);
    if (m_ready && !m_coalesce)
        m_coalesce = m_clock->callAfter(kCoalesceMs, this, [this] {
            m_coalesce = 0;
            evaluateNow();
        });
}

void AlertEngine::onStoreAboutToClear()
{
    // The alerts were about calls that are going away: they end with them.
    clearActive([](const Alert &) { return false; }, tr("The call list was cleared."));
    setReady(false);
    m_index.clear();
}

void AlertEngine::scheduleTick()
{
    m_tick = m_clock->callAfter(kTickMs, this, [this] {
        m_tick = 0;
        scheduleTick();
        evaluateNow();
    });
}

void AlertEngine::stopTimers()
{
    for (Clock::TimerId *id : {&m_tick, &m_coalesce, &m_holdEnd})
        if (*id) {
            m_clock->cancel(*id);
            *id = 0;
        }
}

template <typename Keep>
void AlertEngine::clearActive(Keep keep, const QString &why)
{
    std::vector<Alert> cleared;
    const QDateTime now = m_clock->now();
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (keep(it->second)) {
            ++it;
            continue;
        }
        Alert a = it->second;
        a.clearedAt = now;
        m_clearSince.erase(a.ruleId);
        it = m_active.erase(it);
        logEntry(AlertLogEntry::Event::Cleared, a, why);
        cleared.push_back(a);
    }
    for (const Alert &a : cleared)
        emit alertCleared(a);
    if (!cleared.empty())
        emit activeChanged();
}

void AlertEngine::logEntry(AlertLogEntry::Event event, const Alert &alert, const QString &message)
{
    AlertLogEntry e;
    e.event = event;
    e.at = event == AlertLogEntry::Event::Raised ? alert.raisedAt : alert.clearedAt;
    e.ruleId = alert.ruleId;
    e.ruleName = alert.ruleName;
    e.message = message;
    m_log.append(std::move(e));
}

} // namespace callboard

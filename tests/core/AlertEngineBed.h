// AlertEngineBed: what the AlertEngine tests share. Calls from short specs ("3m failed
// end:system_at_capacity"), rules switched on with an edit, and a Bed: a CallStore, an
// AlertEngine on a ManualClock at kNow (a Monday, 10:00 UTC) and spies on its signals.
#pragma once

#include "core/alerts/AlertCondition.h"
#include "core/alerts/AlertEngine.h"
#include "core/alerts/CallTimeIndex.h"
#include "core/model/CallStore.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"

#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <vector>

namespace callboard::alerttest {

using Kind = AlertRule::Kind;

inline const QDateTime kNow = utcDateTime(QDate(2026, 11, 30), QTime(10, 0)); // a Monday
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
inline const QTimeZone kPlus5(5 * 3600); // working hours are read in this zone where it matters

inline AlertRule rule(Kind kind, const std::function<void(AlertRule &)> &edit = {})
{
    AlertRule r = AlertRule::withDefaults(kind);
    r.enabled = true;
    if (edit)
        edit(r);
    return r;
}

inline AnalysisValue typedValue(const QString &text)
{
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return {AnalysisValue::Type::Bool, text == QLatin1String("true"), text};
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (ok)
        return {AnalysisValue::Type::Number, d, text};
    return {AnalysisValue::Type::String, text, text};
}

// A call from a short spec: "<age> <status> [sentiment] [end:<reason>] [key=value]", where
// age is "90s" or "3m" before createdBefore (ms since the epoch).
inline CallLog callFromSpec(const QString &id, const QString &spec, qint64 createdBefore)
{
    const QStringList parts = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CallLog c;
    c.id = id;
    const QString age = parts.value(0);
    const qint64 unit = age.endsWith(QLatin1Char('m')) ? kMinute : kSecond;
    c.createdAtMs = createdBefore - age.chopped(1).toLongLong() * unit;
    c.statusText = parts.value(1);
    c.status = statusFromString(c.statusText);
    for (const QString &p : parts.mid(2)) {
        if (p.startsWith(QLatin1String("end:"))) {
            c.endReasonText = p.mid(4);
            c.endReason = endReasonFromString(c.endReasonText);
        } else if (p.contains(QLatin1Char('='))) {
            const int eq = int(p.indexOf(QLatin1Char('=')));
            c.analysis.push_back({p.left(eq), typedValue(p.mid(eq + 1))});
        } else {
            c.sentimentText = p;
            c.sentiment = sentimentFromString(p);
        }
    }
    return c;
}

struct Bed
{
    // The verdicts as they are, clearing at once; the hold has its own tests (Hysteresis).
    explicit Bed(qint64 clearHoldMs = 0)
    {
        engine.setTimeZone(QTimeZone::utc());
        engine.setClearHoldMs(clearHoldMs);
    }
    // Adds calls c<n>, c<n+1>, ... from specs, their ages counted back from now.
    void add(const QStringList &specs)
    {
        std::vector<CallLog> batch;
        for (const QString &s : specs)
            batch.push_back(callFromSpec(QStringLiteral("c%1").arg(++m_ids), s, clock.nowMs()));
        store.apply(std::move(batch));
    }
    void settle() { clock.advance(AlertEngine::kCoalesceMs); }
    QString lastMessage(const QSignalSpy &spy) const
    {
        return spy.isEmpty() ? QString() : spy.last().at(0).value<Alert>().message;
    }

    ManualClock clock{kNow};
    CallStore store;
    AlertEngine engine{&store, &clock};
    QSignalSpy raised{&engine, &AlertEngine::alertRaised};
    QSignalSpy cleared{&engine, &AlertEngine::alertCleared};
    QSignalSpy activeChanged{&engine, &AlertEngine::activeChanged};
    int m_ids = 0;
};

inline QStringList repeat(int n, const QString &spec)
{
    QStringList l;
    for (int i = 0; i < n; ++i)
        l << spec;
    return l;
}

} // namespace callboard::alerttest

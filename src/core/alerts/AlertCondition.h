// AlertCondition: whether one rule's condition holds at a given moment, with a translated
// sentence giving the figures (shown in the banner while firing, logged when it clears).
// Pure functions of the rule, the indexed calls, the time and the time zone.
#pragma once

#include "AlertRule.h"

#include <QString>
#include <QTimeZone>

#include <limits>

namespace callboard {

class CallTimeIndex;

struct AlertVerdict
{
    bool firing = false;
    QString message;
};

// boardStartMs: where the board window (and so the indexed calls) begins; quiet time for
// NoNewCalls is never counted from before it, so the drop at midnight is not a quiet spell.
AlertVerdict evaluateAlertRule(const AlertRule &rule, const CallTimeIndex &calls, qint64 nowMs,
                               const QTimeZone &zone,
                               qint64 boardStartMs = std::numeric_limits<qint64>::min());

} // namespace callboard

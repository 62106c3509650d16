// AlertCondition: whether one rule's condition holds at a given moment, with a translated
// sentence giving the figures (shown in the banner while firing, logged when it clears).
// Pure functions of the rule, the indexed calls, the time and the time zone.
#pragma once

#include "AlertRule.h"

#include <QString>
#include <QTimeZone>

namespace callboard {

class CallTimeIndex;

struct AlertVerdict
{
    bool firing = false;
    QString message;
};

AlertVerdict evaluateAlertRule(const AlertRule &rule, const CallTimeIndex &calls, qint64 nowMs,
                               const QTimeZone &zone);

} // namespace callboard

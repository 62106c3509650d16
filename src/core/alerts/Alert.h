// Alert: a rule that fired, as the banner, the tray and the alert log show it.
#pragma once

#include "AlertRule.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace callboard {

struct Alert
{
    QString ruleId;
    QString ruleName;  // the rule's displayName() when it fired
    AlertRule::Kind kind = AlertRule::Kind::NegativeShare;
    QString message;   // translated, with the figures; refreshed while the alert is active
    QDateTime raisedAt;  // UTC, by the engine's clock
    QDateTime clearedAt; // UTC; invalid while active
    bool sound = false;  // the rule asks for a sound

    bool isActive() const { return !clearedAt.isValid(); }
};

} // namespace callboard

Q_DECLARE_METATYPE(callboard::Alert)

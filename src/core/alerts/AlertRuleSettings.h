// Alert rules in the settings file (INI): group [alerts], a QSettings array "rules" with keys
// id, kind (negative_share | end_reason_failures | analysis_field | live_above | no_new_calls),
// name, enabled, threshold, windowMinutes, minSample, endReasons (comma-separated), field,
// value, workStart / workEnd (HH:mm), workDays (Mon-Fri or Mon,Tue,...), sound.
// Reading is forgiving of the file and strict about each value: an entry with a bad value is
// skipped with a warning naming it, the good ones are kept, and nothing throws or asserts.
#pragma once

#include "AlertRule.h"

#include <QStringList>

#include <vector>

class QSettings;

namespace callboard {

struct AlertRulesRead
{
    std::vector<AlertRule> rules;
    QStringList warnings;      // one translated line per skipped or repaired entry
    bool usedDefaults = false; // the file has no rules array yet: defaultAlertRules()
};

// A missing [alerts] rules array gives the default rules; an empty one gives no rules.
// group: where the rules live ([alerts], or a workspace's "workspace.<id>/alerts").
AlertRulesRead readAlertRules(QSettings &settings, const QString &group = QStringLiteral("alerts"));
// Replaces the whole array (rules removed in the dialog disappear from the file).
void writeAlertRules(QSettings &settings, const std::vector<AlertRule> &rules,
                     const QString &group = QStringLiteral("alerts"));

} // namespace callboard

// AlertRule: one condition the board watches for, as the user configured it. A plain value:
// the engine (AlertEngine) evaluates it, AlertRuleSettings reads and writes it. Thresholds
// compare as the rule's description says:
//   NegativeShare      negative / (positive + neutral + negative) > threshold (a share, 0..1),
//                      once at least minSample calls in the window carry one of those three
//   EndReasonFailures  calls in the window ending with one of endReasons >= threshold
//   AnalysisFieldEquals calls in the window whose analysis field equals value >= threshold
//   LiveAbove          live calls (any time) > threshold
//   NoNewCalls         inside working hours, no call created for windowMinutes (quiet time is
//                      counted from the later of the newest call and the start of the shift)
// Windows are over calls' createdAtMs (the API's only timestamp), ending at the clock's now.
#pragma once

#include <QMetaType>
#include <QStringList>
#include <QTime>

#include <vector>

namespace callboard {

struct AnalysisValue;

struct AlertRule
{
    enum class Kind { NegativeShare, EndReasonFailures, AnalysisFieldEquals, LiveAbove, NoNewCalls };

    QString id;   // stable, unique among the rules; the engine keys its state on it
    QString name; // the user's label; may be empty (displayName() falls back to describe())
    bool enabled = true;
    Kind kind = Kind::NegativeShare;
    double threshold = 0.3;
    int windowMinutes = 15; // unused by LiveAbove
    int minSample = 5;      // NegativeShare only
    QStringList endReasons; // EndReasonFailures: wire strings, e.g. system_at_capacity
    QString field;          // AnalysisFieldEquals: the analysis key
    QString value;          // AnalysisFieldEquals: compared as text ("true"/"false" ignore case)
    QTime workStart{8, 0};  // NoNewCalls: working hours; end < start spans midnight
    QTime workEnd{18, 0};
    quint8 workDays = 0x1f; // NoNewCalls: bit (d - 1) for Qt::DayOfWeek d; Mon-Fri
    bool sound = false;

    // A rule of this kind with sensible parameters (threshold, window, ...).
    static AlertRule withDefaults(Kind kind);

    bool worksOn(int dayOfWeek) const { return workDays & (1u << (dayOfWeek - 1)); }
    // Whether the given local day and time fall inside the working hours.
    bool inWorkingHours(int dayOfWeek, QTime time) const;
    // Does this analysis value equal the rule's value?
    bool matches(const AnalysisValue &v) const;

    bool isValid(QString *why = nullptr) const;
    // One line for the settings page and the alert log, e.g. "Negative sentiment above 30 %
    // of rated calls in the last 15 min (at least 5 rated)".
    QString describe() const;
    QString displayName() const { return name.isEmpty() ? describe() : name; }

    bool operator==(const AlertRule &o) const;
    bool operator!=(const AlertRule &o) const { return !(*this == o); }
};

// The wire spelling of a kind in the config file (negative_share, ...), and back.
QString alertKindKey(AlertRule::Kind kind);
bool alertKindFromKey(const QString &key, AlertRule::Kind *kind);

// Days of week as the config file writes them: "Mon-Fri", "Mon,Wed,Sat", "Sat-Sun".
QString workDaysToString(quint8 days);
bool workDaysFromString(const QString &text, quint8 *days);

// The rules a fresh installation starts with: negative share above 30 % in 15 min and
// capacity/balance failures >= 3 in 10 min are enabled (both mean something is wrong on any
// site); live above 50, no new calls for 15 min Mon-Fri 08:00-18:00 and follow-up requested
// are there to be switched on, since their figures depend on the site.
std::vector<AlertRule> defaultAlertRules();

} // namespace callboard

Q_DECLARE_METATYPE(callboard::AlertRule)

#include "AlertRuleSettings.h"

#include <QCoreApplication>
#include <QSet>
#include <QSettings>

#include <optional>

namespace callboard {

namespace {

const QString kArray = QStringLiteral("rules");
const QString kTimeFormat = QStringLiteral("HH:mm");


// INI values are strings, or string lists when the file has unquoted commas in them.
QString textOf(const QVariant &v)
{
    if (v.userType() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    return v.toString().trimmed();
}

// Reads one rule at the current array index; on a bad value returns nothing and says why.
class EntryReader
{
public:
    explicit EntryReader(QSettings &s) : m_s(s) {}

    std::optional<AlertRule> read(QString *why)
    {
        const QString kindText = text(QStringLiteral("kind"));
        AlertRule::Kind kind;
        if (!alertKindFromKey(kindText, &kind)) {
            *why = QCoreApplication::translate("AlertRuleSettings", "unknown kind \"%1\" (expected negative_share, end_reason_failures, "
                      "analysis_field, live_above or no_new_calls)")
                       .arg(kindText);
            return std::nullopt;
        }
        AlertRule r = AlertRule::withDefaults(kind);
        r.id = text(QStringLiteral("id"));
        r.name = text(QStringLiteral("name"));
        const bool ok = readBool(QStringLiteral("enabled"), &r.enabled, why)
                        && readThreshold(kind, &r.threshold, why)
                        && readInt(QStringLiteral("windowMinutes"), &r.windowMinutes, why)
                        && readInt(QStringLiteral("minSample"), &r.minSample, why)
                        && readTime(QStringLiteral("workStart"), &r.workStart, why)
                        && readTime(QStringLiteral("workEnd"), &r.workEnd, why)
                        && readDays(&r.workDays, why)
                        && readBool(QStringLiteral("sound"), &r.sound, why);
        if (!ok)
            return std::nullopt;
        if (has(QStringLiteral("endReasons"))) {
            r.endReasons.clear();
            const QStringList parts = text(QStringLiteral("endReasons")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &p : parts)
                r.endReasons << p.trimmed().toLower();
        }
        if (has(QStringLiteral("field")))
            r.field = text(QStringLiteral("field"));
        if (has(QStringLiteral("value")))
            r.value = text(QStringLiteral("value"));
        return r;
    }

private:
    bool has(const QString &key) const { return m_s.contains(key); }
    QString text(const QString &key) const { return textOf(m_s.value(key)); }

    bool readBool(const QString &key, bool *out, QString *why) const
    {
        if (!has(key))
            return true;
        const QString t = text(key).toLower();
        if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes")
            || t == QLatin1String("on"))
            *out = true;
        else if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no")
                 || t == QLatin1String("off"))
            *out = false;
        else
            return bad(key, why);
        return true;
    }
    bool readInt(const QString &key, int *out, QString *why) const
    {
        if (!has(key))
            return true;
        bool ok = false;
        const int v = text(key).toInt(&ok);
        if (!ok)
            return bad(key, why);
        *out = v;
        return true;
    }
    // A share may be written 0.3 or 30 %.
    bool readThreshold(AlertRule::Kind kind, double *out, QString *why) const
    {
        const QString key = QStringLiteral("threshold");
        if (!has(key))
            return true;
        QString t = text(key);
        const bool percent = kind == AlertRule::Kind::NegativeShare && t.endsWith(QLatin1Char('%'));
        if (percent)
            t = t.chopped(1).trimmed();
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok)
            return bad(key, why);
        *out = percent ? v / 100 : v;
        return true;
    }
    bool readTime(const QString &key, QTime *out, QString *why) const
    {
        if (!has(key))
            return true;
        const QTime t = QTime::fromString(text(key), kTimeFormat);
        if (!t.isValid())
            return fail(why, QCoreApplication::translate("AlertRuleSettings", "%1 \"%2\" is not a time of day (HH:mm)").arg(key, text(key)));
        *out = t;
        return true;
    }
    bool readDays(quint8 *out, QString *why) const
    {
        const QString key = QStringLiteral("workDays");
        if (!has(key))
            return true;
        if (!workDaysFromString(text(key), out))
            return fail(why, QCoreApplication::translate("AlertRuleSettings", "workDays \"%1\" is not a list of days (e.g. Mon-Fri or Mon,Wed)").arg(text(key)));
        return true;
    }
    bool bad(const QString &key, QString *why) const
    {
        return fail(why, QCoreApplication::translate("AlertRuleSettings", "%1 \"%2\" is not valid").arg(key, text(key)));
    }
    static bool fail(QString *why, const QString &message)
    {
        *why = message;
        return false;
    }

    QSettings &m_s;
};

} // namespace

AlertRulesRead readAlertRules(QSettings &settings, const QString &group)
{
    AlertRulesRead result;
    settings.beginGroup(group);
    if (!settings.contains(kArray + QStringLiteral("/size"))) {
        settings.endGroup();
        result.rules = defaultAlertRules();
        result.usedDefaults = true;
        return result;
    }
    QSet<QString> ids;
    const int n = settings.beginReadArray(kArray);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        EntryReader reader(settings);
        QString why;
        std::optional<AlertRule> rule = reader.read(&why);
        const QString label = textOf(settings.value(QStringLiteral("name")));
        const QString where = label.isEmpty() ? QString::number(i + 1)
                                              : QStringLiteral("%1 (%2)").arg(QString::number(i + 1), label);
        if (!rule) {
            result.warnings << QCoreApplication::translate("AlertRuleSettings", "Alert rule %1 skipped: %2").arg(where, why);
            continue;
        }
        // Ids keep an alert's identity across restarts; a missing or repeated one gets a
        // fresh id derived from the kind, and the file is repaired on the next write.
        QString renamed;
        if (rule->id.isEmpty() || ids.contains(rule->id)) {
            if (!rule->id.isEmpty())
                renamed = QCoreApplication::translate("AlertRuleSettings", "Alert rule %1: id \"%2\" is used twice; renamed").arg(where, rule->id);
            const QString base = alertKindKey(rule->kind);
            QString id = base;
            for (int k = 2; ids.contains(id); ++k)
                id = base + QLatin1Char('-') + QString::number(k);
            rule->id = id;
        }
        if (!rule->isValid(&why)) {
            result.warnings << QCoreApplication::translate("AlertRuleSettings", "Alert rule %1 skipped: %2").arg(where, why);
            continue;
        }
        if (!renamed.isEmpty())
            result.warnings << renamed;
        ids.insert(rule->id);
        result.rules.push_back(*rule);
    }
    settings.endArray();
    settings.endGroup();
    return result;
}

void writeAlertRules(QSettings &settings, const std::vector<AlertRule> &rules, const QString &group)
{
    using Kind = AlertRule::Kind;
    settings.beginGroup(group);
    settings.remove(kArray);
    settings.beginWriteArray(kArray, int(rules.size()));
    for (int i = 0; i < int(rules.size()); ++i) {
        const AlertRule &r = rules[size_t(i)];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), r.id);
        settings.setValue(QStringLiteral("kind"), alertKindKey(r.kind));
        settings.setValue(QStringLiteral("name"), r.name);
        settings.setValue(QStringLiteral("enabled"), r.enabled);
        if (r.kind != Kind::NoNewCalls)
            settings.setValue(QStringLiteral("threshold"), r.threshold);
        if (r.kind != Kind::LiveAbove)
            settings.setValue(QStringLiteral("windowMinutes"), r.windowMinutes);
        if (r.kind == Kind::NegativeShare)
            settings.setValue(QStringLiteral("minSample"), r.minSample);
        if (r.kind == Kind::EndReasonFailures)
            settings.setValue(QStringLiteral("endReasons"), r.endReasons.join(QLatin1Char(',')));
        if (r.kind == Kind::AnalysisFieldEquals) {
            settings.setValue(QStringLiteral("field"), r.field);
            settings.setValue(QStringLiteral("value"), r.value);
        }
        if (r.kind == Kind::NoNewCalls) {
            settings.setValue(QStringLiteral("workStart"), r.workStart.toString(kTimeFormat));
            settings.setValue(QStringLiteral("workEnd"), r.workEnd.toString(kTimeFormat));
            settings.setValue(QStringLiteral("workDays"), workDaysToString(r.workDays));
        }
        settings.setValue(QStringLiteral("sound"), r.sound);
    }
    settings.endArray();
    settings.endGroup();
}

} // namespace callboard

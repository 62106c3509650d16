#include "SavedViewSettings.h"

#include "core/time/Utc.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>

#include <algorithm>

namespace callboard {

namespace {

const QString kGroup = QStringLiteral("views");
const QString kArray = QStringLiteral("list");
const QStringList kKeys{QStringLiteral("name"), QStringLiteral("search"), QStringLiteral("statuses"),
                        QStringLiteral("sentiments"), QStringLiteral("agents"), QStringLiteral("campaigns"),
                        QStringLiteral("endReasons"), QStringLiteral("minDurationSec"),
                        QStringLiteral("maxDurationSec"), QStringLiteral("createdFrom"),
                        QStringLiteral("createdTo"), QStringLiteral("sort")};

// INI values are strings, or string lists when the file has unquoted commas in them.
QString textOf(const QVariant &v)
{
    if (v.userType() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    return v.toString();
}

QStringList listOf(const QVariant &v)
{
    QStringList items;
    for (const QString &item : textOf(v).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

// Reads the entry of the current group; on a bad value returns nothing and says why.
std::optional<SavedView> readEntry(const QSettings &s, QString *why)
{
    for (const QString &key : s.childKeys())
        if (!kKeys.contains(key)) {
            *why = QCoreApplication::translate("SavedViewSettings", "unknown key \"%1\" (the keys of a view are %2)").arg(key, kKeys.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    SavedView v;
    v.name = textOf(s.value(QStringLiteral("name"))).trimmed();
    if (v.name.isEmpty()) {
        *why = QCoreApplication::translate("SavedViewSettings", "it has no name");
        return std::nullopt;
    }
    v.filter.text = textOf(s.value(QStringLiteral("search")));
    for (const QString &key : listOf(s.value(QStringLiteral("statuses")))) {
        const std::optional<StatusGroup> g = ViewWords::groupFromKey(key);
        if (!g) {
            *why = QCoreApplication::translate("SavedViewSettings", "unknown status \"%1\" (statuses are %2)").arg(key, ViewWords::allGroupKeys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        v.filter.groups |= CallFilter::bit(*g);
    }
    for (const QString &key : listOf(s.value(QStringLiteral("sentiments")))) {
        const std::optional<Sentiment> sentiment = ViewWords::sentimentFromKey(key);
        if (!sentiment) {
            *why = QCoreApplication::translate("SavedViewSettings", "unknown sentiment \"%1\" (sentiments are %2)").arg(key, ViewWords::allSentimentKeys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        v.filter.sentiments |= CallFilter::bit(*sentiment);
    }
    v.filter.agentIds = listOf(s.value(QStringLiteral("agents")));
    v.filter.campaignIds = listOf(s.value(QStringLiteral("campaigns")));
    v.filter.endReasons = listOf(s.value(QStringLiteral("endReasons")));
    for (const auto &[key, out] : {std::pair{QStringLiteral("minDurationSec"), &v.filter.minDurationSec},
                                   std::pair{QStringLiteral("maxDurationSec"), &v.filter.maxDurationSec}}) {
        if (!s.contains(key))
            continue;
        bool ok = false;
        *out = textOf(s.value(key)).trimmed().toInt(&ok);
        if (!ok || *out < 0) {
            *why = QCoreApplication::translate("SavedViewSettings", "%1 \"%2\" is not a number of seconds").arg(key, textOf(s.value(key)));
            return std::nullopt;
        }
    }
    if (v.filter.minDurationSec >= 0 && v.filter.maxDurationSec >= 0 && v.filter.minDurationSec > v.filter.maxDurationSec) {
        *why = QCoreApplication::translate("SavedViewSettings", "minDurationSec is above maxDurationSec");
        return std::nullopt;
    }
    for (const auto &[key, out] : {std::pair{QStringLiteral("createdFrom"), &v.filter.createdFromMs},
                                   std::pair{QStringLiteral("createdTo"), &v.filter.createdToMs}}) {
        if (!s.contains(key))
            continue;
        const QDateTime at = QDateTime::fromString(textOf(s.value(key)).trimmed(), Qt::ISODateWithMs);
        if (!at.isValid()) {
            *why = QCoreApplication::translate("SavedViewSettings", "%1 \"%2\" is not a date and time like 2026-11-28T14:00:00Z").arg(key, textOf(s.value(key)));
            return std::nullopt;
        }
        *out = at.toMSecsSinceEpoch();
    }
    if (s.contains(QStringLiteral("sort"))) {
        const std::optional<CallSort> sort = ViewWords::sortFromKey(textOf(s.value(QStringLiteral("sort"))));
        if (!sort) {
            *why = QCoreApplication::translate("SavedViewSettings", "unknown sort \"%1\" (newest, longest or status)").arg(textOf(s.value(QStringLiteral("sort"))));
            return std::nullopt;
        }
        v.sort = *sort;
    }
    return v;
}

QVariantMap rawEntry(const QSettings &s)
{
    QVariantMap raw;
    for (const QString &key : s.allKeys())
        raw.insert(key, s.value(key));
    return raw;
}

QString joinedKeys(quint32 bits, const QStringList &keys, int (*index)(const QString &))
{
    QStringList out;
    for (const QString &key : keys)
        if (bits & (1u << index(key)))
            out << key;
    return out.join(QLatin1Char(','));
}

QString isoUtc(qint64 ms) { return utcFromMs(ms).toString(Qt::ISODateWithMs); }

} // namespace

SavedViewsRead readSavedViews(QSettings &s)
{
    SavedViewsRead read;
    if (s.contains(kGroup)) // "views=…": a value where the group should be
        read.warnings << QCoreApplication::translate("SavedViewSettings", "views: \"%1\" is not a group of views; ignored").arg(textOf(s.value(kGroup)));
    s.beginGroup(kGroup);
    if (s.contains(kArray) && !s.childGroups().contains(kArray))
        read.warnings << QCoreApplication::translate("SavedViewSettings", "views/list: \"%1\" is not a list of views; no saved views are offered").arg(textOf(s.value(kArray)));
    s.beginGroup(kArray);
    QList<int> indexes;
    for (const QString &group : s.childGroups()) {
        bool ok = false;
        const int i = group.toInt(&ok);
        if (ok && i > 0)
            indexes << i;
        else
            read.warnings << QCoreApplication::translate("SavedViewSettings", "views/list/%1: not a numbered view, ignored").arg(group);
    }
    std::sort(indexes.begin(), indexes.end());
    for (const int i : std::as_const(indexes)) {
        s.beginGroup(QString::number(i));
        QString why;
        std::optional<SavedView> view = readEntry(s, &why);
        if (view && std::any_of(read.views.cbegin(), read.views.cend(),
                                [&](const SavedView &o) { return SavedView::sameName(o.name, view->name); }))
            why = QCoreApplication::translate("SavedViewSettings", "another view already has this name");
        if (!why.isEmpty()) {
            const QString name = textOf(s.value(QStringLiteral("name"))).trimmed();
            read.warnings << QCoreApplication::translate("SavedViewSettings", "saved view %1 (“%2”): %3; it is left out until that is fixed").arg(i).arg(name, why);
            read.unreadable << rawEntry(s);
        } else {
            read.views << *view;
        }
        s.endGroup();
    }
    s.endGroup();
    s.endGroup();
    return read;
}

void writeSavedViews(QSettings &s, const QList<SavedView> &views, const QList<QVariantMap> &unreadable)
{
    s.remove(kGroup);
    s.beginGroup(kGroup);
    s.beginWriteArray(kArray, int(views.size() + unreadable.size()));
    int i = 0;
    for (const SavedView &v : views) {
        s.setArrayIndex(i++);
        const CallFilter &f = v.filter;
        s.setValue(QStringLiteral("name"), v.name.trimmed());
        if (!f.text.isEmpty())
            s.setValue(QStringLiteral("search"), f.text);
        if (f.groups)
            s.setValue(QStringLiteral("statuses"), joinedKeys(f.groups, ViewWords::allGroupKeys(), [](const QString &k) {
                           return int(*ViewWords::groupFromKey(k)); }));
        if (f.sentiments)
            s.setValue(QStringLiteral("sentiments"), joinedKeys(f.sentiments, ViewWords::allSentimentKeys(), [](const QString &k) {
                           return int(*ViewWords::sentimentFromKey(k)); }));
        const std::pair<QString, const QStringList *> lists[] = {{QStringLiteral("agents"), &f.agentIds},
                                                                 {QStringLiteral("campaigns"), &f.campaignIds},
                                                                 {QStringLiteral("endReasons"), &f.endReasons}};
        for (const auto &[key, list] : lists)
            if (!list->isEmpty())
                s.setValue(key, list->join(QLatin1Char(',')));
        if (f.minDurationSec >= 0)
            s.setValue(QStringLiteral("minDurationSec"), f.minDurationSec);
        if (f.maxDurationSec >= 0)
            s.setValue(QStringLiteral("maxDurationSec"), f.maxDurationSec);
        if (f.createdFromMs >= 0)
            s.setValue(QStringLiteral("createdFrom"), isoUtc(f.createdFromMs));
        if (f.createdToMs >= 0)
            s.setValue(QStringLiteral("createdTo"), isoUtc(f.createdToMs));
        s.setValue(QStringLiteral("sort"), ViewWords::sortKey(v.sort));
    }
    for (const QVariantMap &raw : unreadable) {
        s.setArrayIndex(i++);
        for (auto it = raw.cbegin(); it != raw.cend(); ++it)
            s.setValue(it.key(), it.value());
    }
    s.endArray();
    s.endGroup();
}

} // namespace callboard

#include "SavedView.h"

#include <QCoreApplication>

namespace callboard {

namespace {
const std::pair<CallSort, const char *> kSorts[] = {
    {CallSort::Newest, "newest"}, {CallSort::Longest, "longest"}, {CallSort::Status, "status"}};
const std::pair<StatusGroup, const char *> kGroups[] = {
    {StatusGroup::Live, "live"}, {StatusGroup::Connected, "connected"},
    {StatusGroup::NotReached, "not_reached"}, {StatusGroup::Failed, "failed"},
    {StatusGroup::Other, "other"}};
const std::pair<Sentiment, const char *> kSentiments[] = {
    {Sentiment::Positive, "positive"}, {Sentiment::Neutral, "neutral"},
    {Sentiment::Negative, "negative"}, {Sentiment::Unknown, "unknown"},
    {Sentiment::None, "none"}, {Sentiment::Other, "other"}};

template<typename Enum, size_t N>
QString keyOf(const std::pair<Enum, const char *> (&table)[N], Enum value)
{
    for (const auto &[v, key] : table)
        if (v == value)
            return QLatin1String(key);
    return QString();
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::pair<Enum, const char *> (&table)[N], const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const auto &[v, name] : table)
        if (k == QLatin1String(name))
            return v;
    return std::nullopt;
}

template<typename Enum, size_t N>
QStringList keysOf(const std::pair<Enum, const char *> (&table)[N])
{
    QStringList keys;
    for (const auto &entry : table)
        keys << QLatin1String(entry.second);
    return keys;
}
} // namespace

namespace ViewWords {
QString sortKey(CallSort sort) { return keyOf(kSorts, sort); }
std::optional<CallSort> sortFromKey(const QString &key) { return valueOf(kSorts, key); }
QString groupKey(StatusGroup group) { return keyOf(kGroups, group); }
std::optional<StatusGroup> groupFromKey(const QString &key) { return valueOf(kGroups, key); }
QString sentimentKey(Sentiment sentiment) { return keyOf(kSentiments, sentiment); }
std::optional<Sentiment> sentimentFromKey(const QString &key) { return valueOf(kSentiments, key); }
QStringList allGroupKeys() { return keysOf(kGroups); }
QStringList allSentimentKeys() { return keysOf(kSentiments); }
} // namespace ViewWords

QString quotedViewNames(const QList<SavedView> &views)
{
    if (views.isEmpty())
        return QCoreApplication::translate("SavedView", "none");
    QStringList names;
    for (const SavedView &v : views)
        names << QCoreApplication::translate("SavedView", "“%1”").arg(v.name);
    return names.join(QStringLiteral(", "));
}

} // namespace callboard

#include "core/directory/Directory.h"

#include <functional>

namespace callboard {

namespace {

const QChar kEllipsis(0x2026);

// Characters that would let server text reorder or hide what is around it.
bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
           || c == 0x200F || c == 0x061C;
}

QString idSuffix(const QString &id)
{
    return QStringLiteral(" (") + id.right(4) + QLatin1Char(')');
}

// Display names for records with an id and a raw title: cleaned, with the id where there is
// no title, and an id suffix on every name that two or more records share.
template<typename Record>
QHash<QString, QString> buildNames(const QList<Record> &records,
                                   const std::function<QString(const Record &)> &rawTitle)
{
    QHash<QString, QString> names;
    QHash<QString, int> uses;
    for (const Record &r : records) {
        const QString name = Directory::cleanName(rawTitle(r));
        names.insert(r.id, name);
        if (!name.isEmpty())
            ++uses[name];
    }
    for (const Record &r : records) {
        const QString name = names.value(r.id);
        if (name.isEmpty()) {
            names.insert(r.id, r.id);
        } else if (uses.value(name) > 1) {
            const QString suffix = idSuffix(r.id);
            names.insert(r.id, Directory::cleanName(name, Directory::kMaxNameLength
                                                              - int(suffix.size()))
                                   + suffix);
        }
    }
    return names;
}

} // namespace

Directory::Directory(QObject *parent) : QObject(parent) {}

QString Directory::cleanName(const QString &raw, int maxLength)
{
    QString kept;
    kept.reserve(raw.size());
    const QList<uint> codePoints = raw.toUcs4();
    for (uint cp : codePoints) {
        const auto c = char32_t(cp);
        if (QChar::isSpace(c)) {
            kept += QLatin1Char(' ');
        } else if (QChar::category(c) == QChar::Other_Control || isBidiControl(c)) {
            continue;
        } else {
            kept += QString::fromUcs4(&c, 1);
        }
    }
    kept = kept.simplified();
    if (maxLength < 1 || kept.size() <= maxLength)
        return kept;
    qsizetype cut = maxLength - 1;
    if (cut > 0 && kept.at(cut - 1).isHighSurrogate())
        --cut; // never split a character in two
    return kept.left(cut).trimmed() + kEllipsis;
}

void Directory::setAgents(const QList<AgentInfo> &agents)
{
    if (agents == m_agents)
        return;
    m_agents = agents;
    m_agentNames = buildNames<AgentInfo>(m_agents, [](const AgentInfo &a) {
        const QString title = cleanName(a.title);
        return title.isEmpty() ? a.versionTitle : a.title;
    });
    emit changed();
}

void Directory::setBatches(const QList<BatchInfo> &batches)
{
    if (batches == m_batches)
        return;
    m_batches = batches;
    m_batchNames = buildNames<BatchInfo>(m_batches, [](const BatchInfo &b) { return b.title; });
    m_batchIndex.clear();
    for (qsizetype i = 0; i < m_batches.size(); ++i)
        m_batchIndex.insert(m_batches.at(i).id, i);
    emit changed();
}

QString Directory::agentName(const QString &agentId) const
{
    return m_agentNames.value(agentId, agentId);
}

QString Directory::campaignName(const QString &campaignOrBatchId) const
{
    return m_batchNames.value(campaignOrBatchId, campaignOrBatchId);
}

QString Directory::campaignNameOf(const QString &campaignId, const QString &batchCallId) const
{
    if (!batchCallId.isEmpty() && m_batchNames.contains(batchCallId))
        return m_batchNames.value(batchCallId);
    if (!campaignId.isEmpty())
        return campaignName(campaignId);
    return batchCallId;
}

bool Directory::knowsAgent(const QString &id) const
{
    return m_agentNames.contains(id);
}

bool Directory::knowsBatch(const QString &id) const
{
    return m_batchIndex.contains(id);
}

const BatchInfo *Directory::batch(const QString &id) const
{
    const auto it = m_batchIndex.constFind(id);
    return it == m_batchIndex.constEnd() ? nullptr : &m_batches.at(*it);
}

void Directory::setAvailability(Availability a)
{
    if (a == m_availability)
        return;
    m_availability = a;
    emit availabilityChanged();
}

} // namespace callboard

#include "CallListModel.h"

#include "core/directory/Directory.h"
#include "core/model/CallStore.h"
#include "core/time/Clock.h"
#include "gui/models/CardContent.h"

#include <QDateTime>

#include <algorithm>

namespace callboard {

CallListModel::CallListModel(CallStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_rows(store->size())
{
    connect(store, &CallStore::changed, this, &CallListModel::onChanged);
    connect(store, &CallStore::aboutToClear, this, &CallListModel::beginResetModel);
    connect(store, &CallStore::cleared, this, [this] {
        m_rows = 0;
        endResetModel();
    });
}

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

void CallListModel::setDirectory(const Directory *directory)
{
    if (directory == m_directory)
        return;
    disconnect(m_directoryChanged);
    m_directory = directory;
    auto renamed = [this] {
        if (m_rows > 0)
            emit dataChanged(index(0), index(m_rows - 1), {Qt::DisplayRole, Qt::AccessibleTextRole, AgentNameRole, CampaignNameRole});
    };
    if (directory)
        m_directoryChanged = connect(directory, &Directory::changed, this, renamed);
    renamed();
}

const CallLog *CallListModel::callAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    if (!m_leaving.empty()) {
        // Mid-removal: the store already dropped these rows, the model still shows them.
        const auto below = std::lower_bound(m_leaving.begin(), m_leaving.end(), row);
        if (below != m_leaving.end() && *below == row)
            return nullptr;
        row -= int(below - m_leaving.begin());
    }
    return &m_store->at(row);
}

void CallListModel::onChanged(const ChangeSet &changes)
{
    // Calls that left the board window: one removal per run of consecutive rows, last run
    // first so the earlier rows keep their numbers while the later ones go.
    // Until its run is announced, a removed row is still the model's but no longer the store's:
    // callAt() answers for the rows in between (views may read them during a removal).
    const std::vector<int> &removed = changes.removed;
    m_leaving = removed;
    for (size_t end = removed.size(); end > 0;) {
        size_t begin = end - 1;
        while (begin > 0 && removed[begin - 1] == removed[begin] - 1)
            --begin;
        beginRemoveRows({}, removed[begin], removed[end - 1]);
        m_rows -= int(end - begin);
        m_leaving.resize(begin);
        endRemoveRows();
        end = begin;
    }
    if (changes.inserted > 0) {
        beginInsertRows({}, changes.firstInsertedRow, changes.firstInsertedRow + changes.inserted - 1);
        m_rows = m_store->size();
        endInsertRows();
    }
    if (changes.updated.empty())
        return;
    // One dataChanged per run of consecutive rows, not one per row.
    std::vector<int> rows;
    rows.reserve(changes.updated.size());
    for (const ChangeSet::Update &u : changes.updated)
        rows.push_back(u.row);
    std::sort(rows.begin(), rows.end());
    size_t runStart = 0;
    for (size_t i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows[i] == rows[i - 1] + 1)
            continue;
        emit dataChanged(index(rows[runStart]), index(rows[i - 1]));
        runStart = i;
    }
}

namespace {
QString analysisText(const CallLog &c)
{
    QString out;
    for (const AnalysisField &f : c.analysis) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += f.key + QLatin1String(": ") + f.value.text;
    }
    return out;
}
} // namespace

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    const CallLog *c = callAt(index.row());
    if (!c || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return CardContent::spokenText(*c, m_directory, m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch());
    case AgentNameRole:
        return m_directory ? m_directory->agentName(c->agentId) : c->agentId;
    case CampaignNameRole:
        return m_directory ? m_directory->campaignNameOf(c->campaignId, c->batchCallId) : c->campaignKey();
    case IdRole:
        return c->id;
    case CallIdRole:
        return c->callId;
    case AgentRole:
        return c->agentId;
    case CampaignRole:
        return c->campaignId;
    case StatusTextRole:
        return c->statusText;
    case StatusRole:
        return int(c->status);
    case StatusGroupRole:
        return int(c->group());
    case SentimentTextRole:
        return c->sentimentText;
    case SentimentRole:
        return int(c->sentiment);
    case DurationRole:
        return c->durationSeconds;
    case CreatedAtRole:
        return c->createdAt();
    case CreatedAtMsRole:
        return c->createdAtMs;
    case EndReasonTextRole:
        return c->endReasonText;
    case EndReasonRole:
        return int(c->endReason);
    case DirectionRole:
        return c->callDirection;
    case ToNumberRole:
        return c->toNumber;
    case FromNumberRole:
        return c->fromNumber;
    case RecordingUrlRole:
        return c->recordingUrl;
    case AnalysisTextRole:
        return analysisText(*c);
    case CallPointerRole:
        return QVariant::fromValue(c);
    default:
        return {};
    }
}

QHash<int, QByteArray> CallListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"}, {CallIdRole, "callId"}, {AgentRole, "agent"},
                  {CampaignRole, "campaign"}, {StatusTextRole, "statusText"},
                  {StatusRole, "status"}, {StatusGroupRole, "statusGroup"},
                  {SentimentTextRole, "sentimentText"}, {SentimentRole, "sentiment"},
                  {DurationRole, "duration"}, {CreatedAtRole, "createdAt"},
                  {CreatedAtMsRole, "createdAtMs"}, {EndReasonTextRole, "endReasonText"},
                  {EndReasonRole, "endReason"}, {DirectionRole, "direction"},
                  {ToNumberRole, "toNumber"}, {FromNumberRole, "fromNumber"},
                  {RecordingUrlRole, "recordingUrl"}, {AnalysisTextRole, "analysisText"},
                  {AgentNameRole, "agentName"}, {CampaignNameRole, "campaignName"}});
    return names;
}

} // namespace callboard

// CallListModel: the CallStore as a list model, one row per call in store order. A sync tick
// becomes rowsInserted for the new calls and dataChanged over runs of changed rows only;
// the model is reset only when the store is cleared. Each field has a role for display and
// a raw-value role for sorting and filtering. With a Directory, agents and campaigns have
// names (AgentNameRole, CampaignNameRole), and the text a screen reader speaks for a row
// (Qt::DisplayRole, Qt::AccessibleTextRole) reads like the card: status, sentiment, agent,
// campaign, duration, age.
#pragma once

#include "core/model/CallLog.h"

#include <QAbstractListModel>

#include <vector>

namespace callboard {

class CallStore;
class Clock;
class Directory;
struct ChangeSet;

class CallListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallListModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CallIdRole,
        AgentRole,
        CampaignRole,
        StatusTextRole,     // the raw status string, as sent
        StatusRole,         // int(CallStatus)
        StatusGroupRole,    // int(StatusGroup)
        SentimentTextRole,
        SentimentRole,      // int(Sentiment)
        DurationRole,       // seconds, -1 when unknown
        CreatedAtRole,      // QDateTime (UTC)
        CreatedAtMsRole,    // qint64, for sorting
        EndReasonTextRole,
        EndReasonRole,      // int(EndReason)
        DirectionRole,
        ToNumberRole,
        FromNumberRole,
        RecordingUrlRole,
        AnalysisTextRole,   // every analysis key and value as one searchable string
        CallPointerRole,    // const CallLog * (valid until the store changes)
        AgentNameRole,      // the agent's name (the id while the directory has none)
        CampaignNameRole,   // the batch's title, else the campaign id; empty for none
    };
    Q_ENUM(Role)

    explicit CallListModel(CallStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const CallLog *callAt(int row) const;
    // Names for ids; every row changes when the directory does. Not owned; may be null.
    void setDirectory(const Directory *directory);
    const Directory *directory() const { return m_directory; }
    // The clock the spoken durations and ages count with (nullptr: the system's).
    void setClock(const Clock *clock) { m_clock = clock; }
    const Clock *clock() const { return m_clock; }
    CallStore *store() const { return m_store; }

private:
    void onChanged(const ChangeSet &changes);

    CallStore *m_store;
    const Directory *m_directory = nullptr;
    const Clock *m_clock = nullptr;
    QMetaObject::Connection m_directoryChanged;
    int m_rows = 0; // what views have been told, which lags the store inside a change
    std::vector<int> m_leaving; // removed rows not yet announced to views (ascending)
};

} // namespace callboard

Q_DECLARE_METATYPE(const callboard::CallLog *)

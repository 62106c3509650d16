// CallListModel: the CallStore as a list model, one row per call in store order. A sync tick
// becomes rowsInserted for the new calls and dataChanged over runs of changed rows only;
// the model is reset only when the store is cleared. Each field has a role for display and
// a raw-value role for sorting and filtering.
#pragma once

#include "model/CallLog.h"

#include <QAbstractListModel>

namespace callboard {

class CallStore;
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
    };
    Q_ENUM(Role)

    explicit CallListModel(CallStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const CallLog *callAt(int row) const;
    CallStore *store() const { return m_store; }

private:
    void onChanged(const ChangeSet &changes);

    CallStore *m_store;
    int m_rows = 0; // what views have been told, which lags the store inside a change
};

} // namespace callboard

Q_DECLARE_METATYPE(const callboard::CallLog *)

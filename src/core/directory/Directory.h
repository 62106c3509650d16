// Directory: the workspace's agents and batches, turning the ids call logs carry into the
// names a supervisor knows. Every view asks it for a name; it answers the id itself when it
// knows nothing better, so a board without names (not fetched yet, or a key that may not read
// them) still shows something usable. Names are server text: cleaned and capped here, once,
// so no view has to.
#pragma once

#include "core/model/DirectoryRecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace callboard {

class Directory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Directory)
public:
    static constexpr int kMaxNameLength = 80; // longer titles are cut with "…"

    explicit Directory(QObject *parent = nullptr);

    void setAgents(const QList<AgentInfo> &agents);   // replaces all; emits changed() when anything differs
    void setBatches(const QList<BatchInfo> &batches); // replaces all; emits changed() when anything differs

    // The name to show: agent -> current_version.title, else version_title, else the id.
    // Whitespace collapsed, control characters removed, capped at kMaxNameLength. Two agents
    // whose names are equal get " (" + the last 4 characters of their id + ")" appended so
    // they can be told apart (the whole name still fits kMaxNameLength). Unknown id -> the id.
    QString agentName(const QString &agentId) const;
    // A batch id -> its title (same cleaning/dedupe); a campaign id or unknown id -> the id itself.
    QString campaignName(const QString &campaignOrBatchId) const;
    // Name for a call: the batch's title when batchCallId is known, else campaignName(campaignId)
    // (or the batch id when there is no campaign id); empty if both ids are empty.
    QString campaignNameOf(const QString &campaignId, const QString &batchCallId) const;

    bool knowsAgent(const QString &id) const;
    bool knowsBatch(const QString &id) const;
    const BatchInfo *batch(const QString &id) const; // nullptr when unknown
    QList<AgentInfo> agents() const { return m_agents; }
    QList<BatchInfo> batches() const { return m_batches; }

    // Why names are missing: Unknown (not fetched yet), Available, Denied (401/403/404 on
    // these endpoints: the key may read call logs but not the directory).
    enum class Availability { Unknown, Available, Denied };
    Q_ENUM(Availability)
    Availability availability() const { return m_availability; }
    void setAvailability(Availability a); // emits availabilityChanged when it differs

    // Server text made fit to show: whitespace runs become one space, control and
    // bidirectional-override characters go, and the result is capped at maxLength with "…".
    static QString cleanName(const QString &raw, int maxLength = kMaxNameLength);

signals:
    void changed();
    void availabilityChanged();

private:
    QList<AgentInfo> m_agents;
    QList<BatchInfo> m_batches;
    QHash<QString, QString> m_agentNames; // id -> name to show
    QHash<QString, QString> m_batchNames; // id -> name to show
    QHash<QString, qsizetype> m_batchIndex; // id -> index in m_batches
    Availability m_availability = Availability::Unknown;
};

} // namespace callboard

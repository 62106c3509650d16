// CallHeaderView: who, when and how a call went: status and sentiment (glyph, word and
// colour), when it started (local time) and how long it lasted, then every other field of
// the call log. Values come from the server and are plain text.
#pragma once

#include "core/model/CallLog.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace callboard {

class Directory;
class ElidedLabel;
class Theme;

class CallHeaderView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallHeaderView)
public:
    explicit CallHeaderView(QWidget *parent = nullptr);

    void setCall(const CallLog &call, const Theme &theme);
    // A call known only by its id (not in the store): being looked up, or not found.
    void setCallId(const QString &id, bool lookupFailed);
    // Agents and campaigns by name, with their ids beneath (not owned; null: ids only).
    void setDirectory(const Directory *directory) { m_names = directory; }

private:
    ElidedLabel *addRow(const QString &name, Qt::TextElideMode mode = Qt::ElideRight);
    static void setRow(ElidedLabel *row, const QString &rowName, const QString &text);

    const Directory *m_names = nullptr;
    QLabel *m_status;
    QLabel *m_sentiment;
    QLabel *m_when;
    QWidget *m_fields;
    QFormLayout *m_form;
    ElidedLabel *m_agent;
    ElidedLabel *m_campaign;
    ElidedLabel *m_direction;
    ElidedLabel *m_type;
    ElidedLabel *m_from;
    ElidedLabel *m_to;
    QLabel *m_endReason;
    ElidedLabel *m_callId;
    ElidedLabel *m_logId;
    ElidedLabel *m_batch;
    ElidedLabel *m_transcriber;
};

} // namespace callboard

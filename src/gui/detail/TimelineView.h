// TimelineView: what happened to the call and when (local time), one event per row.
#pragma once

#include "core/model/CallLog.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace callboard {

class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)
public:
    explicit TimelineView(QWidget *parent = nullptr);

    // startedMs: the call's creation time; events on another local day show their date.
    void setTimeline(const std::vector<TimelineEvent> &events, qint64 startedMs);
    int eventCount() const { return m_events; }

private:
    QGridLayout *m_grid;
    QLabel *m_empty;
    int m_events = 0;
};

} // namespace callboard

// TimelineView: what happened to the call and when (local time), one event per row. When the
// call has a recording, each event that falls within it has a button that moves the recording
// to that moment, and the time of the event the recording has last passed is highlighted.
#pragma once

#include "core/model/CallLog.h"

#include <QWidget>

#include <utility>
#include <vector>

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
    // seekable: the call has a recording, which starts at startedMs.
    void setTimeline(const std::vector<TimelineEvent> &events, qint64 startedMs,
                     bool seekable);
    int eventCount() const { return m_events; }
    // The recording is ms into the call: highlights the last event at or before it.
    void setPlayhead(qint64 ms);
    int currentEvent() const { return m_current; } // -1: none highlighted

signals:
    // An event's button was pressed: ms from the call's start.
    void seekRequested(qint64 ms);

private:
    QGridLayout *m_grid;
    QLabel *m_empty;
    int m_events = 0;
    std::vector<std::pair<qint64, QLabel *>> m_marks; // offset from the start, time label
    int m_current = -1;
};

} // namespace callboard

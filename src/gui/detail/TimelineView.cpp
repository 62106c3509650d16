#include "TimelineView.h"

#include "DetailFormat.h"
#include "DetailWidgets.h"
#include "gui/widgets/PlainToolTip.h"

#include <QGridLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QVBoxLayout>

namespace callboard {

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout),
      m_empty(DetailWidgets::plainLabel(tr("No events yet."), this, "muted"))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
    layout->addWidget(m_empty);
}

void TimelineView::setTimeline(const std::vector<TimelineEvent> &events, qint64 startedMs)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_events = 0;
    m_empty->setVisible(events.empty());
    const QDate startDay = QDateTime::fromMSecsSinceEpoch(startedMs).date();
    for (const TimelineEvent &e : events) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(e.timestampMs).date();
        const QString when = day == startDay ? DetailFormat::timeSeconds(e.timestampMs)
                                             : DetailFormat::dateTimeSeconds(e.timestampMs);
        auto *time = DetailWidgets::plainLabel(when, this, "muted");
        time->setWordWrap(false);
        time->setObjectName(QStringLiteral("timelineTime"));
        auto *what = DetailWidgets::plainLabel(DetailFormat::timelineEvent(e.event), this);
        what->setObjectName(QStringLiteral("timelineEvent"));
        what->setToolTip(plainToolTip(e.event));
        m_grid->addWidget(time, m_events, 0, Qt::AlignTop);
        m_grid->addWidget(what, m_events, 1, Qt::AlignTop);
        ++m_events;
    }
}

} // namespace callboard

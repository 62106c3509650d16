#include "TimelineView.h"

#include "DetailFormat.h"
#include "DetailWidgets.h"
#include "RecordingPlayer.h"
#include "gui/widgets/FocusRing.h"
#include "gui/widgets/PlainToolTip.h"

#include <QGridLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QStyle>
#include <QToolButton>
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

void TimelineView::setTimeline(const std::vector<TimelineEvent> &events, qint64 startedMs,
                               bool seekable)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_events = 0;
    m_marks.clear();
    m_current = -1;
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
        const qint64 offsetMs = e.timestampMs - startedMs;
        if (seekable && offsetMs >= 0) {
            auto *seek = new QToolButton(this);
            seek->setObjectName(QStringLiteral("timelineSeek"));
            seek->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
            seek->setAutoRaise(true);
            FocusRing::install(seek); // a flat button shows no focus of its own
            const QString at = RecordingPlayer::clockText(offsetMs);
            seek->setAccessibleName(tr("Go to %1 in the recording").arg(at));
            seek->setToolTip(seek->accessibleName());
            connect(seek, &QToolButton::clicked, this,
                    [this, offsetMs] { emit seekRequested(offsetMs); });
            m_grid->addWidget(seek, m_events, 2, Qt::AlignTop);
            m_marks.emplace_back(offsetMs, time);
        }
        ++m_events;
    }
}

void TimelineView::setPlayhead(qint64 ms)
{
    int current = -1;
    for (int i = 0; i < int(m_marks.size()) && m_marks[size_t(i)].first <= ms; ++i)
        current = i;
    if (current == m_current)
        return;
    auto mark = [this](int index, const char *role) {
        if (index < 0)
            return;
        QLabel *label = m_marks[size_t(index)].second;
        label->setProperty(DetailWidgets::RoleProperty, QString::fromLatin1(role));
        label->style()->unpolish(label);
        label->style()->polish(label);
    };
    mark(m_current, "muted");
    mark(current, "now");
    m_current = current;
}

} // namespace callboard

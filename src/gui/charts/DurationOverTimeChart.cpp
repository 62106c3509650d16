#include "DurationOverTimeChart.h"

#include "ChartStyle.h"
#include "RefreshThrottle.h"
#include "stats/CallStats.h"
#include "theme/Theme.h"
#include "time/Clock.h"

#include <QBarSeries>
#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>

#include <algorithm>

namespace callboard {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr int kMaxTimeLabels = 6;

qint64 floorTo(qint64 ms, qint64 step) { return (ms >= 0 ? ms / step : (ms - step + 1) / step) * step; }
} // namespace

DurationOverTimeChart::DurationOverTimeChart(CallStats *stats, const Theme *theme, Clock *clock, QWidget *parent)
    : QFrame(parent), m_stats(stats), m_clock(clock), m_theme(theme), m_buttons(new QButtonGroup(this)),
      m_chart(ChartStyle::createChart()), m_view(ChartStyle::createView(m_chart, this)),
      m_bars(new QBarSeries), m_calls(new QBarSet(tr("Calls"))), m_mean(new QLineSeries),
      m_timeAxis(new QCategoryAxis), m_countAxis(new QValueAxis), m_minutesAxis(new QValueAxis),
      m_throttle(new RefreshThrottle([this] { refresh(); }, this))
{
    setAccessibleName(tr("Calls and mean duration over time"));
    auto *header = new QHBoxLayout;
    header->addWidget(ChartStyle::createTitle(tr("Calls and mean duration over time"), this), 1);
    for (int minutes : {5, 15, 60}) {
        auto *b = new QToolButton(this);
        b->setText(tr("%1 min").arg(minutes));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setObjectName(QStringLiteral("bucket%1").arg(minutes));
        b->setAccessibleName(tr("Buckets of %1 minutes").arg(minutes));
        b->setToolTip(tr("One bar per %1 minutes").arg(minutes));
        m_buttons->addButton(b, minutes);
        header->addWidget(b);
    }
    m_buttons->setExclusive(true);
    m_buttons->button(m_bucketMinutes)->setChecked(true);
    connect(m_buttons, &QButtonGroup::idClicked, this, &DurationOverTimeChart::setBucketMinutes);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 6);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    m_view->setAccessibleName(tr("Calls per time bucket; click a bar to show those calls"));

    m_mean->setName(tr("Mean duration"));
    m_mean->setPointsVisible(true);
    m_bars->append(m_calls);
    m_bars->setBarWidth(0.8);
    m_chart->addSeries(m_bars);
    m_chart->addSeries(m_mean);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_chart->addAxis(m_minutesAxis, Qt::AlignRight);
    m_bars->attachAxis(m_timeAxis);
    m_bars->attachAxis(m_countAxis);
    m_mean->attachAxis(m_timeAxis);
    m_mean->attachAxis(m_minutesAxis);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setGridLineVisible(false);
    m_minutesAxis->setGridLineVisible(false);
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    connect(m_calls, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < bucketCount())
            emit filterRequested(constraintFor(index));
    });
    connect(m_stats, &CallStats::changed, m_throttle, &RefreshThrottle::request);
    // The window slides with time even when no call changes.
    auto *slide = new QTimer(this);
    slide->start(30 * 1000);
    connect(slide, &QTimer::timeout, this, &DurationOverTimeChart::refresh);
    setTheme(theme); // and the first refresh
}

QAbstractButton *DurationOverTimeChart::bucketButton(int minutes) const { return m_buttons->button(minutes); }

void DurationOverTimeChart::setBucketMinutes(int minutes)
{
    if (minutes != 5 && minutes != 15 && minutes != 60)
        return;
    m_bucketMinutes = minutes;
    if (QAbstractButton *b = m_buttons->button(minutes))
        b->setChecked(true);
    refresh();
}

CallFilter DurationOverTimeChart::constraintFor(int index) const
{
    CallFilter f;
    f.createdFromMs = bucketStartMs(index);
    f.createdToMs = f.createdFromMs + m_bucketMinutes * kMinuteMs;
    return f;
}

void DurationOverTimeChart::setTheme(const Theme *theme)
{
    m_theme = theme;
    ChartStyle::apply(m_chart, *theme);
    ChartStyle::applyToFrame(this, *theme);
    m_calls->setColor(theme->accent());
    m_calls->setBorderColor(theme->accent());
    QPen pen(theme->statusColor(StatusGroup::Connected));
    pen.setWidthF(2.5);
    m_mean->setPen(pen);
    m_mean->setColor(pen.color());
    refresh();
}

void DurationOverTimeChart::refresh()
{
    const qint64 width = m_bucketMinutes * kMinuteMs;
    const qint64 last = floorTo(m_clock->nowMs(), width);
    const qint64 earliest = last - (kMaxBuckets - 1) * width;
    const std::vector<CallStats::Bucket> buckets = m_stats->timeBuckets(width, earliest);
    // From the first bucket holding a call (a quiet start shows no empty hours), at least a few.
    qint64 first = buckets.empty() ? last : std::min(buckets.front().startMs, last);
    first = std::max(earliest, std::min(first, last - (kMinBuckets - 1) * width));

    std::vector<qint64> starts;
    for (qint64 t = first; t <= last; t += width)
        starts.push_back(t);
    const bool moved = starts != m_starts;
    m_starts = std::move(starts);

    QList<qreal> counts(qsizetype(m_starts.size()), 0.0);
    QList<QPointF> means;
    double maxCount = 0, maxMinutes = 0;
    for (const CallStats::Bucket &b : buckets) {
        if (b.startMs < first || b.startMs > last)
            continue;
        const int i = int((b.startMs - first) / width);
        counts[i] = b.calls;
        maxCount = std::max(maxCount, double(b.calls));
        if (b.connected > 0) {
            const double minutes = double(b.durationSum) / b.connected / 60.0;
            means.append(QPointF(i, minutes));
            maxMinutes = std::max(maxMinutes, minutes);
        }
    }
    if (m_calls->count() != counts.size()) {
        m_calls->remove(0, m_calls->count());
        m_calls->append(counts);
    } else {
        for (int i = 0; i < counts.size(); ++i) {
            if (m_calls->at(i) != counts.at(i))
                m_calls->replace(i, counts.at(i));
        }
    }
    m_mean->replace(means);
    ChartStyle::setCountRange(m_countAxis, std::max(1.0, maxCount));
    ChartStyle::setCountRange(m_minutesAxis, std::max(1.0, maxMinutes), tr("%d min"));
    if (moved)
        relabel();
}

void DurationOverTimeChart::relabel()
{
    const QStringList old = m_timeAxis->categoriesLabels();
    for (const QString &label : old)
        m_timeAxis->remove(label);
    const int n = bucketCount();
    const qint64 width = m_bucketMinutes * kMinuteMs;
    // Label round times only: every step-th bucket counted from the epoch.
    const int step = std::max(1, (n + kMaxTimeLabels - 1) / kMaxTimeLabels);
    m_timeAxis->setStartValue(-0.5);
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    for (int i = 0; i < n; ++i) {
        if ((m_starts[size_t(i)] / width) % step != 0)
            continue;
        const QTime t = QDateTime::fromMSecsSinceEpoch(m_starts[size_t(i)]).time();
        const QString label = locale.toString(t, format);
        if (!m_timeAxis->categoriesLabels().contains(label))
            m_timeAxis->append(label, i);
    }
    m_timeAxis->setRange(-0.5, n - 0.5);
}

} // namespace callboard

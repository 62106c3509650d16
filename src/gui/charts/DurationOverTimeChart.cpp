#include "DurationOverTimeChart.h"

#include "ChartStyle.h"
#include "core/stats/CallStats.h"
#include "core/time/Clock.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"

#include <QDateTime>
#include <QBarSeries>
#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>

#include <algorithm>

namespace callboard {

namespace {
// Two no-break spaces (about two thirds of an em) between a legend swatch and its text: the
// legend's text is rich text, which would fold away ordinary (and en) spaces.
const QString kLegendGap(2, QChar::Nbsp);
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr int kMaxTimeLabels = 6;
constexpr int kLabelGap = 12; // px between time labels
// Times a label can step by, in minutes: each a round number on a clock.
constexpr int kLabelSteps[] = {5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440};

qint64 floorTo(qint64 ms, qint64 step) { return (ms >= 0 ? ms / step : (ms - step + 1) / step) * step; }
} // namespace

DurationOverTimeChart::DurationOverTimeChart(CallStats *stats, const Theme *theme, Clock *clock, QWidget *parent)
    : ChartWidget(stats, theme, tr("Calls and mean duration over time"), parent), m_clock(clock),
      m_buttons(new QButtonGroup(this)),
      m_chart(ChartStyle::createChart()), m_view(ChartStyle::createView(m_chart, this)),
      m_bars(new QBarSeries), m_calls(new QBarSet(tr("Calls"))), m_mean(new QLineSeries),
      m_timeAxis(new QCategoryAxis), m_countAxis(new QValueAxis), m_minutesAxis(new QValueAxis)
{
    m_title = createTitle(tr("Calls over time"), tr("Calls"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->setSpacing(2);
    m_buttonRow = buttonRow;
    for (int minutes : {5, 15, 60}) {
        auto *b = new QToolButton(this);
        b->setText(tr("%1 min").arg(minutes));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setObjectName(QStringLiteral("bucket%1").arg(minutes));
        b->setAccessibleName(tr("Buckets of %1 minutes").arg(minutes));
        b->setToolTip(tr("One bar per %1 minutes").arg(minutes));
        m_buttons->addButton(b, minutes);
        buttonRow->addWidget(b);
    }
    m_header = new QBoxLayout(QBoxLayout::LeftToRight);
    m_header->setSpacing(6);
    m_header->addWidget(m_title, 1);
    m_header->addLayout(buttonRow);
    m_buttons->setExclusive(true);
    m_buttons->button(m_bucketMinutes)->setChecked(true);
    connect(m_buttons, &QButtonGroup::idClicked, this, &DurationOverTimeChart::setBucketMinutes);

    auto *layout = new QVBoxLayout(this);
    // Less above: the bucket buttons beside the title are taller than it.
    layout->setContentsMargins(kMargins.left(), 4, kMargins.right(), kMargins.bottom());
    layout->setSpacing(0);
    layout->addLayout(m_header);
    layout->addWidget(m_view, 1);
    m_view->setAccessibleName(tr("Calls per time bucket; click a bar to show those calls"));
    // Tab reads the header's buttons before the chart beneath them (the view was made first).
    QWidget *previous = nullptr;
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (previous)
            setTabOrder(previous, b);
        previous = b;
    }
    setTabOrder(previous, m_view);

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
    m_timeAxis->setTruncateLabels(false); // labelStep() leaves each label room
    m_minutesAxis->setGridLineVisible(false);
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    connect(m_calls, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < bucketCount())
            emit filterRequested(constraintFor(index));
    });
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        rescale(); // as many count ticks as the height has room for
        if (labelStep() != m_labelStep)
            relabel();
    });
    // The window slides with time even when no call changes.
    auto *slide = new QTimer(this);
    slide->start(30 * 1000);
    connect(slide, &QTimer::timeout, this, &DurationOverTimeChart::refresh);
    // A wall's larger legend text needs a larger gap after each swatch.
    connect(m_chart->legend(), &QLegend::fontChanged, this, &DurationOverTimeChart::fitToWidth);
    fitToWidth();
    setTheme(theme); // and the first refresh
}

QAbstractButton *DurationOverTimeChart::bucketButton(int minutes) const { return m_buttons->button(minutes); }

void DurationOverTimeChart::setLineWidth(qreal px)
{
    m_lineWidth = px;
    QPen pen = m_mean->pen();
    pen.setWidthF(px);
    m_mean->setPen(pen);
}

void DurationOverTimeChart::setBucketChoiceShown(bool shown)
{
    for (QAbstractButton *b : m_buttons->buttons())
        b->setVisible(shown);
    fitToWidth();
}

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

void DurationOverTimeChart::applyTheme(const Theme &theme)
{
    ChartStyle::apply(m_chart, theme);
    m_calls->setColor(theme.accent());
    m_calls->setBorderColor(theme.accent());
    // The bucket still filling is drawn lighter: half done is not a collapse in calls (on a
    // wall it would read as an outage).
    const QColor card = theme.card(), accent = theme.accent();
    m_calls->setSelectedColor(QColor((accent.red() + 2 * card.red()) / 3, (accent.green() + 2 * card.green()) / 3,
                                     (accent.blue() + 2 * card.blue()) / 3));
    QPen pen(theme.statusColor(StatusGroup::Connected));
    pen.setWidthF(m_lineWidth);
    m_mean->setPen(pen);
    m_mean->setColor(pen.color());
    m_minutesAxis->setLabelsColor(pen.color()); // the line's axis, in the line's colour
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
    if (m_calls->selectedBars() != QList<int>{int(counts.size()) - 1}) {
        m_calls->deselectAllBars();
        m_calls->selectBar(int(counts.size()) - 1); // the bucket now is the last one
    }
    m_mean->replace(means);
    // For a screen reader: each bucket's start, its calls and their mean duration.
    QStringList summary;
    const QLocale locale;
    for (int i = 0; i < counts.size(); ++i) {
        const QString at = locale.toString(QDateTime::fromMSecsSinceEpoch(m_starts[size_t(i)]).time(), QLocale::ShortFormat);
        summary << (i + 1 < counts.size() ? tr("%1: %n call(s)", nullptr, int(counts.at(i))).arg(at)
                                          : tr("%1 (so far): %n call(s)", nullptr, int(counts.at(i))).arg(at));
    }
    for (const QPointF &p : std::as_const(means))
        summary[int(p.x())] += tr(", mean %1").arg(Labels::duration(qRound(p.y() * 60)));
    m_view->setAccessibleDescription(summary.join(QStringLiteral("; ")));
    m_maxCount = maxCount;
    m_maxMinutes = maxMinutes;
    rescale();
    if (moved)
        relabel();
}

void DurationOverTimeChart::rescale()
{
    const qreal height = m_chart->plotArea().height();
    ChartStyle::setCountRange(m_countAxis, std::max(1.0, m_maxCount), QStringLiteral("%d"), height);
    ChartStyle::setCountRange(m_minutesAxis, std::max(1.0, m_maxMinutes), QStringLiteral("%d"), height);
}

void DurationOverTimeChart::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitToWidth();
}

void DurationOverTimeChart::fitToWidth()
{
    const QMargins m = layout()->contentsMargins();
    const int available = width() - m.left() - m.right();

    // The unit is in the legend so the right axis needs only numbers: "10 min" labels would
    // take the width of the bars on a narrow chart. The legend itself shortens when it must.
    const QFontMetrics legendFont(m_chart->legend()->font());
    const QString name = tr("Mean duration (min)");
    const int legendWidth = legendFont.horizontalAdvance(kLegendGap + m_calls->label() + kLegendGap + name)
                            + 4 * legendFont.height() + 24;
    m_mean->setName(legendWidth <= available ? name : tr("Mean (min)"));
    // Qt Charts puts 4 px between a legend swatch and its text whatever the font: on a 4K
    // wall the swatch touches the word. No-break spaces before it scale with it.
    // The same gap after a word keeps it off the next swatch.
    const QList<QLegendMarker *> markers = m_chart->legend()->markers();
    for (qsizetype i = 0; i < markers.size(); ++i) {
        QLegendMarker *marker = markers.at(i);
        const QString label = kLegendGap + (marker->series() == m_mean ? m_mean->name() : m_calls->label())
                              + (i + 1 < markers.size() ? kLegendGap : QString());
        if (marker->label() != label)
            marker->setLabel(label);
    }

    // The buttons go under the title rather than squeeze it into "Calls o…".
    const int needed = m_title->sizeHint().width() + m_header->spacing() + m_buttonRow->sizeHint().width();
    const auto direction = needed > available ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_header->direction() != direction) {
        m_header->setDirection(direction);
        m_header->setAlignment(m_buttonRow, direction == QBoxLayout::TopToBottom ? Qt::AlignLeft : Qt::Alignment());
    }
}

QString DurationOverTimeChart::timeLabel(qint64 ms) const
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).time(), format);
}

int DurationOverTimeChart::labelStep() const
{
    // The smallest round step that leaves each label its width and a gap, and at most
    // kMaxTimeLabels of them.
    const QFontMetrics fm(m_timeAxis->labelsFont());
    const int labelWidth = fm.horizontalAdvance(timeLabel(QDateTime(QDate(2000, 1, 1), QTime(23, 59)).toMSecsSinceEpoch()));
    const int n = std::max(1, bucketCount());
    const double slot = m_chart->plotArea().width() / n;
    for (int minutes : kLabelSteps) {
        if (minutes % m_bucketMinutes != 0)
            continue;
        const int step = minutes / m_bucketMinutes;
        if (step * slot >= labelWidth + kLabelGap && (n + step - 1) / step <= kMaxTimeLabels)
            return step;
    }
    return n;
}

void DurationOverTimeChart::relabel()
{
    const QStringList old = m_timeAxis->categoriesLabels();
    for (const QString &label : old)
        m_timeAxis->remove(label);
    const int n = bucketCount();
    const qint64 width = m_bucketMinutes * kMinuteMs;
    // Label round times only: every step-th bucket counted from the epoch.
    m_labelStep = labelStep();
    m_timeAxis->setStartValue(-0.5);
    for (int i = 0; i < n; ++i) {
        if ((m_starts[size_t(i)] / width) % m_labelStep != 0)
            continue;
        const QString label = timeLabel(m_starts[size_t(i)]);
        if (!m_timeAxis->categoriesLabels().contains(label))
            m_timeAxis->append(label, i);
    }
    m_timeAxis->setRange(-0.5, n - 0.5);
}

} // namespace callboard

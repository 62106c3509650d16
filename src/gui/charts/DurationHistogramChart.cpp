#include "DurationHistogramChart.h"

#include "CategoryBarChart.h"
#include "core/stats/CallStats.h"
#include "gui/theme/Theme.h"

namespace callboard {

namespace {
QString binLabel(size_t index)
{
    // The name of a bin, in its tooltip (the axis names the edges).
    switch (index) {
    case 0: return DurationHistogramChart::tr("Under 30 s");
    case 1: return DurationHistogramChart::tr("30–60 s");
    case 2: return DurationHistogramChart::tr("1–2 min");
    case 3: return DurationHistogramChart::tr("2–3 min");
    case 4: return DurationHistogramChart::tr("3–5 min");
    case 5: return DurationHistogramChart::tr("5–10 min");
    default: return DurationHistogramChart::tr("Over 10 min");
    }
}
// The bins' edges, on the axis between the bars: shorter than naming each bin ("30–60s"),
// so they fit in one line on a chart a third of the window wide.
QStringList edgeLabels()
{
    QStringList out;
    for (int seconds : DurationHistogramChart::upperBounds()) {
        const int minutes = seconds / 60;
        out << (seconds % 60 != 0 ? DurationHistogramChart::tr("%1s").arg(seconds)
                                  : DurationHistogramChart::tr("%1m").arg(minutes));
    }
    return out;
}
} // namespace

const std::vector<int> &DurationHistogramChart::upperBounds()
{
    static const std::vector<int> bounds = {30, 60, 120, 180, 300, 600};
    return bounds;
}

CallFilter DurationHistogramChart::constraintFor(int index)
{
    const std::vector<int> &bounds = upperBounds();
    CallFilter f;
    // The bins count connected calls only, so the cards show exactly the calls of the bar.
    f.groups = CallFilter::bit(StatusGroup::Connected);
    f.minDurationSec = index <= 0 ? 0 : bounds[size_t(index) - 1] + 1;
    f.maxDurationSec = size_t(index) < bounds.size() ? bounds[size_t(index)] : -1;
    return f;
}

DurationHistogramChart::DurationHistogramChart(CallStats *stats, const Theme *theme, QWidget *parent)
    : ChartWidget(stats, theme, tr("Call duration histogram"), parent),
      m_bars(new CategoryBarChart(CategoryBarChart::Orientation::Vertical, this))
{
    setTitledContent(tr("Duration of connected calls"), tr("Call durations"), m_bars);
    m_bars->setValueLabelsVisible(true);
    m_bars->setEdgeLabels(edgeLabels());
    m_bars->setAccessibleName(tr("Connected calls by duration; click a bar to show those calls"));
    connect(m_bars, &CategoryBarChart::barClicked, this,
            [this](int index) { emit filterRequested(constraintFor(index)); });
    setTheme(theme); // and the first refresh
}

void DurationHistogramChart::applyTheme(const Theme &theme)
{
    m_bars->setTheme(theme);
}

void DurationHistogramChart::refresh()
{
    const std::vector<int> counts = m_stats->durationHistogram(upperBounds());
    std::vector<CategoryBarChart::Bar> bars;
    bars.reserve(counts.size());
    for (size_t i = 0; i < counts.size(); ++i)
        bars.push_back({binLabel(i), double(counts[i]), m_theme->statusColor(StatusGroup::Connected)});
    m_bars->setBars(bars);
}

} // namespace callboard

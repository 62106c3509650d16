#include "StatusSentimentChart.h"

#include "CategoryBarChart.h"
#include "core/stats/CallStats.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"
#include "gui/widgets/ElidedLabel.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace callboard {

namespace {
QVBoxLayout *column(QWidget *title, QWidget *chart)
{
    auto *v = new QVBoxLayout;
    v->setSpacing(2);
    v->addWidget(title);
    v->addWidget(chart, 1);
    return v;
}
} // namespace

StatusSentimentChart::StatusSentimentChart(CallStats *stats, const Theme *theme, QWidget *parent)
    : ChartWidget(stats, theme, tr("Calls by status and sentiment"), parent),
      m_statusBars(new CategoryBarChart(CategoryBarChart::Orientation::Horizontal, this)),
      m_sentimentBars(new CategoryBarChart(CategoryBarChart::Orientation::Horizontal, this))
{
    m_statusBars->setValueLabelsVisible(true);
    m_sentimentBars->setValueLabelsVisible(true);
    m_statusBars->setAccessibleName(tr("Calls by status; click a bar to show those calls"));
    m_sentimentBars->setAccessibleName(tr("Calls by sentiment; click a bar to show those calls"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(kMargins);
    layout->setSpacing(8); // a name's length apart: more would cut German names at 1280 px
    layout->addLayout(column(createTitle(tr("Calls by status"), tr("Status")), m_statusBars), 1);
    layout->addLayout(column(createTitle(tr("By sentiment"), tr("Sentiment")), m_sentimentBars), 1);
    connect(m_statusBars, &CategoryBarChart::barClicked, this, &StatusSentimentChart::onStatusClicked);
    connect(m_sentimentBars, &CategoryBarChart::barClicked, this, &StatusSentimentChart::onSentimentClicked);
    setTheme(theme); // and the first refresh
}

void StatusSentimentChart::applyTheme(const Theme &theme)
{
    m_statusBars->setTheme(theme);
    m_sentimentBars->setTheme(theme);
}

void StatusSentimentChart::refresh()
{
    // The four groups a supervisor thinks in always show; "other" (a status DialNexa invented
    // after this build) and the unrated sentiments only when some call has them.
    m_groups = {StatusGroup::Live, StatusGroup::Connected, StatusGroup::NotReached, StatusGroup::Failed};
    if (m_stats->countIn(StatusGroup::Other) > 0)
        m_groups.push_back(StatusGroup::Other);
    std::vector<CategoryBarChart::Bar> bars;
    for (StatusGroup g : m_groups)
        bars.push_back({Labels::statusGlyph(g) + QLatin1Char(' ') + Labels::statusGroup(g), double(m_stats->countIn(g)), m_theme->statusColor(g)});
    m_statusBars->setBars(bars);

    m_sentiments = {Sentiment::Positive, Sentiment::Neutral, Sentiment::Negative};
    for (Sentiment s : {Sentiment::Unknown, Sentiment::Other}) {
        if (m_stats->countIn(s) > 0)
            m_sentiments.push_back(s);
    }
    bars.clear();
    for (Sentiment s : m_sentiments)
        bars.push_back({Labels::sentimentGlyph(s) + QLatin1Char(' ') + Labels::sentimentName(s), double(m_stats->countIn(s)), m_theme->sentimentColor(s)});
    m_sentimentBars->setBars(bars);
    shareWidth();
}

void StatusSentimentChart::shareWidth()
{
    // Each column gets a share of the width as long as its longest name and the chart's own
    // edges: German's "✕ Fehlgeschlagen" needs more than "? Unbekannt" beside it.
    auto *row = static_cast<QHBoxLayout *>(layout());
    const int status = m_statusBars->widestLabelWidth() + CategoryBarChart::kEdges;
    const int sentiment = m_sentimentBars->widestLabelWidth() + CategoryBarChart::kEdges;
    if (row->stretch(0) != status || row->stretch(1) != sentiment) {
        row->setStretch(0, status);
        row->setStretch(1, sentiment);
    }
}

void StatusSentimentChart::onStatusClicked(int index)
{
    if (index < 0 || size_t(index) >= m_groups.size())
        return;
    CallFilter f;
    f.groups = CallFilter::bit(m_groups[size_t(index)]);
    emit filterRequested(f);
}

void StatusSentimentChart::onSentimentClicked(int index)
{
    if (index < 0 || size_t(index) >= m_sentiments.size())
        return;
    CallFilter f;
    f.sentiments = CallFilter::bit(m_sentiments[size_t(index)]);
    emit filterRequested(f);
}

} // namespace callboard

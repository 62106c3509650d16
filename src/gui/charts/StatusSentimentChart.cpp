#include "StatusSentimentChart.h"

#include "CategoryBarChart.h"
#include "ChartStyle.h"
#include "gui/widgets/RefreshThrottle.h"
#include "core/stats/CallStats.h"
#include "gui/theme/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace callboard {

namespace {
QString sentimentLabel(Sentiment s)
{
    CallLog c;
    c.sentiment = s;
    return s == Sentiment::Other ? StatusSentimentChart::tr("Other") : Labels::sentiment(c);
}

QVBoxLayout *column(QLabel *title, QWidget *chart)
{
    auto *v = new QVBoxLayout;
    v->setSpacing(2);
    v->addWidget(title);
    v->addWidget(chart, 1);
    return v;
}
} // namespace

StatusSentimentChart::StatusSentimentChart(CallStats *stats, const Theme *theme, QWidget *parent)
    : QFrame(parent), m_stats(stats), m_theme(theme),
      m_statusBars(new CategoryBarChart(CategoryBarChart::Orientation::Horizontal, this)),
      m_sentimentBars(new CategoryBarChart(CategoryBarChart::Orientation::Horizontal, this)),
      m_throttle(new RefreshThrottle([this] { refresh(); }, this))
{
    setAccessibleName(tr("Calls by status and sentiment"));
    m_statusBars->setValueLabelsVisible(true);
    m_sentimentBars->setValueLabelsVisible(true);
    m_statusBars->setAccessibleName(tr("Calls by status; click a bar to show those calls"));
    m_sentimentBars->setAccessibleName(tr("Calls by sentiment; click a bar to show those calls"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(12);
    ElidedLabel *statusTitle = ChartStyle::createTitle(tr("Calls by status"), this);
    statusTitle->setShortText(tr("Status"));
    ElidedLabel *sentimentTitle = ChartStyle::createTitle(tr("By sentiment"), this);
    sentimentTitle->setShortText(tr("Sentiment"));
    layout->addLayout(column(statusTitle, m_statusBars), 5);
    layout->addLayout(column(sentimentTitle, m_sentimentBars), 4);
    connect(m_statusBars, &CategoryBarChart::barClicked, this, &StatusSentimentChart::onStatusClicked);
    connect(m_sentimentBars, &CategoryBarChart::barClicked, this, &StatusSentimentChart::onSentimentClicked);
    connect(m_stats, &CallStats::changed, m_throttle, &RefreshThrottle::request);
    setTheme(theme); // and the first refresh
}

void StatusSentimentChart::setTheme(const Theme *theme)
{
    m_theme = theme;
    ChartStyle::applyToFrame(this, *theme);
    m_statusBars->setTheme(*theme);
    m_sentimentBars->setTheme(*theme);
    refresh();
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
        bars.push_back({Labels::sentimentGlyph(s) + QLatin1Char(' ') + sentimentLabel(s), double(m_stats->countIn(s)), m_theme->sentimentColor(s)});
    m_sentimentBars->setBars(bars);
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

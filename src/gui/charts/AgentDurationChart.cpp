#include "AgentDurationChart.h"

#include "CategoryBarChart.h"
#include "core/directory/Directory.h"
#include "core/stats/CallStats.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"

#include <algorithm>

namespace callboard {

namespace {
// Agent ids are long hex strings; their start and end tell them apart.
QString shortId(const QString &id)
{
    return id.size() <= 16 ? id : id.left(8) + QStringLiteral("…") + id.right(4);
}
} // namespace

AgentDurationChart::AgentDurationChart(CallStats *stats, const Theme *theme, QWidget *parent)
    : ChartWidget(stats, theme, tr("Mean call duration per agent"), parent),
      m_bars(new CategoryBarChart(CategoryBarChart::Orientation::Horizontal, this))
{
    setTitledContent(tr("Mean duration per agent"), tr("Per agent"), m_bars);
    m_bars->setValueFormat(tr("%d min"));
    m_bars->setAccessibleName(tr("Mean duration per agent; click a bar to show that agent's calls"));
    connect(m_bars, &CategoryBarChart::barClicked, this, [this](int index) {
        if (index < 0 || index >= m_agents.size())
            return;
        CallFilter f;
        f.agentIds = QStringList{m_agents.at(index)};
        emit filterRequested(f);
    });
    setTheme(theme); // and the first refresh
}

void AgentDurationChart::setDirectory(const Directory *directory)
{
    disconnect(m_directoryChanged);
    m_names = directory;
    if (directory)
        m_directoryChanged = connect(directory, &Directory::changed, this, &AgentDurationChart::requestRefresh);
    refresh();
}

void AgentDurationChart::applyTheme(const Theme &theme)
{
    m_bars->setTheme(theme);
}

void AgentDurationChart::refresh()
{
    struct Row
    {
        QString agent;
        int connected;
        double mean;
    };
    std::vector<Row> rows;
    const auto &agents = m_stats->agents();
    for (auto it = agents.cbegin(); it != agents.cend(); ++it) {
        if (it->connected > 0)
            rows.push_back({it.key(), it->connected, double(it->durationSum) / it->connected});
    }
    // The busiest agents (a mean of two calls says little), then the longest mean on top.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.connected != b.connected ? a.connected > b.connected : a.agent < b.agent;
    });
    if (rows.size() > size_t(kMaxAgents))
        rows.resize(size_t(kMaxAgents));
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.mean != b.mean ? a.mean > b.mean : a.agent < b.agent;
    });

    m_agents.clear();
    std::vector<CategoryBarChart::Bar> bars;
    QStringList summary;
    for (const Row &r : rows) {
        m_agents << r.agent;
        const QString agent = r.agent.isEmpty() ? tr("(no agent)") : r.agent;
        const QString mean = Labels::duration(qRound(r.mean));
        // The bar names the agent (a shortened id while it has no name); hovering it tells
        // the whole id.
        const bool named = m_names && m_names->knowsAgent(r.agent);
        const QString name = named ? m_names->agentName(r.agent) : (r.agent.isEmpty() ? agent : shortId(agent));
        const QString label = tr("%1 · %2").arg(name, mean);
        // What follows the name (" · 2:41") stays whole when the label is shortened.
        const int kept = label.startsWith(name) ? int(label.size() - name.size()) : 0;
        bars.push_back({label, r.mean / 60.0, m_theme->accent(),
                        tr("%1\nMean %2 over %n connected call(s)", nullptr, r.connected)
                            .arg(named ? name + QLatin1Char('\n') + agent : agent, mean),
                        kept});
        summary << tr("%1: mean %2 over %n connected call(s)", nullptr, r.connected).arg(name, mean);
    }
    m_bars->setBars(bars);
    m_bars->setAccessibleDescription(summary.join(QStringLiteral("; ")));
}

} // namespace callboard

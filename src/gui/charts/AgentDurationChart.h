// AgentDurationChart: the mean duration of connected calls per agent, as horizontal bars,
// longest first, for the busiest agents. Clicking a bar narrows the cards to that agent.
#pragma once

#include "ChartWidget.h"

#include <QStringList>

namespace callboard {

class CategoryBarChart;
class Directory;

class AgentDurationChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentDurationChart)
public:
    static constexpr int kMaxAgents = 8;

    AgentDurationChart(CallStats *stats, const Theme *theme, QWidget *parent = nullptr);

    // Agents by name (not owned; null: shortened ids); follows the directory's changes.
    void setDirectory(const Directory *directory);
    CategoryBarChart *bars() const { return m_bars; }
    // The agent of each bar, top to bottom.
    const QStringList &shownAgents() const { return m_agents; }

public slots:
    void refresh() override;

private:
    void applyTheme(const Theme &theme) override;

    CategoryBarChart *m_bars;
    QStringList m_agents;
    const Directory *m_names = nullptr;
    QMetaObject::Connection m_directoryChanged;
};

} // namespace callboard

// ChartsPanel: the board's four charts in a 2×2 grid — duration histogram, calls and mean
// duration over time, calls by status and sentiment, mean duration per agent. A click on any
// bar comes out as one filterRequested() for the main window to merge into its filter.
#pragma once

#include "core/filter/CallFilter.h"

#include <QWidget>

namespace callboard {

class AgentDurationChart;
class CallStats;
class ChartWidget;
class Clock;
class DurationHistogramChart;
class DurationOverTimeChart;
class StatusSentimentChart;
class Theme;

class ChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPanel)
public:
    ChartsPanel(CallStats *stats, const Theme *theme, Clock *clock, QWidget *parent = nullptr);

    void setTheme(const Theme *theme);
    // Wall-display type: every title, axis label and legend at this pixel size (titles larger).
    void setTextPixelSize(int px);

    DurationHistogramChart *histogram() const { return m_histogram; }
    DurationOverTimeChart *overTime() const { return m_overTime; }
    StatusSentimentChart *statusSentiment() const { return m_statusSentiment; }
    AgentDurationChart *agents() const { return m_agents; }

public slots:
    // Recomputes every chart now instead of at the next coalesced update.
    void refresh();

signals:
    void filterRequested(const callboard::CallFilter &constraint);

private:
    QList<ChartWidget *> charts() const;

    // In reading order, which is also the order they are made in and so the Tab order.
    StatusSentimentChart *m_statusSentiment;
    DurationOverTimeChart *m_overTime;
    DurationHistogramChart *m_histogram;
    AgentDurationChart *m_agents;
};

} // namespace callboard

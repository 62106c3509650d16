// StatusSentimentChart: calls by status group and by sentiment, two small bar charts side by
// side in the theme's status and sentiment colours. Clicking a bar narrows the cards to that
// group or sentiment.
#pragma once

#include "ChartWidget.h"

#include <vector>

namespace callboard {

class CategoryBarChart;

class StatusSentimentChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusSentimentChart)
public:
    StatusSentimentChart(CallStats *stats, const Theme *theme, QWidget *parent = nullptr);

    CategoryBarChart *statusBars() const { return m_statusBars; }
    CategoryBarChart *sentimentBars() const { return m_sentimentBars; }
    // What each bar stands for, in bar order.
    const std::vector<StatusGroup> &shownGroups() const { return m_groups; }
    const std::vector<Sentiment> &shownSentiments() const { return m_sentiments; }

public slots:
    void refresh() override;

private:
    void applyTheme(const Theme &theme) override;
    void onStatusClicked(int index);
    void onSentimentClicked(int index);
    void shareWidth();

    CategoryBarChart *m_statusBars;
    CategoryBarChart *m_sentimentBars;
    std::vector<StatusGroup> m_groups;
    std::vector<Sentiment> m_sentiments;
};

} // namespace callboard

// DurationHistogramChart: how long connected calls last, in a few bins a supervisor thinks
// in (under 30 s, up to a minute, …, over 10 minutes). Clicking a bin narrows the cards to
// the connected calls in that duration range.
#pragma once

#include "ChartWidget.h"

#include <vector>

namespace callboard {

class CategoryBarChart;

class DurationHistogramChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationHistogramChart)
public:
    DurationHistogramChart(CallStats *stats, const Theme *theme, QWidget *parent = nullptr);

    // Inclusive upper bounds of the bins, in seconds; one more bin holds everything longer.
    static const std::vector<int> &upperBounds();
    // The constraint a click on bin `index` asks for.
    static CallFilter constraintFor(int index);

    CategoryBarChart *bars() const { return m_bars; }

public slots:
    void refresh() override;

private:
    void applyTheme(const Theme &theme) override;

    CategoryBarChart *m_bars;
};

} // namespace callboard

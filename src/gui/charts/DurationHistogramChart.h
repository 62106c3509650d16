// DurationHistogramChart: how long connected calls last, in a few bins a supervisor thinks
// in (under 30 s, up to a minute, …, over 10 minutes). Clicking a bin narrows the cards to
// the connected calls in that duration range.
#pragma once

#include "core/filter/CallFilter.h"

#include <QFrame>

#include <vector>

namespace callboard {

class CallStats;
class CategoryBarChart;
class RefreshThrottle;
class Theme;

class DurationHistogramChart final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationHistogramChart)
public:
    DurationHistogramChart(CallStats *stats, const Theme *theme, QWidget *parent = nullptr);

    // Inclusive upper bounds of the bins, in seconds; one more bin holds everything longer.
    static const std::vector<int> &upperBounds();
    // The constraint a click on bin `index` asks for.
    static CallFilter constraintFor(int index);

    void setTheme(const Theme *theme);
    CategoryBarChart *bars() const { return m_bars; }

public slots:
    void refresh();

signals:
    void filterRequested(const callboard::CallFilter &constraint);

private:
    CallStats *m_stats;
    const Theme *m_theme;
    CategoryBarChart *m_bars;
    RefreshThrottle *m_throttle;
};

} // namespace callboard

// DurationOverTimeChart: calls per time bucket (bars) and their mean connected duration (a
// line on a second axis), over the recent past, with 5, 15 or 60-minute buckets. Clicking a
// bar narrows the cards to the calls created in that bucket. The bucket buttons sit beside
// the title, or under it when the chart is too narrow for both; the time axis labels as many
// round times as its width holds.
#pragma once

#include "ChartWidget.h"

#include <vector>

class QAbstractButton;
class QBoxLayout;
class QBarSeries;
class QBarSet;
class QButtonGroup;
class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace callboard {

class Clock;

class DurationOverTimeChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationOverTimeChart)
public:
    static constexpr int kMaxBuckets = 24; // 2 h of 5-minute buckets, 6 h of 15, a day of 60
    static constexpr int kMinBuckets = 6;

    DurationOverTimeChart(CallStats *stats, const Theme *theme, Clock *clock, QWidget *parent = nullptr);

    void setBucketMinutes(int minutes); // 5, 15 or 60
    int bucketMinutes() const { return m_bucketMinutes; }
    QAbstractButton *bucketButton(int minutes) const;
    // The 5/15/60 min choice; a wall display nobody touches hides it (the chart keeps its
    // bucket width).
    void setBucketChoiceShown(bool shown);
    // The mean line's width in pixels (a wall's is thicker, to be seen across the room).
    void setLineWidth(qreal px);

    // What is shown: one bar per bucket, oldest first.
    int bucketCount() const { return int(m_starts.size()); }
    qint64 bucketStartMs(int index) const { return m_starts.at(size_t(index)); }
    QBarSet *callsSet() const { return m_calls; }
    QLineSeries *meanSeries() const { return m_mean; }
    CallFilter constraintFor(int index) const;

public slots:
    void refresh() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme(const Theme &theme) override;
    void relabel();
    void rescale(); // the count and minutes axes for the highest bar and mean, and the height
    int labelStep() const;
    QString timeLabel(qint64 ms) const;
    void fitToWidth(); // header layout and legend text for the current width

    Clock *m_clock;
    int m_bucketMinutes = 15;
    QButtonGroup *m_buttons;
    QBoxLayout *m_header;
    QWidget *m_title;
    QLayout *m_buttonRow;
    QChart *m_chart;
    QChartView *m_view;
    QBarSeries *m_bars;
    qreal m_lineWidth = 2.5;
    QBarSet *m_calls;
    QLineSeries *m_mean;
    QCategoryAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    QValueAxis *m_minutesAxis;
    double m_maxCount = 1;
    double m_maxMinutes = 1;
    std::vector<qint64> m_starts;
    int m_labelStep = 0; // buckets between time labels, as last laid out
};

} // namespace callboard

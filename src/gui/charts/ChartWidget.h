// ChartWidget: what every chart of the board builds alike — a card-coloured frame with an
// accessible name, the CallStats it draws from, a refresh coalesced over a burst of stats
// changes, a bold title that shortens when narrow, and a bar click coming out as one
// filterRequested(). A chart builds its content in its constructor, then calls setTheme()
// once: that colours it and runs the first refresh.
#pragma once

#include "core/filter/CallFilter.h"

#include <QFrame>
#include <QMargins>

namespace callboard {

class CallStats;
class ElidedLabel;
class RefreshThrottle;
class Theme;

class ChartWidget : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)
public:
    // The frame's colours, then the chart's own (applyTheme()), then a refresh.
    void setTheme(const Theme *theme);

public slots:
    // Recomputes the chart from the stats now; changes to them ask for it on their own.
    virtual void refresh() = 0;

signals:
    void filterRequested(const callboard::CallFilter &constraint);

protected:
    // The space between a chart's frame and its title and plot.
    static constexpr QMargins kMargins{10, 8, 10, 6};

    ChartWidget(CallStats *stats, const Theme *theme, const QString &accessibleName, QWidget *parent);

    // Colours the chart's content with the theme (m_theme is already set).
    virtual void applyTheme(const Theme &theme) = 0;
    // A title above the chart; shortTitle replaces it when the column is too narrow.
    ElidedLabel *createTitle(const QString &title, const QString &shortTitle);
    // The common body: the title above one content widget that takes the rest.
    void setTitledContent(const QString &title, const QString &shortTitle, QWidget *content);
    // Asks for a coalesced refresh (what the stats' changes do; other sources may too).
    void requestRefresh();

    CallStats *m_stats;
    const Theme *m_theme;

private:
    RefreshThrottle *m_throttle;
};

} // namespace callboard

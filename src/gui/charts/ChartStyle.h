// ChartStyle: how every Callboard chart looks — no animation (wall displays repaint calmly),
// antialiased, tight margins, theme colours on background, axes, grid and legend — so the
// four charts read as one family in light, dark and high-contrast themes.
#pragma once

#include "gui/widgets/ElidedLabel.h"

#include <QSize>
#include <QString>

class QAbstractAxis;
class QChart;
class QChartView;
class QValueAxis;
class QWidget;

namespace callboard {

class Theme;

namespace ChartStyle {

// A chart with Callboard's defaults; the caller adds series and axes.
QChart *createChart();
QChartView *createView(QChart *chart, QWidget *parent);
// What createView() does to its view, for a view that is a chart itself (CategoryBarChart).
void styleView(QChartView *view, const QSize &minimumSize);
// A bold caption above a chart, in the widget's text colour; elided when its column is narrow.
ElidedLabel *createTitle(const QString &text, QWidget *parent);

// Colours the chart (background, plot area, legend) and every axis attached to it.
void apply(QChart *chart, const Theme &theme);
void applyToAxis(QAbstractAxis *axis, const Theme &theme);
// Gives a chart's surrounding widget the card background and the theme's text colours.
void applyToFrame(QWidget *frame, const Theme &theme);

// A 0-based range with a round maximum and whole-number ticks (0, 5, 10, …); the label
// format is printf-like with an integer conversion ("%d", "%d min"). Given the axis' length
// in pixels (its plot's height or width), there are no more ticks than leave each label
// whole and apart from its neighbours.
void setCountRange(QValueAxis *axis, double maxValue, const QString &format = QStringLiteral("%d"),
                   qreal length = 0);

// Axis and category labels are rendered as rich text by Qt Charts: anything that may come
// from the server goes through this first so it shows literally.
QString plain(const QString &text);

} // namespace ChartStyle
} // namespace callboard

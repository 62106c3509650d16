#include "ChartStyle.h"

#include "gui/theme/Theme.h"
#include "gui/widgets/ElidedLabel.h"
#include "gui/widgets/FocusRing.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace callboard::ChartStyle {

QChart *createChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setPlotAreaBackgroundVisible(false);
    return chart;
}

QChartView *createView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    styleView(view, QSize(160, 120));
    return view;
}

void styleView(QChartView *view, const QSize &minimumSize)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumSize(minimumSize);
    FocusRing::install(view); // Tab reaches a chart: where it is must show
}

ElidedLabel *createTitle(const QString &text, QWidget *parent)
{
    auto *label = new ElidedLabel(text, parent);
    label->setFont(scaledFont(label->font(), 1.1, true));
    return label;
}

void applyToAxis(QAbstractAxis *axis, const Theme &theme)
{
    axis->setLabelsColor(theme.mutedText());
    axis->setTitleBrush(theme.mutedText());
    axis->setLinePenColor(theme.border());
    axis->setGridLineColor(theme.border());
    axis->setMinorGridLineColor(theme.border());
    axis->setShadesVisible(false);
}

void apply(QChart *chart, const Theme &theme)
{
    chart->setBackgroundBrush(theme.card());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(theme.text());
    chart->legend()->setLabelColor(theme.text());
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        applyToAxis(axis, theme);
}

void applyToFrame(QWidget *frame, const Theme &theme)
{
    QPalette p = theme.palette();
    p.setColor(QPalette::Window, theme.card());
    frame->setPalette(p);
    frame->setAutoFillBackground(true);
    const auto views = frame->findChildren<QChartView *>();
    for (QChartView *view : views)
        view->setBackgroundBrush(theme.card());
}

namespace {
// Steps of 1, 2 or 5 times a power of ten, at most maxSteps of them.
double roundStep(double maxValue, int maxSteps)
{
    double step = 1;
    while (maxValue / step > maxSteps) {
        if (maxValue / (step * 2) <= maxSteps)
            step *= 2;
        else if (maxValue / (step * 5) <= maxSteps)
            step *= 5;
        else
            step *= 10;
    }
    return step;
}

// Whether labels `length / steps` pixels apart leave a gap between each two: across a
// vertical axis a few pixels of line spacing, along a horizontal one a word space and more.
bool labelsFit(const QValueAxis *axis, int steps, const QString &widest, qreal length)
{
    const QFontMetricsF fm(axis->labelsFont());
    const qreal apart = length / steps;
    return axis->orientation() == Qt::Vertical ? fm.height() + 2 <= apart
                                               : fm.horizontalAdvance(widest) + fm.height() / 2 + 4 <= apart;
}
} // namespace

void setCountRange(QValueAxis *axis, double maxValue, const QString &format, qreal length)
{
    double step = 1;
    int steps = 1;
    for (int maxSteps = 5; maxSteps >= 1; --maxSteps) {
        step = roundStep(maxValue, maxSteps);
        steps = qMax(1, int(std::ceil(maxValue / step)));
        const QString widest = QString(format).replace(QLatin1String("%d"), QString::number(qRound64(steps * step)));
        if (length <= 0 || labelsFit(axis, steps, widest, length))
            break;
    }
    // Qt Charts would shorten a label to "…" when it is wider than its share of the axis,
    // a tick's spacing less 8 px, although its neighbours leave it room; the ticks are few
    // enough for every label to stand whole.
    if (length > 0 && axis->truncateLabels())
        axis->setTruncateLabels(false);
    // QValueAxis re-lays out the whole chart on every setLabelFormat(), even an unchanged one:
    // a tick that changes a bar, not the scale, must not pay for measuring every axis label.
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
    axis->setRange(0, steps * step);
    if (axis->tickCount() != steps + 1)
        axis->setTickCount(steps + 1);
}

QString plain(const QString &text) { return text.toHtmlEscaped(); }

} // namespace callboard::ChartStyle

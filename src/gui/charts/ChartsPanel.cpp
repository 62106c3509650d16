#include "ChartsPanel.h"

#include "AgentDurationChart.h"
#include "CategoryBarChart.h"
#include "DurationHistogramChart.h"
#include "DurationOverTimeChart.h"
#include "StatusSentimentChart.h"
#include "gui/theme/Theme.h"

#include "gui/widgets/ElidedLabel.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLegend>

namespace callboard {

ChartsPanel::ChartsPanel(CallStats *stats, const Theme *theme, Clock *clock, QWidget *parent)
    : QWidget(parent), m_statusSentiment(new StatusSentimentChart(stats, theme, this)),
      m_overTime(new DurationOverTimeChart(stats, theme, clock, this)),
      m_histogram(new DurationHistogramChart(stats, theme, this)),
      m_agents(new AgentDurationChart(stats, theme, this))
{
    setAccessibleName(tr("Charts"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    grid->addWidget(m_statusSentiment, 0, 0);
    grid->addWidget(m_overTime, 0, 1);
    grid->addWidget(m_histogram, 1, 0);
    grid->addWidget(m_agents, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    for (ChartWidget *chart : charts())
        connect(chart, &ChartWidget::filterRequested, this, &ChartsPanel::filterRequested);
    setTheme(theme);
}

void ChartsPanel::setTheme(const Theme *theme)
{
    QPalette p = theme->palette();
    setPalette(p);
    setAutoFillBackground(true);
    for (ChartWidget *chart : charts())
        chart->setTheme(theme);
}

void ChartsPanel::setTextPixelSize(int px)
{
    QFont text = font();
    text.setPixelSize(px);
    for (CategoryBarChart *bars : findChildren<CategoryBarChart *>())
        bars->setTextFont(text);
    for (QChartView *view : findChildren<QChartView *>()) {
        if (qobject_cast<CategoryBarChart *>(view))
            continue;
        QChart *chart = view->chart();
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(text);
            axis->setTitleFont(text);
        }
        chart->legend()->setFont(text);
    }
    QFont title = text;
    title.setPixelSize(px * 6 / 5);
    title.setBold(true);
    for (ElidedLabel *label : findChildren<ElidedLabel *>())
        label->setFont(title);
    static_cast<QGridLayout *>(layout())->setSpacing(px);
    m_overTime->setLineWidth(qMax(2.5, px / 6.0)); // 7 px at 4K: a line seen across the room
    refresh(); // bar labels and margins are measured from these fonts
}

void ChartsPanel::refresh()
{
    for (ChartWidget *chart : charts())
        chart->refresh();
}

QList<ChartWidget *> ChartsPanel::charts() const
{
    return {m_histogram, m_overTime, m_statusSentiment, m_agents};
}

} // namespace callboard

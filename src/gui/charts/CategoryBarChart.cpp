#include "CategoryBarChart.h"

#include "ChartStyle.h"
#include "theme/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace callboard {

CategoryBarChart::CategoryBarChart(Orientation orientation, QWidget *parent)
    : QChartView(ChartStyle::createChart(), parent), m_orientation(orientation),
      m_theme(Theme::light()), m_categoryAxis(new QBarCategoryAxis), m_valueAxis(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(160, 120);
    const bool vertical = orientation == Orientation::Vertical;
    m_series = vertical ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                        : static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries);
    m_series->setBarWidth(0.7);
    chart()->addSeries(m_series);
    chart()->addAxis(m_categoryAxis, vertical ? Qt::AlignBottom : Qt::AlignLeft);
    chart()->addAxis(m_valueAxis, vertical ? Qt::AlignLeft : Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_categoryAxis->setGridLineVisible(false);
    m_categoryAxis->setTruncateLabels(false);
    ChartStyle::setCountRange(m_valueAxis, 1);
}

void CategoryBarChart::setValueLabelsVisible(bool visible)
{
    m_series->setLabelsVisible(visible);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    // Each bar says its value: an axis of numbers beside it would only repeat it, less exactly.
    m_valueAxis->setVisible(!visible);
    updateRange();
}

void CategoryBarChart::setValueFormat(const QString &format)
{
    m_valueFormat = format;
    updateRange();
}

int CategoryBarChart::position(int index) const
{
    // Horizontal bars are laid out bottom-up: the first bar goes on top.
    return m_orientation == Orientation::Horizontal ? barCount() - 1 - index : index;
}

void CategoryBarChart::setBars(const std::vector<Bar> &bars)
{
    if (bars.size() != m_bars.size()) {
        rebuild(bars);
        updateRange();
        return;
    }
    bool relabel = false;
    for (size_t i = 0; i < bars.size(); ++i) {
        QBarSet *set = m_sets.at(int(i));
        if (bars[i].value != m_bars[i].value)
            set->replace(position(int(i)), bars[i].value);
        if (bars[i].color != m_bars[i].color) {
            set->setColor(bars[i].color);
            set->setBorderColor(bars[i].color);
        }
        if (bars[i].label != m_bars[i].label) {
            set->setLabel(ChartStyle::plain(bars[i].label));
            relabel = true;
        }
    }
    m_bars = bars;
    if (relabel)
        m_categoryAxis->setCategories(categories());
    updateRange();
}

QStringList CategoryBarChart::categories() const
{
    QStringList out;
    for (int p = 0; p < barCount(); ++p)
        out << ChartStyle::plain(m_bars[size_t(position(p))].label);
    // The axis needs unique categories; labels normally are (ids, translated words).
    out.removeDuplicates();
    return out;
}

void CategoryBarChart::rebuild(const std::vector<Bar> &bars)
{
    m_series->clear(); // deletes the old sets
    m_sets.clear();
    m_bars = bars;
    for (int i = 0; i < barCount(); ++i) {
        const Bar &bar = bars[size_t(i)];
        auto *set = new QBarSet(ChartStyle::plain(bar.label));
        for (int p = 0; p < barCount(); ++p)
            set->append(p == position(i) ? bar.value : 0.0);
        set->setColor(bar.color);
        set->setBorderColor(bar.color);
        set->setLabelColor(m_theme.text());
        connect(set, &QBarSet::clicked, this, [this](int pos) { emit barClicked(position(pos)); });
        m_sets.append(set);
    }
    m_series->append(m_sets);
    m_categoryAxis->setCategories(categories());
}

void CategoryBarChart::updateRange()
{
    double max = 0;
    for (const Bar &b : m_bars)
        max = std::max(max, b.value);
    // Headroom for the value written past the end of the longest bar.
    const double room = !m_series->isLabelsVisible() ? 1.0 : m_orientation == Orientation::Horizontal ? 1.3 : 1.12;
    ChartStyle::setCountRange(m_valueAxis, std::max(1.0, max * room), m_valueFormat);
}

void CategoryBarChart::setTheme(const Theme &theme)
{
    m_theme = theme;
    ChartStyle::apply(chart(), theme);
    setBackgroundBrush(theme.card());
    for (QBarSet *set : std::as_const(m_sets))
        set->setLabelColor(theme.text());
}

} // namespace callboard

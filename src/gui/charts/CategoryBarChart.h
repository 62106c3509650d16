// CategoryBarChart: a bar per category, each in its own colour, updated in place. Qt Charts
// colours a whole QBarSet alike, so each category gets its own set in a stacked series,
// holding a value only at its own index; a click on any of them names the category.
#pragma once

#include "theme/Theme.h"

#include <QChartView>
#include <QColor>
#include <QList>
#include <QStringList>
#include <QString>

#include <vector>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace callboard {

class CategoryBarChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryBarChart)
public:
    enum class Orientation { Vertical, Horizontal };
    struct Bar
    {
        QString label; // plain text; escaped for the axis
        double value = 0;
        QColor color;
    };

    explicit CategoryBarChart(Orientation orientation, QWidget *parent = nullptr);

    // As many bars as before: values, colours and labels are replaced in place; otherwise
    // the sets are rebuilt.
    void setBars(const std::vector<Bar> &bars);
    // Shows each bar's value at its end (counts); off for values read from the axis.
    void setValueLabelsVisible(bool visible);
    // The value axis' label format, printf-like with an integer conversion ("%d min").
    void setValueFormat(const QString &format);
    void setTheme(const Theme &theme);

    int barCount() const { return int(m_bars.size()); }
    double value(int index) const { return m_bars.at(size_t(index)).value; }
    QString label(int index) const { return m_bars.at(size_t(index)).label; }
    // One set per bar, in bar order; a set's clicked(i) names the bar at axis place i.
    QList<QBarSet *> barSets() const { return m_sets; }
    QValueAxis *valueAxis() const { return m_valueAxis; }

signals:
    void barClicked(int index);

private:
    void rebuild(const std::vector<Bar> &bars);
    void updateRange();
    QStringList categories() const;
    int position(int index) const; // bar index <-> place on the axis (its own inverse)

    Orientation m_orientation;
    Theme m_theme; // a small value: which of the three themes
    QAbstractBarSeries *m_series;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QList<QBarSet *> m_sets;
    QString m_valueFormat = QStringLiteral("%d");
    std::vector<Bar> m_bars;
};

} // namespace callboard

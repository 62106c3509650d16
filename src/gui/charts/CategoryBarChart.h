// CategoryBarChart: a bar per category, each in its own colour, updated in place. Qt Charts
// colours a whole QBarSet alike, so each category gets its own set in a stacked series,
// holding a value only at its own index; a click on any of them names the category.
// The category names are drawn by the chart itself, not by the axis: Qt Charts clips a side
// axis' long labels and drops crowded bottom ones, so horizontal bars carry their name just
// above them (the whole width to read it) and vertical ones get it below, on two staggered
// rows when the bars are too narrow for one. A histogram can name its bin edges instead.
#pragma once

#include "gui/theme/Theme.h"

#include <QChartView>
#include <QFont>
#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QString>

#include <vector>

class QAbstractBarSeries;
class QGraphicsSimpleTextItem;
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
        QString toolTip = {}; // plain text, shown on hover; the label (and count) when empty
        int keptTail = 0;     // the label's last characters (" · 2:41") never elided
    };

    explicit CategoryBarChart(Orientation orientation, QWidget *parent = nullptr);

    // As many bars as before: values, colours and labels are replaced in place; otherwise
    // the sets are rebuilt.
    void setBars(const std::vector<Bar> &bars);
    // Shows each bar's value at its end (counts); off for values read from the axis.
    void setValueLabelsVisible(bool visible);
    // The value axis' label format, printf-like with an integer conversion ("%d min").
    void setValueFormat(const QString &format);
    // Vertical bars only: names the boundaries between neighbouring bars (a histogram's bin
    // edges, barCount() - 1 of them) instead of the bars; an empty list names the bars again.
    void setEdgeLabels(const QStringList &labels);
    void setTheme(const Theme &theme);
    // Labels, values and axes in this font (a wall display's larger type).
    void setTextFont(const QFont &font);

    int barCount() const { return int(m_bars.size()); }
    double value(int index) const { return m_bars.at(size_t(index)).value; }
    QString label(int index) const { return m_bars.at(size_t(index)).label; }
    // One set per bar, in bar order; a set's clicked(i) names the bar at axis place i.
    QList<QBarSet *> barSets() const { return m_sets; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    // The width the longest bar name needs in the font it is drawn in, and the chart's
    // margins left and right of the names.
    int widestLabelWidth() const;
    static constexpr int kEdge = 4;                // the chart's own margin on each side
    static constexpr int kEdges = 2 * kEdge + 2; // both margins, and slack
    // The names drawn under or above the bars — one per bar, or one per bin edge — as they
    // read on screen (elided with "…" only when even the room they get is too short) and
    // where they are, in chart coordinates, in bar order.
    int shownLabelCount() const { return int(m_labels.size()); }
    QString shownLabel(int index) const;
    QRectF labelRect(int index) const;
    // With value labels shown: whether bar `index` is empty and says "0" at its baseline (Qt
    // Charts writes no value for 0, which left an empty bin unlabelled beside counted ones).
    bool showsZero(int index) const;

signals:
    void barClicked(int index);

private:
    void rebuild(const std::vector<Bar> &bars);
    void updateRange();
    void layoutLabels();
    void layoutHorizontalLabels(const QRectF &plot);
    void layoutVerticalLabels(const QRectF &plot);
    void layoutZeroLabels(const QRectF &plot);
    void setLabelItemCount(int count);
    void setChartMargins(const QMargins &margins);
    void showBarTip(bool hovered, int place);
    QColor labelColor() const;
    QStringList categories() const;
    int position(int index) const; // bar index <-> place on the axis (its own inverse)

    Orientation m_orientation;
    Theme m_theme; // a small value: which of the three themes
    QFont m_textFont;
    bool m_hasTextFont = false;
    QAbstractBarSeries *m_series;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QList<QBarSet *> m_sets;
    QList<QGraphicsSimpleTextItem *> m_labels; // as drawn: one per bar or per edge
    QList<QGraphicsSimpleTextItem *> m_zeroLabels; // one per bar, shown for an empty one
    QStringList m_edgeLabels;
    QString m_valueFormat = QStringLiteral("%d");
    std::vector<Bar> m_bars;
};

} // namespace callboard

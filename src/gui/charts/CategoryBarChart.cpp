#include "CategoryBarChart.h"

#include "ChartStyle.h"
#include "gui/theme/Theme.h"
#include "gui/widgets/PlainToolTip.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QtMath>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace callboard {

namespace {
constexpr int kLabelGap = 4;      // between a name and its bar
constexpr int kMinLabelSpace = 4; // between two names side by side
constexpr qreal kBarWidth = 0.7;  // of a category's slot, for vertical bars
constexpr qreal kHistogramBarWidth = 0.88;
constexpr qreal kMinBarWidth = 0.25;
constexpr qreal kMaxBarWidth = 0.6; // horizontal bars leave room above for their name
} // namespace

CategoryBarChart::CategoryBarChart(Orientation orientation, QWidget *parent)
    : QChartView(ChartStyle::createChart(), parent), m_orientation(orientation),
      m_theme(Theme::light()), m_categoryAxis(new QBarCategoryAxis), m_valueAxis(new QValueAxis)
{
    ChartStyle::styleView(this, QSize(80, 80));
    const bool vertical = orientation == Orientation::Vertical;
    m_series = vertical ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                        : static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries);
    m_series->setBarWidth(vertical ? kBarWidth : kMaxBarWidth);
    chart()->addSeries(m_series);
    chart()->addAxis(m_categoryAxis, vertical ? Qt::AlignBottom : Qt::AlignLeft);
    chart()->addAxis(m_valueAxis, vertical ? Qt::AlignLeft : Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_categoryAxis->setGridLineVisible(false);
    m_categoryAxis->setLabelsVisible(false); // drawn by layoutLabels()
    // Under vertical bars the axis line is their baseline; beside horizontal ones the names
    // above the bars already tell the rows apart.
    m_categoryAxis->setVisible(vertical);
    // Grid lines would run through the names above horizontal bars.
    m_valueAxis->setGridLineVisible(vertical);
    ChartStyle::setCountRange(m_valueAxis, 1);
    // Room above the top bar for its name; below the bars (vertical) it is set per layout.
    const int lineHeight = qCeil(QFontMetricsF(m_categoryAxis->labelsFont()).height());
    setChartMargins(vertical ? QMargins(kEdge, kEdge, kEdge, kEdge + lineHeight + kLabelGap)
                             : QMargins(kEdge, kEdge + (lineHeight + 1) / 2, kEdge, kEdge));
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        updateRange();
        layoutLabels();
    });
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

void CategoryBarChart::setEdgeLabels(const QStringList &labels)
{
    m_edgeLabels = labels;
    // Bins meet at their edges: nearly touching bars put each edge name in a narrow gap.
    m_series->setBarWidth(labels.isEmpty() ? kBarWidth : kHistogramBarWidth);
    layoutLabels();
}

int CategoryBarChart::position(int index) const
{
    // Horizontal bars are laid out bottom-up: the first bar goes on top.
    return m_orientation == Orientation::Horizontal ? barCount() - 1 - index : index;
}

void CategoryBarChart::setBars(const std::vector<Bar> &bars)
{
    // What a screen reader says for the chart: every bar's label and figure, as drawn.
    QStringList summary;
    for (const Bar &b : bars)
        summary << tr("%1: %2").arg(b.label, QLocale().toString(b.value, 'g', 4));
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
    if (bars.size() != m_bars.size()) {
        rebuild(bars);
        updateRange();
        layoutLabels();
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
    layoutLabels();
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
        if (m_hasTextFont)
            set->setLabelFont(m_textFont);
        connect(set, &QBarSet::clicked, this, [this](int pos) { emit barClicked(position(pos)); });
        connect(set, &QBarSet::hovered, this, &CategoryBarChart::showBarTip);
        m_sets.append(set);
    }
    m_series->append(m_sets);
    m_categoryAxis->setCategories(categories());
}

void CategoryBarChart::showBarTip(bool hovered, int place)
{
    // The whole name and the value, also when the name under the bar is short or elided.
    if (!hovered || place < 0 || place >= barCount()) {
        setToolTip(QString());
        return;
    }
    const Bar &bar = m_bars[size_t(position(place))];
    QString tip = bar.toolTip;
    if (tip.isEmpty()) {
        tip = m_series->isLabelsVisible() ? tr("%1: %2").arg(bar.label, QLocale().toString(qRound64(bar.value)))
                                          : bar.label;
    }
    setToolTip(plainToolTip(tip));
}

void CategoryBarChart::setLabelItemCount(int count)
{
    while (m_labels.size() > count)
        delete m_labels.takeLast();
    while (m_labels.size() < count) {
        // A plain-text item: server text (agent ids) shows literally.
        auto *label = new QGraphicsSimpleTextItem(chart());
        label->setFont(m_categoryAxis->labelsFont());
        label->setBrush(labelColor());
        m_labels.append(label);
    }
}

void CategoryBarChart::updateRange()
{
    double max = 0;
    for (const Bar &b : m_bars)
        max = std::max(max, b.value);
    double room = 1.0;
    const QRectF plot = chart()->plotArea();
    const bool horizontal = m_orientation == Orientation::Horizontal;
    const qreal length = horizontal ? plot.width() : plot.height();
    if (m_series->isLabelsVisible()) {
        // Headroom for the value written past the end of the longest bar, in pixels: a share
        // of the range would be too little on a narrow chart and too much on a wide one.
        const QFontMetricsF fm(m_sets.isEmpty() ? font() : m_sets.constFirst()->labelFont());
        const qreal needed = horizontal ? fm.horizontalAdvance(QString::number(max)) + 10 : fm.height() + 6;
        room = length > 2 * needed ? length / (length - needed) : 2.0;
    }
    ChartStyle::setCountRange(m_valueAxis, std::max(1.0, max * room), m_valueFormat, length);
}

void CategoryBarChart::layoutLabels()
{
    const QRectF plot = chart()->plotArea();
    const bool edges = m_orientation == Orientation::Vertical && barCount() > 1
                       && m_edgeLabels.size() == barCount() - 1;
    setLabelItemCount(edges ? barCount() - 1 : barCount());
    if (m_labels.isEmpty() || plot.width() <= 0 || plot.height() <= 0)
        return;
    if (m_orientation == Orientation::Horizontal)
        layoutHorizontalLabels(plot);
    else
        layoutVerticalLabels(plot);
    layoutZeroLabels(plot);
}

void CategoryBarChart::layoutZeroLabels(const QRectF &plot)
{
    const bool counts = m_series->isLabelsVisible();
    while (m_zeroLabels.size() > (counts ? barCount() : 0))
        delete m_zeroLabels.takeLast();
    while (m_zeroLabels.size() < (counts ? barCount() : 0))
        m_zeroLabels.append(new QGraphicsSimpleTextItem(chart()));
    const QFont font = m_hasTextFont ? m_textFont : m_sets.isEmpty() ? this->font() : m_sets.constFirst()->labelFont();
    const QFontMetricsF fm(font);
    const QString zero = QLocale().toString(0);
    for (int i = 0; i < m_zeroLabels.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_zeroLabels.at(i);
        label->setVisible(m_bars[size_t(i)].value == 0);
        label->setText(zero);
        label->setFont(font);
        label->setBrush(m_theme.text());
        // Where the bar would start: above the baseline, or right of it for horizontal bars.
        const QPointF base = m_orientation == Orientation::Horizontal
                                 ? chart()->mapToPosition(QPointF(0, position(i)), m_series)
                                 : chart()->mapToPosition(QPointF(position(i), 0), m_series);
        label->setPos(m_orientation == Orientation::Horizontal
                          ? QPointF(plot.left() + kLabelGap, base.y() - fm.height() / 2)
                          : QPointF(base.x() - fm.horizontalAdvance(zero) / 2, base.y() - kLabelGap - fm.height()));
    }
}

void CategoryBarChart::layoutHorizontalLabels(const QRectF &plot)
{
    // Each bar gets a line for its name above it; bars are as thick as what is left allows.
    const QFontMetricsF fm(m_categoryAxis->labelsFont());
    const qreal row = plot.height() / barCount();
    const qreal barWidth = std::clamp(1.0 - (fm.height() + 2 * kLabelGap) / row, kMinBarWidth, kMaxBarWidth);
    if (!qFuzzyCompare(m_series->barWidth(), barWidth))
        m_series->setBarWidth(barWidth);
    // Room above the top bar for its name at whatever size the text is (a wall's is large):
    // the margin only grows, so relaying out after it cannot swing back and forth.
    const qreal slack = row * (1.0 - barWidth) / 2; // between the plot's top and the top bar
    const int top = kEdge + qMax(0, qCeil(fm.height() + kLabelGap - slack));
    const QMargins margins = chart()->margins();
    if (top > margins.top()) {
        setChartMargins(QMargins(margins.left(), top, margins.right(), margins.bottom()));
        return; // the plot area changes: this runs again from plotAreaChanged
    }
    const qreal width = plot.width() + kEdge;
    for (int i = 0; i < barCount(); ++i) {
        QGraphicsSimpleTextItem *label = m_labels.at(i);
        const QString full = m_bars[size_t(i)].label;
        // The name is shortened at its end and the figure after it (" · 2:41") stays whole:
        // one "…", also for a name the directory already capped with one.
        const int kept = qBound(0, m_bars[size_t(i)].keptTail, int(full.size()));
        const QString tail = full.right(kept);
        QString shown = full;
        if (fm.horizontalAdvance(full) > width) {
            shown = fm.elidedText(full.left(full.size() - kept), Qt::ElideRight,
                                  qMax(0.0, width - fm.horizontalAdvance(tail)));
            const qsizetype first = shown.indexOf(QChar(0x2026));
            if (first >= 0)
                shown.truncate(first + 1); // "agent_5c…6b…": the name's own "…" ends it
            shown += tail;
        }
        label->setText(shown);
        label->setToolTip(label->text() == full ? QString() : plainToolTip(full));
        const QPointF top = chart()->mapToPosition(QPointF(0, position(i) + barWidth / 2), m_series);
        label->setPos(plot.left(), top.y() - kLabelGap - fm.height());
    }
}

void CategoryBarChart::layoutVerticalLabels(const QRectF &plot)
{
    // Names centred under their bars, or on the edges between them; when two neighbours
    // would touch, every other one goes on a second line so each has twice the room.
    const QFontMetricsF fm(m_categoryAxis->labelsFont());
    const bool edges = m_labels.size() < barCount();
    QStringList texts;
    QList<qreal> centres;
    for (int i = 0; i < m_labels.size(); ++i) {
        texts << (edges ? m_edgeLabels.at(i) : m_bars[size_t(i)].label);
        // Edge i lies between the bars at places i and i + 1; bar i is at place i.
        centres << chart()->mapToPosition(QPointF(edges ? i + 0.5 : position(i), 0), m_series).x();
    }
    const qreal slot = plot.width() / barCount();
    bool stagger = false;
    for (int i = 0; i + 1 < texts.size(); ++i)
        stagger = stagger || (fm.horizontalAdvance(texts.at(i)) + fm.horizontalAdvance(texts.at(i + 1))) / 2 > slot - kMinLabelSpace;
    const int lines = stagger ? 2 : 1;
    const int lineHeight = qCeil(fm.height());
    setChartMargins(QMargins(kEdge, kEdge, kEdge, kEdge + lines * lineHeight + kLabelGap));
    // Neighbours on one line are two slots apart when staggered; unstaggered, every pair was
    // found to fit above, so a label may use its neighbours' spare half slots: "10min", the
    // last edge, read "10…" when held to one slot.
    const qreal room = 2 * slot - kMinLabelSpace;
    for (int i = 0; i < texts.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_labels.at(i);
        label->setText(fm.elidedText(texts.at(i), Qt::ElideRight, room));
        label->setToolTip(label->text() == texts.at(i) ? QString() : plainToolTip(texts.at(i)));
        const qreal width = fm.horizontalAdvance(label->text());
        const qreal x = std::clamp(centres.at(i) - width / 2, 0.0, chart()->size().width() - width);
        label->setPos(x, plot.bottom() + kLabelGap + (stagger ? i % 2 : 0) * lineHeight);
    }
}

QColor CategoryBarChart::labelColor() const
{
    // Names of horizontal bars are what one reads first; under vertical bars they are a scale.
    return m_orientation == Orientation::Horizontal ? m_theme.text() : m_theme.mutedText();
}

void CategoryBarChart::setChartMargins(const QMargins &margins)
{
    if (chart()->margins() != margins)
        chart()->setMargins(margins);
}

int CategoryBarChart::widestLabelWidth() const
{
    const QFontMetricsF fm(m_categoryAxis->labelsFont());
    qreal widest = 0;
    for (const Bar &b : m_bars)
        widest = std::max(widest, fm.horizontalAdvance(b.label));
    return qCeil(widest);
}

QString CategoryBarChart::shownLabel(int index) const
{
    return m_labels.at(index)->text();
}

bool CategoryBarChart::showsZero(int index) const
{
    return index >= 0 && index < m_zeroLabels.size() && m_zeroLabels.at(index)->isVisible()
           && m_zeroLabels.at(index)->text() == QLocale().toString(0);
}

QRectF CategoryBarChart::labelRect(int index) const
{
    return m_labels.at(index)->mapRectToParent(m_labels.at(index)->boundingRect());
}

void CategoryBarChart::setTheme(const Theme &theme)
{
    m_theme = theme;
    ChartStyle::apply(chart(), theme);
    setBackgroundBrush(theme.card());
    for (QBarSet *set : std::as_const(m_sets))
        set->setLabelColor(theme.text());
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels))
        label->setBrush(labelColor());
}

void CategoryBarChart::setTextFont(const QFont &font)
{
    m_textFont = font;
    m_hasTextFont = true;
    m_categoryAxis->setLabelsFont(font);
    m_valueAxis->setLabelsFont(font);
    for (QBarSet *set : std::as_const(m_sets))
        set->setLabelFont(font);
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels))
        label->setFont(font);
    rebuild(std::vector<Bar>(m_bars)); // room for labels and values is measured from the font
}

} // namespace callboard

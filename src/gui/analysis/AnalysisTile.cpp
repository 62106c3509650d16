#include "AnalysisTile.h"

#include "MiniHistogram.h"
#include "ProportionBar.h"
#include "gui/theme/Labels.h"
#include "gui/widgets/PlainToolTip.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace callboard {

namespace {
QLabel *plainLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText); // keys and values are the server's text
    return l;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString formatNumber(double v)
{
    const double a = std::abs(v);
    return QLocale().toString(v, 'f', a >= 100 || v == std::floor(v) ? 0 : a >= 10 ? 1 : 2);
}

int percentOf(int part, int whole) { return whole > 0 ? qRound(100.0 * part / whole) : 0; }
} // namespace

QString AnalysisTile::humanizeKey(const QString &key)
{
    return Labels::fieldName(key);
}

AnalysisTile::AnalysisTile(const AnalysisFieldStats &stats, const Theme &theme, QWidget *parent)
    : QFrame(parent), m_stats(stats), m_theme(theme), m_builtKind(stats.kind), m_layout(new QVBoxLayout(this)),
      m_title(plainLabel(this)), m_figure(plainLabel(this)), m_caption(plainLabel(this))
{
    setAutoFillBackground(true);
    m_layout->setContentsMargins(14, 10, 14, 12);
    m_layout->setSpacing(4);
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    m_figure->setFont(scaledFont(m_figure->font(), 1.8, true));
    // The figure may be a long enum value: elided to the tile's width, never widening it.
    m_figure->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_caption->setWordWrap(true);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_figure);
    m_layout->addWidget(m_caption);
    rebuildBody();
    setTheme(theme);
}

QString AnalysisTile::title() const { return m_title->text(); }
QString AnalysisTile::caption() const { return m_caption->text(); }

void AnalysisTile::setFigure(const QString &text)
{
    m_figureText = text;
    const QMargins m = m_layout->contentsMargins();
    const int width = qMax(20, contentsRect().width() - m.left() - m.right());
    m_figure->setText(m_figure->fontMetrics().elidedText(text, Qt::ElideRight, width));
    m_figure->setToolTip(m_figure->text() == text ? QString() : text);
}

void AnalysisTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    setFigure(m_figureText);
}

void AnalysisTile::setStats(const AnalysisFieldStats &stats)
{
    m_stats = stats;
    if (m_stats.kind != m_builtKind)
        rebuildBody();
    updateContent();
}

void AnalysisTile::setTheme(const Theme &theme)
{
    m_theme = theme;
    QPalette p = theme.palette();
    p.setColor(QPalette::Window, theme.card());
    setPalette(p);
    QPalette muted = p;
    muted.setColor(QPalette::WindowText, theme.mutedText());
    m_caption->setPalette(muted);
    for (QLabel *l : std::as_const(m_legendShares))
        l->setPalette(muted);
    updateContent();
}

void AnalysisTile::rebuildBody()
{
    delete m_body;
    m_bar = nullptr;
    m_histogram = nullptr;
    m_legend = nullptr;
    m_legendSwatches.clear();
    m_legendValues.clear();
    m_legendShares.clear();
    m_builtKind = m_stats.kind;
    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 4, 0, 0);
    body->setSpacing(6);
    switch (m_stats.kind) {
    case AnalysisFieldStats::Kind::Boolean:
        m_bar = new ProportionBar(m_body);
        body->addWidget(m_bar);
        break;
    case AnalysisFieldStats::Kind::EnumLike:
        m_bar = new ProportionBar(m_body);
        m_bar->setFixedHeight(14);
        body->addWidget(m_bar);
        m_legend = new QGridLayout;
        m_legend->setHorizontalSpacing(8);
        m_legend->setVerticalSpacing(2);
        m_legend->setColumnStretch(1, 1);
        body->addLayout(m_legend);
        break;
    case AnalysisFieldStats::Kind::Number:
        m_histogram = new MiniHistogram(m_body);
        body->addWidget(m_histogram);
        break;
    case AnalysisFieldStats::Kind::Text:
    case AnalysisFieldStats::Kind::Date:
        break;
    }
    m_layout->addWidget(m_body);
    m_layout->addStretch(1);
    // One stretch only: drop an older one left by a previous body.
    for (int i = m_layout->count() - 2; i >= 0; --i) {
        if (m_layout->itemAt(i)->spacerItem())
            delete m_layout->takeAt(i);
    }
}

QColor AnalysisTile::shade(int index, int count) const
{
    // Shades of the accent, from full to faint: values have no colour meaning of their own.
    const double t = count <= 1 ? 0.0 : 0.72 * index / (count - 1);
    return mix(m_theme.accent(), m_theme.card(), t);
}

void AnalysisTile::updateContent()
{
    m_title->setText(humanizeKey(m_stats.key));
    setToolTip(tr("Analysis field “%1”").arg(m_stats.key));
    setAccessibleName(humanizeKey(m_stats.key));
    // A date field has no one figure worth a headline (not its count): its caption says it all.
    m_figure->setVisible(m_stats.kind != AnalysisFieldStats::Kind::Date);
    switch (m_stats.kind) {
    case AnalysisFieldStats::Kind::Boolean:
        // Read as an answer to the field's name: "Issue resolved: 64 % yes".
        setFigure(tr("%1 % yes").arg(percentOf(m_stats.trueCount, m_stats.booleans)));
        m_caption->setText(tr("yes in %1 of %n calls", nullptr, m_stats.booleans).arg(m_stats.trueCount));
        m_bar->setSegments({{double(m_stats.trueCount), m_theme.accent()}});
        m_bar->setTrack(m_theme.border(), m_stats.booleans);
        break;
    case AnalysisFieldStats::Kind::EnumLike: {
        QList<QPair<QString, int>> values;
        for (auto it = m_stats.values.cbegin(); it != m_stats.values.cend(); ++it)
            values.append({it.key(), it.value()});
        std::stable_sort(values.begin(), values.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        setFigure(values.isEmpty() ? QStringLiteral("—") : values.first().first);
        m_caption->setText(tr("most common of %n calls", nullptr, m_stats.textual));
        std::vector<ProportionBar::Segment> segments;
        for (int i = 0; i < values.size(); ++i)
            segments.push_back({double(values.at(i).second), shade(i, int(values.size()))});
        m_bar->setSegments(segments);
        m_bar->setTrack(m_theme.card(), 0);
        updateLegend(values);
        break;
    }
    case AnalysisFieldStats::Kind::Number:
        setFigure(formatNumber(m_stats.mean()));
        m_caption->setText(tr("mean of %n calls", nullptr, m_stats.numeric));
        m_histogram->setValues(m_stats.numbers);
        m_histogram->setColors(m_theme.accent(), m_theme.border(), m_theme.mutedText());
        break;
    case AnalysisFieldStats::Kind::Date:
        setFigure(QString());
        m_caption->setText(tr("a date or time in %n calls", nullptr, m_stats.count));
        break;
    case AnalysisFieldStats::Kind::Text:
        setFigure(tr("in %n calls", nullptr, m_stats.count));
        m_caption->setText(tr("free text"));
        break;
    }
}

void AnalysisTile::updateLegend(const QList<QPair<QString, int>> &values)
{
    const int rows = int(std::min<qsizetype>(values.size(), kMaxLegendRows));
    bool same = rows == m_legendValues.size();
    for (int i = 0; same && i < rows; ++i)
        same = m_legendValues.at(i)->text() == values.at(i).first;
    if (!same) {
        qDeleteAll(m_legendSwatches);
        qDeleteAll(m_legendValues);
        qDeleteAll(m_legendShares);
        m_legendSwatches.clear();
        m_legendValues.clear();
        m_legendShares.clear();
        for (int i = 0; i < rows; ++i) {
            auto *swatch = new QWidget(m_body);
            swatch->setFixedSize(12, 12);
            swatch->setAutoFillBackground(true);
            auto *value = plainLabel(m_body);
            value->setWordWrap(true);
            value->setText(values.at(i).first);
            value->setToolTip(plainToolTip(values.at(i).first));
            auto *share = plainLabel(m_body);
            share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QPalette muted = palette();
            muted.setColor(QPalette::WindowText, m_theme.mutedText());
            share->setPalette(muted);
            m_legend->addWidget(swatch, i, 0, Qt::AlignVCenter);
            m_legend->addWidget(value, i, 1);
            m_legend->addWidget(share, i, 2);
            m_legendSwatches << swatch;
            m_legendValues << value;
            m_legendShares << share;
        }
    }
    for (int i = 0; i < rows; ++i) {
        QPalette sp = m_legendSwatches.at(i)->palette();
        sp.setColor(QPalette::Window, shade(i, int(values.size())));
        m_legendSwatches.at(i)->setPalette(sp);
        m_legendShares.at(i)->setText(tr("%1 %").arg(percentOf(values.at(i).second, m_stats.textual)));
        m_legendValues.at(i)->setAccessibleName(
            tr("%1: %2 calls").arg(values.at(i).first).arg(values.at(i).second));
    }
}

} // namespace callboard

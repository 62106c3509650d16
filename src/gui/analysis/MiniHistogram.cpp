#include "MiniHistogram.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace callboard {

namespace {
QString number(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : (std::abs(v) < 10 ? 2 : 1));
}
} // namespace

MiniHistogram::MiniHistogram(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize MiniHistogram::sizeHint() const { return {160, 48 + fontMetrics().height()}; }

void MiniHistogram::setValues(const std::map<double, int> &valueCounts)
{
    m_bins.clear();
    if (valueCounts.empty()) {
        update();
        return;
    }
    m_min = valueCounts.begin()->first;
    m_max = valueCounts.rbegin()->first;
    if (valueCounts.size() <= size_t(kMaxBars)) {
        for (const auto &[value, count] : valueCounts)
            m_bins.push_back(count);
    } else {
        const int n = 10;
        m_bins.assign(n, 0);
        const double span = m_max - m_min;
        for (const auto &[value, count] : valueCounts) {
            const int i = std::min(n - 1, int((value - m_min) / span * n));
            m_bins[size_t(i)] += count;
        }
    }
    update();
}

void MiniHistogram::setColors(const QColor &bar, const QColor &baseline, const QColor &text)
{
    m_bar = bar;
    m_baseline = baseline;
    m_text = text;
    update();
}

void MiniHistogram::paintEvent(QPaintEvent *)
{
    if (m_bins.empty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int textHeight = fontMetrics().height();
    const QRectF plot(0, 2, width(), height() - textHeight - 4);
    const int most = *std::max_element(m_bins.begin(), m_bins.end());
    const double slot = plot.width() / double(m_bins.size());
    const double gap = std::min(4.0, slot * 0.2);
    for (size_t i = 0; i < m_bins.size(); ++i) {
        if (m_bins[i] == 0)
            continue;
        const double h = std::max(2.0, plot.height() * m_bins[i] / std::max(1, most));
        p.fillRect(QRectF(plot.left() + i * slot + gap / 2, plot.bottom() - h, slot - gap, h), m_bar);
    }
    p.fillRect(QRectF(plot.left(), plot.bottom(), plot.width(), 1), m_baseline);
    p.setPen(m_text);
    const QRectF labels(0, plot.bottom() + 2, width(), textHeight);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, number(m_min));
    if (m_max != m_min)
        p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, number(m_max));
}

} // namespace callboard

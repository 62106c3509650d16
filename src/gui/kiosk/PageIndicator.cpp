#include "PageIndicator.h"

#include <QPainter>

namespace callboard {

PageIndicator::PageIndicator(QWidget *parent)
    : QWidget(parent), m_active(Qt::white), m_inactive(Qt::gray)
{
}

void PageIndicator::setPages(const QStringList &titles)
{
    m_titles = titles;
    m_current = 0;
    setVisible(titles.size() > 1);
    updateGeometry();
    update();
}

void PageIndicator::setCurrent(int page)
{
    m_current = page;
    setAccessibleName(tr("Page %1 of %2: %3").arg(page + 1).arg(m_titles.size()).arg(currentTitle()));
    update();
}

void PageIndicator::setColors(const QColor &active, const QColor &inactive)
{
    m_active = active;
    m_inactive = inactive;
    update();
}

QSize PageIndicator::sizeHint() const
{
    const int h = fontMetrics().height();
    return QSize(h * (m_titles.size() + 12), h + 4);
}

void PageIndicator::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int h = fontMetrics().height();
    const int dot = qMax(6, h / 2);
    // Right-aligned: "Key figures  ● ○ ○ ○"
    int x = width() - m_titles.size() * (dot * 2) ;
    const int y = (height() - dot) / 2;
    for (int i = 0; i < m_titles.size(); ++i) {
        p.setPen(Qt::NoPen);
        p.setBrush(i == m_current ? m_active : m_inactive);
        p.drawEllipse(QRect(x + i * dot * 2, y, dot, dot));
    }
    p.setPen(m_inactive);
    const QRect textRect(0, 0, x - dot, height());
    p.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, currentTitle());
}

} // namespace callboard

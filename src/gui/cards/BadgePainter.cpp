#include "BadgePainter.h"

#include <QFontMetrics>
#include <QPainter>
#include <QtMath>

namespace callboard {

BadgePainter::BadgePainter(const QFont &font) : m_font(font)
{
    const QFontMetrics fm(m_font);
    m_height = fm.height() + qMax(4, fm.height() / 3);
    m_padding = qMax(6, fm.height() / 2);
    m_gap = qMax(4, fm.height() / 4);
}

int BadgePainter::glyphBlock(const Badge &badge) const
{
    if (badge.glyph.isEmpty())
        return 0;
    return qCeil(QFontMetricsF(m_font).horizontalAdvance(badge.glyph)) + m_gap;
}

int BadgePainter::width(const Badge &badge) const
{
    // Rounded up: elidedText() measures in fractions and must find the word fits.
    return 2 * m_padding + glyphBlock(badge) +
           qCeil(QFontMetricsF(m_font).horizontalAdvance(badge.text));
}

QRect BadgePainter::rectAt(const QPoint &topLeft, const Badge &badge, int maxWidth) const
{
    return QRect(topLeft, QSize(qMax(0, qMin(width(badge), maxWidth)), m_height));
}

QString BadgePainter::fittedText(const Badge &badge, int badgeWidth) const
{
    const int room = badgeWidth - 2 * m_padding - glyphBlock(badge);
    if (room <= 0)
        return {};
    return QFontMetrics(m_font).elidedText(badge.text, Qt::ElideRight, room);
}

void BadgePainter::paint(QPainter *painter, const QRect &rect, const Badge &badge) const
{
    if (rect.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal radius = rect.height() / 2.0;
    if (badge.outlined) {
        painter->setPen(QPen(badge.fill, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(badge.fill);
        painter->drawRoundedRect(QRectF(rect), radius, radius);
    }
    painter->setFont(m_font);
    painter->setPen(badge.ink);
    QRect inner = rect.adjusted(m_padding, 0, -m_padding, 0);
    const int glyph = glyphBlock(badge);
    if (glyph > 0 && glyph <= inner.width()) {
        painter->drawText(QRect(inner.left(), inner.top(), glyph, inner.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, badge.glyph);
        inner.setLeft(inner.left() + glyph);
    }
    painter->drawText(inner, Qt::AlignLeft | Qt::AlignVCenter, fittedText(badge, rect.width()));
    painter->restore();
}

} // namespace callboard

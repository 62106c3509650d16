// BadgePainter: paints a Badge as a rounded pill (glyph, then word) with QPainter only, so it
// stays sharp at any device pixel ratio, and tells callers how much room a badge needs.
#pragma once

#include "Badge.h"

#include <QFont>
#include <QRect>

class QPainter;

namespace callboard {

class BadgePainter final
{
public:
    explicit BadgePainter(const QFont &font);

    const QFont &font() const { return m_font; }
    int height() const { return m_height; }
    // The width the badge needs without eliding.
    int width(const Badge &badge) const;
    // The badge's rect at topLeft, no wider than maxWidth (its word is elided to fit).
    QRect rectAt(const QPoint &topLeft, const Badge &badge, int maxWidth) const;
    // The word as painted inside a badge of the given width (elided when it does not fit).
    QString fittedText(const Badge &badge, int badgeWidth) const;
    void paint(QPainter *painter, const QRect &rect, const Badge &badge) const;

private:
    int glyphBlock(const Badge &badge) const; // glyph + the gap after it

    QFont m_font;
    int m_height;
    int m_padding; // left and right, inside the pill
    int m_gap;     // between glyph and word
};

} // namespace callboard

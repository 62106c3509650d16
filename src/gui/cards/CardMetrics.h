// CardMetrics: the fonts and fixed measures of a call card, derived once from the view's font
// (never smaller than 10 pt for the main text) so painting a card measures almost nothing.
#pragma once

#include "BadgePainter.h"

#include <QFont>
#include <QSize>

namespace callboard {

struct CardMetrics
{
    explicit CardMetrics(const QFont &viewFont);

    QFont source;   // the font these were derived from (the cache key)
    QFont main;     // end reason, highlighted value
    QFont strong;   // agent
    QFont small;    // campaign, direction, relative time
    QFont duration; // the duration, a little larger and bold
    BadgePainter badges;

    int margin;      // item rect to card edge: half the space between two cards
    int accentWidth; // the status bar at the card's left
    int inset;       // card edge to the accent bar
    int padding;     // accent bar to the content, and content to the right edge
    int gap;         // between columns and between badges
    int badgeColumn; // the widest badge a known status or sentiment needs
    int timeColumn;  // the widest duration or relative time
    QSize listCard;  // a card of the list layout (the view stretches it to its width)
    QSize gridCard;  // a card of the grid layout (the width is a minimum)
    QSize listItem() const { return listCard + QSize(2 * margin, 2 * margin); }
    QSize gridItem() const { return gridCard + QSize(2 * margin, 2 * margin); }
};

} // namespace callboard

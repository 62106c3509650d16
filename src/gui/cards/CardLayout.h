// CardLayout: where every piece of one call card goes, with its words already elided to fit.
// Computed apart from painting so the delegate paints exactly this and tests can check it:
// nothing outside the card, no text wider than its place.
#pragma once

#include "Badge.h"

#include <QRect>
#include <QString>

#include <vector>

namespace callboard {

class Directory;
struct CallLog;
struct CardMetrics;

enum class CardShape
{
    List,
    Grid
};

struct CardText
{
    enum class Font
    {
        Main,
        Strong,
        Small,
        Duration
    };
    enum class Tone
    {
        Text,
        Muted,
        Live,
        Good,
        Bad
    };
    QRect rect;
    QString text; // already elided to rect.width() in its font
    Font font = Font::Main;
    Tone tone = Tone::Text;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
};

struct CardLayout
{
    QRect card; // inside the item rect by CardMetrics::margin
    QRect accent;
    Badge status;
    Badge sentiment;
    QRect statusRect;
    QRect sentimentRect;
    std::vector<CardText> texts;

    struct Input
    {
        CardShape shape = CardShape::List;
        const CardMetrics *metrics = nullptr;
        const Theme *theme = nullptr;
        qint64 nowMs = 0;
        QString highlightedKey; // empty: automatic
        const Directory *names = nullptr; // agent and campaign names; ids without it
    };
    // The card drawn in an item rect (a view's option.rect), a margin inside it.
    static CardLayout build(const CallLog &call, const QRect &item, const Input &in);
};

} // namespace callboard

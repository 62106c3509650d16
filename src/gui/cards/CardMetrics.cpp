#include "CardMetrics.h"

#include "core/model/CallLog.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"

#include <QFontMetrics>

namespace callboard {

namespace {
QFont atLeast(QFont font, qreal points, int pixels)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(qMax(font.pointSizeF(), points));
    else
        font.setPixelSize(qMax(font.pixelSize(), pixels));
    return font;
}

QFont scaled(QFont font, qreal factor, qreal minPoints, int minPixels)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(qMax(font.pointSizeF() * factor, minPoints));
    else
        font.setPixelSize(qMax(qRound(font.pixelSize() * factor), minPixels));
    return font;
}

QFont weighted(QFont font, QFont::Weight weight)
{
    font.setWeight(weight);
    return font;
}

int widestStatusBadge(const BadgePainter &painter)
{
    const Theme theme = Theme::light(); // colours do not change widths
    int widest = 0;
    CallLog call;
    for (int s = int(CallStatus::Created); s < int(CallStatus::Other); ++s) {
        call.status = CallStatus(s);
        widest = qMax(widest, painter.width(Badge::forStatus(call, theme)));
    }
    return widest;
}

int widestSentimentBadge(const BadgePainter &painter)
{
    const Theme theme = Theme::light();
    int widest = 0;
    CallLog call;
    for (int s = int(Sentiment::None); s < int(Sentiment::Other); ++s) {
        call.sentiment = Sentiment(s);
        widest = qMax(widest, painter.width(Badge::forSentiment(call, theme)));
    }
    return widest;
}
} // namespace

CardMetrics::CardMetrics(const QFont &viewFont)
    : source(viewFont), main(atLeast(viewFont, 10.0, 13)), strong(weighted(main, QFont::DemiBold)),
      small(scaled(main, 0.9, 9.0, 12)),
      duration(weighted(scaled(main, 1.15, 11.0, 15), QFont::DemiBold)),
      badges(weighted(small, QFont::DemiBold))
{
    const QFontMetrics fm(main);
    const int em = fm.height();
    margin = 4;
    accentWidth = qMax(4, em / 4);
    inset = qMax(8, em / 2);
    padding = qMax(12, (em * 3) / 4);
    gap = qMax(8, em / 2);
    const int widestStatus = widestStatusBadge(badges);
    const int widestSentiment = widestSentimentBadge(badges);
    badgeColumn = qMax(widestStatus, widestSentiment);

    const QFontMetrics dfm(duration), sfm(small);
    // The widest relative time of each wording ("gerade eben" is wider than "vor 59 Min.").
    timeColumn = dfm.horizontalAdvance(QStringLiteral("0:00:00"));
    for (const qint64 agoSeconds : {0LL, 59LL, 59LL * 60, 23LL * 3600, 99LL * 86400})
        timeColumn = qMax(timeColumn, sfm.horizontalAdvance(Labels::relativeTime(0, agoSeconds * 1000)));

    // List: two bands (badge height each) with a gap, padded above and below.
    const int listHeight = 2 * badges.height() + gap + 2 * padding;
    // A list row stretches to the view's width; this is only the narrowest it can usefully be.
    listCard = QSize(inset + accentWidth + 2 * padding + badgeColumn + 2 * gap + timeColumn + 120,
                     qMax(76, listHeight));

    // Grid: a badge row, the agent and duration, the campaign and number, the end reason,
    // and the highlighted value with the relative time; at least half a gap between rows.
    const int gridHeight = 2 * padding + badges.height() +
                           qMax(QFontMetrics(strong).height(), dfm.height()) + sfm.height() +
                           2 * fm.height() + 4 * (gap / 2);
    // Its two badges side by side: the widest status beside the widest sentiment, not twice
    // the widest of either (German's long status words would cost a wall a column).
    const int gridWidth = inset + accentWidth + 2 * padding + widestStatus + gap + widestSentiment;
    gridCard = QSize(qMax(300, gridWidth), qMax(150, gridHeight));
}

} // namespace callboard

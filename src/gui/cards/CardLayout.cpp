#include "CardLayout.h"

#include "gui/models/CardContent.h"
#include "CardMetrics.h"
#include "core/model/CallLog.h"
#include "gui/theme/Labels.h"

#include <QFontMetrics>
#include <QtMath>

namespace callboard {

namespace {
using Font = CardText::Font;
// Below this many gaps (half an em each) for the agent's name, a list card stops aligning its
// badges in a column: 20 gaps hold "Cleo (Collections)" at the card's font.
constexpr int kMinNameEms = 20;
using Tone = CardText::Tone;

const QFont &fontOf(const CardMetrics &m, Font f)
{
    switch (f) {
    case Font::Main:
        return m.main;
    case Font::Strong:
        return m.strong;
    case Font::Small:
        return m.small;
    case Font::Duration:
        return m.duration;
    }
    return m.main;
}

// Server text is shown on one line, as text: line breaks and tabs become spaces.
QString oneLine(QString s)
{
    for (QChar &ch : s) {
        if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator ||
            ch == QChar::ParagraphSeparator)
            ch = QLatin1Char(' ');
    }
    return s;
}

int naturalWidth(const CardMetrics &m, Font f, const QString &text)
{
    // Rounded up: elidedText() measures in fractions and must find the text fits.
    return qCeil(QFontMetricsF(fontOf(m, f)).horizontalAdvance(oneLine(text)));
}

// Splits `total` between a left and a right item, the right one kept whole when it can be.
std::pair<int, int> split(int total, int gap, int left, int right)
{
    if (total <= gap)
        return {0, 0};
    const int room = total - gap;
    if (left + right <= room)
        return {room - right, right};
    if (right <= room / 2)
        return {room - right, right};
    if (left <= room / 2)
        return {left, room - left};
    return {room / 2, room - room / 2};
}

class Builder
{
public:
    Builder(CardLayout &out, const CallLog &call, const CardLayout::Input &in)
        : m_out(out), m_call(call), m_in(in), m_m(*in.metrics),
          m_agent(CardContent::agentName(call, in.names)),
          m_campaign(CardContent::campaignName(call, in.names))
    {
    }

    // A text item centred vertically on the band, elided to width.
    void text(int x, int width, const QRect &band, const QString &raw, Font f, Tone tone,
              Qt::Alignment h = Qt::AlignLeft)
    {
        if (width <= 0 || raw.isEmpty())
            return;
        const QFontMetrics fm(fontOf(m_m, f));
        const int height = qMax(band.height(), fm.height());
        const QRect rect(x, band.center().y() + 1 - height / 2, width, height);
        const QString elided = fm.elidedText(oneLine(raw), Qt::ElideRight, width);
        if (elided.isEmpty())
            return;
        m_out.texts.push_back({rect, elided, f, tone, h | Qt::AlignVCenter});
    }

    void highlight(int x, int width, const QRect &band)
    {
        const CardContent::Highlight h = CardContent::highlight(m_call, m_in.highlightedKey);
        if (h.isEmpty() || width <= 0)
            return;
        if (h.mark != CardContent::Highlight::Mark::None) {
            const QString glyph = CardContent::markGlyph(h.mark) + QLatin1Char(' ');
            const int gw = qMin(width, naturalWidth(m_m, Font::Strong, glyph));
            text(x, gw, band, glyph, Font::Strong,
                 h.mark == CardContent::Highlight::Mark::Yes ? Tone::Good : Tone::Bad);
            x += gw;
            width -= gw;
        }
        text(x, width, band, h.text, Font::Main, Tone::Text);
    }

    QString duration() const { return CardContent::durationText(m_call, m_in.nowMs); }
    Tone durationTone() const { return isLive(m_call.status) ? Tone::Live : Tone::Text; }
    QString relative() const { return Labels::relativeTime(m_call.createdAtMs, m_in.nowMs); }
    // Live calls have not ended: no "—" where the reason will be.
    QString endReason() const
    {
        return isLive(m_call.status) ? QString() : Labels::endReason(m_call.endReasonText);
    }
    Tone endReasonTone() const { return m_call.endReasonText.isEmpty() ? Tone::Muted : Tone::Text; }

    void list();
    void compactList(const QRect &band1, const QRect &band2, int right);
    void grid();

private:
    CardLayout &m_out;
    const CallLog &m_call;
    const CardLayout::Input &m_in;
    const CardMetrics &m_m;
    const QString m_agent;    // the agent's name: the card's headline
    const QString m_campaign; // the batch's title or the campaign id
};

void Builder::list()
{
    const QRect c = m_out.card;
    const int bh = m_m.badges.height();
    const int top = c.top() + (c.height() - (2 * bh + m_m.gap)) / 2;
    const QRect band1(c.left(), top, c.width(), bh);
    const QRect band2(c.left(), top + bh + m_m.gap, c.width(), bh);
    int x = c.left() + m_m.inset + m_m.accentWidth + m_m.padding;
    const int right = c.left() + c.width() - m_m.padding;

    int bw = qMax(0, qMin(m_m.badgeColumn, right - x));
    m_out.statusRect = m_m.badges.rectAt({x, band1.top()}, m_out.status, bw);
    m_out.sentimentRect = m_m.badges.rectAt({x, band2.top()}, m_out.sentiment, bw);
    // The badges share a column as wide as the widest label, so the names line up. When that
    // leaves the name too little room (a narrow list; German's long badge words), this
    // card's own badges decide where the name starts: a name beats a straight edge.
    const int nameRoom = right - x - bw - 4 * m_m.gap - m_m.timeColumn;
    if (nameRoom < kMinNameEms * m_m.gap)
        bw = qMax(m_out.statusRect.width(), m_out.sentimentRect.width());
    x += bw + 2 * m_m.gap;

    const int tw = qMax(0, qMin(m_m.timeColumn, right - x));
    const int tx = right - tw;
    text(tx, tw, band1, duration(), Font::Duration, durationTone(), Qt::AlignRight);
    text(tx, tw, band2, relative(), Font::Small, Tone::Muted, Qt::AlignRight);

    // Three columns between the badges and the times: who, how it ended, what it found.
    const int middle = tx - 2 * m_m.gap - x;
    if (middle <= 0)
        return;
    // Narrow rows keep the columns that matter most: who, then how it ended.
    const int columns = middle >= 56 * m_m.gap ? 3 : middle >= 24 * m_m.gap ? 2 : 1;
    if (columns == 1 && naturalWidth(m_m, Font::Strong, m_agent) > middle) {
        compactList(band1, band2, right);
        return;
    }
    const int room = middle - (columns - 1) * m_m.gap;
    const int w1 = columns == 1 ? room : room * (columns == 3 ? 34 : 55) / 100;
    const int w2 = columns == 3 ? room * 30 / 100 : room - w1;
    text(x, w1, band1, m_agent, Font::Strong, Tone::Text);
    text(x, w1, band2, m_campaign, Font::Small, Tone::Muted);
    if (columns == 1)
        return;
    x += w1 + m_m.gap;
    text(x, w2, band1, endReason(), Font::Main, endReasonTone());
    // The number matters more than the word "Outbound": drop the word before eliding.
    QString direction = CardContent::directionText(m_call, true);
    if (naturalWidth(m_m, Font::Small, direction) > w2)
        direction = CardContent::directionText(m_call, false);
    text(x, w2, band2, direction, Font::Small, Tone::Muted);
    if (columns == 2)
        return;
    x += w2 + m_m.gap;
    highlight(x, room - w1 - w2, band1);
}

void Builder::compactList(const QRect &band1, const QRect &band2, int right)
{
    // Too narrow for columns (a list a third of a laptop wide, in German): each band's words
    // start after its own badge and end at its own time, so the name takes what "Klingelt"
    // and "0:07" leave rather than what the widest badge and time might need.
    m_out.texts.clear();
    const auto place = [&](const QRect &band, const QRect &badge, const QString &left, Font leftFont,
                           Tone leftTone, const QString &time, Font timeFont, Tone timeTone) {
        const int x = (badge.isEmpty() ? m_out.card.left() + m_m.inset + m_m.accentWidth + m_m.padding
                                       : badge.right() + 1) + m_m.gap;
        const int tw = qMin(qMax(0, right - x), naturalWidth(m_m, timeFont, time));
        text(right - tw, tw, band, time, timeFont, timeTone, Qt::AlignRight);
        text(x, right - tw - m_m.gap - x, band, left, leftFont, leftTone);
    };
    place(band1, m_out.statusRect, m_agent, Font::Strong, Tone::Text, duration(), Font::Duration,
          durationTone());
    place(band2, m_out.sentimentRect, m_campaign, Font::Small, Tone::Muted, relative(), Font::Small,
          Tone::Muted);
}

void Builder::grid()
{
    const QRect c = m_out.card;
    const int x = c.left() + m_m.inset + m_m.accentWidth + m_m.padding;
    const int right = c.left() + c.width() - m_m.padding;
    const int width = qMax(0, right - x);
    const int bh = m_m.badges.height();
    const int rowHeight =
        qMax(QFontMetrics(m_m.strong).height(), QFontMetrics(m_m.duration).height());
    const int smallHeight = QFontMetrics(m_m.small).height();
    const int mainHeight = QFontMetrics(m_m.main).height();
    // Space left over is shared by the gaps between groups, so any card height looks even;
    // the campaign stays close under the agent it belongs to.
    const int content = bh + rowHeight + smallHeight + 2 * mainHeight + m_m.gap / 2;
    const int spare = qMax(3 * (m_m.gap / 2), c.height() - 2 * m_m.padding - content);
    int y = c.top() + m_m.padding;

    m_out.statusRect = m_m.badges.rectAt({x, y}, m_out.status, width);
    const int sx = m_out.statusRect.right() + 1 + m_m.gap;
    m_out.sentimentRect = m_m.badges.rectAt({sx, y}, m_out.sentiment, qMax(0, right - sx));
    y += bh + spare / 3;

    const QRect row2(c.left(), y, c.width(), rowHeight);
    const QString dur = duration();
    const auto [agentW, durW] =
        split(width, m_m.gap, naturalWidth(m_m, Font::Strong, m_agent),
              naturalWidth(m_m, Font::Duration, dur));
    text(x, agentW, row2, m_agent, Font::Strong, Tone::Text);
    text(right - durW, durW, row2, dur, Font::Duration, durationTone(), Qt::AlignRight);
    y += rowHeight + m_m.gap / 2;

    const QRect row3(c.left(), y, c.width(), smallHeight);
    const QString number = CardContent::directionText(m_call, false);
    const auto [campW, numW] =
        split(width, m_m.gap, naturalWidth(m_m, Font::Small, m_campaign),
              naturalWidth(m_m, Font::Small, number));
    text(x, campW, row3, m_campaign, Font::Small, Tone::Muted);
    text(right - numW, numW, row3, number, Font::Small, Tone::Muted, Qt::AlignRight);
    y += smallHeight + spare / 3;

    text(x, width, QRect(c.left(), y, c.width(), mainHeight), endReason(), Font::Main,
         endReasonTone());

    // The bottom row sits on the card's bottom edge whatever the card's height.
    const QRect bottom(c.left(), c.top() + c.height() - m_m.padding - mainHeight, c.width(),
                       mainHeight);
    const QString rel = relative();
    const int relW = qMin(width, naturalWidth(m_m, Font::Small, rel));
    text(right - relW, relW, bottom, rel, Font::Small, Tone::Muted, Qt::AlignRight);
    highlight(x, width - relW - m_m.gap, bottom);
}
} // namespace

CardLayout CardLayout::build(const CallLog &call, const QRect &item, const Input &in)
{
    const CardMetrics &m = *in.metrics;
    CardLayout out;
    out.card = item.adjusted(m.margin, m.margin, -m.margin, -m.margin);
    const QRect &card = out.card;
    out.texts.reserve(10);
    out.status = Badge::forStatus(call, *in.theme);
    out.sentiment = Badge::forSentiment(call, *in.theme);
    out.accent = QRect(card.left() + m.inset, card.top() + m.inset, m.accentWidth,
                       qMax(0, card.height() - 2 * m.inset));
    Builder builder(out, call, in);
    if (in.shape == CardShape::List)
        builder.list();
    else
        builder.grid();
    return out;
}

} // namespace callboard

#include "CallCardDelegate.h"

#include "gui/models/CardContent.h"
#include "core/directory/Directory.h"
#include "core/time/Clock.h"
#include "gui/models/CallListModel.h"
#include "gui/theme/Theme.h"

#include <QPainter>

namespace callboard {

CallCardDelegate::CallCardDelegate(const Theme *theme, Clock *clock, QObject *parent)
    : QStyledItemDelegate(parent), m_theme(theme), m_clock(clock)
{
}

CallCardDelegate::~CallCardDelegate() = default;

void CallCardDelegate::setLayout(Layout layout)
{
    if (m_layout == layout)
        return;
    m_layout = layout;
    emit appearanceChanged();
}

void CallCardDelegate::setTheme(const Theme *theme)
{
    m_theme = theme;
    emit appearanceChanged();
}

void CallCardDelegate::setGridItemSize(const QSize &size)
{
    m_gridItemSize = size; // the view that sets it lays itself out again
}

void CallCardDelegate::setHighlightedField(const QString &key)
{
    if (m_highlightedKey == key)
        return;
    m_highlightedKey = key;
    emit appearanceChanged();
}

void CallCardDelegate::setDirectory(const Directory *directory)
{
    if (directory == m_directory)
        return;
    disconnect(m_directoryChanged);
    m_directory = directory;
    if (directory)
        m_directoryChanged = connect(directory, &Directory::changed, this, &CallCardDelegate::appearanceChanged);
    emit appearanceChanged();
}

const CardMetrics &CallCardDelegate::metrics(const QFont &font) const
{
    if (!m_metrics || m_metrics->source != font)
        m_metrics = std::make_unique<CardMetrics>(font);
    return *m_metrics;
}

QSize CallCardDelegate::cardSize(const QFont &font) const
{
    const CardMetrics &m = metrics(font);
    if (m_layout == Layout::List)
        return m.listItem();
    return m.gridItem().expandedTo(m_gridItemSize);
}

QSize CallCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return cardSize(option.font);
}

CardLayout CallCardDelegate::cardLayout(const CallLog &call, const QRect &rect,
                                        const QFont &font) const
{
    CardLayout::Input in;
    in.shape = m_layout;
    in.metrics = &metrics(font);
    in.theme = m_theme;
    in.nowMs = m_clock->nowMs();
    in.highlightedKey = m_highlightedKey;
    in.names = m_directory;
    return CardLayout::build(call, rect, in);
}

CardLayout CallCardDelegate::cardLayout(const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const auto *call = index.data(CallListModel::CallPointerRole).value<const CallLog *>();
    if (!call)
        return {};
    return cardLayout(*call, option.rect, option.font);
}

QStringList CallCardDelegate::badgeTexts(const CallLog &call) const
{
    return {Badge::forStatus(call, *m_theme).text, Badge::forSentiment(call, *m_theme).text};
}

QString CallCardDelegate::durationText(const CallLog &call) const
{
    return CardContent::durationText(call, m_clock->nowMs());
}

void CallCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const auto *call = index.data(CallListModel::CallPointerRole).value<const CallLog *>();
    if (!call) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    paintCard(painter, option, cardLayout(*call, option.rect, option.font));
}

void CallCardDelegate::paintCard(QPainter *painter, const QStyleOptionViewItem &option,
                                 const CardLayout &card) const
{
    const CardMetrics &m = metrics(option.font);
    const Theme &theme = *m_theme;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool focused = option.state & QStyle::State_HasFocus;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);

    // Card: fill by state, a hairline border; selection and keyboard focus draw it in the
    // accent colour so the current card is found without relying on the fill alone.
    const QColor fill = selected  ? theme.cardSelected()
                        : hovered ? theme.cardHover()
                                  : theme.card();
    const qreal penWidth = selected ? 2.0 : 1.0;
    const QColor edge = (selected || focused) ? theme.accent() : theme.border();
    const qreal radius = qMax(6, m.inset);
    painter->setPen(QPen(edge, penWidth));
    painter->setBrush(fill);
    const qreal half = penWidth / 2;
    painter->drawRoundedRect(QRectF(card.card).adjusted(half, half, -half, -half), radius, radius);

    // The status bar: the group's colour along the left edge, for scanning a long list.
    painter->setPen(Qt::NoPen);
    painter->setBrush(card.status.fill);
    const qreal barRadius = card.accent.width() / 2.0;
    painter->drawRoundedRect(QRectF(card.accent), barRadius, barRadius);

    m.badges.paint(painter, card.statusRect, card.status);
    m.badges.paint(painter, card.sentimentRect, card.sentiment);

    for (const CardText &t : card.texts) {
        switch (t.font) {
        case CardText::Font::Main:
            painter->setFont(m.main);
            break;
        case CardText::Font::Strong:
            painter->setFont(m.strong);
            break;
        case CardText::Font::Small:
            painter->setFont(m.small);
            break;
        case CardText::Font::Duration:
            painter->setFont(m.duration);
            break;
        }
        switch (t.tone) {
        case CardText::Tone::Text:
            painter->setPen(theme.text());
            break;
        case CardText::Tone::Muted:
            painter->setPen(theme.mutedText());
            break;
        case CardText::Tone::Live:
            painter->setPen(theme.statusColor(StatusGroup::Live));
            break;
        case CardText::Tone::Good:
            painter->setPen(theme.ok());
            break;
        case CardText::Tone::Bad:
            painter->setPen(theme.danger());
            break;
        }
        painter->drawText(t.rect, t.align.toInt() | Qt::TextSingleLine, t.text);
    }
    painter->restore();
}

} // namespace callboard

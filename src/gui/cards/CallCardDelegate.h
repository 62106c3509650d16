// CallCardDelegate: paints each call of a CallListModel (or a proxy over it) as a card:
// status and sentiment badges, agent, campaign, duration (live calls count up), relative
// time, end reason, direction and one highlighted analysis value. Paints with QPainter only,
// no widgets per row and no pixmap caches, so it is sharp at any device pixel ratio and
// cheap for the few cards on screen however many calls there are.
#pragma once

#include "CardLayout.h"
#include "CardMetrics.h"

#include <QStyledItemDelegate>

#include <memory>

namespace callboard {

class Clock;
class Directory;
class Theme;
struct CallLog;

class CallCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallCardDelegate)
public:
    using Layout = CardShape;

    CallCardDelegate(const Theme *theme, Clock *clock, QObject *parent = nullptr);
    ~CallCardDelegate() override;

    void setLayout(Layout layout);
    Layout layout() const { return m_layout; }
    void setTheme(const Theme *theme);
    const Theme *theme() const { return m_theme; }
    // Grid items are widened (and on a wall made taller) to this, their cell, so a row of
    // cards fills the view. The view sets it as it resizes, and lays itself out again.
    void setGridItemSize(const QSize &size);
    // The analysis key shown on every card; empty picks one per call (see CardContent).
    void setHighlightedField(const QString &key);
    // Names for the agent and campaign ids (not owned; null: the ids). Repaints on changes.
    void setDirectory(const Directory *directory);
    QString highlightedField() const { return m_highlightedKey; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The item size of the current layout for a view font (the same for every row): the
    // card and a margin around it, half the space between two cards.
    QSize cardSize(const QFont &font) const;
    // The natural grid item size, before widening to fill a row.
    QSize naturalGridItemSize(const QFont &font) const { return metrics(font).gridItem(); }

    // What a card for this index would contain, where; also what tests inspect.
    CardLayout cardLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    CardLayout cardLayout(const CallLog &call, const QRect &rect, const QFont &font) const;
    // The words on the status and sentiment badges (unknown values as the server sent them).
    QStringList badgeTexts(const CallLog &call) const;
    // The duration as painted now: live calls count up with the clock.
    QString durationText(const CallLog &call) const;

signals:
    // The look changed (layout, theme, highlighted field): views relayout and repaint.
    void appearanceChanged();

private:
    const CardMetrics &metrics(const QFont &font) const;
    void paintCard(QPainter *painter, const QStyleOptionViewItem &option,
                   const CardLayout &card) const;

    const Theme *m_theme;
    Clock *m_clock;
    Layout m_layout = Layout::List;
    QString m_highlightedKey;
    const Directory *m_directory = nullptr;
    QMetaObject::Connection m_directoryChanged;
    QSize m_gridItemSize{0, 0};
    mutable std::unique_ptr<CardMetrics> m_metrics; // for the last font seen
};

} // namespace callboard

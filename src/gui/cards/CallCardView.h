// CallCardView: the calls as cards, one per row in a list or wrapped in a grid. Every card
// has the same size, so the view places them by arithmetic (CardGrid) instead of QListView's
// layout pass over every row: a tick that adds calls to a board of 100,000 lays out nothing
// and paints only the cards on screen. It stays a QListView for its API and for assistive
// technology, which announces it as a list of cards. A one-second tick repaints only while a
// visible call is live (its duration counts up) or just arrived.
#pragma once

#include "CallCardDelegate.h"
#include "CardGrid.h"

#include <QListView>
#include <QPersistentModelIndex>
#include <QTimer>

class QPushButton;

namespace callboard {

class Clock;
class Theme;

class CallCardView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallCardView)
public:
    using Layout = CallCardDelegate::Layout;

    CallCardView(const Theme *theme, Clock *clock, QWidget *parent = nullptr);

    using QWidget::setLayout; // keep QWidget's overload visible beside ours
    void setLayout(Layout layout);
    Layout cardLayout() const { return m_delegate->layout(); }
    void setTheme(const Theme *theme);
    void setHighlightedField(const QString &key) { m_delegate->setHighlightedField(key); }
    CallCardDelegate *cardDelegate() const { return m_delegate; }
    // Where the cards are now: columns, cell size and count.
    CardGrid grid() const;
    // The view's width that fits this many grid cards across at their natural size.
    int widthForGridColumns(int columns) const;
    // Calls that arrived above the card the user looks at while the list held still.
    int newCallsAbove() const { return m_newAbove; }
    // Scrolls to the newest card and lets new calls flow in at the top again.
    void jumpToNewest();
    // The user chose another order: what is above is no longer "new" (the card stays held).
    void forgetNewCalls();
    // Paints only the lines of cards that fit whole (a wall display that never scrolls
    // shows no card cut in half at its bottom edge).
    void setWholeLinesOnly(bool on);
    // Grid cards grow taller so their whole lines fill the view's height (a wall display
    // shows no empty band under its last line).
    void setLinesFillHeight(bool on);

    // Whether a call on screen is live, so its duration must be repainted each second.
    bool hasLiveRowInView() const;
    // Whether the once-a-second tick would repaint now (a live or very recent call in view).
    bool needsTick() const;

    void setModel(QAbstractItemModel *model) override;
    void reset() override;
    QRect visualRect(const QModelIndex &index) const override;
    QModelIndex indexAt(const QPoint &point) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void doItemsLayout() override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    QSize viewportSizeHint() const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;

    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;

private:
    template <typename Pred> bool anyVisibleRow(Pred pred) const;
    CardGrid::Span visibleRows() const;
    bool ownsRow(const QModelIndex &index) const;
    QRect contentRect(const QModelIndex &index) const; // before scrolling
    void applyLayout();
    void fitGridToWidth(bool force);
    void onTick();
    void announce(int event, const QModelIndex &index);
    // A list that holds still (CallCardViewAnchor.cpp): while the user has scrolled or has a
    // card selected on screen, rows arriving above keep that card where it is on screen.
    // Before rows arrive or leave (leavingFirst..leavingLast, or -1 for an insert): notes the
    // card to hold and where it is on screen.
    void holdStill(int leavingFirst, int leavingLast);
    void restoreAfterInsert(int start, int end);
    void restoreHeld();
    // Keeps the newest created_at among rows first..last (all of them again when fromScratch).
    void noteNewestShown(int first, int last, bool fromScratch);
    void setNewCallsAbove(int count);
    void placeNewCallsButton();

    CallCardDelegate *m_delegate;
    Clock *m_clock;
    QTimer m_tick;
    int m_quietTicks = 0; // ticks since the last repaint when nothing visible was live
    int m_columns = 1;    // of the grid layout (fitGridToWidth)
    bool m_wholeLinesOnly = false;
    bool m_linesFillHeight = false;
    QPersistentModelIndex m_hover;
    QPersistentModelIndex m_anchor; // the card held still during an insert
    int m_anchorTop = 0;            // its top, in viewport coordinates
    int m_newAbove = 0;
    qint64 m_seenUntilMs = 0;       // calls created after this are new to the user
    qint64 m_newestShownMs = 0;     // the newest call the list has held
    QPushButton *m_newCallsButton;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace callboard

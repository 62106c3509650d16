// CallCardView: the calls as cards, one per row in a list or wrapped in a grid. A QListView
// with uniform item sizes, so 100,000 calls lay out and scroll smoothly; a one-second
// tick repaints only while a visible call is live (its duration counts up) or just arrived.
#pragma once

#include "CallCardDelegate.h"

#include <QListView>
#include <QTimer>

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

    // Whether a call on screen is live, so its duration must be repainted each second.
    bool hasLiveRowInView() const;
    // Whether the once-a-second tick would repaint now (a live or very recent call in view).
    bool needsTick() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    template <typename Pred> bool anyVisibleRow(Pred pred) const;
    void applyLayout();
    void fitGridToWidth(bool force);
    void onTick();

    CallCardDelegate *m_delegate;
    Clock *m_clock;
    QTimer m_tick;
    int m_quietTicks = 0; // ticks since the last repaint when nothing visible was live
};

} // namespace callboard

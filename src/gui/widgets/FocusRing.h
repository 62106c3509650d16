// FocusRing: a 2-px ring in the palette's highlight colour drawn over a widget while it has the
// focus from the keyboard (Tab, Shift+Tab, a shortcut), for widgets whose style shows none
// (chart views, a scroll area). Hidden otherwise, after a click and on a wall display whose
// window gave a chart its first focus: nothing moves or resizes when it comes and goes.
#pragma once

#include <QWidget>

namespace callboard {

class FocusRing final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRing)
public:
    // Gives target a ring (owned by target).
    static void install(QWidget *target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusRing(QWidget *target);

    QWidget *m_target;
    bool m_byKeyboard = false;
};

} // namespace callboard

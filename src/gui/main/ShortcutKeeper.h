// ShortcutKeeper: the window's shortcuts win over the text fields inside it. A QLineEdit claims
// some key combinations for editing (Ctrl+E is "end of line" with X11 key bindings, Ctrl+K
// "delete to the end"), so with the cursor in the search box Ctrl+E would never export. This
// filter declines those claims for every combination one of the window's actions uses, so the
// action fires wherever the focus is. Esc in the search field clears it.
#pragma once

#include <QObject>

class QLineEdit;
class QWidget;

namespace callboard {

class ShortcutKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutKeeper)
public:
    // Watches every widget inside window (application-wide filter, scoped to that window).
    explicit ShortcutKeeper(QWidget *window);
    ~ShortcutKeeper() override;
    // Esc clears this field (and leaves the rest of the window alone while it has text).
    void clearOnEscape(QLineEdit *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isWindowShortcut(const QKeyCombination &keys) const;

    QWidget *m_window;
    QLineEdit *m_escapeClears = nullptr;
};

} // namespace callboard

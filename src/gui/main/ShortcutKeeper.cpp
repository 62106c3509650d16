#include "ShortcutKeeper.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace callboard {

ShortcutKeeper::ShortcutKeeper(QWidget *window) : QObject(window), m_window(window)
{
    // On the application: the combo boxes' line edits and fields created later are covered
    // too, without keeping a list of them.
    qApp->installEventFilter(this);
}

ShortcutKeeper::~ShortcutKeeper() { qApp->removeEventFilter(this); }

void ShortcutKeeper::clearOnEscape(QLineEdit *field) { m_escapeClears = field; }

bool ShortcutKeeper::isWindowShortcut(const QKeyCombination &keys) const
{
    const QKeySequence pressed(keys);
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (!action->isEnabled())
            continue;
        for (const QKeySequence &shortcut : action->shortcuts())
            if (shortcut == pressed)
                return true;
    }
    return false;
}

bool ShortcutKeeper::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::ShortcutOverride && type != QEvent::KeyPress) || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (m_escapeClears && widget == m_escapeClears && key->key() == Qt::Key_Escape
        && key->modifiers() == Qt::NoModifier && !m_escapeClears->text().isEmpty()) {
        // Claim Esc while there is text to clear, then clear it on the key press.
        event->accept();
        if (type == QEvent::KeyPress)
            m_escapeClears->clear();
        return true;
    }
    if (type == QEvent::ShortcutOverride && isWindowShortcut(key->keyCombination())) {
        event->ignore(); // not the field's: the shortcut map delivers it to the action
        return true;
    }
    return false;
}

} // namespace callboard

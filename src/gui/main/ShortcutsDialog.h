// ShortcutsDialog: Help > Keyboard shortcuts. Lists every menu action that has a shortcut, read
// from the menu bar itself, so the list cannot drift from what the keys do.
#pragma once

#include <QDialog>

#include <utility>
#include <vector>

class QMenuBar;

namespace callboard {

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // (what it does, the keys as the platform writes them), in menu order.
    static std::vector<std::pair<QString, QString>> rows(const QMenuBar *menus);
};

} // namespace callboard

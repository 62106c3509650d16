// SavedViewsMenu: View › Saved views. "Save current view as…" keeps what the filter bar shows
// (its filters, the chart selection and the sort) under a name; each saved view is then one
// click away, the one on screen ticked; "Manage saved views…" deletes them. A name already
// taken is replaced only once the user agrees. Its dialogs are window-modal and open without
// blocking, so tests answer them like a user.
#pragma once

#include "core/views/SavedViewStore.h"

#include <QMenu>
#include <QPointer>

namespace callboard {

class FilterBar;

class SavedViewsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewsMenu)
public:
    explicit SavedViewsMenu(FilterBar *filters, QWidget *parent = nullptr);

    // Not owned; nullptr leaves only a disabled "No saved views".
    void setStore(SavedViewStore *store);
    SavedViewStore *store() const { return m_store; }

    // What the board shows now, as a view of this name.
    SavedView currentView(const QString &name) const;
    // Shows the view's filters and sort; false when no view has that name.
    bool applyView(const QString &name);
    // Saves at once under a new name; a taken name asks first (a question box).
    void saveCurrentAs(const QString &name);
    // "Save current view as…": asks for a name, then saveCurrentAs().
    void askNameAndSave();
    void openManager();

signals:
    void viewApplied(const QString &name);

private:
    void rebuild();

    FilterBar *m_filters;
    QPointer<SavedViewStore> m_store;
};

} // namespace callboard

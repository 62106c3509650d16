#include "SavedViewsMenu.h"

#include "SavedViewsDialog.h"
#include "core/views/SavedViewStore.h"
#include "gui/filters/FilterBar.h"

#include <QInputDialog>
#include <QMessageBox>

namespace callboard {

SavedViewsMenu::SavedViewsMenu(FilterBar *filters, QWidget *parent)
    : QMenu(tr("Saved &views"), parent), m_filters(filters)
{
    // Ticks follow the filters, which change without the menu: judged each time it opens.
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::rebuild);
    rebuild();
}

void SavedViewsMenu::setStore(SavedViewStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store)
        connect(store, &SavedViewStore::changed, this, &SavedViewsMenu::rebuild);
    rebuild();
}

void SavedViewsMenu::rebuild()
{
    clear();
    QAction *save = addAction(tr("&Save current view as…"), this, &SavedViewsMenu::askNameAndSave);
    save->setEnabled(m_store);
    addSeparator();
    const QList<SavedView> views = m_store ? m_store->views() : QList<SavedView>{};
    if (views.isEmpty())
        addAction(tr("No saved views"))->setEnabled(false);
    const CallFilter current = m_filters->filter();
    const CallSort sort = m_filters->sortOrder();
    for (const SavedView &v : views) {
        // "&" in a name is a letter, not a mnemonic.
        QAction *a = addAction(QString(v.name).replace(QLatin1Char('&'), QStringLiteral("&&")), this,
                               [this, name = v.name] { applyView(name); });
        a->setCheckable(true);
        a->setChecked(v.shows(current, sort));
        a->setData(v.name);
    }
    addSeparator();
    // Also for views that could not be read: the manager says why.
    addAction(tr("&Manage saved views…"), this, &SavedViewsMenu::openManager)
        ->setEnabled(!views.isEmpty() || (m_store && !m_store->warnings().isEmpty()));
}

SavedView SavedViewsMenu::currentView(const QString &name) const
{
    return SavedView{name.trimmed(), m_filters->filter(), m_filters->sortOrder()};
}

bool SavedViewsMenu::applyView(const QString &name)
{
    const SavedView *view = m_store ? m_store->find(name) : nullptr;
    if (!view)
        return false;
    const SavedView copy = *view; // showing it may change the store's list (it does not, today)
    m_filters->showFilter(copy.filter, copy.sort);
    emit viewApplied(copy.name);
    return true;
}

void SavedViewsMenu::saveCurrentAs(const QString &name)
{
    if (!m_store || name.trimmed().isEmpty())
        return;
    const SavedView view = currentView(name);
    const SavedView *taken = m_store->find(name);
    if (!taken) {
        m_store->save(view);
        return;
    }
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Replace saved view?"),
                                tr("A view named “%1” already exists. Replace it with the filters and sort shown now?")
                                    .arg(taken->name),
                                QMessageBox::NoButton, parentWidget());
    ask->addButton(tr("Replace"), QMessageBox::AcceptRole);
    ask->setDefaultButton(ask->addButton(QMessageBox::Cancel));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("replaceSavedView"));
    connect(ask, &QMessageBox::accepted, this, [this, view] {
        if (m_store)
            m_store->save(view);
    });
    ask->open();
}

void SavedViewsMenu::askNameAndSave()
{
    auto *dialog = new QInputDialog(parentWidget());
    dialog->setObjectName(QStringLiteral("saveViewName"));
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name for the filters, chart selection and sort shown now:"));
    dialog->setOkButtonText(tr("Save"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, &SavedViewsMenu::saveCurrentAs);
    dialog->open();
}

void SavedViewsMenu::openManager()
{
    if (!m_store)
        return;
    if (auto *open = parentWidget() ? parentWidget()->findChild<SavedViewsDialog *>() : nullptr) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SavedViewsDialog(m_store, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SavedViewsDialog::showRequested, this, &SavedViewsMenu::applyView);
    dialog->show();
}

} // namespace callboard

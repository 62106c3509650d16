// SavedViewsFixture: what the saved-views board tests share: the window and its store, the
// menu's save action, the sort box, and finding the visible rows, a view's menu action and an
// open dialog.
#pragma once

#include "SimFixture.h"

#include "core/model/CallStore.h"
#include "core/settings/AppSettings.h"
#include "core/settings/MemorySecretStore.h"
#include "core/sync/SyncEngine.h"
#include "core/views/SavedViewStore.h"
#include "demo/SimulatorDemo.h"
#include "gui/kiosk/KioskController.h"
#include "gui/kiosk/KioskWindow.h"
#include "gui/kiosk/PageIndicator.h"
#include "gui/main/AppController.h"
#include "session/BoardSession.h"
#include "gui/filters/FilterBar.h"
#include "gui/main/MainWindow.h"
#include "gui/models/CallFilterProxy.h"
#include "gui/models/CallListModel.h"
#include "gui/views/SavedViewsDialog.h"
#include "gui/views/SavedViewsMenu.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>

#include <climits>

namespace callboard::viewstest {

using namespace callboard::test; // waitUntil

inline QStringList visibleIds(const QAbstractItemModel *proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids << proxy->index(row, 0).data(CallListModel::IdRole).toString();
    return ids;
}

inline QAction *actionFor(QMenu *menu, const QString &viewName)
{
    emit menu->aboutToShow(); // the menu is rebuilt (and its ticks judged) as it opens
    for (QAction *a : menu->actions())
        if (a->data().toString() == viewName)
            return a;
    return nullptr;
}

template<typename Dialog>
inline Dialog *openDialog(QWidget *parent, const QString &objectName = QString())
{
    Dialog *found = nullptr;
    waitUntil([&] {
        for (Dialog *d : parent->findChildren<Dialog *>())
            if (d->isVisible() && (objectName.isEmpty() || d->objectName() == objectName))
                found = d;
        return found != nullptr;
    }, 2000);
    return found;
}

inline SavedView failedLongestFirst(const QString &name)
{
    SavedView v;
    v.name = name;
    v.filter.groups = CallFilter::bit(StatusGroup::Failed);
    v.sort = CallSort::Longest;
    return v;
}

// A MainWindow on a BoardSession running the demo against the simulator in virtual time,
// with a SavedViewStore in a temporary settings file (made by init(), dropped by cleanup()).
class SavedViewsFixture
{
protected:
    // A demo board in a window with a fresh saved-views store, for every test function (its
    // init()); closeBoard() is its cleanup(), the window first.
    void openBoard()
    {
        m_clock = std::make_unique<ManualClock>(fixedStart());
        m_session = std::make_unique<BoardSession>(m_clock.get());
        useSimulatorForDemo(*m_session);
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_store = std::make_unique<SavedViewStore>(m_settings.get());
        m_window->setViewStore(m_store.get());
        m_window->show();
        QVERIFY(m_session->startDemo(7));
        QVERIFY(waitUntil([&] { return m_session->engine()->backfillDone() && !m_session->engine()->isBusy(); }));
        QVERIFY(m_window->proxy()->rowCount() > 100);
    }
    void closeBoard()
    {
        m_window.reset();
        m_store.reset();
        m_settings.reset();
        m_session.reset();
        m_clock.reset();
    }

    QComboBox *sortBox() const
    {
        for (QComboBox *c : m_window->filterBar()->findChildren<QComboBox *>())
            if (c->accessibleName() == QStringLiteral("Sort order"))
                return c;
        return nullptr;
    }
    void saveThroughTheMenu(const QString &name)
    {
        SavedViewsMenu *menu = m_window->savedViewsMenu();
        emit menu->aboutToShow();
        menu->actions().first()->trigger(); // "Save current view as…"
        auto *ask = openDialog<QInputDialog>(m_window.get(), QStringLiteral("saveViewName"));
        QVERIFY(ask);
        QVERIFY(ask->isModal());
        ask->setTextValue(name);
        ask->accept();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<BoardSession> m_session;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SavedViewStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace callboard::viewstest

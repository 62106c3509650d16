// Every shortcut the README lists reaches its action wherever the focus is: in the search box
// (a QLineEdit that claims Ctrl+E and Ctrl+K for editing), in an agent combo's line edit, and
// on the cards. Help lists them. Esc in the search box clears it.
#include "SimFixture.h"

#include "core/sync/SyncEngine.h"
#include "demo/SimulatorDemo.h"
#include "gui/cards/CallCardView.h"
#include "gui/filters/FilterBar.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ShortcutsDialog.h"
#include "gui/models/CallFilterProxy.h"
#include "session/BoardSession.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>

using namespace callboard;
using namespace callboard::test;

namespace {
struct Keys
{
    const char *readme; // as README's "Keyboard:" line writes it
    Qt::Key key;
    Qt::KeyboardModifiers modifiers;
};
const Keys kReadmeShortcuts[] = {
    {"Ctrl+L", Qt::Key_L, Qt::ControlModifier},
    {"Ctrl+F", Qt::Key_F, Qt::ControlModifier},
    {"Alt+1", Qt::Key_1, Qt::AltModifier},
    {"Alt+2", Qt::Key_2, Qt::AltModifier},
    {"Alt+3", Qt::Key_3, Qt::AltModifier},
    {"Alt+4", Qt::Key_4, Qt::AltModifier},
    {"Ctrl+Shift+X", Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier},
    {"Ctrl+K", Qt::Key_K, Qt::ControlModifier},
    {"Ctrl+1", Qt::Key_1, Qt::ControlModifier},
    {"Ctrl+2", Qt::Key_2, Qt::ControlModifier},
    {"Ctrl+3", Qt::Key_3, Qt::ControlModifier},
    {"Ctrl+4", Qt::Key_4, Qt::ControlModifier},
    {"Ctrl+5", Qt::Key_5, Qt::ControlModifier},
    {"F5", Qt::Key_F5, Qt::NoModifier},
    {"Ctrl+E", Qt::Key_E, Qt::ControlModifier},
    {"Ctrl+Shift+S", Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier},
    {"Ctrl+,", Qt::Key_Comma, Qt::ControlModifier},
};

QAction *actionFor(QWidget *window, const QKeySequence &keys)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->shortcuts().contains(keys))
            return a;
    return nullptr;
}
} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(fixedStart());
        m_session = std::make_unique<BoardSession>(m_clock.get());
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        useSimulatorForDemo(*m_session);
        QVERIFY(m_session->startDemo(7));
        QVERIFY(waitUntil([&] { return m_session->engine()->backfillDone() && !m_session->engine()->isBusy(); }));
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_clock.reset();
    }

    void everyReadmeShortcutFiresFromAnyFocus_data()
    {
        QTest::addColumn<QString>("focus");
        QTest::newRow("search box") << QStringLiteral("search");
        QTest::newRow("agent combo") << QStringLiteral("agent");
        QTest::newRow("cards") << QStringLiteral("cards");
    }
    void everyReadmeShortcutFiresFromAnyFocus()
    {
        QFETCH(QString, focus);
        for (const Keys &k : kReadmeShortcuts) {
            const QKeySequence keys(QString::fromLatin1(k.readme));
            QAction *action = actionFor(m_window.get(), keys);
            QVERIFY2(action, k.readme);
            // Only whether the key reaches the action: no file dialog, no sync.
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            QSignalSpy triggered(action, &QAction::triggered);

            QWidget *target = nullptr;
            if (focus == QLatin1String("search"))
                target = m_window->filterBar()->searchField();
            else if (focus == QLatin1String("agent"))
                target = m_window->filterBar()->agentFilter()->lineEdit();
            else
                target = m_window->cardView();
            target->setFocus(Qt::OtherFocusReason);
            if (auto *edit = qobject_cast<QLineEdit *>(target))
                edit->setText(QStringLiteral("abc")); // a field with text, cursor mid-way
            QVERIFY(target->hasFocus());
            QTest::keyClick(target, k.key, k.modifiers);
            QVERIFY2(triggered.count() == 1, qPrintable(QStringLiteral("%1 from %2").arg(QLatin1String(k.readme), focus)));
            if (auto *edit = qobject_cast<QLineEdit *>(target))
                edit->clear();
        }
    }

    void ctrlEExportsFromTheSearchBoxAtStart()
    {
        QLineEdit *search = m_window->filterBar()->searchField();
        search->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(search, QStringLiteral("agent"));
        QAction *exportCsv = actionFor(m_window.get(), QKeySequence(QStringLiteral("Ctrl+E")));
        QVERIFY(exportCsv);
        disconnect(exportCsv, &QAction::triggered, nullptr, nullptr);
        QSignalSpy triggered(exportCsv, &QAction::triggered);
        search->setCursorPosition(1);
        QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
        QCOMPARE(search->cursorPosition(), 1); // not taken as "end of line"
    }

    void escapeClearsTheSearch()
    {
        QLineEdit *search = m_window->filterBar()->searchField();
        const int all = m_window->proxy()->rowCount();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("zzzz"));
        QCOMPARE(m_window->proxy()->rowCount(), 0);
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(m_window->proxy()->rowCount(), all);
    }

    void helpListsTheShortcuts()
    {
        QAction *help = nullptr;
        for (QAction *a : m_window->menuBar()->findChildren<QAction *>())
            if (a->text() == QLatin1String("&Keyboard shortcuts"))
                help = a;
        QVERIFY(help);
        help->trigger();
        auto *dialog = m_window->findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QStringList listed;
        for (const auto &row : ShortcutsDialog::rows(m_window->menuBar()))
            listed << row.second;
        for (const Keys &k : kReadmeShortcuts)
            QVERIFY2(listed.contains(QKeySequence(QString::fromLatin1(k.readme)).toString(QKeySequence::NativeText)),
                     k.readme);
        dialog->close();
    }

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<BoardSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"

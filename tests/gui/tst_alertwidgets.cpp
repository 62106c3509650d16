// Alerts as people meet them: a rule firing on live data from the simulator reaches the
// desktop (status line, notification, sound, alert log) and the kiosk (banner, pulse); rules
// are edited in the settings dialog, written to the settings file and read back.
#include "SimFixture.h"

#include "core/alerts/AlertEngine.h"
#include "core/alerts/AlertRuleSettings.h"
#include "core/settings/AppSettings.h"
#include "core/settings/MemorySecretStore.h"
#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"
#include "demo/SimulatorDemo.h"
#include "gui/alerts/AlertLogDialog.h"
#include "gui/alerts/AlertPresenter.h"
#include "gui/alerts/AlertRuleDialog.h"
#include "gui/alerts/AlertRulesEditor.h"
#include "gui/kiosk/DisplaySleepInhibitor.h"
#include "gui/kiosk/KioskBanner.h"
#include "gui/kiosk/KioskController.h"
#include "gui/kiosk/KioskWindow.h"
#include "gui/kiosk/PulseOverlay.h"
#include "gui/main/MainWindow.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"
#include "gui/widgets/ElidedLabel.h"
#include "session/BoardSession.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace callboard;
using namespace callboard::test;

class TestAlertWidgets : public QObject
{
    Q_OBJECT
private:
    // A rule that holds on the demo's data from the first minute: live calls above zero.
    static AlertRule liveAboveZero(bool sound)
    {
        AlertRule r = AlertRule::withDefaults(AlertRule::Kind::LiveAbove);
        r.id = QStringLiteral("live_any");
        r.threshold = 0;
        r.sound = sound;
        return r;
    }
    void waitIdle()
    {
        QVERIFY(waitUntil([&] { return !m_session->engine()->isBusy(); }));
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(fixedStart());
        m_session = std::make_unique<BoardSession>(m_clock.get());
        useSimulatorForDemo(*m_session);
        QVERIFY(m_session->startDemo(5));
        QVERIFY(waitUntil([&] { return m_session->engine()->backfillDone() && !m_session->engine()->isBusy(); }));
        QVERIFY(m_session->alerts()->isReady()); // the session readies the rules after the backfill
        QVERIFY(m_session->stats()->liveNow() > 0);
    }
    void cleanup()
    {
        m_session.reset();
        m_clock.reset();
    }

    void aFiringRuleReachesTheDesktopAndItsLog()
    {
        MainWindow window(m_session.get());
        AlertPresenter presenter(m_session->alerts());
        connect(&presenter, &AlertPresenter::statusChanged, &window, &MainWindow::setAlertStatus);
        QVERIFY(window.alertStatus().isEmpty());
        m_session->alerts()->setRules({liveAboveZero(true)});
        QCOMPARE(presenter.notifications(), 1);
        QCOMPARE(presenter.sounds(), 1);
        QVERIFY2(presenter.lastNotification().startsWith(QStringLiteral("Live calls: ")), qPrintable(presenter.lastNotification()));
        QVERIFY2(window.alertStatus().startsWith(QStringLiteral("⚠ Alert — Live calls: ")), qPrintable(window.alertStatus()));

        // The condition clears: no live call may exceed a huge limit; the status line empties.
        AlertRule calm = liveAboveZero(false);
        calm.threshold = 100000;
        m_session->alerts()->setRules({calm});
        QVERIFY(window.alertStatus().isEmpty());
        QCOMPARE(presenter.notifications(), 1);

        AlertLogDialog log(m_session->alerts());
        QCOMPARE(log.rows(), 2); // raised, then cleared: newest first
        QVERIFY(log.emptyText().isEmpty());
        QVERIFY2(log.rowText(0).contains(QStringLiteral("Cleared")), qPrintable(log.rowText(0)));
        QVERIFY2(log.rowText(1).contains(QStringLiteral("Raised")), qPrintable(log.rowText(1)));
        QVERIFY(log.rowText(1).contains(QStringLiteral("Live calls: ")));
    }

    void anEmptyAlertLogSaysSo()
    {
        AlertLogDialog log(m_session->alerts());
        QCOMPARE(log.rows(), 0);
        QCOMPARE(log.emptyText(), QStringLiteral("No alerts yet"));
        m_session->alerts()->setRules({liveAboveZero(false)}); // fires while the log is open
        QCOMPARE(log.rows(), 1);
        QVERIFY(log.emptyText().isEmpty());
    }

    void aFiringRuleRaisesTheKioskBannerAndPulse()
    {
        KioskController kiosk(m_session.get(), KioskConfig{});
        kiosk.setInhibitor(std::make_unique<NullDisplaySleepInhibitor>());
        kiosk.start();
        KioskWindow *w = kiosk.windows().first();
        QVERIFY(!w->alertBanner()->isVisible());
        m_session->alerts()->setRules({liveAboveZero(false)});
        QVERIFY(w->alertBanner()->isVisible());
        QVERIFY2(w->alertBanner()->headline().startsWith(QStringLiteral("Alert — Live calls: ")), qPrintable(w->alertBanner()->headline()));
        // One colon per message: the headline adds none of its own ("Alert: Live calls: 5").
        QCOMPARE(w->alertBanner()->headline().count(QLatin1Char(':')), 1);
        QVERIFY(w->pulseOverlay()->isPulsing());
        AlertRule calm = liveAboveZero(false);
        calm.threshold = 100000;
        m_session->alerts()->setRules({calm});
        QVERIFY(!w->alertBanner()->isVisible()); // it clears when its condition clears
    }

    void aRuleDialogRefusesWhatCannotBeChecked()
    {
        AlertRuleDialog dialog(AlertRule::withDefaults(AlertRule::Kind::NoNewCalls));
        QVERIFY(!dialog.endReasonsList()->isVisibleTo(&dialog)); // only this kind's fields
        QVERIFY(dialog.daysEdit()->isVisibleTo(&dialog));
        dialog.daysEdit()->setText(QStringLiteral("Someday"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.problem().contains(QStringLiteral("Mon-Fri")), qPrintable(dialog.problem()));
        dialog.daysEdit()->setText(QStringLiteral("Sat-Sun"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.rule().workDays, quint8(0x60));

        AlertRuleDialog failures(AlertRule::withDefaults(AlertRule::Kind::EndReasonFailures));
        for (int i = 0; i < failures.endReasonsList()->count(); ++i)
            failures.endReasonsList()->item(i)->setCheckState(Qt::Unchecked);
        failures.accept();
        QCOMPARE(failures.result(), int(QDialog::Rejected));
        QVERIFY(!failures.problem().isEmpty());
    }

    void endReasonsArePickedByTheirLabels()
    {
        AlertRule rule = AlertRule::withDefaults(AlertRule::Kind::EndReasonFailures);
        rule.endReasons << QStringLiteral("carrier_hangup"); // unknown to this build: kept
        AlertRuleDialog dialog(rule);
        dialog.show();
        QVERIFY(dialog.width() >= 420);
        QVERIFY(dialog.width() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()));
        QListWidget *list = dialog.endReasonsList();
        QStringList labels, checked;
        QListWidgetItem *busy = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            labels << list->item(i)->text();
            if (list->item(i)->checkState() == Qt::Checked)
                checked << list->item(i)->text();
            if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("user_busy"))
                busy = list->item(i);
        }
        // The labels shown on cards and filters, not wire codes; every documented reason.
        QVERIFY(labels.contains(Labels::endReason(QStringLiteral("system_at_capacity"))));
        QVERIFY(!labels.contains(QStringLiteral("system_at_capacity")));
        QCOMPARE(list->count(), knownEndReasons().size() + 1);
        QCOMPARE(checked.size(), 3);
        QVERIFY(busy);
        QCOMPARE(busy->text(), Labels::endReason(QStringLiteral("user_busy"))); // "Line busy"
        busy->setCheckState(Qt::Checked);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QStringList codes = dialog.rule().endReasons;
        QVERIFY(codes.contains(QStringLiteral("user_busy")));
        QVERIFY(codes.contains(QStringLiteral("system_at_capacity")));
        QVERIFY(codes.contains(QStringLiteral("carrier_hangup")));
        QCOMPARE(codes.size(), 4);
    }

    void theStatusLineCountsEveryActiveAlert()
    {
        MainWindow window(m_session.get());
        AlertPresenter presenter(m_session->alerts());
        connect(&presenter, &AlertPresenter::statusChanged, &window, &MainWindow::setAlertStatus);
        AlertRule live = liveAboveZero(false);
        AlertRule other = liveAboveZero(false);
        other.id = QStringLiteral("live_any_2");
        other.name = QStringLiteral("Second");
        m_session->alerts()->setRules({live, other});
        const size_t active = m_session->alerts()->activeAlerts().size();
        QCOMPARE(active, size_t(2));
        const QString status = window.alertStatus();
        QVERIFY2(status.startsWith(QStringLiteral("⚠ 2 alerts — ")), qPrintable(status));
        // Each active alert is in the line, not only the first.
        for (const Alert &a : m_session->alerts()->activeAlerts())
            QVERIFY2(status.contains(a.message) || status.contains(a.ruleName), qPrintable(status));
        QCOMPARE(int(status.count(QStringLiteral(" · "))) + 1, 2);

        // Five alerts in a window as narrow as German at 1280 px: the line ends in "…" instead
        // of running under the rate limit, and a click on it opens the alert log.
        std::vector<AlertRule> five;
        for (int i = 0; i < 5; ++i) {
            AlertRule rule = liveAboveZero(false);
            rule.id = QStringLiteral("live_any_%1").arg(i);
            five.push_back(rule);
        }
        m_session->alerts()->setRules(five);
        const QString fiveStatus = window.alertStatus();
        QVERIFY2(fiveStatus.startsWith(QStringLiteral("⚠ 5 alerts — ")), qPrintable(fiveStatus));
        window.resize(1226, 684);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto labels = window.statusBar()->findChildren<ElidedLabel *>();
        ElidedLabel *line = nullptr;
        for (ElidedLabel *l : labels)
            line = l->fullText() == fiveStatus ? l : line;
        QVERIFY(line);
        QVERIFY(line->isVisible());
        for (QLabel *neighbour : window.statusBar()->findChildren<QLabel *>()) {
            if (neighbour != line && neighbour->isVisible() && !neighbour->text().isEmpty())
                QVERIFY2(!neighbour->geometry().intersects(line->geometry()), qPrintable(neighbour->text()));
        }
        QVERIFY(line->geometry().right() < window.statusBar()->width());
        const QFontMetrics fm(line->font());
        QVERIFY(fm.horizontalAdvance(line->text()) <= line->contentsRect().width());
        QVERIFY2(line->isElided(), qPrintable(line->text()));
        QVERIFY(line->text().endsWith(QStringLiteral("…")));
        QVERIFY(!window.findChild<AlertLogDialog *>());
        QTest::mouseClick(line, Qt::LeftButton);
        QTRY_VERIFY(window.findChild<AlertLogDialog *>());
        QTRY_VERIFY(window.findChild<AlertLogDialog *>()->isVisible());
    }

    void rulesEditedInSettingsAreWrittenAndReadBack()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore secrets;
        const Theme theme = Theme::light();
        {
            SettingsDialog dialog(&settings, &secrets, m_clock.get(), &theme);
            AlertRulesEditor *editor = dialog.alertRules();
            const int defaults = editor->table()->topLevelItemCount();
            QCOMPARE(size_t(defaults), defaultAlertRules().size());
            AlertRule follow = AlertRule::withDefaults(AlertRule::Kind::AnalysisFieldEquals);
            follow.name = QStringLiteral("Follow-ups");
            editor->appendRule(follow);
            editor->table()->setCurrentItem(editor->table()->topLevelItem(0));
            editor->removeSelected();
            editor->table()->topLevelItem(0)->setCheckState(0, Qt::Unchecked); // switch one off
            dialog.kioskPinEdit()->setText(QStringLiteral("8642"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const AlertRulesRead read = readAlertRules(*settings.settings());
        QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(read.rules.size(), defaultAlertRules().size());
        QCOMPARE(read.rules.front().id, defaultAlertRules()[1].id);
        QVERIFY(!read.rules.front().enabled);
        QCOMPARE(read.rules.back().name, QStringLiteral("Follow-ups"));
        QCOMPARE(settings.settings()->value(QStringLiteral("kiosk/pin")).toString(), QStringLiteral("8642"));
    }

    void aShortPinIsRefused()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore secrets;
        const Theme theme = Theme::light();
        SettingsDialog dialog(&settings, &secrets, m_clock.get(), &theme);
        dialog.kioskPinEdit()->setText(QStringLiteral("12"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!settings.settings()->contains(QStringLiteral("kiosk/pin")));
    }

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<BoardSession> m_session;
};

QTEST_MAIN(TestAlertWidgets)
#include "tst_alertwidgets.moc"

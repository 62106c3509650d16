// Specification of the settings dialog and the first-run page: preferences round-trip
// through a settings file that never holds the key, the key goes to the SecretStore (and a
// refusing keychain is reported without losing the rest), CALLBOARD_API_KEY wins, and
// "Test connection" tells success, a rejected key, an unreachable host and a refused URL
// apart, against the simulator over real loopback HTTP.
#include "SimFixture.h"
#include "core/settings/AppSettings.h"
#include "core/settings/EnvOverrideSecretStore.h"
#include "core/settings/MemorySecretStore.h"
#include "gui/settings/FirstRunPage.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/theme/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QScreen>
#include <QGroupBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace callboard;
using namespace callboard::test;

namespace {
template <typename W> W *child(QWidget &root, const char *name)
{
    W *w = root.findChild<W *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}
} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv(EnvOverrideSecretStore::kVariable);
        QVERIFY(m_dir.isValid());
        m_iniPath = m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction()));
        m_settings = std::make_unique<AppSettings>(m_iniPath);
        m_fx = std::make_unique<SimFixture>();
    }
    void cleanup()
    {
        qunsetenv(EnvOverrideSecretStore::kVariable);
        m_fx.reset();
        m_settings.reset();
    }

    void theDialogFitsTheScreenWithItsButtonsReachable()
    {
        MemorySecretStore secrets;
        SettingsDialog dialog(m_settings.get(), &secrets, &m_fx->clock, &m_theme);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QRect screen = dialog.screen()->availableGeometry();
        QVERIFY2(dialog.height() <= screen.height(), qPrintable(QStringLiteral("%1 > %2").arg(dialog.height()).arg(screen.height())));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons && buttons->isVisible());
        const QRect inDialog(buttons->mapTo(&dialog, QPoint(0, 0)), buttons->size());
        QVERIFY(dialog.rect().contains(inDialog)); // OK and Cancel below the scrolling groups
        auto *scroll = dialog.findChild<QScrollArea *>();
        QVERIFY(scroll);
        // Every group scrolls inside it, drawn within its viewport, none over or under it.
        const auto groups = dialog.findChildren<QGroupBox *>();
        QVERIFY(groups.size() >= 4); // connection, board, alerts, wall display
        for (QGroupBox *group : groups) {
            QVERIFY2(scroll->widget()->isAncestorOf(group), qPrintable(group->title()));
            QVERIFY2(group->geometry().top() >= 0 && group->geometry().right() <= scroll->widget()->width(),
                     qPrintable(group->title()));
        }
        // Scrolled to its end, the last group is in view above OK and Cancel.
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        QGroupBox *last = groups.constFirst();
        for (QGroupBox *group : groups)
            last = group->mapTo(&dialog, QPoint(0, 0)).y() > last->mapTo(&dialog, QPoint(0, 0)).y() ? group : last;
        const QRect lastInDialog(last->mapTo(&dialog, QPoint(0, 0)), last->size());
        QVERIFY2(scroll->geometry().contains(lastInDialog), qPrintable(last->title()));
    }

    void savesSettingsAndKeyButNeverTheKeyInTheFile()
    {
        MemorySecretStore secrets;
        SettingsDialog dialog(m_settings.get(), &secrets, &m_fx->clock, &m_theme);
        const QString key = m_fx->simulator.config().apiKey;
        child<QLineEdit>(dialog, "baseUrlEdit")->setText(m_fx->server.baseUrl().toString());
        child<QLineEdit>(dialog, "apiKeyEdit")->setText(key);
        child<QSpinBox>(dialog, "intervalSpin")->setValue(9);
        auto *backfill = child<QComboBox>(dialog, "backfillCombo");
        backfill->setCurrentIndex(backfill->findText(QStringLiteral("Last 8 hours")));
        child<QSpinBox>(dialog, "retentionSpin")->setValue(90);
        auto *theme = child<QComboBox>(dialog, "themeCombo");
        theme->setCurrentIndex(theme->findText(QStringLiteral("High contrast")));
        QSignalSpy saved(&dialog, &SettingsDialog::saved);

        okButton(dialog)->click();
        QVERIFY(m_fx->waitFor([&] { return dialog.result() == QDialog::Accepted; }));
        QCOMPARE(saved.count(), 1);
        QVERIFY(dialog.keyStored());
        QCOMPARE(secrets.storedKey(), key);

        AppSettings reread(m_iniPath);
        QCOMPARE(reread.baseUrl(), m_fx->server.baseUrl());
        QCOMPARE(reread.intervalSec(), 9);
        QCOMPARE(reread.backfillHours(), 8);
        QCOMPARE(reread.cacheRetentionDays(), 90);
        QCOMPARE(reread.themeName(), QStringLiteral("contrast"));
        QFile file(m_iniPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("intervalSec=9"));
        QVERIFY(!contents.contains(key.toUtf8()));
    }

    void loadsWhatIsStored()
    {
        m_settings->setIntervalSec(17);
        m_settings->setThemeName(QStringLiteral("dark"));
        m_settings->setBackfillHours(5); // not one of the offered windows
        m_settings->setCacheRetentionDays(12);
        MemorySecretStore secrets;
        secrets.setStoredKey(QStringLiteral("stored-key"));
        SettingsDialog dialog(m_settings.get(), &secrets, &m_fx->clock, &m_theme);
        QCOMPARE(child<QSpinBox>(dialog, "intervalSpin")->value(), 17);
        QCOMPARE(child<QComboBox>(dialog, "themeCombo")->currentText(), QStringLiteral("Dark"));
        QCOMPARE(child<QComboBox>(dialog, "backfillCombo")->currentText(),
                 QStringLiteral("Last 5 hours"));
        QCOMPARE(child<QSpinBox>(dialog, "intervalSpin")->minimum(), 2);
        QCOMPARE(child<QSpinBox>(dialog, "retentionSpin")->value(), 12);
        QCOMPARE(child<QSpinBox>(dialog, "retentionSpin")->maximum(), 365);
        auto *keyEdit = child<QLineEdit>(dialog, "apiKeyEdit");
        QVERIFY(m_fx->waitFor([&] { return !keyEdit->text().isEmpty(); }));
        QCOMPARE(keyEdit->text(), QStringLiteral("stored-key"));
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
        child<QToolButton>(dialog, "showKeyButton")->click();
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);

        // Unchanged key: OK saves settings without writing the keychain again.
        okButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(secrets.writes(), 0);
    }

    void keychainFailureIsReportedAndOtherSettingsKept()
    {
        MemorySecretStore secrets;
        secrets.setFailure(QStringLiteral("The OS keychain is locked."));
        SettingsDialog dialog(m_settings.get(), &secrets, &m_fx->clock, &m_theme);
        dialog.show();
        child<QLineEdit>(dialog, "apiKeyEdit")->setText(QStringLiteral("typed-key"));
        child<QSpinBox>(dialog, "intervalSpin")->setValue(30);
        okButton(dialog)->click();
        auto *status = child<QLabel>(dialog, "saveStatus");
        QVERIFY(m_fx->waitFor([&] { return status->text().contains(QLatin1String("locked")); }));
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QLatin1String("could not be stored")));
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QVERIFY(dialog.isVisible()); // still open, so the message is read
        QVERIFY(!dialog.keyStored());
        QCOMPARE(AppSettings(m_iniPath).intervalSec(), 30);
        QCOMPARE(okButton(dialog)->text(), QStringLiteral("Use for this session"));

        okButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.apiKey(), QStringLiteral("typed-key"));
    }

    void environmentVariableWins()
    {
        qputenv(EnvOverrideSecretStore::kVariable, m_fx->simulator.config().apiKey.toUtf8());
        MemorySecretStore keychain;
        keychain.setStoredKey(QStringLiteral("stale-keychain-key"));
        EnvOverrideSecretStore secrets(&keychain);
        SettingsDialog dialog(m_settings.get(), &secrets, &m_fx->clock, &m_theme);
        auto *note = child<QLabel>(dialog, "keyNote");
        QVERIFY(m_fx->waitFor(
            [&] { return note->text().contains(QLatin1String("CALLBOARD_API_KEY")); }));
        QVERIFY(child<QLineEdit>(dialog, "apiKeyEdit")->text().isEmpty());
        QCOMPARE(dialog.apiKey(), m_fx->simulator.config().apiKey);

        // The variable's key is what "Test connection" uses.
        child<QLineEdit>(dialog, "baseUrlEdit")->setText(m_fx->server.baseUrl().toString());
        child<QPushButton>(dialog, "testButton")->click();
        QVERIFY(m_fx->waitFor(
            [&] { return dialog.testState() != SettingsDialog::TestState::Running; }));
        QCOMPARE(dialog.testState(), SettingsDialog::TestState::Succeeded);
    }

    void testConnectionSucceeds()
    {
        MemorySecretStore secrets;
        SettingsDialog dialog(m_settings.get(), &secrets, &m_fx->clock, &m_theme);
        child<QLineEdit>(dialog, "baseUrlEdit")->setText(m_fx->server.baseUrl().toString());
        child<QLineEdit>(dialog, "apiKeyEdit")->setText(m_fx->simulator.config().apiKey);
        QSignalSpy finished(&dialog, &SettingsDialog::testFinished);
        auto *test = child<QPushButton>(dialog, "testButton");
        test->click();
        QCOMPARE(dialog.testState(), SettingsDialog::TestState::Running);
        QVERIFY(!test->isEnabled());
        QVERIFY(m_fx->waitFor([&] { return finished.count() == 1; }));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(test->isEnabled());

        // The total of calls created since local midnight, as the simulator holds them.
        const QDateTime local = m_fx->clock.now().toLocalTime();
        const QDate day = QDateTime(local.date(), QTime(0, 0)).toUTC().date();
        const qint64 since = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        int expected = 0;
        for (const QJsonValue &v : m_fx->simulator.truth()) {
            CallLog c;
            QString reason;
            QVERIFY(CallLogReader::readRecord(v, &c, &reason));
            expected += c.createdAtMs >= since ? 1 : 0;
        }
        QVERIFY(expected > 0);
        QCOMPARE(dialog.testResult(),
                 QStringLiteral("✓ Connected — %1 calls visible today").arg(expected));
        QCOMPARE(child<QLabel>(dialog, "testResult")->textFormat(), Qt::PlainText);
        QCOMPARE(secrets.writes(), 0); // testing stores nothing
    }

    void aKeylessBoardStoresNoKeyAndTrustsItsProxysCa()
    {
        MemorySecretStore secrets;
        SettingsDialog dialog(m_settings.get(), &secrets, &m_fx->clock, &m_theme);
        child<QLineEdit>(dialog, "baseUrlEdit")->setText(m_fx->server.baseUrl().toString());
        auto *keyEdit = child<QLineEdit>(dialog, "apiKeyEdit");
        keyEdit->setText(QStringLiteral("typed-before-ticking"));
        child<QCheckBox>(dialog, "noKeyCheck")->setChecked(true);
        QVERIFY(!keyEdit->isEnabled());
        QVERIFY(dialog.apiKey().isEmpty());

        // Test connection sends no key: the bare simulator asks for one, and says so.
        child<QPushButton>(dialog, "testButton")->click();
        QVERIFY(m_fx->waitFor([&] { return dialog.testState() == SettingsDialog::TestState::Failed; }));
        QVERIFY2(dialog.testResult().contains(QStringLiteral("sends no API key")), qPrintable(dialog.testResult()));

        // A CA file that holds no certificate is refused before anything is saved.
        auto *caEdit = child<QLineEdit>(dialog, "caFileEdit");
        caEdit->setText(QStringLiteral(CALLBOARD_TEST_DATA "/list-data-meta.json"));
        okButton(dialog)->click();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!AppSettings(m_iniPath).keyless());
        caEdit->setText(QStringLiteral(CALLBOARD_TEST_DATA "/tls/ca.crt"));
        okButton(dialog)->click();
        QVERIFY(m_fx->waitFor([&] { return dialog.result() == QDialog::Accepted; }));
        AppSettings reread(m_iniPath);
        QVERIFY(reread.keyless());
        QCOMPARE(reread.caFile(), QStringLiteral(CALLBOARD_TEST_DATA "/tls/ca.crt"));
        QCOMPARE(secrets.writes(), 0); // the typed key went nowhere
    }

    void testConnectionReportsARejectedKey()
    {
        MemorySecretStore secrets;
        SettingsDialog dialog(m_settings.get(), &secrets, &m_fx->clock, &m_theme);
        child<QLineEdit>(dialog, "baseUrlEdit")->setText(m_fx->server.baseUrl().toString());
        child<QLineEdit>(dialog, "apiKeyEdit")->setText(QStringLiteral("wrong-key"));
        child<QPushButton>(dialog, "testButton")->click();
        QVERIFY(
            m_fx->waitFor([&] { return dialog.testState() == SettingsDialog::TestState::Failed; }));
        QVERIFY2(dialog.testResult().startsWith(QStringLiteral("✕ API key rejected (401)")),
                 qPrintable(dialog.testResult()));
        QVERIFY(!dialog.testResult().contains(QLatin1String("wrong-key")));
    }

    void testConnectionReportsAnUnreachableHost()
    {
        MemorySecretStore secrets;
        SettingsDialog dialog(m_settings.get(), &secrets, &m_fx->clock, &m_theme);
        QTcpServer probe; // a port that was free a moment ago: nothing listens there now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1/v1").arg(probe.serverPort()));
        probe.close();
        child<QLineEdit>(dialog, "baseUrlEdit")->setText(closed.toString());
        child<QLineEdit>(dialog, "apiKeyEdit")->setText(QStringLiteral("any"));
        child<QPushButton>(dialog, "testButton")->click();
        QVERIFY(
            m_fx->waitFor([&] { return dialog.testState() == SettingsDialog::TestState::Failed; }));
        QVERIFY2(dialog.testResult().startsWith(QStringLiteral("✕ Cannot reach 127.0.0.1")),
                 qPrintable(dialog.testResult()));
    }

    void plainHttpToAnotherHostIsRefusedBeforeAnyRequest()
    {
        MemorySecretStore secrets;
        SettingsDialog dialog(m_settings.get(), &secrets, &m_fx->clock, &m_theme);
        child<QLineEdit>(dialog, "baseUrlEdit")->setText(QStringLiteral("http://example.com/v1"));
        child<QLineEdit>(dialog, "apiKeyEdit")->setText(QStringLiteral("secret-key"));
        child<QPushButton>(dialog, "testButton")->click();
        // Synchronously: no request was started, so nothing is pending.
        QCOMPARE(dialog.testState(), SettingsDialog::TestState::Failed);
        QVERIFY2(dialog.testResult().contains(QLatin1String("Plain http:// is refused")),
                 qPrintable(dialog.testResult()));

        // OK refuses to save it too.
        okButton(dialog)->click();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(AppSettings(m_iniPath).baseUrl(), DialNexaClient::defaultBaseUrl());
        QCOMPARE(secrets.writes(), 0);
    }

    void firstRunOffersKeyOrDemo()
    {
        FirstRunPage page(&m_theme);
        page.resize(800, 600);
        page.show();
        QSignalSpy key(&page, &FirstRunPage::keyRequested);
        QSignalSpy demo(&page, &FirstRunPage::demoRequested);
        QCOMPARE(child<QLabel>(page, "firstRunTitle")->text(),
                 QStringLiteral("Welcome to Callboard"));
        auto *enter = child<QPushButton>(page, "enterKeyButton");
        auto *start = child<QPushButton>(page, "demoButton");
        QCOMPARE(enter->text(), QStringLiteral("Enter API key…"));
        QCOMPARE(start->text(), QStringLiteral("Start the demo"));
        enter->click();
        QCOMPARE(key.count(), 1);
        QCOMPARE(demo.count(), 0);
        start->click();
        QCOMPARE(demo.count(), 1);
        bool mentionsKeychain = false;
        for (const QLabel *l : page.findChildren<QLabel *>())
            mentionsKeychain |= l->text().contains(QLatin1String("keychain"));
        QVERIFY(mentionsKeychain);
    }

private:
    static QPushButton *okButton(QWidget &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    Theme m_theme = Theme::light();
    QTemporaryDir m_dir;
    QString m_iniPath;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SimFixture> m_fx;
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"

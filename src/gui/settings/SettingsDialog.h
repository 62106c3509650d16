// SettingsDialog: where the API base URL and key, the poll interval, the backfill window, how
// long the local cache keeps calls and the theme are set (form: ui/SettingsDialog.ui). "Test connection" asks the API for one
// page with the values as typed and says plainly what happened. OK saves the preferences to
// AppSettings and the key to the SecretStore (the OS keychain), never to the settings file;
// when the keychain refuses, the other settings stay saved and the dialog says so.
#pragma once

#include <QDialog>

class QLineEdit;

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace callboard {

class AlertRulesEditor;
class AppSettings;
class Clock;
class DialNexaClient;
class SecretStore;
class Theme;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    enum class TestState
    {
        Idle,
        Running,
        Succeeded,
        Failed
    };

    SettingsDialog(AppSettings *settings, SecretStore *secrets, Clock *clock, const Theme *theme,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The key the board should use now: as typed, else the one loaded (keychain or variable).
    QString apiKey() const;
    // False after OK when the keychain refused the key (it is then usable for this session).
    bool keyStored() const { return m_keyStored; }
    TestState testState() const { return m_testState; }
    QString testResult() const;
    // For the first-run "Enter API key…" path: focus the key field.
    void focusApiKey();

    void accept() override;
    AlertRulesEditor *alertRules() const { return m_alertRules; }
    QLineEdit *kioskPinEdit() const { return m_kioskPin; }

signals:
    void testFinished(bool ok);
    void saved(); // AppSettings written (see keyStored() for the key)
    void workspacesRequested(); // its Workspaces… button

private:
    void load();
    void loadKey();
    void testConnection();
    void showTestResult(TestState state, const QString &text);
    void showSaveStatus(const QString &text, bool failure);
    bool readBaseUrl(QUrl *url, QString *error) const;
    void storeKey(const QString &key);
    void addAlertsAndKiosk(); // the groups built in code: the rule list is a custom widget
    void addWorkspacesButton();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings *m_settings;
    SecretStore *m_secrets;
    Clock *m_clock;
    const Theme *m_theme;
    std::unique_ptr<DialNexaClient> m_testClient;
    AlertRulesEditor *m_alertRules = nullptr;
    QLineEdit *m_kioskPin = nullptr;
    QString m_loadedKey;
    bool m_keyStored = true;
    bool m_keyRefused = false; // OK again then closes, keeping the key for this session
    bool m_saving = false;
    TestState m_testState = TestState::Idle;
};

} // namespace callboard

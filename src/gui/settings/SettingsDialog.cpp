#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "core/alerts/AlertRuleSettings.h"
#include "core/api/DialNexaClient.h"
#include "core/kiosk/KioskConfig.h"
#include "core/settings/AppSettings.h"
#include "core/settings/EnvOverrideSecretStore.h"
#include "core/settings/SecretStore.h"
#include "core/time/Clock.h"
#include "gui/alerts/AlertRulesEditor.h"
#include "gui/theme/Theme.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>

namespace callboard {

SettingsDialog::SettingsDialog(AppSettings *settings, SecretStore *secrets, Clock *clock,
                               const Theme *theme, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings),
      m_secrets(secrets), m_clock(clock), m_theme(theme)
{
    m_ui->setupUi(this);
    setStyleSheet(theme->fieldStyleSheet());
    m_ui->keyNote->setStyleSheet(QStringLiteral("color: %1;").arg(theme->mutedText().name()));
    m_ui->saveStatus->hide();
    m_ui->testResult->hide();

    // The board window: what every view shows, and what a start loads (BoardWindow).
    m_ui->backfillCombo->setToolTip(tr("The calls the board shows. Today starts again at local midnight; "
                                       "the last N hours slide with the clock. Older calls leave the board."));
    m_ui->backfillCombo->addItem(tr("Today (since midnight)"), 0);
    m_ui->backfillCombo->addItem(tr("Last 2 hours"), 2);
    m_ui->backfillCombo->addItem(tr("Last 8 hours"), 8);
    m_ui->backfillCombo->addItem(tr("Last 24 hours"), 24);
    m_ui->themeCombo->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->themeCombo->addItem(tr("Dark"), QStringLiteral("dark"));
    m_ui->themeCombo->addItem(tr("High contrast"), QStringLiteral("contrast"));

    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->apiKeyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKeyButton->setText(show ? tr("Hide") : tr("Show"));
    });
    // Behind a proxy that adds the key, this computer holds none: nothing to enter or store.
    connect(m_ui->noKeyCheck, &QCheckBox::toggled, this, [this](bool keyless) {
        m_ui->apiKeyEdit->setEnabled(!keyless);
        m_ui->showKeyButton->setEnabled(!keyless);
    });
    connect(m_ui->caFileButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_ui->caFileEdit->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_ui->caFileEdit->setText(path);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    addAlertsAndKiosk();
    addWorkspacesButton();
    load();
}

void SettingsDialog::addWorkspacesButton()
{
    // The other workspaces (add, rename, colour, remove) are a list of their own, over this;
    // its button sits left of OK and Cancel, apart from them.
    auto *workspaces = new QPushButton(tr("&Workspaces…"), this);
    workspaces->setToolTip(tr("Add, rename or remove workspaces: each has its own API key, calls and alerts"));
    connect(workspaces, &QPushButton::clicked, this, &SettingsDialog::workspacesRequested);
    auto *layout = static_cast<QBoxLayout *>(this->layout());
    const int at = layout->indexOf(m_ui->buttonBox);
    auto *row = new QHBoxLayout;
    row->addWidget(workspaces);
    row->addStretch(1);
    delete layout->takeAt(at);
    row->addWidget(m_ui->buttonBox);
    layout->insertLayout(at, row);
}

void SettingsDialog::addAlertsAndKiosk()
{
    auto *alerts = new QGroupBox(tr("Alerts"), this);
    auto *alertsLayout = new QVBoxLayout(alerts);
    m_alertRules = new AlertRulesEditor(alerts);
    alertsLayout->addWidget(m_alertRules);
    auto *alertsNote = new QLabel(tr("A firing rule shows in the status bar and as a desktop notification; "
                                     "on a wall display as a banner and a colour pulse."), alerts);
    alertsNote->setWordWrap(true);
    alertsNote->setStyleSheet(QStringLiteral("color: %1;").arg(m_theme->mutedText().name()));
    alertsLayout->addWidget(alertsNote);

    auto *kiosk = new QGroupBox(tr("Wall display"), this);
    auto *kioskForm = new QFormLayout(kiosk);
    m_kioskPin = new QLineEdit(kiosk);
    m_kioskPin->setEchoMode(QLineEdit::Password);
    m_kioskPin->setMaxLength(12);
    m_kioskPin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), m_kioskPin));
    m_kioskPin->setPlaceholderText(tr("none: Ctrl+Q leaves the kiosk"));
    m_kioskPin->setAccessibleName(tr("Kiosk PIN"));
    kioskForm->addRow(tr("Kiosk &PIN:"), m_kioskPin);

    auto *layout = static_cast<QBoxLayout *>(this->layout());
    const int before = layout->indexOf(m_ui->saveStatus) >= 0 ? layout->indexOf(m_ui->saveStatus) : layout->count() - 1;
    layout->insertWidget(before, alerts, 1);
    layout->insertWidget(before + 1, kiosk);
    m_alertRules->setMinimumHeight(170);
    // The groups scroll, the buttons stay below them: on a 1366x768 laptop the whole dialog is
    // taller than the screen, and OK/Cancel must stay reachable.
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < layout->count();) {
        QWidget *w = layout->itemAt(i)->widget();
        if (w == m_ui->buttonBox || w == m_ui->saveStatus) {
            ++i;
            continue;
        }
        const int stretch = layout->stretch(i);
        QLayoutItem *item = layout->takeAt(i);
        // addWidget() and addLayout() make the page the widgets' parent: addItem() alone
        // left them children of the dialog, drawn over and under the scroll area.
        if (QWidget *widget = item->widget()) {
            delete item;
            pageLayout->addWidget(widget, stretch);
        } else if (QLayout *sub = item->layout()) {
            pageLayout->addLayout(sub, stretch);
        } else {
            pageLayout->addItem(item);
            pageLayout->setStretch(pageLayout->count() - 1, stretch);
        }
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    layout->insertWidget(0, scroll, 1);
    const int wanted = page->sizeHint().height() + m_ui->buttonBox->sizeHint().height()
                       + layout->contentsMargins().top() + layout->contentsMargins().bottom() + 2 * layout->spacing();
    const QScreen *on = parentWidget() ? parentWidget()->screen() : screen();
    const int room = on ? on->availableGeometry().height() - 80 : wanted; // a title bar and a margin
    resize(qMax(width(), 760), qMax(360, qMin(wanted, room)));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_ui->baseUrlEdit->setText(m_settings->baseUrl().toString());
    m_ui->noKeyCheck->setChecked(m_settings->keyless());
    m_ui->caFileEdit->setText(m_settings->caFile());
    m_ui->intervalSpin->setValue(m_settings->intervalSec());
    const int hours = m_settings->backfillHours();
    int index = m_ui->backfillCombo->findData(hours);
    if (index < 0) { // a value set elsewhere (an older version, a hand-edited file)
        m_ui->backfillCombo->addItem(tr("Last %n hours", nullptr, hours), hours);
        index = m_ui->backfillCombo->count() - 1;
    }
    m_ui->backfillCombo->setCurrentIndex(index);
    m_ui->retentionSpin->setRange(1, AppSettings::kMaxCacheRetentionDays);
    m_ui->retentionSpin->setValue(m_settings->cacheRetentionDays());
    m_ui->themeCombo->setCurrentIndex(qMax(0, m_ui->themeCombo->findData(m_settings->themeName())));
    const AlertRulesRead read = readAlertRules(*m_settings->settings(), m_settings->alertsGroup());
    m_alertRules->setRules(read.rules);
    if (!read.warnings.isEmpty())
        showSaveStatus(read.warnings.join(QLatin1Char('\n')), true);
    m_kioskPin->setText(m_settings->settings()->value(KioskConfig::pinKey()).toString());
    loadKey();
}

void SettingsDialog::loadKey()
{
    m_secrets->setBaseUrl(m_settings->baseUrl());
    m_secrets->read(this, [this](const SecretResult &r) {
        if (!r.ok) {
            m_ui->keyNote->setText(tr("The OS keychain could not be read: %1").arg(r.error));
            m_ui->keyNote->setStyleSheet(
                QStringLiteral("color: %1;").arg(m_theme->warning().name()));
            return;
        }
        m_loadedKey = r.key;
        if (r.source == SecretResult::Source::Environment) {
            const auto *env = qobject_cast<EnvOverrideSecretStore *>(m_secrets);
            const QString variable = env && !env->activeVariable().isEmpty() ? env->activeVariable()
                                                                            : QStringLiteral("CALLBOARD_API_KEY");
            m_ui->keyNote->setText(tr("%1 is set, so it is used instead of a key "
                                      "stored here. A key entered here goes to the OS keychain.").arg(variable));
            return;
        }
        if (m_ui->apiKeyEdit->text().isEmpty())
            m_ui->apiKeyEdit->setText(r.key);
    });
}

QString SettingsDialog::apiKey() const
{
    if (m_ui->noKeyCheck->isChecked())
        return {};
    const QString typed = m_ui->apiKeyEdit->text().trimmed();
    return typed.isEmpty() ? m_loadedKey : typed;
}

QString SettingsDialog::testResult() const
{
    return m_ui->testResult->text();
}

void SettingsDialog::focusApiKey()
{
    m_ui->apiKeyEdit->setFocus(Qt::OtherFocusReason);
}

bool SettingsDialog::readBaseUrl(QUrl *url, QString *error) const
{
    const QString text = m_ui->baseUrlEdit->text().trimmed();
    *url = text.isEmpty() ? DialNexaClient::defaultBaseUrl() : QUrl(text, QUrl::StrictMode);
    return DialNexaClient::isAcceptableBaseUrl(*url, error);
}

void SettingsDialog::testConnection()
{
    QUrl url;
    QString error;
    if (!readBaseUrl(&url, &error)) { // refused before any request leaves the machine
        showTestResult(TestState::Failed, error);
        return;
    }
    const bool keyless = m_ui->noKeyCheck->isChecked();
    const QString key = apiKey();
    if (key.isEmpty() && !keyless) {
        showTestResult(TestState::Failed, tr("Enter an API key to test the connection."));
        return;
    }
    m_testClient = std::make_unique<DialNexaClient>(m_clock);
    if (!m_testClient->setCaFile(m_ui->caFileEdit->text().trimmed(), &error)) {
        showTestResult(TestState::Failed, error);
        return;
    }
    m_testClient->setBaseUrl(url);
    m_testClient->setKeyless(keyless);
    m_testClient->setApiKey(keyless ? QString() : key);
    m_testClient->setTimeoutMs(10000);
    showTestResult(TestState::Running, tr("Testing the connection…"));

    // One page of one call since local midnight: its total is "calls visible today".
    ListQuery query;
    query.limit = 1;
    const QDateTime local = m_clock->now().toLocalTime();
    const QDateTime midnight(local.date(), QTime(0, 0));
    query.startDate = midnight.toUTC().date().toString(Qt::ISODate); // as SyncEngine asks
    const QString host = url.host();
    m_testClient->listCalls(query, false, this, [this, host](const ListResult &r) {
        const ApiError &e = r.info.error;
        if (!e.isError()) {
            const int total = r.page.meta.present ? r.page.meta.total : int(r.page.calls.size());
            showTestResult(TestState::Succeeded, total == 0 ? tr("Connected — no calls yet today")
                                                            : tr("Connected — %n calls visible today", nullptr, total));
        } else if (e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout) {
            const QString why = e.message.isEmpty() ? apiErrorKindName(e.kind) : e.message;
            showTestResult(TestState::Failed, tr("Cannot reach %1: %2").arg(host, why));
        } else {
            showTestResult(TestState::Failed, e.toString());
        }
    });
}

void SettingsDialog::showTestResult(TestState state, const QString &text)
{
    m_testState = state;
    QString shown = text;
    QColor colour = m_theme->mutedText();
    if (state == TestState::Succeeded) {
        shown = QStringLiteral("✓ ") + text;
        colour = m_theme->ok();
    } else if (state == TestState::Failed) {
        shown = QStringLiteral("✕ ") + text;
        colour = m_theme->danger();
    }
    m_ui->testResult->setText(shown);
    m_ui->testResult->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    m_ui->testResult->show();
    m_ui->testButton->setEnabled(state != TestState::Running);
    if (state == TestState::Succeeded || state == TestState::Failed)
        emit testFinished(state == TestState::Succeeded);
}

void SettingsDialog::showSaveStatus(const QString &text, bool failure)
{
    m_ui->saveStatus->setText(text);
    m_ui->saveStatus->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg((failure ? m_theme->danger() : m_theme->mutedText()).name()));
    m_ui->saveStatus->show();
}

void SettingsDialog::accept()
{
    if (m_saving)
        return;
    if (m_keyRefused) { // second OK: keep the key for this session only
        QDialog::accept();
        return;
    }
    QUrl url;
    QString error;
    if (!readBaseUrl(&url, &error)) {
        showSaveStatus(error, true);
        m_ui->baseUrlEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString caFile = m_ui->caFileEdit->text().trimmed();
    if (!caFile.isEmpty() && !DialNexaClient::readCaFile(caFile, nullptr, &error)) {
        showSaveStatus(error, true);
        m_ui->caFileEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_settings->setBaseUrl(url);
    m_settings->setKeyless(m_ui->noKeyCheck->isChecked());
    m_settings->setCaFile(caFile);
    m_settings->setIntervalSec(m_ui->intervalSpin->value());
    m_settings->setBackfillHours(m_ui->backfillCombo->currentData().toInt());
    const QString pin = m_kioskPin->text().trimmed();
    if (!pin.isEmpty() && pin.size() < 4) {
        showSaveStatus(tr("A kiosk PIN has 4 to 12 digits."), true);
        m_kioskPin->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_settings->setCacheRetentionDays(m_ui->retentionSpin->value());
    m_settings->setThemeName(m_ui->themeCombo->currentData().toString());
    writeAlertRules(*m_settings->settings(), m_alertRules->rules(), m_settings->alertsGroup());
    m_settings->settings()->setValue(KioskConfig::pinKey(), pin);
    m_settings->sync();

    const QString typed = m_ui->apiKeyEdit->text().trimmed();
    m_secrets->setBaseUrl(url);
    if (typed.isEmpty() || typed == m_loadedKey || m_settings->keyless()) {
        emit saved();
        QDialog::accept();
        return;
    }
    storeKey(typed);
}

void SettingsDialog::storeKey(const QString &key)
{
    m_saving = true;
    m_ui->buttonBox->setEnabled(false);
    showSaveStatus(tr("Saving the API key in the OS keychain…"), false);
    m_secrets->write(key, this, [this, key](const SecretResult &r) {
        m_saving = false;
        m_ui->buttonBox->setEnabled(true);
        m_keyStored = r.ok;
        emit saved();
        if (r.ok) {
            m_loadedKey = key;
            QDialog::accept();
            return;
        }
        m_keyRefused = true;
        showSaveStatus(tr("Your other settings are saved, but the API key could not be stored: "
                          "%1 Callboard can still use the key until it quits.")
                           .arg(r.error),
                       true);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Use for this session"));
    });
}

} // namespace callboard

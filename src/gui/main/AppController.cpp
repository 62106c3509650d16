#include "AppController.h"

#include "BoardSession.h"
#include "MainWindow.h"
#include "api/DialNexaClient.h"
#include "cache/CacheLocation.h"
#include "settings/AppSettings.h"
#include "settings/SecretStore.h"
#include "settings/FirstRunPage.h"
#include "settings/SettingsDialog.h"
#include "sync/SyncEngine.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>

namespace callboard {

AppController::AppController(AppSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets), m_session(new BoardSession(nullptr, this))
{
}

AppController::~AppController()
{
    m_window.reset(); // widgets first: they watch the session
}

void AppController::start(const StartOptions &options)
{
    m_options = options;
    m_window = std::make_unique<MainWindow>(m_session);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &AppController::openSettings);
    connect(m_window.get(), &MainWindow::demoRequested, this, &AppController::startDemo);
    connect(m_window.get(), &MainWindow::themeRequested, this, [this](const QString &name) {
        m_settings->setThemeName(name);
        applyTheme(name);
    });
    applyTheme(options.theme.isEmpty() ? m_settings->themeName() : options.theme);
    applySyncSettings();

    if (options.once) {
        m_oneShot = new OneShot(m_session, m_window.get(), options.oneShot, this);
        connect(m_oneShot, &OneShot::finished, this, &AppController::finished);
        connect(m_oneShot, &OneShot::readyToRender, m_window.get(), &MainWindow::selectShowcaseCall);
        m_oneShot->start();
    } else {
        m_window->show();
    }

    if (options.demo) {
        startDemo();
        return;
    }
    const QUrl baseUrl = options.baseUrl.isEmpty() ? m_settings->baseUrl() : options.baseUrl;
    m_secrets->setBaseUrl(baseUrl);
    m_secrets->read(this, [this](const SecretResult &r) {
        if (!r.ok && m_options.once) {
            fail(r.error);
            return;
        }
        if (r.key.isEmpty()) {
            if (m_options.once)
                fail(QCoreApplication::translate(
                    "AppController", "no API key: set CALLBOARD_API_KEY, or use --demo"));
            else
                m_window->showFirstRun(true);
            return;
        }
        startWithKey(r.key);
    });
}

void AppController::applySyncSettings()
{
    SyncEngine *engine = m_session->engine();
    engine->setIntervalSec(m_options.intervalSec > 0 ? m_options.intervalSec : m_settings->intervalSec());
    engine->setBackfillSince(m_settings->backfillSince(m_session->clock()->now()));
    m_session->setCacheRetentionDays(m_settings->cacheRetentionDays());
}

void AppController::startWithKey(const QString &key)
{
    applySyncSettings(); // "the last N hours" counts from now, not from when the app started
    m_session->setCacheDirectory(m_options.cache ? CacheLocation::defaultDirectory() : QString());
    QString error;
    const QUrl baseUrl = m_options.baseUrl.isEmpty() ? m_settings->baseUrl() : m_options.baseUrl;
    if (!m_session->startLive(baseUrl, key, &error)) {
        fail(error);
        return;
    }
    m_window->showFirstRun(false);
}

void AppController::startDemo()
{
    applySyncSettings();
    // Each demo is a new simulated workspace (its seed is the time): nothing to come back to.
    m_session->setCacheDirectory(QString());
    QString error;
    if (!m_session->startDemo(quint64(QDateTime::currentMSecsSinceEpoch()), &error)) {
        fail(error);
        return;
    }
    m_window->showFirstRun(false);
}

void AppController::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_secrets, m_session->clock(),
                                      &m_window->theme(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_window->firstRunPage()->isVisible())
        dialog->focusApiKey();
    // Preferences apply as soon as they are saved; the key only when the dialog is accepted
    // (a refused keychain keeps the dialog open until the user agrees to use it anyway).
    connect(dialog, &SettingsDialog::saved, this, [this] {
        applyTheme(m_settings->themeName());
        m_options.baseUrl = QUrl(); // the settings now say where
        m_options.intervalSec = 0;
        applySyncSettings();
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString key = dialog->apiKey();
        if (!key.isEmpty())
            startWithKey(key);
    });
    dialog->open();
}

void AppController::applyTheme(const QString &name)
{
    m_window->setTheme(Theme::fromName(name));
}

void AppController::fail(const QString &message)
{
    if (m_options.once) {
        emit finished(1, message);
        return;
    }
    qWarning().noquote() << "callboard:" << message;
    m_window->showFirstRun(true);
}

} // namespace callboard

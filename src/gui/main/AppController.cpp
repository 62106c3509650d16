#include "AppController.h"

#include "MainWindow.h"
#include "WindowPlacement.h"
#include "core/alerts/AlertEngine.h"
#include "core/alerts/AlertRuleSettings.h"
#include "core/api/DialNexaClient.h"
#include "core/cache/CacheLocation.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SecretStore.h"
#include "core/sync/SyncEngine.h"
#include "core/time/Clock.h"
#include "core/views/SavedViewStore.h"
#include "gui/alerts/AlertPresenter.h"
#include "gui/kiosk/KioskController.h"
#include "gui/kiosk/KioskWindow.h"
#include "gui/settings/FirstRunPage.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/views/SavedViewsMenu.h"
#include "session/BoardSession.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QSettings>

namespace callboard {

AppController::AppController(AppSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets), m_session(new BoardSession(nullptr, this))
{
}

AppController::~AppController()
{
    if (m_keyRetry)
        m_session->clock()->cancel(m_keyRetry);
    m_kiosk.reset(); // widgets first: they watch the session
    m_window.reset();
}

void AppController::start(const StartOptions &options)
{
    m_options = options;
    m_views = std::make_unique<SavedViewStore>(m_settings->settings(), m_settings->workspaceGroup());
    for (const QString &w : m_views->warnings())
        qWarning().noquote() << "callboard:" << w;
    applyAlertRules();
    if (options.kiosk) {
        startKiosk();
        return;
    }
    if (!options.view.isEmpty() && !m_views->find(options.view) && options.once) {
        emit finished(2, unknownViewMessage(options.view)); // a picture of the wrong board helps nobody
        return;
    }
    m_window = std::make_unique<MainWindow>(m_session);
    if (!options.workspace.isEmpty())
        m_window->setWindowTitle(tr("%1 — Callboard").arg(options.workspace));
    showStartView();
    connect(m_window.get(), &MainWindow::settingsRequested, this, &AppController::openSettings);
    connect(m_window.get(), &MainWindow::demoRequested, this, &AppController::startDemo);
    connect(m_window.get(), &MainWindow::themeRequested, this, [this](const QString &name) {
        m_settings->setThemeName(name);
        applyTheme(name);
    });
    applyTheme(options.theme.isEmpty() ? m_settings->themeName() : options.theme);
    applySyncSettings();
    // A cache that cannot be used is said in the status bar; the board goes on without it.
    connect(m_session, &BoardSession::cacheProblem, m_window.get(), &MainWindow::showProblem);
    if (!options.once) {
        m_alertPresenter = new AlertPresenter(m_session->alerts(), this);
        m_alertPresenter->setWorkspaceName(options.workspace);
        connect(m_alertPresenter, &AlertPresenter::statusChanged, m_window.get(), &MainWindow::setAlertStatus);
    }

    if (options.once) {
        m_oneShot = new OneShot(m_session, m_window.get(), m_options.oneShot, this);
        connect(m_oneShot, &OneShot::finished, this, &AppController::finished);
        connect(m_oneShot, &OneShot::readyToRender, m_window.get(), &MainWindow::selectShowcaseCall);
        m_oneShot->start();
    } else {
        // Where the user left it, if that is still on a screen; else sized to this screen.
        const QString geometryKey = QStringLiteral("desktop/windowGeometry");
        WindowPlacement::place(m_window.get(), m_settings->stateStore()->value(geometryKey).toByteArray(), QSize(1600, 1000));
        connect(qApp, &QCoreApplication::aboutToQuit, this, [this, geometryKey] {
            if (m_window->isVisible()) // several workspaces: the one on screen
                m_settings->stateStore()->setValue(geometryKey, m_window->saveGeometry());
        });
        if (!options.hidden)
            m_window->show();
    }

    if (options.demo) {
        startDemo();
        return;
    }
    readKeyAndStart();
}

bool AppController::applyConnectionSettings()
{
    DialNexaClient *client = m_session->client();
    client->setKeyless(m_options.keyless || m_settings->keyless());
    QString error;
    if (!client->setCaFile(m_options.caFile.isEmpty() ? m_settings->caFile() : m_options.caFile, &error)) {
        fail(error);
        return false;
    }
    return true;
}

void AppController::readKeyAndStart()
{
    if (!applyConnectionSettings())
        return;
    if (m_session->client()->isKeyless()) { // the proxy adds the key: none to look for
        startWithKey(QString());
        return;
    }
    const QUrl baseUrl = m_options.baseUrl.isEmpty() ? m_settings->baseUrl() : m_options.baseUrl;
    m_secrets->setBaseUrl(baseUrl);
    m_secrets->read(this, [this](const SecretResult &r) {
        if (!r.ok && m_options.once) {
            fail(r.error);
            return;
        }
        if (!r.ok && m_kiosk) { // the keychain itself failed: say that, not "no key"
            m_kiosk->setNotice(tr("The system keychain cannot be read"),
                               tr("%1\nThis board tries again every %n minutes.", nullptr, kKeyRetryMinutes).arg(r.error));
            retryKeyLater();
            return;
        }
        if (r.key.isEmpty()) {
            if (m_options.once)
                fail(tr("no API key: set CALLBOARD_API_KEY, or use --demo"));
            else if (m_kiosk) {
                m_kiosk->setNotice(tr("No API key for this display"),
                                   tr("Store the key in this account's system keychain (Callboard's Settings in a desktop session): this board looks for it every %n minutes. A key given as CALLBOARD_API_KEY needs the board restarted.", nullptr, kKeyRetryMinutes));
                retryKeyLater();
            } else
                m_window->showFirstRun(true);
            return;
        }
        startWithKey(r.key);
    });
}

void AppController::showStartView()
{
    m_window->setViewStore(m_views.get());
    if (const qsizetype unread = m_views->warnings().size())
        // Short enough to read whole in a 1280 px status bar, in German too; the manager says why.
        m_window->showProblem(tr("%n saved views cannot be read (View › Saved views)", nullptr, int(unread)));
    if (m_options.view.isEmpty())
        return;
    if (const SavedView *view = m_views->find(m_options.view)) {
        m_options.oneShot.csvFilter = view->filter; // --once --export-csv: the view's calls
        m_options.oneShot.csvSort = view->sort;
        m_window->savedViewsMenu()->applyView(view->name);
        return;
    }
    const QString problem = tr("%1: the board shows every call")
                                .arg(unknownViewMessage(m_options.view));
    qWarning().noquote() << "callboard:" << problem;
    m_window->showProblem(problem);
}

QString AppController::unknownViewMessage(const QString &name) const
{
    // A view of that name that could not be read is not "no view of that name": say why.
    const QString quoted = QStringLiteral("“%1”").arg(name.trimmed());
    for (const QString &warning : m_views->warnings())
        if (warning.contains(quoted, Qt::CaseInsensitive))
            return warning;
    return tr("no saved view named “%1” (saved views: %2)")
        .arg(name.trimmed(), m_views->namesText());
}

void AppController::startKiosk()
{
    KioskConfig config = m_options.kioskConfig;
    if (!m_options.view.isEmpty()) { // the command line wins over the display's file
        config.cardsView = m_options.view;
        for (KioskScreen &screen : config.screens)
            screen.cardsView.clear();
    }
    QStringList unknown;
    for (const KioskScreen &screen : config.effectiveScreens()) {
        const QString name = config.cardsViewOf(screen);
        if (!name.isEmpty() && !m_views->find(name) && !unknown.contains(unknownViewMessage(name)))
            unknown << unknownViewMessage(name);
    }
    if (!unknown.isEmpty() && m_options.once) {
        emit finished(2, unknown.join(QStringLiteral("; ")));
        return;
    }
    for (const QString &problem : std::as_const(unknown))
        qWarning().noquote() << "callboard:"
                             << tr("%1: the cards page shows every call").arg(problem);
    if (const SavedView *view = m_options.view.isEmpty() ? nullptr : m_views->find(m_options.view)) {
        m_options.oneShot.csvFilter = view->filter;
        m_options.oneShot.csvSort = view->sort;
    }
    m_kiosk = std::make_unique<KioskController>(m_session, config);
    m_kiosk->setSavedViews(m_views->views());
    m_kiosk->setWorkspacesPage(m_options.workspacesPage);
    m_kiosk->setWorkspaceName(m_options.workspace);
    m_kiosk->setHeadless(m_options.once);
    connect(m_kiosk.get(), &KioskController::quitRequested, this, [this] { emit finished(0, QString()); });
    connect(m_session->engine(), &SyncEngine::stateChanged, this, &AppController::onKioskEngineState);
    m_kiosk->start();
    applySyncSettings();
    if (m_options.once) {
        const QList<KioskWindow *> windows = m_kiosk->windows();
        if (windows.isEmpty()) {
            fail(tr("no screen matches the kiosk's screens setting"));
            return;
        }
        m_oneShot = new OneShot(m_session, windows.first(), m_options.oneShot, this);
        connect(m_oneShot, &OneShot::finished, this, &AppController::finished);
        m_oneShot->start();
    }
    if (m_options.demo || config.demo)
        startDemo();
    else
        readKeyAndStart();
}

void AppController::onKioskEngineState()
{
    if (!m_kiosk)
        return;
    const SyncEngine *engine = m_session->engine();
    if (engine->state() != SyncEngine::State::AuthFailed) {
        if (engine->state() == SyncEngine::State::Live)
            m_kiosk->setNotice(QString(), QString());
        return;
    }
    const ApiError error = engine->lastError();
    if (m_session->client()->isKeyless()) { // no key here to fix: the proxy's address is wrong
        m_kiosk->setNotice(tr("The server asks for an API key"),
                           tr("%1\nThis display holds no key (noKey=true): its base URL must be the proxy that adds one.")
                               .arg(error.toString()));
        retryKeyLater();
        return;
    }
    m_kiosk->setNotice(error.kind == ApiError::Kind::Forbidden
                           ? tr("This API key cannot read call logs")
                           : tr("The API key was rejected"),
                       tr("%1\nAsk an administrator to store a valid key for this display: one in the keychain is picked up within %n minutes; CALLBOARD_API_KEY needs the board restarted.", nullptr, kKeyRetryMinutes)
                           .arg(error.toString()));
    retryKeyLater();
}

void AppController::retryKeyLater()
{
    if (m_options.once)
        return;
    m_session->clock()->rearm(&m_keyRetry, kKeyRetryMs, this, [this] { readKeyAndStart(); });
}

void AppController::applyAlertRules()
{
    const AlertRulesRead read = readAlertRules(*m_settings->settings(), m_settings->alertsGroup());
    for (const QString &w : read.warnings)
        qWarning().noquote() << "callboard:" << w;
    m_session->alerts()->setRules(read.rules);
}

void AppController::applySyncSettings()
{
    SyncEngine *engine = m_session->engine();
    engine->setIntervalSec(m_options.intervalSec > 0 ? m_options.intervalSec : m_settings->intervalSec());
    m_session->setBoardWindow(BoardWindow::parse(m_options.window).value_or(m_settings->boardWindow()));
    m_session->setCacheRetentionDays(m_settings->cacheRetentionDays());
}

void AppController::startWithKey(const QString &key)
{
    applySyncSettings(); // "the last N hours" counts from now, not from when the app started
    m_session->setCacheDirectory(m_options.cache ? CacheLocation::defaultDirectory() : QString());
    // A board reads its cache without freezing; a one-shot picture needs it all first.
    m_session->setCacheReadInChunks(!m_options.once);
    QString error;
    const QUrl baseUrl = m_options.baseUrl.isEmpty() ? m_settings->baseUrl() : m_options.baseUrl;
    if (!m_session->startLive(baseUrl, key, &error)) {
        fail(error);
        return;
    }
    if (m_window)
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
    if (m_window)
        m_window->showFirstRun(false);
}

void AppController::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_secrets, m_session->clock(),
                                      &m_window->theme(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_options.workspace.isEmpty()) // several workspaces: say whose settings these are
        dialog->setWindowTitle(tr("Settings — %1").arg(m_options.workspace));
    if (m_window->firstRunPage()->isVisible())
        dialog->focusApiKey();
    connect(dialog, &SettingsDialog::workspacesRequested, m_window.get(), &MainWindow::workspacesRequested);
    // Preferences apply as soon as they are saved; the key only when the dialog is accepted
    // (a refused keychain keeps the dialog open until the user agrees to use it anyway).
    connect(dialog, &SettingsDialog::saved, this, [this] {
        applyTheme(m_settings->themeName());
        applyAlertRules();
        m_options.baseUrl = QUrl(); // the settings now say where, and whether with a key
        m_options.intervalSec = 0;
        m_options.keyless = false;
        m_options.caFile.clear();
        m_options.window.clear();
        applySyncSettings();
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_settings->keyless()) {
            readKeyAndStart(); // no key to read: starts on the proxy
            return;
        }
        const QString key = dialog->apiKey();
        if (!key.isEmpty() && applyConnectionSettings())
            startWithKey(key);
    });
    dialog->open();
}

void AppController::applyTheme(const QString &name)
{
    if (name == m_theme)
        return;
    m_theme = name;
    if (m_kiosk)
        m_kiosk->setTheme(Theme::fromName(name));
    if (m_window)
        m_window->setTheme(Theme::fromName(name));
    emit themeApplied(name);
}

void AppController::fail(const QString &message)
{
    if (m_options.once) {
        emit finished(1, message);
        return;
    }
    qWarning().noquote() << "callboard:" << message;
    if (m_kiosk) {
        m_kiosk->setNotice(tr("This board cannot start"), message);
        retryKeyLater();
        return;
    }
    m_window->showFirstRun(true);
}

} // namespace callboard

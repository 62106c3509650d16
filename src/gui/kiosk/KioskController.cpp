#include "KioskController.h"

#include "BurnInShifter.h"
#include "CursorHider.h"
#include "DisplaySleepInhibitor.h"
#include "KioskWindow.h"
#include "core/alerts/AlertEngine.h"
#include "gui/alerts/AlertPresenter.h"
#include "session/BoardSession.h"

#include <QDebug>
#include <QGuiApplication>
#include <QScreen>

namespace callboard {

KioskController::KioskController(BoardSession *session, const KioskConfig &config, QObject *parent)
    : QObject(parent), m_session(session), m_config(config), m_clock(session->clock()),
      m_pin(config.pin, session->clock()), m_theme(Theme::fromName(config.theme))
{
    m_windows.resize(size_t(config.effectiveScreens().size()));
}

KioskController::~KioskController()
{
    if (m_scheduleTimer)
        m_clock->cancel(m_scheduleTimer);
    for (const QPointer<KioskWindow> &w : m_windows)
        delete w.data();
    if (m_inhibitor)
        m_inhibitor->release();
}

void KioskController::setInhibitor(std::unique_ptr<DisplaySleepInhibitor> inhibitor)
{
    m_inhibitor = std::move(inhibitor);
}

void KioskController::start()
{
    if (!m_headless) {
        if (!m_inhibitor)
            m_inhibitor = DisplaySleepInhibitor::create();
        m_cursor = new CursorHider(m_clock, this);
    }
    m_shifter = new BurnInShifter(m_clock, m_headless ? 0 : m_config.burnInMinutes, m_config.burnInPixels, this);
    connect(m_shifter, &BurnInShifter::offsetChanged, this, [this](QPoint offset) {
        for (KioskWindow *w : windows())
            w->setContentOffset(offset);
    });
    auto *app = qGuiApp;
    connect(app, &QGuiApplication::screenAdded, this, [this] { reconcile(QGuiApplication::screens()); });
    // Removal is reported before the screen leaves the list: match against what remains.
    connect(app, &QGuiApplication::screenRemoved, this, [this](QScreen *gone) {
        QList<QScreen *> remaining = QGuiApplication::screens();
        remaining.removeAll(gone);
        reconcile(remaining);
    });
    // Alerts: a banner on every board; a new one also pulses the screens and may sound.
    AlertEngine *alerts = m_session->alerts();
    auto activeMessages = [alerts] {
        QStringList messages;
        for (const Alert &a : alerts->activeAlerts())
            messages << a.message;
        return messages;
    };
    connect(alerts, &AlertEngine::alertRaised, this, [this, activeMessages](const Alert &alert) {
        setAlerts(activeMessages(), true);
        if (alert.sound && !m_blank)
            playAlertSound();
    });
    connect(alerts, &AlertEngine::activeChanged, this, [this, activeMessages] { setAlerts(activeMessages(), false); });
    reconcile(QGuiApplication::screens());
    checkSchedule();
}

QScreen *KioskController::resolve(const QString &selector, const QList<QScreen *> &screens, QScreen *primary)
{
    if (selector.isEmpty())
        return screens.contains(primary) ? primary : screens.value(0);
    bool isIndex = false;
    const int index = selector.toInt(&isIndex);
    if (isIndex)
        return screens.value(index);
    for (QScreen *s : screens)
        if (s->name() == selector)
            return s;
    return nullptr;
}

void KioskController::reconcile(const QList<QScreen *> &screens)
{
    const QList<KioskScreen> configured = m_config.effectiveScreens();
    QList<QScreen *> taken;
    for (int i = 0; i < configured.size(); ++i) {
        QPointer<KioskWindow> &slot = m_windows[size_t(i)];
        QScreen *on = resolve(configured[i].selector, screens, QGuiApplication::primaryScreen());
        if (on && taken.contains(on))
            on = nullptr; // two boards named the same screen: the first keeps it
        if (slot && (!on || (!m_headless && slot->screen() != on))) {
            delete slot.data(); // its monitor went away (or is another one now)
            slot = nullptr;
        }
        if (on && !slot)
            slot = createWindow(configured[i], on);
        if (on)
            taken << on;
    }
    // Names that match nothing must not leave a black wall: the first board goes on the
    // primary screen, and the log says which screens there are.
    if (windows().isEmpty() && !screens.isEmpty()) {
        if (!m_config.primaryFallback)
            return; // another workspace's board has the primary screen; this one waits for its own
        QStringList here;
        for (int i = 0; i < screens.size(); ++i)
            here << QStringLiteral("%1 = %2").arg(i).arg(screens[i]->name());
        QStringList wanted;
        for (const KioskScreen &s : configured)
            wanted << s.selector;
        qWarning().noquote() << "callboard:"
                             << tr("no screen matches \"%1\" (screens here: %2); the board goes on the primary screen")
                                    .arg(wanted.join(QLatin1Char(',')), here.join(QStringLiteral(", ")));
        QScreen *primary = screens.contains(QGuiApplication::primaryScreen()) ? QGuiApplication::primaryScreen() : screens.first();
        m_windows[0] = createWindow(configured.first(), primary);
    }
}

KioskWindow *KioskController::createWindow(const KioskScreen &screen, QScreen *on)
{
    auto *w = new KioskWindow(m_session, m_config.pagesOf(screen), m_config.pageSecondsOf(screen), &m_pin, nullptr,
                              m_workspacesPage);
    w->setAttribute(Qt::WA_DeleteOnClose, false);
    w->setTheme(m_theme);
    const QString viewName = m_config.cardsViewOf(screen);
    for (const SavedView &view : std::as_const(m_views))
        if (!viewName.isEmpty() && SavedView::sameName(view.name, viewName))
            w->setCardsView(view);
    w->setWorkspaceName(m_workspace);
    if (m_shifter)
        w->setContentOffset(m_shifter->offset());
    w->setNotice(m_noticeHeadline, m_noticeBody);
    w->setAlerts(m_alerts);
    w->setBlank(m_blank, m_blank ? blankNote() : QString());
    connect(w, &KioskWindow::quitRequested, this, &KioskController::quitRequested);
    if (!m_headless) {
        w->setScreen(on);
        w->setGeometry(on->geometry());
        w->showFullScreen();
        w->activateWindow();
    }
    return w;
}

QList<KioskWindow *> KioskController::windows() const
{
    QList<KioskWindow *> result;
    for (const QPointer<KioskWindow> &w : m_windows)
        if (w)
            result << w.data();
    return result;
}

void KioskController::setTheme(const Theme &theme)
{
    m_theme = theme;
    for (KioskWindow *w : windows())
        w->setTheme(theme);
}

void KioskController::setNotice(const QString &headline, const QString &body)
{
    m_noticeHeadline = headline;
    m_noticeBody = body;
    for (KioskWindow *w : windows())
        w->setNotice(headline, body);
}

void KioskController::setAlerts(const QStringList &messages, bool pulse)
{
    m_alerts = messages;
    for (KioskWindow *w : windows()) {
        w->setAlerts(messages);
        if (pulse && !m_headless) // a still picture of a pulse is only a red tint
            w->pulse();
    }
}

void KioskController::checkSchedule()
{
    const bool blank = m_config.blankOutsideHours && !m_config.showHours.contains(m_clock->now().toLocalTime());
    if (blank != m_blank) {
        m_blank = blank;
        const QString note = blank ? blankNote() : QString();
        if (blank)
            qInfo().noquote() << "callboard:" << note;
        for (KioskWindow *w : windows())
            w->setBlank(blank, note);
    }
    holdDisplay(!blank); // outside its hours the display may sleep
    m_clock->rearm(&m_scheduleTimer, kScheduleCheckMs, this, [this] { checkSchedule(); });
}

QString KioskController::blankNote() const
{
    return tr("Outside this display's hours (%1, %2): the board comes back when they begin.")
        .arg(m_config.showHours.hoursText(), m_config.showHours.daysText());
}

void KioskController::holdDisplay(bool awake)
{
    if (!m_inhibitor)
        return;
    if (!awake) {
        m_inhibitor->release();
        return;
    }
    if (m_inhibitor->isInhibiting())
        return;
    QString error;
    if (!m_inhibitor->inhibit(tr("Callboard kiosk is showing live calls"), &error) && !m_inhibitWarned) {
        m_inhibitWarned = true; // said once: the check runs every 30 s
        qWarning().noquote() << "callboard:" << error;
    }
}

} // namespace callboard

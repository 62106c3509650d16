#include "KioskWindow.h"

#include "KioskBanner.h"
#include "KpiPage.h"
#include "PageIndicator.h"
#include "PageRotator.h"
#include "PinPrompt.h"
#include "PulseOverlay.h"
#include "core/kiosk/PinGuard.h"
#include "core/sync/SyncEngine.h"
#include "core/time/Clock.h"
#include "gui/campaigns/CampaignsView.h"
#include "gui/cards/CallCardView.h"
#include "gui/charts/AgentDurationChart.h"
#include "gui/charts/ChartsPanel.h"
#include "gui/charts/DurationOverTimeChart.h"
#include "gui/kpi/KpiStrip.h"
#include "gui/models/CallFilterProxy.h"
#include "gui/models/CallListModel.h"
#include "session/BoardSession.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QStackedWidget>
#include <QLabel>
#include <QVBoxLayout>

namespace callboard {

KioskWindow::KioskWindow(BoardSession *session, const QList<KioskPage> &pages, int pageSeconds,
                         PinGuard *pin, QWidget *parent, const PageFactory &workspacesPage)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint), m_session(session),
      m_pages(pages.isEmpty() ? QList<KioskPage>{KioskPage::Kpis} : pages), m_workspacesPage(workspacesPage), m_pin(pin), m_theme(Theme::dark()),
      m_model(new CallListModel(session->store(), this)), m_proxy(new CallFilterProxy(m_model, this)),
      m_content(new QWidget(this))
{
    setWindowTitle(tr("Callboard kiosk"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    m_proxy->setSortOrder(CallSort::Newest);
    m_model->setDirectory(session->directory());
    m_model->setClock(session->clock());

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new KpiStrip(session->stats(), session->engine(), session->clock(), &m_theme, m_content);
    m_header->setWindowKeeper(session->windowKeeper());
    m_header->setFiguresShown({KpiStrip::Figure::LiveNow, KpiStrip::Figure::CallsToday, KpiStrip::Figure::ConnectRate,
                               KpiStrip::Figure::NegativeShare, KpiStrip::Figure::Freshness});
    layout->addWidget(m_header);
    m_alerts = new KioskBanner(KioskBanner::Style::Strip, m_content);
    m_alerts->setAccessibleName(tr("Alerts"));
    layout->addWidget(m_alerts);
    m_outage = new KioskBanner(KioskBanner::Style::Strip, m_content);
    layout->addWidget(m_outage);
    m_stack = new QStackedWidget(m_content);
    for (KioskPage page : m_pages)
        m_stack->addWidget(createPage(page));
    layout->addWidget(m_stack, 1);
    m_indicator = new PageIndicator(m_content);
    updatePageTitles();
    layout->addWidget(m_indicator);
    // A saved view may rank by "Longest first", which counts live calls' time so far.
    connect(session->engine(), &SyncEngine::synced, m_proxy, &CallFilterProxy::refreshLiveDurations);

    m_notice = new KioskBanner(KioskBanner::Style::FullScreen, this);
    m_blank = new KioskBanner(KioskBanner::Style::FullScreen, this);
    m_blank->setAccessibleName(tr("Board blanked outside its hours"));
    m_pulse = new PulseOverlay(this);
    m_pinPrompt = new PinPrompt(pin, session->clock(), this);
    connect(m_pinPrompt, &PinPrompt::accepted, this, [this] {
        m_leaving = true;
        emit quitRequested();
    });

    m_rotator = new PageRotator(session->clock(), int(m_pages.size()), pageSeconds, this);
    connect(m_rotator, &PageRotator::currentChanged, this, &KioskWindow::showPage);
    m_rotator->start();
    showPage(0);

    // The header refreshes every second and on each engine change; the banner follows it.
    connect(m_header, &KpiStrip::refreshed, this, &KioskWindow::updateOutageBanner);

    setTheme(m_theme);
    resize(1920, 1080);
}

KioskWindow::~KioskWindow() = default;

QWidget *KioskWindow::createPage(KioskPage page)
{
    CallStats *stats = m_session->stats();
    switch (page) {
    case KioskPage::Cards:
        m_cards = new CallCardView(&m_theme, m_session->clock(), m_stack);
        m_cards->setModel(m_proxy);
        m_cards->cardDelegate()->setDirectory(m_session->directory());
        m_cards->setLayout(CallCardView::Layout::Grid);
        m_cards->setSelectionMode(QAbstractItemView::NoSelection);
        m_cards->setFocusPolicy(Qt::NoFocus);
        m_cards->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_cards->setWholeLinesOnly(true);
        m_cards->setLinesFillHeight(true);
        m_cards->setAccessibleName(tr("Calls"));
        return m_cards;
    case KioskPage::Charts:
        m_charts = new ChartsPanel(stats, &m_theme, m_session->clock(), m_stack);
        m_charts->agents()->setDirectory(m_session->directory());
        m_charts->overTime()->setBucketChoiceShown(false); // nobody can click it on a wall
        return m_charts;
    case KioskPage::Kpis:
        m_kpis = new KpiPage(stats, m_session->engine(), m_session->clock(), &m_theme, m_stack);
        return m_kpis;
    case KioskPage::Campaigns:
        m_campaigns = new CampaignsView(stats, &m_theme, m_stack);
        m_campaigns->setFillsHeight(true);
        m_campaigns->setDirectory(m_session->directory());
        return m_campaigns;
    case KioskPage::Workspaces:
        if (m_workspacesPage)
            return m_workspacesPage(m_stack);
        auto *alone = new QLabel(tr("This board watches one workspace."), m_stack);
        alone->setAlignment(Qt::AlignCenter);
        return alone;
    }
    return new QWidget(m_stack);
}

void KioskWindow::setCardsView(const SavedView &view)
{
    m_cardsView = view.name;
    m_proxy->setFilter(view.filter);
    m_proxy->setSortOrder(view.sort);
    updatePageTitles();
}

void KioskWindow::setWorkspaceName(const QString &name)
{
    m_workspace = name;
    updatePageTitles();
}

void KioskWindow::updatePageTitles()
{
    QStringList titles;
    for (KioskPage page : m_pages) {
        QString title = page == KioskPage::Cards && !m_cardsView.isEmpty()
            ? tr("%1 · %2").arg(KioskConfig::pageTitle(page), m_cardsView)
            : KioskConfig::pageTitle(page);
        if (!m_workspace.isEmpty() && page != KioskPage::Workspaces)
            title = tr("%1 · %2").arg(m_workspace, title);
        titles << title;
    }
    m_indicator->setPages(titles);
    m_indicator->setCurrent(qMax(0, m_stack->currentIndex()));
}

KioskPage KioskWindow::currentPage() const { return m_pages.value(m_rotator->current()); }

QWidget *KioskWindow::pageWidget(KioskPage page) const
{
    const int i = int(m_pages.indexOf(page));
    return i < 0 ? nullptr : m_stack->widget(i);
}

void KioskWindow::showPage(int index)
{
    m_stack->setCurrentIndex(index);
    m_indicator->setCurrent(index);
    if (m_stack->currentWidget() == m_cards)
        m_cards->scrollToTop(); // the newest calls, every time the page comes round
}

void KioskWindow::setTheme(const Theme &theme)
{
    m_theme = theme;
    setPalette(theme.palette());
    m_header->setTheme(&m_theme);
    if (m_cards)
        m_cards->setTheme(&m_theme);
    if (m_charts)
        m_charts->setTheme(&m_theme);
    if (m_kpis)
        m_kpis->setTheme(&m_theme);
    if (m_campaigns)
        m_campaigns->setTheme(&m_theme);
    m_outage->setColors(theme.warning(), theme.onColor(theme.warning()));
    m_alerts->setColors(theme.danger(), theme.onColor(theme.danger()));
    m_notice->setColors(theme.danger(), theme.onColor(theme.danger()));
    m_blank->setColors(Qt::black, QColor(0x5a, 0x5a, 0x5a));
    m_pinPrompt->setColors(theme.card(), theme.text(), theme.danger());
    m_indicator->setColors(theme.text(), theme.mutedText());
    refreshStatus();
}

void KioskWindow::applyScale()
{
    // One unit = 1 % of the screen height: a 1080-line screen has 10.8 px units.
    const double unit = height() / 100.0;
    const int caption = qMax(12, qRound(2.2 * unit));
    const int text = qMax(12, qRound(2.0 * unit));
    m_margin = qMax(8, qRound(1.5 * unit));
    m_header->setPixelSizes(qMax(24, qRound(kFigureShare * height())), qMax(18, qRound(4.2 * unit)), caption);
    m_content->layout()->setSpacing(qMax(6, qRound(unit)));
    m_alerts->setPixelSizes(qMax(18, qRound(4 * unit)), caption);
    m_outage->setPixelSizes(qMax(18, qRound(4 * unit)), caption);
    m_notice->setPixelSizes(qMax(24, qRound(6 * unit)), qMax(14, qRound(3 * unit)));
    m_pinPrompt->setPixelSize(qMax(14, qRound(3 * unit)));
    QFont indicatorFont = font();
    indicatorFont.setPixelSize(qMax(10, qRound(1.8 * unit)));
    m_indicator->setFont(indicatorFont);
    QFont pageFont = font();
    pageFont.setPixelSize(text);
    if (m_cards)
        m_cards->setFont(pageFont);
    if (m_campaigns) {
        QFont campaignFont = font();
        campaignFont.setPixelSize(qRound(2.6 * unit));
        m_campaigns->setFont(campaignFont);
    }
    if (m_charts)
        m_charts->setTextPixelSize(qMax(12, qRound(1.9 * unit)));
    if (m_kpis)
        m_kpis->setPixelSizes(qMax(24, qRound(8 * unit)), caption);
}

void KioskWindow::placeLayers()
{
    // The content keeps a margin all round so the burn-in shift never pushes it off screen.
    const int room = m_margin + qMax(qAbs(m_offset.x()), qAbs(m_offset.y()));
    m_content->setGeometry(rect().adjusted(room, room, -room, -room).translated(m_offset));
    for (QWidget *layer : {static_cast<QWidget *>(m_notice), static_cast<QWidget *>(m_blank), static_cast<QWidget *>(m_pulse)})
        layer->setGeometry(rect());
    m_pinPrompt->adjustSize();
    m_pinPrompt->move((width() - m_pinPrompt->width()) / 2, (height() - m_pinPrompt->height()) / 2);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
    placeLayers();
}

void KioskWindow::setContentOffset(QPoint offset)
{
    m_offset = offset;
    placeLayers();
}

void KioskWindow::setBlank(bool blank, const QString &note)
{
    m_blank->setText(QString(), note); // a dim line: blank on purpose, not broken
    m_blank->setVisible(blank);
    if (blank)
        m_blank->raise();
}

bool KioskWindow::isBlank() const { return m_blank->isVisible(); }

void KioskWindow::setNotice(const QString &headline, const QString &body)
{
    m_notice->setText(headline, body);
    m_notice->setVisible(!headline.isEmpty());
    if (!headline.isEmpty())
        m_notice->raise();
    if (isBlank())
        m_blank->raise();
}

bool KioskWindow::isNoticeShown() const { return m_notice->isVisible(); }

void KioskWindow::setAlerts(const QStringList &messages)
{
    if (messages.isEmpty()) {
        m_alerts->hide();
        return;
    }
    // One alert reads "Alert — …" (the catalogues' singular form). A dash, not a colon: the
    // messages have their own ("Live calls: 5"), and "4 alerts: Live calls: 5" read as "::".
    const QString headline = tr("%n alerts — %1", nullptr, int(messages.size())).arg(messages.first());
    m_alerts->setText(headline, QStringList(messages.mid(1)).join(QLatin1Char('\n')));
    m_alerts->show();
}

void KioskWindow::pulse()
{
    if (!isBlank())
        m_pulse->pulse(m_theme.danger());
}

void KioskWindow::refreshStatus()
{
    m_header->refresh(); // and, through refreshed(), the banner
}

void KioskWindow::updateOutageBanner()
{
    // From the header's own reading: one countdown on screen, not two a second apart.
    const OutageBanner banner = describeOutage(m_header->freshnessInput(), m_session->engine()->lastError().toString());
    m_outage->setText(banner.headline, banner.detail);
    m_outage->setVisible(banner.shown);
}

void KioskWindow::requestQuit()
{
    if (!m_pin || !m_pin->required()) {
        m_leaving = true;
        emit quitRequested();
        return;
    }
    placeLayers();
    m_pinPrompt->open();
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Q && (event->modifiers() & Qt::ControlModifier)) {
        requestQuit();
        return;
    }
    // Esc and everything else: nothing. Nobody is meant to be at this keyboard.
    event->accept();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Alt+F4 or the window manager: with a PIN only the PIN lets the board go.
    if (m_leaving || !m_pin || !m_pin->required()) {
        if (!m_leaving) {
            m_leaving = true;
            emit quitRequested();
        }
        event->accept();
        return;
    }
    event->ignore();
}

} // namespace callboard

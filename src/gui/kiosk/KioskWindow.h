// KioskWindow: one wall board on one screen — frameless and fullscreen, no menus, no dialogs.
// The header keeps the key figures and their freshness on screen at all times; under it the
// chosen pages rotate (cards, charts, figures, campaigns) with a discreet indicator. An outage
// keeps the last data under a banner; a firing alert adds its own banner and a colour pulse.
// Type scales with the screen: the header's figures are 7 % of its height.
#pragma once

#include "core/kiosk/KioskConfig.h"
#include "core/views/SavedView.h"
#include "gui/theme/Theme.h"

#include <QWidget>

#include <functional>

class QStackedWidget;

namespace callboard {

class BoardSession;
class CallFilterProxy;
class CallListModel;
class CampaignsView;
class CallCardView;
class ChartsPanel;
class KioskBanner;
class KpiPage;
class KpiStrip;
class PageIndicator;
class PageRotator;
class PinGuard;
class PinPrompt;
class PulseOverlay;

class KioskWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskWindow)
public:
    static constexpr double kFigureShare = 0.07; // header figures: 7 % of the screen height

    // The "workspaces" page: made by whoever knows the workspaces (WorkspaceHub); without it
    // the page says there is only one workspace.
    using PageFactory = std::function<QWidget *(QWidget *parent)>;
    KioskWindow(BoardSession *session, const QList<KioskPage> &pages, int pageSeconds,
                PinGuard *pin, QWidget *parent = nullptr, const PageFactory &workspacesPage = {});
    ~KioskWindow() override;

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    QList<KioskPage> pages() const { return m_pages; }
    KioskPage currentPage() const;
    PageRotator *rotator() const { return m_rotator; }
    QWidget *pageWidget(KioskPage page) const;
    // The cards page shows this saved view's calls in its order; its indicator names it.
    void setCardsView(const SavedView &view);
    // Several workspaces: the page indicator names the one shown ("Beta Clinics · Calls").
    void setWorkspaceName(const QString &name);
    QString cardsViewName() const { return m_cardsView; }
    // The cards page's calls, filtered and sorted.
    CallFilterProxy *cardsProxy() const { return m_proxy; }

    // Moves the content by a few pixels (burn-in care).
    void setContentOffset(QPoint offset);
    QPoint contentOffset() const { return m_offset; }
    // Outside the display's hours the board is black.
    void setBlank(bool blank, const QString &note = QString());
    bool isBlank() const;
    // A full-screen message (a rejected or missing key); empty headline hides it.
    void setNotice(const QString &headline, const QString &body);
    bool isNoticeShown() const;
    // The firing alerts, newest first: a banner lists them; a new one pulses the screen.
    void setAlerts(const QStringList &messages);
    void pulse();
    // Whether leaving is asked for (Ctrl+Q) and, with a PIN, the prompt is up.
    void requestQuit();

    KpiStrip *header() const { return m_header; }
    KioskBanner *outageBanner() const { return m_outage; }
    KioskBanner *alertBanner() const { return m_alerts; }
    KioskBanner *notice() const { return m_notice; }
    PinPrompt *pinPrompt() const { return m_pinPrompt; }
    PulseOverlay *pulseOverlay() const { return m_pulse; }
    PageIndicator *indicator() const { return m_indicator; }

public slots:
    // Header and outage banner from the engine and the clock, now (both also follow the
    // header's once-a-second refresh).
    void refreshStatus();

signals:
    void quitRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createPage(KioskPage page);
    void applyScale();
    void placeLayers();
    void showPage(int index);
    void updateOutageBanner();
    void updatePageTitles();

    BoardSession *m_session;
    QList<KioskPage> m_pages;
    PageFactory m_workspacesPage;
    PinGuard *m_pin;
    Theme m_theme;
    CallListModel *m_model;
    CallFilterProxy *m_proxy;
    QWidget *m_content;
    KpiStrip *m_header;
    KioskBanner *m_alerts;
    KioskBanner *m_outage;
    QStackedWidget *m_stack;
    PageIndicator *m_indicator;
    PageRotator *m_rotator;
    CallCardView *m_cards = nullptr;
    ChartsPanel *m_charts = nullptr;
    KpiPage *m_kpis = nullptr;
    CampaignsView *m_campaigns = nullptr;
    KioskBanner *m_notice;
    KioskBanner *m_blank;
    PulseOverlay *m_pulse;
    PinPrompt *m_pinPrompt;
    QPoint m_offset;
    QString m_cardsView; // the saved view of the cards page; empty = every call
    QString m_workspace; // several workspaces: the one this wall shows
    int m_margin = 16;
    bool m_leaving = false;
};

} // namespace callboard

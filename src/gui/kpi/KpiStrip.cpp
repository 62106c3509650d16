#include "KpiStrip.h"

#include "core/api/DialNexaClient.h"

#include "KpiTile.h"
#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"
#include "core/time/Clock.h"
#include "core/window/BoardWindowKeeper.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"
#include "gui/widgets/RefreshThrottle.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QTimer>

namespace callboard {

namespace {
QString percent(double share)
{
    return share < 0 ? QStringLiteral("—") : KpiStrip::tr("%1 %").arg(qRound(share * 100));
}
} // namespace

KpiStrip::KpiStrip(CallStats *stats, SyncEngine *engine, Clock *clock, const Theme *theme, QWidget *parent)
    : QWidget(parent), m_stats(stats), m_engine(engine), m_clock(clock), m_theme(theme),
      m_watchingSinceMs(clock->nowMs()), m_tick(new QTimer(this)), m_coalesce(new RefreshThrottle([this] { refresh(); }, this, 0)),
      m_live(new KpiTile(tr("Live now"), KpiTile::Size::Large, this)),
      m_today(new KpiTile(tr("Calls today"), KpiTile::Size::Large, this)),
      m_connect(new KpiTile(tr("Connect rate"), KpiTile::Size::Large, this)),
      m_duration(new KpiTile(tr("Avg / p90 duration"), KpiTile::Size::Large, this)),
      m_negative(new KpiTile(tr("Negative sentiment"), KpiTile::Size::Large, this)),
      m_reasons(new KpiTile(tr("Why calls did not connect"), KpiTile::Size::Compact, this)),
      m_fresh(new KpiTile(QString(), KpiTile::Size::Large, this))
{
    setAccessibleName(tr("Key figures"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_live, 2);
    layout->addWidget(m_today, 2);
    layout->addWidget(m_connect, 2);
    layout->addWidget(m_duration, 3);
    layout->addWidget(m_negative, 2);
    layout->addWidget(m_reasons, 3);
    layout->addWidget(m_fresh, 6);

    // A burst of stats changes (one per page while loading) repaints once.
    connect(m_stats, &CallStats::changed, this, &KpiStrip::requestRefresh);
    connect(m_engine, &SyncEngine::stateChanged, this, &KpiStrip::requestRefresh);
    connect(m_engine, &SyncEngine::synced, this, &KpiStrip::requestRefresh);
    connect(m_engine, &SyncEngine::showingCachedChanged, this, &KpiStrip::requestRefresh);
    connect(m_engine, &SyncEngine::backfillProgress, this, [this](int done, int total) {
        m_pagesDone = done;
        m_pagesTotal = total;
        requestRefresh();
    });
    // "updated N s ago" counts up between syncs.
    m_tick->start(1000);
    connect(m_tick, &QTimer::timeout, this, &KpiStrip::refresh);
    setTheme(theme); // and the first refresh
}

QString topFailingReasonsText(const CallStats &stats)
{
    const QLocale locale;
    QStringList reasons;
    for (const auto &[raw, count] : stats.topFailingEndReasons(3))
        reasons << KpiStrip::tr("%1  %2").arg(locale.toString(count), Labels::endReason(raw));
    return reasons.isEmpty() ? KpiStrip::tr("none") : reasons.join(QLatin1Char('\n'));
}

void KpiStrip::requestRefresh()
{
    m_coalesce->request();
}

KpiTile *KpiStrip::tile(Figure figure) const
{
    switch (figure) {
    case Figure::LiveNow: return m_live;
    case Figure::CallsToday: return m_today;
    case Figure::ConnectRate: return m_connect;
    case Figure::Duration: return m_duration;
    case Figure::NegativeShare: return m_negative;
    case Figure::EndReasons: return m_reasons;
    case Figure::Freshness: return m_fresh;
    }
    return nullptr;
}

void KpiStrip::setFiguresShown(const QList<Figure> &figures)
{
    for (Figure f : {Figure::LiveNow, Figure::CallsToday, Figure::ConnectRate, Figure::Duration,
                     Figure::NegativeShare, Figure::EndReasons, Figure::Freshness})
        tile(f)->setVisible(figures.contains(f));
}

void KpiStrip::setPixelSizes(int figurePx, int freshnessPx, int captionPx)
{
    for (KpiTile *t : {m_live, m_today, m_connect, m_duration, m_negative})
        t->setFontPixelSizes(figurePx, captionPx);
    m_reasons->setFontPixelSizes(captionPx, captionPx);
    m_fresh->setFontPixelSizes(freshnessPx, captionPx);
    layout()->setSpacing(qMax(8, captionPx / 2));
    // Big figures need the width more than the freshness words do.
    static_cast<QHBoxLayout *>(layout())->setStretchFactor(m_fresh, 4);
}

void KpiStrip::setWindowKeeper(const BoardWindowKeeper *keeper)
{
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = keeper;
    if (m_window)
        connect(m_window, &BoardWindowKeeper::windowChanged, this, &KpiStrip::requestRefresh);
    refresh();
}

QString KpiStrip::figureText(Figure figure) const { return tile(figure)->value(); }

QString KpiStrip::freshnessText() const { return m_freshness.headline + QLatin1Char('\n') + m_freshness.status; }

void KpiStrip::refresh()
{
    const QLocale locale;
    // Before anything has loaded, a 0 would look like a real figure: say "—" instead.
    const bool noData = !m_engine->lastSuccess().isValid() && m_stats->total() == 0;
    const QString none = QStringLiteral("—");
    m_live->setValue(noData ? none : locale.toString(m_stats->liveNow()));
    const bool windowed = m_window && m_window->isActive();
    m_today->setCaption(windowed ? tr("Calls · %1").arg(m_window->window().label()) : tr("Calls today"));
    m_today->setValue(noData ? none : locale.toString(windowed ? m_stats->total() : m_stats->callsToday()));
    m_connect->setValue(percent(m_stats->connectRate()));
    const int p90 = m_stats->percentileDuration(0.9);
    m_duration->setValue(p90 < 0 ? QStringLiteral("—")
                                 : tr("%1 / %2").arg(Labels::duration(qRound(m_stats->averageDuration())),
                                                     Labels::duration(p90)));
    m_negative->setValue(percent(m_stats->negativeShare()));

    m_reasons->setValue(noData ? none : topFailingReasonsText(*m_stats));

    FreshnessInput in;
    in.state = m_engine->state();
    in.lastSuccess = m_engine->lastSuccess();
    in.nowMs = m_clock->nowMs();
    in.watchingSinceMs = m_watchingSinceMs;
    in.intervalSec = m_engine->intervalSec();
    in.nextAttemptInMs = m_engine->nextAttemptInMs();
    in.errorKind = m_engine->lastError().kind;
    in.backfillDone = m_engine->backfillDone();
    in.pagesDone = m_pagesDone;
    in.pagesTotal = m_pagesTotal;
    in.showingCached = m_engine->showingCached();
    in.cachedAsOf = m_engine->cachedAsOf();
    in.host = m_engine->client()->baseUrl().host();
    m_freshnessInput = in;
    const Freshness before = m_freshness.level;
    m_freshness = describeFreshness(in);
    m_fresh->setValue(m_freshness.headline);
    m_fresh->setCaption(m_freshness.status);
    m_fresh->setToolTip(m_engine->lastError().isError() ? m_engine->lastError().toString() : QString());
    if (before != m_freshness.level)
        applyFreshnessColors();
    emit refreshed();
}

void KpiStrip::setTheme(const Theme *theme)
{
    m_theme = theme;
    for (KpiTile *t : {m_live, m_today, m_connect, m_duration, m_negative, m_reasons})
        t->setColors(theme->card(), theme->text(), theme->mutedText());
    refresh();
    applyFreshnessColors();
}

void KpiStrip::applyFreshnessColors()
{
    // Amber: the words turn amber. Red: the whole tile does, loudly, for a wall display.
    switch (m_freshness.level) {
    case Freshness::Fresh:
        m_fresh->setColors(m_theme->card(), m_theme->text(), m_theme->ok());
        break;
    case Freshness::Amber:
        m_fresh->setColors(m_theme->card(), m_theme->warning(), m_theme->warning());
        break;
    case Freshness::Red:
        m_fresh->setColors(m_theme->danger(), m_theme->onColor(m_theme->danger()),
                           m_theme->onColor(m_theme->danger()));
        break;
    }
}

} // namespace callboard

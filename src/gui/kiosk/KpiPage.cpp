#include "KpiPage.h"

#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"
#include "core/time/Clock.h"
#include "gui/kpi/KpiStrip.h"
#include "gui/kpi/KpiTile.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"
#include "gui/widgets/RefreshThrottle.h"

#include <QGridLayout>
#include <QLocale>

namespace callboard {

KpiPage::KpiPage(CallStats *stats, const SyncEngine *engine, Clock *clock, const Theme *theme, QWidget *parent)
    : QWidget(parent), m_stats(stats), m_engine(engine), m_clock(clock), m_theme(theme), m_coalesce(new RefreshThrottle([this] { refresh(); }, this, 0))
{
    setAccessibleName(tr("Key figures"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    // The cards' words for each outcome and sentiment, after the glyph that tells it apart.
    const auto group = [](StatusGroup g) { return Labels::statusGlyph(g) + QLatin1Char(' ') + Labels::statusGroup(g); };
    const auto sentiment = [](Sentiment s) { return Labels::sentimentGlyph(s) + QLatin1Char(' ') + Labels::sentimentName(s); };
    m_live = addTile(group(StatusGroup::Live), 0, 0);
    m_connected = addTile(group(StatusGroup::Connected), 0, 1);
    m_notReached = addTile(group(StatusGroup::NotReached), 0, 2);
    m_failed = addTile(group(StatusGroup::Failed), 0, 3);
    m_positive = addTile(sentiment(Sentiment::Positive), 1, 0);
    m_neutral = addTile(sentiment(Sentiment::Neutral), 1, 1);
    m_negative = addTile(sentiment(Sentiment::Negative), 1, 2);
    m_lastHour = addTile(tr("Calls in the last hour"), 1, 3);
    m_average = addTile(tr("Average duration"), 2, 0);
    m_p90 = addTile(tr("90 % of calls shorter than"), 2, 1);
    m_reasons = addTile(tr("Why calls did not connect"), 2, 2, 2);
    // A burst of stats changes (one per page while loading) repaints once.
    connect(stats, &CallStats::changed, m_coalesce, &RefreshThrottle::request);
    connect(engine, &SyncEngine::synced, m_coalesce, &RefreshThrottle::request);
    setTheme(theme);
}

KpiTile *KpiPage::addTile(const QString &caption, int row, int column, int columnSpan)
{
    auto *tile = new KpiTile(caption, KpiTile::Size::Large, this);
    static_cast<QGridLayout *>(layout())->addWidget(tile, row, column, 1, columnSpan);
    m_tiles << tile;
    return tile;
}

void KpiPage::setTheme(const Theme *theme)
{
    m_theme = theme;
    for (KpiTile *t : m_tiles)
        t->setColors(theme->card(), theme->text(), theme->mutedText());
    // The captions' glyphs in the colours the cards use for the same outcome and sentiment.
    const QList<QPair<KpiTile *, QColor>> tinted{
        {m_live, theme->statusColor(StatusGroup::Live)}, {m_connected, theme->statusColor(StatusGroup::Connected)},
        {m_notReached, theme->statusColor(StatusGroup::NotReached)}, {m_failed, theme->statusColor(StatusGroup::Failed)},
        {m_positive, theme->sentimentColor(Sentiment::Positive)}, {m_neutral, theme->sentimentColor(Sentiment::Neutral)},
        {m_negative, theme->sentimentColor(Sentiment::Negative)}};
    for (const auto &[tile, colour] : tinted)
        tile->setColors(theme->card(), theme->text(), colour);
    refresh();
}

void KpiPage::setPixelSizes(int figurePx, int captionPx)
{
    for (KpiTile *t : m_tiles)
        t->setFontPixelSizes(t == m_reasons ? captionPx * 5 / 4 : figurePx, captionPx);
    static_cast<QGridLayout *>(layout())->setSpacing(captionPx / 2);
}

void KpiPage::refresh()
{
    // Before anything has loaded, zeros would look like real figures.
    if (!m_engine->lastSuccess().isValid() && m_stats->total() == 0) {
        for (KpiTile *t : m_tiles)
            t->setValue(QStringLiteral("—"));
        return;
    }
    const QLocale locale;
    m_live->setValue(locale.toString(m_stats->countIn(StatusGroup::Live)));
    m_connected->setValue(locale.toString(m_stats->countIn(StatusGroup::Connected)));
    m_notReached->setValue(locale.toString(m_stats->countIn(StatusGroup::NotReached)));
    m_failed->setValue(locale.toString(m_stats->countIn(StatusGroup::Failed)));
    m_positive->setValue(locale.toString(m_stats->countIn(Sentiment::Positive)));
    m_neutral->setValue(locale.toString(m_stats->countIn(Sentiment::Neutral)));
    m_negative->setValue(locale.toString(m_stats->countIn(Sentiment::Negative)));
    m_lastHour->setValue(locale.toString(m_stats->callsSince(m_clock->nowMs() - 3600 * 1000)));
    m_average->setValue(m_stats->durationCount() ? Labels::duration(qRound(m_stats->averageDuration())) : QStringLiteral("—"));
    const int p90 = m_stats->percentileDuration(0.9);
    m_p90->setValue(p90 < 0 ? QStringLiteral("—") : Labels::duration(p90));
    m_reasons->setValue(topFailingReasonsText(*m_stats));
}

} // namespace callboard

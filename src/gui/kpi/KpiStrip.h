// KpiStrip: the row of figures above the cards — live now, calls in the window, connect rate,
// average and p90 duration, negative-sentiment share, the top failing end reasons, and how
// fresh all of it is ("updated 3 s ago"; amber past two intervals, red past five, with the
// reason). Reads CallStats' small aggregates, never the store.
#pragma once

#include "Freshness.h"

#include <QDateTime>
#include <QWidget>

class QTimer;

namespace callboard {

class BoardWindowKeeper;
class CallStats;
class Clock;
class KpiTile;
class RefreshThrottle;
class SyncEngine;
class Theme;

class KpiStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiStrip)
public:
    enum class Figure { LiveNow, CallsToday, ConnectRate, Duration, NegativeShare, EndReasons, Freshness };

    KpiStrip(CallStats *stats, SyncEngine *engine, Clock *clock, const Theme *theme, QWidget *parent = nullptr);

    void setTheme(const Theme *theme);
    // Names the board window on the calls figure ("Calls · Today", "Calls · Last 8 hours"),
    // which then counts every call in the window; without one it counts calls since midnight.
    void setWindowKeeper(const BoardWindowKeeper *keeper);
    // Shows only these figures (the kiosk's header keeps the few readable from afar).
    void setFiguresShown(const QList<Figure> &figures);
    // Wall-display type: figures, the freshness headline and captions at fixed pixel sizes.
    void setPixelSizes(int figurePx, int freshnessPx, int captionPx);
    const FreshnessView &freshness() const { return m_freshness; }
    // What the last refresh read from the engine and the clock (the kiosk's outage banner
    // is described from the same figures, so both count down together).
    const FreshnessInput &freshnessInput() const { return m_freshnessInput; }

    // What the strip shows, for tests and accessibility.
    QString figureText(Figure figure) const;
    QString freshnessText() const;  // headline and status: "updated 3 s ago\n● Live"
    Freshness freshnessLevel() const { return m_freshness.level; }
    KpiTile *tile(Figure figure) const;

public slots:
    // Recomputes every text from CallStats, the engine and the clock (runs every second).
    void refresh();

signals:
    void refreshed();

private:
    void requestRefresh();
    void applyFreshnessColors();

    CallStats *m_stats;
    SyncEngine *m_engine;
    Clock *m_clock;
    const Theme *m_theme;
    const BoardWindowKeeper *m_window = nullptr;
    qint64 m_watchingSinceMs;
    int m_pagesDone = 0;
    int m_pagesTotal = 0;
    FreshnessView m_freshness;
    FreshnessInput m_freshnessInput;
    QTimer *m_tick;
    RefreshThrottle *m_coalesce;
    KpiTile *m_live;
    KpiTile *m_today;
    KpiTile *m_connect;
    KpiTile *m_duration;
    KpiTile *m_negative;
    KpiTile *m_reasons;
    KpiTile *m_fresh;
};

// "12  No answer" lines for the three most frequent failing end reasons, or "none".
QString topFailingReasonsText(const CallStats &stats);

} // namespace callboard

// KpiPage: the kiosk's page of figures — calls by outcome and sentiment, the last hour,
// durations and the top failing end reasons — as big tiles in a grid.
#pragma once

#include <QWidget>

namespace callboard {

class CallStats;
class Clock;
class KpiTile;
class RefreshThrottle;
class SyncEngine;
class Theme;

class KpiPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiPage)
public:
    KpiPage(CallStats *stats, const SyncEngine *engine, Clock *clock, const Theme *theme, QWidget *parent = nullptr);

    void setTheme(const Theme *theme);
    void setPixelSizes(int figurePx, int captionPx);
    QList<KpiTile *> tiles() const { return m_tiles; }

public slots:
    void refresh();

private:
    KpiTile *addTile(const QString &caption, int row, int column, int columnSpan = 1);

    CallStats *m_stats;
    const SyncEngine *m_engine;
    Clock *m_clock;
    const Theme *m_theme;
    RefreshThrottle *m_coalesce;
    QList<KpiTile *> m_tiles;
    KpiTile *m_live, *m_connected, *m_notReached, *m_failed;
    KpiTile *m_positive, *m_neutral, *m_negative, *m_lastHour;
    KpiTile *m_average, *m_p90, *m_reasons;
};

} // namespace callboard

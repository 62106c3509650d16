// AnalysisTilesView: one tile per post-call analysis field seen across calls, laid out in as
// many columns as fit. Tiles appear and disappear with the fields; what a tile shows follows
// the values' type, so any agent's analysis is shown without setting anything up.
#pragma once

#include <QMap>
#include <QScrollArea>

class QGridLayout;
class QLabel;

namespace callboard {

class AnalysisTile;
class CallStats;
class RefreshThrottle;
class Theme;

class AnalysisTilesView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisTilesView)
public:
    static constexpr int kMinTileWidth = 260;

    AnalysisTilesView(CallStats *stats, const Theme *theme, QWidget *parent = nullptr);

    void setTheme(const Theme *theme);

    int tileCount() const { return int(m_tiles.size()); }
    AnalysisTile *tile(const QString &key) const { return m_tiles.value(key); }
    QStringList keys() const { return m_tiles.keys(); }
    int columnCount() const { return m_columns; }

public slots:
    void refresh();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();
    int columnsFor(int width) const;

    CallStats *m_stats;
    const Theme *m_theme;
    QWidget *m_content;
    QGridLayout *m_grid;
    QLabel *m_empty;
    RefreshThrottle *m_throttle;
    QMap<QString, AnalysisTile *> m_tiles; // by key, which is also the display order
    int m_columns = 0;
};

} // namespace callboard

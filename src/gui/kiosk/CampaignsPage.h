// CampaignsPage: calls and progress per campaign, for a wall display: one row per campaign,
// busiest first — its id, a bar split by outcome (connected, not reached, failed, still live)
// and the figures in words. Reads CallStats' per-campaign counts, never the store.
#pragma once

#include <QWidget>

namespace callboard {

class CallStats;
class Theme;

class CampaignsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)
public:
    CampaignsPage(CallStats *stats, const Theme *theme, QWidget *parent = nullptr);

    void setTheme(const Theme *theme);
    // The rows as drawn, for tests and screen readers: "camp_a: 120 calls, 3 live, 71 % connected, 97 % done".
    QStringList rowTexts() const;
    int rowsShown() const { return m_rowsShown; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row;
    std::vector<Row> rows() const;

    CallStats *m_stats;
    const Theme *m_theme;
    mutable int m_rowsShown = 0;
};

} // namespace callboard

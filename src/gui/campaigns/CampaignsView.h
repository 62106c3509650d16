// CampaignsView: calls and progress per campaign or batch, busiest first: its name (and the
// batch's status), a bar split by outcome (connected, not reached, failed, still live) and the
// figures in words, with the batch's lead counts where DialNexa gives them. The window's
// Campaigns tab (a click on a row narrows the cards to it) and the wall display's page.
// Reads CallStats' per-campaign counts and the Directory, never the store.
#pragma once

#include <QWidget>

#include <vector>

namespace callboard {

class CallStats;
class Directory;
class Theme;

class CampaignsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsView)
public:
    CampaignsView(CallStats *stats, const Theme *theme, QWidget *parent = nullptr);

    void setTheme(const Theme *theme);
    // Names, statuses and lead counts (not owned; null: ids and call counts only).
    void setDirectory(const Directory *directory);
    // The rows as drawn, for tests and screen readers: "Spring outreach (running): 120 calls · …".
    QStringList rowTexts() const;
    int rowsShown() const { return m_rowsShown; }
    // The lines of figures last drawn for each shown row, as drawn (an elided one ends in "…").
    const std::vector<QStringList> &figureLinesShown() const { return m_figureLines; }
    // On a wall: a few rows share the whole height, their words grow with them (up to twice),
    // and figures too long for the lines the row holds get a smaller size before any is
    // elided. In the window rows keep a desk's size (figures still take the lines it holds).
    void setFillsHeight(bool fills);
    // The campaign key of the row at a point, or an empty string.
    QString keyAt(const QPoint &pos) const;

signals:
    void campaignClicked(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void refresh();

    CallStats *m_stats;
    const Theme *m_theme;
    const Directory *m_names = nullptr;
    bool m_fillsHeight = false;
    mutable int m_rowsShown = 0;
    mutable std::vector<std::pair<QRect, QString>> m_hits; // each drawn row and its key
    mutable std::vector<QStringList> m_figureLines;
};

} // namespace callboard

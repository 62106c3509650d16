// AnalysisTile: what one post-call analysis field looks like across calls, shown by its kind:
// yes/no → share true and a bar; enum-like → the values stacked in one bar with a legend;
// number → the mean and a small distribution; dates and free text → how many calls have it.
// Keys and values are the agent's own (server text) and always shown as plain text.
#pragma once

#include "core/stats/CallStats.h"
#include "gui/theme/Theme.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace callboard {

class MiniHistogram;
class ProportionBar;

class AnalysisTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisTile)
public:
    static constexpr int kMaxLegendRows = 8;

    AnalysisTile(const AnalysisFieldStats &stats, const Theme &theme, QWidget *parent = nullptr);

    // "customer_satisfaction" → "Customer satisfaction", "issueResolved" → "Issue resolved".
    static QString humanizeKey(const QString &key);

    void setStats(const AnalysisFieldStats &stats);
    void setTheme(const Theme &theme);

    QString key() const { return m_stats.key; }
    AnalysisFieldStats::Kind kind() const { return m_stats.kind; }
    QString title() const;
    QString figure() const { return m_figureText; } // unelided
    QString caption() const;
    // Enum-like: the legend's value labels, most frequent first.
    QList<QLabel *> legendLabels() const { return m_legendValues; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setFigure(const QString &text);
    void rebuildBody();
    void updateContent();
    void updateLegend(const QList<QPair<QString, int>> &values);
    QColor shade(int index, int count) const;

    AnalysisFieldStats m_stats;
    Theme m_theme;
    AnalysisFieldStats::Kind m_builtKind;
    QVBoxLayout *m_layout;
    QLabel *m_title;
    QLabel *m_figure;
    QLabel *m_caption;
    QString m_figureText;
    QWidget *m_body = nullptr;
    ProportionBar *m_bar = nullptr;
    MiniHistogram *m_histogram = nullptr;
    QGridLayout *m_legend = nullptr;
    QList<QWidget *> m_legendSwatches;
    QList<QLabel *> m_legendValues;
    QList<QLabel *> m_legendShares;
};

} // namespace callboard

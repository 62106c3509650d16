#include "AnalysisTilesView.h"

#include "AnalysisTile.h"
#include "core/stats/CallStats.h"
#include "gui/widgets/RefreshThrottle.h"
#include "gui/theme/Theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>

namespace callboard {

namespace {
constexpr int kSpacing = 10;
}

AnalysisTilesView::AnalysisTilesView(CallStats *stats, const Theme *theme, QWidget *parent)
    : QScrollArea(parent), m_stats(stats), m_theme(theme), m_content(new QWidget(this)),
      m_grid(new QGridLayout(m_content)), m_empty(new QLabel(m_content)),
      m_throttle(new RefreshThrottle([this] { refresh(); }, this))
{
    setAccessibleName(tr("Analysis fields"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(kSpacing);
    m_empty->setText(tr("No call has post-call analysis yet. Fields appear here as calls are analysed."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    setWidget(m_content);
    connect(m_stats, &CallStats::changed, m_throttle, &RefreshThrottle::request);
    setTheme(theme); // and the first refresh
}

void AnalysisTilesView::setTheme(const Theme *theme)
{
    m_theme = theme;
    QPalette p = theme->palette();
    setPalette(p);
    viewport()->setPalette(p);
    viewport()->setAutoFillBackground(true);
    m_content->setPalette(p);
    QPalette muted = p;
    muted.setColor(QPalette::WindowText, theme->mutedText());
    m_empty->setPalette(muted);
    for (AnalysisTile *t : std::as_const(m_tiles))
        t->setTheme(*theme);
    refresh();
}

void AnalysisTilesView::refresh()
{
    const std::vector<AnalysisFieldStats> fields = m_stats->analysisFields();
    bool structural = false;
    QMap<QString, AnalysisTile *> kept;
    for (const AnalysisFieldStats &f : fields) {
        AnalysisTile *t = m_tiles.take(f.key);
        if (t) {
            t->setStats(f);
        } else {
            t = new AnalysisTile(f, *m_theme, m_content);
            t->setStats(f);
            structural = true;
        }
        kept.insert(f.key, t);
    }
    // What is left is a field no call carries any more.
    structural = structural || !m_tiles.isEmpty();
    qDeleteAll(m_tiles);
    m_tiles = kept;
    if (structural || m_columns == 0)
        relayout();
}

int AnalysisTilesView::columnsFor(int width) const
{
    return qMax(1, (width + kSpacing) / (kMinTileWidth + kSpacing));
}

void AnalysisTilesView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (columnsFor(viewport()->width()) != m_columns)
        relayout();
}

void AnalysisTilesView::relayout()
{
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0); // the items only; the tiles stay
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    m_columns = columnsFor(viewport()->width());
    m_empty->setVisible(m_tiles.isEmpty());
    if (m_tiles.isEmpty()) {
        m_grid->addWidget(m_empty, 0, 0);
        m_grid->setRowStretch(1, 1);
        return;
    }
    int i = 0;
    for (AnalysisTile *t : std::as_const(m_tiles)) {
        m_grid->addWidget(t, i / m_columns, i % m_columns);
        t->show();
        ++i;
    }
    for (int c = 0; c < m_columns; ++c)
        m_grid->setColumnStretch(c, 1);
    const int rows = (int(m_tiles.size()) + m_columns - 1) / m_columns;
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, r == rows ? 1 : 0);
    if (m_grid->rowCount() <= rows)
        m_grid->addItem(new QSpacerItem(0, 0), rows, 0);
    m_grid->setRowStretch(rows, 1);
}

} // namespace callboard

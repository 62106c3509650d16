#include "CampaignsView.h"

#include "CampaignRows.h"
#include "core/directory/Directory.h"
#include "core/stats/CallStats.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace callboard {

namespace {
const QString kFigureSeparator = QStringLiteral(" · ");

// The figures in lines no wider than `width`, broken between figures, never inside one.
QStringList breakFigures(const QString &figures, const QFontMetrics &fm, int width)
{
    QStringList lines;
    for (const QString &part : figures.split(kFigureSeparator)) {
        if (!lines.isEmpty() && fm.horizontalAdvance(lines.last() + kFigureSeparator + part) <= width)
            lines.last() += kFigureSeparator + part;
        else
            lines << part;
    }
    return lines;
}
} // namespace

CampaignsView::CampaignsView(CallStats *stats, const Theme *theme, QWidget *parent)
    : QWidget(parent), m_stats(stats), m_theme(theme)
{
    setAccessibleName(tr("Campaigns"));
    connect(stats, &CallStats::changed, this, &CampaignsView::refresh);
    refresh();
}

void CampaignsView::setTheme(const Theme *theme)
{
    m_theme = theme;
    update();
}

void CampaignsView::setDirectory(const Directory *directory)
{
    m_names = directory;
    if (directory)
        connect(directory, &Directory::changed, this, &CampaignsView::refresh);
    refresh();
}

void CampaignsView::setFillsHeight(bool fills)
{
    m_fillsHeight = fills;
    update();
}

void CampaignsView::refresh()
{
    // What a screen reader says: the rows as drawn, in words.
    setAccessibleDescription(rowTexts().join(QStringLiteral("\n")));
    update();
}

QStringList CampaignsView::rowTexts() const
{
    QStringList texts;
    for (const CampaignRow &r : campaignRows(*m_stats, m_names))
        texts << r.spokenText();
    return texts;
}

QString CampaignsView::keyAt(const QPoint &pos) const
{
    for (const auto &[rect, key] : m_hits)
        if (rect.contains(pos))
            return key;
    return {};
}

void CampaignsView::mouseReleaseEvent(QMouseEvent *event)
{
    const QString key = event->button() == Qt::LeftButton ? keyAt(event->position().toPoint()) : QString();
    if (!key.isEmpty())
        emit campaignClicked(key);
    QWidget::mouseReleaseEvent(event);
}

void CampaignsView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), m_theme->window());
    const std::vector<CampaignRow> all = campaignRows(*m_stats, m_names);
    m_hits.clear();
    m_figureLines.clear();
    const QFontMetrics fm(font());
    const int line = fm.height();
    if (all.empty()) {
        p.setPen(m_theme->mutedText());
        p.drawText(rect(), Qt::AlignCenter, tr("No campaign calls in this window"));
        m_rowsShown = 0;
        return;
    }
    // A legend for the bar's colours, then the rows: taller when there are few of them.
    int x = 0;
    for (StatusGroup group : {StatusGroup::Connected, StatusGroup::NotReached, StatusGroup::Failed, StatusGroup::Live}) {
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme->statusColor(group));
        p.drawRoundedRect(QRect(x, line / 4, line / 2 * 3, line / 2), 2, 2);
        p.setPen(m_theme->mutedText());
        const QString text = Labels::statusGlyph(group) + QLatin1Char(' ') + Labels::statusGroup(group);
        p.drawText(QRect(x + line * 2, 0, fm.horizontalAdvance(text) + line, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += line * 3 + fm.horizontalAdvance(text);
    }
    const int top = line + line / 2;
    const int gap = line / 2;
    const int available = height() - top;
    const int rows = int(all.size());
    const int rowHeight = qBound(line * 3, (available + gap) / qMax(1, rows) - gap, line * (m_fillsHeight ? 12 : 5));
    int fit = qMax(1, (available + gap) / (rowHeight + gap));
    if (fit < rows) // keep a line for "and N more"
        fit = qMax(1, (available - line + gap) / (rowHeight + gap));
    const int shown = qMin(rows, fit);
    m_rowsShown = shown;
    // A row's words: larger in taller rows on a wall, so a room can read them.
    QFont rowFont = font();
    if (m_fillsHeight && rowHeight > line * 5) {
        const double scale = qMin(2.0, rowHeight / (line * 5.0));
        if (rowFont.pixelSize() > 0)
            rowFont.setPixelSize(qRound(rowFont.pixelSize() * scale));
        else
            rowFont.setPointSizeF(rowFont.pointSizeF() * scale);
    }
    const QFontMetrics rfm(rowFont);
    const int rowLine = rfm.height();
    QFont bold = rowFont;
    bold.setBold(true);
    const int nameWidth = width() * 3 / 10;
    for (int i = 0; i < shown; ++i) {
        const CampaignRow &r = all[size_t(i)];
        const QRect row(0, top + i * (rowHeight + gap), width(), rowHeight);
        m_hits.emplace_back(row, r.key);
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme->card());
        p.drawRoundedRect(row, line / 3, line / 3);
        const QRect inner = row.adjusted(line, line / 3, -line, -line / 3);
        // The name is server text: drawn as plain text, elided; a batch's status beneath it.
        const bool hasStatus = r.batch && !r.batch->status.isEmpty();
        const QRect nameRect(inner.left(), inner.top(), nameWidth - line, hasStatus ? inner.height() / 2 + rowLine / 2 : inner.height());
        p.setFont(bold);
        p.setPen(m_theme->text());
        p.drawText(nameRect, Qt::AlignLeft | (hasStatus ? Qt::AlignBottom : Qt::AlignVCenter),
                   QFontMetrics(bold).elidedText(r.name, Qt::ElideRight, nameRect.width()));
        p.setFont(rowFont);
        if (hasStatus) {
            p.setPen(m_theme->mutedText());
            p.drawText(QRect(nameRect.left(), nameRect.bottom(), nameRect.width(), rowLine + rowLine / 2), Qt::AlignLeft | Qt::AlignTop,
                       rfm.elidedText(Labels::batchStatus(r.batch->status), Qt::ElideRight, nameRect.width()));
        }
        // The figures: on one line, or on as many as the row has room for, broken between
        // figures ("7 % done" stays whole); in a smaller size before any is elided.
        const QRect barArea(inner.left() + nameWidth, inner.top(), inner.width() - nameWidth, inner.height());
        QFont figureFont = rowFont;
        QStringList lines = breakFigures(r.figures(), QFontMetrics(figureFont), barArea.width());
        const auto linesThatFit = [&](const QFont &f) {
            return qMax(1, (inner.height() - rowLine - rowLine / 4) / QFontMetrics(f).height());
        };
        // Never below the window's own size, which the unscaled rows use.
        const int smallest = QFontMetrics(font()).height();
        while (m_fillsHeight && lines.size() > linesThatFit(figureFont)) {
            const QFont smaller = scaledFont(figureFont, 0.9, false);
            const int h = QFontMetrics(smaller).height();
            if (h < smallest || h >= QFontMetrics(figureFont).height())
                break;
            figureFont = smaller;
            lines = breakFigures(r.figures(), QFontMetrics(figureFont), barArea.width());
        }
        const QFontMetrics ffm(figureFont);
        const int fitLines = int(qMin<qsizetype>(lines.size(), linesThatFit(figureFont)));
        if (fitLines < lines.size()) // what is left over goes on the last line, elided
            lines[fitLines - 1] = lines.mid(fitLines - 1).join(kFigureSeparator);
        // The outcome bar: connected, not reached, failed, live — in proportion to all calls.
        const int block = rowLine + rowLine / 4 + ffm.height() * fitLines;
        const QRect bar(barArea.left(), barArea.center().y() - block / 2, barArea.width(), rowLine);
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme->border());
        p.drawRoundedRect(bar, rowLine / 4, rowLine / 4);
        x = bar.left();
        for (StatusGroup g : {StatusGroup::Connected, StatusGroup::NotReached, StatusGroup::Failed, StatusGroup::Other, StatusGroup::Live}) {
            const int n = r.stats.in(g);
            if (!n)
                continue;
            const int w = int(qint64(bar.width()) * n / qMax(1, r.stats.calls));
            p.setBrush(m_theme->statusColor(g));
            p.drawRect(QRect(x, bar.top(), w, bar.height()));
            x += w;
        }
        p.setPen(m_theme->mutedText());
        p.setFont(figureFont);
        QStringList drawn;
        for (int l = 0; l < fitLines; ++l) {
            drawn << ffm.elidedText(lines[l], Qt::ElideRight, bar.width());
            p.drawText(QRect(bar.left(), bar.bottom() + rowLine / 4 + l * ffm.height(), bar.width(), ffm.height()),
                       Qt::AlignLeft | Qt::AlignTop, drawn.last());
        }
        m_figureLines.push_back(drawn);
    }
    p.setFont(font());
    if (shown < int(all.size())) {
        p.setPen(m_theme->mutedText());
        p.drawText(QRect(0, height() - line, width(), line), Qt::AlignRight | Qt::AlignVCenter,
                   tr("and %n more", nullptr, int(all.size()) - shown));
    }
}

} // namespace callboard

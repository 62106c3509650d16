#include "CampaignsPage.h"

#include "stats/CallStats.h"
#include "theme/Theme.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace callboard {

struct CampaignsPage::Row
{
    QString id;
    CallStats::CampaignStats stats;
};

namespace {
int percentOf(int part, int whole) { return whole > 0 ? qRound(100.0 * part / whole) : 0; }

QString figures(const CallStats::CampaignStats &s)
{
    const QLocale locale;
    const int reached = s.in(StatusGroup::Connected) + s.in(StatusGroup::NotReached) + s.in(StatusGroup::Failed);
    const int connected = percentOf(s.in(StatusGroup::Connected), reached);
    const int done = percentOf(s.finished(), s.calls);
    return QCoreApplication::translate("CampaignsPage", "%1 calls · %2 live · %3 % connected · %4 % done")
        .arg(locale.toString(s.calls), locale.toString(s.in(StatusGroup::Live)))
        .arg(connected)
        .arg(done);
}
} // namespace

CampaignsPage::CampaignsPage(CallStats *stats, const Theme *theme, QWidget *parent)
    : QWidget(parent), m_stats(stats), m_theme(theme)
{
    setAccessibleName(tr("Campaigns"));
    connect(stats, &CallStats::changed, this, qOverload<>(&QWidget::update));
}

void CampaignsPage::setTheme(const Theme *theme)
{
    m_theme = theme;
    update();
}

std::vector<CampaignsPage::Row> CampaignsPage::rows() const
{
    std::vector<Row> result;
    const auto &campaigns = m_stats->campaigns();
    for (auto it = campaigns.cbegin(); it != campaigns.cend(); ++it)
        result.push_back(Row{it.key(), it.value()});
    std::sort(result.begin(), result.end(), [](const Row &a, const Row &b) {
        return a.stats.calls != b.stats.calls ? a.stats.calls > b.stats.calls : a.id < b.id;
    });
    return result;
}

QStringList CampaignsPage::rowTexts() const
{
    QStringList texts;
    for (const Row &r : rows())
        texts << tr("%1: %2").arg(r.id, figures(r.stats));
    return texts;
}

void CampaignsPage::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), m_theme->window());
    const std::vector<Row> all = rows();
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
    const QList<QPair<StatusGroup, QString>> legend{
        {StatusGroup::Connected, tr("Connected")}, {StatusGroup::NotReached, tr("Not reached")},
        {StatusGroup::Failed, tr("Failed")}, {StatusGroup::Live, tr("Live")}};
    for (const auto &[group, word] : legend) {
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme->statusColor(group));
        p.drawRoundedRect(QRect(x, line / 4, line / 2 * 3, line / 2), 2, 2);
        p.setPen(m_theme->mutedText());
        const QString text = Labels::statusGlyph(group) + QLatin1Char(' ') + word;
        p.drawText(QRect(x + line * 2, 0, fm.horizontalAdvance(text) + line, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += line * 3 + fm.horizontalAdvance(text);
    }
    const int top = line + line / 2;
    const int gap = line / 2;
    const int available = height() - top;
    const int rows = int(all.size());
    const int rowHeight = qBound(line * 3, (available + gap) / qMax(1, rows) - gap, line * 5);
    int fit = qMax(1, (available + gap) / (rowHeight + gap));
    if (fit < rows) // keep a line for "and N more"
        fit = qMax(1, (available - line + gap) / (rowHeight + gap));
    const int shown = qMin(rows, fit);
    m_rowsShown = shown;
    QFont bold = font();
    bold.setBold(true);
    const int nameWidth = width() * 3 / 10;
    for (int i = 0; i < shown; ++i) {
        const Row &r = all[size_t(i)];
        const QRect row(0, top + i * (rowHeight + gap), width(), rowHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme->card());
        p.drawRoundedRect(row, line / 3, line / 3);
        const QRect inner = row.adjusted(line, line / 3, -line, -line / 3);
        // The campaign id is server text: drawn as plain text, elided.
        p.setFont(bold);
        p.setPen(m_theme->text());
        p.drawText(QRect(inner.left(), inner.top(), nameWidth - line, inner.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(r.id, Qt::ElideMiddle, nameWidth - line));
        p.setFont(font());
        // The outcome bar: connected, not reached, failed, live — in proportion to all calls.
        const QRect bar(inner.left() + nameWidth, inner.center().y() - line, inner.width() - nameWidth, line);
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme->border());
        p.drawRoundedRect(bar, line / 4, line / 4);
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
        p.drawText(QRect(bar.left(), bar.bottom() + line / 4, bar.width(), line + line / 2), Qt::AlignLeft | Qt::AlignVCenter,
                   figures(r.stats));
    }
    if (shown < int(all.size())) {
        p.setPen(m_theme->mutedText());
        p.drawText(QRect(0, height() - line, width(), line), Qt::AlignRight | Qt::AlignVCenter,
                   tr("and %n more", nullptr, int(all.size()) - shown));
    }
}

} // namespace callboard

#include "WorkspaceOverview.h"

#include "gui/theme/Labels.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace callboard {

WorkspaceOverview::WorkspaceOverview(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)), m_heading(new QLabel(tr("All workspaces"), this)),
      m_hint(new QLabel(tr("Click a workspace, or press Enter on it, to open its board."), this)),
      m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("All workspaces — Callboard"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setContentsMargins(12, 8, 12, 0);
    m_layout->addWidget(m_heading);
    m_hint->setContentsMargins(12, 0, 12, 4);
    m_layout->addWidget(m_hint);
    m_table->setHorizontalHeaderLabels({tr("Workspace"), tr("Freshness"), tr("Live now"), tr("Calls today"),
                                        tr("Connected"), tr("Average duration"), tr("Alerts")});
    m_table->setAccessibleName(tr("Workspaces and their figures"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Data, QHeaderView::Stretch);
    // Read from a step back: larger type, rows with air, the figures in bold.
    QFont rows = m_table->font();
    rows.setPointSizeF(rows.pointSizeF() * 1.4);
    m_table->setFont(rows);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(rows).height() * 2 + 8);
    m_table->setIconSize(QSize(QFontMetrics(rows).height(), QFontMetrics(rows).height()));
    m_layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) { emit workspaceChosen(row); });
    connect(m_table, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem *item) { emit workspaceChosen(item->row()); });
}

void WorkspaceOverview::setBar(QWidget *bar)
{
    m_bar = bar;
    m_layout->insertWidget(0, bar);
}

void WorkspaceOverview::setRows(const QList<Row> &rows)
{
    const QLocale locale;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const Row &row = rows[r];
        const QString noCalls = tr("—");
        const QStringList cells{
            row.name,
            row.freshness,
            locale.toString(row.live),
            locale.toString(row.today),
            row.calls ? tr("%1 %").arg(locale.toString(qRound(row.connectRate * 100))) : noCalls,
            row.calls ? Labels::duration(qRound(row.averageDuration)) : noCalls,
            row.alerts ? tr("⚠ %1").arg(locale.toString(row.alerts)) : locale.toString(0)};
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem *item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, c, item);
            }
            item->setText(cells[c]);
            if (c != Name && c != Data) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                QFont bold = m_table->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
        const int side = QFontMetrics(m_table->font()).height();
        QPixmap swatch(side, side);
        swatch.fill(row.colour);
        m_table->item(r, Name)->setIcon(QIcon(swatch));
        m_table->item(r, Name)->setToolTip(tr("Open %1").arg(row.name));
        m_table->item(r, Data)->setToolTip(row.freshness);
    }
}

void WorkspaceOverview::setWallStyle(bool on)
{
    m_wall = on;
    m_hint->setVisible(!on);
    m_heading->setVisible(!on); // the page indicator names the page
    m_table->setFocusPolicy(on ? Qt::NoFocus : Qt::StrongFocus);
    m_table->setSelectionMode(on ? QAbstractItemView::NoSelection : QAbstractItemView::SingleSelection);
    m_table->setVerticalScrollBarPolicy(on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    m_table->setHorizontalScrollBarPolicy(on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    applyWallType();
}

void WorkspaceOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyWallType();
}

void WorkspaceOverview::applyWallType()
{
    if (!m_wall || height() <= 0)
        return;
    // Read from across the room: rows 5 % of the page's height, their figures in bold.
    QFont rows = font();
    rows.setPixelSize(qMax(16, height() / 20));
    m_table->setFont(rows);
    QFont header = font();
    header.setPixelSize(qMax(12, height() / 40));
    m_table->horizontalHeader()->setFont(header);
    const int line = QFontMetrics(rows).height();
    m_table->verticalHeader()->setDefaultSectionSize(line * 2);
    m_table->setIconSize(QSize(line, line));
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < ColumnCount; ++c)
            if (QTableWidgetItem *item = m_table->item(r, c); item && c != Name && c != Data) {
                QFont bold = rows;
                bold.setBold(true);
                item->setFont(bold);
            }
}

int WorkspaceOverview::rowCount() const { return m_table->rowCount(); }

QString WorkspaceOverview::text(int row, Column column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace callboard

// WorkspaceOverview: "All workspaces": one row of key figures per workspace (live calls,
// calls today, connect rate, average duration, firing alerts) with how fresh its data is.
// Activating a row (click, Enter) opens that workspace's board.
#pragma once

#include "gui/kpi/Freshness.h"

#include <QColor>
#include <QWidget>

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace callboard {

class WorkspaceOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceOverview)
public:
    enum Column { Name, Data, Live, Today, Connected, AverageDuration, Alerts, ColumnCount };

    struct Row
    {
        QString name;
        QColor colour;
        QString freshness; // "updated 3 s ago · ● Live"
        Freshness level = Freshness::Fresh;
        int live = 0;
        int today = 0;
        double connectRate = 0; // 0..1
        int calls = 0;          // connectRate and averageDuration count these
        double averageDuration = 0;
        int alerts = 0;
    };

    explicit WorkspaceOverview(QWidget *parent = nullptr);

    void setBar(QWidget *bar); // the switcher on top (the overview's own)
    QWidget *bar() const { return m_bar; }
    void setRows(const QList<Row> &rows);
    // The kiosk's "workspaces" page: type scaled to the page's height, nothing to click.
    void setWallStyle(bool on);
    int rowCount() const;
    QString text(int row, Column column) const;
    QTableWidget *table() const { return m_table; }

signals:
    void workspaceChosen(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyWallType();

    QVBoxLayout *m_layout;
    QLabel *m_heading;
    QLabel *m_hint;
    bool m_wall = false;
    QWidget *m_bar = nullptr;
    QTableWidget *m_table;
};

} // namespace callboard

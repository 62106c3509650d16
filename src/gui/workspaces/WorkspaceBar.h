// WorkspaceBar: the switcher above a board when there are several workspaces. One tab for
// "All workspaces", then one per workspace: its colour, its name, how fresh its data is
// ("● Live", "▲ Stale") and its firing alerts ("⚠ 2"), so an alert in a workspace that is
// not on screen still shows, under its workspace's name.
#pragma once

#include <QColor>
#include <QTabBar>

namespace callboard {

class WorkspaceBar final : public QTabBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceBar)
public:
    struct Entry
    {
        QString name;
        QColor colour;
        QString freshness; // "● Live"
        QString detail;    // the tooltip: the full freshness and alert lines
        int alerts = 0;
    };

    explicit WorkspaceBar(QWidget *parent = nullptr);

    // Tab 0 is the overview; tab i + 1 is entries[i]. current: -1 = the overview.
    void setEntries(const QList<Entry> &entries, int current);
    static QString entryText(const Entry &entry);

signals:
    void workspaceChosen(int index); // -1: the overview

private:
    bool m_updating = false;
};

} // namespace callboard

// MainWindow: the supervisor's board. For now a list of calls, newest first, and a status
// bar with the sync state and freshness; the dashboard issue grows it into cards and charts.
#pragma once

#include <QMainWindow>

class QLabel;
class QListView;
class QSortFilterProxyModel;

namespace callboard {

class CallListModel;
class CallStore;
class Clock;
class SyncEngine;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(CallStore *store, SyncEngine *engine, Clock *clock, QWidget *parent = nullptr);

private:
    void updateStatus();

    SyncEngine *m_engine;
    Clock *m_clock;
    CallListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QListView *m_list;
    QLabel *m_status;
};

} // namespace callboard

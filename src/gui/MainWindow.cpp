#include "MainWindow.h"

#include "models/CallListModel.h"
#include "model/CallStore.h"
#include "sync/SyncEngine.h"
#include "time/Clock.h"

#include <QLabel>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTimer>

namespace callboard {

MainWindow::MainWindow(CallStore *store, SyncEngine *engine, Clock *clock, QWidget *parent)
    : QMainWindow(parent), m_engine(engine), m_clock(clock),
      m_model(new CallListModel(store, this)), m_sorted(new QSortFilterProxyModel(this)),
      m_list(new QListView(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Callboard"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CallListModel::CreatedAtMsRole);
    m_sorted->sort(0, Qt::DescendingOrder);
    m_list->setModel(m_sorted);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Calls"));
    setCentralWidget(m_list);
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_status, 1);

    connect(engine, &SyncEngine::stateChanged, this, &MainWindow::updateStatus);
    connect(engine, &SyncEngine::synced, this, &MainWindow::updateStatus);
    auto *freshness = new QTimer(this);
    connect(freshness, &QTimer::timeout, this, &MainWindow::updateStatus);
    freshness->start(1000);
    updateStatus();
    resize(900, 700);
}

void MainWindow::updateStatus()
{
    QString text = tr("%n call(s)", nullptr, m_model->rowCount()) + QStringLiteral("  ·  ")
                   + SyncEngine::stateName(m_engine->state());
    if (m_engine->lastSuccess().isValid()) {
        const qint64 ago = m_engine->lastSuccess().secsTo(m_clock->now());
        text += QStringLiteral("  ·  ") + tr("updated %n s ago", nullptr, int(qMax<qint64>(0, ago)));
    }
    if (m_engine->lastError().isError())
        text += QStringLiteral("  ·  ") + m_engine->lastError().toString();
    m_status->setText(text);
}

} // namespace callboard

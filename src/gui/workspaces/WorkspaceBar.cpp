#include "WorkspaceBar.h"

#include <QPainter>
#include <QPixmap>

namespace callboard {

namespace {
QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.darker(150), 1));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}
} // namespace

WorkspaceBar::WorkspaceBar(QWidget *parent) : QTabBar(parent)
{
    setObjectName(QStringLiteral("workspaceBar"));
    setAccessibleName(tr("Workspaces"));
    setDrawBase(true);
    setExpanding(false);
    setUsesScrollButtons(true); // many workspaces never widen the window
    setElideMode(Qt::ElideRight);
    connect(this, &QTabBar::currentChanged, this, [this](int tab) {
        if (!m_updating && tab >= 0)
            emit workspaceChosen(tab - 1);
    });
}

QString WorkspaceBar::entryText(const Entry &entry)
{
    QString text = tr("%1 · %2").arg(entry.name, entry.freshness);
    if (entry.alerts > 0)
        text += tr(" · ⚠ %n alerts", nullptr, entry.alerts);
    return text;
}

void WorkspaceBar::setEntries(const QList<Entry> &entries, int current)
{
    m_updating = true;
    while (count() > int(entries.size()) + 1)
        removeTab(count() - 1);
    if (count() == 0)
        addTab(tr("All workspaces"));
    for (int i = 0; i < int(entries.size()); ++i) {
        const Entry &e = entries[i];
        const int tab = i + 1;
        if (tab >= count())
            addTab(QString());
        setTabText(tab, entryText(e));
        setTabIcon(tab, swatch(e.colour));
        setTabToolTip(tab, e.detail);
        setTabWhatsThis(tab, e.detail);
    }
    setCurrentIndex(current + 1);
    m_updating = false;
}

} // namespace callboard

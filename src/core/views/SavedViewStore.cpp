#include "SavedViewStore.h"

#include <QSettings>

namespace callboard {

SavedViewStore::SavedViewStore(QSettings *settings, const QString &group, QObject *parent)
    : QObject(parent), m_settings(settings), m_group(group)
{
    reload();
}

template <typename Work>
void SavedViewStore::inGroup(Work work) const
{
    if (!m_group.isEmpty())
        m_settings->beginGroup(m_group);
    work();
    if (!m_group.isEmpty())
        m_settings->endGroup();
}

void SavedViewStore::reload()
{
    inGroup([this] { m_read = readSavedViews(*m_settings); });
    if (!m_group.isEmpty())
        for (QString &warning : m_read.warnings) // whose views they are
            warning = QStringLiteral("[%1] %2").arg(m_group, warning);
    emit changed();
}

const SavedView *SavedViewStore::find(const QString &name) const
{
    for (const SavedView &v : m_read.views)
        if (SavedView::sameName(v.name, name))
            return &v;
    return nullptr;
}

bool SavedViewStore::save(const SavedView &view)
{
    SavedView v = view;
    v.name = v.name.trimmed();
    if (v.name.isEmpty())
        return false;
    bool replaced = false;
    for (SavedView &old : m_read.views)
        if (SavedView::sameName(old.name, v.name)) {
            old = v;
            replaced = true;
        }
    if (!replaced)
        m_read.views << v;
    write();
    return true;
}

bool SavedViewStore::remove(const QString &name)
{
    const qsizetype removed = m_read.views.removeIf([&](const SavedView &v) { return SavedView::sameName(v.name, name); });
    if (removed == 0)
        return false;
    write();
    return true;
}

void SavedViewStore::write()
{
    inGroup([this] { writeSavedViews(*m_settings, m_read.views, m_read.unreadable); });
    m_settings->sync();
    emit changed();
}

} // namespace callboard

// SavedViewStore: the saved views of one settings file, read once and written on every
// change. The menu, the --view option and the kiosk all ask it; what it could not read is
// in warnings() (and stays in the file, untouched).
#pragma once

#include "SavedViewSettings.h"

#include <QObject>

class QSettings;

namespace callboard {

class SavedViewStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewStore)
public:
    // settings: not owned (AppSettings::settings() in the app). group: where the [views]
    // live, empty for the top level; a workspace other than the first keeps its own views in
    // its group ("workspace.beta"), since their agents and campaigns are its ids.
    explicit SavedViewStore(QSettings *settings, const QString &group = QString(), QObject *parent = nullptr);

    void reload();
    const QList<SavedView> &views() const { return m_read.views; }
    // What could not be read, one line per entry (translated).
    const QStringList &warnings() const { return m_read.warnings; }
    // The view of that name, ignoring case and surrounding blanks; nullptr when none.
    const SavedView *find(const QString &name) const;
    // Adds the view, or replaces the one of the same name in its place (asking first is the
    // caller's business). A view without a name is not saved.
    bool save(const SavedView &view);
    bool remove(const QString &name);
    // For messages: "“Failed today”, “Live”", or "none".
    QString namesText() const { return quotedViewNames(m_read.views); }

signals:
    void changed();

private:
    void write();
    template <typename Work>
    void inGroup(Work work) const; // work() with the settings in m_group (if any)

    QSettings *m_settings;
    QString m_group;
    SavedViewsRead m_read;
};

} // namespace callboard

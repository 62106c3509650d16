// SyncLogger: writes the sync engine's state changes, errors and skipped records to the log
// (stderr by default), one line each. Nothing it writes can contain the API key: it only
// sees states, error kinds and the server's messages.
#pragma once

#include <QLoggingCategory>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace callboard {

class SyncEngine;

class SyncLogger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogger)
public:
    explicit SyncLogger(SyncEngine *engine, QObject *parent = nullptr);
    // With several workspaces each line starts with its workspace: "[Beta] sync state: live".
    void setWorkspace(const QString &name) { m_prefix = name.isEmpty() ? QString() : QStringLiteral("[%1]").arg(name); }

private:
    QString line(const QString &text) const;
    QString m_prefix;
};

} // namespace callboard

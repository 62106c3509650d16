#include "SyncLogger.h"

#include "core/sync/SyncEngine.h"

Q_LOGGING_CATEGORY(lcSync, "callboard.sync")

namespace callboard {

QString SyncLogger::line(const QString &text) const
{
    return m_prefix.isEmpty() ? text : m_prefix + QLatin1Char(' ') + text;
}

SyncLogger::SyncLogger(SyncEngine *engine, QObject *parent) : QObject(parent)
{
    connect(engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State s) {
        qCInfo(lcSync).noquote() << line(QStringLiteral("sync state: ") + SyncEngine::stateName(s));
    });
    connect(engine, &SyncEngine::failed, this, [this, engine](const ApiError &e) {
        const qint64 retryMs = engine->nextAttemptInMs();
        if (retryMs >= 0)
            qCWarning(lcSync).noquote() << line(QStringLiteral("sync error: %1 — retrying in %2 s")
                                                    .arg(e.toString())
                                                    .arg((retryMs + 999) / 1000));
        else
            qCWarning(lcSync).noquote() << line(QStringLiteral("sync error: ") + e.toString());
    });
    connect(engine, &SyncEngine::recordsSkipped, this, [this](int count, const QString &reason) {
        qCWarning(lcSync).noquote()
            << line(QStringLiteral("skipped %1 unreadable call record(s), first: %2").arg(count).arg(reason));
    });
    connect(engine, &SyncEngine::backfillProgress, this, [this](int done, int total) {
        if (done > 0)
            qCInfo(lcSync).noquote() << line(QStringLiteral("backfill: page %1 of %2").arg(done).arg(total));
    });
}

} // namespace callboard

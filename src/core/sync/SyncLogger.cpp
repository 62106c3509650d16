#include "SyncLogger.h"

#include "core/sync/SyncEngine.h"

Q_LOGGING_CATEGORY(lcSync, "callboard.sync")

namespace callboard {

SyncLogger::SyncLogger(SyncEngine *engine, QObject *parent) : QObject(parent)
{
    connect(engine, &SyncEngine::stateChanged, this, [](SyncEngine::State s) {
        qCInfo(lcSync).noquote() << "sync state:" << SyncEngine::stateName(s);
    });
    connect(engine, &SyncEngine::failed, this, [engine](const ApiError &e) {
        const qint64 retryMs = engine->nextAttemptInMs();
        if (retryMs >= 0)
            qCWarning(lcSync).noquote() << "sync error:" << e.toString() << "— retrying in"
                                        << (retryMs + 999) / 1000 << "s";
        else
            qCWarning(lcSync).noquote() << "sync error:" << e.toString();
    });
    connect(engine, &SyncEngine::recordsSkipped, this, [](int count, const QString &reason) {
        qCWarning(lcSync).noquote()
            << "skipped" << count << "unreadable call record(s), first:" << reason;
    });
    connect(engine, &SyncEngine::backfillProgress, this, [](int done, int total) {
        if (done > 0)
            qCInfo(lcSync).noquote() << "backfill: page" << done << "of" << total;
    });
}

} // namespace callboard

// Boards and a simulator clock for runs against real-time peers (nginx keeps its cache by the
// wall clock): a Board is what a running callboard polls with, and WallClockFollower moves a
// ManualClock along with the wall clock until frozen, so the simulated workspace can be
// stopped still and every board compared with its truth.
#pragma once

#include "core/api/DialNexaClient.h"
#include "core/model/CallStore.h"
#include "core/sync/SyncEngine.h"
#include "core/time/Clock.h"

#include <QTimer>

namespace callboard::test {

struct Board
{
    Board(Clock *clock, const QUrl &url, const QString &key, bool keyless, const QDateTime &since,
          int intervalSec, const QString &caFile = {})
        : client(clock), engine(&client, &store, clock)
    {
        client.setBaseUrl(url);
        client.setKeyless(keyless);
        client.setApiKey(key);
        client.setTimeoutMs(5000);
        client.setCaFile(caFile);
        engine.setIntervalSec(intervalSec);
        engine.setBackfillSince(since);
    }
    CallStore store;
    DialNexaClient client;
    SyncEngine engine;
};

class WallClockFollower
{
public:
    explicit WallClockFollower(ManualClock *clock) : m_clock(clock)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 behind = QDateTime::currentMSecsSinceEpoch() - m_clock->nowMs();
            if (behind > 0)
                m_clock->advance(behind);
        });
        m_timer.setInterval(50);
        m_timer.start();
    }
    void freeze() { m_timer.stop(); }
    void resume()
    {
        m_clock->setNow(QDateTime::currentDateTimeUtc());
        m_timer.start();
    }

private:
    ManualClock *m_clock;
    QTimer m_timer;
};

} // namespace callboard::test

// SyncEngineFixture: what the SyncEngine tests share. An EngineFixture is a SimFixture (the
// simulator over loopback HTTP, in virtual time) with a CallStore and a SyncEngine filling it
// from three hours back; quietConfig() makes a workspace with few calls.
#pragma once

#include "SimFixture.h"

#include "core/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QSignalSpy>

namespace callboard::synctest {

using namespace callboard::test; // SimFixture, runFor, differenceFromTruth

struct EngineFixture : SimFixture
{
    explicit EngineFixture(sim::SimConfig config = {}) : SimFixture(config), engine(&client, &store, &clock)
    {
        engine.setBackfillSince(clock.now().addSecs(-3 * 3600));
        engine.setBackoffSeed(7);
    }
    void run(qint64 ms) { runFor(ms, [this] { return !engine.isBusy(); }); }
    qint64 sinceMs() const { return engine.backfillSince().toMSecsSinceEpoch(); }
    // Syncs at this very instant, then compares the store with the simulator's truth.
    QString differenceAfterSync()
    {
        engine.syncNow();
        run(0);
        return differenceFromTruth(store, simulator, sinceMs());
    }

    CallStore store;
    SyncEngine engine;
};

inline sim::SimConfig quietConfig(double rate)
{
    sim::SimConfig c;
    c.callsPerMinute = rate;
    return c;
}
} // namespace callboard::synctest

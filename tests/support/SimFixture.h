// SimFixture: a simulated DialNexa workspace served over real loopback HTTP, a client pointed
// at it, and virtual time. Tests move time with runFor(); real waiting happens only for I/O.
#pragma once

#include "core/api/DialNexaClient.h"
#include "core/api/json/CallLogReader.h"
#include "core/model/CallStore.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"
#include "sim/SimServer.h"
#include "sim/Simulator.h"

#include "VirtualTime.h"
#include "WaitUntil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <memory>

namespace callboard::test {

inline QDateTime fixedStart() { return utcDateTime(QDate(2026, 11, 28), QTime(15, 0)); }

struct SimFixture
{
    explicit SimFixture(sim::SimConfig config = {}, const QDateTime &start = fixedStart())
        : clock(start), simulator(&clock, config), server(&simulator), client(&clock)
    {
        if (!server.listen())
            qFatal("simulator could not listen");
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(config.apiKey);
        client.setTimeoutMs(5000);
    }

    bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
    {
        return waitUntil(done, timeoutMs);
    }

    // Moves virtual time forward by ms (see VirtualTime.h); settled means no request in flight
    // and `idle` holding. False when a step did not settle.
    bool runFor(qint64 ms, const std::function<bool()> &idle = {})
    {
        const auto noRequests = boardSettled(&client);
        return test::runFor(clock, ms, [&] { return noRequests() && (!idle || idle()); });
    }

    ManualClock clock;
    sim::Simulator simulator;
    sim::SimServer server;
    DialNexaClient client;
};

// Compares the store with the simulator's truth for calls created at or after sinceMs.
// Returns an empty string when equal, else the first difference.
inline QString differenceFromTruth(const CallStore &store, sim::Simulator &simulator, qint64 sinceMs)
{
    int expected = 0;
    const QJsonArray truth = simulator.truth();
    for (const QJsonValue &v : truth) {
        const QJsonObject o = v.toObject();
        CallLog c;
        QString reason;
        if (!CallLogReader::readRecord(o, &c, &reason))
            return QStringLiteral("truth unreadable: ") + reason;
        if (c.createdAtMs < sinceMs)
            continue;
        ++expected;
        const CallLog *mine = store.find(c.id);
        if (!mine)
            return QStringLiteral("missing call %1 (%2, created %3 s ago)")
                .arg(c.id, c.statusText)
                .arg((simulator.clock()->nowMs() - c.createdAtMs) / 1000);
        if (changedFields(*mine, c) != 0)
            return QStringLiteral("stale call %1: have %2 (%3 analysis fields), truth %4 (%5), "
                                  "fields 0x%6, created %7 s ago")
                .arg(c.id, mine->statusText)
                .arg(mine->analysis.size())
                .arg(c.statusText)
                .arg(c.analysis.size())
                .arg(changedFields(*mine, c), 0, 16)
                .arg((simulator.clock()->nowMs() - c.createdAtMs) / 1000);
    }
    if (store.size() != expected)
        return QStringLiteral("store has %1 calls, truth %2").arg(store.size()).arg(expected);
    return {};
}

} // namespace callboard::test

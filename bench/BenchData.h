// Shared by the benchmarks: a large, realistic list body made by the simulator, and a timer.
#pragma once

#include "core/time/Clock.h"
#include "core/time/Utc.h"
#include "sim/Simulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace callboard::bench {

// A {data, meta} body of about `count` calls, as the API would serve them.
inline QByteArray listBody(int count, quint64 seed = 1)
{
    sim::SimConfig config;
    config.seed = seed;
    config.callsPerMinute = 60;
    config.backlogMinutes = count / 50 + 10; // Poisson arrivals: ask for more, then trim
    ManualClock clock(utcDateTime(QDate(2026, 11, 28), QTime(12, 0)));
    sim::Simulator simulator(&clock, config);
    QJsonArray data = simulator.truth();
    while (data.size() > count)
        data.removeLast();
    QJsonObject meta{{QStringLiteral("page"), 1}, {QStringLiteral("limit"), count},
                     {QStringLiteral("total"), data.size()}, {QStringLiteral("totalPages"), 1}};
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("meta"), meta}})
        .toJson(QJsonDocument::Compact);
}

// Best of `rounds` runs of fn, in seconds.
inline double bestSeconds(int rounds, const std::function<void()> &fn)
{
    double best = 1e9;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        best = qMin(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace callboard::bench

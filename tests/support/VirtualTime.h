// Virtual time for tests: a ManualClock moved forward timer by timer, letting the work each
// timer starts finish before the next one fires, so a test runs minutes of a board in moments
// and sees the same order of events a real board would.
//
// "Settled" is a condition the caller names; for a board it is boardSettled(): no request of
// its client in flight and its sync engine not busy. Reaching it takes real time only for I/O
// (loopback HTTP), waited for with waitUntil() up to kSettleTimeoutMs per step.
#pragma once

#include "WaitUntil.h"

#include <QtGlobal>

#include <functional>

namespace callboard {
class DialNexaClient;
class ManualClock;
class SyncEngine;
} // namespace callboard

namespace callboard::test {

constexpr int kSettleTimeoutMs = 10000;

// A board is settled when its client has no request in flight and, when given, its engine is
// not busy (a sync can be between two requests with none in flight).
std::function<bool()> boardSettled(const DialNexaClient *client, const SyncEngine *engine = nullptr);

// Moves `clock` forward by ms: settles, fires the next timer, settles again, ... until the
// next timer lies beyond ms, then moves the rest of the way and settles once more.
// afterEachSettle (optional) runs after every settling, for tests that note what a window
// showed at each step. A step that does not settle in time does not stop the run (a request
// may be waiting for a timeout on the very clock being moved), but the run returns false.
bool runFor(ManualClock &clock, qint64 ms, const std::function<bool()> &settled,
            const std::function<void()> &afterEachSettle = {});

} // namespace callboard::test

// Real-time waiting, for I/O only (loopback sockets, child processes): everything with time in
// it runs on a ManualClock, and a test waits in real time only for bytes to arrive.
#pragma once

#include <functional>

namespace callboard::test {

// Processes events until `done` holds or timeoutMs of real time pass; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000);

} // namespace callboard::test

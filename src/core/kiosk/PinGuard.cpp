#include "PinGuard.h"

namespace callboard {

namespace {
// Compares without stopping at the first difference.
bool sameText(const QString &a, const QString &b)
{
    int diff = a.size() ^ b.size();
    for (int i = 0; i < qMax(a.size(), b.size()); ++i)
        diff |= (i < a.size() ? a[i].unicode() : 0) ^ (i < b.size() ? b[i].unicode() : 0);
    return diff == 0;
}
} // namespace

PinGuard::Result PinGuard::check(const QString &entered)
{
    if (!required())
        return Result::Accepted;
    if (lockedForMs() > 0)
        return Result::Locked;
    if (sameText(entered.trimmed(), m_pin)) {
        m_wrong = 0;
        return Result::Accepted;
    }
    if (++m_wrong >= kTriesBeforeLock) {
        m_wrong = 0;
        m_lockedUntilMs = m_clock->nowMs() + kLockMs;
        return Result::Locked;
    }
    return Result::Wrong;
}

qint64 PinGuard::lockedForMs() const
{
    return qMax<qint64>(0, m_lockedUntilMs - m_clock->nowMs());
}

} // namespace callboard

// PinGuard: the PIN that stands between a passer-by and leaving the kiosk. After a few wrong
// tries it locks for a while (injected clock), so a PIN cannot be guessed by walking the keypad.
#pragma once

#include "core/time/Clock.h"

#include <QString>

namespace callboard {

class PinGuard final
{
public:
    static constexpr int kTriesBeforeLock = 5;
    static constexpr qint64 kLockMs = 60 * 1000;

    enum class Result { Accepted, Wrong, Locked };

    PinGuard(const QString &pin, const Clock *clock) : m_pin(pin), m_clock(clock) {}

    bool required() const { return !m_pin.isEmpty(); }
    Result check(const QString &entered);
    qint64 lockedForMs() const; // 0 when not locked
    int triesLeft() const { return kTriesBeforeLock - m_wrong; }

private:
    QString m_pin;
    const Clock *m_clock;
    int m_wrong = 0;
    qint64 m_lockedUntilMs = 0;
};

} // namespace callboard

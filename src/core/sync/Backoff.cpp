#include "Backoff.h"

#include <QDateTime>

namespace callboard {

Backoff::Backoff(qint64 baseMs, qint64 capMs, quint32 seed)
    : m_baseMs(baseMs), m_capMs(capMs),
      m_random(seed ? seed : quint32(QDateTime::currentMSecsSinceEpoch()))
{
}

qint64 Backoff::nextDelayMs()
{
    const int shift = qMin(m_failures, 20);
    ++m_failures;
    const qint64 ceiling = qMin(m_capMs, m_baseMs << shift);
    const qint64 floor = ceiling / 2;
    return floor + qint64(m_random.bounded(quint32(ceiling - floor + 1)));
}

} // namespace callboard

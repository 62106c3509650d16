#include "BurnInShifter.h"

namespace callboard {

namespace {
// Round the square and through the centre, so every pixel spends time at each position.
const QPoint Steps[] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
constexpr int StepCount = int(sizeof(Steps) / sizeof(Steps[0]));
} // namespace

BurnInShifter::BurnInShifter(Clock *clock, int minutes, int pixels, QObject *parent)
    : QObject(parent), m_clock(clock), m_minutes(qMax(0, minutes)), m_pixels(qMax(0, pixels))
{
    schedule();
}

BurnInShifter::~BurnInShifter()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

QPoint BurnInShifter::offset() const { return Steps[m_step] * m_pixels; }

void BurnInShifter::schedule()
{
    if (m_minutes <= 0 || m_pixels <= 0)
        return;
    m_timer = m_clock->callAfter(qint64(m_minutes) * 60 * 1000, this, [this] {
        m_step = (m_step + 1) % StepCount;
        emit offsetChanged(offset());
        schedule();
    });
}

} // namespace callboard

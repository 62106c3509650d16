#include "PageRotator.h"

namespace callboard {

PageRotator::PageRotator(Clock *clock, int pageCount, int pageSeconds, QObject *parent)
    : QObject(parent), m_clock(clock), m_count(qMax(1, pageCount)), m_seconds(qMax(1, pageSeconds))
{
}

PageRotator::~PageRotator() { stop(); }

void PageRotator::start()
{
    setCurrent(0);
}

void PageRotator::stop()
{
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
}

void PageRotator::setCurrent(int page)
{
    const int next = ((page % m_count) + m_count) % m_count;
    const bool changed = next != m_current;
    m_current = next;
    schedule();
    if (changed)
        emit currentChanged(m_current);
}

void PageRotator::schedule()
{
    stop();
    if (m_count < 2)
        return; // one page: nothing to rotate
    m_clock->rearm(&m_timer, qint64(m_seconds) * 1000, this, [this] { setCurrent(m_current + 1); });
}

} // namespace callboard

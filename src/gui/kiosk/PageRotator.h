// PageRotator: which page a kiosk board shows, moving on every N seconds of the injected
// clock (so tests rotate pages in virtual time).
#pragma once

#include "core/time/Clock.h"

#include <QObject>

namespace callboard {

class PageRotator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageRotator)
public:
    PageRotator(Clock *clock, int pageCount, int pageSeconds, QObject *parent = nullptr);
    ~PageRotator() override;

    int current() const { return m_current; }
    int count() const { return m_count; }
    int pageSeconds() const { return m_seconds; }
    void start(); // from page 0
    void stop();
    void setCurrent(int page); // shows it now and gives it a whole period

signals:
    void currentChanged(int page);

private:
    void schedule();

    Clock *m_clock;
    int m_count;
    int m_seconds;
    int m_current = 0;
    Clock::TimerId m_timer = 0;
};

} // namespace callboard

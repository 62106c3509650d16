// BurnInShifter: moves a wall board's content a few pixels every few minutes, round a small
// square, so static text and frames do not burn into the panel.
#pragma once

#include "core/time/Clock.h"

#include <QObject>
#include <QPoint>

namespace callboard {

class BurnInShifter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BurnInShifter)
public:
    // minutes 0: never shifts.
    BurnInShifter(Clock *clock, int minutes, int pixels, QObject *parent = nullptr);
    ~BurnInShifter() override;

    QPoint offset() const;
    int pixels() const { return m_pixels; }

signals:
    void offsetChanged(QPoint offset);

private:
    void schedule();

    Clock *m_clock;
    int m_minutes;
    int m_pixels;
    int m_step = 0;
    Clock::TimerId m_timer = 0;
};

} // namespace callboard

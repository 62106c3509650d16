// BoardWindow: which calls the board shows. Today = created since local midnight (the
// default); Last N hours = created in the N hours before now, sliding. Every view reads the
// same window: the store keeps only the calls inside it (see BoardWindowKeeper).
#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

namespace callboard {

class BoardWindow final
{
public:
    enum class Kind { Today, LastHours };
    static constexpr int kMaxHours = 168; // a week

    BoardWindow() = default; // Today
    static BoardWindow today() { return {}; }
    static BoardWindow lastHours(int hours);
    // "today" or "<N>h" (1 <= N <= kMaxHours), as the command line, config file and settings
    // write it; nullopt otherwise.
    static std::optional<BoardWindow> parse(const QString &text);

    Kind kind() const { return m_kind; }
    int hours() const { return m_hours; } // 0 for Today
    QString key() const;                  // what parse() reads back
    QString label() const;                // "Today" / "Last 8 hours", translated

    // Where the window starts at nowMs. Today: local midnight in zone (a DST day is 23 or 25
    // hours long; a clock stepped back re-derives an earlier start). Never after nowMs.
    qint64 startMs(qint64 nowMs, const QTimeZone &zone) const;
    // When startMs() next jumps (the next local midnight); -1 for a rolling window, whose
    // start slides with every tick instead.
    qint64 nextJumpMs(qint64 nowMs, const QTimeZone &zone) const;

    bool operator==(const BoardWindow &o) const { return m_kind == o.m_kind && m_hours == o.m_hours; }
    bool operator!=(const BoardWindow &o) const { return !(*this == o); }

private:
    Kind m_kind = Kind::Today;
    int m_hours = 0;
};

} // namespace callboard

// Internal to the call-log readers: ISO date parsing over UTF-16 or UTF-8 text, and small
// caches that let equal low-cardinality strings share one QString instead of allocating anew.
#pragma once

#include <QDate>
#include <QString>

#include <cstring>
#include <limits>
#include <string_view>
#include <type_traits>

namespace callboard::CallLogText {

// A JSON number as an int, clamped to int's range and NaN read as 0: converting a double
// outside the range is undefined behaviour, and a server may put any number in its meta.
inline int clampedInt(double d)
{
    if (!(d == d))
        return 0;
    if (d >= double(std::numeric_limits<int>::max()))
        return std::numeric_limits<int>::max();
    if (d <= double(std::numeric_limits<int>::min()))
        return std::numeric_limits<int>::min();
    return int(d);
}

// A view of UTF-16 code units or UTF-8 bytes; operator[] yields the unsigned unit. Every test
// below compares against ASCII only, so a non-ASCII character fails them in either encoding.
template <typename Ch>
struct Units
{
    const Ch *s;
    qsizetype n;
    qsizetype size() const { return n; }
    unsigned operator[](qsizetype i) const { return unsigned(std::make_unsigned_t<Ch>(s[i])); }
};

template <typename Ch>
int digits(Units<Ch> s, qsizetype pos, int count, bool *ok)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const unsigned c = pos + i < s.size() ? s[pos + i] : 0u;
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + int(c - '0');
    }
    return v;
}

inline qint64 daysFromCivil(int y, int m, int d)
{
    // Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

// QDate(y, m, d).isValid() for the years four digits can spell (QDate has no year 0).
inline bool isValidDate(int y, int m, int d)
{
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap);
}

template <typename Ch>
bool isDateOnly(Units<Ch> s, QDate *date)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    bool ok = true;
    const int y = digits(s, 0, 4, &ok), m = digits(s, 5, 2, &ok), d = digits(s, 8, 2, &ok);
    if (!ok)
        return false;
    const QDate parsed(y, m, d);
    if (!parsed.isValid())
        return false;
    *date = parsed;
    return true;
}

template <typename Ch>
bool parseIsoDateTime(Units<Ch> s, qint64 *ms)
{
    // YYYY-MM-DDTHH:MM[:SS[.fff…]][Z|±HH[:]MM]
    if (s.size() < 16 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
        || s[13] != ':')
        return false;
    bool ok = true;
    const int y = digits(s, 0, 4, &ok), mo = digits(s, 5, 2, &ok), d = digits(s, 8, 2, &ok);
    const int h = digits(s, 11, 2, &ok), mi = digits(s, 14, 2, &ok);
    if (!ok || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59)
        return false;
    qsizetype p = 16;
    int sec = 0, milli = 0;
    if (p < s.size() && s[p] == ':') {
        sec = digits(s, p + 1, 2, &ok);
        if (!ok || sec > 60)
            return false;
        p += 3;
        if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
            ++p;
            int n = 0;
            while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
                if (n < 3)
                    milli = milli * 10 + int(s[p] - '0');
                ++n, ++p;
            }
            if (n == 0)
                return false;
            for (int i = n; i < 3; ++i)
                milli *= 10;
        }
    }
    int offsetMin = 0;
    if (p < s.size()) {
        if ((s[p] == 'Z' || s[p] == 'z') && p + 1 == s.size()) {
            ++p;
        } else if (s[p] == '+' || s[p] == '-') {
            const int sign = s[p] == '-' ? -1 : 1;
            const int oh = digits(s, p + 1, 2, &ok);
            qsizetype q = p + 3;
            if (q < s.size() && s[q] == ':')
                ++q;
            const int om = q < s.size() ? digits(s, q, 2, &ok) : 0;
            if (!ok || oh > 14 || om > 59)
                return false;
            p = q < s.size() ? q + 2 : q;
            offsetMin = sign * (oh * 60 + om);
        }
        if (p != s.size())
            return false;
    }
    if (!isValidDate(y, mo, d))
        return false;
    const qint64 days = daysFromCivil(y, mo, d);
    *ms = ((days * 24 + h) * 60 + mi - offsetMin) * 60000LL + sec * 1000LL + milli;
    return true;
}

inline Units<char> utf8(std::string_view s) { return {s.data(), qsizetype(s.size())}; }

inline QString toQString(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// Equality of short byte strings without a call to memcmp.
inline bool sameBytes(const char *a, const char *b, size_t n)
{
    for (; n >= 8; a += 8, b += 8, n -= 8) {
        quint64 x, y;
        std::memcpy(&x, a, 8);
        std::memcpy(&y, b, 8);
        if (x != y)
            return false;
    }
    for (; n; ++a, ++b, --n)
        if (*a != *b)
            return false;
    return true;
}

// A quick hash for short keys (ids, enum-like values): 8 bytes a step.
inline size_t hashBytes(std::string_view s)
{
    const char *p = s.data();
    size_t n = s.size();
    quint64 h = 0x9E3779B97F4A7C15ull ^ n;
    for (; n >= 8; p += 8, n -= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    if (n) {
        quint64 w = 0;
        std::memcpy(&w, p, n);
        h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
    }
    h ^= h >> 29;
    return size_t(h);
}

// A direct-mapped cache from short UTF-8 strings to shared QStrings. A miss replaces the
// slot, so the cache follows whatever values are current and never fills up. `tag` is free
// for the caller (e.g. the enum parsed from the string), reset to -1 on replacement.
template <int Slots>
class StringCache
{
public:
    static constexpr size_t MaxLength = 40;
    struct Entry
    {
        QString value;
        int tag = -1;
        quint32 length = 0;
        bool used = false;
        char key[MaxLength];
    };

    // Returns the entry for s, or nullptr when s is too long to cache.
    Entry *lookup(std::string_view s)
    {
        if (s.size() > MaxLength)
            return nullptr;
        Entry &e = m_entries[hashBytes(s) & (Slots - 1)];
        if (e.used && e.length == s.size() && sameBytes(e.key, s.data(), s.size()))
            return &e;
        e.value = toQString(s);
        e.tag = -1;
        e.length = quint32(s.size());
        e.used = true;
        if (!s.empty())
            std::memcpy(e.key, s.data(), s.size());
        return &e;
    }

    QString get(std::string_view s)
    {
        const Entry *e = lookup(s);
        return e ? e->value : toQString(s);
    }

private:
    static_assert((Slots & (Slots - 1)) == 0, "Slots must be a power of two");
    Entry m_entries[Slots];
};

} // namespace callboard::CallLogText

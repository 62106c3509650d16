// SimRandom: the simulator's seeded random source. std::mt19937_64 is fully specified by
// the standard, but std::*_distribution are not, so the draws are written out here: a seed
// gives the same workspace with every standard library.
#pragma once

#include <QString>
#include <QtGlobal>

#include <cmath>
#include <random>

namespace callboard::sim {

class SimRandom final
{
public:
    explicit SimRandom(quint64 seed = 1) : m_gen(seed) {}

    // splitmix64: spreads a seed and a stream number over all 64 bits, so neighbouring
    // seeds and streams (per call, arrivals, faults) give unrelated sequences.
    static quint64 mix(quint64 seed, quint64 stream)
    {
        quint64 z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 next() { return m_gen(); }
    double uniform() { return double(m_gen() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    bool chance(double p) { return uniform() < p; }
    // Integer in [lo, hi], both inclusive.
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(uniform() * double(hi - lo + 1)); }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    double normal() // Box-Muller; one value per call keeps the stream easy to reason about
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    QString hex(int digits)
    {
        static const char alphabet[] = "0123456789abcdef";
        QString out(digits, QLatin1Char('0'));
        for (int i = 0; i < digits; ++i)
            out[i] = QLatin1Char(alphabet[m_gen() & 0xF]);
        return out;
    }
    template <typename List> const auto &pick(const List &list)
    {
        return list[qsizetype(range(0, qsizetype(list.size()) - 1))];
    }

private:
    std::mt19937_64 m_gen;
};

} // namespace callboard::sim

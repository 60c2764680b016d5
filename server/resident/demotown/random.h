// A small deterministic random source for the demo town (splitmix64 seeding + xoshiro256**):
// the same seed gives the same town on every platform, which std::*_distribution does not promise.
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace kikan::resident::demotown {

class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto &s : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // 0 <= value < n (n > 0).
    qint64 below(qint64 n) { return qint64((unsigned __int128)next() * quint64(n) >> 64); }
    // lo <= value <= hi.
    int between(int lo, int hi) { return lo + int(below(hi - lo + 1)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    // An index drawn with the given non-negative weights (cumulative sums precomputed).
    int pick(const std::vector<double> &cumulative)
    {
        const double x = unit() * cumulative.back();
        int lo = 0, hi = int(cumulative.size()) - 1;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (cumulative[mid] > x)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

// Running sums of weights, for Random::pick.
inline std::vector<double> cumulative(const std::vector<double> &weights)
{
    std::vector<double> sums;
    double sum = 0;
    for (double w : weights)
        sums.push_back(sum += w);
    return sums;
}

} // namespace kikan::resident::demotown

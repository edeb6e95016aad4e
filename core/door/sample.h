#pragma once

// Deterministic, realistic access lists for tests, benchmarks, fuzz seeds and the emulator's
// demo mode. Not used by the door's decisions.

#include "door/accesslist.h"

namespace porter::door::sample {

// A small, fixed pseudo-random generator (SplitMix64) so samples are identical everywhere.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next();
    std::uint64_t below(std::uint64_t n) { return n ? next() % n : 0; }
    bool chance(int percent) { return below(100) < static_cast<std::uint64_t>(percent); }

private:
    std::uint64_t m_state;
};

struct Shape
{
    std::size_t appAndDoorcodePersons = 2000; // each: app + doorcode = 2 credentials
    std::size_t cardPersons = 1000;           // each: one keycard
    std::size_t schedules = 10;
    std::uint64_t seed = 1;
    std::uint32_t propertyId = 7;
    std::uint32_t doorId = 3;
    ListVersion version = 1;
};

// America/New_York offsets around 2026 (EST -5 h, EDT -4 h), transitions given by hand.
std::vector<OffsetTransition> newYork2026();
// 2026-03-08 07:00 UTC (spring forward) and 2026-11-01 06:00 UTC (fall back).
constexpr std::int64_t kNySpringForward2026 = 1772953200;
constexpr std::int64_t kNyFallBack2026 = 1793512800;

AccessList makeList(const Shape &shape);
// Applies `changes` random holder changes (edit rights, add, remove, add card, revoke doorcode)
// and bumps the version.
AccessList mutate(const AccessList &list, std::size_t changes, std::uint64_t seed);

} // namespace porter::door::sample

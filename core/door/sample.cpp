#include "door/sample.h"

#include <algorithm>

namespace porter::door::sample {

std::uint64_t Rng::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::vector<OffsetTransition> newYork2026()
{
    return {{1767225600, -5 * 3600}, // 2026-01-01 00:00 UTC, EST (also in force before)
            {kNySpringForward2026, -4 * 3600},
            {kNyFallBack2026, -5 * 3600},
            {1805007600, -4 * 3600}}; // 2027-03-14 07:00 UTC
}

namespace {

constexpr std::int64_t kJan2026 = 1767225600;

std::vector<Right> randomRights(Rng &rng, std::size_t schedules)
{
    std::vector<Right> rights(1 + rng.below(3));
    for (Right &r : rights) {
        r.notBefore = kJan2026 + static_cast<std::int64_t>(rng.below(300 * 86400));
        if (rng.chance(70))
            r.notBefore -= r.notBefore % 60; // most grants start on a minute (a chosen time)
        if (rng.chance(60)) {
            r.notAfter = r.notBefore + static_cast<std::int64_t>(1 + rng.below(365)) * 86400;
            if (rng.chance(20))
                r.notAfter += static_cast<std::int64_t>(rng.below(86400));
        }
        r.schedule = static_cast<std::uint16_t>(rng.below(schedules));
        r.doorcodeAllowed = rng.chance(60);
    }
    return rights;
}

std::string randomSerial(Rng &rng)
{
    const std::size_t len = rng.chance(70) ? 7 : 4; // 7-byte and 4-byte UIDs
    Bytes b(len);
    for (auto &x : b)
        x = static_cast<std::uint8_t>(rng.below(256));
    return toHex(b, true);
}

} // namespace

AccessList makeList(const Shape &shape)
{
    Rng rng(shape.seed);
    AccessList list;
    list.propertyId = shape.propertyId;
    list.doorId = shape.doorId;
    list.version = shape.version;
    list.offsets = newYork2026();
    list.schedules.resize(std::max<std::size_t>(shape.schedules, 1));
    for (std::size_t i = 1; i < list.schedules.size(); ++i) {
        Schedule &s = list.schedules[i];
        const std::size_t n = 1 + rng.below(3);
        for (std::size_t k = 0; k < n; ++k) {
            WeeklyWindow w;
            w.days = static_cast<std::uint8_t>(1 + rng.below(127));
            w.startMinute = static_cast<std::uint16_t>(rng.below(48) * 15);
            w.endMinute = static_cast<std::uint16_t>(
                std::min<std::uint64_t>(1440, w.startMinute + 60 + rng.below(48) * 15));
            s.windows.push_back(w);
        }
    }
    std::uint32_t id = 1000;
    const std::size_t total = shape.appAndDoorcodePersons + shape.cardPersons;
    std::vector<char> isCard(total, 0);
    for (std::size_t i = 0; i < shape.cardPersons; ++i)
        isCard[i] = 1;
    for (std::size_t i = total; i > 1; --i) // shuffle who is card-only
        std::swap(isCard[i - 1], isCard[rng.below(i)]);
    for (std::size_t i = 0; i < total; ++i) {
        id += static_cast<std::uint32_t>(1 + rng.below(5));
        Holder h;
        h.personId = id;
        if (isCard[i]) {
            h.cardSerials.push_back(randomSerial(rng));
        } else {
            h.app = true;
            h.doorcode = true;
            if (rng.chance(5))
                h.appKeyGeneration = static_cast<std::uint32_t>(1 + rng.below(3));
        }
        h.rights = randomRights(rng, list.schedules.size());
        list.holders.push_back(std::move(h));
    }
    return list;
}

AccessList mutate(const AccessList &base, std::size_t changes, std::uint64_t seed)
{
    Rng rng(seed);
    AccessList list = base;
    ++list.version;
    for (std::size_t c = 0; c < changes; ++c) {
        const std::uint64_t kind = rng.below(5);
        if (list.holders.empty() || kind == 0) {
            Holder h;
            h.personId = list.holders.empty()
                             ? 100
                             : list.holders.back().personId + 1 + static_cast<std::uint32_t>(rng.below(5));
            h.app = h.doorcode = true;
            h.rights = randomRights(rng, list.schedules.size());
            list.holders.push_back(std::move(h));
            continue;
        }
        const std::size_t i = rng.below(list.holders.size());
        if (kind == 1) {
            list.holders[i].rights = randomRights(rng, list.schedules.size());
        } else if (kind == 2) {
            const std::uint32_t id = list.holders[i].personId;
            if (list.holders[i].doorcode)
                list.revokedDoorcodes.push_back(id);
            list.holders.erase(list.holders.begin() + static_cast<std::ptrdiff_t>(i));
        } else if (kind == 3) {
            list.holders[i].cardSerials.push_back(randomSerial(rng));
        } else {
            ++list.holders[i].appKeyGeneration;
            list.holders[i].app = true;
        }
    }
    normalize(list);
    return list;
}

} // namespace porter::door::sample

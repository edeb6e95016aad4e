#pragma once

// Daily doorcodes: a format-preserving encryption of the person id under a key derived from the
// property's doorcode secret and the local date (docs/doorcodes.md). Codes of one day never
// collide, are the same at every door of the property, and decode to a person in O(1).

#include "door/bytes.h"
#include "door/crypto.h"
#include "door/decision.h"

#include <memory>

namespace porter::door {

constexpr int kDefaultDoorcodeDigits = 7;

class DoorcodeCipher
{
public:
    // digits in [6, 9]; person ids must be < 10^digits.
    DoorcodeCipher(ByteView secret, const CivilDate &localDate, int digits = kDefaultDoorcodeDigits);

    std::uint32_t domain() const { return m_domain; }
    // A permutation of [0, domain): encrypt(personId) is that person's code for the day.
    std::uint32_t encrypt(std::uint32_t value) const;
    std::uint32_t decrypt(std::uint32_t code) const;
    std::string format(std::uint32_t code) const; // zero-padded to `digits`
    const CivilDate &date() const { return m_date; }
    int digits() const { return m_digits; }

private:
    std::uint32_t round(int i, std::uint32_t half) const;
    std::uint32_t feistel(std::uint32_t v, bool inverse) const;

    CivilDate m_date;
    int m_digits;
    std::uint32_t m_domain;
    int m_halfBits;
    std::unique_ptr<crypto::Hmac> m_mac;
};

// The code a manager reads out to a person for one local date.
std::string dailyDoorcode(ByteView secret, std::uint32_t personId, const CivilDate &localDate,
                          int digits = kDefaultDoorcodeDigits);
// Parses exactly `digits` ASCII digits; nullopt otherwise.
std::optional<std::uint32_t> parseDoorcode(std::string_view code, int digits = kDefaultDoorcodeDigits);

} // namespace porter::door

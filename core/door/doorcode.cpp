#include "door/doorcode.h"

#include <cstdio>
#include <cstring>

namespace porter::door {

namespace {
constexpr int kRounds = 8;
constexpr std::uint8_t kSalt[] = {'p', 'o', 'r', 't', 'e', 'r', '-', 'd', 'o',
                                  'o', 'r', 'c', 'o', 'd', 'e', '-', 'v', '1'};

std::uint32_t pow10(int n)
{
    std::uint32_t v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}
} // namespace

DoorcodeCipher::DoorcodeCipher(ByteView secret, const CivilDate &localDate, int digits)
    : m_date(localDate)
    , m_digits(digits < 6 ? 6 : (digits > 9 ? 9 : digits))
    , m_domain(pow10(m_digits))
{
    int bits = 0;
    while ((std::uint64_t{1} << bits) < m_domain)
        ++bits;
    m_halfBits = (bits + 1) / 2; // balanced Feistel on 2 * halfBits >= log2(domain) bits
    char info[48];
    std::snprintf(info, sizeof info, "%04d-%02d-%02d/%d", localDate.year, localDate.month, localDate.day,
                  m_digits);
    const Bytes key =
        crypto::hkdf(secret, ByteView(kSalt, sizeof kSalt),
                     ByteView(reinterpret_cast<const std::uint8_t *>(info), std::strlen(info)), 32);
    m_mac = std::make_unique<crypto::Hmac>(key);
}

std::uint32_t DoorcodeCipher::round(int i, std::uint32_t half) const
{
    const std::uint8_t msg[5] = {static_cast<std::uint8_t>(i), static_cast<std::uint8_t>(half),
                                 static_cast<std::uint8_t>(half >> 8), static_cast<std::uint8_t>(half >> 16),
                                 static_cast<std::uint8_t>(half >> 24)};
    const crypto::Hash h = m_mac->mac(ByteView(msg, sizeof msg));
    const std::uint32_t v = std::uint32_t{h[0]} | std::uint32_t{h[1]} << 8 | std::uint32_t{h[2]} << 16 |
                            std::uint32_t{h[3]} << 24;
    return v & ((1u << m_halfBits) - 1);
}

std::uint32_t DoorcodeCipher::feistel(std::uint32_t v, bool inverse) const
{
    const std::uint32_t mask = (1u << m_halfBits) - 1;
    std::uint32_t left = v >> m_halfBits;
    std::uint32_t right = v & mask;
    if (!inverse) {
        for (int i = 0; i < kRounds; ++i) {
            const std::uint32_t next = left ^ round(i, right);
            left = right;
            right = next;
        }
    } else {
        for (int i = kRounds - 1; i >= 0; --i) {
            const std::uint32_t prev = right ^ round(i, left);
            right = left;
            left = prev;
        }
    }
    return (left << m_halfBits) | right;
}

std::uint32_t DoorcodeCipher::encrypt(std::uint32_t value) const
{
    // Cycle-walking: the Feistel permutes [0, 2^(2*halfBits)); walking until the value falls in
    // the domain yields a permutation of the domain.
    std::uint32_t v = value % m_domain;
    do
        v = feistel(v, false);
    while (v >= m_domain);
    return v;
}

std::uint32_t DoorcodeCipher::decrypt(std::uint32_t code) const
{
    std::uint32_t v = code % m_domain;
    do
        v = feistel(v, true);
    while (v >= m_domain);
    return v;
}

std::string DoorcodeCipher::format(std::uint32_t code) const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*u", m_digits, code);
    return buf;
}

std::string dailyDoorcode(ByteView secret, std::uint32_t personId, const CivilDate &localDate, int digits)
{
    const DoorcodeCipher cipher(secret, localDate, digits);
    return cipher.format(cipher.encrypt(personId));
}

std::optional<std::uint32_t> parseDoorcode(std::string_view code, int digits)
{
    if (code.size() != static_cast<std::size_t>(digits))
        return std::nullopt;
    std::uint32_t v = 0;
    for (char c : code) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return v;
}

} // namespace porter::door

#include "door/bytes.h"

#include <cstring>

namespace porter::door {

void Writer::fixed(std::uint64_t v, int n)
{
    for (int i = 0; i < n; ++i)
        m_out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

void Writer::raw(const std::uint8_t *p, std::size_t n)
{
    // resize + memcpy rather than insert: GCC 12 at -O3 warns falsely (-Wstringop-overflow) on
    // vector::insert of a constant-size range into an empty vector.
    if (n == 0)
        return;
    const std::size_t old = m_out.size();
    m_out.resize(old + n);
    std::memcpy(m_out.data() + old, p, n);
}

void Writer::varint(std::uint64_t v)
{
    while (v >= 0x80) {
        m_out.push_back(static_cast<std::uint8_t>(v | 0x80));
        v >>= 7;
    }
    m_out.push_back(static_cast<std::uint8_t>(v));
}

void Writer::svarint(std::int64_t v)
{
    const auto u = static_cast<std::uint64_t>(v);
    varint((u << 1) ^ (v < 0 ? ~std::uint64_t{0} : std::uint64_t{0}));
}

void Writer::blob(ByteView v)
{
    varint(v.size());
    raw(v);
}

void Writer::str(std::string_view s)
{
    varint(s.size());
    m_out.insert(m_out.end(), s.begin(), s.end());
}

std::uint8_t Reader::u8()
{
    if (m_failed || m_pos >= m_in.size()) {
        m_failed = true;
        return 0;
    }
    return m_in[m_pos++];
}

std::uint64_t Reader::fixed(int n)
{
    if (m_failed || m_in.size() - m_pos < static_cast<std::size_t>(n)) {
        m_failed = true;
        return 0;
    }
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i)
        v |= std::uint64_t{m_in[m_pos + static_cast<std::size_t>(i)]} << (8 * i);
    m_pos += static_cast<std::size_t>(n);
    return v;
}

std::uint64_t Reader::varint()
{
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        const std::uint8_t b = u8();
        if (m_failed)
            return 0;
        if (shift == 63 && b > 1) {
            m_failed = true;
            return 0;
        }
        v |= std::uint64_t{b & 0x7Fu} << shift;
        if (!(b & 0x80)) {
            // Canonical encoding only: no trailing zero groups, so every value has one encoding
            // and the hash of an encoding identifies its content.
            if (b == 0 && shift != 0) {
                m_failed = true;
                return 0;
            }
            return v;
        }
    }
    m_failed = true;
    return 0;
}

std::int64_t Reader::svarint()
{
    const std::uint64_t u = varint();
    return static_cast<std::int64_t>((u >> 1) ^ (~(u & 1) + 1));
}

std::uint32_t Reader::varint32()
{
    const std::uint64_t v = varint();
    if (v > 0xFFFFFFFFu) {
        m_failed = true;
        return 0;
    }
    return static_cast<std::uint32_t>(v);
}

ByteView Reader::raw(std::size_t n)
{
    if (m_failed || m_in.size() - m_pos < n) {
        m_failed = true;
        return {};
    }
    ByteView v = m_in.subspan(m_pos, n);
    m_pos += n;
    return v;
}

Bytes Reader::rawCopy(std::size_t n)
{
    const ByteView v = raw(n);
    return Bytes(v.begin(), v.end());
}

Bytes Reader::blob(std::size_t maxLen)
{
    const std::uint64_t n = varint();
    if (n > maxLen) {
        m_failed = true;
        return {};
    }
    return rawCopy(static_cast<std::size_t>(n));
}

std::string Reader::str(std::size_t maxLen)
{
    const Bytes b = blob(maxLen);
    return std::string(b.begin(), b.end());
}

std::string toHex(ByteView v, bool upper)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string s;
    s.reserve(v.size() * 2);
    for (std::uint8_t b : v) {
        s.push_back(digits[b >> 4]);
        s.push_back(digits[b & 15]);
    }
    return s;
}

static int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool fromHex(std::string_view s, Bytes &out)
{
    if (s.size() % 2)
        return false;
    out.clear();
    out.reserve(s.size() / 2);
    for (std::size_t i = 0; i < s.size(); i += 2) {
        const int hi = hexValue(s[i]);
        const int lo = hexValue(s[i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out.push_back(static_cast<std::uint8_t>(hi * 16 + lo));
    }
    return true;
}

bool constantTimeEqual(ByteView a, ByteView b)
{
    if (a.size() != b.size())
        return false;
    std::uint8_t d = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        d |= static_cast<std::uint8_t>(a[i] ^ b[i]);
    return d == 0;
}

} // namespace porter::door

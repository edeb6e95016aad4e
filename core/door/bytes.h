#pragma once

// Byte buffers, varints and a bounds-checked reader: the building blocks of every Porter door
// encoding (docs/door-protocol.md, "Encodings"). Standard C++ only.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace porter::door {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// Appends integers and strings to a byte buffer. Fixed-width integers are little-endian.
class Writer
{
public:
    Bytes &bytes() { return m_out; }
    Bytes take() { return std::move(m_out); }

    void u8(std::uint8_t v) { m_out.push_back(v); }
    void u16(std::uint16_t v) { fixed(v, 2); }
    void u32(std::uint32_t v) { fixed(v, 4); }
    void u64(std::uint64_t v) { fixed(v, 8); }
    void i64(std::int64_t v) { fixed(static_cast<std::uint64_t>(v), 8); }
    void varint(std::uint64_t v);
    void svarint(std::int64_t v); // zigzag
    void raw(ByteView v) { raw(v.data(), v.size()); }
    void raw(const std::uint8_t *p, std::size_t n);
    void blob(ByteView v); // varint length + bytes
    void str(std::string_view s);

private:
    void fixed(std::uint64_t v, int n);
    Bytes m_out;
};

// Reads what Writer wrote. Any read past the end, or a non-canonical varint, sets failed() and
// returns zero; callers check failed() (or atEnd()) once at the end of a decode.
class Reader
{
public:
    explicit Reader(ByteView in)
        : m_in(in)
    {}

    bool failed() const { return m_failed; }
    bool ok() const { return !m_failed; }
    bool atEnd() const { return !m_failed && m_pos == m_in.size(); }
    std::size_t remaining() const { return m_failed ? 0 : m_in.size() - m_pos; }
    std::size_t position() const { return m_pos; }
    void fail() { m_failed = true; }

    std::uint8_t u8();
    std::uint16_t u16() { return static_cast<std::uint16_t>(fixed(2)); }
    std::uint32_t u32() { return static_cast<std::uint32_t>(fixed(4)); }
    std::uint64_t u64() { return fixed(8); }
    std::int64_t i64() { return static_cast<std::int64_t>(fixed(8)); }
    std::uint64_t varint();
    std::int64_t svarint();
    // A varint that must fit in 32 bits.
    std::uint32_t varint32();
    ByteView raw(std::size_t n);
    Bytes rawCopy(std::size_t n);
    Bytes blob(std::size_t maxLen);
    std::string str(std::size_t maxLen);

private:
    std::uint64_t fixed(int n);
    ByteView m_in;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

std::string toHex(ByteView v, bool upper = false);
// Decodes hex (either case); returns false on odd length or a non-hex character.
bool fromHex(std::string_view s, Bytes &out);

// Compares in constant time (for MACs and secrets).
bool constantTimeEqual(ByteView a, ByteView b);

} // namespace porter::door

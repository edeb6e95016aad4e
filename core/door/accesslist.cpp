#include "door/accesslist.h"

#include "door/crypto.h"

#include <algorithm>

namespace porter::door {

namespace {

constexpr std::uint8_t kListFormat = 1;
constexpr std::uint8_t kDeltaFormat = 1;
// Decoder limits: in accesslist.h (kMaxHolders, kMaxSchedules, ...), shared with Porter.

bool isUpperHex(const std::string &s)
{
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); });
}

void writeSchedules(Writer &w, const std::vector<Schedule> &schedules)
{
    w.varint(schedules.size());
    for (const Schedule &s : schedules) {
        w.varint(s.windows.size());
        for (const WeeklyWindow &win : s.windows) {
            w.u8(win.days);
            w.varint(win.startMinute);
            w.varint(win.endMinute);
        }
    }
}

bool readSchedules(Reader &r, std::vector<Schedule> &out)
{
    const std::uint64_t n = r.varint();
    if (n > kMaxSchedules)
        return false;
    out.resize(static_cast<std::size_t>(n));
    for (Schedule &s : out) {
        const std::uint64_t m = r.varint();
        if (m > kMaxWindowsPerSchedule || r.failed())
            return false;
        s.windows.resize(static_cast<std::size_t>(m));
        for (WeeklyWindow &win : s.windows) {
            win.days = r.u8();
            const std::uint64_t a = r.varint();
            const std::uint64_t b = r.varint();
            if (a > 1440 || b > 1440)
                return false;
            win.startMinute = static_cast<std::uint16_t>(a);
            win.endMinute = static_cast<std::uint16_t>(b);
        }
    }
    return r.ok();
}

void writeOffsets(Writer &w, const std::vector<OffsetTransition> &offsets)
{
    w.varint(offsets.size());
    std::uint64_t prev = 0;
    for (std::size_t i = 0; i < offsets.size(); ++i) {
        const auto at = static_cast<std::uint64_t>(offsets[i].atUtc);
        if (i == 0)
            w.svarint(offsets[i].atUtc);
        else
            w.varint(at - prev); // strictly ascending (validate)
        w.svarint(offsets[i].offsetSeconds);
        prev = at;
    }
}

bool readOffsets(Reader &r, std::vector<OffsetTransition> &out)
{
    const std::uint64_t n = r.varint();
    if (n > kMaxOffsets)
        return false;
    out.resize(static_cast<std::size_t>(n));
    std::uint64_t prev = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::uint64_t at = i == 0 ? static_cast<std::uint64_t>(r.svarint()) : prev + r.varint();
        out[i].atUtc = static_cast<std::int64_t>(at);
        const std::int64_t off = r.svarint();
        if (off < -86400 || off > 86400)
            return false;
        out[i].offsetSeconds = static_cast<std::int32_t>(off);
        prev = at;
    }
    return r.ok();
}

void writeIdList(Writer &w, const std::vector<std::uint32_t> &ids)
{
    w.varint(ids.size());
    std::uint32_t prev = 0;
    for (std::uint32_t id : ids) {
        w.varint(id - prev);
        prev = id;
    }
}

bool readIdList(Reader &r, std::vector<std::uint32_t> &out)
{
    const std::uint64_t n = r.varint();
    if (n > kMaxRevokedDoorcodes)
        return false;
    out.resize(static_cast<std::size_t>(n));
    std::uint64_t prev = 0;
    for (std::uint32_t &id : out) {
        prev += r.varint32();
        if (prev > 0xFFFFFFFFu)
            return false;
        id = static_cast<std::uint32_t>(prev);
    }
    return r.ok();
}

// One right: a flags byte, then notBefore in minutes when minute-exact, then the duration.
// Layout in docs/door-protocol.md ("Access list encoding").
void writeRight(Writer &w, const Right &right)
{
    const bool nbMinutes = right.notBefore % 60 == 0;
    const bool forever = right.notAfter == kNoExpiry;
    const auto duration = static_cast<std::int64_t>(static_cast<std::uint64_t>(right.notAfter) -
                                                    static_cast<std::uint64_t>(right.notBefore));
    const bool durMinutes = !forever && duration % 60 == 0;
    std::uint8_t flags =
        (right.doorcodeAllowed ? 1 : 0) | (nbMinutes ? 2 : 0) | (forever ? 4 : 0) | (durMinutes ? 8 : 0);
    flags |= static_cast<std::uint8_t>(std::min<unsigned>(right.schedule, 15) << 4);
    w.u8(flags);
    if (right.schedule >= 15)
        w.varint(right.schedule - 15u);
    w.svarint(nbMinutes ? right.notBefore / 60 : right.notBefore);
    if (!forever)
        w.svarint(durMinutes ? duration / 60 : duration);
}

bool readRight(Reader &r, Right &right)
{
    const std::uint8_t flags = r.u8();
    right.doorcodeAllowed = flags & 1;
    std::uint64_t sched = flags >> 4;
    if (sched == 15)
        sched += r.varint();
    if (sched > 0xFFFF)
        return false;
    right.schedule = static_cast<std::uint16_t>(sched);
    const std::int64_t nb = r.svarint();
    right.notBefore = (flags & 2) ? static_cast<std::int64_t>(static_cast<std::uint64_t>(nb) * 60u) : nb;
    if (flags & 4) {
        right.notAfter = kNoExpiry;
        if (flags & 8)
            return false;
    } else {
        const std::int64_t d = r.svarint();
        const std::uint64_t dur =
            (flags & 8) ? static_cast<std::uint64_t>(d) * 60u : static_cast<std::uint64_t>(d);
        right.notAfter = static_cast<std::int64_t>(static_cast<std::uint64_t>(right.notBefore) + dur);
    }
    return r.ok();
}

// How a holder body carries the phone key generation: a varint since issue 6; a single byte in the
// lists of earlier firmware (read only from their door state files, docs/door-protocol.md §5).
enum class GenerationCoding
{
    Varint,
    LegacyU8,
};

// A holder without its person id (the caller writes it, delta-coded in lists).
void writeHolderBody(Writer &w, const Holder &h, GenerationCoding coding = GenerationCoding::Varint)
{
    const std::size_t cards = h.cardSerials.size();
    const std::size_t rights = h.rights.size();
    std::uint8_t flags = (h.app ? 1 : 0) | (h.doorcode ? 2 : 0) | (h.appKeyGeneration ? 4 : 0);
    flags |= static_cast<std::uint8_t>(std::min<std::size_t>(cards, 3) << 3);
    flags |= static_cast<std::uint8_t>(std::min<std::size_t>(rights, 7) << 5);
    w.u8(flags);
    if (h.appKeyGeneration && coding == GenerationCoding::LegacyU8)
        w.u8(static_cast<std::uint8_t>(h.appKeyGeneration));
    else if (h.appKeyGeneration)
        w.varint(h.appKeyGeneration); // u32, never wraps (docs/door-protocol.md §1)
    if (cards >= 3)
        w.varint(cards - 3);
    for (const std::string &serial : h.cardSerials) {
        Bytes raw;
        if (!fromHex(serial, raw) || raw.size() > kMaxCardSerialBytes)
            raw.clear(); // invalid serial: encodes as length 0, which decode rejects
        w.u8(static_cast<std::uint8_t>(raw.size()));
        w.raw(raw);
    }
    if (rights >= 7)
        w.varint(rights - 7);
    for (const Right &right : h.rights)
        writeRight(w, right);
}

bool readHolderBody(Reader &r, Holder &h, GenerationCoding coding = GenerationCoding::Varint)
{
    const std::uint8_t flags = r.u8();
    h.app = flags & 1;
    h.doorcode = flags & 2;
    if (flags & 4) {
        h.appKeyGeneration = coding == GenerationCoding::LegacyU8 ? r.u8() : r.varint32();
        if (h.appKeyGeneration == 0) // written by clearing bit2; a decoded 0 is not canonical
            return false;
    }
    std::uint64_t cards = (flags >> 3) & 3;
    if (cards == 3)
        cards += r.varint();
    if (cards > kMaxCardsPerHolder || r.failed())
        return false;
    h.cardSerials.resize(static_cast<std::size_t>(cards));
    for (std::string &serial : h.cardSerials) {
        const std::uint8_t len = r.u8();
        if (len == 0 || len > kMaxCardSerialBytes)
            return false;
        serial = toHex(r.raw(len), true);
    }
    std::uint64_t rights = flags >> 5;
    if (rights == 7)
        rights += r.varint();
    if (rights > kMaxRightsPerHolder || r.failed())
        return false;
    h.rights.resize(static_cast<std::size_t>(rights));
    for (Right &right : h.rights)
        if (!readRight(r, right))
            return false;
    return r.ok();
}

} // namespace

std::string validateHolder(const Holder &h)
{
    if (h.personId > kMaxPersonId)
        return "person id " + std::to_string(h.personId) + " exceeds " + std::to_string(kMaxPersonId);
    if (h.cardSerials.size() > kMaxCardsPerHolder)
        return "person " + std::to_string(h.personId) + " has " + std::to_string(h.cardSerials.size()) +
               " keycards, more than " + std::to_string(kMaxCardsPerHolder);
    if (h.rights.size() > kMaxRightsPerHolder)
        return "person " + std::to_string(h.personId) + " has " + std::to_string(h.rights.size()) +
               " rights here, more than " + std::to_string(kMaxRightsPerHolder);
    for (const std::string &serial : h.cardSerials) {
        Bytes raw;
        if (serial.empty() || !isUpperHex(serial) || !fromHex(serial, raw) ||
            raw.size() > kMaxCardSerialBytes)
            return "card serial '" + serial + "' is not 1-10 bytes of uppercase hex";
    }
    return {};
}

std::string validate(const AccessList &list)
{
    if (list.schedules.size() > kMaxSchedules)
        return "the list has " + std::to_string(list.schedules.size()) + " schedules, more than " +
               std::to_string(kMaxSchedules);
    for (const Schedule &s : list.schedules) {
        if (s.windows.size() > kMaxWindowsPerSchedule)
            return "a schedule has " + std::to_string(s.windows.size()) + " weekly windows, more than " +
                   std::to_string(kMaxWindowsPerSchedule);
        for (const WeeklyWindow &w : s.windows) {
            if (w.days == 0 || (w.days & 0x80))
                return "a schedule window has no valid day";
            if (w.startMinute >= w.endMinute || w.endMinute > 1440)
                return "a schedule window does not satisfy start < end <= 1440";
        }
    }
    if (list.holders.size() > kMaxHolders)
        return "the list has " + std::to_string(list.holders.size()) + " holders, more than " +
               std::to_string(kMaxHolders);
    for (std::size_t i = 0; i < list.holders.size(); ++i) {
        const Holder &h = list.holders[i];
        if (std::string why = validateHolder(h); !why.empty())
            return why;
        if (i && list.holders[i - 1].personId >= h.personId)
            return "holders are not sorted by unique person id";
        for (const Right &r : h.rights)
            if (r.schedule >= list.schedules.size())
                return "a right refers to a schedule that does not exist";
    }
    if (list.revokedDoorcodes.size() > kMaxRevokedDoorcodes)
        return "the list has more than " + std::to_string(kMaxRevokedDoorcodes) + " revoked doorcodes";
    for (std::size_t i = 1; i < list.revokedDoorcodes.size(); ++i)
        if (list.revokedDoorcodes[i - 1] >= list.revokedDoorcodes[i])
            return "revoked doorcodes are not sorted and unique";
    if (list.offsets.size() > kMaxOffsets)
        return "the list has more than " + std::to_string(kMaxOffsets) + " time zone transitions";
    for (std::size_t i = 1; i < list.offsets.size(); ++i)
        if (list.offsets[i - 1].atUtc >= list.offsets[i].atUtc)
            return "offset transitions are not strictly ascending";
    for (const OffsetTransition &t : list.offsets)
        if (t.offsetSeconds < -86400 || t.offsetSeconds > 86400)
            return "a UTC offset is out of range";
    if (const std::size_t bytes = encode(list).size(); bytes > kMaxEncodedListBytes)
        return "the list takes " + std::to_string(bytes) + " bytes, more than " +
               std::to_string(kMaxEncodedListBytes);
    return {};
}

void normalize(AccessList &list)
{
    std::sort(list.holders.begin(), list.holders.end(),
              [](const Holder &a, const Holder &b) { return a.personId < b.personId; });
    for (Holder &h : list.holders)
        for (std::string &s : h.cardSerials)
            for (char &c : s)
                if (c >= 'a' && c <= 'f')
                    c = static_cast<char>(c - 'a' + 'A');
    std::sort(list.revokedDoorcodes.begin(), list.revokedDoorcodes.end());
    list.revokedDoorcodes.erase(std::unique(list.revokedDoorcodes.begin(), list.revokedDoorcodes.end()),
                                list.revokedDoorcodes.end());
    std::sort(list.offsets.begin(), list.offsets.end(),
              [](const OffsetTransition &a, const OffsetTransition &b) { return a.atUtc < b.atUtc; });
}

static Bytes encodeList(const AccessList &list, GenerationCoding coding)
{
    Writer w;
    w.bytes().reserve(64 + list.holders.size() * 24);
    w.u8(kListFormat);
    w.varint(list.propertyId);
    w.varint(list.doorId);
    w.varint(list.version);
    writeOffsets(w, list.offsets);
    writeSchedules(w, list.schedules);
    writeIdList(w, list.revokedDoorcodes);
    w.varint(list.holders.size());
    std::uint32_t prev = 0;
    for (const Holder &h : list.holders) {
        w.varint(h.personId - prev);
        prev = h.personId;
        writeHolderBody(w, h, coding);
    }
    return w.take();
}

Bytes encode(const AccessList &list)
{
    return encodeList(list, GenerationCoding::Varint);
}

static std::optional<AccessList> decodeList(ByteView bytes, GenerationCoding coding)
{
    Reader r(bytes);
    AccessList list;
    if (r.u8() != kListFormat)
        return std::nullopt;
    list.propertyId = r.varint32();
    list.doorId = r.varint32();
    list.version = r.varint();
    if (!readOffsets(r, list.offsets) || !readSchedules(r, list.schedules) ||
        !readIdList(r, list.revokedDoorcodes))
        return std::nullopt;
    const std::uint64_t n = r.varint();
    if (n > kMaxHolders || n > r.remaining())
        return std::nullopt;
    list.holders.resize(static_cast<std::size_t>(n));
    std::uint64_t prev = 0;
    for (Holder &h : list.holders) {
        prev += r.varint32();
        if (prev > kMaxPersonId)
            return std::nullopt;
        h.personId = static_cast<std::uint32_t>(prev);
        if (!readHolderBody(r, h, coding))
            return std::nullopt;
    }
    if (!r.atEnd() || !validate(list).empty())
        return std::nullopt;
    // Canonical form only: one list, one encoding, one hash.
    if (encodeList(list, coding) != Bytes(bytes.begin(), bytes.end()))
        return std::nullopt;
    return list;
}

std::optional<AccessList> decodeAccessList(ByteView bytes)
{
    return decodeList(bytes, GenerationCoding::Varint);
}

std::optional<AccessList> decodeLegacyU8GenerationList(ByteView bytes)
{
    return decodeList(bytes, GenerationCoding::LegacyU8);
}

Hash hash(const AccessList &list)
{
    return crypto::sha256(encode(list));
}

const Holder *findHolder(const AccessList &list, std::uint32_t personId)
{
    auto it = std::lower_bound(list.holders.begin(), list.holders.end(), personId,
                               [](const Holder &h, std::uint32_t id) { return h.personId < id; });
    return it != list.holders.end() && it->personId == personId ? &*it : nullptr;
}

std::size_t credentialCount(const AccessList &list)
{
    std::size_t n = 0;
    for (const Holder &h : list.holders)
        n += (h.app ? 1 : 0) + (h.doorcode ? 1 : 0) + h.cardSerials.size();
    return n;
}

Delta diff(const AccessList &base, const AccessList &target)
{
    Delta d;
    d.baseVersion = base.version;
    d.newVersion = target.version;
    if (base.schedules != target.schedules) {
        DeltaOp op;
        op.kind = DeltaOp::Kind::ReplaceSchedules;
        op.schedules = target.schedules;
        d.ops.push_back(std::move(op));
    }
    if (base.offsets != target.offsets) {
        DeltaOp op;
        op.kind = DeltaOp::Kind::ReplaceOffsets;
        op.offsets = target.offsets;
        d.ops.push_back(std::move(op));
    }
    if (base.revokedDoorcodes != target.revokedDoorcodes) {
        DeltaOp op;
        op.kind = DeltaOp::Kind::ReplaceRevokedDoorcodes;
        op.revoked = target.revokedDoorcodes;
        d.ops.push_back(std::move(op));
    }
    auto b = base.holders.begin();
    auto t = target.holders.begin();
    while (b != base.holders.end() || t != target.holders.end()) {
        if (t == target.holders.end() || (b != base.holders.end() && b->personId < t->personId)) {
            DeltaOp op;
            op.kind = DeltaOp::Kind::RemoveHolder;
            op.personId = b->personId;
            d.ops.push_back(std::move(op));
            ++b;
        } else if (b == base.holders.end() || t->personId < b->personId) {
            DeltaOp op;
            op.kind = DeltaOp::Kind::UpsertHolder;
            op.holder = *t;
            d.ops.push_back(std::move(op));
            ++t;
        } else {
            if (!(*b == *t)) {
                DeltaOp op;
                op.kind = DeltaOp::Kind::UpsertHolder;
                op.holder = *t;
                d.ops.push_back(std::move(op));
            }
            ++b;
            ++t;
        }
    }
    return d;
}

std::optional<AccessList> apply(const AccessList &base, const Delta &delta)
{
    if (delta.baseVersion != base.version)
        return std::nullopt;
    AccessList out = base;
    out.version = delta.newVersion;
    for (const DeltaOp &op : delta.ops) {
        switch (op.kind) {
        case DeltaOp::Kind::ReplaceSchedules:
            out.schedules = op.schedules;
            break;
        case DeltaOp::Kind::ReplaceOffsets:
            out.offsets = op.offsets;
            break;
        case DeltaOp::Kind::ReplaceRevokedDoorcodes:
            out.revokedDoorcodes = op.revoked;
            break;
        case DeltaOp::Kind::UpsertHolder: {
            auto it = std::lower_bound(out.holders.begin(), out.holders.end(), op.holder.personId,
                                       [](const Holder &h, std::uint32_t id) { return h.personId < id; });
            if (it != out.holders.end() && it->personId == op.holder.personId)
                *it = op.holder;
            else
                out.holders.insert(it, op.holder);
            break;
        }
        case DeltaOp::Kind::RemoveHolder: {
            auto it = std::lower_bound(out.holders.begin(), out.holders.end(), op.personId,
                                       [](const Holder &h, std::uint32_t id) { return h.personId < id; });
            if (it == out.holders.end() || it->personId != op.personId)
                return std::nullopt;
            out.holders.erase(it);
            break;
        }
        default:
            return std::nullopt;
        }
    }
    if (!validate(out).empty())
        return std::nullopt;
    return out;
}

Bytes encode(const Delta &delta)
{
    Writer w;
    w.u8(kDeltaFormat);
    w.varint(delta.baseVersion);
    w.varint(delta.newVersion);
    w.varint(delta.ops.size());
    for (const DeltaOp &op : delta.ops) {
        w.u8(static_cast<std::uint8_t>(op.kind));
        switch (op.kind) {
        case DeltaOp::Kind::UpsertHolder:
            w.varint(op.holder.personId);
            writeHolderBody(w, op.holder);
            break;
        case DeltaOp::Kind::RemoveHolder:
            w.varint(op.personId);
            break;
        case DeltaOp::Kind::ReplaceSchedules:
            writeSchedules(w, op.schedules);
            break;
        case DeltaOp::Kind::ReplaceOffsets:
            writeOffsets(w, op.offsets);
            break;
        case DeltaOp::Kind::ReplaceRevokedDoorcodes:
            writeIdList(w, op.revoked);
            break;
        }
    }
    return w.take();
}

std::optional<Delta> decodeDelta(ByteView bytes)
{
    Reader r(bytes);
    Delta d;
    if (r.u8() != kDeltaFormat)
        return std::nullopt;
    d.baseVersion = r.varint();
    d.newVersion = r.varint();
    const std::uint64_t n = r.varint();
    if (n > kMaxDeltaOps || n > r.remaining())
        return std::nullopt;
    d.ops.resize(static_cast<std::size_t>(n));
    for (DeltaOp &op : d.ops) {
        const std::uint8_t kind = r.u8();
        switch (kind) {
        case static_cast<std::uint8_t>(DeltaOp::Kind::UpsertHolder):
            op.kind = DeltaOp::Kind::UpsertHolder;
            op.holder.personId = r.varint32();
            if (op.holder.personId > kMaxPersonId || !readHolderBody(r, op.holder))
                return std::nullopt;
            break;
        case static_cast<std::uint8_t>(DeltaOp::Kind::RemoveHolder):
            op.kind = DeltaOp::Kind::RemoveHolder;
            op.personId = r.varint32();
            break;
        case static_cast<std::uint8_t>(DeltaOp::Kind::ReplaceSchedules):
            op.kind = DeltaOp::Kind::ReplaceSchedules;
            if (!readSchedules(r, op.schedules))
                return std::nullopt;
            break;
        case static_cast<std::uint8_t>(DeltaOp::Kind::ReplaceOffsets):
            op.kind = DeltaOp::Kind::ReplaceOffsets;
            if (!readOffsets(r, op.offsets))
                return std::nullopt;
            break;
        case static_cast<std::uint8_t>(DeltaOp::Kind::ReplaceRevokedDoorcodes):
            op.kind = DeltaOp::Kind::ReplaceRevokedDoorcodes;
            if (!readIdList(r, op.revoked))
                return std::nullopt;
            break;
        default:
            return std::nullopt;
        }
        if (r.failed())
            return std::nullopt;
    }
    if (!r.atEnd() || encode(d) != Bytes(bytes.begin(), bytes.end()))
        return std::nullopt;
    return d;
}

} // namespace porter::door

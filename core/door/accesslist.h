#pragma once

// The access list a door enforces, its canonical binary encoding, its hash and deltas between
// versions. This header is the contract between the door and Porter's Qt side; the rules are
// written down in docs/door-protocol.md ("The access list" and "Decisions").

#include "door/bytes.h"

#include <array>
#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace porter::door {

constexpr std::int64_t kNoExpiry = INT64_MAX;
constexpr std::uint32_t kMaxPersonId = 9'999'999; // daily doorcodes encode the person id in 7 digits
constexpr std::size_t kMaxCardSerialBytes = 10;

// The list version: the number an access list carries (docs/door-protocol.md, "List versions"). Porter
// assigns it, it only grows per door, and the door accepts an update only to a newer one. Every list
// version the door handles has this type: the list's own, a delta's and a signed update's base and
// new version, the staged update's, the one its status reports and the ones it acknowledges.
using ListVersion = std::uint64_t;

// The limits of the access list format: the door's decoders refuse anything larger, validate()
// checks them all, and Porter enforces them where a manager enters the data (one source of truth;
// docs/door-protocol.md "Limits"). Far above any real door, small enough that a hostile input
// cannot make the door allocate much before the signature has been checked (see update.cpp).
constexpr std::size_t kMaxHolders = 200'000;          // holders per list (people with access here)
constexpr std::size_t kMaxSchedules = 4'096;          // distinct weekly schedules per list
constexpr std::size_t kMaxWindowsPerSchedule = 64;    // weekly windows of one schedule
constexpr std::size_t kMaxCardsPerHolder = 64;        // keycards of one person
constexpr std::size_t kMaxRightsPerHolder = 256;      // rights (grants, shares) of one person at one door
constexpr std::size_t kMaxOffsets = 256;              // time zone transitions
constexpr std::size_t kMaxRevokedDoorcodes = 200'000; // revoked doorcode person ids
constexpr std::size_t kMaxDeltaOps = 400'000;         // operations of one delta
// The whole encoded list: it must fit a signed full update (16 MiB with header and signature) and
// the door's state file, so a list that the per-entry limits allow but that is too big overall is
// refused by validate() too, before any door could store it and fail to read it back.
constexpr std::size_t kMaxEncodedListBytes = 16 * 1024 * 1024 - 1024;

struct WeeklyWindow
{
    std::uint8_t days = 0;          // bit0 = Monday .. bit6 = Sunday
    std::uint16_t startMinute = 0;  // local minute of day, inclusive
    std::uint16_t endMinute = 1440; // exclusive, <= 1440
    bool operator==(const WeeklyWindow &) const = default;
};

struct Schedule
{
    std::vector<WeeklyWindow> windows; // empty = always
    bool operator==(const Schedule &) const = default;
};

struct Right
{
    std::int64_t notBefore = 0;        // UTC unix seconds, inclusive
    std::int64_t notAfter = kNoExpiry; // exclusive; kNoExpiry = none
    std::uint16_t schedule = 0;        // index into AccessList::schedules
    bool doorcodeAllowed = false;
    bool operator==(const Right &) const = default;
};

struct Holder
{
    std::uint32_t personId = 0; // <= kMaxPersonId
    bool app = false;
    // The current phone key generation (0 = none issued yet). Only a certificate of exactly this
    // generation opens the door; it never wraps (docs/door-protocol.md §3).
    std::uint32_t appKeyGeneration = 0;
    bool doorcode = false;
    std::vector<std::string> cardSerials; // uppercase hex, up to 10 bytes of UID
    std::vector<Right> rights;            // the union of these is what the person may do here
    bool operator==(const Holder &) const = default;
};

struct OffsetTransition
{
    std::int64_t atUtc = 0;
    std::int32_t offsetSeconds = 0; // UTC offset in force from atUtc on
    bool operator==(const OffsetTransition &) const = default;
};

struct AccessList
{
    std::uint32_t propertyId = 0;
    std::uint32_t doorId = 0;
    ListVersion version = 0; // monotonic per door, assigned by Porter
    std::vector<Schedule> schedules;
    std::vector<Holder> holders;                 // sorted by personId, unique
    std::vector<std::uint32_t> revokedDoorcodes; // sorted, unique; see docs/door-protocol.md
    // The property's time zone: offsets[0].offsetSeconds is in force before offsets[0].atUtc too;
    // then each transition (ascending atUtc) for the coming ~13 months. Empty = UTC.
    std::vector<OffsetTransition> offsets;
    bool operator==(const AccessList &) const = default;
};

using Hash = std::array<std::uint8_t, 32>;

// Checks every invariant the canonical encoding relies on (sorted unique ids, person ids in
// range, schedule indexes valid, windows well formed, card serials, every limit above...). Returns an empty
// string when valid, else what is wrong. encode() of an invalid list is still deterministic, but decode()
// rejects it.
std::string validate(const AccessList &list);
// The same for one holder alone (what validate() checks per holder, schedule indexes excepted):
// lets a planner leave out just the holder the format cannot carry.
std::string validateHolder(const Holder &holder);

// Canonical encoding: equal lists <=> equal bytes. Layout in docs/door-protocol.md.
Bytes encode(const AccessList &list);
std::optional<AccessList> decodeAccessList(ByteView bytes);
// The encoding of earlier firmware, whose holder body carried the phone key generation as one byte.
// Only for reading a door state file of state format 1 (docs/door-protocol.md §5); never on the wire.
std::optional<AccessList> decodeLegacyU8GenerationList(ByteView bytes);
// SHA-256 of the canonical encoding.
Hash hash(const AccessList &list);

// Sorts holders/ids and uppercases card serials so that a list built in any order validates.
void normalize(AccessList &list);

// Finds a holder by person id (binary search) / by card serial (linear; the door keeps an index).
const Holder *findHolder(const AccessList &list, std::uint32_t personId);

// --- Deltas ---------------------------------------------------------------------------------

struct DeltaOp
{
    enum class Kind : std::uint8_t
    {
        UpsertHolder = 1,
        RemoveHolder = 2,
        ReplaceSchedules = 3,
        ReplaceOffsets = 4,
        ReplaceRevokedDoorcodes = 5,
    };
    Kind kind = Kind::UpsertHolder;
    Holder holder;                         // UpsertHolder
    std::uint32_t personId = 0;            // RemoveHolder
    std::vector<Schedule> schedules;       // ReplaceSchedules
    std::vector<OffsetTransition> offsets; // ReplaceOffsets
    std::vector<std::uint32_t> revoked;    // ReplaceRevokedDoorcodes
    bool operator==(const DeltaOp &) const = default;
};

struct Delta
{
    ListVersion baseVersion = 0;
    ListVersion newVersion = 0;
    std::vector<DeltaOp> ops; // schedules/offsets/revoked first, then holder ops by ascending id
    bool operator==(const Delta &) const = default;
};

// The smallest delta (in ops) turning base into target; target.version becomes newVersion.
// base and target must have the same propertyId and doorId.
Delta diff(const AccessList &base, const AccessList &target);
// Applies a delta; nullopt when it does not fit the base (version mismatch, removing an absent
// holder) or the result does not validate.
std::optional<AccessList> apply(const AccessList &base, const Delta &delta);

Bytes encode(const Delta &delta);
std::optional<Delta> decodeDelta(ByteView bytes);

// The number of credentials (apps, doorcodes, cards) in a list: the unit of the size target.
std::size_t credentialCount(const AccessList &list);

} // namespace porter::door

#pragma once

// Signed, versioned access-list updates (docs/door-protocol.md, "Signed updates"). Any carrier
// can deliver one: the door trusts only the property's Ed25519 signature.

#include "door/accesslist.h"

namespace porter::door {

enum class UpdateKind : std::uint8_t
{
    Full = 1,
    Delta = 2
};

constexpr std::size_t kUpdateHeaderSize = 106;
constexpr std::size_t kMaxUpdateSize = 16 * 1024 * 1024;

struct UpdateHeader
{
    std::uint8_t formatVersion = 2;
    std::uint32_t propertyId = 0;
    std::uint32_t doorId = 0;
    UpdateKind kind = UpdateKind::Full;
    ListVersion baseVersion = 0; // Full: 0
    Hash baseHash{};             // Full: zeros
    ListVersion newVersion = 0;
    Hash newHash{};
    // When Porter signed it (UTC seconds; 0 = no claim). A door never lets its clock fall behind
    // the newest issue time it accepted (docs/door-protocol.md, "Clock").
    std::int64_t issuedAt = 0;
    std::uint32_t payloadLength = 0;
};

// Why a door refused an update. Values are on the wire (Applied/Rejected messages): never reuse.
enum class UpdateError : std::uint8_t
{
    None = 0,
    Malformed = 1,        // bytes do not parse
    BadSignature = 2,     // not signed by this door's property
    WrongProperty = 3,    // signed for another property
    WrongDoor = 4,        // for another door of this property
    NotNewer = 5,         // newVersion <= the door's version: downgrade or replay
    BaseMismatch = 6,     // a delta whose base is not what the door holds
    BadPayload = 7,       // payload does not decode, does not apply, or is not canonical
    HashMismatch = 8,     // the resulting list does not hash to newHash
    StorageFailed = 9,    // the door could not persist the new list (it keeps the old one)
    NotCommissioned = 10, // the door has no property key yet
};

const char *describe(UpdateError e);

// Builds a signed full update of `list` (list.version becomes the update's newVersion), issued at
// `issuedAt` (UTC seconds, the signer's clock).
Bytes makeFullUpdate(const AccessList &list, ByteView propertySeed, std::int64_t issuedAt = 0);
// Builds a signed delta from base to target; target.version is the new version.
Bytes makeDeltaUpdate(const AccessList &base, const AccessList &target, ByteView propertySeed,
                      std::int64_t issuedAt = 0);

Bytes encodeHeader(const UpdateHeader &h);
std::optional<UpdateHeader> decodeHeader(ByteView bytes); // first kUpdateHeaderSize bytes

struct VerifiedUpdate
{
    UpdateHeader header;
    ByteView payload; // points into the input
};

// Structure + signature only (propertyId/doorId/version checks are the door's, see Door).
std::optional<VerifiedUpdate> verifyUpdate(ByteView signedUpdate, ByteView propertyPublicKey,
                                           UpdateError *why);

} // namespace porter::door

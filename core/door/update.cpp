#include "door/update.h"

#include "door/crypto.h"

#include <algorithm>

namespace porter::door {

namespace {
constexpr std::uint8_t kMagic[4] = {'P', 'D', 'U', '1'};

Bytes sign(UpdateHeader h, const Bytes &payload, ByteView propertySeed)
{
    h.payloadLength = static_cast<std::uint32_t>(payload.size());
    Bytes out = encodeHeader(h);
    out.insert(out.end(), payload.begin(), payload.end());
    const Bytes sig = crypto::ed25519Sign(propertySeed, out);
    out.insert(out.end(), sig.begin(), sig.end());
    return out;
}
} // namespace

const char *describe(UpdateError e)
{
    switch (e) {
    case UpdateError::None:
        return "none";
    case UpdateError::Malformed:
        return "the update is malformed";
    case UpdateError::BadSignature:
        return "the update is not signed by this door's property";
    case UpdateError::WrongProperty:
        return "the update is for another property";
    case UpdateError::WrongDoor:
        return "the update is for another door";
    case UpdateError::NotNewer:
        return "the update is not newer than the door's list (downgrade or replay)";
    case UpdateError::BaseMismatch:
        return "the delta's base is not the list the door holds";
    case UpdateError::BadPayload:
        return "the update's payload is invalid";
    case UpdateError::HashMismatch:
        return "the updated list does not match the signed hash";
    case UpdateError::StorageFailed:
        return "the door could not store the update";
    case UpdateError::NotCommissioned:
        return "the door is not commissioned";
    }
    return "unknown update error";
}

Bytes encodeHeader(const UpdateHeader &h)
{
    Writer w;
    w.raw(kMagic, 4);
    w.u8(h.formatVersion);
    w.u8(static_cast<std::uint8_t>(h.kind));
    w.u32(h.propertyId);
    w.u32(h.doorId);
    w.u64(h.baseVersion);
    w.raw(h.baseHash);
    w.u64(h.newVersion);
    w.raw(h.newHash);
    w.i64(h.issuedAt);
    w.u32(h.payloadLength);
    return w.take();
}

std::optional<UpdateHeader> decodeHeader(ByteView bytes)
{
    Reader r(bytes.first(std::min(bytes.size(), kUpdateHeaderSize)));
    const ByteView magic = r.raw(4);
    UpdateHeader h;
    h.formatVersion = r.u8();
    const std::uint8_t kind = r.u8();
    h.propertyId = r.u32();
    h.doorId = r.u32();
    h.baseVersion = r.u64();
    const ByteView bh = r.raw(32);
    h.newVersion = r.u64();
    const ByteView nh = r.raw(32);
    h.issuedAt = r.i64();
    h.payloadLength = r.u32();
    if (!r.atEnd() || !std::equal(magic.begin(), magic.end(), kMagic) || h.formatVersion != 2 ||
        (kind != 1 && kind != 2))
        return std::nullopt;
    h.kind = static_cast<UpdateKind>(kind);
    std::copy(bh.begin(), bh.end(), h.baseHash.begin());
    std::copy(nh.begin(), nh.end(), h.newHash.begin());
    return h;
}

Bytes makeFullUpdate(const AccessList &list, ByteView propertySeed, std::int64_t issuedAt)
{
    UpdateHeader h;
    h.issuedAt = issuedAt;
    h.kind = UpdateKind::Full;
    h.propertyId = list.propertyId;
    h.doorId = list.doorId;
    h.newVersion = list.version;
    const Bytes payload = encode(list);
    h.newHash = crypto::sha256(payload);
    return sign(h, payload, propertySeed);
}

Bytes makeDeltaUpdate(const AccessList &base, const AccessList &target, ByteView propertySeed,
                      std::int64_t issuedAt)
{
    UpdateHeader h;
    h.issuedAt = issuedAt;
    h.kind = UpdateKind::Delta;
    h.propertyId = target.propertyId;
    h.doorId = target.doorId;
    h.baseVersion = base.version;
    h.baseHash = hash(base);
    h.newVersion = target.version;
    h.newHash = hash(target);
    return sign(h, encode(diff(base, target)), propertySeed);
}

std::optional<VerifiedUpdate> verifyUpdate(ByteView bytes, ByteView propertyPublicKey, UpdateError *why)
{
    auto fail = [&](UpdateError e) -> std::optional<VerifiedUpdate> {
        if (why)
            *why = e;
        return std::nullopt;
    };
    if (bytes.size() < kUpdateHeaderSize + crypto::kSignatureSize || bytes.size() > kMaxUpdateSize)
        return fail(UpdateError::Malformed);
    const auto header = decodeHeader(bytes.first(kUpdateHeaderSize));
    if (!header || header->payloadLength != bytes.size() - kUpdateHeaderSize - crypto::kSignatureSize)
        return fail(UpdateError::Malformed);
    const std::size_t signedLen = bytes.size() - crypto::kSignatureSize;
    if (!crypto::ed25519Verify(propertyPublicKey, bytes.first(signedLen), bytes.subspan(signedLen)))
        return fail(UpdateError::BadSignature);
    if (why)
        *why = UpdateError::None;
    return VerifiedUpdate{*header, bytes.subspan(kUpdateHeaderSize, header->payloadLength)};
}

} // namespace porter::door

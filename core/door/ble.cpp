#include "door/ble.h"

#include "door/door.h"

namespace porter::door::ble {

namespace {
constexpr std::uint8_t kCommissioned = 0x01;
constexpr std::uint8_t kInstallMode = 0x02;
constexpr std::uint8_t kFaulted = 0x04;
constexpr std::uint8_t kKnownFlags = kCommissioned | kInstallMode | kFaulted;
} // namespace

Bytes encodeAdvertisement(const Advertisement &a)
{
    Writer w;
    w.u8(Advertisement::kFormat);
    w.u8(static_cast<std::uint8_t>((a.commissioned ? kCommissioned : 0) | (a.installMode ? kInstallMode : 0) |
                                   (a.faulted ? kFaulted : 0)));
    w.u32(a.propertyId);
    w.u32(a.doorId);
    w.u32(a.listVersion);
    return w.take();
}

std::optional<Advertisement> decodeAdvertisement(ByteView bytes)
{
    if (bytes.size() != Advertisement::kEncodedSize)
        return std::nullopt;
    Reader r(bytes);
    if (r.u8() != Advertisement::kFormat)
        return std::nullopt;
    const std::uint8_t flags = r.u8();
    if ((flags & ~kKnownFlags) != 0)
        return std::nullopt;
    Advertisement a;
    a.commissioned = (flags & kCommissioned) != 0;
    a.installMode = (flags & kInstallMode) != 0;
    a.faulted = (flags & kFaulted) != 0;
    a.propertyId = r.u32();
    a.doorId = r.u32();
    a.listVersion = r.u32();
    if (!r.atEnd())
        return std::nullopt;
    if (a.commissioned != (a.propertyId != 0 && a.doorId != 0))
        return std::nullopt;
    if (!a.commissioned && a.listVersion != 0)
        return std::nullopt;
    return a;
}

Advertisement advertisementOf(Door &door, std::int64_t hostNow)
{
    Advertisement a;
    a.faulted = door.faulted();
    a.commissioned = door.commissioned();
    if (a.commissioned) {
        const DoorStatus status = door.status(hostNow);
        a.propertyId = status.propertyId;
        a.doorId = status.doorId;
        a.listVersion = static_cast<std::uint32_t>(status.version & 0xFFFFFFFFu);
    } else if (!a.faulted) {
        a.installMode = door.installMode(hostNow) == InstallMode::Open;
    }
    return a;
}

} // namespace porter::door::ble

#pragma once

// The door's Bluetooth LE face (docs/door-protocol.md §13): its GATT service and what it advertises.
// Standard C++ only, shared by the door (porter-door --ble, the fake BlueZ in tests) and Porter's
// Bluetooth link (core/ble), so both ends name the same UUIDs and read the same advertisement.

#include "door/bytes.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace porter::door {
class Door;
}

namespace porter::door::ble {

// The door's primary GATT service and its two characteristics. The laptop writes fragments (§7) to
// kWriteCharacteristicUuid without response; the door sends its fragments as notifications of
// kNotifyCharacteristicUuid (which has the 0x2902 client configuration descriptor).
inline constexpr std::string_view kServiceUuid = "87a611d9-6f78-4338-ae30-601e2c831bf5";
inline constexpr std::string_view kWriteCharacteristicUuid = "87a611da-6f78-4338-ae30-601e2c831bf5";
inline constexpr std::string_view kNotifyCharacteristicUuid = "87a611db-6f78-4338-ae30-601e2c831bf5";

// Manufacturer-specific data in the scan response carries the Advertisement under this company
// identifier. 0xFFFF is the Bluetooth SIG's value for tests and for devices before they have an
// assigned identifier; a production firmware registers its own (docs/decisions.md).
inline constexpr std::uint16_t kCompanyId = 0xFFFF;

// What a door tells every scanner, unauthenticated: enough for Porter to match it to one of its doors
// (never by its Bluetooth address, which macOS hides and privacy addresses change) and to say
// whether it looks like it needs a sync. Porter trusts none of it: the session's handshake proves
// who the door is, and the door's signed status says what it holds.
struct Advertisement
{
    static constexpr std::uint8_t kFormat = 1;
    static constexpr std::size_t kEncodedSize = 14;

    bool commissioned = false;
    bool installMode = false;      // the install button was pressed: ready to be commissioned
    bool faulted = false;          // its state failed to load; it refuses everything until reset
    std::uint32_t propertyId = 0;  // 0 when not commissioned
    std::uint32_t doorId = 0;      // 0 when not commissioned
    std::uint32_t listVersion = 0; // the low 32 bits of the access-list version it holds

    bool operator==(const Advertisement &) const = default;
};

// u8 format (1) | u8 flags (bit0 commissioned, bit1 install mode, bit2 faulted) |
// u32 propertyId | u32 doorId | u32 listVersion, little-endian: 14 bytes.
Bytes encodeAdvertisement(const Advertisement &a);
// Strict: exactly kEncodedSize bytes, format 1, no unknown flag bits, ids 0 exactly when not
// commissioned. Anything else is nullopt (a different device, or a newer format).
std::optional<Advertisement> decodeAdvertisement(ByteView bytes);

// What `door` advertises now (hostNow: the host clock, for the install window).
Advertisement advertisementOf(Door &door, std::int64_t hostNow);

} // namespace porter::door::ble

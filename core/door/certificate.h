#pragma once

// App credentials: a property-signed certificate binding a phone's Ed25519 key to a person, and
// the challenge-response an unlock uses (docs/door-protocol.md, "App unlock").

#include "door/bytes.h"
#include "door/phonefile.h" // the phone files a certificate travels in

#include <optional>
#include <string>
#include <string_view>

namespace porter::door {

constexpr std::size_t kChallengeSize = 32;
constexpr std::size_t kCertificateSize = 128;
// Generations count up from 1 and never wrap: Porter refuses to issue past this one.
constexpr std::uint32_t kMaxAppKeyGeneration = 0xFFFFFFFFu;

struct AppCertificate
{
    std::uint32_t propertyId = 0;
    std::uint32_t personId = 0;
    std::uint32_t appKeyGeneration = 0; // 1..2^32-1; the door accepts only the holder's current one
    Bytes phonePublicKey;               // 32 bytes, made on the phone
    std::int64_t issuedAt = 0;          // UTC unix seconds
    std::int64_t notAfter = 0;          // exclusive, door clock; must be > issuedAt
};

// Signs a certificate with the property's private key (32-byte Ed25519 seed). Empty when the
// certificate is not well formed (key size, generation 0, notAfter <= issuedAt).
Bytes issueCertificate(const AppCertificate &cert, ByteView propertySeed);
// Checks structure and the property signature; nullopt if either fails.
std::optional<AppCertificate> verifyCertificate(ByteView bytes, ByteView propertyPublicKey);
// Structure only (fuzzing, display).
std::optional<AppCertificate> decodeCertificate(ByteView bytes);

// What the phone signs for an unlock: a domain label, the door's fresh challenge, the door and
// property ids, so a response is good for one attempt at one door.
Bytes unlockMessage(ByteView challenge, std::uint32_t doorId, std::uint32_t propertyId);

// The phone side, for tests and the emulator.
class Phone
{
public:
    Phone(); // generates a key pair
    explicit Phone(ByteView seed);
    const Bytes &publicKey() const { return m_publicKey; }
    const Bytes &seed() const { return m_seed; }
    Bytes certificate;
    Bytes respond(ByteView challenge, std::uint32_t doorId, std::uint32_t propertyId) const;

private:
    Bytes m_seed;
    Bytes m_publicKey;
};

} // namespace porter::door

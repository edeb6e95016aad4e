#pragma once

// App credentials: a property-signed certificate binding a phone's Ed25519 key to a person, and
// the challenge-response an unlock uses (docs/door-protocol.md, "App unlock").

#include "bytes.h"

#include <optional>

namespace porter::door {

constexpr std::size_t kChallengeSize = 32;
constexpr std::size_t kCertificateSize = 117;

struct AppCertificate
{
    std::uint32_t propertyId = 0;
    std::uint32_t personId = 0;
    std::uint8_t appKeyGeneration = 0;
    Bytes phonePublicKey; // 32 bytes
    std::int64_t issuedAt = 0;
};

// Signs a certificate with the property's private key (32-byte Ed25519 seed).
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

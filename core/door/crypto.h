#pragma once

// Thin wrappers over OpenSSL 3 libcrypto: every primitive the door and the protocol use.
// Keys are raw bytes (32-byte Ed25519 seeds / X25519 private keys, 32-byte public keys) so they
// port to any firmware crypto library.

#include "door/bytes.h"

#include <array>
#include <optional>

namespace porter::door::crypto {

using Hash = std::array<std::uint8_t, 32>;

constexpr std::size_t kKeySize = 32;
constexpr std::size_t kSignatureSize = 64;
constexpr std::size_t kTagSize = 16;

void randomBytes(std::uint8_t *out, std::size_t n);
Bytes randomBytes(std::size_t n);

Hash sha256(ByteView data);
Hash sha256(std::initializer_list<ByteView> parts);
Hash hmacSha256(ByteView key, ByteView data);
// HKDF-SHA256 (RFC 5869) extract-and-expand.
Bytes hkdf(ByteView ikm, ByteView salt, ByteView info, std::size_t length);

// Overwrites secret bytes (OPENSSL_cleanse: not optimised away) and empties the buffer.
void wipe(Bytes &secret);

struct KeyPair
{
    KeyPair() = default;
    KeyPair(const KeyPair &) = default;
    KeyPair(KeyPair &&) = default;
    KeyPair &operator=(const KeyPair &) = default;
    KeyPair &operator=(KeyPair &&) = default;
    ~KeyPair() { wipe(seed); } // private keys do not outlive their holder in memory
    Bytes seed;                // 32-byte private key (Ed25519 seed or X25519 scalar)
    Bytes publicKey;           // 32 bytes
};

KeyPair ed25519Generate();
// Derives the public key from a 32-byte seed; empty on a bad seed.
Bytes ed25519PublicKey(ByteView seed);
// Signs with a 32-byte seed; empty on a bad seed.
Bytes ed25519Sign(ByteView seed, ByteView message);
bool ed25519Verify(ByteView publicKey, ByteView message, ByteView signature);

KeyPair x25519Generate();
// The public half of a 32-byte X25519 private key; empty on a bad key.
Bytes x25519PublicKey(ByteView privateKey);
// Shared secret; nullopt when the peer key is invalid or the result is all zeros.
std::optional<Bytes> x25519(ByteView privateKey, ByteView peerPublic);

// AES-256-GCM with a 12-byte nonce; ciphertext has the 16-byte tag appended.
Bytes aesGcmSeal(ByteView key, ByteView nonce, ByteView aad, ByteView plaintext);
std::optional<Bytes> aesGcmOpen(ByteView key, ByteView nonce, ByteView aad, ByteView sealed);

inline ByteView view(const Hash &h)
{
    return ByteView(h.data(), h.size());
}
inline Bytes toBytes(const Hash &h)
{
    return Bytes(h.begin(), h.end());
}

// Keyed HMAC-SHA256 that reuses one OpenSSL context for many short messages (doorcode rounds).
class Hmac
{
public:
    explicit Hmac(ByteView key);
    ~Hmac();
    Hmac(const Hmac &) = delete;
    Hmac &operator=(const Hmac &) = delete;
    Hash mac(ByteView data) const;

private:
    void *m_ctx = nullptr; // EVP_MAC_CTX, keyed
};

} // namespace porter::door::crypto

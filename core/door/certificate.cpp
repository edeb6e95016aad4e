#include "door/certificate.h"

#include "door/crypto.h"

#include <algorithm>

namespace porter::door {

namespace {
constexpr std::uint8_t kMagic[4] = {'P', 'A', 'C', '2'};
constexpr char kUnlockLabel[] = "porter-unlock-v1";
constexpr std::size_t kBodySize = kCertificateSize - crypto::kSignatureSize;
} // namespace

static Bytes encodeBody(const AppCertificate &c)
{
    Writer w;
    w.raw(kMagic, 4);
    w.u32(c.propertyId);
    w.u32(c.personId);
    w.u32(c.appKeyGeneration);
    w.raw(c.phonePublicKey);
    w.i64(c.issuedAt);
    w.i64(c.notAfter);
    return w.take();
}

static bool wellFormed(const AppCertificate &c)
{
    return c.phonePublicKey.size() == crypto::kKeySize && c.appKeyGeneration != 0 && c.notAfter > c.issuedAt;
}

Bytes issueCertificate(const AppCertificate &cert, ByteView propertySeed)
{
    if (!wellFormed(cert))
        return {};
    Bytes out = encodeBody(cert);
    const Bytes sig = crypto::ed25519Sign(propertySeed, out);
    out.insert(out.end(), sig.begin(), sig.end());
    return out;
}

std::optional<AppCertificate> decodeCertificate(ByteView bytes)
{
    if (bytes.size() != kCertificateSize)
        return std::nullopt;
    Reader r(bytes.first(kBodySize));
    const ByteView magic = r.raw(4);
    AppCertificate c;
    c.propertyId = r.u32();
    c.personId = r.u32();
    c.appKeyGeneration = r.u32();
    c.phonePublicKey = r.rawCopy(crypto::kKeySize);
    c.issuedAt = r.i64();
    c.notAfter = r.i64();
    if (!r.atEnd() || !std::equal(magic.begin(), magic.end(), kMagic) || !wellFormed(c))
        return std::nullopt;
    return c;
}

std::optional<AppCertificate> verifyCertificate(ByteView bytes, ByteView propertyPublicKey)
{
    auto c = decodeCertificate(bytes);
    if (!c || !crypto::ed25519Verify(propertyPublicKey, bytes.first(kBodySize), bytes.subspan(kBodySize)))
        return std::nullopt;
    return c;
}

Bytes unlockMessage(ByteView challenge, std::uint32_t doorId, std::uint32_t propertyId)
{
    Writer w;
    w.raw(reinterpret_cast<const std::uint8_t *>(kUnlockLabel), sizeof kUnlockLabel - 1);
    w.raw(challenge);
    w.u32(doorId);
    w.u32(propertyId);
    return w.take();
}

Phone::Phone()
{
    const crypto::KeyPair kp = crypto::ed25519Generate();
    m_seed = kp.seed;
    m_publicKey = kp.publicKey;
}

Phone::Phone(ByteView seed)
    : m_seed(seed.begin(), seed.end())
    , m_publicKey(crypto::ed25519PublicKey(seed))
{}

Bytes Phone::respond(ByteView challenge, std::uint32_t doorId, std::uint32_t propertyId) const
{
    return crypto::ed25519Sign(m_seed, unlockMessage(challenge, doorId, propertyId));
}

} // namespace porter::door

#include "door/crypto.h"

#include <cstdlib>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

namespace porter::door::crypto {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX *p) const { EVP_CIPHER_CTX_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

KeyPair generate(int type)
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_id(type, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        std::abort(); // no entropy or a broken libcrypto: nothing sensible can continue
    PkeyPtr key(raw);
    KeyPair kp;
    kp.seed.resize(kKeySize);
    kp.publicKey.resize(kKeySize);
    std::size_t n = kKeySize;
    EVP_PKEY_get_raw_private_key(key.get(), kp.seed.data(), &n);
    n = kKeySize;
    EVP_PKEY_get_raw_public_key(key.get(), kp.publicKey.data(), &n);
    return kp;
}

} // namespace

void randomBytes(std::uint8_t *out, std::size_t n)
{
    if (n && RAND_bytes(out, static_cast<int>(n)) != 1)
        std::abort();
}

Bytes randomBytes(std::size_t n)
{
    Bytes b(n);
    randomBytes(b.data(), n);
    return b;
}

void wipe(Bytes &secret)
{
    if (!secret.empty())
        OPENSSL_cleanse(secret.data(), secret.size());
    secret.clear();
}

Hash sha256(ByteView data)
{
    return sha256({data});
}

Hash sha256(std::initializer_list<ByteView> parts)
{
    Hash h{};
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr);
    for (ByteView p : parts)
        EVP_DigestUpdate(ctx.get(), p.data(), p.size());
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx.get(), h.data(), &len);
    return h;
}

Hash hmacSha256(ByteView key, ByteView data)
{
    return Hmac(key).mac(data);
}

Bytes hkdf(ByteView ikm, ByteView salt, ByteView info, std::size_t length)
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    Bytes out(length);
    std::size_t outLen = length;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), salt.data(), static_cast<int>(salt.size())) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), ikm.data(), static_cast<int>(ikm.size())) != 1 ||
        EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), info.data(), static_cast<int>(info.size())) != 1 ||
        EVP_PKEY_derive(ctx.get(), out.data(), &outLen) != 1)
        std::abort();
    return out;
}

KeyPair ed25519Generate()
{
    return generate(EVP_PKEY_ED25519);
}

namespace {
Bytes rawPublicKey(int type, ByteView seed)
{
    if (seed.size() != kKeySize)
        return {};
    PkeyPtr key(EVP_PKEY_new_raw_private_key(type, nullptr, seed.data(), seed.size()));
    if (!key)
        return {};
    Bytes pub(kKeySize);
    std::size_t n = kKeySize;
    if (EVP_PKEY_get_raw_public_key(key.get(), pub.data(), &n) != 1 || n != kKeySize)
        return {};
    return pub;
}
} // namespace

Bytes ed25519PublicKey(ByteView seed)
{
    return rawPublicKey(EVP_PKEY_ED25519, seed);
}

Bytes x25519PublicKey(ByteView privateKey)
{
    return rawPublicKey(EVP_PKEY_X25519, privateKey);
}

Bytes ed25519Sign(ByteView seed, ByteView message)
{
    if (seed.size() != kKeySize)
        return {};
    PkeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size()));
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    Bytes sig(kSignatureSize);
    std::size_t n = sig.size();
    if (!key || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), sig.data(), &n, message.data(), message.size()) != 1)
        return {};
    return sig;
}

bool ed25519Verify(ByteView publicKey, ByteView message, ByteView signature)
{
    if (publicKey.size() != kKeySize || signature.size() != kSignatureSize)
        return false;
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, publicKey.data(), publicKey.size()));
    if (!key)
        return false;
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    return EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), signature.data(), signature.size(), message.data(), message.size()) ==
               1;
}

KeyPair x25519Generate()
{
    return generate(EVP_PKEY_X25519);
}

std::optional<Bytes> x25519(ByteView privateKey, ByteView peerPublic)
{
    if (privateKey.size() != kKeySize || peerPublic.size() != kKeySize)
        return std::nullopt;
    PkeyPtr priv(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, privateKey.data(), privateKey.size()));
    PkeyPtr peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, peerPublic.data(), peerPublic.size()));
    if (!priv || !peer)
        return std::nullopt;
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new(priv.get(), nullptr));
    Bytes out(kKeySize);
    std::size_t n = out.size();
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), out.data(), &n) != 1 || n != kKeySize)
        return std::nullopt;
    std::uint8_t acc = 0;
    for (std::uint8_t b : out)
        acc |= b;
    if (acc == 0) // small-order peer point
        return std::nullopt;
    return out;
}

Bytes aesGcmSeal(ByteView key, ByteView nonce, ByteView aad, ByteView plaintext)
{
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    Bytes out(plaintext.size() + kTagSize);
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) !=
            1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce.data()) != 1 ||
        (!aad.empty() &&
         EVP_EncryptUpdate(ctx.get(), nullptr, &len, aad.data(), static_cast<int>(aad.size())) != 1) ||
        EVP_EncryptUpdate(ctx.get(), out.data(), &len, plaintext.data(),
                          static_cast<int>(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), out.data() + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, out.data() + plaintext.size()) != 1)
        std::abort();
    return out;
}

std::optional<Bytes> aesGcmOpen(ByteView key, ByteView nonce, ByteView aad, ByteView sealed)
{
    if (sealed.size() < kTagSize)
        return std::nullopt;
    const std::size_t n = sealed.size() - kTagSize;
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    Bytes out(n);
    Bytes tag(sealed.begin() + static_cast<std::ptrdiff_t>(n), sealed.end());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) !=
            1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce.data()) != 1)
        return std::nullopt;
    if (!aad.empty() &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, aad.data(), static_cast<int>(aad.size())) != 1)
        return std::nullopt;
    if (n && EVP_DecryptUpdate(ctx.get(), out.data(), &len, sealed.data(), static_cast<int>(n)) != 1)
        return std::nullopt;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1)
        return std::nullopt;
    if (EVP_DecryptFinal_ex(ctx.get(), out.data() + n, &len) != 1)
        return std::nullopt;
    return out;
}

Hmac::Hmac(ByteView key)
{
    EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX *ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
    EVP_MAC_free(mac);
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                           OSSL_PARAM_construct_end()};
    if (!ctx || EVP_MAC_init(ctx, key.data(), key.size(), params) != 1)
        std::abort();
    m_ctx = ctx;
}

Hmac::~Hmac()
{
    EVP_MAC_CTX_free(static_cast<EVP_MAC_CTX *>(m_ctx));
}

Hash Hmac::mac(ByteView data) const
{
    Hash h{};
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_dup(static_cast<EVP_MAC_CTX *>(m_ctx));
    std::size_t n = 0;
    if (!ctx || EVP_MAC_update(ctx, data.data(), data.size()) != 1 ||
        EVP_MAC_final(ctx, h.data(), &n, h.size()) != 1)
        std::abort();
    EVP_MAC_CTX_free(ctx);
    return h;
}

} // namespace porter::door::crypto

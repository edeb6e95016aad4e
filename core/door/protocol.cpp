#include "door/protocol.h"

#include "door/crypto.h"

#include <algorithm>

namespace porter::door::protocol {

namespace {
constexpr char kDoorLabel[] = "porter-door-hs-v2/door";
constexpr char kLaptopLabel[] = "porter-door-hs-v2/laptop";
constexpr char kKeyLabel[] = "porter-door-keys-v2";
constexpr char kCommitLabel[] = "porter-pair-commit-v2";
constexpr char kCodeLabel[] = "porter-pair-code-v2";
constexpr char kKitCertificateMagic[] = "PKC1";
constexpr std::uint8_t kKitCertificateFormat = 1;
constexpr char kKitCertificateLabel[] = "porter-kit-cert-v1";
constexpr char kKitTranscriptLabel[] = "porter-door-hs-v3/kit";
constexpr char kKitChainLabel[] = "porter-kit-chain-v1";
constexpr char kKitReceiptLabel[] = "porter-kit-receipt-v1";

ByteView label(const char *s, std::size_t n)
{
    return ByteView(reinterpret_cast<const std::uint8_t *>(s), n - 1);
}

Hash readHash(Reader &r)
{
    Hash h{};
    const ByteView v = r.raw(32);
    if (v.size() == 32)
        std::copy(v.begin(), v.end(), h.begin());
    return h;
}
} // namespace

std::vector<Bytes> fragment(ByteView message, std::size_t linkPayload)
{
    const std::size_t room = std::min(linkPayload, kMaxLinkPayload) - kFragmentHeaderSize;
    std::vector<Bytes> out;
    std::size_t pos = 0;
    do {
        const std::size_t n = std::min(room, message.size() - pos);
        Bytes f;
        f.reserve(n + kFragmentHeaderSize);
        std::uint8_t flags = 0;
        if (pos == 0)
            flags |= First;
        if (pos + n == message.size())
            flags |= Last;
        f.push_back(flags);
        f.push_back(static_cast<std::uint8_t>(n));
        f.insert(f.end(), message.begin() + static_cast<std::ptrdiff_t>(pos),
                 message.begin() + static_cast<std::ptrdiff_t>(pos + n));
        out.push_back(std::move(f));
        pos += n;
    } while (pos < message.size());
    return out;
}

bool Reassembler::push(ByteView bytes)
{
    m_pending.insert(m_pending.end(), bytes.begin(), bytes.end());
    std::size_t pos = 0;
    bool ok = true;
    while (m_pending.size() - pos >= kFragmentHeaderSize) {
        const std::uint8_t flags = m_pending[pos];
        const std::size_t len = m_pending[pos + 1];
        if ((flags & ~(First | Last)) || len == 0 || len + kFragmentHeaderSize > m_linkPayload) {
            ok = false;
            break;
        }
        if (m_pending.size() - pos < kFragmentHeaderSize + len)
            break;
        if (flags & First) {
            if (m_inMessage) {
                ok = false;
                break;
            }
            m_inMessage = true;
            m_message.clear();
        } else if (!m_inMessage) {
            ok = false;
            break;
        }
        m_message.insert(m_message.end(), m_pending.begin() + static_cast<std::ptrdiff_t>(pos + 2),
                         m_pending.begin() + static_cast<std::ptrdiff_t>(pos + 2 + len));
        pos += kFragmentHeaderSize + len;
        if (m_message.size() > m_maxMessage) {
            ok = false;
            break;
        }
        if (flags & Last) {
            m_ready.push_back(std::move(m_message));
            m_message.clear();
            m_inMessage = false;
        }
    }
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(pos));
    return ok;
}

Bytes Reassembler::popMessage()
{
    Bytes m = std::move(m_ready.front());
    m_ready.pop_front();
    return m;
}

// --- Handshake ------------------------------------------------------------------------------

Bytes encode(const ClientHello &m)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(MessageType::ClientHello));
    w.u8(m.version);
    w.u32(m.propertyId);
    w.u32(m.doorId);
    w.raw(m.ephemeral);
    w.raw(m.nonce);
    w.u32(m.receiveWindow);
    return w.take();
}

std::optional<ClientHello> decodeClientHello(ByteView b)
{
    Reader r(b);
    ClientHello m;
    if (r.u8() != static_cast<std::uint8_t>(MessageType::ClientHello))
        return std::nullopt;
    m.version = r.u8();
    m.propertyId = r.u32();
    m.doorId = r.u32();
    m.ephemeral = r.rawCopy(32);
    m.nonce = r.rawCopy(kNonceSize);
    m.receiveWindow = r.u32();
    if (!r.atEnd())
        return std::nullopt;
    return m;
}

Bytes encodeUnsigned(const DoorHello &m)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(MessageType::DoorHello));
    w.u8(m.version);
    w.raw(m.ephemeral);
    w.raw(m.nonce);
    w.u32(m.receiveWindow);
    return w.take();
}

Bytes encode(const DoorHello &m)
{
    Bytes b = encodeUnsigned(m);
    b.insert(b.end(), m.signature.begin(), m.signature.end());
    return b;
}

std::optional<DoorHello> decodeDoorHello(ByteView b)
{
    Reader r(b);
    DoorHello m;
    if (r.u8() != static_cast<std::uint8_t>(MessageType::DoorHello))
        return std::nullopt;
    m.version = r.u8();
    m.ephemeral = r.rawCopy(32);
    m.nonce = r.rawCopy(kNonceSize);
    m.receiveWindow = r.u32();
    m.signature = r.rawCopy(crypto::kSignatureSize);
    if (!r.atEnd())
        return std::nullopt;
    return m;
}

Bytes encodeClientAuth(ByteView signature)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(MessageType::ClientAuth));
    w.raw(signature);
    return w.take();
}

std::optional<Bytes> decodeClientAuth(ByteView b)
{
    Reader r(b);
    if (r.u8() != static_cast<std::uint8_t>(MessageType::ClientAuth))
        return std::nullopt;
    Bytes sig = r.rawCopy(crypto::kSignatureSize);
    if (!r.atEnd())
        return std::nullopt;
    return sig;
}

// --- Field kits -----------------------------------------------------------------------------

Bytes kitCertificateSignedPart(const KitCertificate &c)
{
    Writer w;
    w.raw(label(kKitCertificateMagic, sizeof kKitCertificateMagic));
    w.u8(kKitCertificateFormat);
    w.u32(c.propertyId);
    w.u32(c.doorId);
    w.i64(c.notBefore);
    w.i64(c.notAfter);
    w.u64(c.listVersion);
    w.raw(c.kitPublicKey);
    return w.take();
}

Bytes encode(const KitCertificate &c)
{
    Bytes b = kitCertificateSignedPart(c);
    b.insert(b.end(), c.signature.begin(), c.signature.end());
    return b;
}

std::optional<KitCertificate> decodeKitCertificate(ByteView b)
{
    Reader r(b);
    const Bytes magic = r.rawCopy(4);
    if (!r.ok() || !std::equal(magic.begin(), magic.end(), kKitCertificateMagic))
        return std::nullopt;
    if (r.u8() != kKitCertificateFormat)
        return std::nullopt;
    KitCertificate c;
    c.propertyId = r.u32();
    c.doorId = r.u32();
    c.notBefore = r.i64();
    c.notAfter = r.i64();
    c.listVersion = r.u64();
    c.kitPublicKey = r.rawCopy(32);
    c.signature = r.rawCopy(crypto::kSignatureSize);
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    return c;
}

namespace {
Bytes certificateMessage(const KitCertificate &c)
{
    Writer w;
    w.raw(label(kKitCertificateLabel, sizeof kKitCertificateLabel));
    w.raw(kitCertificateSignedPart(c));
    return w.take();
}
} // namespace

KitCertificate makeKitCertificate(std::uint32_t propertyId, std::uint32_t doorId, std::int64_t notBefore,
                                  std::int64_t notAfter, std::uint64_t listVersion, ByteView kitPublicKey,
                                  ByteView propertySeed)
{
    KitCertificate c;
    c.listVersion = listVersion;
    c.propertyId = propertyId;
    c.doorId = doorId;
    c.notBefore = notBefore;
    c.notAfter = notAfter;
    c.kitPublicKey.assign(kitPublicKey.begin(), kitPublicKey.end());
    c.signature = crypto::ed25519Sign(propertySeed, certificateMessage(c));
    return c;
}

bool verifyKitCertificate(const KitCertificate &c, ByteView propertyPublicKey)
{
    if (c.kitPublicKey.size() != 32 || c.signature.size() != crypto::kSignatureSize)
        return false;
    // notBefore >= 0 and notAfter > notBefore: the difference cannot overflow (nor can the door's
    // notBefore - tolerance).
    if (c.notBefore < 0 || c.notAfter <= c.notBefore || c.notAfter - c.notBefore > kMaxKitValiditySeconds)
        return false;
    return crypto::ed25519Verify(propertyPublicKey, certificateMessage(c), c.signature);
}

Bytes encode(const KitAuth &m)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(MessageType::KitAuth));
    w.raw(encode(m.certificate));
    w.raw(m.signature);
    return w.take();
}

std::optional<KitAuth> decodeKitAuth(ByteView b)
{
    if (b.size() != 1 + kKitCertificateSize + crypto::kSignatureSize ||
        b[0] != static_cast<std::uint8_t>(MessageType::KitAuth))
        return std::nullopt;
    auto certificate = decodeKitCertificate(b.subspan(1, kKitCertificateSize));
    if (!certificate)
        return std::nullopt;
    KitAuth m;
    m.certificate = std::move(*certificate);
    const ByteView sig = b.subspan(1 + kKitCertificateSize);
    m.signature.assign(sig.begin(), sig.end());
    return m;
}

Bytes kitSignedTranscript(ByteView clientHello, ByteView doorHello)
{
    Writer w;
    w.raw(label(kKitTranscriptLabel, sizeof kKitTranscriptLabel));
    w.blob(clientHello);
    w.blob(doorHello);
    return w.take();
}

crypto::Hash kitReceiptChainStart(ByteView clientHello, ByteView doorHello)
{
    Writer w;
    w.raw(label(kKitChainLabel, sizeof kKitChainLabel));
    w.blob(clientHello);
    w.blob(doorHello);
    return crypto::sha256(w.take());
}

crypto::Hash kitReceiptChainNext(const crypto::Hash &chain, ByteView record)
{
    return crypto::sha256({crypto::view(chain), record});
}

Bytes kitReceiptMessage(const crypto::Hash &chain, ByteView done)
{
    Writer w;
    w.raw(label(kKitReceiptLabel, sizeof kKitReceiptLabel));
    w.raw(crypto::view(chain));
    w.blob(done);
    return w.take();
}

Bytes encodeWithoutCommitment(const CommissionHello &m)
{
    Bytes b = encode(m.hello);
    b[0] = static_cast<std::uint8_t>(MessageType::CommissionHello);
    b.insert(b.end(), m.propertyPublicKey.begin(), m.propertyPublicKey.end());
    return b;
}

Bytes encode(const CommissionHello &m)
{
    Bytes b = encodeWithoutCommitment(m);
    b.insert(b.end(), m.commitment.begin(), m.commitment.end());
    return b;
}

std::optional<CommissionHello> decodeCommissionHello(ByteView b)
{
    if (b.size() != 62 + 32 + kPairingCommitmentSize ||
        b[0] != static_cast<std::uint8_t>(MessageType::CommissionHello))
        return std::nullopt;
    Bytes head(b.begin(), b.begin() + 62);
    head[0] = static_cast<std::uint8_t>(MessageType::ClientHello);
    auto hello = decodeClientHello(head);
    if (!hello)
        return std::nullopt;
    return CommissionHello{*hello, Bytes(b.begin() + 62, b.begin() + 94), Bytes(b.begin() + 94, b.end())};
}

Bytes pairingCommitment(ByteView laptopNonce, ByteView helloWithoutCommitment)
{
    Writer w;
    w.raw(label(kCommitLabel, sizeof kCommitLabel));
    w.blob(laptopNonce);
    w.blob(helloWithoutCommitment);
    const crypto::Hash h = crypto::sha256(w.take());
    return Bytes(h.begin(), h.end());
}

Bytes encodePairingReveal(ByteView laptopNonce)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(MessageType::PairingReveal));
    w.raw(laptopNonce);
    return w.take();
}

std::optional<Bytes> decodePairingReveal(ByteView b)
{
    if (b.size() != 1 + kNonceSize || b[0] != static_cast<std::uint8_t>(MessageType::PairingReveal))
        return std::nullopt;
    return Bytes(b.begin() + 1, b.end());
}

std::string pairingCode(ByteView commissionHello, ByteView commissionReply, ByteView laptopNonce)
{
    Writer w;
    w.raw(label(kCodeLabel, sizeof kCodeLabel));
    w.blob(commissionHello);
    w.blob(commissionReply);
    w.blob(laptopNonce);
    const crypto::Hash h = crypto::sha256(w.take());
    // 64 bits reduced mod 10^6: the bias is below 2^-44, so each code has probability 10^-6.
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = v << 8 | h[static_cast<std::size_t>(i)];
    const std::string s = std::to_string(v % 1000000u);
    return std::string(static_cast<std::size_t>(kPairingCodeDigits) - s.size(), '0') + s;
}

std::string identityFingerprint(ByteView identityPublicKey)
{
    const crypto::Hash h = crypto::sha256(identityPublicKey);
    const std::string hex = toHex(ByteView(h.data(), 32));
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 4) {
        if (!out.empty())
            out += ' ';
        out += hex.substr(i, 4);
    }
    return out;
}

Bytes encodeUnsigned(const CommissionReply &m)
{
    Bytes b = encodeUnsigned(m.hello);
    b[0] = static_cast<std::uint8_t>(MessageType::CommissionReply);
    b.insert(b.end(), m.identityPublicKey.begin(), m.identityPublicKey.end());
    return b;
}

Bytes encode(const CommissionReply &m)
{
    Bytes b = encodeUnsigned(m);
    b.insert(b.end(), m.hello.signature.begin(), m.hello.signature.end());
    return b;
}

std::optional<CommissionReply> decodeCommissionReply(ByteView b)
{
    // type, version, eph 32, nonce 16, window 4 | identity 32 | signature 64
    constexpr std::size_t head = 1 + 1 + 32 + kNonceSize + 4;
    if (b.size() != head + 32 + crypto::kSignatureSize ||
        b[0] != static_cast<std::uint8_t>(MessageType::CommissionReply))
        return std::nullopt;
    Bytes plain(b.begin(), b.begin() + head);
    plain[0] = static_cast<std::uint8_t>(MessageType::DoorHello);
    plain.insert(plain.end(), b.begin() + head + 32, b.end());
    auto hello = decodeDoorHello(plain);
    if (!hello)
        return std::nullopt;
    return CommissionReply{*hello, Bytes(b.begin() + head, b.begin() + head + 32)};
}

Bytes encodeRefuse(RefuseCode code)
{
    return Bytes{static_cast<std::uint8_t>(MessageType::Refuse), static_cast<std::uint8_t>(code)};
}

std::optional<RefuseCode> decodeRefuse(ByteView b)
{
    if (b.size() != 2 || b[0] != static_cast<std::uint8_t>(MessageType::Refuse) || b[1] < 1 || b[1] > 7)
        return std::nullopt;
    return static_cast<RefuseCode>(b[1]);
}

Bytes doorSignedTranscript(ByteView clientHello, ByteView doorHelloUnsigned)
{
    Writer w;
    w.raw(label(kDoorLabel, sizeof kDoorLabel));
    w.blob(clientHello);
    w.blob(doorHelloUnsigned);
    return w.take();
}

Bytes clientSignedTranscript(ByteView clientHello, ByteView doorHello)
{
    Writer w;
    w.raw(label(kLaptopLabel, sizeof kLaptopLabel));
    w.blob(clientHello);
    w.blob(doorHello);
    return w.take();
}

SessionKeys deriveKeys(ByteView shared, ByteView clientHello, ByteView doorHello)
{
    const crypto::Hash th = crypto::sha256({clientHello, doorHello});
    const Bytes okm = crypto::hkdf(shared, crypto::view(th), label(kKeyLabel, sizeof kKeyLabel), 88);
    SessionKeys k;
    k.laptopToDoorKey.assign(okm.begin(), okm.begin() + 32);
    k.doorToLaptopKey.assign(okm.begin() + 32, okm.begin() + 64);
    k.laptopToDoorIv.assign(okm.begin() + 64, okm.begin() + 76);
    k.doorToLaptopIv.assign(okm.begin() + 76, okm.begin() + 88);
    return k;
}

Bytes RecordCipher::nonce() const
{
    Bytes n = m_iv;
    for (int i = 0; i < 8; ++i)
        n[4 + static_cast<std::size_t>(i)] ^= static_cast<std::uint8_t>(m_counter >> (56 - 8 * i));
    return n;
}

Bytes RecordCipher::seal(ByteView plaintext)
{
    Bytes out = crypto::aesGcmSeal(m_key, nonce(), {}, plaintext);
    ++m_counter;
    return out;
}

std::optional<Bytes> RecordCipher::open(ByteView record)
{
    auto out = crypto::aesGcmOpen(m_key, nonce(), {}, record);
    if (out)
        ++m_counter;
    return out;
}

// --- Signing key steps ---------------------------------------------------------------------

Bytes encode(const KeyStep &step)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(MessageType::KeyStep));
    w.u32(step.epoch);
    w.raw(step.publicKey);
    w.raw(step.signature);
    return w.take();
}

std::optional<KeyStep> decodeKeyStep(ByteView b)
{
    if (b.size() != kKeyStepMessageSize)
        return std::nullopt;
    Reader r(b);
    if (r.u8() != static_cast<std::uint8_t>(MessageType::KeyStep))
        return std::nullopt;
    KeyStep step;
    step.epoch = r.u32();
    step.publicKey = r.rawCopy(32);
    step.signature = r.rawCopy(crypto::kSignatureSize);
    if (!r.atEnd() || step.epoch < 2)
        return std::nullopt;
    return step;
}

// --- Record messages ------------------------------------------------------------------------

Bytes encodeStatus(const DoorStatus &s)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(MessageType::Status));
    w.u32(s.propertyId);
    w.u32(s.doorId);
    w.u64(s.version);
    w.raw(s.hash);
    w.u64(s.staged.newVersion);
    w.raw(s.staged.newHash);
    w.u32(s.staged.totalLength);
    w.u32(s.staged.have);
    w.u8(s.batteryPercent);
    w.str(s.firmware);
    w.i64(s.doorClock);
    w.varint(s.activityFirstSeq);
    w.varint(s.activityNextSeq);
    w.varint(s.lostEntries);
    w.svarint(s.lastDriftSeconds);
    w.u32(s.doorcodeEpoch);
    w.u32(s.signingKeyEpoch);
    return w.take();
}

std::optional<DoorStatus> decodeStatus(ByteView b)
{
    Reader r(b);
    if (r.u8() != static_cast<std::uint8_t>(MessageType::Status))
        return std::nullopt;
    DoorStatus s;
    s.commissioned = true;
    s.propertyId = r.u32();
    s.doorId = r.u32();
    s.version = r.u64();
    s.hash = readHash(r);
    s.staged.newVersion = r.u64();
    s.staged.newHash = readHash(r);
    s.staged.totalLength = r.u32();
    s.staged.have = r.u32();
    s.batteryPercent = r.u8();
    s.firmware = r.str(255);
    s.doorClock = r.i64();
    s.activityFirstSeq = r.varint();
    s.activityNextSeq = r.varint();
    s.lostEntries = r.varint();
    s.lastDriftSeconds = r.svarint();
    s.doorcodeEpoch = r.u32();
    // A door from before signing-key rotation ends here: it holds the first key.
    s.signingKeyEpoch = r.atEnd() ? 1 : r.u32();
    if (!r.atEnd() || s.activityFirstSeq > s.activityNextSeq || s.staged.have > s.staged.totalLength ||
        s.doorcodeEpoch == 0 || s.signingKeyEpoch == 0)
        return std::nullopt;
    return s;
}

Bytes encode(const DoorcodeSecret &m)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(MessageType::DoorcodeSecret));
    w.u32(m.epoch);
    w.raw(m.secret);
    w.raw(m.signature);
    return w.take();
}

std::optional<DoorcodeSecret> decodeDoorcodeSecret(ByteView b)
{
    Reader r(b);
    if (r.u8() != static_cast<std::uint8_t>(MessageType::DoorcodeSecret))
        return std::nullopt;
    DoorcodeSecret m;
    m.epoch = r.u32();
    m.secret = r.rawCopy(32);
    m.signature = r.rawCopy(crypto::kSignatureSize);
    if (!r.atEnd() || m.epoch == 0)
        return std::nullopt;
    return m;
}

Bytes encode(const DoorcodeEpoch &m)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(MessageType::DoorcodeEpoch));
    w.u32(m.epoch);
    w.u8(static_cast<std::uint8_t>(m.error));
    return w.take();
}

std::optional<DoorcodeEpoch> decodeDoorcodeEpoch(ByteView b)
{
    Reader r(b);
    if (r.u8() != static_cast<std::uint8_t>(MessageType::DoorcodeEpoch))
        return std::nullopt;
    DoorcodeEpoch m;
    m.epoch = r.u32();
    const std::uint8_t e = r.u8();
    if (!r.atEnd() || m.epoch == 0 || e > static_cast<std::uint8_t>(UpdateError::NotCommissioned))
        return std::nullopt;
    m.error = static_cast<UpdateError>(e);
    return m;
}

Bytes encodeActivityBatch(const std::vector<ActivityEntry> &entries)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(MessageType::ActivityBatch));
    w.varint(entries.size());
    std::uint64_t prevSeq = 0;
    std::int64_t prev = 0;
    for (const ActivityEntry &e : entries) {
        // Seqs ascend but may skip: a full ring drops failures from the middle (docs/door-protocol.md).
        w.varint(e.seq - prevSeq);
        prevSeq = e.seq;
        w.svarint(
            static_cast<std::int64_t>(static_cast<std::uint64_t>(e.time) - static_cast<std::uint64_t>(prev)));
        prev = e.time;
        w.varint(e.personSlot());
        w.u8(static_cast<std::uint8_t>(e.kind));
        w.u8(e.reasonSlot());
    }
    return w.take();
}

std::optional<std::vector<ActivityEntry>> decodeActivityBatch(ByteView b)
{
    Reader r(b);
    if (r.u8() != static_cast<std::uint8_t>(MessageType::ActivityBatch))
        return std::nullopt;
    const std::uint64_t n = r.varint();
    if (n > kActivityBatchMax || r.failed())
        return std::nullopt;
    std::vector<ActivityEntry> out;
    out.reserve(static_cast<std::size_t>(n));
    std::uint64_t seq = 0;
    std::int64_t prev = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint64_t step = r.varint();
        if (step == 0 || seq + step < seq)
            return std::nullopt; // strictly ascending, no wrap
        seq += step;
        const std::int64_t time = static_cast<std::int64_t>(static_cast<std::uint64_t>(prev) +
                                                            static_cast<std::uint64_t>(r.svarint()));
        prev = time;
        const std::uint32_t person = r.varint32();
        const std::uint8_t kind = r.u8();
        const std::uint8_t reason = r.u8();
        const auto e = ActivityEntry::fromSlots(seq, time, person, kind, reason);
        if (r.failed() || !e)
            return std::nullopt;
        out.push_back(*e);
    }
    if (!r.atEnd())
        return std::nullopt;
    return out;
}

Bytes encode(const UpdateBegin &m)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(MessageType::UpdateBegin));
    w.u64(m.newVersion);
    w.raw(m.newHash);
    w.u32(m.totalLength);
    w.u32(m.offset);
    return w.take();
}

std::optional<UpdateBegin> decodeUpdateBegin(ByteView b)
{
    Reader r(b);
    if (r.u8() != static_cast<std::uint8_t>(MessageType::UpdateBegin))
        return std::nullopt;
    UpdateBegin m;
    m.newVersion = r.u64();
    m.newHash = readHash(r);
    m.totalLength = r.u32();
    m.offset = r.u32();
    if (!r.atEnd() || m.offset > m.totalLength)
        return std::nullopt;
    return m;
}

Bytes encodeVersionAck(MessageType type, const VersionAck &m)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(type));
    w.u64(m.version);
    w.raw(m.hash);
    if (type == MessageType::Done)
        w.varint(m.activityFirstSeq);
    return w.take();
}

std::optional<VersionAck> decodeVersionAck(MessageType type, ByteView b)
{
    Reader r(b);
    if (r.u8() != static_cast<std::uint8_t>(type))
        return std::nullopt;
    VersionAck m;
    m.version = r.u64();
    m.hash = readHash(r);
    if (type == MessageType::Done)
        m.activityFirstSeq = r.varint();
    if (!r.atEnd())
        return std::nullopt;
    return m;
}

bool decodeAnyRecordMessage(ByteView b)
{
    if (b.empty())
        return false;
    switch (static_cast<MessageType>(b[0])) {
    case MessageType::Status:
        return decodeStatus(b).has_value();
    case MessageType::ActivityBatch:
        return decodeActivityBatch(b).has_value();
    case MessageType::Applied:
    case MessageType::Done:
        return decodeVersionAck(static_cast<MessageType>(b[0]), b).has_value();
    case MessageType::UpdateBegin:
        return decodeUpdateBegin(b).has_value();
    case MessageType::ClockRefused:
        return b.size() == 9;
    case MessageType::DoorcodeSecret:
        return decodeDoorcodeSecret(b).has_value();
    case MessageType::DoorcodeEpoch:
        return decodeDoorcodeEpoch(b).has_value();
    default:
        return false;
    }
}

} // namespace porter::door::protocol

#pragma once

// Wire formats of the door protocol: fragments, handshake messages and the messages carried in
// encrypted records. docs/door-protocol.md describes every byte; session.h runs them.

#include "door/crypto.h"
#include "door/door.h"

#include <deque>

namespace porter::door::protocol {

constexpr std::uint8_t kProtocolVersion = 2;
// Version 3 is the field kit's delegated session (docs/door-protocol.md, "Field kit sessions"): the
// same handshake, authenticated by a kit key the property key certified for this door and a few days.
// A door speaks both; Porter's own syncs stay on version 2.
constexpr std::uint8_t kKitProtocolVersion = 3;
constexpr std::size_t kFragmentHeaderSize = 2;
constexpr std::size_t kMinLinkPayload = 20;  // ATT MTU 23 - 3
constexpr std::size_t kMaxLinkPayload = 257; // 255 bytes of fragment payload + header
constexpr std::size_t kMaxMessageSize = 8192;
constexpr std::size_t kUpdateChunkSize = 2048;
constexpr std::size_t kActivityBatchMax = 200;
constexpr std::uint32_t kDoorReceiveWindow = 8192;
constexpr std::uint32_t kLaptopReceiveWindow = 16384;
constexpr std::size_t kNonceSize = 16;
// Before the session is authenticated a door reads little: no handshake message is larger than
// this, and a peer that sends more than kMaxPreAuthBytes before ClientAuth verifies is cut off
// (docs/door-protocol.md, "Handshake limits").
constexpr std::size_t kMaxHandshakeMessage = 200; // KitAuth: 1 + 133 certificate + 64 signature
// The hellos, the auth and kMaxKeySteps key steps, each fragmented at the smallest link payload.
constexpr std::size_t kMaxPreAuthBytes = 3072;
constexpr std::size_t kKeyStepMessageSize = 1 + 4 + 32 + 64;
constexpr std::size_t kPairingCommitmentSize = 32;
constexpr int kPairingCodeDigits = 6;

enum FragmentFlags : std::uint8_t
{
    First = 0x01,
    Last = 0x02
};

// Splits a message into fragments of at most linkPayload bytes: [flags][length][bytes].
std::vector<Bytes> fragment(ByteView message, std::size_t linkPayload);

// Reassembles messages from any chunking of the fragment stream (BLE writes or a TCP stream).
class Reassembler
{
public:
    explicit Reassembler(std::size_t linkPayload)
        : m_linkPayload(linkPayload)
    {}
    // Returns false on a framing violation (the session must fail).
    bool push(ByteView bytes);
    // The largest message accepted (kMaxMessageSize unless lowered, e.g. before authentication).
    void setMaxMessage(std::size_t max) { m_maxMessage = max; }
    bool hasMessage() const { return !m_ready.empty(); }
    Bytes popMessage();

private:
    std::size_t m_linkPayload;
    std::size_t m_maxMessage = kMaxMessageSize;
    Bytes m_pending; // bytes of an incomplete fragment
    Bytes m_message;
    bool m_inMessage = false;
    std::deque<Bytes> m_ready;
};

// --- Handshake (plaintext, authenticated by signatures over the transcript) ---

enum class MessageType : std::uint8_t
{
    ClientHello = 0x01,
    DoorHello = 0x02,
    ClientAuth = 0x03,
    CommissionHello = 0x04,
    CommissionReply = 0x05,
    PairingReveal = 0x06,
    KitAuth = 0x07,
    KeyStep = 0x08, // before ClientAuth or KitAuth: a step of the property's signing key (door.h)
    Refuse = 0x0F,
    Status = 0x10,
    ActivityBatch = 0x11,
    Applied = 0x12,
    UpdateRejected = 0x13,
    Done = 0x14,
    Commissioned = 0x15,
    DoorcodeEpoch = 0x16,
    ClockRefused = 0x17,
    KitReceipt = 0x18, // kit sessions: the door's signature over what it said (kitReceiptMessage)
    UpdateBegin = 0x20,
    UpdateChunk = 0x21,
    ClockSet = 0x22,
    ActivityAck = 0x23,
    Finish = 0x24,
    Commission = 0x25,
    DoorcodeSecret = 0x26,
    Credit = 0x30,
    Error = 0x3F,
};

enum class RefuseCode : std::uint8_t
{
    NotCommissioned = 1,
    WrongDoor = 2,
    UnsupportedVersion = 3,
    AlreadyCommissioned = 4,
    NotInInstallMode = 5, // commissioning: nobody pressed the door's install button (or it timed out)
    TooManyAttempts = 6,  // commissioning: this install window's pairing attempts are used up
    DoorFault = 7,        // the door's state is unreadable or tampered: it refuses everything until reset
};

struct ClientHello
{
    std::uint8_t version = kProtocolVersion;
    std::uint32_t propertyId = 0;
    std::uint32_t doorId = 0;
    Bytes ephemeral; // X25519, 32
    Bytes nonce;     // 16
    std::uint32_t receiveWindow = 0;
};
struct DoorHello
{
    std::uint8_t version = kProtocolVersion;
    Bytes ephemeral;
    Bytes nonce;
    std::uint32_t receiveWindow = 0;
    Bytes signature; // door identity over transcript, see signedPart()
};

// Over-the-air commissioning (docs/door-protocol.md, "Commissioning"): the same handshake,
// but the laptop brings the property public key and a commitment to its pairing nonce, and the
// door its freshly generated identity; then the laptop reveals the nonce and both ends show a
// six-digit pairing code derived from the whole transcript and both nonces.
struct CommissionHello
{
    ClientHello hello;       // encoded with type CommissionHello
    Bytes propertyPublicKey; // 32
    Bytes commitment;        // 32: pairingCommitment(laptop nonce, the hello without this field)
};
struct CommissionReply
{
    DoorHello hello;         // encoded with type CommissionReply
    Bytes identityPublicKey; // 32, placed before the signature
};
Bytes encode(const CommissionHello &m);
std::optional<CommissionHello> decodeCommissionHello(ByteView b);
Bytes encodeUnsigned(const CommissionReply &m);
Bytes encode(const CommissionReply &m);
std::optional<CommissionReply> decodeCommissionReply(ByteView b);
// The hello as the commitment covers it: everything before the commitment field.
Bytes encodeWithoutCommitment(const CommissionHello &m);
// SHA-256 over a domain label, the laptop's secret pairing nonce and the hello it belongs to.
Bytes pairingCommitment(ByteView laptopNonce, ByteView helloWithoutCommitment);
Bytes encodePairingReveal(ByteView laptopNonce);
std::optional<Bytes> decodePairingReveal(ByteView b); // the 16-byte nonce
// The six digits both ends show (numeric comparison): a hash of the CommissionHello, the
// CommissionReply (which carries the door's nonce) and the laptop's revealed nonce.
std::string pairingCode(ByteView commissionHello, ByteView commissionReply, ByteView laptopNonce);
// A long, stable rendering of a door identity key for an out-of-band check (16 groups of 4 hex).
std::string identityFingerprint(ByteView identityPublicKey);

Bytes encode(const ClientHello &m);
std::optional<ClientHello> decodeClientHello(ByteView b);
Bytes encodeUnsigned(const DoorHello &m); // DoorHello without the signature
Bytes encode(const DoorHello &m);
std::optional<DoorHello> decodeDoorHello(ByteView b);
Bytes encodeClientAuth(ByteView signature);
std::optional<Bytes> decodeClientAuth(ByteView b);
// A field kit's certificate (docs/door-protocol.md, "Field kit sessions"): the property key lets
// the kit key open sessions with exactly one door, during [notBefore, notAfter].
constexpr std::int64_t kMaxKitValiditySeconds = 14 * 86400;
// How far a door's clock may run behind a kit's notBefore and still take it (a door that lost
// minutes since its last sync); never after notAfter.
constexpr std::int64_t kKitClockToleranceSeconds = 15 * 60;
// A kit session ends this long after its first byte, whatever the traffic: a kit cannot hold the door's
// one connection.
constexpr std::int64_t kKitSessionDeadlineSeconds = 300;
constexpr std::size_t kKitCertificateSize = 133;
struct KitCertificate
{
    std::uint32_t propertyId = 0;
    std::uint32_t doorId = 0;
    std::int64_t notBefore = 0;
    std::int64_t notAfter = 0;
    // The one list version the kit carries to this door: a kit session installs no other (not an
    // older kit's update, superseded since).
    std::uint64_t listVersion = 0;
    Bytes kitPublicKey; // Ed25519, 32
    Bytes signature;    // by the property key over kitCertificateSignedPart()
};
Bytes kitCertificateSignedPart(const KitCertificate &c); // "PKC1", format, ids, times, key
Bytes encode(const KitCertificate &c);
std::optional<KitCertificate> decodeKitCertificate(ByteView b);
// Signs a certificate with the property's seed (Porter, when it builds a kit).
KitCertificate makeKitCertificate(std::uint32_t propertyId, std::uint32_t doorId, std::int64_t notBefore,
                                  std::int64_t notAfter, std::uint64_t listVersion, ByteView kitPublicKey,
                                  ByteView propertySeed);
// Whether the property key signed it and it is well formed (times from 1970 on, validity at most 14 days).
bool verifyKitCertificate(const KitCertificate &c, ByteView propertyPublicKey);
struct KitAuth
{
    KitCertificate certificate;
    Bytes signature; // by the kit key over kitSignedTranscript()
};
Bytes encode(const KitAuth &m);
std::optional<KitAuth> decodeKitAuth(ByteView b);
Bytes kitSignedTranscript(ByteView clientHello, ByteView doorHello);
// The door's receipt of a kit session (docs/door-protocol.md, "Receipts"): every record the door sent
// before Done, hash-chained from the hellos, and the Done record itself, signed with the door's identity
// key. Porter checks it against the identity it recorded at commissioning, so a kit's answers are the
// door's word, not the kit holder's.
crypto::Hash kitReceiptChainStart(ByteView clientHello, ByteView doorHello);
crypto::Hash kitReceiptChainNext(const crypto::Hash &chain, ByteView record);
Bytes kitReceiptMessage(const crypto::Hash &chain, ByteView done);

Bytes encode(const KeyStep &step);
std::optional<KeyStep> decodeKeyStep(ByteView b);

Bytes encodeRefuse(RefuseCode code);
std::optional<RefuseCode> decodeRefuse(ByteView b);

// What each side signs (domain-separated, covers everything sent before the signature).
Bytes doorSignedTranscript(ByteView clientHello, ByteView doorHelloUnsigned);
Bytes clientSignedTranscript(ByteView clientHello, ByteView doorHello);

struct SessionKeys
{
    SessionKeys() = default;
    SessionKeys(const SessionKeys &) = default;
    SessionKeys(SessionKeys &&) = default;
    SessionKeys &operator=(const SessionKeys &) = default;
    SessionKeys &operator=(SessionKeys &&) = default;
    ~SessionKeys()
    {
        crypto::wipe(laptopToDoorKey);
        crypto::wipe(doorToLaptopKey);
    }
    Bytes laptopToDoorKey, doorToLaptopKey; // AES-256-GCM
    Bytes laptopToDoorIv, doorToLaptopIv;   // 12-byte bases, XORed with the record counter
};
SessionKeys deriveKeys(ByteView shared, ByteView clientHello, ByteView doorHello);

// One direction of the record layer: AES-256-GCM, nonce = iv XOR counter, counter implicit and
// strictly sequential, so a replayed, dropped or reordered record fails authentication.
class RecordCipher
{
public:
    RecordCipher() = default;
    RecordCipher(Bytes key, Bytes iv)
        : m_key(std::move(key))
        , m_iv(std::move(iv))
    {}
    RecordCipher(const RecordCipher &) = default;
    RecordCipher(RecordCipher &&) = default;
    RecordCipher &operator=(const RecordCipher &) = default;
    RecordCipher &operator=(RecordCipher &&) = default;
    ~RecordCipher() { crypto::wipe(m_key); }
    Bytes seal(ByteView plaintext);
    std::optional<Bytes> open(ByteView record);
    std::uint64_t counter() const { return m_counter; }

private:
    Bytes nonce() const;
    Bytes m_key, m_iv;
    std::uint64_t m_counter = 0;
};

// --- Messages inside records ---

Bytes encodeStatus(const DoorStatus &s);
std::optional<DoorStatus> decodeStatus(ByteView b);
Bytes encodeActivityBatch(const std::vector<ActivityEntry> &entries);
std::optional<std::vector<ActivityEntry>> decodeActivityBatch(ByteView b);

struct UpdateBegin
{
    ListVersion newVersion = 0;
    Hash newHash{};
    std::uint32_t totalLength = 0;
    std::uint32_t offset = 0;
};
Bytes encode(const UpdateBegin &m);
std::optional<UpdateBegin> decodeUpdateBegin(ByteView b);

struct VersionAck // Applied and Done
{
    ListVersion version = 0;
    Hash hash{};
    std::uint64_t activityFirstSeq = 0; // Done only: the door's oldest unreleased entry
};
Bytes encodeVersionAck(MessageType type, const VersionAck &m);
std::optional<VersionAck> decodeVersionAck(MessageType type, ByteView b);

// A rotated doorcode secret for this door (L->D, only inside the session) and the door's answer.
struct DoorcodeSecret
{
    std::uint32_t epoch = 0;
    Bytes secret;    // 32
    Bytes signature; // 64, property key over doorcodeSecretMessage(propertyId, doorId, epoch, secret)
};
Bytes encode(const DoorcodeSecret &m);
std::optional<DoorcodeSecret> decodeDoorcodeSecret(ByteView b);
struct DoorcodeEpoch
{
    std::uint32_t epoch = 0;               // the epoch the door holds after the attempt
    UpdateError error = UpdateError::None; // why it kept the old one
};
Bytes encode(const DoorcodeEpoch &m);
std::optional<DoorcodeEpoch> decodeDoorcodeEpoch(ByteView b);

// Any message in a record: checks the type byte and exact length rules; for the fuzzers.
bool decodeAnyRecordMessage(ByteView b);

} // namespace porter::door::protocol

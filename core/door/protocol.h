#pragma once

// Wire formats of the door protocol: fragments, handshake messages and the messages carried in
// encrypted records. docs/door-protocol.md describes every byte; session.h runs them.

#include "door.h"

#include <deque>

namespace porter::door::protocol {

constexpr std::uint8_t kProtocolVersion = 1;
constexpr std::size_t kFragmentHeaderSize = 2;
constexpr std::size_t kMinLinkPayload = 20;  // ATT MTU 23 - 3
constexpr std::size_t kMaxLinkPayload = 257; // 255 bytes of fragment payload + header
constexpr std::size_t kMaxMessageSize = 8192;
constexpr std::size_t kUpdateChunkSize = 2048;
constexpr std::size_t kActivityBatchMax = 200;
constexpr std::uint32_t kDoorReceiveWindow = 8192;
constexpr std::uint32_t kLaptopReceiveWindow = 16384;
constexpr std::size_t kNonceSize = 16;

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
    bool hasMessage() const { return !m_ready.empty(); }
    Bytes popMessage();

private:
    std::size_t m_linkPayload;
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
    Refuse = 0x0F,
    Status = 0x10,
    ActivityBatch = 0x11,
    Applied = 0x12,
    UpdateRejected = 0x13,
    Done = 0x14,
    Commissioned = 0x15,
    DoorcodeEpoch = 0x16,
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
// but the laptop brings the property public key and the door its freshly generated identity.
struct CommissionHello
{
    ClientHello hello;       // encoded with type CommissionHello
    Bytes propertyPublicKey; // 32
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
// Six digits both ends show so a manager can compare them (defeats a man in the middle).
std::string fingerprint(ByteView identityPublicKey);

Bytes encode(const ClientHello &m);
std::optional<ClientHello> decodeClientHello(ByteView b);
Bytes encodeUnsigned(const DoorHello &m); // DoorHello without the signature
Bytes encode(const DoorHello &m);
std::optional<DoorHello> decodeDoorHello(ByteView b);
Bytes encodeClientAuth(ByteView signature);
std::optional<Bytes> decodeClientAuth(ByteView b);
Bytes encodeRefuse(RefuseCode code);
std::optional<RefuseCode> decodeRefuse(ByteView b);

// What each side signs (domain-separated, covers everything sent before the signature).
Bytes doorSignedTranscript(ByteView clientHello, ByteView doorHelloUnsigned);
Bytes clientSignedTranscript(ByteView clientHello, ByteView doorHello);

struct SessionKeys
{
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
    std::uint64_t newVersion = 0;
    Hash newHash{};
    std::uint32_t totalLength = 0;
    std::uint32_t offset = 0;
};
Bytes encode(const UpdateBegin &m);
std::optional<UpdateBegin> decodeUpdateBegin(ByteView b);

struct VersionAck // Applied and Done
{
    std::uint64_t version = 0;
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

#pragma once

// The door protocol's two ends as sans-IO state machines: feed them received bytes (any
// chunking) and the time, pull fragments to write (each <= the link payload size). The same
// code runs over the in-process loopback, TCP and BLE GATT. docs/door-protocol.md, "Session".

#include "door/protocol.h"

#include <functional>

namespace porter::door {

struct WireStats
{
    std::size_t handshakeBytes = 0; // fragment bytes of plaintext handshake messages sent
    std::size_t recordBytes = 0;    // fragment bytes of encrypted records sent (headers + tags)
    std::size_t fragments = 0;
    std::size_t records = 0;
    std::size_t creditRecords = 0; // flow-control grants sent
};

// Shared by both ends: framing, the record layer and credit-based flow control.
class Endpoint
{
public:
    virtual ~Endpoint() = default;
    // Next fragment to write, or nullopt when nothing may be sent now (idle or out of credit).
    std::optional<Bytes> nextFragment();
    bool failed() const { return m_failed; }
    const WireStats &wireStats() const { return m_stats; }
    std::size_t linkPayload() const { return m_linkPayload; }

protected:
    Endpoint(std::size_t linkPayload, std::uint32_t receiveWindow);
    // Feeds received bytes; calls onMessage for each complete, authenticated message.
    void receiveBytes(ByteView bytes);
    virtual void onMessage(ByteView message) = 0;
    virtual void onRecordReleased(const Bytes & /*plaintext*/) {}
    void sendPlain(ByteView message);
    void sendRecord(Bytes plaintext);
    void startRecords(protocol::RecordCipher tx, protocol::RecordCipher rx, std::uint32_t peerWindow);
    void fail();
    bool encrypted() const { return m_encrypted; }
    std::uint32_t receiveWindow() const { return m_window; }

private:
    void queueFragments(ByteView message, bool handshake);
    void releaseRecords();

    std::size_t m_linkPayload;
    std::uint32_t m_window;
    protocol::Reassembler m_reassembler;
    protocol::RecordCipher m_tx, m_rx;
    bool m_encrypted = false;
    bool m_failed = false;
    std::deque<Bytes> m_fragments;
    std::deque<Bytes> m_pendingRecords;
    std::uint64_t m_sendLimit = 0; // cumulative record bytes the peer allows
    std::uint64_t m_sent = 0;
    std::uint64_t m_consumed = 0; // cumulative record bytes received (not counting credit)
    std::uint64_t m_granted = 0;  // limit last granted to the peer
    WireStats m_stats;
    std::size_t m_preAuthBytes = 0; // bytes received before the record layer started
};

// The door's end of a session. A session never outlives its Door.
class DoorSession : public Endpoint
{
public:
    enum class State
    {
        AwaitHello,
        AwaitReveal, // commissioning: the laptop's pairing nonce, checked against its commitment
        AwaitAuth,
        Running,
        Closed,
        Failed
    };
    // Hard deadlines from the session's first byte, whatever the traffic (docs/door-protocol.md,
    // "Handshake limits"): a sync handshake must be authenticated within 10 s; a commissioning
    // within 120 s, time for a person to compare the pairing code.
    static constexpr std::int64_t kHandshakeDeadlineSeconds = 10;
    static constexpr std::int64_t kPairingDeadlineSeconds = 120;
    DoorSession(Door &door, std::size_t linkPayload);
    ~DoorSession() override;
    void receive(ByteView bytes, std::int64_t hostNow);
    // Enforces the handshake deadline without traffic and, while a commissioning waits for the
    // confirmation at the door, notices the button press (call it from a timer, e.g. every second).
    void tick(std::int64_t hostNow);
    // In-process stand-in for the door's confirmation button (tests, emulators driving a session
    // directly): the person saw matching codes on both displays.
    void confirmAtDoor();
    State state() const { return m_state; }
    // The transport went away: anything staged stays staged for the next session.
    void linkLost();

protected:
    void onMessage(ByteView message) override;

private:
    void failSession();
    void handleCommissionHello(ByteView message);
    void handleReveal(ByteView message);
    void handleHello(ByteView message);
    void handleAuth(ByteView message);
    void handleKeyStep(ByteView message);
    bool adoptKeySteps(); // after the proof verified with the newest key
    bool acceptKit(ByteView message);
    void sendDoorRecord(Bytes plaintext); // a record the door says (in a kit session: into the receipt)
    void sendStatusAndActivity();
    void handleRecord(ByteView message);
    void rejectUpdate(UpdateError e);

    Door &m_door;
    State m_state = State::AwaitHello;
    std::uint8_t m_version = protocol::kProtocolVersion; // the ClientHello's: 3 = a field kit's session
    // A field kit's session (protocol v3): the certificate its key was authenticated by. It may deliver
    // signed updates, read activity and set the clock within the certificate's validity; nothing else.
    std::optional<protocol::KitCertificate> m_kit;
    crypto::Hash m_kitChain{}; // the kit session's records so far (kitReceiptChainNext)
    // The signing key steps the peer sent before its proof, and the key they lead to: the proof must
    // verify with that key, and only then does the door adopt it.
    std::vector<KeyStep> m_keySteps;
    SigningKey m_signingKey;
    std::int64_t m_now = 0;
    std::optional<std::int64_t> m_startedAt; // host clock at the first byte
    Bytes m_clientHello, m_doorHello;
    crypto::KeyPair m_ephemeral;
    protocol::SessionKeys m_keys;
    bool m_updateActive = false;
    std::uint64_t m_activityUploadedUpTo = 0;
    std::uint32_t m_peerWindow = 0;
    // Over-the-air commissioning: the identity is generated for the handshake and stored only
    // when the Commission record arrives.
    bool m_commissioning = false;
    crypto::KeyPair m_newIdentity;
    Bytes m_commissionPropertyKey;
    Bytes m_commitment; // the laptop's commitment to its pairing nonce
    Bytes m_reveal;     // the PairingReveal message, part of the signed transcript
    std::string m_pairingCode;
    std::int64_t m_codeShownAt = 0;                   // host clock when the door started showing it
    std::optional<Commissioning> m_pendingCommission; // arrived before the door's own confirmation
    void tryCommission();
    std::uint32_t m_commissionPropertyId = 0;
    std::uint32_t m_commissionDoorId = 0;

public:
    // During over-the-air commissioning, once the laptop revealed its nonce: the six digits the
    // door shows on its display (empty otherwise).
    const std::string &pairingCode() const { return m_pairingCode; }
};

enum class SyncError
{
    None = 0,
    AuthenticationFailed,    // the door's or the laptop's proof failed: wrong door key, tampering
    DoorNotCommissioned,     // the door says it has never been commissioned
    WrongDoor,               // the door is not the one asked for (property or door id)
    DoorRejectedUpdate,      // see SyncResult::updateError
    LinkLost,                // the transport dropped before the door's final acknowledgement
    ProtocolViolation,       // malformed, tampered or out-of-order data
    LocalError,              // the update callback or activity sink failed
    DoorAlreadyCommissioned, // commissioning a door that already belongs to a property
    PairingCodeRejected,     // the person at the door said the pairing codes differ
    DoorNotInInstallMode,    // commissioning: the door's install button was not pressed (or timed out)
    DoorFault,               // the door's state is damaged: it refuses everything until reset
    DoorRejectedSecret,      // the door kept its old doorcode secret (SyncResult::doorcodeSecretError)
};
const char *describe(SyncError e);

struct SyncResult
{
    SyncError error = SyncError::None;
    std::string message; // human readable, for the log and the user
    // Set only when the door acknowledged applying our update (an authenticated Applied record):
    // the ONLY condition under which Porter may record the door's new version. It can be set even
    // when error != None (e.g. the link dropped after the acknowledgement).
    std::optional<protocol::VersionAck> applied;
    UpdateError updateError = UpdateError::None;
    std::optional<DoorStatus> doorStatus; // as the door reported it at the start of the session
    std::int64_t driftSeconds = 0;        // door clock minus laptop clock at that moment
    bool clockSet = false;                // the door confirmed (Done) after our ClockSet
    // The door refused our clock as earlier than an update it accepted (issued at this time):
    // this laptop's clock is wrong, or someone tried to turn the door's clock back.
    std::optional<std::int64_t> clockRefusedBefore;
    std::vector<ActivityEntry> activity;            // every entry received (also given to onActivity)
    std::uint64_t activityReleasedUpTo = 0;         // door released entries below this seq (from Done)
    std::optional<protocol::VersionAck> finalState; // the door's version+hash at the end (Done)
    std::size_t updateTotalBytes = 0;
    std::size_t updateResumedFrom = 0; // bytes the door already had staged
    std::size_t updateBytesSent = 0;   // update bytes sent in this session
    // The doorcode secret epoch the door holds, on its authenticated word (status, then its answer
    // to a rotation); 0 = not known (the session did not get that far).
    std::uint32_t doorcodeEpoch = 0;
    UpdateError doorcodeSecretError = UpdateError::None;
    // The property signing key's epoch the door holds, on its authenticated word (0 = not known): after
    // keySteps, the newest one the session brought.
    std::uint32_t signingKeyEpoch = 0;
    // A kit session's receipt (docs/door-protocol.md, "Receipts"): every record the door sent before
    // Done, in order, the Done record, and the door's identity signature over them chained from the
    // hellos. Checked here against the door's identity; kept so Porter can check it again at upload.
    struct KitReceipt
    {
        crypto::Hash start{};
        std::vector<Bytes> records;
        Bytes done;
        Bytes signature;
    };
    std::optional<KitReceipt> kitReceipt;
    bool ok() const { return error == SyncError::None && finalState.has_value(); }
};

// Whether `receipt` is the door's: its identity key signed the chain of its records and its Done.
bool verifyKitReceipt(const SyncResult::KitReceipt &receipt, ByteView doorIdentityPublicKey);

struct SyncClientConfig
{
    std::uint32_t propertyId = 0;
    std::uint32_t doorId = 0;
    Bytes propertySeed; // property's Ed25519 private key (32-byte seed); not kept
    // The steps from every older signing key to propertySeed's (door.h, KeyStep), at most kMaxKeySteps,
    // oldest first: sent before the proof, so a door that holds an older key moves to this one. Steps the
    // door already took cost it nothing.
    std::vector<KeyStep> keySteps;
    Bytes doorIdentityPublicKey;   // recorded at commissioning
    std::size_t linkPayload = 244; // max bytes per transport write
    std::int64_t now = 0;          // laptop UTC clock (update later with receive(..., now))
    // Given the door's status, the signed update to send (delta if status.version/hash equal the
    // last version Porter recorded for this door, else a full snapshot), or nullopt for none.
    std::function<std::optional<Bytes>(const DoorStatus &)> updateFor;
    // Store a batch of door activity durably; return false to fail (the door then keeps it).
    std::function<bool(const std::vector<ActivityEntry> &)> onActivity;
    std::function<void(std::size_t sent, std::size_t total)> onProgress;
    // The property's current doorcode secret (32 bytes) and its epoch: sent, signed, to a door
    // whose status reports an older epoch. 0 = do not rotate.
    std::uint32_t doorcodeEpoch = 0;
    Bytes doorcodeSecret;
    // A field kit's session (protocol v3, docs/door-protocol.md "Field kit sessions") instead of the
    // property key's: the kit's certificate for this door (protocol::encode(KitCertificate)) and the
    // kit key's seed. propertySeed and the doorcode secret are then not used; the door's activity is
    // read but not released; the clock is set only within the certificate's validity.
    Bytes kitCertificate;
    Bytes kitSeed;
};

// The laptop's end. start() queues the first message.
class SyncClient : public Endpoint
{
public:
    enum class State
    {
        Idle,
        AwaitDoorHello,
        AwaitStatus,
        Syncing,
        Finished,
        Failed
    };
    explicit SyncClient(SyncClientConfig config);
    ~SyncClient() override;
    void start();
    void receive(ByteView bytes, std::int64_t now);
    void linkLost();
    std::int64_t now() const { return m_config.now; }
    State state() const { return m_state; }
    bool finished() const { return m_state == State::Finished || m_state == State::Failed; }
    const SyncResult &result() const { return m_result; }
    // Request/response exchanges the laptop waited on: the handshake one, then after the session
    // is up: ClientAuth -> Status and the sync flight -> Done.
    int roundTrips() const { return m_roundTrips; }
    int roundTripsAfterSessionUp() const { return m_roundTrips > 0 ? m_roundTrips - 1 : 0; }

protected:
    void onMessage(ByteView message) override;
    void onRecordReleased(const Bytes &plaintext) override;

private:
    void failWith(SyncError e, std::string message);
    void handleDoorHello(ByteView message);
    void handleStatus(ByteView message);
    void handleRecord(ByteView message);
    void maybeFinish();
    void noteKitRecord(ByteView record);

    SyncClientConfig m_config;
    State m_state = State::Idle;
    SyncResult m_result;
    crypto::KeyPair m_ephemeral;
    Bytes m_clientHello;
    Bytes m_update;
    bool m_updateSent = false;
    bool m_updateAnswered = false;
    bool m_secretSent = false;
    bool m_secretAnswered = false;
    std::uint64_t m_activityExpectedFrom = 0;
    std::uint64_t m_activityExpectedTo = 0;
    std::uint64_t m_activityNext = 0;
    bool m_finishSent = false;
    bool m_clockSent = false;
    int m_roundTrips = 0;
    Bytes m_secretSignature; // the property's signature over the current doorcode secret record
    std::optional<protocol::KitCertificate> m_kit; // a field kit's session
    crypto::Hash m_kitChain{};                     // what the door said so far (kitReceiptChainNext)
};

// Over-the-air commissioning of a new door (docs/door-protocol.md, "Commissioning").
struct CommissionConfig
{
    CommissionConfig() = default;
    CommissionConfig(const CommissionConfig &) = default;
    CommissionConfig(CommissionConfig &&) = default;
    CommissionConfig &operator=(const CommissionConfig &) = default;
    CommissionConfig &operator=(CommissionConfig &&) = default;
    ~CommissionConfig()
    {
        crypto::wipe(propertySeed);
        crypto::wipe(doorcodeSecret);
    }
    std::uint32_t propertyId = 0;
    std::uint32_t doorId = 0;
    Bytes propertySeed;   // property's Ed25519 private key (32-byte seed)
    Bytes doorcodeSecret; // 32 bytes, the property's
    int doorcodeDigits = kDefaultDoorcodeDigits;
    std::uint32_t doorcodeEpoch = 1;   // the secret's epoch (its rotation number)
    std::uint32_t signingKeyEpoch = 1; // propertySeed's epoch (the signing key's rotation number)
    std::size_t linkPayload = 244;
};

struct CommissionResult
{
    SyncError error = SyncError::None;
    std::string message;
    Bytes doorIdentityPublicKey; // record this for the door (SyncClientConfig::doorIdentityPublicKey)
    std::string pairingCode;     // the six digits both ends showed
    bool ok() const { return error == SyncError::None && !doorIdentityPublicKey.empty(); }
};

class CommissionClient : public Endpoint
{
public:
    enum class State
    {
        Idle,
        AwaitReply,
        AwaitConfirmation, // result().pairingCode is shown; waiting for the person at the door
        AwaitCommissioned,
        Finished,
        Failed
    };
    explicit CommissionClient(CommissionConfig config);
    ~CommissionClient() override;
    void start();
    void receive(ByteView bytes);
    void linkLost();
    // The person at the door compared the codes: same digits → confirmPairing() sends the
    // property's proof and the doorcode secret; different → rejectPairing() sends nothing more.
    void confirmPairing();
    void rejectPairing();
    State state() const { return m_state; }
    bool finished() const { return m_state == State::Finished || m_state == State::Failed; }
    const CommissionResult &result() const { return m_result; }

protected:
    void onMessage(ByteView message) override;

private:
    void failWith(SyncError e, std::string message);
    CommissionConfig m_config;
    State m_state = State::Idle;
    CommissionResult m_result;
    crypto::KeyPair m_ephemeral;
    Bytes m_pairingNonce; // secret until revealed, after the door committed to its reply
    Bytes m_hello;
    Bytes m_reply;
    Bytes m_reveal;
    std::uint32_t m_doorWindow = 0;
    protocol::SessionKeys m_keys;
    Bytes m_identity;
};

// The in-memory loopback: two state machines exchanging fragments in lockstep flights, with
// hooks to tamper with fragments and to cut the link after N bytes.
struct LoopbackOptions
{
    std::size_t dropAfterBytes = SIZE_MAX; // total bytes both ways, may cut inside a fragment
    // Called for each fragment before delivery; may modify it. index counts all fragments.
    std::function<void(bool toDoor, std::size_t index, Bytes &fragment)> tamper;
    bool record = false; // keep a copy of every fragment
};

struct LoopbackStats
{
    std::size_t bytesToDoor = 0, bytesToLaptop = 0;
    std::size_t fragmentsToDoor = 0, fragmentsToLaptop = 0;
    std::size_t flights = 0; // lockstep turns in which anything moved
    bool dropped = false;
    std::vector<std::pair<bool, Bytes>> transcript; // (toDoor, fragment) if record
};

// doorHostNow is the door host's clock; the client keeps its own (SyncClientConfig::now).
LoopbackStats runLoopback(SyncClient &client, DoorSession &door, std::int64_t doorHostNow,
                          const LoopbackOptions &options = {});

// Runs commissioning over the loopback (tests). When the laptop waits for confirmation, `compare`
// plays the person who reads both displays: true confirms, false rejects. The default confirms
// exactly when the laptop's code equals the door's.
using PairingComparison = std::function<bool(const std::string &laptopCode, const std::string &doorCode)>;
LoopbackStats runCommissionLoopback(CommissionClient &client, DoorSession &door, std::int64_t doorHostNow,
                                    const PairingComparison &compare = {});

} // namespace porter::door

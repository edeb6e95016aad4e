#pragma once

// The door protocol's two ends as sans-IO state machines: feed them received bytes (any
// chunking) and the time, pull fragments to write (each <= the link payload size). The same
// code runs over the in-process loopback, TCP and BLE GATT. docs/door-protocol.md, "Session".

#include "protocol.h"

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
};

// The door's end of a session. A session never outlives its Door.
class DoorSession : public Endpoint
{
public:
    enum class State
    {
        AwaitHello,
        AwaitAuth,
        Running,
        Closed,
        Failed
    };
    DoorSession(Door &door, std::size_t linkPayload);
    void receive(ByteView bytes, std::int64_t hostNow);
    State state() const { return m_state; }
    // The transport went away: anything staged stays staged for the next session.
    void linkLost();

protected:
    void onMessage(ByteView message) override;

private:
    void failSession();
    void handleCommissionHello(ByteView message);
    void handleHello(ByteView message);
    void handleAuth(ByteView message);
    void handleRecord(ByteView message);
    void rejectUpdate(UpdateError e);

    Door &m_door;
    State m_state = State::AwaitHello;
    std::int64_t m_now = 0;
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
    std::uint32_t m_commissionPropertyId = 0;
    std::uint32_t m_commissionDoorId = 0;

public:
    // During over-the-air commissioning, the six digits the door shows (empty otherwise).
    std::string commissioningFingerprint() const;
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
    FingerprintRejected,     // the manager did not confirm the door's fingerprint
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
    std::optional<DoorStatus> doorStatus;           // as the door reported it at the start of the session
    std::int64_t driftSeconds = 0;                  // door clock minus laptop clock at that moment
    bool clockSet = false;                          // the door confirmed (Done) after our ClockSet
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
    bool ok() const { return error == SyncError::None && finalState.has_value(); }
};

struct SyncClientConfig
{
    std::uint32_t propertyId = 0;
    std::uint32_t doorId = 0;
    Bytes propertySeed;            // property's Ed25519 private key (32-byte seed); not kept
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
    int m_roundTrips = 0;
};

// Over-the-air commissioning of a new door (docs/door-protocol.md, "Commissioning").
struct CommissionConfig
{
    std::uint32_t propertyId = 0;
    std::uint32_t doorId = 0;
    Bytes propertySeed;   // property's Ed25519 private key (32-byte seed)
    Bytes doorcodeSecret; // 32 bytes, the property's
    int doorcodeDigits = kDefaultDoorcodeDigits;
    std::uint32_t doorcodeEpoch = 1; // the secret's epoch (its rotation number)
    std::size_t linkPayload = 244;
    // Shown the door's six-digit fingerprint before any secret is sent; return true if it matches
    // what the door displays. Unset = trust on first use.
    std::function<bool(const std::string &fingerprint)> confirmFingerprint;
};

struct CommissionResult
{
    SyncError error = SyncError::None;
    std::string message;
    Bytes doorIdentityPublicKey; // record this for the door (SyncClientConfig::doorIdentityPublicKey)
    std::string fingerprint;
    bool ok() const { return error == SyncError::None && !doorIdentityPublicKey.empty(); }
};

class CommissionClient : public Endpoint
{
public:
    enum class State
    {
        Idle,
        AwaitReply,
        AwaitCommissioned,
        Finished,
        Failed
    };
    explicit CommissionClient(CommissionConfig config);
    void start();
    void receive(ByteView bytes);
    void linkLost();
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
    Bytes m_hello;
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

// Runs commissioning over the loopback (tests, porterctl against an in-process door).
LoopbackStats runCommissionLoopback(CommissionClient &client, DoorSession &door, std::int64_t doorHostNow);

} // namespace porter::door

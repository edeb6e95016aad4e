#include "door/session.h"

#include "door/crypto.h"

#include <algorithm>

namespace porter::door {

using namespace protocol;

namespace {

Bytes simple(MessageType t)
{
    return Bytes{static_cast<std::uint8_t>(t)};
}

Bytes withVarint(MessageType t, std::uint64_t v)
{
    Writer w;
    w.u8(static_cast<std::uint8_t>(t));
    w.varint(v);
    return w.take();
}

std::optional<std::uint64_t> readVarintMessage(ByteView b)
{
    Reader r(b.subspan(1));
    const std::uint64_t v = r.varint();
    if (!r.atEnd())
        return std::nullopt;
    return v;
}

} // namespace

// --- Endpoint -------------------------------------------------------------------------------

Endpoint::Endpoint(std::size_t linkPayload, std::uint32_t receiveWindow)
    : m_linkPayload(std::clamp(linkPayload, kMinLinkPayload, kMaxLinkPayload))
    , m_window(receiveWindow)
    , m_reassembler(m_linkPayload)
{
    // Until the peer is authenticated only small handshake messages are read (docs/door-protocol.md,
    // "Handshake limits"): an unauthenticated peer cannot make either end buffer or parse much.
    m_reassembler.setMaxMessage(kMaxHandshakeMessage);
}

void Endpoint::fail()
{
    m_failed = true;
    m_fragments.clear();
    m_pendingRecords.clear();
}

void Endpoint::queueFragments(ByteView message, bool handshake)
{
    for (Bytes &f : fragment(message, m_linkPayload)) {
        (handshake ? m_stats.handshakeBytes : m_stats.recordBytes) += f.size();
        ++m_stats.fragments;
        m_fragments.push_back(std::move(f));
    }
}

void Endpoint::sendPlain(ByteView message)
{
    if (!m_failed)
        queueFragments(message, true);
}

void Endpoint::sendRecord(Bytes plaintext)
{
    if (!m_failed)
        m_pendingRecords.push_back(std::move(plaintext));
}

void Endpoint::startRecords(RecordCipher tx, RecordCipher rx, std::uint32_t peerWindow)
{
    m_tx = std::move(tx);
    m_rx = std::move(rx);
    m_encrypted = true;
    m_reassembler.setMaxMessage(kMaxMessageSize);
    m_sendLimit = peerWindow;
    m_granted = m_window;
}

void Endpoint::releaseRecords()
{
    // Records are sealed in the order they go on the wire, so the implicit counters agree.
    while (!m_pendingRecords.empty() && m_encrypted) {
        const std::size_t sealedSize = m_pendingRecords.front().size() + crypto::kTagSize;
        if (m_sent + sealedSize > m_sendLimit)
            return; // wait for credit (docs/door-protocol.md, "Flow control")
        Bytes plain = std::move(m_pendingRecords.front());
        m_pendingRecords.pop_front();
        m_sent += sealedSize;
        const Bytes sealed = m_tx.seal(plain);
        ++m_stats.records;
        queueFragments(sealed, false);
        onRecordReleased(plain);
    }
}

std::optional<Bytes> Endpoint::nextFragment()
{
    if (m_failed)
        return std::nullopt;
    if (m_fragments.empty())
        releaseRecords();
    if (m_fragments.empty())
        return std::nullopt;
    Bytes f = std::move(m_fragments.front());
    m_fragments.pop_front();
    return f;
}

void Endpoint::receiveBytes(ByteView bytes)
{
    if (m_failed)
        return;
    if (!m_encrypted) {
        m_preAuthBytes += bytes.size();
        if (m_preAuthBytes > kMaxPreAuthBytes) {
            fail();
            return;
        }
    }
    if (!m_reassembler.push(bytes)) {
        fail();
        return;
    }
    while (!m_failed && m_reassembler.hasMessage()) {
        const Bytes message = m_reassembler.popMessage();
        if (!m_encrypted) {
            onMessage(message);
            continue;
        }
        const auto plain = m_rx.open(message);
        if (!plain || plain->empty()) {
            fail(); // tampered, replayed, reordered or truncated: no recovery within a session
            return;
        }
        if ((*plain)[0] == static_cast<std::uint8_t>(MessageType::Credit)) {
            const auto limit = readVarintMessage(*plain);
            if (!limit || *limit < m_sendLimit) {
                fail();
                return;
            }
            m_sendLimit = *limit;
            continue;
        }
        m_consumed += message.size();
        if (m_consumed > m_granted) {
            fail(); // the peer overran our window
            return;
        }
        onMessage(*plain);
        if (!m_failed && m_granted - m_consumed <= m_window / 2) {
            // Credit bypasses the queue (it is never itself flow-controlled) but is sealed now,
            // in wire order, ahead of records still waiting for credit.
            m_granted = m_consumed + m_window;
            const Bytes sealed = m_tx.seal(withVarint(MessageType::Credit, m_granted));
            ++m_stats.records;
            ++m_stats.creditRecords;
            queueFragments(sealed, false);
        }
    }
}

// --- DoorSession ----------------------------------------------------------------------------

DoorSession::DoorSession(Door &door, std::size_t linkPayload)
    : Endpoint(linkPayload, kDoorReceiveWindow)
    , m_door(door)
{}

void DoorSession::failSession()
{
    m_state = State::Failed;
    fail();
}

void DoorSession::linkLost()
{
    if (m_state != State::Closed)
        failSession();
}

DoorSession::~DoorSession()
{
    crypto::wipe(m_commissionPropertyKey);
    if (m_pendingCommission)
        crypto::wipe(m_pendingCommission->doorcodeSecret);
}

void DoorSession::confirmAtDoor()
{
    if (m_state == State::Closed || m_state == State::Failed || m_pairingCode.empty())
        return;
    m_door.confirmPairing(m_now);
    tryCommission();
}

void DoorSession::tryCommission()
{
    if (!m_pendingCommission || m_state != State::Running)
        return;
    const auto confirmedAt = m_door.pairingConfirmedAt(m_now);
    if (!confirmedAt || *confirmedAt < m_codeShownAt)
        return; // not yet pressed since this code was shown
    const Bytes identity = m_door.commission(*m_pendingCommission, m_newIdentity);
    crypto::wipe(m_pendingCommission->doorcodeSecret);
    m_pendingCommission.reset();
    if (identity.empty())
        return failSession(); // storage failed or bad parameters: still uncommissioned
    Bytes reply{static_cast<std::uint8_t>(MessageType::Commissioned)};
    reply.insert(reply.end(), identity.begin(), identity.end());
    sendRecord(std::move(reply));
    m_state = State::Closed;
}

void DoorSession::tick(std::int64_t hostNow)
{
    if (!m_startedAt || m_state == State::Closed || m_state == State::Failed)
        return;
    // A commissioning peer is "authenticated" only by a key of its own choosing: its deadline runs
    // until the door is commissioned, so it cannot hold the door's one connection after the window.
    if (m_state == State::Running && !m_commissioning && !m_kit)
        return;
    if (m_kit) {
        // A kit's session ends at its deadline whatever it does: it cannot hold the door's one connection.
        if (hostNow - *m_startedAt >= kKitSessionDeadlineSeconds || hostNow < *m_startedAt)
            failSession();
        return;
    }
    m_now = std::max(m_now, hostNow);
    tryCommission();
    if (m_state == State::Closed)
        return;
    const std::int64_t deadline = m_commissioning ? kPairingDeadlineSeconds : kHandshakeDeadlineSeconds;
    if (hostNow - *m_startedAt >= deadline || hostNow < *m_startedAt)
        failSession(); // a peer that never completes the handshake does not hold the door
}

void DoorSession::receive(ByteView bytes, std::int64_t hostNow)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    if (!m_startedAt) {
        m_startedAt = hostNow;
        m_door.correctClock(hostNow); // the status must not report a clock behind the newest update
    }
    tick(hostNow);
    if (m_state == State::Failed)
        return;
    m_now = hostNow;
    receiveBytes(bytes);
    if (failed() && m_state != State::Closed)
        m_state = State::Failed;
}

void DoorSession::onMessage(ByteView message)
{
    switch (m_state) {
    case State::AwaitHello:
        handleHello(message);
        break;
    case State::AwaitReveal:
        handleReveal(message);
        break;
    case State::AwaitAuth:
        handleAuth(message);
        break;
    case State::Running:
        handleRecord(message);
        break;
    default:
        failSession();
    }
}

void DoorSession::handleCommissionHello(ByteView message)
{
    const auto hello = decodeCommissionHello(message);
    if (!hello) {
        failSession();
        return;
    }
    auto refuse = [this](RefuseCode code) {
        sendPlain(encodeRefuse(code));
        m_state = State::Failed;
    };
    if (hello->hello.version != kProtocolVersion)
        return refuse(RefuseCode::UnsupportedVersion);
    if (m_door.faulted())
        return refuse(RefuseCode::DoorFault);
    // A door belongs to one property until it is reset: no silent takeover.
    if (m_door.commissioned())
        return refuse(RefuseCode::AlreadyCommissioned);
    // Only a door whose install button was pressed pairs, a limited number of times per press
    // (docs/door-protocol.md, "Install mode"). The attempt is counted before anything is answered.
    switch (m_door.installMode(m_now)) {
    case InstallMode::Closed:
        return refuse(RefuseCode::NotInInstallMode);
    case InstallMode::Exhausted:
        return refuse(RefuseCode::TooManyAttempts);
    case InstallMode::Open:
        break;
    }
    if (hello->hello.receiveWindow < 4096) {
        failSession();
        return;
    }
    if (!m_door.beginPairingAttempt(m_now))
        return refuse(RefuseCode::NotInInstallMode);
    m_clientHello.assign(message.begin(), message.end());
    m_peerWindow = hello->hello.receiveWindow;
    m_commissioning = true;
    m_commitment = hello->commitment;
    m_newIdentity = crypto::ed25519Generate();
    m_commissionPropertyKey = hello->propertyPublicKey;
    m_commissionPropertyId = hello->hello.propertyId;
    m_commissionDoorId = hello->hello.doorId;
    m_ephemeral = crypto::x25519Generate();
    CommissionReply reply;
    reply.hello.ephemeral = m_ephemeral.publicKey;
    reply.hello.nonce = crypto::randomBytes(kNonceSize); // the door's pairing nonce, revealed now
    reply.hello.receiveWindow = receiveWindow();
    reply.identityPublicKey = m_newIdentity.publicKey;
    reply.hello.signature =
        crypto::ed25519Sign(m_newIdentity.seed, doorSignedTranscript(m_clientHello, encodeUnsigned(reply)));
    m_doorHello = encode(reply);
    auto shared = crypto::x25519(m_ephemeral.seed, hello->hello.ephemeral);
    if (!shared) {
        failSession();
        return;
    }
    m_keys = deriveKeys(*shared, m_clientHello, m_doorHello);
    crypto::wipe(*shared);
    sendPlain(m_doorHello);
    m_state = State::AwaitReveal;
}

void DoorSession::handleReveal(ByteView message)
{
    // The laptop committed to this nonce before it saw the door's: neither end (nor anyone in
    // between) could steer the code (docs/door-protocol.md, "Why the pairing code is sound").
    const auto nonce = decodePairingReveal(message);
    if (!nonce) {
        failSession();
        return;
    }
    const Bytes hello = encodeWithoutCommitment(*decodeCommissionHello(m_clientHello));
    if (!constantTimeEqual(pairingCommitment(*nonce, hello), m_commitment)) {
        failSession();
        return;
    }
    m_reveal.assign(message.begin(), message.end());
    m_pairingCode = protocol::pairingCode(m_clientHello, m_doorHello, *nonce);
    m_codeShownAt = m_now;
    m_state = State::AwaitAuth;
}

void DoorSession::handleHello(ByteView message)
{
    if (!message.empty() && message[0] == static_cast<std::uint8_t>(MessageType::CommissionHello))
        return handleCommissionHello(message);
    const auto hello = decodeClientHello(message);
    if (!hello) {
        failSession();
        return;
    }
    auto refuse = [this](RefuseCode code) {
        sendPlain(encodeRefuse(code));
        m_state = State::Failed; // leave the refusal queued for the transport
    };
    if (hello->version != kProtocolVersion && hello->version != kKitProtocolVersion)
        return refuse(RefuseCode::UnsupportedVersion);
    if (m_door.faulted())
        return refuse(RefuseCode::DoorFault);
    if (!m_door.commissioned())
        return refuse(RefuseCode::NotCommissioned);
    m_version = hello->version;
    if (hello->propertyId != m_door.propertyId() || hello->doorId != m_door.doorId())
        return refuse(RefuseCode::WrongDoor);
    if (hello->receiveWindow < 4096) {
        failSession();
        return;
    }
    m_clientHello.assign(message.begin(), message.end());
    m_peerWindow = hello->receiveWindow;
    m_ephemeral = crypto::x25519Generate();
    DoorHello reply;
    reply.version = m_version;
    reply.ephemeral = m_ephemeral.publicKey;
    reply.nonce = crypto::randomBytes(kNonceSize);
    reply.receiveWindow = receiveWindow();
    const Bytes unsignedPart = encodeUnsigned(reply);
    reply.signature = m_door.signWithIdentity(doorSignedTranscript(m_clientHello, unsignedPart));
    m_doorHello = encode(reply);
    auto shared = crypto::x25519(m_ephemeral.seed, hello->ephemeral);
    if (!shared) {
        failSession();
        return;
    }
    m_keys = deriveKeys(*shared, m_clientHello, m_doorHello);
    crypto::wipe(*shared);
    m_signingKey = SigningKey{m_door.propertyPublicKey(), m_door.signingKeyEpoch()};
    sendPlain(m_doorHello);
    m_state = State::AwaitAuth;
}

void DoorSession::handleKeyStep(ByteView message)
{
    // Bounded work before the peer is authenticated: at most kMaxKeySteps steps, one signature check
    // each, and a step the door already took is not checked at all.
    const auto step = decodeKeyStep(message);
    if (m_commissioning || !step || m_keySteps.size() >= kMaxKeySteps)
        return failSession();
    const auto next = followKeySteps(m_signingKey, m_door.propertyId(), {*step});
    if (!next)
        return failSession();
    m_signingKey = *next;
    m_keySteps.push_back(*step);
}

bool DoorSession::adoptKeySteps()
{
    if (m_signingKey.epoch <= m_door.signingKeyEpoch())
        return true;
    // The peer proved it holds the newest key: the door moves to it (checked again against the key it
    // holds), durably, before it says or takes anything under it.
    return m_door.adoptSigningKey(m_keySteps) == UpdateError::None;
}

bool DoorSession::acceptKit(ByteView message)
{
    // A field kit proves two things: the property key certified its key for this very door and a
    // validity the door's clock is within, and the kit key signs this very transcript.
    const auto auth = decodeKitAuth(message);
    if (!auth)
        return false;
    const KitCertificate &c = auth->certificate;
    if (!verifyKitCertificate(c, m_signingKey.publicKey))
        return false;
    if (c.propertyId != m_door.propertyId() || c.doorId != m_door.doorId())
        return false;
    const std::int64_t clock = m_door.clock(m_now);
    if (clock >= c.notAfter || clock < c.notBefore - kKitClockToleranceSeconds)
        return false;
    if (!crypto::ed25519Verify(c.kitPublicKey, kitSignedTranscript(m_clientHello, m_doorHello),
                               auth->signature))
        return false;
    m_kit = c;
    m_kitChain = kitReceiptChainStart(m_clientHello, m_doorHello);
    return true;
}

void DoorSession::sendDoorRecord(Bytes plaintext)
{
    // In a kit session everything the door says goes into its receipt, which it signs at the end.
    if (m_kit)
        m_kitChain = kitReceiptChainNext(m_kitChain, plaintext);
    sendRecord(std::move(plaintext));
}

void DoorSession::handleAuth(ByteView message)
{
    if (!message.empty() && message[0] == static_cast<std::uint8_t>(MessageType::KeyStep))
        return handleKeyStep(message);
    if (m_version == kKitProtocolVersion) {
        if (!acceptKit(message) || !adoptKeySteps())
            return failSession();
        startRecords(RecordCipher(m_keys.doorToLaptopKey, m_keys.doorToLaptopIv),
                     RecordCipher(m_keys.laptopToDoorKey, m_keys.laptopToDoorIv), m_peerWindow);
        m_state = State::Running;
        sendStatusAndActivity();
        return;
    }
    const auto sig = decodeClientAuth(message);
    // The laptop proves it acts for the property: the property key signs this very transcript.
    // (When commissioning, it proves it holds the key it is commissioning the door with.)
    const Bytes &key = m_commissioning ? m_commissionPropertyKey : m_signingKey.publicKey;
    Bytes doorSide = m_doorHello; // commissioning: the reveal is part of what the laptop signs
    doorSide.insert(doorSide.end(), m_reveal.begin(), m_reveal.end());
    if (!sig || !crypto::ed25519Verify(key, clientSignedTranscript(m_clientHello, doorSide), *sig) ||
        (!m_commissioning && !adoptKeySteps())) {
        failSession();
        return;
    }
    startRecords(RecordCipher(m_keys.doorToLaptopKey, m_keys.doorToLaptopIv),
                 RecordCipher(m_keys.laptopToDoorKey, m_keys.laptopToDoorIv), m_peerWindow);
    m_state = State::Running;
    if (m_commissioning)
        return; // wait for the Commission record
    sendStatusAndActivity();
}

void DoorSession::sendStatusAndActivity()
{
    const DoorStatus status = m_door.status(m_now);
    sendDoorRecord(encodeStatus(status));
    // Activity goes up unasked, right behind the status: no extra round trip.
    std::uint64_t from = status.activityFirstSeq;
    for (;;) {
        const auto batch = m_door.activity(from, kActivityBatchMax);
        if (batch.empty())
            break;
        sendDoorRecord(encodeActivityBatch(batch));
        from = batch.back().seq + 1;
    }
    m_activityUploadedUpTo = status.activityNextSeq;
}

void DoorSession::rejectUpdate(UpdateError e)
{
    m_updateActive = false;
    sendDoorRecord(
        Bytes{static_cast<std::uint8_t>(MessageType::UpdateRejected), static_cast<std::uint8_t>(e)});
}

void DoorSession::handleRecord(ByteView message)
{
    const auto type = static_cast<MessageType>(message[0]);
    if (m_commissioning) {
        Reader r(message.subspan(1));
        Bytes secret = r.rawCopy(32);
        const std::uint8_t digits = r.u8();
        const std::uint32_t epoch = r.u32();
        // The signing key's epoch came later: a laptop from before says nothing (the first key).
        const std::uint32_t keyEpoch = r.remaining() == 4 ? r.u32() : 1;
        if (type != MessageType::Commission || !r.atEnd() || m_pendingCommission)
            return failSession();
        // Held until the person at the door confirms the code there too: a peer that pairs in the
        // install window without them (racing the technician) never gets the door.
        m_pendingCommission = Commissioning{m_commissionPropertyId,
                                            m_commissionDoorId,
                                            m_commissionPropertyKey,
                                            secret,
                                            digits,
                                            epoch,
                                            keyEpoch};
        crypto::wipe(secret);
        tryCommission();
        return;
    }
    switch (type) {
    case MessageType::UpdateBegin: {
        const auto begin = decodeUpdateBegin(message);
        if (!begin)
            return failSession();
        // A kit installs the one version its certificate names: not an older kit's update, superseded
        // since (it might grant what Porter has revoked), even when newer than the door's list.
        if (m_kit && begin->newVersion != m_kit->listVersion)
            return rejectUpdate(UpdateError::NotNewer);
        const UpdateError e =
            m_door.beginStage(begin->newVersion, begin->newHash, begin->totalLength, begin->offset);
        if (e != UpdateError::None)
            return rejectUpdate(e);
        m_updateActive = true;
        return;
    }
    case MessageType::UpdateChunk: {
        if (!m_updateActive)
            return; // after a rejection the laptop's remaining chunks are dropped
        bool complete = false;
        const UpdateError e = m_door.appendStage(message.subspan(1), m_now, &complete);
        if (e != UpdateError::None)
            return rejectUpdate(e);
        if (complete) {
            m_updateActive = false;
            VersionAck ack{m_door.accessList().version, m_door.listHash(), 0};
            sendDoorRecord(encodeVersionAck(MessageType::Applied, ack));
        }
        return;
    }
    case MessageType::DoorcodeSecret: {
        if (m_kit)
            return failSession(); // a kit never carries the doorcode secret
        const auto m = decodeDoorcodeSecret(message);
        if (!m)
            return failSession();
        // A refusal (replayed or older epoch, bad signature) is answered, not fatal: the door keeps
        // the secret it has and says which epoch that is.
        const UpdateError e = m_door.installDoorcodeSecret(m->epoch, m->secret, m->signature);
        sendDoorRecord(encode(DoorcodeEpoch{m_door.doorcodeEpoch(), e}));
        return;
    }
    case MessageType::ClockSet: {
        Reader r(message.subspan(1));
        const std::int64_t t = r.i64();
        if (!r.atEnd())
            return failSession();
        // A kit never sets the clock: its holder could turn it back to re-open expired rights (and keep
        // the kit itself valid), push it ahead to end current ones, or flood the log with clock alarms.
        // The door keeps its clock, reports its drift, and Porter's next sync sets it.
        if (m_kit || !m_door.setClock(t, m_now)) {
            // Earlier than an update the door already accepted: refused, and the laptop is told.
            Writer w;
            w.u8(static_cast<std::uint8_t>(MessageType::ClockRefused));
            w.i64(m_door.newestIssuedAt());
            sendDoorRecord(w.take());
        }
        return;
    }
    case MessageType::ActivityAck: {
        // A kit reads activity but never releases it: the door keeps it until Porter itself syncs, so a
        // lost or dishonest kit cannot erase a door's audit trail.
        if (m_kit)
            return failSession();
        const auto upTo = readVarintMessage(message);
        // Only what this session uploaded may be released.
        if (!upTo || *upTo > m_activityUploadedUpTo)
            return failSession();
        m_door.acknowledgeActivity(*upTo);
        return;
    }
    case MessageType::Finish: {
        if (message.size() != 1)
            return failSession();
        VersionAck done{m_door.accessList().version, m_door.listHash(),
                        m_door.status(m_now).activityFirstSeq};
        Bytes doneRecord = encodeVersionAck(MessageType::Done, done);
        if (m_kit) {
            // The receipt: what the door said in this session, signed with its identity key, so Porter
            // can tell the door's answer from anything a kit's holder might write in its place.
            Bytes receipt{static_cast<std::uint8_t>(MessageType::KitReceipt)};
            const Bytes sig = m_door.signWithIdentity(kitReceiptMessage(m_kitChain, doneRecord));
            receipt.insert(receipt.end(), sig.begin(), sig.end());
            sendRecord(std::move(receipt));
        }
        sendRecord(std::move(doneRecord));
        m_state = State::Closed;
        return;
    }
    default:
        return failSession();
    }
}

// --- SyncClient -----------------------------------------------------------------------------

const char *describe(SyncError e)
{
    switch (e) {
    case SyncError::None:
        return "none";
    case SyncError::AuthenticationFailed:
        return "authentication failed";
    case SyncError::DoorNotCommissioned:
        return "door not commissioned";
    case SyncError::WrongDoor:
        return "wrong door";
    case SyncError::DoorRejectedUpdate:
        return "door rejected update";
    case SyncError::LinkLost:
        return "link lost";
    case SyncError::ProtocolViolation:
        return "protocol violation";
    case SyncError::LocalError:
        return "local error";
    case SyncError::DoorAlreadyCommissioned:
        return "door already commissioned";
    case SyncError::PairingCodeRejected:
        return "pairing code rejected";
    case SyncError::DoorNotInInstallMode:
        return "door not in install mode";
    case SyncError::DoorFault:
        return "door fault";
    case SyncError::DoorRejectedSecret:
        return "door rejected doorcode secret";
    }
    return "invalid";
}

SyncClient::SyncClient(SyncClientConfig config)
    : Endpoint(config.linkPayload, kLaptopReceiveWindow)
    , m_config(std::move(config))
{}

SyncClient::~SyncClient()
{
    crypto::wipe(m_config.propertySeed);
    crypto::wipe(m_config.doorcodeSecret);
    crypto::wipe(m_config.kitSeed);
}

void SyncClient::failWith(SyncError e, std::string message)
{
    if (finished())
        return;
    m_result.error = e;
    m_result.message = std::move(message);
    m_state = State::Failed;
    fail();
}

void SyncClient::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_config.kitCertificate.empty()) {
        m_kit = decodeKitCertificate(m_config.kitCertificate);
        if (!m_kit || m_config.kitSeed.size() != 32 || m_kit->propertyId != m_config.propertyId ||
            m_kit->doorId != m_config.doorId ||
            crypto::ed25519PublicKey(m_config.kitSeed) != m_kit->kitPublicKey) {
            failWith(SyncError::LocalError,
                     "The field kit's certificate for this door is missing or malformed.");
            return;
        }
        // A kit session never rotates the doorcode secret: the kit does not carry it.
        crypto::wipe(m_config.doorcodeSecret);
        m_config.doorcodeEpoch = 0;
    } else if (m_config.propertySeed.size() != 32) {
        failWith(SyncError::LocalError,
                 "The property key or the door's identity key is missing or malformed.");
        return;
    }
    if (m_config.doorIdentityPublicKey.size() != 32) {
        failWith(SyncError::LocalError,
                 "The property key or the door's identity key is missing or malformed.");
        return;
    }
    if (m_config.keySteps.size() > kMaxKeySteps) {
        failWith(SyncError::LocalError,
                 "The door holds a signing key too many rotations old to follow: commission it again.");
        return;
    }
    m_ephemeral = crypto::x25519Generate();
    ClientHello hello;
    hello.version = m_kit ? kKitProtocolVersion : kProtocolVersion;
    hello.propertyId = m_config.propertyId;
    hello.doorId = m_config.doorId;
    hello.ephemeral = m_ephemeral.publicKey;
    hello.nonce = crypto::randomBytes(kNonceSize);
    hello.receiveWindow = receiveWindow();
    m_clientHello = encode(hello);
    sendPlain(m_clientHello);
    m_state = State::AwaitDoorHello;
    ++m_roundTrips;
}

void SyncClient::linkLost()
{
    if (finished())
        return;
    // Right after the proof, before any status: the link dropped, or the door refused the proof (it does
    // not say which, before the laptop is authenticated). A door that keeps doing this does not trust this
    // property's key: it was reset, or someone holding an old key moved it to a key of their own.
    if (m_state == State::AwaitStatus)
        return failWith(SyncError::LinkLost,
                        "The door ended the connection right after Porter proved it acts for the property. "
                        "Move closer and sync again; if it happens every time, the door does not trust this "
                        "property's current key (it was reset, or taken over with an old key): reset it on "
                        "site and commission it again.");
    failWith(SyncError::LinkLost, "The connection to the door was lost before the sync finished. Move closer "
                                  "to the door and sync again; it resumes where it stopped.");
}

void SyncClient::receive(ByteView bytes, std::int64_t now)
{
    if (finished())
        return;
    m_config.now = now;
    receiveBytes(bytes);
    if (failed() && !finished())
        failWith(SyncError::ProtocolViolation, "The door's data failed verification (tampered or corrupted "
                                               "link). Sync again.");
}

void SyncClient::onMessage(ByteView message)
{
    switch (m_state) {
    case State::AwaitDoorHello:
        handleDoorHello(message);
        break;
    case State::AwaitStatus:
        handleStatus(message);
        break;
    case State::Syncing:
        handleRecord(message);
        break;
    default:
        failWith(SyncError::ProtocolViolation, "The door sent data out of turn.");
    }
}

void SyncClient::handleDoorHello(ByteView message)
{
    if (const auto refused = decodeRefuse(message)) {
        switch (*refused) {
        case RefuseCode::NotCommissioned:
            return failWith(SyncError::DoorNotCommissioned,
                            "The door has not been commissioned. Commission it before syncing.");
        case RefuseCode::WrongDoor:
            return failWith(SyncError::WrongDoor,
                            "This is not the door you selected (another door or property).");
        case RefuseCode::UnsupportedVersion:
            return failWith(SyncError::ProtocolViolation,
                            "The door speaks another protocol version; update its firmware or Porter.");
        case RefuseCode::DoorFault:
            return failWith(SyncError::DoorFault,
                            "The door's memory is damaged or was tampered with, so it refuses everything. "
                            "Reset the door on site, then commission it again.");
        case RefuseCode::AlreadyCommissioned:
        case RefuseCode::NotInInstallMode:
        case RefuseCode::TooManyAttempts:
            return failWith(SyncError::ProtocolViolation, "The door answered out of turn.");
        }
    }
    const auto hello = decodeDoorHello(message);
    const std::uint8_t version = m_kit ? kKitProtocolVersion : kProtocolVersion;
    if (!hello || hello->version != version || hello->receiveWindow < 4096)
        return failWith(SyncError::ProtocolViolation, "The door's greeting is malformed.");
    const Bytes unsignedPart = encodeUnsigned(*hello);
    if (!crypto::ed25519Verify(m_config.doorIdentityPublicKey,
                               doorSignedTranscript(m_clientHello, unsignedPart), hello->signature))
        return failWith(SyncError::AuthenticationFailed,
                        "The door could not prove its identity. It may be a different or reset door: check "
                        "which door you are next to, or commission it again.");
    auto shared = crypto::x25519(m_ephemeral.seed, hello->ephemeral);
    if (!shared)
        return failWith(SyncError::AuthenticationFailed, "The door's key exchange is invalid.");
    const Bytes doorHello(message.begin(), message.end());
    const SessionKeys keys = deriveKeys(*shared, m_clientHello, doorHello);
    crypto::wipe(*shared);
    // A door that holds an older signing key follows these to the one the proof is made with.
    for (const KeyStep &step : m_config.keySteps)
        sendPlain(encode(step));
    if (m_kit) {
        KitAuth auth;
        auth.certificate = *m_kit;
        auth.signature = crypto::ed25519Sign(m_config.kitSeed, kitSignedTranscript(m_clientHello, doorHello));
        crypto::wipe(m_config.kitSeed);
        if (auth.signature.empty())
            return failWith(SyncError::LocalError, "The field kit's key cannot sign.");
        sendPlain(encode(auth));
        m_kitChain = kitReceiptChainStart(m_clientHello, doorHello);
        m_result.kitReceipt = SyncResult::KitReceipt{m_kitChain, {}, {}, {}};
        startRecords(RecordCipher(keys.laptopToDoorKey, keys.laptopToDoorIv),
                     RecordCipher(keys.doorToLaptopKey, keys.doorToLaptopIv), hello->receiveWindow);
        m_state = State::AwaitStatus;
        ++m_roundTrips;
        return;
    }
    const Bytes sig =
        crypto::ed25519Sign(m_config.propertySeed, clientSignedTranscript(m_clientHello, doorHello));
    // The session needs the property key for this proof and, should the door hold an older doorcode
    // secret, for signing the current one; then it is wiped (updates are signed by Porter itself).
    if (m_config.doorcodeSecret.size() == 32)
        m_secretSignature = signDoorcodeSecret(m_config.propertySeed, m_config.propertyId, m_config.doorId,
                                               m_config.doorcodeEpoch, m_config.doorcodeSecret);
    crypto::wipe(m_config.propertySeed);
    if (sig.empty())
        return failWith(SyncError::LocalError, "The property key cannot sign.");
    sendPlain(encodeClientAuth(sig));
    startRecords(RecordCipher(keys.laptopToDoorKey, keys.laptopToDoorIv),
                 RecordCipher(keys.doorToLaptopKey, keys.doorToLaptopIv), hello->receiveWindow);
    m_state = State::AwaitStatus;
    ++m_roundTrips;
}

void SyncClient::noteKitRecord(ByteView record)
{
    if (!m_kit || !m_result.kitReceipt)
        return;
    m_kitChain = kitReceiptChainNext(m_kitChain, record);
    m_result.kitReceipt->records.emplace_back(record.begin(), record.end());
}

bool verifyKitReceipt(const SyncResult::KitReceipt &receipt, ByteView doorIdentityPublicKey)
{
    if (receipt.signature.size() != crypto::kSignatureSize || receipt.done.empty())
        return false;
    crypto::Hash chain = receipt.start;
    for (const Bytes &record : receipt.records)
        chain = kitReceiptChainNext(chain, record);
    return crypto::ed25519Verify(doorIdentityPublicKey, kitReceiptMessage(chain, receipt.done),
                                 receipt.signature);
}

void SyncClient::handleStatus(ByteView message)
{
    noteKitRecord(message);
    const auto status = decodeStatus(message);
    if (!status || status->propertyId != m_config.propertyId || status->doorId != m_config.doorId)
        return failWith(SyncError::ProtocolViolation, "The door's status is malformed.");
    m_result.doorStatus = *status;
    m_result.driftSeconds = status->doorClock - m_config.now;
    m_activityExpectedFrom = status->activityFirstSeq;
    m_activityExpectedTo = status->activityNextSeq;
    m_activityNext = m_activityExpectedFrom;
    m_state = State::Syncing;
    ++m_roundTrips;

    m_result.doorcodeEpoch = status->doorcodeEpoch;
    m_result.signingKeyEpoch = status->signingKeyEpoch;
    if (m_config.doorcodeEpoch > status->doorcodeEpoch) {
        // The door holds an older doorcode secret: the rotated one goes first, so its codes stop
        // before anything else happens in this session.
        DoorcodeSecret rotate;
        rotate.epoch = m_config.doorcodeEpoch;
        rotate.secret = m_config.doorcodeSecret;
        rotate.signature = m_secretSignature; // signed before the property key was wiped
        if (rotate.signature.empty())
            return failWith(SyncError::LocalError, "The doorcode secret prepared for this door is invalid.");
        sendRecord(encode(rotate));
        crypto::wipe(m_config.doorcodeSecret);
        m_secretSent = true;
    }
    std::optional<Bytes> update;
    if (m_config.updateFor)
        update = m_config.updateFor(*status);
    std::int64_t clockTime = m_config.now;
    if (update) {
        const auto header = decodeHeader(*update);
        if (!header || header->propertyId != m_config.propertyId || header->doorId != m_config.doorId ||
            update->size() > kMaxUpdateSize)
            return failWith(SyncError::LocalError, "The update prepared for this door is invalid.");
        m_update = std::move(*update);
        // The update was signed a moment after this session's "now" was taken: the door must not
        // see a clock earlier than the issue time it is about to accept (§4, "Clock").
        clockTime = std::max(clockTime, header->issuedAt);
        UpdateBegin begin;
        begin.newVersion = header->newVersion;
        begin.newHash = header->newHash;
        begin.totalLength = static_cast<std::uint32_t>(m_update.size());
        // Resume: the door already holds the first `have` bytes of this very update.
        const StagedInfo &staged = status->staged;
        if (staged.newVersion == begin.newVersion && staged.newHash == begin.newHash &&
            staged.totalLength == begin.totalLength && staged.have < begin.totalLength)
            begin.offset = staged.have;
        m_result.updateTotalBytes = m_update.size();
        m_result.updateResumedFrom = begin.offset;
        sendRecord(encode(begin));
        for (std::size_t pos = begin.offset; pos < m_update.size(); pos += kUpdateChunkSize) {
            const std::size_t n = std::min(kUpdateChunkSize, m_update.size() - pos);
            Bytes chunk;
            chunk.reserve(n + 1);
            chunk.push_back(static_cast<std::uint8_t>(MessageType::UpdateChunk));
            chunk.insert(chunk.end(), m_update.begin() + static_cast<std::ptrdiff_t>(pos),
                         m_update.begin() + static_cast<std::ptrdiff_t>(pos + n));
            sendRecord(std::move(chunk));
        }
        m_updateSent = true;
    }
    // A kit never sets the door's clock (the door refuses it): Porter's next sync does.
    if (!m_kit) {
        Writer clock;
        clock.u8(static_cast<std::uint8_t>(MessageType::ClockSet));
        clock.i64(clockTime);
        sendRecord(clock.take());
        m_clockSent = true;
    }
    maybeFinish();
}

void SyncClient::onRecordReleased(const Bytes &plaintext)
{
    if (plaintext.empty() || plaintext[0] != static_cast<std::uint8_t>(MessageType::UpdateChunk))
        return;
    m_result.updateBytesSent += plaintext.size() - 1;
    if (m_config.onProgress)
        m_config.onProgress(m_result.updateResumedFrom + m_result.updateBytesSent, m_result.updateTotalBytes);
}

void SyncClient::maybeFinish()
{
    if (m_finishSent || m_activityNext != m_activityExpectedTo)
        return;
    // A kit only reads activity: the door keeps it until a sync with the property key releases it.
    if (m_activityExpectedTo > m_activityExpectedFrom && !m_kit)
        sendRecord(withVarint(MessageType::ActivityAck, m_activityNext));
    sendRecord(simple(MessageType::Finish));
    m_finishSent = true;
}

void SyncClient::handleRecord(ByteView message)
{
    const auto type = static_cast<MessageType>(message[0]);
    if (type != MessageType::KitReceipt && type != MessageType::Done)
        noteKitRecord(message);
    switch (type) {
    case MessageType::KitReceipt: {
        if (!m_kit || message.size() != 1 + crypto::kSignatureSize || !m_result.kitReceipt ||
            !m_result.kitReceipt->signature.empty())
            return failWith(SyncError::ProtocolViolation, "The door sent an unexpected receipt.");
        m_result.kitReceipt->signature.assign(message.begin() + 1, message.end());
        return;
    }
    case MessageType::ActivityBatch: {
        const auto batch = decodeActivityBatch(message);
        // Seqs may skip (a full ring drops failures first) but never go back or past the status.
        if (!batch || batch->empty() || batch->front().seq < m_activityNext ||
            batch->back().seq >= m_activityExpectedTo)
            return failWith(SyncError::ProtocolViolation, "The door's activity upload is malformed.");
        if (m_config.onActivity && !m_config.onActivity(*batch))
            return failWith(SyncError::LocalError,
                            "Porter could not store the door's activity; the door keeps it.");
        m_result.activity.insert(m_result.activity.end(), batch->begin(), batch->end());
        m_activityNext = batch->back().seq + 1;
        maybeFinish();
        return;
    }
    case MessageType::Applied: {
        const auto ack = decodeVersionAck(type, message);
        const auto header = decodeHeader(m_update);
        if (!ack || !m_updateSent || m_updateAnswered || !header || ack->version != header->newVersion ||
            ack->hash != header->newHash)
            return failWith(SyncError::ProtocolViolation, "The door acknowledged an update it was not sent.");
        m_updateAnswered = true;
        m_result.applied = *ack;
        return;
    }
    case MessageType::DoorcodeEpoch: {
        const auto answer = decodeDoorcodeEpoch(message);
        if (!answer || !m_secretSent || m_secretAnswered)
            return failWith(SyncError::ProtocolViolation, "The door's doorcode secret answer is malformed.");
        m_secretAnswered = true;
        m_result.doorcodeEpoch = answer->epoch;
        m_result.doorcodeSecretError = answer->error;
        return;
    }
    case MessageType::UpdateRejected: {
        if (message.size() != 2 || !m_updateSent || m_updateAnswered)
            return failWith(SyncError::ProtocolViolation, "The door's update answer is malformed.");
        m_updateAnswered = true;
        m_result.updateError = static_cast<UpdateError>(message[1]);
        return;
    }
    case MessageType::ClockRefused: {
        Reader r(message.subspan(1));
        const std::int64_t newest = r.i64();
        if (!r.atEnd() || m_result.clockRefusedBefore)
            return failWith(SyncError::ProtocolViolation, "The door's clock answer is malformed.");
        m_result.clockRefusedBefore = newest;
        return;
    }
    case MessageType::Done: {
        const auto done = decodeVersionAck(type, message);
        if (!done || !m_finishSent || (m_updateSent && !m_updateAnswered) ||
            (m_secretSent && !m_secretAnswered))
            return failWith(SyncError::ProtocolViolation, "The door finished out of turn.");
        if (m_kit) {
            // A kit session ends with the door's receipt: without it, or with one that is not the door's,
            // nothing the door said can be shown to Porter.
            m_result.kitReceipt->done.assign(message.begin(), message.end());
            if (!verifyKitReceipt(*m_result.kitReceipt, m_config.doorIdentityPublicKey))
                return failWith(SyncError::AuthenticationFailed,
                                "The door's receipt is missing or not its own.");
        }
        m_result.finalState = *done;
        m_result.clockSet = m_clockSent && !m_result.clockRefusedBefore;
        m_result.activityReleasedUpTo = done->activityFirstSeq;
        if (m_secretSent && m_result.doorcodeEpoch < m_config.doorcodeEpoch) {
            m_result.error = SyncError::DoorRejectedSecret;
            m_result.message = std::string("The door kept its old doorcode secret: ") +
                               door::describe(m_result.doorcodeSecretError) +
                               ". Codes of the old secret still work there; sync again.";
            m_state = State::Failed;
        } else if (m_result.updateError != UpdateError::None) {
            m_result.error = SyncError::DoorRejectedUpdate;
            m_result.message = std::string("The door refused the update: ") +
                               door::describe(m_result.updateError) +
                               ". Sync again; if it persists, send a full update.";
            m_state = State::Failed;
        } else {
            m_state = State::Finished;
        }
        return;
    }
    default:
        return failWith(SyncError::ProtocolViolation, "The door sent an unexpected message.");
    }
}

// --- CommissionClient -----------------------------------------------------------------------

CommissionClient::CommissionClient(CommissionConfig config)
    : Endpoint(config.linkPayload, kLaptopReceiveWindow)
    , m_config(std::move(config))
{}

CommissionClient::~CommissionClient()
{
    crypto::wipe(m_pairingNonce);
}

void CommissionClient::failWith(SyncError e, std::string message)
{
    if (finished())
        return;
    m_result.error = e;
    m_result.message = std::move(message);
    m_state = State::Failed;
    crypto::wipe(m_config.propertySeed);
    crypto::wipe(m_config.doorcodeSecret);
    fail();
}

void CommissionClient::start()
{
    if (m_state != State::Idle)
        return;
    const Bytes propertyPublic = crypto::ed25519PublicKey(m_config.propertySeed);
    if (propertyPublic.empty() || m_config.doorcodeSecret.size() != 32 || m_config.doorcodeDigits < 6 ||
        m_config.doorcodeDigits > 9 || m_config.doorcodeEpoch == 0)
        return failWith(SyncError::LocalError,
                        "The property key or doorcode secret is missing or malformed.");
    m_ephemeral = crypto::x25519Generate();
    m_pairingNonce = crypto::randomBytes(kNonceSize);
    CommissionHello hello;
    hello.hello.propertyId = m_config.propertyId;
    hello.hello.doorId = m_config.doorId;
    hello.hello.ephemeral = m_ephemeral.publicKey;
    hello.hello.nonce = crypto::randomBytes(kNonceSize);
    hello.hello.receiveWindow = receiveWindow();
    hello.propertyPublicKey = propertyPublic;
    // Commit to the pairing nonce before the door shows anything (numeric comparison).
    hello.commitment = pairingCommitment(m_pairingNonce, encodeWithoutCommitment(hello));
    m_hello = encode(hello);
    sendPlain(m_hello);
    m_state = State::AwaitReply;
}

void CommissionClient::linkLost()
{
    if (!finished())
        failWith(SyncError::LinkLost,
                 "The connection to the door was lost during commissioning. The door is not "
                 "commissioned unless it says so; try again.");
}

void CommissionClient::receive(ByteView bytes)
{
    if (finished())
        return;
    receiveBytes(bytes);
    if (failed() && !finished())
        failWith(SyncError::ProtocolViolation, "The door's data failed verification. Try again.");
}

void CommissionClient::confirmPairing()
{
    if (m_state != State::AwaitConfirmation)
        return;
    Bytes doorSide = m_reply;
    doorSide.insert(doorSide.end(), m_reveal.begin(), m_reveal.end());
    const Bytes sig = crypto::ed25519Sign(m_config.propertySeed, clientSignedTranscript(m_hello, doorSide));
    if (sig.empty())
        return failWith(SyncError::LocalError, "The property key cannot sign.");
    sendPlain(encodeClientAuth(sig));
    startRecords(RecordCipher(m_keys.laptopToDoorKey, m_keys.laptopToDoorIv),
                 RecordCipher(m_keys.doorToLaptopKey, m_keys.doorToLaptopIv), m_doorWindow);
    Bytes commission{static_cast<std::uint8_t>(MessageType::Commission)};
    commission.insert(commission.end(), m_config.doorcodeSecret.begin(), m_config.doorcodeSecret.end());
    commission.push_back(static_cast<std::uint8_t>(m_config.doorcodeDigits));
    Writer epoch;
    epoch.u32(m_config.doorcodeEpoch);
    epoch.u32(m_config.signingKeyEpoch);
    commission.insert(commission.end(), epoch.bytes().begin(), epoch.bytes().end());
    sendRecord(std::move(commission));
    crypto::wipe(m_config.propertySeed);
    crypto::wipe(m_config.doorcodeSecret);
    m_state = State::AwaitCommissioned;
}

void CommissionClient::rejectPairing()
{
    if (m_state != State::AwaitConfirmation)
        return;
    failWith(SyncError::PairingCodeRejected,
             "The pairing codes did not match. Nothing was sent to the door: make sure you are next to "
             "the right door and nobody else is pairing with it, then try again.");
}

void CommissionClient::onMessage(ByteView message)
{
    if (m_state == State::AwaitReply) {
        if (const auto refused = decodeRefuse(message)) {
            switch (*refused) {
            case RefuseCode::AlreadyCommissioned:
                return failWith(SyncError::DoorAlreadyCommissioned,
                                "This door is already commissioned. Reset it on site before commissioning it "
                                "again.");
            case RefuseCode::NotInInstallMode:
                return failWith(SyncError::DoorNotInInstallMode,
                                "The door is not in install mode. Press its install button, then try again "
                                "within 10 minutes.");
            case RefuseCode::TooManyAttempts:
                return failWith(SyncError::DoorNotInInstallMode,
                                "The door refused: too many pairing attempts since its install button was "
                                "pressed. Press the button again, then try again.");
            case RefuseCode::DoorFault:
                return failWith(
                    SyncError::DoorFault,
                    "The door's memory is damaged or was tampered with, so it refuses everything. "
                    "Reset the door on site, then commission it again.");
            default:
                return failWith(SyncError::ProtocolViolation, "The door refused commissioning.");
            }
        }
        const auto reply = decodeCommissionReply(message);
        if (!reply || reply->hello.version != kProtocolVersion || reply->hello.receiveWindow < 4096)
            return failWith(SyncError::ProtocolViolation, "The door's commissioning reply is malformed.");
        if (!crypto::ed25519Verify(reply->identityPublicKey,
                                   doorSignedTranscript(m_hello, encodeUnsigned(*reply)),
                                   reply->hello.signature))
            return failWith(SyncError::AuthenticationFailed, "The door's commissioning reply is not signed.");
        auto shared = crypto::x25519(m_ephemeral.seed, reply->hello.ephemeral);
        if (!shared)
            return failWith(SyncError::AuthenticationFailed, "The door's key exchange is invalid.");
        m_reply.assign(message.begin(), message.end());
        m_keys = deriveKeys(*shared, m_hello, m_reply);
        crypto::wipe(*shared);
        m_doorWindow = reply->hello.receiveWindow;
        m_identity = reply->identityPublicKey;
        // The door has committed to its reply (and nonce): now reveal ours. Both ends then show the
        // code; nothing secret is sent before the person at the door confirmed it.
        m_reveal = encodePairingReveal(m_pairingNonce);
        sendPlain(m_reveal);
        m_result.pairingCode = protocol::pairingCode(m_hello, m_reply, m_pairingNonce);
        crypto::wipe(m_pairingNonce);
        m_state = State::AwaitConfirmation;
        return;
    }
    if (m_state == State::AwaitCommissioned && message.size() == 33 &&
        message[0] == static_cast<std::uint8_t>(MessageType::Commissioned) &&
        Bytes(message.begin() + 1, message.end()) == m_identity) {
        m_result.doorIdentityPublicKey = m_identity;
        m_state = State::Finished;
        return;
    }
    failWith(SyncError::ProtocolViolation, "The door sent an unexpected message during commissioning.");
}

LoopbackStats runCommissionLoopback(CommissionClient &client, DoorSession &door, std::int64_t doorHostNow,
                                    const PairingComparison &compare)
{
    LoopbackStats stats;
    if (client.state() == CommissionClient::State::Idle)
        client.start();
    for (;;) {
        bool moved = false;
        while (auto f = client.nextFragment()) {
            stats.bytesToDoor += f->size();
            ++stats.fragmentsToDoor;
            door.receive(*f, doorHostNow);
            moved = true;
        }
        while (auto f = door.nextFragment()) {
            stats.bytesToLaptop += f->size();
            ++stats.fragmentsToLaptop;
            client.receive(*f);
            moved = true;
        }
        if (moved) {
            ++stats.flights;
            continue;
        }
        // Quiet link: both displays show what they will show; the person compares them.
        if (client.state() != CommissionClient::State::AwaitConfirmation)
            break;
        const std::string &laptopCode = client.result().pairingCode;
        const bool same = compare ? compare(laptopCode, door.pairingCode())
                                  : !laptopCode.empty() && laptopCode == door.pairingCode();
        if (same) {
            client.confirmPairing();
            door.confirmAtDoor(); // the same person presses the door's button
        } else {
            client.rejectPairing();
        }
    }
    if (!client.finished())
        client.linkLost();
    door.linkLost();
    return stats;
}

// --- Loopback -------------------------------------------------------------------------------

LoopbackStats runLoopback(SyncClient &client, DoorSession &door, std::int64_t now,
                          const LoopbackOptions &options)
{
    LoopbackStats stats;
    std::size_t index = 0;
    std::size_t total = 0;
    if (client.state() == SyncClient::State::Idle)
        client.start();
    auto deliver = [&](bool toDoor, Bytes f) {
        if (options.tamper)
            options.tamper(toDoor, index, f);
        ++index;
        if (options.record)
            stats.transcript.emplace_back(toDoor, f);
        std::size_t n = f.size();
        if (total + n > options.dropAfterBytes) {
            n = options.dropAfterBytes - total;
            stats.dropped = true;
        }
        total += n;
        const ByteView part(f.data(), n);
        if (toDoor) {
            stats.bytesToDoor += n;
            ++stats.fragmentsToDoor;
            door.receive(part, now);
        } else {
            stats.bytesToLaptop += n;
            ++stats.fragmentsToLaptop;
            client.receive(part, client.now());
        }
    };
    for (;;) {
        bool moved = false;
        while (!stats.dropped) {
            auto f = client.nextFragment();
            if (!f)
                break;
            deliver(true, std::move(*f));
            moved = true;
        }
        while (!stats.dropped) {
            auto f = door.nextFragment();
            if (!f)
                break;
            deliver(false, std::move(*f));
            moved = true;
        }
        if (moved)
            ++stats.flights;
        if (!moved || stats.dropped)
            break;
    }
    if (!client.finished())
        client.linkLost();
    door.linkLost();
    return stats;
}

} // namespace porter::door

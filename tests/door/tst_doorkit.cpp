// Field kit sessions (protocol v3, docs/door-protocol.md "Field kit sessions"): a kit key the property
// key certified for one door, one list version and a few days delivers that signed update and reads the
// door's activity, and nothing else. Each attack a kit's holder (or someone who copied a kit) could try
// is performed here against the reference door: another door, a forged, stretched or overflowing
// certificate, an expired one, any clock set (back to keep the kit valid and re-open expired rights,
// ahead to end current ones, back and forth to flood the log), a superseded update of an older kit, a
// doorcode secret, releasing the door's activity, an update signed by the kit key, holding the door's
// connection.
#include "door/protocol.h"
#include "doortestutil.h"

#include <QTest>

using namespace porter::door;
using namespace porter::door::testutil;
using namespace porter::door::protocol;

namespace {

constexpr std::int64_t kNow = 1772460000; // 2026-03-02 14:00 UTC
constexpr std::uint32_t kPerson = 1234;

AccessList listWith(std::uint32_t propertyId, std::uint32_t doorId, std::uint64_t version, bool doorcode)
{
    AccessList l = emptyList(propertyId, doorId);
    l.version = version;
    l.schedules.push_back(Schedule{});
    if (doorcode) {
        Holder h;
        h.personId = kPerson;
        h.doorcode = true;
        h.rights.push_back(Right{0, kNoExpiry, 0, true});
        l.holders.push_back(h);
    }
    return l;
}

struct Kit
{
    crypto::KeyPair key = crypto::ed25519Generate();
    KitCertificate certificate;
};

Kit makeKit(const Property &p, std::uint32_t doorId, std::int64_t notBefore, std::int64_t notAfter,
            const Bytes &signingSeed = {}, std::uint64_t listVersion = 2)
{
    Kit k;
    k.certificate = makeKitCertificate(p.id, doorId, notBefore, notAfter, listVersion, k.key.publicKey,
                                       signingSeed.empty() ? p.key.seed : signingSeed);
    return k;
}

SyncClientConfig kitConfig(const Property &p, const TestDoor &d, PorterSide &side, const Kit &kit,
                           std::int64_t now)
{
    SyncClientConfig c = clientConfig(p, d, side, now);
    c.propertySeed.clear(); // a kit holds no property key
    c.kitCertificate = encode(kit.certificate);
    c.kitSeed = kit.key.seed;
    return c;
}

// A laptop written by hand, to send what Porter's SyncClient never would: a certificate for another
// door, records a kit session must refuse.
class HandLaptop
{
public:
    HandLaptop(DoorSession &session, std::uint32_t propertyId, std::uint32_t doorId)
        : m_session(session)
        , m_reassembler(244)
    {
        m_ephemeral = crypto::x25519Generate();
        ClientHello hello;
        hello.version = kKitProtocolVersion;
        hello.propertyId = propertyId;
        hello.doorId = doorId;
        hello.ephemeral = m_ephemeral.publicKey;
        hello.nonce = crypto::randomBytes(kNonceSize);
        hello.receiveWindow = kLaptopReceiveWindow;
        m_clientHello = encode(hello);
        send(m_clientHello);
    }
    // The door's answer to the hello: its hello (or a refusal).
    std::optional<Bytes> doorHello()
    {
        if (m_doorHello.empty()) {
            auto m = next();
            if (!m)
                return std::nullopt;
            m_doorHello = *m;
        }
        return m_doorHello;
    }
    // Authenticates with `kit`'s certificate and key; records follow.
    bool authenticate(const Kit &kit)
    {
        const auto hello = doorHello();
        if (!hello)
            return false;
        const auto decoded = decodeDoorHello(*hello);
        if (!decoded)
            return false;
        auto shared = crypto::x25519(m_ephemeral.seed, decoded->ephemeral);
        if (!shared)
            return false;
        const SessionKeys keys = deriveKeys(*shared, m_clientHello, *hello);
        KitAuth auth;
        auth.certificate = kit.certificate;
        auth.signature = crypto::ed25519Sign(kit.key.seed, kitSignedTranscript(m_clientHello, *hello));
        send(encode(auth));
        m_tx = RecordCipher(keys.laptopToDoorKey, keys.laptopToDoorIv);
        m_rx = RecordCipher(keys.doorToLaptopKey, keys.doorToLaptopIv);
        return m_session.state() == DoorSession::State::Running;
    }
    void sendRecord(const Bytes &plaintext) { send(m_tx.seal(plaintext)); }
    // Every record the door sent so far, opened.
    std::vector<Bytes> records()
    {
        std::vector<Bytes> out;
        while (auto m = next()) {
            auto opened = m_rx.open(*m);
            if (!opened)
                break;
            out.push_back(*opened);
        }
        return out;
    }

private:
    void send(const Bytes &message)
    {
        for (const Bytes &f : fragment(message, 244))
            m_session.receive(f, kNow);
    }
    std::optional<Bytes> next()
    {
        while (!m_reassembler.hasMessage()) {
            auto f = m_session.nextFragment();
            if (!f)
                return std::nullopt;
            if (!m_reassembler.push(*f))
                return std::nullopt;
        }
        return m_reassembler.popMessage();
    }
    DoorSession &m_session;
    Reassembler m_reassembler;
    crypto::KeyPair m_ephemeral;
    Bytes m_clientHello, m_doorHello;
    RecordCipher m_tx, m_rx;
};

bool isType(const Bytes &record, MessageType type)
{
    return !record.empty() && record[0] == static_cast<std::uint8_t>(type);
}

} // namespace

class TestDoorKit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kitDeliversTheSignedUpdateAndReadsActivityWithoutReleasingIt();
    void certificateEncodingRoundTrips();
    void kitForOneDoorOpensNoSessionAtAnother();
    void forgedStretchedExpiredOrEarlyCertificatesAreRefused();
    void aKitNeverSetsTheClock();
    void aSupersededUpdateIsRefused();
    void aKitSessionEndsAtItsDeadline();
    void kitSessionRefusesDoorcodeSecretsAndReleasingActivity();
    void updateSignedByTheKitKeyIsRefused();
    void theDoorSignsAReceiptOfWhatItSaid();
};

// The whole point: a door synced once with the property key takes the next change from a kit, tells
// the kit what it holds and what happened, and keeps its activity for Porter's own next sync.
void TestDoorKit::kitDeliversTheSignedUpdateAndReadsActivityWithoutReleasingIt()
{
    Property p;
    TestDoor lobby(p, 3);
    PorterSide side = makeSide(emptyList(p.id, 3), listWith(p.id, 3, 1, false), 244);
    QVERIFY(sync(p, lobby, side, kNow).result.ok());

    // People use the door: two entries of activity.
    const std::string code = dailyDoorcode(p.doorcodeSecret, kPerson, civilFromDays(localDay(kNow)));
    QVERIFY(!lobby.door->decideDoorcode(code, kNow + 60).granted); // not a holder yet
    QVERIFY(!lobby.door->decideCard("A1B2C3D4", kNow + 70).granted);
    const std::uint64_t firstSeq = lobby.door->status(kNow + 80).activityFirstSeq;

    // Porter builds a kit carrying version 2 (the person gets a doorcode) as a delta from version 1.
    side.target = listWith(p.id, 3, 2, true);
    const Kit kit = makeKit(p, 3, kNow, kNow + 3 * 86400);
    SyncClient client(kitConfig(p, lobby, side, kit, kNow + 3600));
    DoorSession session(*lobby.door, 244);
    runLoopback(client, session, kNow + 3600);
    const SyncResult &r = client.result();
    QVERIFY2(r.ok(), r.message.c_str());
    QVERIFY(r.applied);
    QCOMPARE(r.applied->version, std::uint64_t{2});
    QCOMPARE(r.finalState->version, std::uint64_t{2});
    QVERIFY(!r.clockSet); // a kit never sets the clock (aKitNeverSetsTheClock)
    QCOMPARE(r.activity.size(), std::size_t{2});
    QVERIFY(lobby.door->decideDoorcode(code, kNow + 3700).granted);

    // The activity is still the door's: Porter's next sync with the property key reads it again (the
    // kit's copy and this one are the same entries, stored once by their sequence numbers).
    QCOMPARE(r.activityReleasedUpTo, firstSeq);
    QCOMPARE(lobby.door->status(kNow + 3800).activityFirstSeq, firstSeq);
    side.acknowledged = side.target;
    side.storedActivity.clear();
    const SyncOutcome online = sync(p, lobby, side, kNow + 7200);
    QVERIFY(online.result.ok());
    QCOMPARE(online.result.activity.size(), std::size_t{3}); // two, and the granted doorcode
    QCOMPARE(online.result.activity.front().seq, r.activity.front().seq);
    QVERIFY(online.result.activityReleasedUpTo > firstSeq);
}

void TestDoorKit::certificateEncodingRoundTrips()
{
    Property p;
    const Kit kit = makeKit(p, 9, kNow, kNow + 86400);
    const Bytes bytes = encode(kit.certificate);
    QCOMPARE(bytes.size(), kKitCertificateSize);
    const auto decoded = decodeKitCertificate(bytes);
    QVERIFY(decoded);
    QCOMPARE(decoded->doorId, std::uint32_t{9});
    QCOMPARE(decoded->notAfter, kNow + 86400);
    QVERIFY(verifyKitCertificate(*decoded, p.key.publicKey));
    // Any byte changed breaks the signature or the decoding.
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        Bytes tampered = bytes;
        tampered[i] ^= 0x01;
        const auto t = decodeKitCertificate(tampered);
        QVERIFY2(!t || !verifyKitCertificate(*t, p.key.publicKey), std::to_string(i).c_str());
    }
    QVERIFY(!decodeKitCertificate(ByteView(bytes.data(), bytes.size() - 1)));
}

// A kit for the lobby, taken to the side door (same property, same property key): the side door
// checks the certificate names it, whatever the hello claims.
void TestDoorKit::kitForOneDoorOpensNoSessionAtAnother()
{
    Property p;
    TestDoor lobby(p, 3);
    TestDoor sideDoor(p, 4);
    const Kit lobbyKit = makeKit(p, 3, kNow - 60, kNow + 86400);

    DoorSession atSide(*sideDoor.door, 244);
    HandLaptop laptop(atSide, p.id, 4);
    QVERIFY(laptop.doorHello());
    QVERIFY(!laptop.authenticate(lobbyKit));
    QCOMPARE(atSide.state(), DoorSession::State::Failed);

    // Porter's client refuses to even try it.
    PorterSide side = makeSide(emptyList(p.id, 4), listWith(p.id, 4, 1, false), 244);
    SyncClientConfig cfg = kitConfig(p, sideDoor, side, lobbyKit, kNow);
    SyncClient client(cfg);
    client.start();
    QCOMPARE(client.result().error, SyncError::LocalError);

    // The lobby's own kit works at the lobby (the control).
    DoorSession atLobby(*lobby.door, 244);
    HandLaptop ok(atLobby, p.id, 3);
    QVERIFY(ok.authenticate(lobbyKit));
}

void TestDoorKit::forgedStretchedExpiredOrEarlyCertificatesAreRefused()
{
    Property p;
    TestDoor lobby(p, 3);
    const auto refused = [&](const Kit &kit) {
        DoorSession session(*lobby.door, 244);
        HandLaptop laptop(session, p.id, 3);
        return !laptop.authenticate(kit) && session.state() == DoorSession::State::Failed;
    };
    // Signed by another key (someone who made their own kit).
    const crypto::KeyPair other = crypto::ed25519Generate();
    QVERIFY(refused(makeKit(p, 3, kNow - 60, kNow + 86400, other.seed)));
    // Longer than 14 days, even signed by the property key.
    QVERIFY(refused(makeKit(p, 3, kNow - 60, kNow - 60 + kMaxKitValiditySeconds + 1)));
    // Expired, and not yet valid (beyond the door's clock tolerance).
    QVERIFY(refused(makeKit(p, 3, kNow - 86400, kNow)));
    QVERIFY(refused(makeKit(p, 3, kNow + kKitClockToleranceSeconds + 60, kNow + 86400)));
    // Times that would overflow the validity arithmetic, even signed by the property key.
    QVERIFY(refused(makeKit(p, 3, INT64_MIN, kNow + 86400)));
    QVERIFY(!verifyKitCertificate(makeKit(p, 3, INT64_MIN, INT64_MAX).certificate, p.key.publicKey));
    QVERIFY(!verifyKitCertificate(makeKit(p, 3, -10, 10).certificate, p.key.publicKey));
    // A kit key that does not sign the transcript: the certificate's key is someone else's.
    Kit stolenCertificate = makeKit(p, 3, kNow - 60, kNow + 86400);
    stolenCertificate.key = crypto::ed25519Generate();
    QVERIFY(refused(stolenCertificate));
    // Within the tolerance of a door whose clock runs a few minutes behind: taken.
    DoorSession session(*lobby.door, 244);
    HandLaptop laptop(session, p.id, 3);
    QVERIFY(laptop.authenticate(makeKit(p, 3, kNow + 300, kNow + 86400)));
    // A version 2 hello followed by a kit's proof is refused too: the versions do not mix.
    DoorSession v2(*lobby.door, 244);
    Writer hello;
    ClientHello h;
    h.propertyId = p.id;
    h.doorId = 3;
    h.ephemeral = crypto::x25519Generate().publicKey;
    h.nonce = crypto::randomBytes(kNonceSize);
    h.receiveWindow = kLaptopReceiveWindow;
    for (const Bytes &f : fragment(encode(h), 244))
        v2.receive(f, kNow);
    KitAuth auth;
    auth.certificate = makeKit(p, 3, kNow - 60, kNow + 86400).certificate;
    auth.signature = Bytes(64, 0);
    for (const Bytes &f : fragment(encode(auth), 244))
        v2.receive(f, kNow);
    QCOMPARE(v2.state(), DoorSession::State::Failed);
}

// A kit's holder tries to move the door's clock: back, to re-open an expired right and keep the kit
// itself valid for ever; ahead, to end current rights; back and forth, to flood the log with clock
// alarms until the grants are evicted. Every ClockSet of a kit session is refused, within the
// certificate too: the clock, the alarms and the activity stay as they were.
void TestDoorKit::aKitNeverSetsTheClock()
{
    Property p;
    TestDoor lobby(p, 3);
    QVERIFY(!lobby.door->decideCard("A1B2C3D4", kNow).granted); // one entry of activity
    const Kit kit = makeKit(p, 3, kNow - 600, kNow + 86400);
    const std::int64_t before = lobby.door->clock(kNow);
    const std::uint64_t first = lobby.door->status(kNow).activityFirstSeq;
    const std::uint64_t next = lobby.door->status(kNow).activityNextSeq;
    DoorSession session(*lobby.door, 244);
    HandLaptop laptop(session, p.id, 3);
    QVERIFY(laptop.authenticate(kit));
    int refusals = 0;
    for (int i = 0; i < 50; ++i) {
        for (const std::int64_t t : {kNow - 600, kNow + 86400, kNow + 60}) {
            Writer w;
            w.u8(static_cast<std::uint8_t>(MessageType::ClockSet));
            w.i64(t);
            laptop.sendRecord(w.take());
        }
        for (const Bytes &r : laptop.records())
            refusals += isType(r, MessageType::ClockRefused) ? 1 : 0;
    }
    QCOMPARE(refusals, 150);
    QCOMPARE(session.state(), DoorSession::State::Running);
    QCOMPARE(lobby.door->clock(kNow), before);
    QCOMPARE(lobby.door->status(kNow).activityFirstSeq, first);
    QCOMPARE(lobby.door->status(kNow).activityNextSeq, next); // no alarm was raised
    // Porter's kit client does not even ask.
    PorterSide side = makeSide(emptyList(p.id, 3), listWith(p.id, 3, 1, false), 244);
    SyncClient client(kitConfig(p, lobby, side, makeKit(p, 3, kNow - 600, kNow + 86400, {}, 1), kNow + 3600));
    DoorSession again(*lobby.door, 244);
    runLoopback(client, again, kNow);
    QVERIFY2(client.result().ok(), client.result().message.c_str());
    QVERIFY(!client.result().clockSet);
    QVERIFY(!client.result().clockRefusedBefore);
    QCOMPARE(lobby.door->clock(kNow), before);
}

// An older kit carried version 2 (it grants Bob); Porter has since revoked him in version 3, and the
// current kit carries that. With the current kit's certificate, the holder delivers the old version 2,
// newer than the door's version 1 and properly signed: the door refuses it and keeps its list.
void TestDoorKit::aSupersededUpdateIsRefused()
{
    Property p;
    TestDoor lobby(p, 3);
    PorterSide side = makeSide(emptyList(p.id, 3), listWith(p.id, 3, 1, false), 244);
    QVERIFY(sync(p, lobby, side, kNow).result.ok());
    const Bytes superseded = makeFullUpdate(listWith(p.id, 3, 2, true), p.key.seed);
    const Kit current = makeKit(p, 3, kNow - 600, kNow + 86400, {}, 3);
    SyncClientConfig cfg = kitConfig(p, lobby, side, current, kNow);
    cfg.updateFor = [superseded](const DoorStatus &) { return std::optional<Bytes>(superseded); };
    SyncClient client(cfg);
    DoorSession session(*lobby.door, 244);
    runLoopback(client, session, kNow);
    QCOMPARE(client.result().error, SyncError::DoorRejectedUpdate);
    QCOMPARE(lobby.door->accessList().version, std::uint64_t{1});
    // The version the certificate names is taken.
    side.target = listWith(p.id, 3, 3, false);
    SyncClient good(kitConfig(p, lobby, side, current, kNow));
    DoorSession session2(*lobby.door, 244);
    runLoopback(good, session2, kNow);
    QVERIFY2(good.result().ok(), good.result().message.c_str());
    QCOMPARE(lobby.door->accessList().version, std::uint64_t{3});
}

// A kit session that stays open is cut at its deadline, as an unauthenticated handshake is.
void TestDoorKit::aKitSessionEndsAtItsDeadline()
{
    Property p;
    TestDoor lobby(p, 3);
    DoorSession session(*lobby.door, 244);
    HandLaptop laptop(session, p.id, 3);
    QVERIFY(laptop.authenticate(makeKit(p, 3, kNow - 600, kNow + 86400)));
    session.tick(kNow + kKitSessionDeadlineSeconds - 1);
    QCOMPARE(session.state(), DoorSession::State::Running);
    session.tick(kNow + kKitSessionDeadlineSeconds);
    QCOMPARE(session.state(), DoorSession::State::Failed);
}

void TestDoorKit::kitSessionRefusesDoorcodeSecretsAndReleasingActivity()
{
    Property p;
    TestDoor lobby(p, 3);
    QVERIFY(!lobby.door->decideCard("A1B2C3D4", kNow).granted); // one entry of activity
    const Kit kit = makeKit(p, 3, kNow - 600, kNow + 86400);

    // A doorcode secret, even one properly signed by the property key, is not a kit's to give.
    {
        DoorSession session(*lobby.door, 244);
        HandLaptop laptop(session, p.id, 3);
        QVERIFY(laptop.authenticate(kit));
        DoorcodeSecret rotate;
        rotate.epoch = 2;
        rotate.secret = crypto::randomBytes(32);
        rotate.signature = signDoorcodeSecret(p.key.seed, p.id, 3, 2, rotate.secret);
        laptop.sendRecord(encode(rotate));
        QCOMPARE(session.state(), DoorSession::State::Failed);
        QCOMPARE(lobby.door->doorcodeEpoch(), std::uint32_t{1});
    }
    // Releasing the activity it read would erase the door's audit trail: refused.
    const std::uint64_t first = lobby.door->status(kNow).activityFirstSeq;
    const std::uint64_t next = lobby.door->status(kNow).activityNextSeq;
    QVERIFY(next > first);
    {
        DoorSession session(*lobby.door, 244);
        HandLaptop laptop(session, p.id, 3);
        QVERIFY(laptop.authenticate(kit));
        QVERIFY(!laptop.records().empty()); // the status and the activity came up
        Writer w;
        w.u8(static_cast<std::uint8_t>(MessageType::ActivityAck));
        w.varint(next);
        laptop.sendRecord(w.take());
        QCOMPARE(session.state(), DoorSession::State::Failed);
    }
    QCOMPARE(lobby.door->status(kNow).activityFirstSeq, first);
}

// The kit key authenticates sessions; it signs no list. An update it signed is refused like any other
// forgery, and the door keeps its list.
void TestDoorKit::updateSignedByTheKitKeyIsRefused()
{
    Property p;
    TestDoor lobby(p, 3);
    PorterSide side = makeSide(emptyList(p.id, 3), listWith(p.id, 3, 1, false), 244);
    QVERIFY(sync(p, lobby, side, kNow).result.ok());
    const Kit kit = makeKit(p, 3, kNow - 600, kNow + 86400);
    SyncClientConfig cfg = kitConfig(p, lobby, side, kit, kNow);
    const AccessList forged = listWith(p.id, 3, 2, true); // the certificate's version
    const Bytes kitSeed = kit.key.seed;
    cfg.updateFor = [forged, kitSeed](const DoorStatus &) {
        return std::optional<Bytes>(makeFullUpdate(forged, kitSeed));
    };
    SyncClient client(cfg);
    DoorSession session(*lobby.door, 244);
    runLoopback(client, session, kNow);
    QCOMPARE(client.result().error, SyncError::DoorRejectedUpdate);
    QCOMPARE(client.result().updateError, UpdateError::BadSignature);
    QCOMPARE(lobby.door->accessList().version, std::uint64_t{1});
}

// The door's receipt: every record it sent and its Done, signed with its identity key. It verifies with
// that door's key only, and any record added, removed or changed breaks it: what a kit brings back is the
// door's word.
void TestDoorKit::theDoorSignsAReceiptOfWhatItSaid()
{
    Property p;
    TestDoor lobby(p, 3);
    TestDoor other(p, 4);
    PorterSide side = makeSide(emptyList(p.id, 3), listWith(p.id, 3, 1, false), 244);
    QVERIFY(sync(p, lobby, side, kNow).result.ok());
    QVERIFY(!lobby.door->decideCard("A1B2C3D4", kNow + 10).granted);
    side.target = listWith(p.id, 3, 2, true);
    SyncClient client(kitConfig(p, lobby, side, makeKit(p, 3, kNow - 600, kNow + 86400), kNow + 60));
    DoorSession session(*lobby.door, 244);
    runLoopback(client, session, kNow + 60);
    QVERIFY2(client.result().ok(), client.result().message.c_str());
    const SyncResult::KitReceipt receipt = *client.result().kitReceipt;
    QVERIFY(receipt.records.size() >= 3); // status, activity, applied
    QVERIFY(verifyKitReceipt(receipt, lobby.identity));
    QVERIFY(!verifyKitReceipt(receipt, other.identity));
    SyncResult::KitReceipt dropped = receipt;
    dropped.records.pop_back();
    QVERIFY(!verifyKitReceipt(dropped, lobby.identity));
    SyncResult::KitReceipt changed = receipt;
    changed.records.front().back() ^= 1;
    QVERIFY(!verifyKitReceipt(changed, lobby.identity));
    SyncResult::KitReceipt added = receipt;
    added.records.push_back(added.records.back());
    QVERIFY(!verifyKitReceipt(added, lobby.identity));
    SyncResult::KitReceipt otherDone = receipt;
    otherDone.done.back() ^= 1;
    QVERIFY(!verifyKitReceipt(otherDone, lobby.identity));
    // A v2 session has none.
    SyncClient v2(clientConfig(p, lobby, side, kNow + 120));
    DoorSession session2(*lobby.door, 244);
    runLoopback(v2, session2, kNow + 120);
    QVERIFY(v2.result().ok());
    QVERIFY(!v2.result().kitReceipt);
}

QTEST_GUILESS_MAIN(TestDoorKit)
#include "tst_doorkit.moc"

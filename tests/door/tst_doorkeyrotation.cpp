// The property's signing key can be rotated (docs/door-protocol.md, "Rotating the signing key"): a
// manager removed from a shared portfolio may have copied the key while they held it. Porter makes a new
// key and signs a step to it with the old one; a door follows the steps before the laptop's proof, which
// must be made with the newest key, and from then on takes nothing signed by an older key — no list, no
// phone certificate, no field kit, no session. Each attack below is performed against the reference door.
#include "door/certificate.h"
#include "door/protocol.h"
#include "doortestutil.h"

#include <QTest>

using namespace porter::door;
using namespace porter::door::protocol;
using namespace porter::door::testutil;

namespace {

constexpr std::int64_t kNow = 1772460000; // 2026-03-02 14:00 UTC

// A property whose key was rotated `rotations` times: keys[0] is the first, keys.back() the newest, and
// steps[i] leads from keys[i] to keys[i + 1].
struct RotatedProperty
{
    Property p;
    std::vector<crypto::KeyPair> keys;
    std::vector<KeyStep> steps;

    explicit RotatedProperty(int rotations)
    {
        keys.push_back(p.key);
        for (int i = 0; i < rotations; ++i)
            rotate();
    }
    void rotate()
    {
        const crypto::KeyPair next = crypto::ed25519Generate();
        steps.push_back(signKeyStep(keys.back().seed, p.id, std::uint32_t(keys.size() + 1), next.publicKey));
        keys.push_back(next);
    }
    // The property as Porter holds it now: the newest key.
    Property current() const
    {
        Property q = p;
        q.key = keys.back();
        return q;
    }
};

SyncClientConfig rotatingConfig(const RotatedProperty &r, const TestDoor &d, PorterSide &side,
                                std::int64_t now)
{
    SyncClientConfig c = clientConfig(r.current(), d, side, now);
    c.keySteps = r.steps;
    return c;
}

SyncResult runSync(SyncClientConfig config, TestDoor &d, std::int64_t now)
{
    SyncClient client(std::move(config));
    DoorSession session(*d.door, 244);
    runLoopback(client, session, now);
    return client.result();
}

AccessList listOf(std::uint32_t propertyId, std::uint32_t doorId, std::uint64_t version)
{
    AccessList l = emptyList(propertyId, doorId);
    l.version = version;
    return l;
}

} // namespace

class TestDoorKeyRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRemovedHoldersKeyOpensNothingOnceTheDoorRotated();
    void aDoorFollowsSeveralStepsAndSkipsThoseItTook();
    void aFieldKitBringsTheStepsToo();
    void forgedOrOutOfOrderStepsAreRefused();
    void stepsAreAdoptedOnlyWithTheNewestKeysProof();
    void tooManyStepsAreCutOff();
    void rotationSurvivesRebootAndPowerCutAtEveryStep();
    void commissioningAtALaterEpoch();
    void keyStepEncodingRoundTrips();
};

// The attack: a removed holder kept the first key. Before the door is synced it still takes their list;
// after the sync that brings the step, their list, their phone certificate, their kit and their session
// are all refused, while the newest key's are taken.
void TestDoorKeyRotation::aRemovedHoldersKeyOpensNothingOnceTheDoorRotated()
{
    RotatedProperty r(1);
    const crypto::KeyPair stolen = r.keys.front();
    TestDoor lobby(r.p, 3);
    QCOMPARE(lobby.door->signingKeyEpoch(), std::uint32_t{1});

    PorterSide side = makeSide(emptyList(r.p.id, 3), listOf(r.p.id, 3, 2), 244);
    const SyncResult synced = runSync(rotatingConfig(r, lobby, side, kNow), lobby, kNow);
    QVERIFY2(synced.ok(), synced.message.c_str());
    QCOMPARE(synced.signingKeyEpoch, std::uint32_t{2});
    QCOMPARE(lobby.door->signingKeyEpoch(), std::uint32_t{2});
    QVERIFY(lobby.door->propertyPublicKey() == r.keys.back().publicKey);
    QCOMPARE(lobby.door->accessList().version, std::uint64_t{2});
    QCOMPARE(lobby.door->status(kNow).signingKeyEpoch, std::uint32_t{2});

    // A list signed with the stolen key: refused, the door keeps its list.
    QCOMPARE(lobby.door->applyUpdate(makeFullUpdate(listOf(r.p.id, 3, 9), stolen.seed), kNow + 10),
             UpdateError::BadSignature);
    QCOMPARE(lobby.door->accessList().version, std::uint64_t{2});
    // A session proved with the stolen key (no steps): refused before the door says anything.
    Property old = r.p;
    old.key = stolen;
    PorterSide oldSide = makeSide(listOf(r.p.id, 3, 2), listOf(r.p.id, 3, 9), 244);
    const SyncResult refused = runSync(clientConfig(old, lobby, oldSide, kNow + 20), lobby, kNow + 20);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.doorStatus.has_value());
    QCOMPARE(lobby.door->accessList().version, std::uint64_t{2});
    // A phone certificate the stolen key made for an accomplice: refused.
    Phone accomplice;
    accomplice.certificate = issueCertificate(
        AppCertificate{r.p.id, 66, 1, accomplice.publicKey(), kNow, kNow + 86400}, stolen.seed);
    const Bytes challenge = lobby.door->appChallenge(kNow + 30);
    QVERIFY(
        !lobby.door->decideApp(accomplice.certificate, accomplice.respond(challenge, 3, r.p.id), kNow + 30)
             .granted);
    // A field kit certified by the stolen key: refused.
    const crypto::KeyPair kitKey = crypto::ed25519Generate();
    const KitCertificate forgedKit =
        makeKitCertificate(r.p.id, 3, kNow, kNow + 86400, 9, kitKey.publicKey, stolen.seed);
    SyncClientConfig kitCfg = clientConfig(r.current(), lobby, oldSide, kNow + 40);
    kitCfg.propertySeed.clear();
    kitCfg.kitCertificate = encode(forgedKit);
    kitCfg.kitSeed = kitKey.seed;
    QVERIFY(!runSync(kitCfg, lobby, kNow + 40).doorStatus.has_value());

    // The newest key keeps working: a later sync (steps sent again cost nothing) and its list.
    PorterSide next = makeSide(listOf(r.p.id, 3, 2), listOf(r.p.id, 3, 3), 244);
    const SyncResult again = runSync(rotatingConfig(r, lobby, next, kNow + 60), lobby, kNow + 60);
    QVERIFY2(again.ok(), again.message.c_str());
    QCOMPARE(lobby.door->accessList().version, std::uint64_t{3});

    // A door not synced since the rotation still holds the first key: what Porter lists as a door to sync.
    TestDoor side2(r.p, 4);
    QCOMPARE(side2.door->applyUpdate(makeFullUpdate(listOf(r.p.id, 4, 5), stolen.seed), kNow),
             UpdateError::None);
}

void TestDoorKeyRotation::aDoorFollowsSeveralStepsAndSkipsThoseItTook()
{
    RotatedProperty r(1);
    TestDoor d(r.p, 3);
    PorterSide side = makeSide(emptyList(r.p.id, 3), listOf(r.p.id, 3, 1), 244);
    QVERIFY(runSync(rotatingConfig(r, d, side, kNow), d, kNow).ok());
    QCOMPARE(d.door->signingKeyEpoch(), std::uint32_t{2});
    // Three more rotations: the door at epoch 2 is sent all four steps, skips the first unchecked and
    // follows the other three in one handshake.
    r.rotate();
    r.rotate();
    r.rotate();
    PorterSide later = makeSide(listOf(r.p.id, 3, 1), listOf(r.p.id, 3, 2), 244);
    const SyncResult res = runSync(rotatingConfig(r, d, later, kNow + 60), d, kNow + 60);
    QVERIFY2(res.ok(), res.message.c_str());
    QCOMPARE(res.signingKeyEpoch, std::uint32_t{5});
    QCOMPARE(d.door->signingKeyEpoch(), std::uint32_t{5});
    QVERIFY(d.door->propertyPublicKey() == r.keys.back().publicKey);
    // Every older key is refused, the newest taken.
    for (std::size_t i = 0; i + 1 < r.keys.size(); ++i)
        QCOMPARE(d.door->applyUpdate(makeFullUpdate(listOf(r.p.id, 3, 7), r.keys[i].seed), kNow + 90),
                 UpdateError::BadSignature);
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(listOf(r.p.id, 3, 7), r.keys.back().seed), kNow + 90),
             UpdateError::None);
}

void TestDoorKeyRotation::aFieldKitBringsTheStepsToo()
{
    // A kit built after the rotation is certified by the newest key and carries the steps: a door still
    // at the first key follows them in the kit's session, with nobody holding the property key there.
    RotatedProperty r(2);
    TestDoor d(r.p, 3);
    const crypto::KeyPair kitKey = crypto::ed25519Generate();
    const KitCertificate cert =
        makeKitCertificate(r.p.id, 3, kNow, kNow + 86400, 2, kitKey.publicKey, r.keys.back().seed);
    PorterSide side = makeSide(emptyList(r.p.id, 3), emptyList(r.p.id, 3), 244);
    AccessList target = listOf(r.p.id, 3, 2);
    const Bytes update = makeFullUpdate(target, r.keys.back().seed, kNow - 60);
    SyncClientConfig cfg = clientConfig(r.current(), d, side, kNow + 60);
    cfg.propertySeed.clear();
    cfg.kitCertificate = encode(cert);
    cfg.kitSeed = kitKey.seed;
    cfg.keySteps = r.steps;
    cfg.updateFor = [&](const DoorStatus &) { return std::optional<Bytes>(update); };
    const SyncResult res = runSync(cfg, d, kNow + 60);
    QVERIFY2(res.ok(), res.message.c_str());
    QCOMPARE(res.signingKeyEpoch, std::uint32_t{3});
    QCOMPARE(d.door->signingKeyEpoch(), std::uint32_t{3});
    QCOMPARE(d.door->accessList().version, std::uint64_t{2});
    QVERIFY(res.kitReceipt.has_value());
    QVERIFY(verifyKitReceipt(*res.kitReceipt, d.identity));

    // Without the steps the same kit is refused by a door at the first key: its certificate does not verify.
    TestDoor other(r.p, 4);
    const KitCertificate cert4 =
        makeKitCertificate(r.p.id, 4, kNow, kNow + 86400, 2, kitKey.publicKey, r.keys.back().seed);
    SyncClientConfig bare = cfg;
    bare.doorId = 4;
    bare.doorIdentityPublicKey = other.identity;
    bare.kitCertificate = encode(cert4);
    bare.kitSeed = kitKey.seed;
    bare.keySteps.clear();
    QVERIFY(!runSync(bare, other, kNow + 60).doorStatus.has_value());
    QCOMPARE(other.door->signingKeyEpoch(), std::uint32_t{1});
}

// The attacks on the steps themselves: a step to the attacker's own key signed by a key that is not the
// door's, a step that skips an epoch, a step for another property, a step signed by the right key for
// the wrong epoch. Each ends the session; the door keeps its key and state.
void TestDoorKeyRotation::forgedOrOutOfOrderStepsAreRefused()
{
    RotatedProperty r(2);
    const crypto::KeyPair attacker = crypto::ed25519Generate();
    auto attempt = [&](std::vector<KeyStep> steps, const crypto::KeyPair &proofKey) {
        TestDoor d(r.p, 3);
        const Bytes before = *d.storage.read("door.state");
        Property q = r.p;
        q.key = proofKey;
        PorterSide side = makeSide(emptyList(r.p.id, 3), listOf(r.p.id, 3, 4), 244);
        SyncClientConfig cfg = clientConfig(q, d, side, kNow);
        cfg.keySteps = std::move(steps);
        const SyncResult res = runSync(cfg, d, kNow);
        const bool untouched = d.door->signingKeyEpoch() == 1 &&
                               d.door->propertyPublicKey() == r.p.key.publicKey &&
                               *d.storage.read("door.state") == before && d.door->accessList().version == 0;
        return !res.doorStatus.has_value() && untouched;
    };
    // Signed by the attacker's key, not the door's.
    QVERIFY(attempt({signKeyStep(attacker.seed, r.p.id, 2, attacker.publicKey)}, attacker));
    // The genuine first step, then one to the attacker's key signed by the attacker.
    QVERIFY(attempt({r.steps[0], signKeyStep(attacker.seed, r.p.id, 3, attacker.publicKey)}, attacker));
    // Skipping epoch 2: the genuine step to epoch 3 alone does not chain from the door's key.
    QVERIFY(attempt({r.steps[1]}, r.keys.back()));
    // Genuine steps in the wrong order.
    QVERIFY(attempt({r.steps[1], r.steps[0]}, r.keys.back()));
    // The first key signs a step for another property: it does not verify for this one.
    QVERIFY(attempt({signKeyStep(r.keys[0].seed, r.p.id + 1, 2, attacker.publicKey)}, attacker));
    // The first key's genuine signature, with the epoch changed (the epoch is signed).
    KeyStep renumbered = r.steps[0];
    renumbered.epoch = 3;
    QVERIFY(attempt({renumbered}, r.keys[1]));
    // Followed directly too: followKeySteps refuses the same.
    QVERIFY(!followKeySteps({r.p.key.publicKey, 1}, r.p.id, {r.steps[1]}));
    QVERIFY(followKeySteps({r.p.key.publicKey, 1}, r.p.id, r.steps)->epoch == 3);
}

// Replaying Porter's genuine steps is harmless, but a peer who cannot prove the newest key moves nothing:
// the door adopts the steps only after the proof verified with the key they lead to.
void TestDoorKeyRotation::stepsAreAdoptedOnlyWithTheNewestKeysProof()
{
    RotatedProperty r(2);
    TestDoor d(r.p, 3);
    PorterSide side = makeSide(emptyList(r.p.id, 3), listOf(r.p.id, 3, 1), 244);
    // The proof made with the first key after steps to the third: refused.
    SyncClientConfig cfg = clientConfig(r.p, d, side, kNow);
    cfg.keySteps = r.steps;
    QVERIFY(!runSync(cfg, d, kNow).doorStatus.has_value());
    QCOMPARE(d.door->signingKeyEpoch(), std::uint32_t{1});
    d.reboot();
    QCOMPARE(d.door->signingKeyEpoch(), std::uint32_t{1});
    // With the newest key's proof: adopted, and it stays after a reboot.
    QVERIFY(runSync(rotatingConfig(r, d, side, kNow + 10), d, kNow + 10).ok());
    d.reboot();
    QCOMPARE(d.door->signingKeyEpoch(), std::uint32_t{3});
    QVERIFY(d.door->propertyPublicKey() == r.keys.back().publicKey);
}

// Before the peer is authenticated the door's work is bounded: at most kMaxKeySteps steps, one signature
// check each; the 17th ends the session. Porter's client refuses to send that many and says why.
void TestDoorKeyRotation::tooManyStepsAreCutOff()
{
    RotatedProperty r(int(kMaxKeySteps) + 1);
    TestDoor d(r.p, 3);
    PorterSide side = makeSide(emptyList(r.p.id, 3), listOf(r.p.id, 3, 1), 244);
    const SyncResult local = runSync(rotatingConfig(r, d, side, kNow), d, kNow);
    QCOMPARE(local.error, SyncError::LocalError);
    QVERIFY(QString::fromStdString(local.message).contains(QLatin1String("commission it again")));

    // A hand-made peer sends 17 steps anyway: the door fails the session at the 17th, unmoved.
    DoorSession session(*d.door, 244);
    ClientHello hello;
    hello.propertyId = r.p.id;
    hello.doorId = 3;
    hello.ephemeral = crypto::x25519Generate().publicKey;
    hello.nonce = crypto::randomBytes(kNonceSize);
    hello.receiveWindow = kLaptopReceiveWindow;
    auto send = [&](const Bytes &message) {
        for (const Bytes &f : fragment(message, 244))
            session.receive(f, kNow);
    };
    send(encode(hello));
    QCOMPARE(session.state(), DoorSession::State::AwaitAuth);
    for (std::size_t i = 0; i < kMaxKeySteps; ++i)
        send(encode(r.steps[i]));
    QCOMPARE(session.state(), DoorSession::State::AwaitAuth);
    send(encode(r.steps[kMaxKeySteps]));
    QCOMPARE(session.state(), DoorSession::State::Failed);
    QCOMPARE(d.door->signingKeyEpoch(), std::uint32_t{1});
}

void TestDoorKeyRotation::rotationSurvivesRebootAndPowerCutAtEveryStep()
{
    RotatedProperty r(1);
    bool sawOld = false, sawNew = false;
    for (std::size_t cut = 0; cut < 12; ++cut) {
        TestDoor d(r.p, 3);
        d.storage.failAfter(cut);
        const UpdateError e = d.door->adoptSigningKey(r.steps);
        d.storage.crash();
        d.reboot();
        QVERIFY(!d.door->faulted());
        const std::uint32_t epoch = d.door->signingKeyEpoch();
        QVERIFY(epoch == 1 || epoch == 2);
        // Memory follows storage: the key in use is the epoch's key, never a mix.
        QVERIFY(d.door->propertyPublicKey() == r.keys[epoch - 1].publicKey);
        if (e == UpdateError::None)
            QCOMPARE(epoch, std::uint32_t{2});
        (epoch == 1 ? sawOld : sawNew) = true;
    }
    QVERIFY(sawOld && sawNew);
    // Steps that bring nothing newer are no rotation.
    TestDoor d(r.p, 3);
    QCOMPARE(d.door->adoptSigningKey(r.steps), UpdateError::None);
    QCOMPARE(d.door->adoptSigningKey(r.steps), UpdateError::NotNewer);
    QCOMPARE(d.door->adoptSigningKey({}), UpdateError::NotNewer);
}

// A door commissioned after rotations starts at the property's current epoch: Porter's steps from older
// epochs cost it nothing, and the Commission record carries the epoch.
void TestDoorKeyRotation::commissioningAtALaterEpoch()
{
    RotatedProperty r(3);
    MemoryStorage storage;
    Door door(storage);
    door.load();
    door.openInstallMode(kNow);
    DoorSession session(door, 244);
    CommissionConfig cfg;
    cfg.propertyId = r.p.id;
    cfg.doorId = 3;
    cfg.propertySeed = r.keys.back().seed;
    cfg.doorcodeSecret = r.p.doorcodeSecret;
    cfg.signingKeyEpoch = 4;
    CommissionClient client(cfg);
    runCommissionLoopback(client, session, kNow);
    QVERIFY2(client.result().ok(), client.result().message.c_str());
    QCOMPARE(door.signingKeyEpoch(), std::uint32_t{4});
    QVERIFY(door.propertyPublicKey() == r.keys.back().publicKey);

    TestDoor holder(r.p, 9); // only for its helpers' shape
    PorterSide side = makeSide(emptyList(r.p.id, 3), listOf(r.p.id, 3, 1), 244);
    SyncClientConfig sc = clientConfig(r.current(), holder, side, kNow + 10);
    sc.doorId = 3;
    sc.doorIdentityPublicKey = client.result().doorIdentityPublicKey;
    sc.keySteps = r.steps;
    SyncClient sync(sc);
    DoorSession s2(door, 244);
    runLoopback(sync, s2, kNow + 10);
    QVERIFY2(sync.result().ok(), sync.result().message.c_str());
    QCOMPARE(sync.result().signingKeyEpoch, std::uint32_t{4});
    QCOMPARE(door.signingKeyEpoch(), std::uint32_t{4});
}

void TestDoorKeyRotation::keyStepEncodingRoundTrips()
{
    RotatedProperty r(1);
    const Bytes wire = encode(r.steps[0]);
    QCOMPARE(wire.size(), kKeyStepMessageSize);
    QCOMPARE(wire[0], std::uint8_t{0x08});
    const auto back = decodeKeyStep(wire);
    QVERIFY(back.has_value());
    QVERIFY(*back == r.steps[0]);
    // Truncated, padded, epoch 0 or 1 (no step leads to the first key): refused.
    QVERIFY(!decodeKeyStep(ByteView(wire.data(), wire.size() - 1)));
    Bytes padded = wire;
    padded.push_back(0);
    QVERIFY(!decodeKeyStep(padded));
    Bytes first = wire;
    first[1] = 1; // little-endian epoch 1
    first[2] = first[3] = first[4] = 0;
    QVERIFY(!decodeKeyStep(first));
    // A status from a door that predates rotation (no epoch field) reads as the first key.
    DoorStatus s;
    s.propertyId = 7;
    s.doorId = 3;
    s.doorcodeEpoch = 1;
    s.signingKeyEpoch = 5;
    Bytes status = encodeStatus(s);
    QCOMPARE(decodeStatus(status)->signingKeyEpoch, std::uint32_t{5});
    status.resize(status.size() - 4);
    QCOMPARE(decodeStatus(status)->signingKeyEpoch, std::uint32_t{1});
}

QTEST_GUILESS_MAIN(TestDoorKeyRotation)
#include "tst_doorkeyrotation.moc"

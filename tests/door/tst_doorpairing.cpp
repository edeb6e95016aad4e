// Commissioning security (docs/door-protocol.md, "Commissioning", "Install mode", "Handshake
// limits", "Clock"): each test performs an attack against the real protocol code and shows it fails.
#include "doortestutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace porter::door;
using namespace porter::door::testutil;

// Setup steps inside the attack helpers: a broken precondition is a broken test, not a pass.
#define REQUIRE(cond)                                                                                        \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            qFatal("precondition failed: %s", #cond);                                                        \
    } while (false)

namespace {

constexpr std::int64_t kNow = 1772460000; // 2026-03-02, Monday

CommissionConfig commissionConfig(const Property &p, std::uint32_t doorId)
{
    CommissionConfig c;
    c.propertyId = p.id;
    c.doorId = doorId;
    c.propertySeed = p.key.seed;
    c.doorcodeSecret = p.doorcodeSecret;
    return c;
}

// Delivers every queued fragment of `from` to `deliver`; true if anything moved.
template<typename From, typename Deliver> bool flush(From &from, Deliver deliver)
{
    bool moved = false;
    while (auto f = from.nextFragment()) {
        deliver(*f);
        moved = true;
    }
    return moved;
}

// Reassembles one whole message from a stream of fragments.
Bytes messageOf(const std::vector<Bytes> &fragments)
{
    protocol::Reassembler r(protocol::kMaxLinkPayload);
    for (const Bytes &f : fragments)
        r.push(f);
    return r.hasMessage() ? r.popMessage() : Bytes{};
}

template<typename From> std::vector<Bytes> drain(From &from)
{
    std::vector<Bytes> out;
    while (auto f = from.nextFragment())
        out.push_back(*f);
    return out;
}

// A door in install mode on simulated storage.
struct NewDoor
{
    MemoryStorage storage;
    std::unique_ptr<Door> door = std::make_unique<Door>(storage);
    NewDoor()
    {
        door->load();
        door->openInstallMode(kNow);
    }
};

// What the person at the door sees: the laptop's code beside the door's display. A man in the
// middle wins only if the two are equal while the laptop is talking to him.
struct MitmAttempt
{
    std::string laptopCode, doorCode;
    bool laptopSentSecret = false;
};

// The person compares the two displays and answers the laptop; records whether the laptop then sent
// anything (its proof and the doorcode secret go only after a confirmation).
void personCompares(CommissionClient &laptop, MitmAttempt &out)
{
    drain(laptop); // the nonce reveal, already on its way
    if (out.laptopCode == out.doorCode)
        laptop.confirmPairing();
    else
        laptop.rejectPairing();
    out.laptopSentSecret = !drain(laptop).empty();
}

// Strategy 1 — the old attack, adapted: the relay lets the real door show its code first (by pairing
// with it under the attacker's own property), then grinds the reply it gives the laptop (door
// nonce and identity key are the relay's to choose) so that its code matches — but the laptop's
// nonce is committed and still secret, so the relay can only grind against a guess of it.
MitmAttempt grindAgainstGuessedNonce(const Property &victim, int grindBudget)
{
    MitmAttempt out;
    NewDoor real;
    Property attacker;
    // The laptop starts commissioning; the relay holds its hello.
    CommissionClient laptop(commissionConfig(victim, 3));
    laptop.start();
    const Bytes helloL = messageOf(drain(laptop));
    // The relay pairs with the real door under its own property, so the door displays a code.
    CommissionClient relayToDoor(commissionConfig(attacker, 3));
    DoorSession doorSession(*real.door, 244);
    relayToDoor.start();
    for (int i = 0; i < 4; ++i) {
        flush(relayToDoor, [&](const Bytes &f) { doorSession.receive(f, kNow); });
        flush(doorSession, [&](const Bytes &f) { relayToDoor.receive(f); });
    }
    out.doorCode = doorSession.pairingCode();
    REQUIRE(out.doorCode.size() == 6);
    // The relay grinds its reply to the laptop: for each candidate (fresh identity, ephemeral and
    // nonce, correctly signed) it computes the code the laptop would show for a guessed laptop
    // nonce, and keeps the first that matches the door's display.
    const auto hello = protocol::decodeCommissionHello(helloL);
    REQUIRE(hello.has_value());
    const Bytes guessedNonce(protocol::kNonceSize, 0);
    Bytes chosenReply;
    for (int i = 0; i < grindBudget; ++i) {
        const crypto::KeyPair identity = crypto::ed25519Generate();
        protocol::CommissionReply reply;
        reply.hello.ephemeral = crypto::x25519Generate().publicKey;
        reply.hello.nonce = crypto::randomBytes(protocol::kNonceSize);
        reply.hello.receiveWindow = protocol::kDoorReceiveWindow;
        reply.identityPublicKey = identity.publicKey;
        reply.hello.signature = crypto::ed25519Sign(
            identity.seed, protocol::doorSignedTranscript(helloL, protocol::encodeUnsigned(reply)));
        chosenReply = protocol::encode(reply);
        if (protocol::pairingCode(helloL, chosenReply, guessedNonce) == out.doorCode)
            break;
    }
    for (const Bytes &f : protocol::fragment(chosenReply, 244))
        laptop.receive(f);
    REQUIRE(laptop.state() == CommissionClient::State::AwaitConfirmation);
    out.laptopCode = laptop.result().pairingCode;
    personCompares(laptop, out);
    return out;
}

// Strategy 2 — reveal first: the relay answers the laptop first to learn the laptop's code, then
// tries to make the real door show the same code. It must commit to its own nonce before the
// door reveals its reply, and the door checks the commitment.
MitmAttempt learnLaptopCodeFirst(const Property &victim)
{
    MitmAttempt out;
    NewDoor real;
    Property attacker;
    CommissionClient laptop(commissionConfig(victim, 3));
    NewDoor fake; // the relay's own door code: any door will do to answer the laptop
    DoorSession fakeSession(*fake.door, 244);
    laptop.start();
    for (int i = 0; i < 3; ++i) {
        flush(laptop, [&](const Bytes &f) { fakeSession.receive(f, kNow); });
        flush(fakeSession, [&](const Bytes &f) { laptop.receive(f); });
    }
    REQUIRE(laptop.state() == CommissionClient::State::AwaitConfirmation);
    out.laptopCode = laptop.result().pairingCode;
    // Now it pairs with the real door; the door's code is fixed by the door's fresh reply and the
    // relay's committed nonce. The relay would like to reveal another nonce: the door refuses it.
    CommissionClient relayToDoor(commissionConfig(attacker, 3));
    DoorSession doorSession(*real.door, 244);
    relayToDoor.start();
    flush(relayToDoor, [&](const Bytes &f) { doorSession.receive(f, kNow); });
    flush(doorSession, [&](const Bytes &f) { relayToDoor.receive(f); });
    flush(relayToDoor, [&](const Bytes &f) { doorSession.receive(f, kNow); });
    out.doorCode = doorSession.pairingCode();
    personCompares(laptop, out);
    return out;
}

} // namespace

class TestDoorPairing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothEndsShowTheSameCode();
    void manInTheMiddleCannotMatchTheCodes();
    void revealMustMatchTheCommitment();
    void racingPeerCannotPairWithoutThePersonAtTheDoor();
    void installModeIsRequiredTimedAndLimited();
    void tamperedStateRefusesEverythingUntilReset();
    void damagedRingStaysFaultedWhateverHappens();
    void unreadableStateIsNotANewDoor();
    void handshakeHasAHardDeadline();
    void unauthenticatedPeerIsBounded();
    void clockCannotBeSetBeforeAnIssuedUpdate();
};

void TestDoorPairing::bothEndsShowTheSameCode()
{
    Property p;
    for (int i = 0; i < 20; ++i) {
        NewDoor d;
        DoorSession session(*d.door, 20);
        CommissionConfig cfg = commissionConfig(p, 3);
        cfg.linkPayload = 20;
        CommissionClient client(cfg);
        std::string door, laptop;
        runCommissionLoopback(client, session, kNow, [&](const std::string &l, const std::string &dc) {
            laptop = l;
            door = dc;
            return l == dc;
        });
        QVERIFY2(client.result().ok(), client.result().message.c_str());
        QCOMPARE(laptop.size(), std::size_t{6});
        QCOMPARE(laptop, door);
        QVERIFY(d.door->identityPublicKey() == client.result().doorIdentityPublicKey);
    }
}

void TestDoorPairing::manInTheMiddleCannotMatchTheCodes()
{
    // Each attempt costs the attacker one of the door's pairing attempts and a human comparison;
    // the codes match with probability 10^-6 per attempt. 40 attempts of each strategy: none may
    // reach the point where the laptop sends the doorcode secret.
    Property victim;
    int grindHits = 0;
    for (int i = 0; i < 40; ++i) {
        const MitmAttempt a = grindAgainstGuessedNonce(victim, 300);
        QCOMPARE(a.doorCode.size(), std::size_t{6});
        QCOMPARE(a.laptopCode.size(), std::size_t{6});
        QVERIFY2(a.laptopCode != a.doorCode, "a relay matched the codes");
        QVERIFY(!a.laptopSentSecret); // nothing after the rejection: no proof, no doorcode secret
        grindHits += a.laptopCode == a.doorCode;
    }
    QCOMPARE(grindHits, 0);
    for (int i = 0; i < 40; ++i) {
        const MitmAttempt a = learnLaptopCodeFirst(victim);
        QCOMPARE(a.laptopCode.size(), std::size_t{6});
        QVERIFY2(a.laptopCode != a.doorCode, "a relay matched the codes");
        QVERIFY(!a.laptopSentSecret);
    }
    // The code depends on the laptop's secret nonce: one fixed reply gives unrelated codes for
    // different nonces, which is why grinding the reply against a guess is worthless.
    Property p;
    CommissionClient laptop(commissionConfig(p, 3));
    laptop.start();
    const Bytes hello = messageOf(drain(laptop));
    NewDoor d;
    DoorSession session(*d.door, 244);
    for (const Bytes &f : protocol::fragment(hello, 244))
        session.receive(f, kNow);
    const Bytes reply = messageOf(drain(session));
    std::set<std::string> codes;
    for (int i = 0; i < 200; ++i)
        codes.insert(protocol::pairingCode(hello, reply, crypto::randomBytes(protocol::kNonceSize)));
    QVERIFY(codes.size() >= 195); // 200 draws from 10^6 values
}

void TestDoorPairing::revealMustMatchTheCommitment()
{
    // A relay that learned the door's reply tries to reveal a nonce of its choice (to steer the
    // door's code): the door checks the commitment and shows nothing.
    Property p;
    NewDoor d;
    CommissionClient client(commissionConfig(p, 3));
    DoorSession session(*d.door, 244);
    client.start();
    flush(client, [&](const Bytes &f) { session.receive(f, kNow); });
    QCOMPARE(session.state(), DoorSession::State::AwaitReveal);
    for (const Bytes &f : protocol::fragment(protocol::encodePairingReveal(Bytes(16, 0x5a)), 244))
        session.receive(f, kNow);
    QCOMPARE(session.state(), DoorSession::State::Failed);
    QVERIFY(session.pairingCode().empty());
    // ClientAuth before the reveal is refused as well: no proof without a code shown.
    NewDoor d2;
    CommissionClient c2(commissionConfig(p, 3));
    DoorSession s2(*d2.door, 244);
    c2.start();
    flush(c2, [&](const Bytes &f) { s2.receive(f, kNow); });
    for (const Bytes &f : protocol::fragment(protocol::encodeClientAuth(Bytes(64, 1)), 244))
        s2.receive(f, kNow);
    QCOMPARE(s2.state(), DoorSession::State::Failed);
    QVERIFY(!d2.door->commissioned());
}

void TestDoorPairing::racingPeerCannotPairWithoutThePersonAtTheDoor()
{
    // The attack: while the install window is open, a device in range pairs with the door first,
    // under its own property key, and confirms its own side. The door shows a code nobody at the door
    // confirms, so it never commits — and runs into its deadline.
    Property attacker;
    NewDoor d;
    CommissionClient thief(commissionConfig(attacker, 3));
    DoorSession session(*d.door, 244);
    thief.start();
    for (int i = 0; i < 3; ++i) {
        flush(thief, [&](const Bytes &f) { session.receive(f, kNow); });
        flush(session, [&](const Bytes &f) { thief.receive(f); });
    }
    QCOMPARE(thief.state(), CommissionClient::State::AwaitConfirmation);
    QCOMPARE(session.pairingCode().size(), std::size_t{6});
    thief.confirmPairing(); // the attacker's own "yes"
    for (int i = 0; i < 3; ++i) {
        flush(thief, [&](const Bytes &f) { session.receive(f, kNow + 1); });
        flush(session, [&](const Bytes &f) { thief.receive(f); });
    }
    QCOMPARE(session.state(), DoorSession::State::Running); // holding the commissioning
    QVERIFY(!d.door->commissioned());
    session.tick(kNow + 60);
    QVERIFY(!d.door->commissioned());
    session.tick(kNow + DoorSession::kPairingDeadlineSeconds);
    QCOMPARE(session.state(), DoorSession::State::Failed);
    QVERIFY(!d.door->commissioned());
    QVERIFY(!thief.result().ok());

    // A press made for one pairing does not count for the next one (a racing peer cannot reuse it).
    NewDoor d2;
    Property p;
    CommissionClient first(commissionConfig(p, 3));
    DoorSession s1(*d2.door, 244);
    runCommissionLoopback(first, s1, kNow, [](const std::string &, const std::string &) { return false; });
    QVERIFY(d2.door->confirmPairing(kNow)); // pressed, but that pairing was rejected
    CommissionClient racer(commissionConfig(attacker, 3));
    DoorSession s2(*d2.door, 244);
    racer.start();
    for (int i = 0; i < 3; ++i) {
        flush(racer, [&](const Bytes &f) { s2.receive(f, kNow); });
        flush(s2, [&](const Bytes &f) { racer.receive(f); });
    }
    racer.confirmPairing();
    for (int i = 0; i < 3; ++i) {
        flush(racer, [&](const Bytes &f) { s2.receive(f, kNow); });
        flush(s2, [&](const Bytes &f) { racer.receive(f); });
    }
    s2.tick(kNow + 1);
    QVERIFY(!d2.door->commissioned());
    // Only a press after this code was shown commits it.
    s2.confirmAtDoor();
    flush(s2, [&](const Bytes &f) { racer.receive(f); });
    QVERIFY(d2.door->commissioned()); // (here the person pressed for the racer's code: what they saw)
}

void TestDoorPairing::installModeIsRequiredTimedAndLimited()
{
    Property p;
    MemoryStorage storage;
    auto door = std::make_unique<Door>(storage);
    QCOMPARE(door->load(), LoadResult::Fresh);
    auto attempt = [&](std::int64_t at) {
        CommissionClient c(commissionConfig(p, 3));
        DoorSession s(*door, 244);
        runCommissionLoopback(c, s, at, [](const std::string &, const std::string &) { return false; });
        return c.result().error;
    };
    // A new door nobody pressed the button of: no pairing at all.
    QCOMPARE(door->installMode(kNow), InstallMode::Closed);
    QCOMPARE(attempt(kNow), SyncError::DoorNotInInstallMode);
    // The button opens 10 minutes.
    QVERIFY(door->openInstallMode(kNow));
    QCOMPARE(door->installMode(kNow + 599), InstallMode::Open);
    QCOMPARE(door->installMode(kNow + 600), InstallMode::Closed);
    QCOMPARE(attempt(kNow + 600), SyncError::DoorNotInInstallMode);
    // At most 5 pairing attempts per press, counted durably: a reboot does not buy more.
    QVERIFY(door->openInstallMode(kNow + 1000));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(attempt(kNow + 1001 + i), SyncError::PairingCodeRejected);
    door = std::make_unique<Door>(storage);
    door->load();
    for (int i = 0; i < 2; ++i)
        QCOMPARE(attempt(kNow + 1010 + i), SyncError::PairingCodeRejected);
    QCOMPARE(door->installMode(kNow + 1020), InstallMode::Exhausted);
    QCOMPARE(attempt(kNow + 1020), SyncError::DoorNotInInstallMode);
    QVERIFY(!door->commissioned());
    // Pressing again gives a new window; a good pairing then closes it.
    QVERIFY(door->openInstallMode(kNow + 2000));
    CommissionClient good(commissionConfig(p, 3));
    DoorSession s(*door, 244);
    runCommissionLoopback(good, s, kNow + 2001);
    QVERIFY2(good.result().ok(), good.result().message.c_str());
    QCOMPARE(door->installMode(kNow + 2002), InstallMode::Closed);
    QVERIFY(!door->openInstallMode(kNow + 2003)); // a commissioned door has no install mode
    QCOMPARE(attempt(kNow + 2004), SyncError::DoorAlreadyCommissioned);
}

void TestDoorPairing::tamperedStateRefusesEverythingUntilReset()
{
    Property p;
    TestDoor d(p, 3);
    // Someone with the door's flash changes one byte of the state (e.g. to swap the property key).
    auto state = d.storage.read("door.state");
    QVERIFY(state);
    (*state)[12] ^= 0x01;
    QVERIFY(d.storage.replaceAtomically("door.state", *state));
    d.reboot();
    QVERIFY(d.door->faulted());
    QVERIFY(!d.door->commissioned());
    // It does not fall back to a new door that anyone could commission.
    QVERIFY(!d.door->openInstallMode(kNow));
    CommissionClient thief(commissionConfig(Property{}, 3));
    DoorSession s1(*d.door, 244);
    runCommissionLoopback(thief, s1, kNow);
    QCOMPARE(thief.result().error, SyncError::DoorFault);
    QVERIFY(!d.door->commissioned());
    // It writes nothing either: routine writes (battery, firmware) and refused swipes do not replace
    // the damaged file with a valid one, so a reboot finds it still faulted.
    QVERIFY(!d.door->setBattery(50));
    QVERIFY(!d.door->setFirmware("fw 2"));
    for (int i = 0; i < 20; ++i)
        QVERIFY(!d.door->decideCard("01", kNow + i).granted);
    // Syncs and unlocks are refused too.
    PorterSide side = makeSide(emptyList(p.id, 3), emptyList(p.id, 3), 244);
    side.target.version = 5;
    SyncClientConfig cfg = clientConfig(p, d, side, kNow);
    cfg.doorId = 3;
    SyncClient client(cfg);
    DoorSession s2(*d.door, 244);
    runLoopback(client, s2, kNow);
    QCOMPARE(client.result().error, SyncError::DoorFault);
    QVERIFY(!d.door->decideCard("01", kNow).granted);
    // Only the deliberate reset clears the fault; the door is then new and still needs the button.
    QVERIFY(d.door->reset());
    QVERIFY(!d.door->faulted());
    QCOMPARE(d.door->installMode(kNow), InstallMode::Closed);
    QVERIFY(d.door->openInstallMode(kNow));
    CommissionClient again(commissionConfig(p, 3));
    DoorSession s3(*d.door, 244);
    runCommissionLoopback(again, s3, kNow);
    QVERIFY2(again.result().ok(), again.result().message.c_str());
}

void TestDoorPairing::damagedRingStaysFaultedWhateverHappens()
{
    // Only the activity ring is damaged: a flood of swipes used to compact a fresh, valid ring over
    // it, and the door came back after a reboot with its lockout state wiped.
    Property p;
    DoorOptions small;
    small.activityCapacity = 4;
    TestDoor d(p, 3, small);
    d.door->decideCard("01", kNow);
    auto ring = d.storage.read("door.ring");
    QVERIFY(ring);
    (*ring)[5] ^= 0x40;
    QVERIFY(d.storage.replaceAtomically("door.ring", *ring));
    d.reboot(small);
    QVERIFY(d.door->faulted());
    for (int i = 0; i < 40; ++i)
        d.door->decideCard("01", kNow + i);
    QVERIFY(!d.door->setBattery(10));
    d.reboot(small);
    QVERIFY(d.door->faulted());
    QVERIFY(!d.door->commissioned());
}

void TestDoorPairing::unreadableStateIsNotANewDoor()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        FileStorage storage(dir.path().toStdString());
        Door door(storage);
        QCOMPARE(door.load(), LoadResult::Fresh);
        QVERIFY(door.openInstallMode(kNow));
        QVERIFY(!door.commission(
                         Commissioning{7, 3, crypto::ed25519Generate().publicKey, crypto::randomBytes(32), 7})
                     .empty());
    }
    // The state file cannot be read (here: replaced by a directory, which fopen opens but cannot
    // read): the door is faulted, not fresh.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("door.state"))));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("door.state")));
    FileStorage storage(dir.path().toStdString());
    Door door(storage);
    QCOMPARE(door.load(), LoadResult::Corrupt);
    QVERIFY(door.faulted());
    QVERIFY(!door.openInstallMode(kNow));
    // A deleted ring with a state that is still there is a damaged door too.
    QVERIFY(QDir(dir.filePath(QStringLiteral("door.state"))).removeRecursively());
    FileStorage s2(dir.path().toStdString());
    Door d2(s2);
    QCOMPARE(d2.load(), LoadResult::Corrupt); // the ring and journal remain: this was a door
}

void TestDoorPairing::handshakeHasAHardDeadline()
{
    Property p;
    TestDoor d(p, 3);
    // A peer that trickles a valid hello one byte at a time never gets past the deadline.
    PorterSide side = makeSide(emptyList(p.id, 3), emptyList(p.id, 3), 244);
    SyncClient client(clientConfig(p, d, side, kNow));
    client.start();
    const std::vector<Bytes> hello = drain(client);
    DoorSession session(*d.door, 244);
    std::int64_t t = kNow;
    std::size_t sent = 0;
    for (const Bytes &f : hello)
        for (std::uint8_t byte : f) {
            if (sent + 1 >= hello.front().size())
                break; // keep the hello incomplete
            session.receive(Bytes{byte}, t);
            t += 1;
            ++sent;
        }
    QCOMPARE(session.state(), DoorSession::State::Failed); // 10 s passed long before 60 bytes
    // Without any traffic, tick() enforces it.
    DoorSession quiet(*d.door, 244);
    quiet.receive(Bytes{hello.front().begin(), hello.front().begin() + 3}, kNow);
    quiet.tick(kNow + DoorSession::kHandshakeDeadlineSeconds - 1);
    QCOMPARE(quiet.state(), DoorSession::State::AwaitHello);
    quiet.tick(kNow + DoorSession::kHandshakeDeadlineSeconds);
    QCOMPARE(quiet.state(), DoorSession::State::Failed);
    // Commissioning gets the time a person needs to compare six digits, and no more.
    NewDoor fresh;
    CommissionClient c(commissionConfig(p, 3));
    DoorSession s(*fresh.door, 244);
    c.start();
    flush(c, [&](const Bytes &f) { s.receive(f, kNow); });
    flush(s, [&](const Bytes &f) { c.receive(f); });
    flush(c, [&](const Bytes &f) { s.receive(f, kNow); });
    QCOMPARE(s.state(), DoorSession::State::AwaitAuth);
    s.tick(kNow + 60);
    QCOMPARE(s.state(), DoorSession::State::AwaitAuth);
    s.tick(kNow + DoorSession::kPairingDeadlineSeconds);
    QCOMPARE(s.state(), DoorSession::State::Failed);
    c.confirmPairing();
    flush(c, [&](const Bytes &f) { s.receive(f, kNow + DoorSession::kPairingDeadlineSeconds + 1); });
    QVERIFY(!fresh.door->commissioned());
}

void TestDoorPairing::unauthenticatedPeerIsBounded()
{
    Property p;
    TestDoor d(p, 3);
    // A handshake-sized message larger than any real one: refused before it is parsed.
    DoorSession big(*d.door, 244);
    for (const Bytes &f : protocol::fragment(Bytes(protocol::kMaxHandshakeMessage + 1, 0x01), 244))
        big.receive(f, kNow);
    QCOMPARE(big.state(), DoorSession::State::Failed);
    // A flood of tiny fragments of one never-ending message before authentication: cut off well
    // within kMaxPreAuthBytes (the old limit was the 8 KiB record message).
    DoorSession flood(*d.door, 244);
    std::size_t fed = 0;
    flood.receive(Bytes{protocol::First, 1, 0x01}, kNow);
    fed += 3;
    while (flood.state() != DoorSession::State::Failed && fed < 16 * protocol::kMaxPreAuthBytes) {
        flood.receive(Bytes{0x00, 1, 0x01}, kNow); // a continuation fragment
        fed += 3;
    }
    QCOMPARE(flood.state(), DoorSession::State::Failed);
    QVERIFY2(fed <= protocol::kMaxPreAuthBytes, std::to_string(fed).c_str());
}

void TestDoorPairing::clockCannotBeSetBeforeAnIssuedUpdate()
{
    // The attack: a laptop with a wrong (or deliberately set) clock syncs the door a year back, to
    // re-open an expired person's access and backdate the audit trail.
    Property p;
    TestDoor d(p, 3);
    AccessList list = emptyList(p.id, 3);
    list.version = 1;
    list.schedules.push_back(Schedule{}); // always
    Holder h;
    h.personId = 42;
    h.cardSerials = {"0A0B0C"};
    h.rights.push_back(Right{kNow - 30 * 86400, kNow - 86400, 0, false}); // expired yesterday
    list.holders.push_back(h);
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(list, p.key.seed, kNow), kNow), UpdateError::None);
    QCOMPARE(d.door->newestIssuedAt(), kNow);
    QCOMPARE(d.door->decideCard("0A0B0C", kNow).reason, Reason::Expired);
    // A sync from a laptop whose clock says a year ago: the door refuses the clock and says so.
    PorterSide side = makeSide(list, list, 244);
    const std::int64_t yearAgo = kNow - 365 * 86400;
    SyncOutcome out;
    {
        SyncClient client(clientConfig(p, d, side, yearAgo)); // the laptop's clock is wrong...
        DoorSession session(*d.door, side.linkPayload);
        runLoopback(client, session, kNow); // ... the door's host clock is right
        out.result = client.result();
    }
    QVERIFY2(out.result.ok(), out.result.message.c_str());
    QVERIFY(!out.result.clockSet);
    QVERIFY(out.result.clockRefusedBefore.has_value());
    QCOMPARE(*out.result.clockRefusedBefore, kNow);
    QCOMPARE(d.door->clock(kNow), kNow); // unchanged
    QCOMPARE(d.door->decideCard("0A0B0C", kNow).reason, Reason::Expired);
    // The refused attempt is an alarm; it goes up with the next sync's activity (this one's was
    // uploaded before the clock was set).
    const SyncOutcome next = sync(p, d, side, kNow + 60);
    QVERIFY2(next.result.ok(), next.result.message.c_str());
    int clockAlarms = 0;
    for (const ActivityEntry &e : next.result.activity)
        clockAlarms += e.isAlarm() && e.alarm == AlarmKind::ClockMovedBack;
    QCOMPARE(clockAlarms, 1);
    // The door's own clock falling back (a flat backup battery) cannot read earlier than the newest
    // issued update either: the person stays expired, and activity is not backdated.
    QCOMPARE(d.door->clock(yearAgo), kNow);
    QCOMPARE(d.door->decideCard("0A0B0C", yearAgo).reason, Reason::Expired);
    QVERIFY(d.door->activity(0, 100).back().time >= kNow);
    // ... and it restarts from there and runs on (schedules, lockouts and challenges keep working),
    // with an alarm, rather than standing still at that instant.
    QCOMPARE(d.door->clock(yearAgo + 3600), kNow + 3600);
    int restarts = 0;
    for (const ActivityEntry &e : d.door->activity(0, 100))
        restarts += e.isAlarm() && e.alarm == AlarmKind::ClockMovedBack;
    QCOMPARE(restarts, 1);
    // A correct clock is still set, and survives a reboot with the newest issue time.
    QVERIFY(d.door->setClock(kNow + 3600, kNow));
    d.reboot();
    QCOMPARE(d.door->newestIssuedAt(), kNow);
    QCOMPARE(d.door->clock(kNow), kNow + 3600);
}

QTEST_APPLESS_MAIN(TestDoorPairing)
#include "tst_doorpairing.moc"

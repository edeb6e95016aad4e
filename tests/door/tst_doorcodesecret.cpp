// The doorcode secret can be rotated (docs/doorcodes.md, "Rotating the secret"): an attacker who
// learned the old secret (a stolen door, a leaked backup) computes people's codes; those codes work
// until the door holds the new secret and stop there the moment it does, while the person's code of
// the new secret works. Rotations arrive signed inside the session; replays and older epochs are
// refused; the state stays atomic; porter-door's state files are for their owner only.
#include "door/protocol.h"
#include "doortestutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <filesystem>

#ifndef _WIN32
#include <sys/stat.h>
#endif

using namespace porter::door;
using namespace porter::door::testutil;

namespace {

constexpr std::uint32_t kPerson = 1234;
constexpr std::int64_t kNow = 1772460000; // 2026-03-02 14:00 UTC

// A list where kPerson may use a doorcode at any time.
AccessList doorcodeList(std::uint32_t propertyId, std::uint32_t doorId, std::uint64_t version)
{
    AccessList l = emptyList(propertyId, doorId);
    l.version = version;
    Holder h;
    h.personId = kPerson;
    h.doorcode = true;
    h.rights.push_back(Right{0, kNoExpiry, 0, true});
    l.holders.push_back(h);
    l.schedules.push_back(Schedule{});
    return l;
}

// What the person (or an attacker holding `secret`) types today at a door on UTC.
std::string codeOf(ByteView secret, std::int64_t now = kNow)
{
    return dailyDoorcode(secret, kPerson, civilFromDays(localDay(now)));
}

} // namespace

class TestDoorcodeSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leakedOldSecretStopsOnceDoorHasNewEpoch();
    void replayedOrOlderEpochIsRefused();
    void rotationIsBoundToPropertyKeyAndDoor();
    void rotationSurvivesRebootAndPowerCutAtEveryStep();
    void doorThatCannotStoreTheSecretSaysSo();
    void statusReportsEpochAndRecordsRoundTrip();
    void fileStorageIsOwnerOnly();
};

// The attack: the old secret leaked, so the attacker computes kPerson's code for today. It opens the
// door before the rotation reaches it and never again after that door's sync; the person's code of
// the new secret opens it.
void TestDoorcodeSecret::leakedOldSecretStopsOnceDoorHasNewEpoch()
{
    Property p;
    TestDoor lobby(p, 3);
    TestDoor side(p, 4);
    PorterSide lobbySide = makeSide(emptyList(p.id, 3), doorcodeList(p.id, 3, 1), 244);
    PorterSide sideSide = makeSide(emptyList(p.id, 4), doorcodeList(p.id, 4, 1), 244);
    QVERIFY(sync(p, lobby, lobbySide, kNow).result.ok());
    QVERIFY(sync(p, side, sideSide, kNow).result.ok());

    const Bytes leaked = p.doorcodeSecret;
    const std::string attackerCode = codeOf(leaked);
    QVERIFY(lobby.door->decideDoorcode(attackerCode, kNow).granted); // works before the rotation

    // Porter rotates: epoch 2, a new secret. The next sync of the lobby carries it.
    const Bytes fresh = crypto::randomBytes(32);
    SyncClientConfig cfg = clientConfig(p, lobby, lobbySide, kNow);
    cfg.doorcodeEpoch = 2;
    cfg.doorcodeSecret = fresh;
    SyncClient client(cfg);
    DoorSession session(*lobby.door, 244);
    runLoopback(client, session, kNow);
    QVERIFY2(client.result().ok(), client.result().message.c_str());
    QCOMPARE(client.result().doorcodeEpoch, std::uint32_t{2});
    QCOMPARE(client.result().doorStatus->doorcodeEpoch, std::uint32_t{1});
    QCOMPARE(lobby.door->doorcodeEpoch(), std::uint32_t{2});

    const Decision stolen = lobby.door->decideDoorcode(attackerCode, kNow + 60);
    QVERIFY(!stolen.granted);
    QCOMPARE(stolen.reason, Reason::Unknown); // the old code decodes to nobody now
    QVERIFY(lobby.door->decideDoorcode(codeOf(fresh), kNow + 120).granted);
    // Another day: the leaked secret gives the attacker nothing either.
    QVERIFY(!lobby.door->decideDoorcode(codeOf(leaked, kNow + 86400), kNow + 86400).granted);
    QVERIFY(lobby.door->decideDoorcode(codeOf(fresh, kNow + 86400), kNow + 86400).granted);

    // The side door has not synced: it still holds epoch 1, where the leaked code still works and
    // the new one does not yet (which is why Porter lists such doors).
    QCOMPARE(side.door->doorcodeEpoch(), std::uint32_t{1});
    QVERIFY(side.door->decideDoorcode(attackerCode, kNow + 180).granted);
    QVERIFY(!side.door->decideDoorcode(codeOf(fresh), kNow + 240).granted);

    // A second sync with the same epoch sends nothing more and keeps the door at epoch 2.
    SyncClient again(cfg);
    DoorSession session2(*lobby.door, 244);
    runLoopback(again, session2, kNow + 300);
    QVERIFY(again.result().ok());
    QCOMPARE(again.result().doorcodeEpoch, std::uint32_t{2});
    QCOMPARE(again.result().doorStatus->doorcodeEpoch, std::uint32_t{2});
}

void TestDoorcodeSecret::replayedOrOlderEpochIsRefused()
{
    Property p;
    TestDoor d(p, 3);
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(doorcodeList(p.id, 3, 1), p.key.seed), kNow),
             UpdateError::None);
    const Bytes s2 = crypto::randomBytes(32);
    const Bytes s3 = crypto::randomBytes(32);
    const Bytes sig2 = signDoorcodeSecret(p.key.seed, p.id, 3, 2, s2);
    const Bytes sig3 = signDoorcodeSecret(p.key.seed, p.id, 3, 3, s3);
    QCOMPARE(d.door->installDoorcodeSecret(3, s3, sig3), UpdateError::None);
    // The epoch-2 record, genuinely signed but older: an attacker replaying it would bring back a
    // secret that has leaked. Refused, and the epoch-3 secret stays.
    QCOMPARE(d.door->installDoorcodeSecret(2, s2, sig2), UpdateError::NotNewer);
    // The same record again is no rotation either.
    QCOMPARE(d.door->installDoorcodeSecret(3, s3, sig3), UpdateError::NotNewer);
    QCOMPARE(d.door->doorcodeEpoch(), std::uint32_t{3});
    QVERIFY(!d.door->decideDoorcode(codeOf(s2), kNow).granted);
    QVERIFY(d.door->decideDoorcode(codeOf(s3), kNow + 1).granted);

    // Over a session: a laptop that replays the older epoch (e.g. an old database) is refused by the
    // door, says so, and the door keeps its secret.
    PorterSide side = makeSide(doorcodeList(p.id, 3, 1), doorcodeList(p.id, 3, 1), 244);
    SyncClientConfig cfg = clientConfig(p, d, side, kNow);
    cfg.doorcodeEpoch = 2;
    cfg.doorcodeSecret = s2;
    SyncClient older(cfg);
    DoorSession session(*d.door, 244);
    runLoopback(older, session, kNow);
    QVERIFY(older.result().ok()); // nothing was sent: the door's status already says epoch 3
    QCOMPARE(older.result().doorcodeEpoch, std::uint32_t{3});
    QCOMPARE(d.door->doorcodeEpoch(), std::uint32_t{3});
    QVERIFY(d.door->decideDoorcode(codeOf(s3), kNow + 2).granted);
}

void TestDoorcodeSecret::rotationIsBoundToPropertyKeyAndDoor()
{
    Property p;
    TestDoor d(p, 3);
    const Bytes secret = crypto::randomBytes(32);
    // Signed for door 4 of the same property: does not verify at door 3.
    QCOMPARE(d.door->installDoorcodeSecret(2, secret, signDoorcodeSecret(p.key.seed, p.id, 4, 2, secret)),
             UpdateError::BadSignature);
    // Signed by another key.
    Property other;
    QCOMPARE(d.door->installDoorcodeSecret(2, secret, signDoorcodeSecret(other.key.seed, p.id, 3, 2, secret)),
             UpdateError::BadSignature);
    // Signed for epoch 2, presented as epoch 9.
    QCOMPARE(d.door->installDoorcodeSecret(9, secret, signDoorcodeSecret(p.key.seed, p.id, 3, 2, secret)),
             UpdateError::BadSignature);
    // A flipped secret bit.
    Bytes flipped = secret;
    flipped[0] ^= 1;
    QCOMPARE(d.door->installDoorcodeSecret(2, flipped, signDoorcodeSecret(p.key.seed, p.id, 3, 2, secret)),
             UpdateError::BadSignature);
    QCOMPARE(d.door->installDoorcodeSecret(2, Bytes(31, 1), Bytes(64, 0)), UpdateError::Malformed);
    QCOMPARE(d.door->installDoorcodeSecret(0, secret, signDoorcodeSecret(p.key.seed, p.id, 3, 0, secret)),
             UpdateError::Malformed);
    QCOMPARE(d.door->doorcodeEpoch(), std::uint32_t{1});

    // An uncommissioned door takes none.
    MemoryStorage storage;
    Door fresh(storage);
    fresh.load();
    QCOMPARE(fresh.installDoorcodeSecret(2, secret, signDoorcodeSecret(p.key.seed, p.id, 3, 2, secret)),
             UpdateError::NotCommissioned);
}

void TestDoorcodeSecret::rotationSurvivesRebootAndPowerCutAtEveryStep()
{
    Property p;
    const Bytes fresh = crypto::randomBytes(32);
    const Bytes sig = signDoorcodeSecret(p.key.seed, p.id, 3, 2, fresh);
    for (std::size_t k = 0;; ++k) {
        TestDoor d(p, 3);
        QCOMPARE(d.door->applyUpdate(makeFullUpdate(doorcodeList(p.id, 3, 1), p.key.seed), kNow),
                 UpdateError::None);
        d.storage.failAfter(k);
        const UpdateError e = d.door->installDoorcodeSecret(2, fresh, sig);
        const bool cut = d.storage.powerCut();
        d.storage.crash();
        d.reboot();
        QCOMPARE(d.door->load(), LoadResult::Loaded);
        const std::uint32_t epoch = d.door->doorcodeEpoch();
        QVERIFY(epoch == 1 || epoch == 2);
        if (e == UpdateError::None)
            QCOMPARE(epoch, std::uint32_t{2});
        // Old or new, never a mix: the epoch and the secret the codes come from move together.
        const Bytes &expected = epoch == 2 ? fresh : p.doorcodeSecret;
        const Bytes &other = epoch == 2 ? p.doorcodeSecret : fresh;
        QVERIFY(d.door->decideDoorcode(codeOf(expected), kNow).granted);
        QVERIFY(!d.door->decideDoorcode(codeOf(other), kNow + 1).granted);
        if (!cut)
            break;
    }
}

// A door whose storage refuses the write keeps its old secret, answers so, and the laptop does not
// believe otherwise: the sync ends DoorRejectedSecret with the door's epoch still 1.
void TestDoorcodeSecret::doorThatCannotStoreTheSecretSaysSo()
{
    Property p;
    TestDoor d(p, 3);
    PorterSide side = makeSide(emptyList(p.id, 3), doorcodeList(p.id, 3, 1), 244);
    QVERIFY(sync(p, d, side, kNow).result.ok());
    const Bytes fresh = crypto::randomBytes(32);
    SyncClientConfig cfg = clientConfig(p, d, side, kNow);
    cfg.doorcodeEpoch = 2;
    cfg.doorcodeSecret = fresh;
    d.storage.failAfter(0);
    SyncClient client(cfg);
    DoorSession session(*d.door, 244);
    runLoopback(client, session, kNow);
    d.storage.noFailures();
    QCOMPARE(client.result().error, SyncError::DoorRejectedSecret);
    QCOMPARE(client.result().doorcodeEpoch, std::uint32_t{1});
    QCOMPARE(client.result().doorcodeSecretError, UpdateError::StorageFailed);
    QVERIFY(client.result().finalState.has_value()); // the rest of the sync completed
    QCOMPARE(d.door->doorcodeEpoch(), std::uint32_t{1});
    QVERIFY(d.door->decideDoorcode(codeOf(p.doorcodeSecret), kNow).granted);
    // Next time it works.
    SyncClient again(cfg);
    DoorSession session2(*d.door, 244);
    runLoopback(again, session2, kNow + 10);
    QVERIFY2(again.result().ok(), again.result().message.c_str());
    QCOMPARE(d.door->doorcodeEpoch(), std::uint32_t{2});
}

void TestDoorcodeSecret::statusReportsEpochAndRecordsRoundTrip()
{
    Property p;
    TestDoor d(p, 3);
    DoorStatus s = d.door->status(kNow);
    QCOMPARE(s.doorcodeEpoch, std::uint32_t{1});
    const auto decoded = protocol::decodeStatus(protocol::encodeStatus(s));
    QVERIFY(decoded);
    QCOMPARE(decoded->doorcodeEpoch, std::uint32_t{1});

    protocol::DoorcodeSecret m{5, crypto::randomBytes(32), Bytes(64, 0xAB)};
    const Bytes wire = protocol::encode(m);
    QCOMPARE(wire.size(), std::size_t{101});
    QCOMPARE(wire[0], std::uint8_t{0x26});
    const auto back = protocol::decodeDoorcodeSecret(wire);
    QVERIFY(back && back->epoch == 5 && back->secret == m.secret && back->signature == m.signature);
    QVERIFY(!protocol::decodeDoorcodeSecret(ByteView(wire).first(100)));
    Bytes longer = wire;
    longer.push_back(0);
    QVERIFY(!protocol::decodeDoorcodeSecret(longer));

    const Bytes answer = protocol::encode(protocol::DoorcodeEpoch{5, UpdateError::NotNewer});
    QCOMPARE(answer.size(), std::size_t{6});
    const auto a = protocol::decodeDoorcodeEpoch(answer);
    QVERIFY(a && a->epoch == 5 && a->error == UpdateError::NotNewer);
    QVERIFY(protocol::decodeAnyRecordMessage(wire));
    QVERIFY(protocol::decodeAnyRecordMessage(answer));
}

void TestDoorcodeSecret::fileStorageIsOwnerOnly()
{
#ifdef _WIN32
    QSKIP("POSIX modes");
#else
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const std::string dir = tmp.path().toStdString() + "/door";
    // Even with a permissive umask the door's files stay private.
    const mode_t oldMask = ::umask(0);
    Property p;
    {
        FileStorage storage(dir);
        Door door(storage);
        QCOMPARE(door.load(), LoadResult::Fresh);
        QCOMPARE(door.commission(Commissioning{p.id, 3, p.key.publicKey, p.doorcodeSecret, 7}).size(),
                 std::size_t{32});
        QCOMPARE(door.applyUpdate(makeFullUpdate(doorcodeList(p.id, 3, 1), p.key.seed), kNow),
                 UpdateError::None);
        door.decideDoorcode("0000000", kNow); // a journal record
        QCOMPARE(door.beginStage(2, Hash{}, kUpdateHeaderSize + 64, 0), UpdateError::None);
    }
    ::umask(oldMask);
    struct stat st
    {};
    QCOMPARE(::stat(dir.c_str(), &st), 0);
    QCOMPARE(int(st.st_mode & 07777), 0700);
    int files = 0;
    for (const auto &entry : std::filesystem::directory_iterator(dir)) {
        QCOMPARE(::stat(entry.path().c_str(), &st), 0);
        QVERIFY2((st.st_mode & 07777) == 0600, entry.path().c_str());
        ++files;
    }
    QVERIFY(files >= 4); // door.state, door.ring, door.journal, door.stage

    // A directory that existed with open modes, and a state file a tool left world-readable: both
    // are narrowed once the door writes.
    const std::string open = tmp.path().toStdString() + "/open";
    std::filesystem::create_directories(open);
    std::filesystem::permissions(open, std::filesystem::perms::all);
    {
        FileStorage pre(open);
        QVERIFY(pre.write("door.journal", Bytes{1}));
        std::filesystem::permissions(open + "/door.journal", std::filesystem::perms::all);
        QVERIFY(pre.append("door.journal", Bytes{2}));
    }
    QCOMPARE(::stat(open.c_str(), &st), 0);
    QCOMPARE(int(st.st_mode & 07777), 0700);
    QCOMPARE(::stat((open + "/door.journal").c_str(), &st), 0);
    QCOMPARE(int(st.st_mode & 07777), 0600);
#endif
}

QTEST_APPLESS_MAIN(TestDoorcodeSecret)
#include "tst_doorcodesecret.moc"

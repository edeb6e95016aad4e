// The door protocol end to end over the in-memory loopback: full and delta syncs, interruption
// at every fragment boundary and random bytes, every single-bit flip, replays, downgrades,
// foreign properties, uncommissioned doors (docs/door-protocol.md).

#include "doortestutil.h"

#include <QTest>
#include <random>

using namespace porter::door;
using namespace porter::door::testutil;

namespace {

constexpr std::int64_t kNow = 1772460000; // 2026-03-02, Monday

AccessList listOf(std::uint32_t propertyId, std::size_t persons, std::size_t cards, std::uint64_t seed)
{
    sample::Shape shape;
    shape.appAndDoorcodePersons = persons;
    shape.cardPersons = cards;
    shape.propertyId = propertyId;
    shape.seed = seed;
    return sample::makeList(shape);
}

// A door on its own simulated disk, restorable to the same state for each of many runs.
struct DoorImage
{
    std::unique_ptr<MemoryStorage> disk;
    Bytes identity;
};

struct Snapshot
{
    AccessList list;
    Hash hash{};
    std::int64_t clockAt0 = 0;
    std::size_t activity = 0;
    std::uint64_t nextSeq = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshotOf(const Door &d)
{
    return Snapshot{d.accessList(), d.listHash(), d.clock(0), d.activityCount(), d.status(0).activityNextSeq};
}

} // namespace

class TestDoorProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSyncSmallMtu();
    void activityWithGapsAndAlarmsUploads();
    void deltaSyncRoundTripsAndBytes();
    void nothingToSend();
    void streamChunkingAndProgress();
    void largeSnapshotUsesFlowControl();
    void interruptionAtEveryBoundaryAndRandomBytes();
    void everySingleBitFlipIsRejected();
    void replayedSessionIsRejected();
    void downgradeAndReplayedUpdateRejected();
    void otherPropertyOrDoorRejected();
    void neverCommissionedDoorRefuses();
    void wrongKeysFailAuthentication();
    void commissionOverTheAir();
    void commissionRefusedOrAborted();
    void commissionPowerCutAtEveryStep();
};

void TestDoorProtocol::fullSyncSmallMtu()
{
    Property p;
    TestDoor d(p, 3);
    d.door->setBattery(64);
    d.door->decideCard("0102", kNow - 100); // activity to upload
    d.door->decideDoorcode("0000000", kNow - 90);
    PorterSide side;
    side.acknowledged = emptyList(p.id, 3);
    side.target = listOf(p.id, 60, 20, 4);
    side.linkPayload = 20; // ATT MTU 23
    LoopbackOptions opt;
    opt.record = true;
    const std::int64_t doorHost = kNow - 3700; // the door's clock is 3,700 s behind
    SyncClient client(clientConfig(p, d, side, kNow));
    DoorSession session(*d.door, side.linkPayload);
    const LoopbackStats stats = runLoopback(client, session, doorHost, opt);
    const SyncResult &r = client.result();
    QVERIFY2(r.ok(), r.message.c_str());
    QVERIFY(r.applied.has_value());
    QCOMPARE(r.applied->version, side.target.version);
    QVERIFY(r.applied->hash == hash(side.target));
    QVERIFY(d.door->accessList() == side.target);
    for (const auto &[toDoor, f] : stats.transcript)
        QVERIFY(f.size() <= 20);
    QVERIFY(r.doorStatus.has_value());
    QCOMPARE(r.doorStatus->batteryPercent, std::uint8_t{64});
    QCOMPARE(r.doorStatus->firmware, std::string("porter-door-ref 0.1.0"));
    QCOMPARE(r.driftSeconds, std::int64_t{-3700});
    QCOMPARE(d.door->clock(doorHost), kNow); // clock set
    QCOMPARE(d.door->status(doorHost).lastDriftSeconds, std::int64_t{-3700});
    QCOMPARE(r.activity.size(), std::size_t{2});
    QCOMPARE(r.activity[0].kind, CredentialKind::Card);
    QCOMPARE(r.activity[1].kind, CredentialKind::Doorcode);
    QCOMPARE(d.door->activityCount(), std::size_t{0}); // released after Porter's ack
    QCOMPARE(r.activityReleasedUpTo, r.activity.back().seq + 1);
    QCOMPARE(session.state(), DoorSession::State::Closed);
}

// A ring that dropped failures from the middle (seqs skip) and holds alarms uploads exactly, and
// Porter releases all of it.
void TestDoorProtocol::activityWithGapsAndAlarmsUploads()
{
    Property p;
    DoorOptions options;
    options.activityCapacity = 8;
    TestDoor d(p, 3, options);
    d.door->raiseAlarm(AlarmKind::KeypadLockout, kNow - 300, 60);
    for (int i = 0; i < 20; ++i)
        d.door->decideCard("0102", kNow - 200 + i); // unknown card: failures
    d.door->raiseAlarm(AlarmKind::FailureBudgetExhausted, kNow - 100, 2);
    const std::vector<ActivityEntry> before = d.door->activity(0, SIZE_MAX);
    QCOMPARE(before.size(), std::size_t{8});
    QCOMPARE(before.front().seq, std::uint64_t{1});
    QVERIFY(before[1].seq > 2); // a gap
    PorterSide side;
    side.acknowledged = emptyList(p.id, 3);
    side.target = listOf(p.id, 10, 5, 4);
    SyncClient client(clientConfig(p, d, side, kNow));
    DoorSession session(*d.door, side.linkPayload);
    runLoopback(client, session, kNow);
    const SyncResult &r = client.result();
    QVERIFY2(r.ok(), r.message.c_str());
    QVERIFY(r.activity == before);
    QCOMPARE(r.activity.front().alarm, AlarmKind::KeypadLockout);
    QCOMPARE(r.activity.back().alarm, AlarmKind::FailureBudgetExhausted);
    QCOMPARE(r.activity.back().detail, 2u);
    QCOMPARE(r.doorStatus->lostEntries, std::uint64_t{22 - 8});
    QCOMPARE(d.door->activityCount(), std::size_t{0});
    QCOMPARE(r.activityReleasedUpTo, before.back().seq + 1);
}

void TestDoorProtocol::deltaSyncRoundTripsAndBytes()
{
    Property p;
    TestDoor d(p, 3);
    PorterSide side;
    side.acknowledged = emptyList(p.id, 3);
    side.target = listOf(p.id, 300, 100, 5);
    QVERIFY(sync(p, d, side, kNow).result.ok());
    QVERIFY(side.acknowledged == side.target);
    side.target = sample::mutate(side.target, 10, 77);
    const SyncOutcome out = sync(p, d, side, kNow + 60);
    QVERIFY2(out.result.ok(), out.result.message.c_str());
    QVERIFY(d.door->accessList() == side.target);
    QCOMPARE(out.roundTripsAfterSessionUp, 2);
    QVERIFY(out.result.updateTotalBytes < 600); // a delta, not a snapshot
    // Every update byte was sent exactly once.
    QCOMPARE(out.result.updateBytesSent, out.result.updateTotalBytes);
}

void TestDoorProtocol::nothingToSend()
{
    Property p;
    TestDoor d(p, 3);
    PorterSide side;
    side.target = emptyList(p.id, 3);
    side.acknowledged = side.target;
    const SyncOutcome out = sync(p, d, side, kNow);
    QVERIFY(out.result.ok());
    QVERIFY(!out.result.applied);
    QCOMPARE(out.result.finalState->version, 0u);
}

void TestDoorProtocol::streamChunkingAndProgress()
{
    // Over TCP the bytes arrive in arbitrary chunks, not fragment by fragment.
    Property p;
    TestDoor d(p, 3);
    d.door->decideCard("0102", kNow - 1);
    PorterSide side = makeSide(emptyList(p.id, 3), listOf(p.id, 300, 50, 3), 100);
    SyncClientConfig cfg = clientConfig(p, d, side, kNow);
    std::vector<std::pair<std::size_t, std::size_t>> progress;
    cfg.onProgress = [&](std::size_t sent, std::size_t total) { progress.emplace_back(sent, total); };
    SyncClient client(cfg);
    DoorSession session(*d.door, 100);
    client.start();
    std::mt19937 rng(7);
    auto pump = [&](auto &from, auto &&deliver) {
        Bytes stream;
        while (auto f = from.nextFragment())
            stream.insert(stream.end(), f->begin(), f->end());
        for (std::size_t pos = 0; pos < stream.size();) {
            const std::size_t n = std::min<std::size_t>(1 + rng() % 300, stream.size() - pos);
            deliver(ByteView(stream.data() + pos, n));
            pos += n;
        }
        return !stream.empty();
    };
    for (int turn = 0; turn < 1000; ++turn) {
        const bool a = pump(client, [&](ByteView b) { session.receive(b, kNow); });
        const bool b = pump(session, [&](ByteView v) { client.receive(v, kNow); });
        if (!a && !b)
            break;
    }
    QVERIFY2(client.result().ok(), client.result().message.c_str());
    QVERIFY(d.door->accessList() == side.target);
    QVERIFY(!progress.empty());
    for (std::size_t i = 1; i < progress.size(); ++i)
        QVERIFY(progress[i].first > progress[i - 1].first);
    QCOMPARE(progress.back().first, progress.back().second);
    QCOMPARE(progress.back().second, client.result().updateTotalBytes);
}

void TestDoorProtocol::largeSnapshotUsesFlowControl()
{
    Property p;
    TestDoor d(p, 3);
    PorterSide side;
    side.acknowledged = emptyList(p.id, 3);
    side.target = listOf(p.id, 2000, 1000, 6);
    const SyncOutcome out = sync(p, d, side, kNow);
    QVERIFY2(out.result.ok(), out.result.message.c_str());
    QVERIFY(d.door->accessList() == side.target);
    QVERIFY(out.doorWire.creditRecords > 0); // the door granted more than its initial window
    QVERIFY(out.result.updateTotalBytes > protocol::kDoorReceiveWindow);
}

void TestDoorProtocol::interruptionAtEveryBoundaryAndRandomBytes()
{
    Property p;
    const AccessList v1 = listOf(p.id, 30, 10, 8);
    const AccessList v2 = sample::mutate(listOf(p.id, 250, 80, 9), 5, 3); // ~5 update chunks
    // One clean run to learn the fragment boundaries.
    std::vector<std::size_t> cuts;
    {
        TestDoor d(p, 3);
        QCOMPARE(d.door->applyUpdate(makeFullUpdate(v1, p.key.seed), 0), UpdateError::None);
        PorterSide side = makeSide(v1, v2, 40);
        side.preferDelta = false;
        LoopbackOptions opt;
        opt.record = true;
        const SyncOutcome out = sync(p, d, side, kNow, opt);
        QVERIFY(out.result.ok());
        std::size_t total = 0;
        for (const auto &[toDoor, f] : out.stats.transcript)
            cuts.push_back(total += f.size());
        std::mt19937 rng(12345);
        for (int i = 0; i < 60; ++i)
            cuts.push_back(std::uniform_int_distribution<std::size_t>(0, total)(rng));
    }
    int resumed = 0;
    for (std::size_t cut : cuts) {
        TestDoor d(p, 3);
        QCOMPARE(d.door->applyUpdate(makeFullUpdate(v1, p.key.seed), 0), UpdateError::None);
        for (int i = 0; i < 3; ++i)
            d.door->decideCard("0A0B", kNow - 10 + i);
        PorterSide side = makeSide(v1, v2, 40);
        side.preferDelta = false;
        LoopbackOptions opt;
        opt.dropAfterBytes = cut;
        const SyncOutcome first = sync(p, d, side, kNow, opt);
        const AccessList &held = d.door->accessList();
        QVERIFY2(held == v1 || held == v2, qPrintable(QStringLiteral("cut at %1").arg(cut)));
        // Porter records the new version only with the door's acknowledgement.
        QVERIFY(!first.result.ok() || first.result.applied);
        if (side.acknowledged == v2)
            QVERIFY(held == v2);
        if (!first.stats.dropped)
            QVERIFY(first.result.ok());
        // A reboot in between (the door may have lost power with the link).
        d.reboot();
        const StagedInfo staged = d.door->staged();
        const SyncOutcome second = sync(p, d, side, kNow + 100);
        QVERIFY2(second.result.ok(), second.result.message.c_str());
        QVERIFY(d.door->accessList() == v2);
        QVERIFY(side.acknowledged == v2);
        if (second.result.updateTotalBytes) {
            // Resume: the second session sends exactly what the door did not have.
            QCOMPARE(second.result.updateResumedFrom, std::size_t{staged.have});
            QCOMPARE(second.result.updateBytesSent, second.result.updateTotalBytes - staged.have);
            if (staged.have)
                ++resumed;
        }
        // Activity: every entry reached Porter exactly once and the door released it.
        QCOMPARE(side.storedActivity.size(), std::size_t{3});
        QCOMPARE(d.door->activityCount(), std::size_t{0});
    }
    QVERIFY(resumed > 3); // the cuts did land inside the transfer
}

void TestDoorProtocol::everySingleBitFlipIsRejected()
{
    Property p;
    const AccessList v1 = listOf(p.id, 20, 5, 10);
    const AccessList v2 = sample::mutate(v1, 2, 4);
    // The reference door image: commissioned, v1, one activity entry.
    TestDoor base(p, 3);
    QCOMPARE(base.door->applyUpdate(makeFullUpdate(v1, p.key.seed), 0), UpdateError::None);
    base.door->decideCard("0A0B", kNow - 5);
    const std::unique_ptr<MemoryStorage> image = base.storage.clone();

    // Clean run: the fragment whose delivery commits the update.
    std::size_t fragments = 0;
    std::size_t commitIndex = SIZE_MAX;
    std::vector<std::size_t> sizes;
    std::vector<bool> toDoorAt;
    {
        auto disk = image->clone();
        Door door(*disk);
        door.load();
        PorterSide side = makeSide(v1, v2, 244);
        LoopbackOptions opt;
        opt.tamper = [&](bool toDoor, std::size_t index, Bytes &f) {
            if (commitIndex == SIZE_MAX && door.accessList().version == v2.version)
                commitIndex = index - 1;
            sizes.push_back(f.size());
            toDoorAt.push_back(toDoor);
        };
        SyncClientConfig cfg = clientConfig(p, base, side, kNow);
        SyncClient client(cfg);
        DoorSession session(door, 244);
        runLoopback(client, session, kNow, opt);
        QVERIFY(client.result().ok());
        fragments = sizes.size();
    }
    QVERIFY(commitIndex != SIZE_MAX);
    std::size_t runs = 0;
    for (std::size_t i = 0; i < fragments; ++i) {
        for (std::size_t bit = 0; bit < sizes[i] * 8; ++bit) {
            auto disk = image->clone();
            Door door(*disk);
            door.load();
            const Snapshot before = snapshotOf(door);
            PorterSide side = makeSide(v1, v2, 244);
            LoopbackOptions opt;
            opt.tamper = [&](bool, std::size_t index, Bytes &f) {
                if (index == i && bit / 8 < f.size())
                    f[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
            };
            SyncClient client(clientConfig(p, base, side, kNow));
            DoorSession session(door, 244);
            runLoopback(client, session, kNow, opt);
            ++runs;
            const SyncResult &r = client.result();
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("fragment %1 bit %2 accepted").arg(i).arg(bit)));
            const QString where = QStringLiteral("fragment %1 bit %2").arg(i).arg(bit);
            if (toDoorAt[i] && i <= commitIndex) {
                // A flipped laptop->door fragment up to the update's last chunk: the door rejects
                // it and its state is exactly unchanged (list, hash, clock, activity).
                QVERIFY2(snapshotOf(door) == before, qPrintable(where));
                QVERIFY(!r.applied);
            } else {
                // A flipped door->laptop fragment: the laptop fails, the door may already have
                // committed what it verified; it holds old or new, never a mix, and if the laptop
                // saw the Applied ack the door holds the new list.
                QVERIFY2(door.accessList() == v1 || door.accessList() == v2, qPrintable(where));
                QCOMPARE(door.listHash(), hash(door.accessList()));
                if (r.applied)
                    QVERIFY(door.accessList() == v2);
            }
            // And the door still works: a clean sync afterwards converges.
            if (bit % 61 == 0) {
                PorterSide again = makeSide(door.accessList() == v2 ? v2 : v1, v2, 244);
                SyncClient c2(clientConfig(p, base, again, kNow + 1));
                DoorSession s2(door, 244);
                runLoopback(c2, s2, kNow + 1);
                QVERIFY(c2.result().ok());
                QVERIFY(door.accessList() == v2);
            }
        }
    }
    qInfo("%zu fragments, %zu single-bit flips, all rejected", fragments, runs);
}

void TestDoorProtocol::replayedSessionIsRejected()
{
    Property p;
    TestDoor d(p, 3);
    const AccessList v1 = listOf(p.id, 20, 5, 11);
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(v1, p.key.seed), 0), UpdateError::None);
    const auto image = d.storage.clone();
    const AccessList v2 = sample::mutate(v1, 3, 1);
    PorterSide side = makeSide(v1, v2, 244);
    LoopbackOptions opt;
    opt.record = true;
    const SyncOutcome out = sync(p, d, side, kNow, opt);
    QVERIFY(out.result.ok());
    // Replay everything the laptop sent to the door as it was before the session.
    Door door(*image);
    door.load();
    const Snapshot before = snapshotOf(door);
    DoorSession session(door, 244);
    for (const auto &[toDoor, f] : out.stats.transcript)
        if (toDoor)
            session.receive(f, kNow + 5);
    QCOMPARE(session.state(), DoorSession::State::Failed);
    QVERIFY(snapshotOf(door) == before);
    // Replaying a record inside a live session (same counter twice) is rejected too.
    PorterSide side2 = makeSide(v1, v2, 244);
    LoopbackOptions dup;
    Bytes last;
    dup.tamper = [&](bool toDoor, std::size_t, Bytes &f) {
        if (toDoor && f.size() > 2 && last.size() > 2 && f[0] == last[0])
            f = last; // deliver the previous record fragment again
        if (toDoor)
            last = f;
    };
    Door door2(*image);
    door2.load();
    SyncClient c2(clientConfig(p, d, side2, kNow));
    DoorSession s2(door2, 244);
    runLoopback(c2, s2, kNow, dup);
    QVERIFY(!c2.result().ok());
}

void TestDoorProtocol::downgradeAndReplayedUpdateRejected()
{
    Property p;
    TestDoor d(p, 3);
    const AccessList v1 = listOf(p.id, 20, 5, 12);
    AccessList v2 = sample::mutate(v1, 3, 2);
    const Bytes oldUpdate = makeFullUpdate(v1, p.key.seed);
    QCOMPARE(d.door->applyUpdate(oldUpdate, 0), UpdateError::None);
    QCOMPARE(d.door->applyUpdate(makeDeltaUpdate(v1, v2, p.key.seed), 0), UpdateError::None);
    const Snapshot before = snapshotOf(*d.door);
    QCOMPARE(d.door->applyUpdate(oldUpdate, 0), UpdateError::NotNewer);
    QCOMPARE(d.door->applyUpdate(makeDeltaUpdate(v1, v2, p.key.seed), 0), UpdateError::NotNewer);
    AccessList lower = v2;
    lower.version = v1.version; // same version number, different content
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(lower, p.key.seed), 0), UpdateError::NotNewer);
    // A delta from a base the door does not hold.
    AccessList v3 = sample::mutate(v2, 1, 3);
    AccessList fakeBase = v2;
    fakeBase.holders.pop_back();
    QCOMPARE(d.door->applyUpdate(makeDeltaUpdate(fakeBase, v3, p.key.seed), 0), UpdateError::BaseMismatch);
    QVERIFY(snapshotOf(*d.door) == before);
    // Through a session: the door says why and Porter records nothing.
    PorterSide side = makeSide(v1, v1, 244);
    side.preferDelta = false;
    side.target.version = v1.version; // Porter's stale view
    SyncClient client(clientConfig(p, d, side, kNow));
    client.start();
    SyncClientConfig cfg = clientConfig(p, d, side, kNow);
    cfg.updateFor = [&](const DoorStatus &) { return std::optional<Bytes>(oldUpdate); };
    SyncClient stale(cfg);
    DoorSession session(*d.door, 244);
    runLoopback(stale, session, kNow);
    QCOMPARE(stale.result().error, SyncError::DoorRejectedUpdate);
    QCOMPARE(stale.result().updateError, UpdateError::NotNewer);
    QVERIFY(!stale.result().applied);
    QVERIFY(d.door->accessList() == v2);
}

void TestDoorProtocol::otherPropertyOrDoorRejected()
{
    Property p;
    Property other;
    other.id = 8;
    TestDoor d(p, 3);
    const Snapshot before = snapshotOf(*d.door);
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(listOf(other.id, 10, 2, 1), other.key.seed), 0),
             UpdateError::WrongProperty);
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(listOf(p.id, 10, 2, 1), other.key.seed), 0),
             UpdateError::BadSignature);
    AccessList otherDoor = listOf(p.id, 10, 2, 1);
    otherDoor.doorId = 4;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(otherDoor, p.key.seed), 0), UpdateError::WrongDoor);
    QVERIFY(snapshotOf(*d.door) == before);
    // A laptop of another property cannot even open a session.
    PorterSide side = makeSide(emptyList(other.id, 3), listOf(other.id, 10, 2, 1), 244);
    SyncClientConfig cfg = clientConfig(other, d, side, kNow);
    SyncClient client(cfg);
    DoorSession session(*d.door, 244);
    runLoopback(client, session, kNow);
    QCOMPARE(client.result().error, SyncError::WrongDoor);
    QVERIFY(snapshotOf(*d.door) == before);
}

void TestDoorProtocol::neverCommissionedDoorRefuses()
{
    MemoryStorage storage;
    Door door(storage);
    door.load();
    Property p;
    SyncClientConfig cfg;
    cfg.propertyId = p.id;
    cfg.doorId = 3;
    cfg.propertySeed = p.key.seed;
    cfg.doorIdentityPublicKey = crypto::ed25519Generate().publicKey;
    cfg.updateFor = [&](const DoorStatus &) {
        return std::optional<Bytes>(makeFullUpdate(emptyList(p.id, 3), p.key.seed));
    };
    SyncClient client(cfg);
    DoorSession session(door, 244);
    runLoopback(client, session, kNow);
    QCOMPARE(client.result().error, SyncError::DoorNotCommissioned);
    QVERIFY(!door.commissioned());
    QCOMPARE(storage.fileCount(), std::size_t{0});
}

void TestDoorProtocol::wrongKeysFailAuthentication()
{
    Property p;
    TestDoor d(p, 3);
    const Snapshot before = snapshotOf(*d.door);
    PorterSide side = makeSide(emptyList(p.id, 3), listOf(p.id, 10, 2, 1), 244);
    // Laptop expects another door identity (e.g. the door was swapped): the door is not trusted.
    SyncClientConfig cfg = clientConfig(p, d, side, kNow);
    cfg.doorIdentityPublicKey = crypto::ed25519Generate().publicKey;
    SyncClient client(cfg);
    DoorSession session(*d.door, 244);
    runLoopback(client, session, kNow);
    QCOMPARE(client.result().error, SyncError::AuthenticationFailed);
    // Laptop without the property key: the door does not let it in.
    SyncClientConfig cfg2 = clientConfig(p, d, side, kNow);
    cfg2.propertySeed = crypto::ed25519Generate().seed;
    SyncClient intruder(cfg2);
    DoorSession s2(*d.door, 244);
    runLoopback(intruder, s2, kNow);
    QVERIFY(!intruder.result().ok());
    QVERIFY(!intruder.result().doorStatus); // learned nothing
    QCOMPARE(s2.state(), DoorSession::State::Failed);
    QVERIFY(snapshotOf(*d.door) == before);
}

static CommissionConfig commissionConfig(const Property &p, std::uint32_t doorId)
{
    CommissionConfig c;
    c.propertyId = p.id;
    c.doorId = doorId;
    c.propertySeed = p.key.seed;
    c.doorcodeSecret = p.doorcodeSecret;
    return c;
}

void TestDoorProtocol::commissionOverTheAir()
{
    Property p;
    MemoryStorage storage;
    Door door(storage);
    QCOMPARE(door.load(), LoadResult::Fresh);
    QVERIFY(door.openInstallMode(kNow)); // the install button
    DoorSession session(door, 20);
    CommissionConfig cfg = commissionConfig(p, 3);
    cfg.linkPayload = 20;
    std::string shown;
    CommissionClient client(cfg);
    runCommissionLoopback(client, session, kNow, [&](const std::string &laptop, const std::string &display) {
        shown = display; // what the door displays
        return laptop == display;
    });
    QVERIFY2(client.result().ok(), client.result().message.c_str());
    QCOMPARE(shown.size(), std::size_t{6});
    QCOMPARE(client.result().pairingCode, shown);
    QCOMPARE(door.installMode(kNow), InstallMode::Closed); // the window closed with the commissioning
    QVERIFY(door.commissioned());
    QVERIFY(door.identityPublicKey() == client.result().doorIdentityPublicKey);
    QCOMPARE(door.propertyId(), p.id);
    QCOMPARE(door.doorId(), 3u);
    // The recorded identity now authenticates ordinary syncs, and the doorcode secret arrived.
    Door reloaded(storage);
    QCOMPARE(reloaded.load(), LoadResult::Loaded);
    QCOMPARE(reloaded.doorcodeFor(42, kNow),
             dailyDoorcode(p.doorcodeSecret, 42, civilFromDays(localDay(kNow))));
    TestDoor shim(p, 99); // only for clientConfig's door id and identity
    shim.identity = client.result().doorIdentityPublicKey;
    PorterSide side = makeSide(emptyList(p.id, 3), listOf(p.id, 10, 2, 1), 244);
    SyncClientConfig sc = clientConfig(p, shim, side, kNow);
    sc.doorId = 3;
    SyncClient sync(sc);
    DoorSession s2(reloaded, 244);
    runLoopback(sync, s2, kNow);
    QVERIFY2(sync.result().ok(), sync.result().message.c_str());
    QVERIFY(reloaded.accessList() == side.target);
}

void TestDoorProtocol::commissionRefusedOrAborted()
{
    Property p;
    // Already commissioned: refused, nothing changes (no takeover by another property).
    TestDoor d(p, 3);
    Property thief;
    CommissionClient steal(commissionConfig(thief, 3));
    DoorSession s1(*d.door, 244);
    runCommissionLoopback(steal, s1, kNow);
    QCOMPARE(steal.result().error, SyncError::DoorAlreadyCommissioned);
    QVERIFY(d.door->identityPublicKey() == d.identity);
    QVERIFY(d.door->propertyPublicKey() == p.key.publicKey);
    // The person at the door says the codes differ: no secret leaves the laptop, the door stays new.
    MemoryStorage storage;
    Door fresh(storage);
    fresh.load();
    QVERIFY(fresh.openInstallMode(kNow));
    CommissionConfig cfg = commissionConfig(p, 3);
    CommissionClient c2(cfg);
    DoorSession s2(fresh, 244);
    const LoopbackStats stats =
        runCommissionLoopback(c2, s2, kNow, [](const std::string &, const std::string &) { return false; });
    QCOMPARE(c2.result().error, SyncError::PairingCodeRejected);
    QVERIFY(!fresh.commissioned());
    QCOMPARE(stats.fragmentsToDoor, std::size_t{2}); // only the hello and the nonce reveal went out
    // A hello announcing the real property's key from a laptop that does not hold it: the
    // transcript signatures cannot match, the door is not commissioned.
    CommissionConfig liar = commissionConfig(p, 3);
    liar.propertySeed = crypto::ed25519Generate().seed;
    CommissionClient c4(liar);
    DoorSession s4(fresh, 244);
    c4.start();
    auto hello = c4.nextFragment();
    QVERIFY(hello);
    Bytes forged = *hello;
    std::copy(p.key.publicKey.begin(), p.key.publicKey.end(), forged.end() - 32);
    s4.receive(forged, kNow);
    for (int i = 0; i < 4; ++i) {
        while (auto f = s4.nextFragment())
            c4.receive(*f);
        while (auto f = c4.nextFragment())
            s4.receive(*f, kNow);
    }
    QVERIFY(!c4.result().ok());
    QVERIFY(s4.state() != DoorSession::State::Closed);
    QVERIFY(!fresh.commissioned());
}

void TestDoorProtocol::commissionPowerCutAtEveryStep()
{
    Property p;
    for (std::size_t k = 0;; ++k) {
        MemoryStorage storage;
        Door door(storage);
        door.load();
        door.openInstallMode(kNow);
        storage.failAfter(k);
        CommissionClient client(commissionConfig(p, 3));
        DoorSession session(door, 244);
        runCommissionLoopback(client, session, kNow);
        const bool cut = storage.powerCut();
        storage.crash();
        Door again(storage);
        again.load();
        if (client.result().ok()) {
            QVERIFY(again.commissioned()); // the laptop records an identity only if it is durable
            QVERIFY(again.identityPublicKey() == client.result().doorIdentityPublicKey);
        }
        if (!cut) {
            QVERIFY(client.result().ok());
            break;
        }
    }
}

QTEST_APPLESS_MAIN(TestDoorProtocol)
#include "tst_doorprotocol.moc"

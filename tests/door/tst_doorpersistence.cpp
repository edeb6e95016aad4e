// Atomic persistence of the door's state: a power cut at every single write step leaves the
// old state or the new one, never a mix (docs/door-protocol.md, "Door state").

#include "door/certificate.h"
#include "doortestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace porter::door;
using namespace porter::door::testutil;

namespace {

AccessList smallList(std::uint32_t propertyId, std::uint64_t version, std::uint64_t seed)
{
    sample::Shape shape;
    shape.appAndDoorcodePersons = 40;
    shape.cardPersons = 10;
    shape.propertyId = propertyId;
    shape.version = version;
    shape.seed = seed;
    return sample::makeList(shape);
}

} // namespace

class TestDoorPersistence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updateCrashAtEveryStep_data();
    void updateCrashAtEveryStep();
    void commissionCrashAtEveryStep();
    void clockAndBatteryCrashAtEveryStep();
    void activityCrashAtEveryStep();
    void protectedEntriesCrashAtEveryStep();
    void syncWithPowerCutAtEveryStep();
    void tornJournalTailIsIgnored();
    void fileStorageRoundTripAndCorruption();
    void stateOfEarlierFirmwareKeepsKeyGenerations();
};

void TestDoorPersistence::updateCrashAtEveryStep_data()
{
    QTest::addColumn<bool>("delta");
    QTest::newRow("full") << false;
    QTest::newRow("delta") << true;
}

void TestDoorPersistence::updateCrashAtEveryStep()
{
    QFETCH(bool, delta);
    Property p;
    const AccessList v1 = smallList(p.id, 1, 1);
    const AccessList v2 = sample::mutate(v1, 12, 5);
    const Bytes update = delta ? makeDeltaUpdate(v1, v2, p.key.seed) : makeFullUpdate(v2, p.key.seed);
    bool sawOld = false;
    bool sawNew = false;
    for (std::size_t k = 0;; ++k) {
        TestDoor d(p, 3);
        QCOMPARE(d.door->applyUpdate(makeFullUpdate(v1, p.key.seed), 0), UpdateError::None);
        d.storage.failAfter(k);
        const UpdateError e = d.door->applyUpdate(update, 0);
        const bool cut = d.storage.powerCut();
        if (cut)
            QCOMPARE(e, UpdateError::StorageFailed); // it may not claim success on a lost write
        d.storage.crash();
        d.reboot();
        QVERIFY(d.door->commissioned());
        const AccessList &now = d.door->accessList();
        QVERIFY2(now == v1 || now == v2, qPrintable(QStringLiteral("step %1").arg(k)));
        QCOMPARE(d.door->listHash(), hash(now));
        (now == v1 ? sawOld : sawNew) = true;
        if (e == UpdateError::None)
            QVERIFY(now == v2); // acknowledged => durable
        if (!cut) {
            QCOMPARE(e, UpdateError::None);
            break;
        }
    }
    QVERIFY(sawOld);
    QVERIFY(sawNew);
}

void TestDoorPersistence::commissionCrashAtEveryStep()
{
    Property p;
    for (std::size_t k = 0;; ++k) {
        MemoryStorage storage;
        Door door(storage);
        door.load();
        storage.failAfter(k);
        const Bytes identity = door.commission(Commissioning{p.id, 3, p.key.publicKey, p.doorcodeSecret, 7});
        const bool cut = storage.powerCut();
        storage.crash();
        Door again(storage);
        const LoadResult r = again.load();
        QVERIFY(r == LoadResult::Fresh || r == LoadResult::Loaded);
        if (!identity.empty()) {
            QVERIFY(again.commissioned()); // returned identity => durable
            QVERIFY(again.identityPublicKey() == identity);
        }
        if (again.commissioned())
            QCOMPARE(again.propertyId(), p.id);
        if (!cut)
            break;
    }
}

void TestDoorPersistence::clockAndBatteryCrashAtEveryStep()
{
    Property p;
    for (std::size_t k = 0;; ++k) {
        TestDoor d(p, 3);
        QVERIFY(d.door->setBattery(80));
        d.storage.failAfter(k);
        const bool ok = d.door->setClock(1000, 400) && d.door->setBattery(55);
        const bool cut = d.storage.powerCut();
        d.storage.crash();
        d.reboot();
        const std::int64_t offset = d.door->clock(0);
        QVERIFY(offset == 0 || offset == 600);
        const std::uint8_t battery = d.door->status(0).batteryPercent;
        QVERIFY(battery == 80 || battery == 55);
        if (battery == 55)
            QCOMPARE(offset, std::int64_t{600}); // ordered: the battery write came second
        if (ok)
            QVERIFY(offset == 600 && battery == 55);
        if (!cut)
            break;
    }
}

void TestDoorPersistence::activityCrashAtEveryStep()
{
    Property p;
    DoorOptions options;
    options.activityCapacity = 6; // small: decisions trigger journal compaction too
    for (std::size_t k = 0;; ++k) {
        TestDoor d(p, 3, options);
        for (int i = 0; i < 3; ++i)
            d.door->decideCard("AA", 100 + i);
        const DoorStatus before = d.door->status(0);
        d.storage.failAfter(k);
        for (int i = 0; i < 8; ++i)
            d.door->decideCard("BB", 200 + i); // decisions never fail, whatever storage does
        const bool acked = d.door->acknowledgeActivity(d.door->status(0).activityFirstSeq + 2);
        const bool cut = d.storage.powerCut();
        d.storage.crash();
        d.reboot(options);
        const DoorStatus after = d.door->status(0);
        // Entries are a consecutive run ending at nextSeq; lost entries counted; nothing invented.
        const auto entries = d.door->activity(0, 100);
        QVERIFY(entries.size() <= options.activityCapacity);
        QVERIFY(after.activityNextSeq >= before.activityNextSeq);
        QVERIFY(after.activityNextSeq <= before.activityNextSeq + 8);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries[i].seq, after.activityNextSeq - entries.size() + i);
            QCOMPARE(entries[i].time, entries[i].seq < before.activityNextSeq
                                          ? std::int64_t(100 + entries[i].seq - 1)
                                          : std::int64_t(200 + entries[i].seq - 4));
        }
        if (!cut) {
            QVERIFY(acked);
            QCOMPARE(after.activityNextSeq, before.activityNextSeq + 8);
            break;
        }
    }
}

// A ring that drops failures from the middle (alarms stay) is rebuilt identically after a power cut
// at any step: the state after a reboot is exactly the state after some prefix of the events.
void TestDoorPersistence::protectedEntriesCrashAtEveryStep()
{
    Property p;
    DoorOptions options;
    options.activityCapacity = 6;
    auto play = [](Door &door, int from, int to) {
        for (int i = from; i < to; ++i) {
            if (i == 0 || i == 7)
                door.raiseAlarm(AlarmKind::KeypadLockout, 100 + i, std::uint32_t(i));
            else
                door.decideCard("BB", 100 + i);
        }
    };
    constexpr int kPrefix = 3;
    constexpr int kAll = 16;
    std::vector<std::vector<ActivityEntry>> reference(kAll + 1);
    std::vector<std::uint64_t> lost(kAll + 1, 0);
    {
        TestDoor ref(p, 3, options);
        for (int i = 0; i < kAll; ++i) {
            play(*ref.door, i, i + 1);
            reference[std::size_t(i) + 1] = ref.door->activity(0, SIZE_MAX);
            lost[std::size_t(i) + 1] = ref.door->status(0).lostEntries;
        }
        QCOMPARE(lost[kAll], std::uint64_t{kAll - 6});
    }
    for (std::size_t k = 0;; ++k) {
        TestDoor d(p, 3, options);
        play(*d.door, 0, kPrefix);
        d.storage.failAfter(k);
        play(*d.door, kPrefix, kAll);
        const bool cut = d.storage.powerCut();
        d.storage.crash();
        d.reboot(options);
        const DoorStatus st = d.door->status(0);
        const std::size_t n = std::size_t(st.activityNextSeq - 1);
        QVERIFY(n >= std::size_t(kPrefix) && n <= std::size_t(kAll));
        QVERIFY(d.door->activity(0, SIZE_MAX) == reference[n]);
        QCOMPARE(st.lostEntries, lost[n]);
        QCOMPARE(d.door->activity(0, 1).front().alarm, AlarmKind::KeypadLockout); // seq 1 never dropped
        if (!cut) {
            QCOMPARE(n, std::size_t(kAll));
            break;
        }
    }
}

void TestDoorPersistence::syncWithPowerCutAtEveryStep()
{
    Property p;
    const AccessList v1 = smallList(p.id, 1, 2);
    const AccessList v2 = sample::mutate(v1, 20, 9);
    for (std::size_t k = 0;; ++k) {
        TestDoor d(p, 3);
        QCOMPARE(d.door->applyUpdate(makeFullUpdate(v1, p.key.seed), 0), UpdateError::None);
        PorterSide side;
        side.acknowledged = v1;
        side.target = v2;
        side.linkPayload = 64;
        side.preferDelta = false; // a full snapshot: several chunks staged
        d.storage.failAfter(k);
        const SyncOutcome out = sync(p, d, side, 5000);
        const bool cut = d.storage.powerCut();
        d.storage.crash();
        d.reboot();
        const AccessList &now = d.door->accessList();
        QVERIFY2(now == v1 || now == v2, qPrintable(QStringLiteral("step %1").arg(k)));
        if (out.result.applied)
            QVERIFY(now == v2);
        if (!cut) {
            QVERIFY(out.result.ok());
            qInfo("sync survived a power cut at each of %zu storage steps", k);
            QVERIFY(k > 10); // several chunks staged + commit + clock + activity
            break;
        }
        // The next sync (power back) converges.
        PorterSide again = side;
        const SyncOutcome fix = sync(p, d, again, 6000);
        QVERIFY2(fix.result.ok(), fix.result.message.c_str());
        QVERIFY(d.door->accessList() == v2);
    }
}

void TestDoorPersistence::tornJournalTailIsIgnored()
{
    Property p;
    TestDoor d(p, 3);
    d.door->decideCard("AA", 1);
    d.door->decideCard("BB", 2);
    QVERIFY(d.storage.append("door.journal", Bytes{9, 1, 2, 3}) && d.storage.sync("door.journal"));
    d.reboot();
    QCOMPARE(d.door->activityCount(), std::size_t{2});
    d.door->decideCard("CC", 3); // lands after the compaction, not behind the garbage
    d.reboot();
    const auto entries = d.door->activity(0, 10);
    QCOMPARE(entries.size(), std::size_t{3});
    QCOMPARE(entries[2].time, std::int64_t{3});
}

void TestDoorPersistence::fileStorageRoundTripAndCorruption()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Property p;
    const AccessList v1 = smallList(p.id, 1, 3);
    Bytes identity;
    {
        FileStorage storage(dir.path().toStdString());
        Door door(storage);
        QCOMPARE(door.load(), LoadResult::Fresh);
        identity = door.commission(Commissioning{p.id, 3, p.key.publicKey, p.doorcodeSecret, 7});
        QCOMPARE(identity.size(), std::size_t{32});
        QCOMPARE(door.applyUpdate(makeFullUpdate(v1, p.key.seed), 0), UpdateError::None);
        door.decideCard("AA", 5);
        QVERIFY(door.setClock(100, 50));
    }
    {
        FileStorage storage(dir.path().toStdString());
        Door door(storage);
        QCOMPARE(door.load(), LoadResult::Loaded);
        QVERIFY(door.identityPublicKey() == identity);
        QVERIFY(door.accessList() == v1);
        QCOMPARE(door.activityCount(), std::size_t{1});
        QCOMPARE(door.clock(50), std::int64_t{100});
    }
    // A flipped bit in the state file: refused, not half-trusted.
    FileStorage storage(dir.path().toStdString());
    Bytes state = *storage.read("door.state");
    state[state.size() / 2] ^= 0x04;
    QVERIFY(storage.write("door.state", state));
    Door door(storage);
    QCOMPARE(door.load(), LoadResult::Corrupt);
    QVERIFY(!door.commissioned());
    QCOMPARE(door.decideCard("AA", 5).reason, Reason::NotCommissioned);
}

// A door state file of format 1 (earlier firmware: one-byte key generations in its list) is read with
// that encoding, not misread as today's varint one, and the next write is today's format 3. A file of
// format 2 (before signing-key rotation) is read as holding the first signing key.
void TestDoorPersistence::stateOfEarlierFirmwareKeepsKeyGenerations()
{
    Property p;
    AccessList l;
    l.propertyId = p.id;
    l.doorId = 3;
    l.version = 1;
    l.schedules = {Schedule{}};
    Holder h;
    h.personId = 1234;
    h.app = true;
    h.appKeyGeneration = 200;
    h.rights = {Right{0, kNoExpiry, 0, false}};
    l.holders = {h};
    const Bytes current = encode(l);
    QCOMPARE(toHex(ByteView(current).subspan(11, 3)), std::string("25c801")); // flags, varint 200
    Bytes legacy = current;                                                   // flags, u8 200
    legacy.erase(legacy.begin() + 13);
    QVERIFY(!decodeAccessList(legacy) || *decodeAccessList(legacy) != l);
    QCOMPARE(decodeLegacyU8GenerationList(legacy), std::optional<AccessList>(l));

    TestDoor d(p, 3);
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    const Bytes state = *d.storage.read("door.state");
    QCOMPARE(state[4], std::uint8_t{3});
    // Rewrite it as earlier firmware did: format 1, the legacy list, its hash, the checksum.
    const std::size_t tail = 1 + current.size() + 32 + 32; // blob length byte, list, hash, checksum
    QCOMPARE(state[state.size() - tail], std::uint8_t(current.size()));
    // Format 1 had neither the doorcode epoch nor the signing key's (two u32 after the digits) nor the
    // newest signed issue time (an svarint right before the list; 0 here, one byte).
    QCOMPARE(state[state.size() - tail - 1], std::uint8_t{0});
    Bytes old(state.begin(), state.end() - static_cast<std::ptrdiff_t>(tail) - 1);
    constexpr std::size_t kEpochAt = 4 + 1 + 1 + 4 + 4 + 32 + 32 + 32 + 1;
    {
        // Format 2: the same without the signing key's epoch.
        Bytes two(state.begin(), state.end() - 32);
        two.erase(two.begin() + kEpochAt + 4, two.begin() + kEpochAt + 8);
        two[4] = 2;
        const auto sum = crypto::sha256(two);
        two.insert(two.end(), sum.begin(), sum.end());
        MemoryStorage storage2;
        QVERIFY(storage2.write("door.state", two));
        Door door2(storage2);
        QCOMPARE(door2.load(), LoadResult::Loaded);
        QCOMPARE(door2.signingKeyEpoch(), std::uint32_t{1});
        QCOMPARE(door2.doorcodeEpoch(), std::uint32_t{1});
        QVERIFY(door2.accessList() == l);
        QVERIFY(door2.setBattery(40));
        QCOMPARE((*storage2.read("door.state"))[4], std::uint8_t{3});
    }
    old.erase(old.begin() + kEpochAt, old.begin() + kEpochAt + 8);
    old[4] = 1;
    old.push_back(static_cast<std::uint8_t>(legacy.size()));
    old.insert(old.end(), legacy.begin(), legacy.end());
    const auto legacyHash = crypto::sha256(legacy);
    old.insert(old.end(), legacyHash.begin(), legacyHash.end());
    const auto checksum = crypto::sha256(old);
    old.insert(old.end(), checksum.begin(), checksum.end());

    MemoryStorage storage;
    QVERIFY(storage.write("door.state", old));
    Door door(storage);
    QCOMPARE(door.load(), LoadResult::Loaded);
    QVERIFY(door.accessList() == l);
    QCOMPARE(door.status(0).hash, hash(l));
    Phone phone;
    phone.certificate =
        issueCertificate(AppCertificate{p.id, 1234, 200, phone.publicKey(), 0, 1'000'000}, p.key.seed);
    const Bytes challenge = door.appChallenge(1000);
    QVERIFY(door.decideApp(phone.certificate, phone.respond(challenge, 3, p.id), 1000).granted);
    // The next write is today's format; an unknown format is refused.
    QVERIFY(door.setBattery(50));
    QCOMPARE((*storage.read("door.state"))[4], std::uint8_t{3});
    QCOMPARE(door.signingKeyEpoch(), std::uint32_t{1});
    Bytes unknown = old;
    unknown[4] = 4;
    const auto sum = crypto::sha256(ByteView(unknown).first(unknown.size() - 32));
    std::copy(sum.begin(), sum.end(), unknown.end() - 32);
    QVERIFY(storage.write("door.state", unknown));
    Door refused(storage);
    QCOMPARE(refused.load(), LoadResult::Corrupt);
}

QTEST_APPLESS_MAIN(TestDoorPersistence)
#include "tst_doorpersistence.moc"

// Rotating a property's signing key through Porter (docs/door-protocol.md, "Rotating the signing key"), on
// SQLite and on PostgreSQL: someone copied the key (a removed manager, a stolen laptop or backup) and signs
// their own list with it. It is taken by a door until that door's sync brings the signed step to the new
// key, then never again; Porter shows the doors that still trust the old key, forgets it, lists the phones
// that need a new certificate, commissions new doors at the current key, and field kits carry the steps.
#include "devices/commissioner.h"
#include "door/certificate.h"
#include "door/update.h"
#include "kits/kitcourier.h"
#include "kits/kitservice.h"
#include "oldschema.h"
#include "sync/blocking.h"
#include "syncfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace porter;
using namespace porter::test;
using namespace porter::testsupport;

namespace {

QList<Id> idsOf(const QList<Door> &doors)
{
    QList<Id> out;
    for (const Door &d : doors)
        out << d.id;
    return out;
}

door::AccessList listFor(SyncFixture &f, Id doorId, ListVersion version)
{
    door::AccessList l;
    l.propertyId = std::uint32_t(f.property.id);
    l.doorId = std::uint32_t(doorId);
    l.version = version;
    return l;
}

} // namespace

class TestSigningKeyRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCopiedKeyStopsAtEachDoorOnceSynced();
    void rotationNeedsDeviceManagementAndAKey();
    void doorsCommissionedAfterRotationGetTheCurrentKey();
    void aFieldKitCarriesTheStep();
    void aKitBuiltBeforeTheRotationStillUploads();
    void upgradeKeepsCommissionedDoorsAtEpochOne();
    void aResetKeyIsFollowedByNoDoorUntilItIsCommissionedAgain();
};

void TestSigningKeyRotation::aCopiedKeyStopsAtEachDoorOnceSynced()
{
    SyncFixture f;
    const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
    door::Door &lobby = f.doorFor(f.lobby.id);
    door::Door &unit = f.doorFor(f.unit101.id);
    door::Phone phone;
    auto credential = f.devices.issueAppCredential(f.owner, ana.id, sync::toQByteArray(phone.publicKey()));
    QVERIFY2(credential.ok(), why(credential));
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QVERIFY(f.syncDoor(f.unit101.id).ok());
    QCOMPARE(f.directory->door(f.owner, f.lobby.id)->signingKeyEpoch, std::optional<qint64>(1));

    // The copy (here: read where Porter keeps it; in life: a removed holder's, a stolen backup).
    auto copied = f.secrets.get(SecretStore::propertySigningKey(f.property.id));
    QVERIFY(copied.ok());
    const QByteArray stolen = *copied;
    const qint64 now = f.clock.nowSecs();

    const Id activityBefore = f.lastActivityId();
    auto rotated = f.devices.rotateSigningKey(f.owner, f.property.id);
    QVERIFY2(rotated.ok(), why(rotated));
    QCOMPARE(rotated->epoch, qint64(2));
    QCOMPARE(rotated->doorsToSync, 2);
    QCOMPARE(rotated->phonesToReenrol, QStringList{ana.displayName()});
    // Porter keeps only the new key; the doors' pinned key moves to it.
    auto current = f.secrets.get(SecretStore::propertySigningKey(f.property.id));
    QVERIFY(current.ok());
    QVERIFY(*current != stolen);
    QCOMPARE(*f.devices.propertyPublicKey(f.property.id),
             sync::toQByteArray(door::crypto::ed25519PublicKey(sync::viewOf(*current))));
    const auto log = f.activitySince(activityBefore);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, QStringLiteral("signing-key-rotate"));

    // Both doors still trust the old key: listed, due, and the copy still works there.
    auto status = f.devices.signingKeyStatus(f.owner, f.property.id);
    QVERIFY2(status.ok(), why(status));
    QCOMPARE(status->epoch, std::optional<qint64>(2));
    QCOMPARE(idsOf(status->doorsWithOldKey), (QList<Id>{f.lobby.id, f.unit101.id}));
    auto task = f.queries->doorSyncTask(f.owner, f.lobby.id);
    QVERIFY(task.ok() && task->oldSigningKey && task->dueByEndOfDay);

    const auto out = f.syncDoor(f.lobby.id);
    QVERIFY2(out.ok(), why(out));
    QVERIFY(out->signingKeyRotated);
    QCOMPARE(out->signingKeyEpoch, qint64(2));
    QCOMPARE(lobby.signingKeyEpoch(), std::uint32_t{2});
    QCOMPARE(f.directory->door(f.owner, f.lobby.id)->signingKeyEpoch, std::optional<qint64>(2));
    QVERIFY(!f.queries->doorSyncTask(f.owner, f.lobby.id)->oldSigningKey);

    // The copy's list is refused at the synced door, taken at the other until it syncs.
    const ListVersion high = 1'000'000;
    QCOMPARE(
        lobby.applyUpdate(door::makeFullUpdate(listFor(f, f.lobby.id, high), sync::viewOf(stolen)), now + 60),
        door::UpdateError::BadSignature);
    QVERIFY(lobby.accessList().version < high);
    {
        // The unsynced door, as it is now: a copy of its state takes the copied key's list.
        auto clone = f.doors[f.unit101.id]->storage.clone();
        door::Door twin(*clone);
        QCOMPARE(twin.load(), door::LoadResult::Loaded);
        QCOMPARE(
            twin.applyUpdate(door::makeFullUpdate(listFor(f, f.unit101.id, high), sync::viewOf(stolen)), now),
            door::UpdateError::None);
    }
    QVERIFY(f.syncDoor(f.unit101.id).ok());
    QCOMPARE(unit.signingKeyEpoch(), std::uint32_t{2});
    QCOMPARE(unit.applyUpdate(door::makeFullUpdate(listFor(f, f.unit101.id, high), sync::viewOf(stolen)),
                              now + 90),
             door::UpdateError::BadSignature);
    QVERIFY(f.devices.signingKeyStatus(f.owner, f.property.id)->doorsWithOldKey.isEmpty());

    // Ana's phone: its certificate was signed by the old key, so the synced door refuses it; enrolled
    // again, the new certificate opens the door once the door has the new generation.
    auto unlock = [&](const QByteArray &certificate, qint64 at) {
        const door::Bytes challenge = lobby.appChallenge(at);
        return lobby.decideApp(
            sync::viewOf(certificate),
            phone.respond(challenge, std::uint32_t(f.lobby.id), std::uint32_t(f.property.id)), at);
    };
    QVERIFY(!unlock(credential->certificate, now + 120).granted);
    auto again = f.devices.issueAppCredential(f.owner, ana.id, sync::toQByteArray(phone.publicKey()));
    QVERIFY2(again.ok(), why(again));
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QVERIFY(unlock(again->certificate, now + 180).granted);

    // A second rotation: the door follows the step to epoch 3.
    auto third = f.devices.rotateSigningKey(f.owner, f.property.id);
    QVERIFY2(third.ok(), why(third));
    QCOMPARE(third->epoch, qint64(3));
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QCOMPARE(lobby.signingKeyEpoch(), std::uint32_t{3});
}

void TestSigningKeyRotation::rotationNeedsDeviceManagementAndAKey()
{
    SyncFixture f;
    // No door commissioned yet: there is no key to rotate.
    auto none = f.devices.rotateSigningKey(f.owner, f.property.id);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::InvalidInput);

    f.doorFor(f.lobby.id);
    const Manager keysOnly = f.makeManager(QStringLiteral("keys@acme.test"), KeyManagement::Full, false);
    const auto before = f.snapshot();
    auto refused = f.devices.rotateSigningKey(keysOnly, f.property.id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    // Nothing but the denial row was written.
    auto after = f.snapshot();
    for (const QString &table : {QStringLiteral("secret"), QStringLiteral("property_key"),
                                 QStringLiteral("property_key_step"), QStringLiteral("door_change")})
        QCOMPARE(after.value(table), before.value(table));
    const auto log = f.activitySince(0);
    QCOMPARE(log.last().action, QStringLiteral("denied"));
    QCOMPARE(log.last().reason, QStringLiteral("signing-key-rotate"));

    const Manager tech = f.makeManager(QStringLiteral("tech@acme.test"), KeyManagement::None, true);
    if (f.secrets.wrapsSecrets()) {
        // On a server only a Portfolio Manager rotates (the server cannot check who made a new key): the
        // Property Manager is told to ask one, and nothing changes.
        const auto held = f.snapshot();
        auto other = f.devices.rotateSigningKey(tech, f.property.id);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(other.error().message.contains(QStringLiteral("only a Portfolio Manager rotates")),
                 qPrintable(other.error().message));
        for (const QString &table : {QStringLiteral("secret_wrap"), QStringLiteral("property_key"),
                                     QStringLiteral("property_key_step"), QStringLiteral("door_change")})
            QCOMPARE(f.snapshot().value(table), held.value(table));
        auto ok = f.devices.rotateSigningKey(f.owner, f.property.id);
        QVERIFY2(ok.ok(), why(ok));
        QCOMPARE(ok->epoch, qint64(2));
        return;
    }
    auto ok = f.devices.rotateSigningKey(tech, f.property.id);
    QVERIFY2(ok.ok(), why(ok));
    QCOMPARE(ok->epoch, qint64(2));
}

void TestSigningKeyRotation::doorsCommissionedAfterRotationGetTheCurrentKey()
{
    SyncFixture f;
    f.doorFor(f.lobby.id);
    QVERIFY(f.devices.rotateSigningKey(f.owner, f.property.id).ok());
    // In process.
    door::Door &unit = f.doorFor(f.unit101.id);
    QCOMPARE(unit.signingKeyEpoch(), std::uint32_t{2});
    QCOMPARE(f.directory->door(f.owner, f.unit101.id)->signingKeyEpoch, std::optional<qint64>(2));
    // Over the link.
    auto &slot = f.doors[f.gym.id];
    slot = std::make_unique<SyncFixture::EmulatedDoor>();
    slot->door = std::make_unique<door::Door>(slot->storage);
    slot->door->load();
    QVERIFY(slot->door->openInstallMode(f.clock.nowSecs()));
    sync::LoopbackTransport link(*slot->door, [&]() { return f.clock.nowSecs(); });
    sync::Commissioner commissioner(f.devices);
    const auto out = sync::commissionBlocking(commissioner, f.owner, f.gym.id, link, [&](const QString &) {
        return slot->door->confirmPairing(f.clock.nowSecs());
    });
    QVERIFY2(out.ok(), why(out));
    QCOMPARE(slot->door->signingKeyEpoch(), std::uint32_t{2});
    QCOMPARE(f.directory->door(f.owner, f.gym.id)->signingKeyEpoch, std::optional<qint64>(2));
    QCOMPARE(idsOf(f.devices.signingKeyStatus(f.owner, f.property.id)->doorsWithOldKey),
             QList<Id>{f.lobby.id});
    // Both sync: the new ones with no step, the lobby with one.
    QVERIFY(f.syncDoor(f.gym.id).ok());
    QVERIFY(f.syncDoor(f.unit101.id).ok());
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QCOMPARE(f.doorFor(f.lobby.id).signingKeyEpoch(), std::uint32_t{2});
}

void TestSigningKeyRotation::aFieldKitCarriesTheStep()
{
    SyncFixture f;
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QVERIFY(f.devices.rotateSigningKey(f.owner, f.property.id).ok());
    kits::KitRequest request;
    request.doorIds = {f.lobby.id};
    auto built = f.backend->kits().build(f.owner, request);
    QVERIFY2(built.ok(), why(built));
    kits::FieldKit kit = *built;
    QCOMPARE(kit.door(f.lobby.id)->signingKeyEpoch, qint64(2));
    QCOMPARE(kit.door(f.lobby.id)->keySteps.size(), 1);
    // The kit survives its file.
    auto reread = kits::KitFile::decode(kits::KitFile::encode(kit));
    QVERIFY2(reread.ok(), why(reread));
    QCOMPARE(reread->door(f.lobby.id)->keySteps, kit.door(f.lobby.id)->keySteps);

    auto answer = f.deliverKit(kit, f.lobby.id);
    QVERIFY2(answer.ok(), why(answer));
    QCOMPARE(answer->signingKeyEpoch, qint64(2));
    QCOMPARE(f.doorFor(f.lobby.id).signingKeyEpoch(), std::uint32_t{2});
    QCOMPARE(f.directory->door(f.owner, f.lobby.id)->signingKeyEpoch, std::optional<qint64>(1));
    auto uploaded = f.backend->kits().upload(f.owner, kit);
    QVERIFY2(uploaded.ok(), why(uploaded));
    QCOMPARE(uploaded->versionsRecorded, 1);
    QCOMPARE(f.directory->door(f.owner, f.lobby.id)->signingKeyEpoch, std::optional<qint64>(2));
    QVERIFY(f.devices.signingKeyStatus(f.owner, f.property.id)->doorsWithOldKey.isEmpty());
}

// A kit built before the rotation was signed by the old key: the door that still trusts it takes it, and
// Porter checks the upload with the key of the kit's own epoch.
void TestSigningKeyRotation::aKitBuiltBeforeTheRotationStillUploads()
{
    SyncFixture f;
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    (void)f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
    kits::KitRequest request;
    request.doorIds = {f.lobby.id};
    auto built = f.backend->kits().build(f.owner, request);
    QVERIFY2(built.ok(), why(built));
    kits::FieldKit kit = *built;
    QCOMPARE(kit.door(f.lobby.id)->signingKeyEpoch, qint64(1));
    QVERIFY(f.devices.rotateSigningKey(f.owner, f.property.id).ok());
    auto answer = f.deliverKit(kit, f.lobby.id);
    QVERIFY2(answer.ok(), why(answer));
    QVERIFY(answer->appliedVersion.has_value());
    auto uploaded = f.backend->kits().upload(f.owner, kit);
    QVERIFY2(uploaded.ok(), why(uploaded));
    QCOMPARE(uploaded->versionsRecorded, 1);
    // The door still trusts the old key (the kit carried no step): Porter says so, and the next sync moves
    // it.
    QCOMPARE(idsOf(f.devices.signingKeyStatus(f.owner, f.property.id)->doorsWithOldKey),
             QList<Id>{f.lobby.id});
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QCOMPARE(f.doorFor(f.lobby.id).signingKeyEpoch(), std::uint32_t{2});
    // After the door moved on, a kit of the old key is refused there.
    kits::FieldKit stale = *built;
    auto refused = f.deliverKit(stale, f.lobby.id);
    QVERIFY(!refused.ok() || !refused->ok);
}

// A database from before migration 15 (schema 14) with a commissioned door: it holds the first key.
void TestSigningKeyRotation::upgradeKeepsCommissionedDoorsAtEpochOne()
{
    if (qgetenv("PORTER_TEST_DB") == "postgresql")
        QSKIP("a SQLite file's upgrade (the server's schema starts at 12, tested by tst_pgstore)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v14.sqlite"));
    const QString written = writeOldSchemaFile(
        path, 12,
        {QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('Old', 1)"),
         QStringLiteral(
             "INSERT INTO property (portfolio_id, name, time_zone, created_at) VALUES (1, 'P', 'UTC', 1)"),
         QStringLiteral(
             "INSERT INTO property_key (property_id, public_key, created_at) VALUES (1, x'00', 1)"),
         QStringLiteral(
             "INSERT INTO door (property_id, name, type, connectivity, identity_key, commissioned_at, "
             "created_at) VALUES (1, 'Lobby', 'building-entrance', 'offline', x'01', 5, 1)"),
         QStringLiteral("INSERT INTO door (property_id, name, type, connectivity, created_at) "
                        "VALUES (1, 'Gym', 'communal', 'offline', 1)")});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    auto db = Database::create(path);
    QVERIFY2(db.ok(), why(db));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT key_epoch FROM property_key"))->toLongLong(), 1);
    QCOMPARE((*db)
                 ->scalar(QStringLiteral("SELECT signing_key_epoch FROM door WHERE name = 'Lobby'"))
                 ->toLongLong(),
             1);
    QVERIFY((*db)->scalar(QStringLiteral("SELECT signing_key_epoch FROM door WHERE name = 'Gym'"))->isNull());
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM property_key_step"))->toLongLong(), 0);
}

// A key that cannot be rotated (lost, or replaced by a holder with one only they hold) is reset: a new key
// with no step. No door follows it: Porter does not sync a door from before it but says to commission it
// again, a field kit leaves it to be commissioned, and once commissioned again the door refuses the old key.
void TestSigningKeyRotation::aResetKeyIsFollowedByNoDoorUntilItIsCommissionedAgain()
{
    SyncFixture f;
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QVERIFY(f.syncDoor(f.unit101.id).ok());
    auto copied = f.secrets.get(SecretStore::propertySigningKey(f.property.id));
    QVERIFY(copied.ok());
    const QByteArray stolen = *copied;
    const qint64 now = f.clock.nowSecs();

    const Manager keysOnly = f.makeManager(QStringLiteral("keys@acme.test"), KeyManagement::Full, false);
    auto refused = f.devices.resetSigningKey(keysOnly, f.property.id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);

    const Id activityBefore = f.lastActivityId();
    auto reset = f.devices.resetSigningKey(f.owner, f.property.id);
    QVERIFY2(reset.ok(), why(reset));
    QCOMPARE(reset->epoch, qint64(2));
    QCOMPARE(reset->doorsToSync, 2);
    auto current = f.secrets.get(SecretStore::propertySigningKey(f.property.id));
    QVERIFY(current.ok() && *current != stolen);
    QCOMPARE(*f.devices.propertyPublicKey(f.property.id),
             sync::toQByteArray(door::crypto::ed25519PublicKey(sync::viewOf(*current))));
    QStringList actions;
    for (const auto &row : f.activitySince(activityBefore))
        actions << row.action;
    QCOMPARE(actions,
             (QStringList{QStringLiteral("doorcode-secret-rotate"), QStringLiteral("signing-key-reset")}));
    // A new doorcode secret too: the doors get it when commissioned again.
    QCOMPARE(f.devices.doorcodeSecretStatus(f.owner, f.property.id)->epoch, std::optional<qint64>(2));

    auto status = f.devices.signingKeyStatus(f.owner, f.property.id);
    QVERIFY2(status.ok(), why(status));
    QCOMPARE(status->resetEpoch, qint64(2));
    QCOMPARE(idsOf(status->doorsToRecommission), (QList<Id>{f.lobby.id, f.unit101.id}));
    QVERIFY(status->doorsWithOldKey.isEmpty());
    auto task = f.queries->doorSyncTask(f.owner, f.lobby.id);
    QVERIFY(task.ok() && task->signingKeyReset && task->oldSigningKey && task->dueByEndOfDay);

    // No step leads to the new key: Porter says to commission the door again, and sends it nothing.
    const ListVersion lobbyVersion = f.doorFor(f.lobby.id).accessList().version;
    auto out = f.syncDoor(f.lobby.id);
    QVERIFY(!out.ok());
    QVERIFY2(out.error().message.contains(QStringLiteral("commission it again")),
             qPrintable(out.error().message));
    QCOMPARE(f.doorFor(f.lobby.id).signingKeyEpoch(), std::uint32_t{1});
    QCOMPARE(f.doorFor(f.lobby.id).accessList().version, lobbyVersion);
    // What a reset cannot undo: until then the door still takes what the old key signs.
    QCOMPARE(f.doorFor(f.lobby.id)
                 .applyUpdate(door::makeFullUpdate(listFor(f, f.lobby.id, 1'000'000), sync::viewOf(stolen)),
                              now + 60),
             door::UpdateError::None);

    // Unit 101 is reset on site and commissioned again: it has the new key, syncs, and refuses the old one.
    f.doors.erase(f.unit101.id);
    door::Door &unit = f.doorFor(f.unit101.id);
    QCOMPARE(unit.signingKeyEpoch(), std::uint32_t{2});
    QVERIFY(f.syncDoor(f.unit101.id).ok());
    QCOMPARE(unit.applyUpdate(door::makeFullUpdate(listFor(f, f.unit101.id, 2'000'000), sync::viewOf(stolen)),
                              now + 90),
             door::UpdateError::BadSignature);
    QCOMPARE(idsOf(f.devices.signingKeyStatus(f.owner, f.property.id)->doorsToRecommission),
             QList<Id>{f.lobby.id});
    QVERIFY(!f.queries->doorSyncTask(f.owner, f.unit101.id)->oldSigningKey);

    // A field kit carries the door commissioned again and lists the other to commission.
    kits::KitRequest request;
    request.doorIds = {f.lobby.id, f.unit101.id};
    auto built = f.backend->kits().build(f.owner, request);
    QVERIFY2(built.ok(), why(built));
    QCOMPARE(built->doors.size(), 1);
    QCOMPARE(built->doors.first().doorId, f.unit101.id);
    QCOMPARE(built->toCommission.size(), 1);
    QVERIFY2(built->toCommission.first().contains(QStringLiteral("reset")),
             qPrintable(built->toCommission.first()));

    // A rotation after the reset: the chain starts at the reset key, and the door follows it.
    QVERIFY(f.devices.rotateSigningKey(f.owner, f.property.id).ok());
    QVERIFY(f.syncDoor(f.unit101.id).ok());
    QCOMPARE(unit.signingKeyEpoch(), std::uint32_t{3});
    QVERIFY(!f.syncDoor(f.lobby.id).ok());
}

QTEST_GUILESS_MAIN(TestSigningKeyRotation)
#include "tst_signingkeyrotation.moc"

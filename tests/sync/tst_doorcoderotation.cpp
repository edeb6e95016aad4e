// Rotating a property's doorcode secret through Porter (docs/doorcodes.md, "Rotating the secret"):
// the attacker holds the old secret (a stolen door, a leaked backup) and computes a person's code;
// it opens a door until that door's sync gives it the new secret, then never again; Porter shows the
// doors that still hold the old secret, counts them as needing a sync, and forgets the old secret.
#include "devices/commissioner.h"
#include "door/doorcode.h"
#include "oldschema.h"
#include "sync/blocking.h"
#include "syncfixture.h"
#include "util/localtime.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace porter;
using namespace porter::test;
using namespace porter::testsupport;

namespace {

Person inviteDoorcode(Fixture &f, const QString &email, QList<Id> keys)
{
    InviteRequest r = f.inviteRequest(email, keys);
    r.method = AccessMethod::Doorcode;
    auto res = f.access->invite(f.owner, r);
    if (!res.ok())
        qFatal("invite failed: %s", qPrintable(res.error().message));
    return res->person;
}

QList<Id> idsOf(const QList<Door> &doors)
{
    QList<Id> out;
    for (const Door &d : doors)
        out << d.id;
    return out;
}

QList<Id> syncTaskDoors(SyncFixture &f)
{
    auto tasks = f.queries->syncTasks(f.owner, f.property.id, {});
    if (!tasks.ok())
        qFatal("sync tasks failed: %s", qPrintable(tasks.error().message));
    QList<Id> out;
    for (const DoorSyncTask &t : *tasks)
        out << t.door.id;
    return out;
}

// What an attacker holding `secret` types today for the person.
std::string attackerCode(SyncFixture &f, const QByteArray &secret, Id personId)
{
    const QDate day = localDate(f.clock.nowSecs(), QTimeZone("America/New_York"));
    return door::dailyDoorcode(sync::viewOf(secret), std::uint32_t(personId),
                               door::CivilDate{day.year(), day.month(), day.day()});
}

} // namespace

class TestDoorcodeRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leakedSecretStopsAtEachDoorOnceSynced();
    void doorThatKeepsTheOldSecretStaysListed();
    void rotationNeedsDeviceManagement();
    void rotationNeedsASecret();
    void doorsCommissionedAfterRotationGetTheCurrentEpoch();
    void upgradeKeepsCommissionedDoorsAtEpochOne();
};

void TestDoorcodeRotation::leakedSecretStopsAtEachDoorOnceSynced()
{
    SyncFixture f;
    const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"), {f.residentKey.id});
    door::Door &lobby = f.doorFor(f.lobby.id);
    door::Door &unit = f.doorFor(f.unit101.id);
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QVERIFY(f.syncDoor(f.unit101.id).ok());
    const qint64 now = f.clock.nowSecs();

    // The secret leaks (here: read where Porter keeps it; in life: a stolen door or backup).
    auto leaked = f.secrets.get(SecretStore::propertyDoorcodeSecret(f.property.id));
    QVERIFY(leaked.ok());
    const std::string stolen = attackerCode(f, *leaked, ana.id);
    QCOMPARE(QString::fromStdString(stolen), f.doorcodeOf(ana.id));
    QVERIFY(lobby.decideDoorcode(stolen, now).granted);
    QVERIFY(unit.decideDoorcode(stolen, now).granted);
    QCOMPARE(lobby.doorcodeEpoch(), std::uint32_t{1});

    const Id activityBefore = f.lastActivityId();
    auto epoch = f.devices.rotateDoorcodeSecret(f.owner, f.property.id);
    QVERIFY2(epoch.ok(), why(epoch));
    QCOMPARE(*epoch, qint64(2));
    // Porter no longer keeps the old secret; the new one is sealed under a name carrying its epoch.
    QVERIFY(!*f.secrets.has(SecretStore::propertyDoorcodeSecret(f.property.id, 1)));
    QVERIFY(*f.secrets.has(SecretStore::propertyDoorcodeSecret(f.property.id, 2)));
    const auto log = f.activitySince(activityBefore);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, QStringLiteral("doorcode-secret-rotate"));

    // Both doors still hold epoch 1: listed, and they need a sync.
    auto status = f.devices.doorcodeSecretStatus(f.owner, f.property.id);
    QVERIFY2(status.ok(), why(status));
    QCOMPARE(status->epoch, std::optional<qint64>(2));
    QCOMPARE(idsOf(status->doorsWithOldSecret), (QList<Id>{f.lobby.id, f.unit101.id}));
    QVERIFY(syncTaskDoors(f).contains(f.lobby.id));
    auto task = f.queries->doorSyncTask(f.owner, f.lobby.id);
    QVERIFY(task.ok() && task->oldDoorcodeSecret && task->dueByEndOfDay);

    // Porter now shows codes of the new secret: they do not open a door that has not synced.
    const QString fresh = f.doorcodeOf(ana.id);
    QVERIFY(fresh.toStdString() != stolen);
    QVERIFY(!lobby.decideDoorcode(fresh.toStdString(), now).granted);

    const auto out = f.syncDoor(f.lobby.id);
    QVERIFY2(out.ok(), why(out));
    QVERIFY(out->doorcodeSecretRotated);
    QCOMPARE(out->doorcodeEpoch, qint64(2));
    QCOMPARE(lobby.doorcodeEpoch(), std::uint32_t{2});
    QCOMPARE(f.directory->door(f.owner, f.lobby.id)->doorcodeEpoch, std::optional<qint64>(2));

    // The attack stops at the synced door; the person's code of the new secret opens it.
    const door::Decision denied = lobby.decideDoorcode(stolen, now + 60);
    QVERIFY(!denied.granted);
    QCOMPARE(denied.reason, door::Reason::Unknown);
    const door::Decision granted = lobby.decideDoorcode(fresh.toStdString(), now + 120);
    QVERIFY(granted.granted);
    QCOMPARE(qint64(granted.personId), ana.id);

    // The unit door was not synced: the leaked code still works there, and Porter says so.
    QVERIFY(unit.decideDoorcode(stolen, now + 180).granted);
    status = f.devices.doorcodeSecretStatus(f.owner, f.property.id);
    QCOMPARE(idsOf(status->doorsWithOldSecret), QList<Id>{f.unit101.id});
    QVERIFY(!syncTaskDoors(f).contains(f.lobby.id));
    QVERIFY(syncTaskDoors(f).contains(f.unit101.id));

    QVERIFY(f.syncDoor(f.unit101.id).ok());
    QVERIFY(!unit.decideDoorcode(stolen, now + 240).granted);
    QVERIFY(unit.decideDoorcode(fresh.toStdString(), now + 300).granted);
    status = f.devices.doorcodeSecretStatus(f.owner, f.property.id);
    QVERIFY(status->doorsWithOldSecret.isEmpty());
    QVERIFY(!syncTaskDoors(f).contains(f.unit101.id));

    // A second rotation: epoch 3, and the epoch-2 secret is forgotten in turn.
    auto third = f.devices.rotateDoorcodeSecret(f.owner, f.property.id);
    QVERIFY(third.ok());
    QCOMPARE(*third, qint64(3));
    QVERIFY(!*f.secrets.has(SecretStore::propertyDoorcodeSecret(f.property.id, 2)));
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QCOMPARE(lobby.doorcodeEpoch(), std::uint32_t{3});
    QVERIFY(!lobby.decideDoorcode(fresh.toStdString(), now + 360).granted);
    QVERIFY(lobby.decideDoorcode(f.doorcodeOf(ana.id).toStdString(), now + 420).granted);
}

void TestDoorcodeRotation::doorThatKeepsTheOldSecretStaysListed()
{
    SyncFixture f;
    const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"), {f.residentKey.id});
    door::Door &lobby = f.doorFor(f.lobby.id);
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    const std::string old = f.doorcodeOf(ana.id).toStdString();
    QVERIFY(f.devices.rotateDoorcodeSecret(f.owner, f.property.id).ok());
    // The door's storage refuses every write this sync: it keeps epoch 1 and says so.
    f.doors[f.lobby.id]->storage.failAfter(0);
    const auto out = f.syncDoor(f.lobby.id);
    f.doors[f.lobby.id]->storage.noFailures();
    QVERIFY(!out.ok());
    QCOMPARE(out.error().code, ErrorCode::DoorRejected);
    QVERIFY2(out.error().message.contains(QStringLiteral("kept its old doorcode secret")),
             qPrintable(out.error().message));
    QVERIFY(!f.lastReport.doorcodeSecretRotated);
    QCOMPARE(f.lastReport.doorcodeEpoch, qint64(1));
    QCOMPARE(lobby.doorcodeEpoch(), std::uint32_t{1});
    QVERIFY(lobby.decideDoorcode(old, f.clock.nowSecs()).granted);
    auto status = f.devices.doorcodeSecretStatus(f.owner, f.property.id);
    QCOMPARE(idsOf(status->doorsWithOldSecret), QList<Id>{f.lobby.id});
    QVERIFY(syncTaskDoors(f).contains(f.lobby.id));
    // Synced again with working storage: done.
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QVERIFY(!lobby.decideDoorcode(old, f.clock.nowSecs() + 60).granted);
    QVERIFY(f.devices.doorcodeSecretStatus(f.owner, f.property.id)->doorsWithOldSecret.isEmpty());
    QVERIFY(!syncTaskDoors(f).contains(f.lobby.id));
}

void TestDoorcodeRotation::rotationNeedsDeviceManagement()
{
    SyncFixture f;
    f.doorFor(f.lobby.id);
    const Manager keysOnly = f.makeManager(QStringLiteral("keys@acme.test"), KeyManagement::Full, false);
    const auto before = f.snapshot();
    auto refused = f.devices.rotateDoorcodeSecret(keysOnly, f.property.id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    // Nothing but the denial row was written.
    auto after = f.snapshot();
    QCOMPARE(after.value(QStringLiteral("secret")), before.value(QStringLiteral("secret")));
    QCOMPARE(after.value(QStringLiteral("property_key")), before.value(QStringLiteral("property_key")));
    QCOMPARE(after.value(QStringLiteral("door_change")), before.value(QStringLiteral("door_change")));
    const auto log = f.activitySince(0);
    QCOMPARE(log.last().action, QStringLiteral("denied"));
    QCOMPARE(log.last().reason, QStringLiteral("doorcode-secret-rotate"));

    const Manager tech = f.makeManager(QStringLiteral("tech@acme.test"), KeyManagement::None, true);
    auto ok = f.devices.rotateDoorcodeSecret(tech, f.property.id);
    QVERIFY2(ok.ok(), why(ok));
    QCOMPARE(*ok, qint64(2));
}

void TestDoorcodeRotation::rotationNeedsASecret()
{
    SyncFixture f; // no door commissioned yet: no secret to rotate
    const auto before = f.snapshot();
    auto r = f.devices.rotateDoorcodeSecret(f.owner, f.property.id);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY(r.error().message.contains(QStringLiteral("commission a door first")));
    QCOMPARE(f.snapshot(), before);
}

void TestDoorcodeRotation::doorsCommissionedAfterRotationGetTheCurrentEpoch()
{
    SyncFixture f;
    const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"), {f.residentKey.id});
    f.doorFor(f.lobby.id);
    QVERIFY(f.devices.rotateDoorcodeSecret(f.owner, f.property.id).ok());
    // In process.
    door::Door &unit = f.doorFor(f.unit101.id);
    QCOMPARE(unit.doorcodeEpoch(), std::uint32_t{2});
    QCOMPARE(f.directory->door(f.owner, f.unit101.id)->doorcodeEpoch, std::optional<qint64>(2));
    // Over the link.
    auto &slot = f.doors[f.gym.id];
    slot = std::make_unique<SyncFixture::EmulatedDoor>();
    slot->door = std::make_unique<door::Door>(slot->storage);
    slot->door->load();
    QVERIFY(slot->door->openInstallMode(f.clock.nowSecs()));
    sync::LoopbackTransport link(*slot->door, [&]() { return f.clock.nowSecs(); });
    sync::Commissioner commissioner(f.devices);
    const auto out = sync::commissionBlocking(commissioner, f.owner, f.gym.id, link, [&](const QString &) {
        return slot->door->confirmPairing(f.clock.nowSecs()); // codes match; the button at the door
    });
    QVERIFY2(out.ok(), why(out));
    QCOMPARE(slot->door->doorcodeEpoch(), std::uint32_t{2});
    auto status = f.devices.doorcodeSecretStatus(f.owner, f.property.id);
    QCOMPARE(idsOf(status->doorsWithOldSecret), QList<Id>{f.lobby.id});
    QVERIFY(f.syncDoor(f.unit101.id).ok());
    QVERIFY(unit.decideDoorcode(f.doorcodeOf(ana.id).toStdString(), f.clock.nowSecs()).granted);
}

// A database from before migration 8 (schema 4: migrations 1-4) with a commissioned door: the door
// was given the first secret, so it holds epoch 1; a door never commissioned holds none.
void TestDoorcodeRotation::upgradeKeepsCommissionedDoorsAtEpochOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    const QString written = writeOldSchemaFile(
        path, 4,
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
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT doorcode_epoch FROM property_key"))->toLongLong(), 1);
    QCOMPARE(
        (*db)->scalar(QStringLiteral("SELECT doorcode_epoch FROM door WHERE name = 'Lobby'"))->toLongLong(),
        1);
    QVERIFY((*db)->scalar(QStringLiteral("SELECT doorcode_epoch FROM door WHERE name = 'Gym'"))->isNull());
}

QTEST_GUILESS_MAIN(TestDoorcodeRotation)
#include "tst_doorcoderotation.moc"

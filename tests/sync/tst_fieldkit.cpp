// Field kits in core (docs/design/shared-portfolio.md, section 7), on SQLite and on PostgreSQL: a kit
// built for Maple Court, delivered to its reference doors in memory over the loopback with no database
// involved, then uploaded; the kit file sealed to this computer; a manager without Device Management
// refused; the answers of two visits merged.
#include "kits/kitcourier.h"
#include "kits/kitservice.h"
#include "syncfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace porter;
using namespace porter::test;

namespace {

Person inviteDoorcode(SyncFixture &f, const QString &email)
{
    InviteRequest r = f.inviteRequest(email, {f.residentKey.id});
    r.method = AccessMethod::Doorcode;
    auto res = f.access->invite(f.owner, r);
    if (!res.ok())
        qFatal("invite failed: %s", qPrintable(res.error().message));
    return res->person;
}

} // namespace

class TestFieldKit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildDeliverUploadClearsExactlyWhatTheDoorsAcknowledged();
    void theKitFileOpensOnlyWithThisComputersKey();
    void buildingNeedsDeviceManagement();
    void answersOfTwoVisitsAddUp();
    void aSwappedDoorPartOrAnImpossibleEpochIsNotStored();
    void onlyTheDoorsSignedWordIsUploaded();
};

void TestFieldKit::buildDeliverUploadClearsExactlyWhatTheDoorsAcknowledged()
{
    SyncFixture f;
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QVERIFY(f.syncDoor(f.unit101.id).ok());
    const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"));
    const QString code = f.doorcodeOf(ana.id);

    kits::KitRequest request;
    request.doorIds = {f.lobby.id, f.unit101.id};
    auto built = f.backend->kits().build(f.owner, request);
    QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
    kits::FieldKit kit = *built;
    QCOMPARE(kit.doors.size(), 2);
    for (const kits::KitDoor &d : kit.doors) {
        QVERIFY(!d.delta.isEmpty());
        QVERIFY(d.targetVersion > d.baseVersion);
        QCOMPARE(d.laterChanges, 0);
    }
    // A change after the kit: Bo gets the resident key (the lobby and unit 101).
    const Person bo = inviteDoorcode(f, QStringLiteral("bo@example.com"));
    QVERIFY(f.backend->kits().check(f.owner, kit).ok());
    QCOMPARE(kit.door(f.lobby.id)->laterChanges, 1);

    QVERIFY(!f.doorFor(f.lobby.id).decideDoorcode(code.toStdString(), f.clock.nowSecs()).granted);
    for (const Id id : {f.lobby.id, f.unit101.id}) {
        auto answer = f.deliverKit(kit, id);
        QVERIFY2(answer.ok(), answer.ok() ? "" : qPrintable(answer.error().message));
        QCOMPARE(answer->updateKind, QStringLiteral("delta"));
        QVERIFY(answer->appliedVersion);
        QCOMPARE(*answer->appliedVersion, kit.door(id)->targetVersion);
    }
    QVERIFY(f.doorFor(f.lobby.id).decideDoorcode(code.toStdString(), f.clock.nowSecs()).granted);
    QVERIFY(
        !f.doorFor(f.lobby.id).decideDoorcode(f.doorcodeOf(bo.id).toStdString(), f.clock.nowSecs()).granted);
    QCOMPARE(kit.door(f.lobby.id)->answer->activity.size(), std::size_t(1)); // Ana's try before the kit
    const ListVersion before = f.ackedVersion(f.lobby.id);

    auto uploaded = f.backend->kits().upload(f.owner, kit);
    QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error().message));
    QCOMPARE(uploaded->versionsRecorded, 2);
    QCOMPARE(uploaded->activityImported, 1);
    QVERIFY(f.ackedVersion(f.lobby.id) > before);
    QCOMPARE(f.ackedVersion(f.lobby.id), kit.door(f.lobby.id)->targetVersion);
    QCOMPARE(f.pendingChanges(f.lobby.id), 1);   // Bo's
    QCOMPARE(f.pendingChanges(f.unit101.id), 1); // Bo's too (the resident key opens unit 101)
    QCOMPARE(kit.toUpload(), 0);

    // Again: nothing twice.
    auto again = f.backend->kits().upload(f.owner, kit);
    QVERIFY(again.ok());
    QCOMPARE(again->versionsRecorded, 0);
    QCOMPARE(again->activityImported, 0);

    // Porter's own sync then brings Bo's change. The door kept the entry the kit read; the sync stores
    // only the two tries made after the delivery.
    auto synced = f.syncDoor(f.lobby.id);
    QVERIFY(synced.ok());
    QCOMPARE(synced->pendingChangesCleared, 1);
    QCOMPARE(synced->activityImported, 2);
    QCOMPARE(f.pendingChanges(f.lobby.id), 0);
}

void TestFieldKit::theKitFileOpensOnlyWithThisComputersKey()
{
    SyncFixture f;
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    kits::KitRequest request;
    request.propertyIds = {f.property.id};
    auto kit = f.backend->kits().build(f.owner, request);
    QVERIFY2(kit.ok(), kit.ok() ? "" : qPrintable(kit.error().message));
    // Doors never commissioned are named, not carried.
    QVERIFY(kit->toCommission.size() >= 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.porterkit"));
    QVERIFY(f.backend->kits().save(path, *kit).ok());
    auto loaded = f.backend->kits().load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(kits::KitFile::encode(*loaded), kits::KitFile::encode(*kit));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sealed = file.readAll();
    file.close();
    // No secret in the file: the property's signing key, in any form.
    const QByteArray seed = *f.secrets.get(SecretStore::propertySigningKey(f.property.id));
    QVERIFY(!sealed.contains(seed) && !sealed.contains(seed.toHex()) && !sealed.contains(seed.toBase64()));
    QVERIFY(!kits::KitFile::encode(*kit).contains(seed.toBase64()));
    // Another computer's key does not open it.
    FileKeyProvider other(dir.filePath(QStringLiteral("other-keys")));
    auto stolen = kits::KitFile::load(path, other);
    QVERIFY(!stolen.ok());
    QCOMPARE(stolen.error().code, ErrorCode::Crypto);
    // A changed byte is refused.
    QByteArray tampered = sealed;
    tampered[tampered.size() - 5] = char(tampered[tampered.size() - 5] ^ 1);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(tampered);
    file.close();
    QVERIFY(!f.backend->kits().load(path).ok());
}

void TestFieldKit::buildingNeedsDeviceManagement()
{
    SyncFixture f;
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    const Manager keysOnly = f.makeManager(QStringLiteral("k@example.com"), KeyManagement::Full, false);
    kits::KitRequest request;
    request.doorIds = {f.lobby.id};
    auto refused = f.backend->kits().build(keysOnly, request);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    request.days = 15;
    auto tooLong = f.backend->kits().build(f.owner, request);
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, ErrorCode::InvalidInput);
}

void TestFieldKit::answersOfTwoVisitsAddUp()
{
    kits::KitDoor d;
    kits::KitAnswer first;
    first.at = 10;
    first.appliedVersion = 7;
    first.appliedHash = QByteArray(32, 'a');
    first.activity = {{1, 100, 5, 1, 0}, {2, 110, 5, 1, 0}};
    kits::recordAnswer(d, first);
    kits::KitAnswer second;
    second.at = 20;
    second.finalVersion = 7;
    second.activity = {{2, 110, 5, 1, 0}, {3, 120, 6, 1, 0}};
    kits::recordAnswer(d, second);
    QCOMPARE(d.answer->at, qint64(20));
    QCOMPARE(d.answer->activity.size(), std::size_t(3));
    QCOMPARE(d.answer->activity.back().seq, quint64(3));
    QVERIFY(d.answer->appliedVersion); // the first visit's acknowledgement is kept
    QCOMPARE(*d.answer->appliedVersion, ListVersion(7));
}

// A technician holds the kit's key on their own computer, so they can edit the kit. What Porter checks at
// upload: each door's part is the one Porter built for that door (certificate and full list, signed by
// the property's key, for the kit's version), and a door cannot report a doorcode secret epoch Porter
// never made. A door refused this way is not marked uploaded.
void TestFieldKit::aSwappedDoorPartOrAnImpossibleEpochIsNotStored()
{
    SyncFixture f;
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QVERIFY(f.syncDoor(f.unit101.id).ok());
    inviteDoorcode(f, QStringLiteral("ana@example.com"));
    kits::KitRequest request;
    request.doorIds = {f.lobby.id, f.unit101.id};
    auto built = f.backend->kits().build(f.owner, request);
    QVERIFY(built.ok());
    kits::FieldKit kit = *built;
    QVERIFY(f.deliverKit(kit, f.lobby.id).ok());
    QVERIFY(f.deliverKit(kit, f.unit101.id).ok());
    const ListVersion unitBefore = f.ackedVersion(f.unit101.id);
    // Unit 101's list and certificate replaced by the lobby's; the lobby says it holds secret epoch 2^32.
    kits::KitDoor *unit = kit.door(f.unit101.id);
    unit->full = kit.door(f.lobby.id)->full;
    kit.door(f.lobby.id)->answer->doorcodeEpoch = 4294967296LL;
    auto uploaded = f.backend->kits().upload(f.owner, kit);
    QVERIFY(uploaded.ok());
    QCOMPARE(uploaded->versionsRecorded, 1); // the lobby's only
    QCOMPARE(f.ackedVersion(f.unit101.id), unitBefore);
    for (const kits::UploadedDoor &d : uploaded->doors)
        if (d.doorId == f.unit101.id) {
            QVERIFY(d.skipped);
            QVERIFY(d.note.contains(QStringLiteral("not the one Porter built")));
        }
    QCOMPARE(kit.toUpload(), 1); // unit 101 still to upload
    auto epoch = f.db->scalar(QStringLiteral("SELECT doorcode_epoch FROM door WHERE id = ?"), {f.lobby.id});
    QVERIFY(epoch.ok());
    QCOMPARE(epoch->toLongLong(), 1LL);
    // The property's doorcode secret still rotates.
    QVERIFY(f.backend->devices().rotateDoorcodeSecret(f.owner, f.property.id).ok());
}

// The technician can open their own kit. What they write in it is not the door's word: the upload reads
// each answer from the door's receipt, signed with the identity Porter recorded for that door. A door
// never visited cannot be made to acknowledge, another door's receipt does not pass, and entries or
// versions edited beside the receipt are ignored.
void TestFieldKit::onlyTheDoorsSignedWordIsUploaded()
{
    SyncFixture f;
    QVERIFY(f.syncDoor(f.lobby.id).ok());
    QVERIFY(f.syncDoor(f.unit101.id).ok());
    const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"));
    QVERIFY(
        !f.doorFor(f.lobby.id).decideDoorcode(f.doorcodeOf(ana.id).toStdString(), f.clock.nowSecs()).granted);
    kits::KitRequest request;
    request.doorIds = {f.lobby.id, f.unit101.id};
    auto built = f.backend->kits().build(f.owner, request);
    QVERIFY(built.ok());
    kits::FieldKit kit = *built;
    QVERIFY(f.deliverKit(kit, f.lobby.id).ok()); // the lobby only: unit 101 is never visited
    const ListVersion unitBefore = f.ackedVersion(f.unit101.id);

    // Unit 101 "answered": the lobby's answer, its receipt included, with unit 101's versions written in.
    kits::KitAnswer forged = *kit.door(f.lobby.id)->answer;
    forged.appliedVersion = kit.door(f.unit101.id)->targetVersion;
    forged.appliedHash = kit.door(f.unit101.id)->targetHash;
    forged.finalVersion = forged.appliedVersion;
    forged.finalHash = forged.appliedHash;
    kit.door(f.unit101.id)->answer = forged;
    // The lobby's own answer padded with an entry that never happened: Ana granted.
    kits::KitAnswer &lobby = *kit.door(f.lobby.id)->answer;
    lobby.activity.push_back(
        kits::KitActivity{lobby.activity.back().seq + 1, f.clock.nowSecs(), quint32(ana.id), 1, 0});

    auto uploaded = f.backend->kits().upload(f.owner, kit);
    QVERIFY(uploaded.ok());
    QCOMPARE(uploaded->versionsRecorded, 1); // the lobby's, which the door signed
    QCOMPARE(uploaded->activityImported, 1); // the one refused try the door signed, not the padding
    QCOMPARE(f.ackedVersion(f.unit101.id), unitBefore);
    QCOMPARE(f.pendingChanges(f.unit101.id), 1);
    for (const kits::UploadedDoor &d : uploaded->doors)
        if (d.doorId == f.unit101.id) {
            QVERIFY(d.skipped);
            QVERIFY2(d.note.contains(QStringLiteral("not signed by the door")), qPrintable(d.note));
        }
    auto granted = f.db->scalar(
        QStringLiteral("SELECT count(*) FROM activity WHERE person_id = ? AND result = 'granted'"), {ana.id});
    QVERIFY(granted.ok());
    QCOMPARE(granted->toInt(), 0);

    // An answer without a receipt (written by hand) is not uploaded either.
    kits::KitAnswer unsignedAnswer = *kit.door(f.lobby.id)->answer;
    unsignedAnswer.receiptSignature.clear();
    kit.door(f.unit101.id)->answer = unsignedAnswer;
    auto again = f.backend->kits().upload(f.owner, kit);
    QVERIFY(again.ok());
    QCOMPARE(f.ackedVersion(f.unit101.id), unitBefore);
}

QTEST_GUILESS_MAIN(TestFieldKit)
#include "tst_fieldkit.moc"

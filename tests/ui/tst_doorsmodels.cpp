// The Doors page's item models, without widgets: the doors in range (matched to the property's doors by
// the ids they advertise, never by address; unknown and uncommissioned doors; ageing out on a clock) and
// the property's doors with their sync state.
#include "devices/deviceservice.h"
#include "door/door.h"
#include "door/storage.h"
#include "fixture.h"
#include "viewmodels/doorsinrangemodel.h"
#include "viewmodels/doorsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace porter;
using porter::test::Fixture;

namespace {

sync::SeenDoor heardDoor(const QString &address, quint32 propertyId, quint32 doorId, int rssi = -60,
                         quint32 version = 0)
{
    sync::SeenDoor s;
    s.address = address;
    s.commissioned = propertyId != 0;
    s.propertyId = propertyId;
    s.doorId = doorId;
    s.listVersion = version;
    s.rssi = rssi;
    return s;
}

sync::SeenDoor uncommissioned(const QString &address, bool installMode, int rssi = -70)
{
    sync::SeenDoor s;
    s.address = address;
    s.installMode = installMode;
    s.rssi = rssi;
    return s;
}

using Kind = DoorsInRangeModel::Kind;

} // namespace

class TestDoorsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesByAdvertisedIdsNeverByAddress();
    void unknownAndUncommissionedDoors();
    void agesOutDoorsNotHeardFor10Seconds();
    void needsSyncFollowsPendingChanges();
    void signalBars();
    void passesModelTester();
    void doorsModelShowsSyncState();
};

void TestDoorsModels::matchesByAdvertisedIdsNeverByAddress()
{
    qint64 now = 1'000'000;
    DoorsInRangeModel model([&] { return now; });
    Door lobby;
    lobby.id = 11;
    lobby.propertyId = 5;
    lobby.name = QStringLiteral("Lobby");
    lobby.commissioned = true;
    Door gym = lobby;
    gym.id = 12;
    gym.name = QStringLiteral("Gym");
    model.setDoors(5, {lobby, gym});

    model.heard(heardDoor(QStringLiteral("AA:01"), 5, 12));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(int(model.kindAt(0)), int(Kind::PropertyDoor));
    QCOMPARE(model.doorIdAt(0), Id(12));
    QCOMPARE(model.index(0, DoorsInRangeModel::DoorName).data().toString(), QStringLiteral("Gym"));

    // A privacy address change: the same door (same ids) from a new address is still one row, Gym,
    // and is reached at its new address.
    model.heard(heardDoor(QStringLiteral("BB:77"), 5, 12, -55));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.doorIdAt(0), Id(12));
    QCOMPARE(model.seenAt(0)->address, QStringLiteral("BB:77"));
    QCOMPARE(model.index(0, DoorsInRangeModel::Signal).data(DoorsInRangeModel::RssiRole).toInt(), -55);

    // Another device at an address a door of ours once used, advertising the Lobby's ids: the ids
    // decide, so it is the Lobby — and the Gym stays the Gym.
    model.heard(heardDoor(QStringLiteral("AA:01"), 5, 11));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfDoor(11), 1);
    QCOMPARE(model.rowOfDoor(12), 0);
    QCOMPARE(model.doorsInRange(), (QList<Id>{12, 11}));

    // The Lobby heard at the Gym's current address: the Lobby keeps its one row (the ids decide), it is
    // now reached there, and the Gym's row is not turned into a second Lobby.
    model.heard(heardDoor(QStringLiteral("BB:77"), 5, 11));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.doorIdAt(1), Id(11));
    QCOMPARE(model.seenAt(1)->address, QStringLiteral("BB:77"));
    QCOMPARE(model.doorIdAt(0), Id(12));
}

void TestDoorsModels::unknownAndUncommissionedDoors()
{
    qint64 now = 0;
    DoorsInRangeModel model([&] { return now; });
    Door lobby;
    lobby.id = 11;
    lobby.propertyId = 5;
    lobby.name = QStringLiteral("Lobby");
    model.setDoors(5, {lobby});

    model.heard(heardDoor(QStringLiteral("C1"), 9, 11));      // another property, same door id
    model.heard(heardDoor(QStringLiteral("C2"), 5, 99));      // our property, a door id we do not have
    model.heard(uncommissioned(QStringLiteral("C3"), true));  // install button pressed
    model.heard(uncommissioned(QStringLiteral("C4"), false)); // brand new, button not pressed
    sync::SeenDoor faulted = uncommissioned(QStringLiteral("C5"), false);
    faulted.faulted = true;
    model.heard(faulted);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(int(model.kindAt(0)), int(Kind::OtherProperty));
    QCOMPARE(int(model.kindAt(1)), int(Kind::OtherProperty));
    QCOMPARE(int(model.kindAt(2)), int(Kind::AwaitingCommission));
    QCOMPARE(int(model.kindAt(3)), int(Kind::NewDoor));
    QCOMPARE(int(model.kindAt(4)), int(Kind::Faulted));
    QVERIFY(model.doorsInRange().isEmpty());
    QCOMPARE(model.index(0, DoorsInRangeModel::DoorName).data().toString(), QStringLiteral("Unknown door"));
    QCOMPARE(model.index(2, DoorsInRangeModel::State).data().toString(),
             QStringLiteral("Waiting to be commissioned"));
    QVERIFY(model.index(3, DoorsInRangeModel::State)
                .data()
                .toString()
                .contains(QStringLiteral("install button")));

    // The new door is commissioned as the Lobby: it now advertises the Lobby's ids from the same
    // device; it becomes the Lobby's row instead of a second one.
    model.heard(heardDoor(QStringLiteral("C3"), 5, 11));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(int(model.kindAt(2)), int(Kind::PropertyDoor));
    QCOMPARE(model.rowOfDoor(11), 2);

    // Another property is chosen: nothing heard so far is matched to it.
    model.setDoors(6, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestDoorsModels::agesOutDoorsNotHeardFor10Seconds()
{
    qint64 now = 50'000;
    DoorsInRangeModel model([&] { return now; });
    model.setDoors(5, {});
    model.heard(uncommissioned(QStringLiteral("A"), true));
    now += 4'000;
    model.heard(uncommissioned(QStringLiteral("B"), true));
    now += 6'000; // A: 10 s exactly, B: 6 s
    model.ageOut();
    QCOMPARE(model.rowCount(), 2);
    now += 1; // A: just over 10 s
    model.ageOut();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.seenAt(0)->address, QStringLiteral("B"));
    // Heard again: it stays.
    model.heard(uncommissioned(QStringLiteral("B"), true));
    now += 9'000;
    model.ageOut();
    QCOMPARE(model.rowCount(), 1);
    now += 2'000;
    model.ageOut();
    QCOMPARE(model.rowCount(), 0);
}

void TestDoorsModels::needsSyncFollowsPendingChanges()
{
    qint64 now = 0;
    DoorsInRangeModel model([&] { return now; });
    Door lobby;
    lobby.id = 11;
    lobby.propertyId = 5;
    lobby.name = QStringLiteral("Lobby");
    lobby.commissioned = true;
    lobby.ackedVersion = 7;
    model.setDoors(5, {lobby}, {{11, 3}});
    model.heard(heardDoor(QStringLiteral("X"), 5, 11, -60, 7));
    QVERIFY(model.index(0, 0).data(DoorsInRangeModel::NeedsSyncRole).toBool());
    QCOMPARE(model.index(0, DoorsInRangeModel::State).data().toString(),
             QStringLiteral("Needs a sync: 3 changes"));
    model.setDoors(5, {lobby}, {});
    QVERIFY(!model.index(0, 0).data(DoorsInRangeModel::NeedsSyncRole).toBool());
    QCOMPARE(model.index(0, DoorsInRangeModel::State).data().toString(), QStringLiteral("Up to date"));
    // It advertises an older list than Porter recorded: a hint to sync.
    model.heard(heardDoor(QStringLiteral("X"), 5, 11, -60, 6));
    QVERIFY(model.index(0, 0).data(DoorsInRangeModel::NeedsSyncRole).toBool());
    QCOMPARE(model.index(0, DoorsInRangeModel::State).data().toString(),
             QStringLiteral("Holds another list version: sync it"));
    // Just synced to version 7: not "another version" while the old advertisement is all there is.
    model.noteSynced(11, 7);
    QCOMPARE(model.index(0, DoorsInRangeModel::State).data().toString(), QStringLiteral("Up to date"));
}

void TestDoorsModels::signalBars()
{
    QCOMPARE(DoorsInRangeModel::bars(-45), 4);
    QCOMPARE(DoorsInRangeModel::bars(-60), 4);
    QCOMPARE(DoorsInRangeModel::bars(-61), 3);
    QCOMPARE(DoorsInRangeModel::bars(-75), 2);
    QCOMPARE(DoorsInRangeModel::bars(-88), 1);
    QCOMPARE(DoorsInRangeModel::bars(-97), 0);
}

void TestDoorsModels::passesModelTester()
{
    qint64 now = 0;
    DoorsInRangeModel model([&] { return now; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Door lobby;
    lobby.id = 11;
    lobby.propertyId = 5;
    model.setDoors(5, {lobby});
    for (int i = 0; i < 6; ++i) {
        model.heard(uncommissioned(QStringLiteral("D%1").arg(i), i % 2 == 0));
        now += 3'000;
        model.heard(heardDoor(QStringLiteral("E%1").arg(i), 5, 11, -50 - i));
        model.ageOut();
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);

    Fixture f;
    DoorsModel doors(*f.directory, *f.queries, &f.backend->devices(), f.clock);
    QAbstractItemModelTester doorsTester(&doors, QAbstractItemModelTester::FailureReportingMode::QtTest);
    doors.setManager(f.owner);
    doors.setProperty(f.property);
    f.invite(QStringLiteral("a@example.com"), {f.residentKey.id});
    doors.refresh();
    QCOMPARE(doors.rowCount(), 4);
}

void TestDoorsModels::doorsModelShowsSyncState()
{
    Fixture f;
    // Invited today, access from now: the Lobby and Unit 101 must be synced today.
    f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
    // The Lobby is commissioned (in process, as porterctl door commission --state does).
    door::MemoryStorage storage;
    door::Door lobbyDoor(storage);
    lobbyDoor.load();
    QVERIFY(lobbyDoor.openInstallMode(f.clock.nowSecs()));
    QVERIFY2(f.backend->devices().commission(f.owner, f.lobby.id, lobbyDoor).ok(), "commission");

    DoorsModel model(*f.directory, *f.queries, &f.backend->devices(), f.clock);
    model.setManager(f.owner);
    model.setProperty(f.property);
    QCOMPARE(model.rowCount(), 4);
    const auto cell = [&](Id doorId, int column, int role = Qt::DisplayRole) {
        return model.index(model.rowOf(doorId), column).data(role);
    };
    QCOMPARE(cell(f.lobby.id, DoorsModel::Name).toString(), QStringLiteral("Lobby"));
    QCOMPARE(cell(f.lobby.id, DoorsModel::Connection).toString(), QStringLiteral("Offline"));
    QCOMPARE(cell(f.garage.id, DoorsModel::Connection).toString(), QStringLiteral("Online"));
    QCOMPARE(cell(f.garage.id, DoorsModel::Sync).toString(), QStringLiteral("Updates over the internet"));
    QVERIFY2(cell(f.lobby.id, DoorsModel::Name, DoorsModel::NeedsSyncRole).toBool(),
             qPrintable(cell(f.lobby.id, DoorsModel::Sync).toString() + model.lastError()));
    QVERIFY(cell(f.lobby.id, DoorsModel::Name, DoorsModel::DueTodayRole).toBool());
    QVERIFY2(cell(f.lobby.id, DoorsModel::Sync).toString().endsWith(QStringLiteral("sync due today")),
             qPrintable(cell(f.lobby.id, DoorsModel::Sync).toString()));
    QCOMPARE(cell(f.lobby.id, DoorsModel::LastSync).toString(), QStringLiteral("Never"));
    QCOMPARE(cell(f.lobby.id, DoorsModel::Version).toString(), QStringLiteral("0"));
    QCOMPARE(cell(f.unit101.id, DoorsModel::Sync).toString(), QStringLiteral("Not commissioned yet"));
    QVERIFY(!cell(f.unit101.id, DoorsModel::Name, DoorsModel::DueTodayRole)
                 .toBool()); // commissioning comes first
    QVERIFY(!cell(f.garage.id, DoorsModel::Name, DoorsModel::DueTodayRole).toBool());
    QVERIFY(!cell(f.gym.id, DoorsModel::Name, DoorsModel::NeedsSyncRole).toBool());
    QCOMPARE(cell(f.lobby.id, DoorsModel::Alarms).toString(), QStringLiteral("None"));
    QCOMPARE(model.needSyncCount(), 2);
    QCOMPARE(model.pendingChanges().value(f.lobby.id), model.taskOf(f.lobby.id)->pendingChanges);
    QCOMPARE(DoorsModel::driftText(41), QStringLiteral("+41 s"));
    QCOMPARE(DoorsModel::driftText(-125), QStringLiteral("−2 min 5 s"));
}

QTEST_GUILESS_MAIN(TestDoorsModels)
#include "tst_doorsmodels.moc"

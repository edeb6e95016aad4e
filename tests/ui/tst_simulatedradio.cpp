// The simulated doors of `porter --demo` (core/demo/simulatedradio.h): what its scanner reports, that
// its links reach the reference doors (and not a door out of range), and the demo's doors — made once
// through the services, found again on the next start.
#include "access/queryservice.h"
#include "app/backend.h"
#include "demo/simulatedradio.h"
#include "door/ble.h"
#include "door/door.h"
#include "fixture.h"
#include "link/transportfactory.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace porter;

class TestSimulatedRadio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { sync::Radio::install(nullptr); }
    void scannerReportsDoorsInRangeWithVaryingSignal();
    void scanFailureIsReported();
    void linkToADoorOutOfRangeCloses();
    void demoDoorsAreMadeOnceAndFoundAgain();
    void anotherDatabaseGetsOneNewDoor();
};

void TestSimulatedRadio::scannerReportsDoorsInRangeWithVaryingSignal()
{
    demo::SimulatedRadio radio([] { return qint64(1'780'000'000); });
    radio.setScanIntervalMs(5);
    radio.setKeepInstallModeOpen(false);
    const QString near = radio.addDoor(QStringLiteral("near"), -60);
    const QString away = radio.addDoor(QStringLiteral("away"), -70);
    radio.setInRange(away, false);
    QVERIFY(radio.pressInstallButton(near));
    QCOMPARE(radio.describe(), QStringLiteral("Simulated doors"));
    QVERIFY(radio.simulated());

    auto scanner = radio.createScanner();
    QList<sync::SeenDoor> seen;
    connect(scanner.get(), &sync::DoorScanner::seen, this, [&](const sync::SeenDoor &s) { seen << s; });
    scanner->start(0);
    QVERIFY(scanner->isScanning());
    QVERIFY(QTest::qWaitFor([&] { return seen.size() >= 12; }, 5000));
    scanner->stop();
    QVERIFY(!scanner->isScanning());
    QSet<int> strengths;
    for (const sync::SeenDoor &s : std::as_const(seen)) {
        QCOMPARE(s.address, near); // the door out of range is never heard
        QVERIFY(!s.commissioned);
        QVERIFY(s.installMode);
        QVERIFY(s.rssi >= -63 && s.rssi <= -57);
        strengths << s.rssi;
    }
    QVERIFY(strengths.size() > 1); // it wanders, as a real signal does
}

void TestSimulatedRadio::scanFailureIsReported()
{
    demo::SimulatedRadio radio;
    radio.setScanFailure(Error{ErrorCode::Unavailable, QStringLiteral("No Bluetooth adapter.")});
    auto scanner = radio.createScanner();
    QString message;
    connect(scanner.get(), &sync::DoorScanner::failed, this, [&](const Error &e) { message = e.message; });
    scanner->start(0);
    QVERIFY(QTest::qWaitFor([&] { return !message.isEmpty(); }, 2000));
    QCOMPARE(message, QStringLiteral("No Bluetooth adapter."));
    QVERIFY(!scanner->isScanning());
}

void TestSimulatedRadio::linkToADoorOutOfRangeCloses()
{
    auto radio = std::make_shared<demo::SimulatedRadio>();
    radio->setTiming(0, 0);
    sync::Radio::install(radio);
    const QString door = radio->addDoor(QStringLiteral("door"));
    QVERIFY(!sync::TransportFactory::create(sync::DoorAddress::bluetooth(QStringLiteral("SIM-99"))).ok());

    auto link = sync::TransportFactory::create(sync::DoorAddress::bluetooth(door));
    QVERIFY2(link.ok(), why(link));
    QSignalSpy opened(link->get(), &sync::Transport::opened);
    (*link)->open();
    QVERIFY(opened.wait(2000));
    QCOMPARE(opened.at(0).at(0).toInt(), 182); // MTU 185 − 3
    (*link)->close();
    QVERIFY(!(*link)->isOpen());

    radio->setInRange(door, false);
    QSignalSpy closed(link->get(), &sync::Transport::closed);
    (*link)->open();
    QVERIFY(closed.wait(2000));
    QVERIFY(closed.at(0).at(0).toString().contains(QStringLiteral("out of range")));
}

void TestSimulatedRadio::demoDoorsAreMadeOnceAndFoundAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    auto first = demo::openSimulatedDemo(path);
    QVERIFY2(first.ok(), why(first));
    QVERIFY(first->created.has_value()); // the database did not exist
    QVERIFY(!sync::Radio::installed());  // set-up does not leave its radio installed
    const auto radio = first->radio;
    QCOMPARE(radio->addresses().size(), 7);

    auto backend = Backend::open(path, Backend::Open::Existing);
    QVERIFY2(backend.ok(), why(backend));
    auto manager =
        (*backend)->directory().authenticate(first->created->managerEmail, first->created->managerPassword);
    QVERIFY2(manager.ok(), why(manager));
    const auto doors = (*backend)->directory().doors(*manager, first->created->propertyId);
    QVERIFY2(doors.ok(), why(doors));
    QHash<QString, Door> byName;
    for (const Door &d : *doors)
        byName.insert(d.name, d);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QHash<QString, QString> addressOf;
    for (const QString &a : radio->addresses())
        addressOf.insert(radio->label(a), a);

    // The Lobby: commissioned and synced, nothing pending; its door holds what Porter recorded.
    const Door lobby = byName.value(QStringLiteral("Lobby"));
    QVERIFY(lobby.commissioned);
    QVERIFY(lobby.ackedVersion > 0);
    QCOMPARE((*backend)->queries().doorSyncTask(*manager, lobby.id)->pendingChanges, 0);
    QCOMPARE(ListVersion(radio->door(addressOf.value(QStringLiteral("Lobby")))->status(now).version),
             lobby.ackedVersion);
    // The Gym: commissioned, out of date.
    const Door gym = byName.value(QStringLiteral("Gym"));
    QVERIFY(gym.commissioned);
    QVERIFY((*backend)->queries().doorSyncTask(*manager, gym.id)->pendingChanges > 0);
    // The Rooftop's new lock waits in install mode; Porter has not commissioned it.
    QVERIFY(!byName.value(QStringLiteral("Rooftop")).commissioned);
    const auto roof =
        door::ble::advertisementOf(*radio->door(addressOf.value(QStringLiteral("Rooftop"))), now);
    QVERIFY(roof.installMode);
    // And a door of another property.
    bool foreign = false;
    for (const QString &a : radio->addresses())
        foreign = foreign || (radio->door(a)->commissioned() &&
                              Id(radio->door(a)->propertyId()) != first->created->propertyId);
    QVERIFY(foreign);
    backend->reset();

    // The next start finds the same doors, as they were.
    auto second = demo::openSimulatedDemo(path);
    QVERIFY2(second.ok(), why(second));
    QVERIFY(!second->created.has_value());
    QCOMPARE(second->radio->addresses(), radio->addresses());
    const QString lobbyAddress = addressOf.value(QStringLiteral("Lobby"));
    QVERIFY(second->radio->door(lobbyAddress)->commissioned());
    QCOMPARE(Id(second->radio->door(lobbyAddress)->doorId()), lobby.id);
    QCOMPARE(ListVersion(second->radio->door(lobbyAddress)->status(now).version), lobby.ackedVersion);
}

// --demo on a database that is not the demo's: nothing of its own is touched, and there is one new
// door to commission.
void TestSimulatedRadio::anotherDatabaseGetsOneNewDoor()
{
    test::Fixture f;
    const auto before = f.snapshot();
    auto opened = demo::openSimulatedDemo(f.backend->path());
    QVERIFY2(opened.ok(), why(opened));
    QVERIFY(!opened->created.has_value());
    QCOMPARE(opened->radio->addresses().size(), 1);
    door::Door *door = opened->radio->door(opened->radio->addresses().first());
    QVERIFY(!door->commissioned());
    QCOMPARE(f.directory->door(f.owner, f.lobby.id)->commissioned, false);
    const auto after = f.snapshot();
    QCOMPARE(after.value(QStringLiteral("door")), before.value(QStringLiteral("door")));
    QCOMPARE(after.value(QStringLiteral("door_change")), before.value(QStringLiteral("door_change")));
}

QTEST_GUILESS_MAIN(TestSimulatedRadio)
#include "tst_simulatedradio.moc"

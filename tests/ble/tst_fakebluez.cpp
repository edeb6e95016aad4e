// The fake BlueZ against Qt's real BlueZ backend (Qt 6.4, unmodified): scanning, connecting, GATT
// discovery, notifications and the door protocol over write-without-response, then every fault the
// control interface injects, each as Qt reports it. These prove the harness the Bluetooth link's tests
// stand on (docs/testing.md, "The fake BlueZ").
#include "../e2e/run.h"
#include "blebus.h"
#include "door/ble.h"
#include "door/crypto.h"
#include "door/session.h"
#include "door/update.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothLocalDevice>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDateTime>
#include <QLowEnergyController>
#include <QLowEnergyService>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace porter;
using porter::test::BleBus;

namespace {

const QString kDoorA = QStringLiteral("C0:FF:EE:00:00:01");
const QString kDoorB = QStringLiteral("C0:FF:EE:00:00:02");

QByteArray qbytes(const door::Bytes &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
}

door::ByteView viewOf(const QByteArray &b)
{
    return door::ByteView(reinterpret_cast<const std::uint8_t *>(b.constData()), std::size_t(b.size()));
}

// A commissioning of door `doorId` (property 7) at `payload` bytes per fragment, under a fresh property
// key unless `seed` is given.
door::CommissionConfig commissioning(std::uint32_t doorId, std::size_t payload, door::Bytes seed = {})
{
    door::CommissionConfig config;
    config.propertyId = 7;
    config.doorId = doorId;
    config.propertySeed = seed.empty() ? door::crypto::ed25519Generate().seed : std::move(seed);
    config.doorcodeSecret = door::crypto::randomBytes(32);
    config.linkPayload = payload;
    return config;
}

QBluetoothUuid quuid(std::string_view v)
{
    return QBluetoothUuid(QString::fromLatin1(v.data(), qsizetype(v.size())));
}

// One LE scan through QBluetoothDeviceDiscoveryAgent: every report (found or updated), by address.
struct Scan
{
    QMap<QString, QBluetoothDeviceInfo> seen;
    QList<QBluetoothDeviceDiscoveryAgent::Error> errors;
    bool finished = false;
};

// Runs for `ms`, or until `until` holds; `during` runs once the scan started.
Scan scan(int ms, const std::function<void()> &during = {},
          const std::function<bool(const Scan &)> &until = {})
{
    Scan s;
    QBluetoothDeviceDiscoveryAgent agent;
    agent.setLowEnergyDiscoveryTimeout(ms);
    QObject::connect(
        &agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, &agent,
        [&s](const QBluetoothDeviceInfo &info) { s.seen.insert(info.address().toString(), info); });
    QObject::connect(&agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, &agent,
                     [&s](const QBluetoothDeviceInfo &info, QBluetoothDeviceInfo::Fields) {
                         s.seen.insert(info.address().toString(), info);
                     });
    QObject::connect(&agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, &agent,
                     [&s](QBluetoothDeviceDiscoveryAgent::Error e) { s.errors << e; });
    QObject::connect(&agent, &QBluetoothDeviceDiscoveryAgent::finished, &agent,
                     [&s]() { s.finished = true; });
    agent.start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
    if (during)
        during();
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&]() { return s.finished || !s.errors.isEmpty() || (until && until(s)); }, ms + 5000);
    agent.stop();
    return s;
}

std::optional<door::ble::Advertisement> advertisementOf(const QBluetoothDeviceInfo &info)
{
    return door::ble::decodeAdvertisement(viewOf(info.manufacturerData(door::ble::kCompanyId)));
}

// Qt's central role on one door: connect, discover with SkipValueDiscovery, enable notifications;
// then the door protocol as fragments written without response and received as notifications.
class GattLink
{
public:
    explicit GattLink(const QBluetoothDeviceInfo &device)
        : m_controller(QLowEnergyController::createCentral(device))
    {
        QObject::connect(m_controller.get(), &QLowEnergyController::errorOccurred, m_controller.get(),
                         [this](QLowEnergyController::Error e) { controllerErrors << e; });
        QObject::connect(m_controller.get(), &QLowEnergyController::disconnected, m_controller.get(),
                         [this]() { disconnected = true; });
    }
    ~GattLink()
    {
        if (m_controller->state() != QLowEnergyController::UnconnectedState) {
            m_controller->disconnectFromDevice();
            [[maybe_unused]] const bool closed = waitDisconnected();
        }
    }

    // Empty on success, else what went wrong.
    QString open()
    {
        m_controller->connectToDevice();
        if (!QTest::qWaitFor(
                [this]() {
                    return m_controller->state() == QLowEnergyController::ConnectedState ||
                           !controllerErrors.isEmpty();
                },
                10000) ||
            m_controller->state() != QLowEnergyController::ConnectedState)
            return QStringLiteral("connect failed: %1").arg(m_controller->errorString());
        QSignalSpy discovered(m_controller.get(), &QLowEnergyController::discoveryFinished);
        m_controller->discoverServices();
        if (discovered.isEmpty() && !discovered.wait(5000))
            return QStringLiteral("service discovery did not finish");
        service.reset(m_controller->createServiceObject(quuid(door::ble::kServiceUuid)));
        if (!service)
            return QStringLiteral("the door's service was not discovered");
        QObject::connect(service.get(), &QLowEnergyService::errorOccurred, service.get(),
                         [this](QLowEnergyService::ServiceError e) { serviceErrors << e; });
        QObject::connect(service.get(), &QLowEnergyService::characteristicChanged, service.get(),
                         [this](const QLowEnergyCharacteristic &c, const QByteArray &value) {
                             if (c.uuid() == quuid(door::ble::kNotifyCharacteristicUuid)) {
                                 notifications << value;
                                 if (onNotification)
                                     onNotification(value);
                             }
                         });
        service->discoverDetails(QLowEnergyService::SkipValueDiscovery);
        if (!QTest::qWaitFor(
                [this]() { return service->state() == QLowEnergyService::RemoteServiceDiscovered; }, 5000))
            return QStringLiteral("characteristic discovery did not finish");
        writeChar = service->characteristic(quuid(door::ble::kWriteCharacteristicUuid));
        notifyChar = service->characteristic(quuid(door::ble::kNotifyCharacteristicUuid));
        if (!writeChar.isValid() || !notifyChar.isValid())
            return QStringLiteral("the door's characteristics are missing");
        if (!(writeChar.properties() & QLowEnergyCharacteristic::WriteNoResponse) ||
            !(notifyChar.properties() & QLowEnergyCharacteristic::Notify))
            return QStringLiteral("the characteristics have the wrong properties");
        const QLowEnergyDescriptor cccd =
            notifyChar.descriptor(QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration);
        if (!cccd.isValid())
            return QStringLiteral("the notify characteristic has no 0x2902 descriptor");
        QSignalSpy written(service.get(), &QLowEnergyService::descriptorWritten);
        service->writeDescriptor(cccd, QLowEnergyCharacteristic::CCCDEnableNotification);
        if (written.isEmpty() && !written.wait(5000))
            return QStringLiteral("enabling notifications failed");
        return {};
    }

    void write(const QByteArray &fragment)
    {
        service->writeCharacteristic(writeChar, fragment, QLowEnergyService::WriteWithoutResponse);
    }

    // Sends whatever the protocol end has to send.
    template<class End> void pump(End &end)
    {
        while (auto fragment = end.nextFragment())
            write(qbytes(*fragment));
    }
    // Runs a protocol end over the link: starts it, and answers every notification with what it has to send.
    template<class End> void run(End &end)
    {
        onNotification = [this, &end](const QByteArray &value) {
            end.receive(viewOf(value));
            pump(end);
        };
        end.start();
        pump(end);
    }

    QLowEnergyController *controller() { return m_controller.get(); }
    bool waitDisconnected(int ms = 5000)
    {
        return QTest::qWaitFor(
            [this]() { return m_controller->state() == QLowEnergyController::UnconnectedState; }, ms);
    }

    std::unique_ptr<QLowEnergyService> service;
    QLowEnergyCharacteristic writeChar, notifyChar;
    QList<QByteArray> notifications;
    std::function<void(const QByteArray &)> onNotification;
    QList<QLowEnergyController::Error> controllerErrors;
    QList<QLowEnergyService::ServiceError> serviceErrors;
    bool disconnected = false;

private:
    std::unique_ptr<QLowEnergyController> m_controller;
};

} // namespace

class TestFakeBluez : public QObject
{
    Q_OBJECT

private:
    BleBus m_bus;
    QTemporaryDir m_dir;
    QMap<QString, QString> m_paths; // address → Device1 object path
    QMap<QString, QString> m_dirs;  // address → door state directory

    struct Run
    {
        int code = -1;
        QString out, err;
    };
    static Run porterDoor(const QStringList &args)
    {
        QProcess p;
        p.start(porter::test::binary(QStringLiteral("porter-door")), args);
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // A new door in its own state directory, added to the fake as `address`.
    QString addNewDoor(const QString &address, const QString &name)
    {
        const QString dir = m_dir.filePath(QStringLiteral("%1-%2").arg(
            QString::fromLatin1(QTest::currentTestFunction()), QString(address).remove(QLatin1Char(':'))));
        const Status init = BleBus::initDoor(dir);
        if (!init.ok())
            return init.error().message;
        const auto path = m_bus.addDoor(dir, address, name);
        if (!path.ok())
            return path.error().message;
        m_paths[address] = *path;
        m_dirs[address] = dir;
        return {};
    }
    // Scans until the door at `address` is reported (and `what` holds for the report).
    QBluetoothDeviceInfo find(const QString &address,
                              const std::function<bool(const QBluetoothDeviceInfo &)> &what = {})
    {
        const Scan s = scan(3000, {}, [&](const Scan &sc) {
            return sc.seen.contains(address) && (!what || what(sc.seen.value(address)));
        });
        return s.seen.value(address);
    }
    // The negotiated ATT MTU as Porter's link reads it on Linux: BlueZ's GattCharacteristic1.MTU.
    int mtuOf(const QString &address)
    {
        QDBusInterface props(QStringLiteral("org.bluez"),
                             m_paths.value(address) + QStringLiteral("/service0010/char0011"),
                             QStringLiteral("org.freedesktop.DBus.Properties"), QDBusConnection::systemBus());
        const QDBusReply<QDBusVariant> mtu = props.call(
            QStringLiteral("Get"), QStringLiteral("org.bluez.GattCharacteristic1"), QStringLiteral("MTU"));
        return mtu.isValid() ? mtu.value().variant().toInt() : -1;
    }
    QStringList objectPaths()
    {
        QDBusInterface om(QStringLiteral("org.bluez"), QStringLiteral("/"),
                          QStringLiteral("org.freedesktop.DBus.ObjectManager"), QDBusConnection::systemBus());
        const QDBusMessage r = om.call(QStringLiteral("GetManagedObjects"));
        QStringList paths;
        if (r.type() != QDBusMessage::ReplyMessage)
            return paths;
        const QDBusArgument arg = r.arguments().value(0).value<QDBusArgument>();
        arg.beginMap();
        while (!arg.atEnd()) {
            QDBusObjectPath path;
            QMap<QString, QVariantMap> ifaces;
            arg.beginMapEntry();
            arg >> path >> ifaces;
            arg.endMapEntry();
            paths << path.path();
        }
        arg.endMap();
        return paths;
    }

private Q_SLOTS:
    // The child run of versionProbeSelectsTheDBusBackend: it uses its parent's bus, without
    // BLUETOOTH_FORCE_DBUS_LE_VERSION.
    static bool probeChild() { return qEnvironmentVariableIsSet("PORTER_FAKEBLUEZ_PROBE_CHILD"); }

    void initTestCase()
    {
        if (probeChild()) {
            QVERIFY(!qEnvironmentVariableIsSet("BLUETOOTH_FORCE_DBUS_LE_VERSION"));
            return;
        }
        // Before anything touches QtDBus or Qt Bluetooth in this process.
        const Status started = m_bus.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        QVERIFY(m_dir.isValid());
        QCOMPARE(qgetenv("BLUETOOTH_FORCE_DBUS_LE_VERSION"), QByteArray("5.66"));
    }
    void cleanup()
    {
        if (probeChild())
            return;
        if (QTest::currentTestFailed())
            qWarning("%s", qPrintable(m_bus.log()));
        QVERIFY(m_bus.reset().ok());
        BleBus::settle();
        m_paths.clear();
        m_dirs.clear();
    }
    void cleanupTestCase() { m_bus.stop(); }

    void versionProbe()
    {
        // Qt's bluetoothd probe (without BLUETOOTH_FORCE_DBUS_LE_VERSION) runs the owner's binary.
        QProcess p;
        p.start(QStringLiteral(PORTER_FAKEBLUEZ_PATH), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("5.66"));
    }

    void versionProbeSelectsTheDBusBackend()
    {
        // Without BLUETOOTH_FORCE_DBUS_LE_VERSION, Qt asks the org.bluez owner's binary for its
        // version (qtbluetooth notes §2.3); only the D-Bus backend can connect here (no kernel
        // Bluetooth). Qt decides once per process, so a child process does the connecting.
        QCOMPARE(addNewDoor(kDoorA, QStringLiteral("Lobby")), QString());
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BLUETOOTH_FORCE_DBUS_LE_VERSION"));
        env.insert(QStringLiteral("PORTER_FAKEBLUEZ_PROBE_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_bus.address());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("connectThroughVersionProbe")});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromLocal8Bit(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("PASS   : TestFakeBluez::connectThroughVersionProbe()")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Using BlueZ LE DBus API")), qPrintable(out));
    }

    void connectThroughVersionProbe()
    {
        if (!probeChild())
            QSKIP("run in a child process by versionProbeSelectsTheDBusBackend");
        const QBluetoothDeviceInfo device = find(kDoorA);
        QVERIFY(device.isValid());
        GattLink link(device);
        QCOMPARE(link.open(), QString());
    }

    void localDevice()
    {
        QBluetoothLocalDevice local;
        QVERIFY(local.isValid());
        QCOMPARE(local.address().toString(), QStringLiteral("00:1A:7D:DA:71:13"));
        QVERIFY(local.hostMode() != QBluetoothLocalDevice::HostPoweredOff);
    }

    void scanFindsDoorAndItsAdvertisement()
    {
        QCOMPARE(addNewDoor(kDoorA, QStringLiteral("Lobby")), QString());
        const QBluetoothDeviceInfo info = find(kDoorA);
        QVERIFY2(info.isValid(), qPrintable(m_bus.log()));
        QCOMPARE(info.name(), QStringLiteral("Lobby"));
        QCOMPARE(info.rssi(), qint16(-60));
        QVERIFY(info.coreConfigurations() & QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
        QVERIFY(info.serviceUuids().contains(quuid(door::ble::kServiceUuid)));
        auto adv = advertisementOf(info);
        QVERIFY(adv);
        QVERIFY(!adv->commissioned);
        QVERIFY(!adv->installMode);
        QCOMPARE(*m_bus.advertisement(kDoorA), info.manufacturerData(door::ble::kCompanyId));
        QCOMPARE(*m_bus.doors(), QStringList{kDoorA});

        // The install button changes what the door advertises; a scan hears the change. The real
        // porter-door presses it on the directory the fake holds (the button takes no lock), while
        // status, which takes the lock, says the door is in use.
        const QString dir = m_dirs.value(kDoorA);
        const Run status = porterDoor({QStringLiteral("status"), QStringLiteral("--state"), dir});
        QCOMPARE(status.code, 1);
        QVERIFY2(status.err.contains(QStringLiteral("in use by another process")), qPrintable(status.err));
        const Run install = porterDoor({QStringLiteral("install"), QStringLiteral("--state"), dir});
        QVERIFY2(install.code == 0, qPrintable(install.err));
        QVERIFY(m_bus.setRssi(kDoorA, -80).ok());
        QVERIFY(m_bus.doorStatus(kDoorA)->value(QStringLiteral("installMode")).toBool());
        const QBluetoothDeviceInfo updated = find(kDoorA, [](const QBluetoothDeviceInfo &i) {
            const auto a = advertisementOf(i);
            return a && a->installMode && i.rssi() == -80;
        });
        adv = advertisementOf(updated);
        QVERIFY(adv);
        QVERIFY(adv->installMode);
        QCOMPARE(updated.rssi(), qint16(-80));
    }

    void commissionAndSyncOverGatt()
    {
        QCOMPARE(addNewDoor(kDoorA, QStringLiteral("Lobby")), QString());
        QVERIFY(m_bus.pressInstallButton(kDoorA).ok());
        const QBluetoothDeviceInfo device = find(kDoorA);
        QVERIFY(device.isValid());

        const door::crypto::KeyPair propertyKey = door::crypto::ed25519Generate();
        door::Bytes identity;
        QSignalSpy codes(m_bus.events(), &test::BleBusEvents::pairingCodeShown);
        QSignalSpy closed(m_bus.events(), &test::BleBusEvents::linkClosed);
        {
            GattLink link(device);
            QCOMPARE(link.open(), QString());
            QCOMPARE(mtuOf(kDoorA), 247);
            door::CommissionClient client(
                commissioning(42, std::size_t(mtuOf(kDoorA) - 3), propertyKey.seed));
            link.run(client);
            QTRY_VERIFY_WITH_TIMEOUT(client.state() == door::CommissionClient::State::AwaitConfirmation ||
                                         client.finished(),
                                     10000);
            QCOMPARE(client.state(), door::CommissionClient::State::AwaitConfirmation);
            // Both displays show the same six digits; the technician presses the door's button.
            const auto doorCode = m_bus.pairingCode(kDoorA);
            QVERIFY(doorCode.ok());
            QCOMPARE(*doorCode, QString::fromStdString(client.result().pairingCode));
            QTRY_COMPARE(codes.size(), 1);
            QCOMPARE(codes.constFirst(), (QVariantList{kDoorA, *doorCode}));
            QVERIFY(m_bus.confirmAtDoor(kDoorA).ok());
            client.confirmPairing();
            link.pump(client);
            QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 10000);
            QVERIFY2(client.result().ok(), client.result().message.c_str());
            identity = client.result().doorIdentityPublicKey;
            // The door ends the link once its session is over, like porter-door serve.
            QVERIFY(link.waitDisconnected());
            QVERIFY(link.disconnected);
            QTRY_COMPARE(closed.size(), 1);
            QCOMPARE(closed.constFirst(), (QVariantList{kDoorA, QStringLiteral("session done")}));
        }
        // Its advertisement follows: commissioned, with its ids (the scan first reports what BlueZ
        // cached, then the door's new advertisement as it hears it).
        auto adv = advertisementOf(find(kDoorA, [](const QBluetoothDeviceInfo &i) {
            const auto a = advertisementOf(i);
            return a && a->commissioned;
        }));
        QVERIFY(adv);
        QVERIFY(adv->commissioned);
        QCOMPARE(adv->propertyId, 7u);
        QCOMPARE(adv->doorId, 42u);
        QCOMPARE(adv->listVersion, 0u);

        {
            GattLink link(find(kDoorA));
            QCOMPARE(link.open(), QString());
            door::AccessList list;
            list.propertyId = 7;
            list.doorId = 42;
            list.version = 1;
            door::SyncClientConfig config;
            config.propertyId = 7;
            config.doorId = 42;
            config.propertySeed = propertyKey.seed;
            config.doorIdentityPublicKey = identity;
            config.linkPayload = std::size_t(mtuOf(kDoorA) - 3);
            config.now = QDateTime::currentSecsSinceEpoch();
            const door::Bytes seed = propertyKey.seed;
            config.updateFor = [list, seed](const door::DoorStatus &) {
                return door::makeFullUpdate(list, seed);
            };
            config.onActivity = [](const std::vector<door::ActivityEntry> &) { return true; };
            door::SyncClient client(config);
            link.onNotification = [&](const QByteArray &value) {
                client.receive(viewOf(value), QDateTime::currentSecsSinceEpoch());
                link.pump(client);
            };
            client.start();
            link.pump(client);
            QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 10000);
            QVERIFY2(client.result().ok(), client.result().message.c_str());
            QVERIFY(client.result().applied);
            QCOMPARE(client.result().applied->version, 1u);
            QVERIFY(link.waitDisconnected());
        }
        adv = advertisementOf(find(kDoorA, [](const QBluetoothDeviceInfo &i) {
            const auto a = advertisementOf(i);
            return a && a->listVersion == 1;
        }));
        QVERIFY(adv);
        QCOMPARE(adv->listVersion, 1u);

        auto status = m_bus.doorStatus(kDoorA);
        QVERIFY(status.ok());
        QVERIFY(status->value(QStringLiteral("commissioned")).toBool());
        QCOMPARE(status->value(QStringLiteral("doorId")).toUInt(), 42u);
        QCOMPARE(status->value(QStringLiteral("version")).toULongLong(), 1ull);
        QCOMPARE(status->value(QStringLiteral("stagedVersion")).toULongLong(), 0ull);
        // The door's clock moves as with porter-door set --clock-offset.
        QVERIFY(m_bus.setClockOffset(kDoorA, 120).ok());
        status = m_bus.doorStatus(kDoorA);
        QVERIFY(qAbs(status->value(QStringLiteral("clockOffsetSeconds")).toLongLong() - 120) <= 2);

        const auto counters = m_bus.counters(kDoorA);
        QVERIFY(counters.ok());
        QCOMPARE(counters->connections, 2);
        QVERIFY(counters->framesToDoor > 0 && counters->bytesToDoor > counters->framesToDoor);
        QVERIFY(counters->framesFromDoor > 0 && counters->bytesFromDoor > counters->framesFromDoor);
        QCOMPARE(counters->rejectedWrites, 0);
        QVERIFY(!counters->connected);
        QVERIFY(m_bus.resetCounters(kDoorA).ok());
        QCOMPARE(m_bus.counters(kDoorA)->bytesToDoor, 0);
    }

    void removeDoorReleasesItsDirectory()
    {
        QCOMPARE(addNewDoor(kDoorA, QStringLiteral("Lobby")), QString());
        QVERIFY(find(kDoorA).isValid());
        QVERIFY(objectPaths().contains(m_paths.value(kDoorA)));
        QVERIFY(m_bus.removeDoor(kDoorA).ok());
        QVERIFY(!objectPaths().contains(m_paths.value(kDoorA)));
        QVERIFY(m_bus.doors()->isEmpty());
        // porter-door has the door again.
        const Run status =
            porterDoor({QStringLiteral("status"), QStringLiteral("--state"), m_dirs.value(kDoorA)});
        QVERIFY2(status.code == 0, qPrintable(status.err));
        QVERIFY(!m_bus.removeDoor(kDoorA).ok());
    }

    void delayedReplies()
    {
        // Every org.bluez reply 30 ms late: Qt's synchronous property reads and the asynchronous
        // connect and writes all still complete.
        QCOMPARE(addNewDoor(kDoorB, QStringLiteral("Gym")), QString());
        QVERIFY(m_bus.pressInstallButton(kDoorB).ok());
        const QBluetoothDeviceInfo device = find(kDoorB);
        QVERIFY(m_bus.setDelay(30).ok());
        GattLink link(device);
        QCOMPARE(link.open(), QString());
        door::CommissionClient client(commissioning(47, 244));
        link.run(client);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), door::CommissionClient::State::AwaitConfirmation, 10000);
    }

    void oversizedCommandWriteRejected()
    {
        QCOMPARE(addNewDoor(kDoorB, QStringLiteral("Gym")), QString());
        QVERIFY(m_bus.setMtu(kDoorB, 23).ok());
        QVERIFY(m_bus.pressInstallButton(kDoorB).ok());
        GattLink link(find(kDoorB));
        QCOMPARE(link.open(), QString());
        QCOMPARE(mtuOf(kDoorB), 23);
        // 21 bytes do not fit one ATT write command at MTU 23: bluetoothd refuses, Qt reports it.
        link.write(QByteArray(21, '\x01'));
        QTRY_COMPARE_WITH_TIMEOUT(link.serviceErrors.size(), 1, 5000);
        QCOMPARE(link.serviceErrors.constFirst(), QLowEnergyService::CharacteristicWriteError);
        auto counters = m_bus.counters(kDoorB);
        QVERIFY(counters.ok());
        QCOMPARE(counters->rejectedWrites, 1);
        QCOMPARE(counters->framesToDoor, 0);
        // 20 bytes do: the first fragment of a commissioning at that payload reaches the door.
        door::CommissionClient client(commissioning(43, 20));
        client.start();
        const auto first = client.nextFragment();
        QVERIFY(first && first->size() == 20);
        link.write(qbytes(*first));
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.counters(kDoorB)->framesToDoor == 1, 5000);
        QCOMPARE(link.serviceErrors.size(), 1);
    }

    void connectFailure()
    {
        QCOMPARE(addNewDoor(kDoorB, QStringLiteral("Gym")), QString());
        const QBluetoothDeviceInfo device = find(kDoorB);
        QVERIFY(m_bus.failNextConnect(kDoorB).ok());
        {
            GattLink link(device);
            QVERIFY(!link.open().isEmpty());
            QCOMPARE(link.controllerErrors,
                     QList<QLowEnergyController::Error>{QLowEnergyController::UnknownError});
            QCOMPARE(link.controller()->state(), QLowEnergyController::UnconnectedState);
        }
        // One-shot: the next attempt connects.
        GattLink again(device);
        QCOMPARE(again.open(), QString());
    }

    void connectOutOfRangeTimesOut()
    {
        QCOMPARE(addNewDoor(kDoorB, QStringLiteral("Gym")), QString());
        const QBluetoothDeviceInfo device = find(kDoorB);
        QVERIFY(m_bus.setConnectTimeout(300).ok());
        QVERIFY(m_bus.setInRange(kDoorB, false).ok());
        GattLink link(device);
        QVERIFY(!link.open().isEmpty());
        QCOMPARE(link.controller()->state(), QLowEnergyController::UnconnectedState);
    }

    void disconnectAfterBytes()
    {
        QCOMPARE(addNewDoor(kDoorA, QStringLiteral("Lobby")), QString());
        QVERIFY(m_bus.pressInstallButton(kDoorA).ok());
        const QBluetoothDeviceInfo device = find(kDoorA);
        const QString service = m_paths.value(kDoorA) + QStringLiteral("/service0010");
        QVERIFY(m_bus.disconnectAfterBytes(kDoorA, 150).ok());
        {
            GattLink link(device);
            QCOMPARE(link.open(), QString());
            QVERIFY(objectPaths().contains(service));
            door::CommissionClient client(commissioning(44, 244));
            link.run(client);
            // A radio drop: Qt sees the link go, the GATT objects are gone, the session never finished.
            QVERIFY(link.waitDisconnected());
            QVERIFY(link.disconnected);
            QVERIFY(!client.finished());
            QVERIFY(!objectPaths().contains(service));
            QVERIFY(objectPaths().contains(m_paths.value(kDoorA)));
            const auto counters = m_bus.counters(kDoorA);
            QVERIFY(counters.ok());
            QVERIFY(counters->bytesToDoor + counters->bytesFromDoor <= 150);
            QCOMPARE(counters->linkDrops, 1);
        }
        // The fault fires once: the door is reachable again.
        GattLink again(device);
        QCOMPARE(again.open(), QString());
        QVERIFY(objectPaths().contains(service));
    }

    void writeErrorsAfterN()
    {
        QCOMPARE(addNewDoor(kDoorB, QStringLiteral("Gym")), QString());
        QVERIFY(m_bus.pressInstallButton(kDoorB).ok());
        GattLink link(find(kDoorB));
        QCOMPARE(link.open(), QString());
        QVERIFY(m_bus.failWritesAfter(kDoorB, 1, QStringLiteral("org.bluez.Error.NotPermitted")).ok());
        door::CommissionClient client(commissioning(45, 20)); // several fragments
        client.start();
        link.pump(client);
        QTRY_VERIFY_WITH_TIMEOUT(!link.serviceErrors.isEmpty(), 5000);
        QCOMPARE(link.serviceErrors.constFirst(), QLowEnergyService::CharacteristicWriteError);
        const auto counters = m_bus.counters(kDoorB);
        QVERIFY(counters.ok());
        QCOMPARE(counters->framesToDoor, 1);
        QVERIFY(counters->rejectedWrites >= 1);
    }

    void poweredOff()
    {
        QCOMPARE(addNewDoor(kDoorA, QStringLiteral("Lobby")), QString());
        const QBluetoothDeviceInfo device = find(kDoorA);
        QVERIFY(m_bus.setPowered(false).ok());
        QBluetoothLocalDevice local;
        QTRY_COMPARE(local.hostMode(), QBluetoothLocalDevice::HostPoweredOff);
        const Scan s = scan(500);
        QCOMPARE(s.errors, QList<QBluetoothDeviceDiscoveryAgent::Error>{
                               QBluetoothDeviceDiscoveryAgent::PoweredOffError});
        GattLink link(device);
        QVERIFY(!link.open().isEmpty());
        QCOMPARE(link.controllerErrors,
                 QList<QLowEnergyController::Error>{QLowEnergyController::ConnectionError});
        // Qt's own powerOn() reaches the fake (Properties.Set Powered).
        local.powerOn();
        QTRY_VERIFY(local.hostMode() != QBluetoothLocalDevice::HostPoweredOff);
        QVERIFY(find(kDoorA).isValid());
    }

    void noAdapter()
    {
        QVERIFY(m_bus.setAdapterPresent(false).ok());
        QBluetoothLocalDevice local;
        QVERIFY(!local.isValid());
        const Scan s = scan(500);
        // Qt 6.4 on BlueZ reports a missing adapter as an input/output error ("Cannot find valid
        // Bluetooth adapter."); QBluetoothLocalDevice says which it is.
        QCOMPARE(s.errors, QList<QBluetoothDeviceDiscoveryAgent::Error>{
                               QBluetoothDeviceDiscoveryAgent::InputOutputError});
        QVERIFY(m_bus.setAdapterPresent(true).ok());
        QVERIFY(QBluetoothLocalDevice().isValid());
    }

    void outOfRangeNotReported()
    {
        QCOMPARE(addNewDoor(kDoorA, QStringLiteral("Lobby")), QString());
        QCOMPARE(addNewDoor(kDoorB, QStringLiteral("Gym")), QString());
        QVERIFY(m_bus.setInRange(kDoorB, false).ok());
        Scan s = scan(700);
        QVERIFY(s.seen.contains(kDoorA));
        QVERIFY(!s.seen.contains(kDoorB)); // never heard: BlueZ has no device for it
        QVERIFY(!objectPaths().contains(m_paths.value(kDoorB)));

        // It walks into range during a scan.
        s = scan(
            3000, [this]() { QVERIFY(m_bus.setInRange(kDoorB, true).ok()); },
            [](const Scan &sc) { return sc.seen.contains(kDoorB); });
        QVERIFY(s.seen.contains(kDoorB));
        QCOMPARE(s.seen.value(kDoorB).rssi(), qint16(-60));

        // Out of range again: BlueZ keeps the device object (without RSSI, the scan ended) until its
        // TemporaryTimeout; Qt reports such a cached device at the next scan's start with RSSI 0 — a
        // scanner must not count it as in range.
        QVERIFY(m_bus.setInRange(kDoorB, false).ok());
        QVERIFY(objectPaths().contains(m_paths.value(kDoorB)));
        s = scan(3000, {}, [](const Scan &sc) { return sc.seen.contains(kDoorB); });
        QVERIFY(s.seen.contains(kDoorB));
        QCOMPARE(s.seen.value(kDoorB).rssi(), qint16(0));
        // After TemporaryTimeout without an advertisement BlueZ forgets it: no longer reported at all.
        QVERIFY(m_bus.setTemporaryTimeout(1).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!objectPaths().contains(m_paths.value(kDoorB)), 5000);
        // (a cached device is reported at once when a scan starts, before anything is heard)
        s = scan(3000, {}, [](const Scan &sc) { return sc.seen.contains(kDoorA); });
        QVERIFY(!s.seen.contains(kDoorB));
        QVERIFY(s.seen.contains(kDoorA));
    }

    void advertisingInterval()
    {
        QCOMPARE(addNewDoor(kDoorA, QStringLiteral("Lobby")), QString());
        QVERIFY(m_bus.setAdvertisingInterval(1500).ok());
        bool heardAtOnce = true;
        const Scan s = scan(
            6000, [&]() { heardAtOnce = objectPaths().contains(m_paths.value(kDoorA)); },
            [](const Scan &sc) { return sc.seen.contains(kDoorA); });
        QVERIFY(!heardAtOnce); // BlueZ has no device until the door's next advertisement
        QVERIFY(s.seen.contains(kDoorA));
    }

    void timingModel()
    {
        // 30 ms connection interval, 4 packets per interval: the protocol still runs end to end (what
        // it costs is measured by scripts/bench, not asserted here).
        QCOMPARE(addNewDoor(kDoorA, QStringLiteral("Lobby")), QString());
        QVERIFY(m_bus.pressInstallButton(kDoorA).ok());
        QVERIFY(m_bus.setTiming(30, 4).ok());
        QVERIFY(m_bus.setMtu(kDoorA, 23).ok());
        GattLink link(find(kDoorA));
        QCOMPARE(link.open(), QString());
        door::CommissionClient client(commissioning(46, 20));
        link.run(client);
        QTRY_VERIFY_WITH_TIMEOUT(
            client.state() == door::CommissionClient::State::AwaitConfirmation || client.finished(), 15000);
        QCOMPARE(client.state(), door::CommissionClient::State::AwaitConfirmation);
        // The door shows its code once the laptop's reveal has crossed the link.
        QTRY_COMPARE_WITH_TIMEOUT(*m_bus.pairingCode(kDoorA),
                                  QString::fromStdString(client.result().pairingCode), 5000);
        const auto counters = m_bus.counters(kDoorA);
        QVERIFY(counters.ok());
        QVERIFY(counters->framesToDoor > 4); // more than one connection event's worth, all in order
    }
};

QTEST_GUILESS_MAIN(TestFakeBluez)
#include "tst_fakebluez.moc"

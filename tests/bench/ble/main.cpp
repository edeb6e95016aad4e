// porter_bench_ble: Door Sync end to end over Bluetooth LE — Porter's sync engine and Bluetooth link
// (porter_ble), Qt's real BlueZ backend, the fake BlueZ on a private bus with its model of BLE timing
// (a 30 ms connection interval, 4 packets per interval and direction), reference doors behind it.
// Prints JSON lines (docs/benchmarks.md): each figure with a baseline measured in the same run — the
// same operation with the timing model off, i.e. what Porter, Qt and D-Bus cost without the radio.
// A program run by scripts/bench, never a ctest: figures are printed, not asserted.

#include "app/backend.h"
#include "ble/bleradio.h"
#include "blebus.h"
#include "devices/deviceservice.h"
#include "door/door.h"
#include "doorstate.h"
#include "link/radio.h"
#include "link/transportfactory.h"
#include "sync/blocking.h"
#include "sync/syncengine.h"
#include "syncfixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace porter;

namespace {

constexpr int kIntervalMs = 30;
constexpr int kPacketsPerInterval = 4;
constexpr int kAdvertisingIntervalMs = 250;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "porter_bench_ble: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T> T must(Result<T> r, const char *what)
{
    if (!r.ok())
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
    return std::move(r).value();
}

void must(const Status &s, const char *what)
{
    if (!s.ok())
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), s.error().message));
}

void line(const QString &name, double value, const QString &unit, double baseline,
          const QJsonObject &extra = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("value"), value},
                  {QStringLiteral("unit"), unit},
                  {QStringLiteral("baseline"), baseline}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// What one timed sync over Bluetooth took and carried.
struct Measured
{
    double connectMs = 0; // open() until the link announced its payload (connect, discovery, notify)
    double syncMs = 0;    // from the link being up to the sync's end
    double totalMs = 0;
    qint64 framesToDoor = 0, bytesToDoor = 0, framesFromDoor = 0, bytesFromDoor = 0;
    QString kind;
    qint64 updateBytes = 0;
    int payload = 0;
};

class Bench
{
public:
    Bench()
    {
        f.clock.set(QDateTime::currentSecsSinceEpoch());
        Key k;
        k.propertyId = f.property.id;
        k.name = QStringLiteral("Bench doors");
        k.schedule = Schedule::parse(QStringLiteral("always")).value();
        k.doorcodesAllowed = true;
        m_keyTemplate = k;
    }

    Id addDoor(const QString &name)
    {
        Door d;
        d.propertyId = f.property.id;
        d.name = name;
        d.type = DoorType::Residence;
        d.connectivity = Connectivity::Offline;
        return must(f.directory->addDoor(f.owner, d), "add door").id;
    }

    Id addKey(const QString &name, const QList<Id> &doors)
    {
        Key k = m_keyTemplate;
        k.name = name;
        k.doorIds = doors;
        return must(f.directory->addKey(f.owner, k), "add key").id;
    }

    void invite(int count, Id keyId, const QString &tag)
    {
        for (int i = 0; i < count; ++i) {
            InviteRequest r = f.inviteRequest(
                QStringLiteral("%1.%2.%3@bench.test").arg(tag).arg(m_invited).arg(i), {keyId});
            r.method = AccessMethod::Doorcode;
            must(f.access->invite(f.owner, r), "invite");
        }
        ++m_invited;
    }

    // A new door commissioned for Porter door `doorId` in its own state directory, then handed to the
    // fake as the device at `address` (the fake takes the directory's lock).
    void commission(Id doorId, const QString &address, int mtu)
    {
        const QString dir = m_dir.filePath(QStringLiteral("door-%1").arg(doorId));
        {
            auto state = must(cli::DoorState::open(dir, cli::DoorState::Mode::Create, 2000), "door state");
            door::Door &d = state->door();
            if (!d.openInstallMode(cli::hostNow()))
                die(QStringLiteral("install mode"));
            must(f.backend->devices().commission(f.owner, doorId, d), "commission");
        }
        must(bus.addDoor(dir, address, QStringLiteral("Door %1").arg(doorId), -55), "fake door");
        must(bus.setMtu(address, mtu), "mtu");
        m_address[doorId] = address;
    }

    // Listens until every address is heard (the radio then knows the devices).
    double scanFor(const QStringList &addresses)
    {
        const auto radio = must(sync::Radio::require(), "radio");
        std::unique_ptr<sync::DoorScanner> scanner = radio->createScanner();
        QSet<QString> waiting(addresses.begin(), addresses.end());
        QElapsedTimer t;
        t.start();
        must(sync::scanBlocking(*scanner, 30,
                                [&](const sync::SeenDoor &d) {
                                    waiting.remove(d.address);
                                    return waiting.isEmpty();
                                }),
             "scan");
        if (!waiting.isEmpty())
            die(QStringLiteral("not heard: %1").arg(QStringList(waiting.begin(), waiting.end()).join(u' ')));
        return double(t.nsecsElapsed()) / 1e6;
    }

    Measured sync(Id doorId)
    {
        const QString address = m_address.value(doorId);
        must(bus.resetCounters(address), "counters");
        auto transport =
            must(sync::TransportFactory::create(sync::DoorAddress::bluetooth(address)), "transport");
        Measured m;
        QElapsedTimer t;
        QObject::connect(transport.get(), &sync::Transport::opened, transport.get(), [&](int payload) {
            m.connectMs = double(t.nsecsElapsed()) / 1e6;
            m.payload = payload;
        });
        sync::SyncEngine engine(*f.backend);
        t.start();
        const auto out = sync::syncBlocking(engine, f.owner, doorId, *transport);
        m.totalMs = double(t.nsecsElapsed()) / 1e6;
        if (!out.ok())
            die(QStringLiteral("sync of door %1: %2").arg(doorId).arg(out.error().message));
        m.syncMs = m.totalMs - m.connectMs;
        m.kind = out->updateKind;
        m.updateBytes = out->updateBytes;
        const test::BleCounters c = must(bus.counters(address), "counters");
        m.framesToDoor = c.framesToDoor;
        m.bytesToDoor = c.bytesToDoor;
        m.framesFromDoor = c.framesFromDoor;
        m.bytesFromDoor = c.bytesFromDoor;
        return m;
    }

    void timing(bool on)
    {
        must(bus.setTiming(on ? kIntervalMs : 0, on ? kPacketsPerInterval : 0), "timing");
    }

    test::BleBus bus;
    test::SyncFixture f;

private:
    Key m_keyTemplate;
    QTemporaryDir m_dir;
    QHash<Id, QString> m_address;
    int m_invited = 0;
};

QJsonObject describe(const Measured &m)
{
    return {{QStringLiteral("connect_ms"), m.connectMs},
            {QStringLiteral("total_ms"), m.totalMs},
            {QStringLiteral("payload"), m.payload},
            {QStringLiteral("update"), m.kind},
            {QStringLiteral("update_bytes"), double(m.updateBytes)},
            {QStringLiteral("frames_to_door"), double(m.framesToDoor)},
            {QStringLiteral("bytes_to_door"), double(m.bytesToDoor)},
            {QStringLiteral("frames_from_door"), double(m.framesFromDoor)},
            {QStringLiteral("bytes_from_door"), double(m.bytesFromDoor)}};
}

QString address(int n)
{
    return QStringLiteral("C0:FF:EE:00:%1:%2")
        .arg(n / 256, 2, 16, QLatin1Char('0'))
        .arg(n % 256, 2, 16, QLatin1Char('0'))
        .toUpper();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("PORTER_KEYCHAIN", "0");
    // The bus first: Qt reads DBUS_SYSTEM_BUS_ADDRESS once per process.
    auto bench = std::make_unique<Bench>();
    must(bench->bus.start(), "fake BlueZ");
    ble::installRadio();
    Bench &b = *bench;

    // Snapshot and delta: per MTU a timed door (model on) and a baseline door (model off).
    const int snapshotPeople = 1500;
    QList<Id> snapDoors;
    for (int i = 0; i < 4; ++i)
        snapDoors << b.addDoor(QStringLiteral("Snapshot %1").arg(i));
    const Id snapKey = b.addKey(QStringLiteral("Snapshot"), snapDoors);
    const Id bigTimed = b.addDoor(QStringLiteral("Big timed"));
    const Id bigBase = b.addDoor(QStringLiteral("Big baseline"));
    const Id bigKey = b.addKey(QStringLiteral("Big"), {bigTimed, bigBase});
    QList<Id> corridor;
    for (int i = 0; i < 20; ++i)
        corridor << b.addDoor(QStringLiteral("Corridor %1").arg(i + 1));
    const Id corridorKey = b.addKey(QStringLiteral("Corridor"), corridor);
    std::fprintf(stderr, "inviting %d + 5000 + 200 people...\n", snapshotPeople);
    b.invite(snapshotPeople, snapKey, QStringLiteral("snap"));
    b.invite(5000, bigKey, QStringLiteral("big"));
    b.invite(200, corridorKey, QStringLiteral("corridor"));

    const int mtus[] = {23, 247};
    QStringList addresses;
    int n = 1;
    for (int i = 0; i < 4; ++i) {
        b.commission(snapDoors[i], address(n), mtus[i / 2]);
        addresses << address(n++);
    }
    b.commission(bigTimed, address(n), 247);
    addresses << address(n++);
    b.commission(bigBase, address(n), 247);
    addresses << address(n++);
    QStringList corridorAddresses;
    for (const Id d : corridor) {
        b.commission(d, address(n), 247);
        corridorAddresses << address(n++);
    }

    // Scan start → door listed, with the fake's advertising (model on) and without.
    // The doors advertise every 250 ms in the timed run (a battery door's usual choice is 100 ms - 1 s).
    b.timing(true);
    must(b.bus.setAdvertisingInterval(kAdvertisingIntervalMs), "advertising interval");
    const double scanTimed = b.scanFor(addresses + corridorAddresses);
    b.timing(false);
    must(b.bus.setAdvertisingInterval(0), "advertising interval");
    const double scanBase = b.scanFor(addresses + corridorAddresses);
    line(QStringLiteral("ble_scan_start_to_26_doors_listed"), scanTimed, QStringLiteral("ms"), scanBase,
         {{QStringLiteral("advertising_interval_ms"), kAdvertisingIntervalMs}});

    for (int i = 0; i < 2; ++i) {
        const int mtu = mtus[i];
        b.timing(true);
        const Measured timed = b.sync(snapDoors[2 * i]);
        b.timing(false);
        const Measured base = b.sync(snapDoors[2 * i + 1]);
        line(QStringLiteral("ble_full_1500_mtu%1_after_connection").arg(mtu), timed.syncMs,
             QStringLiteral("ms"), base.syncMs, describe(timed));
    }
    std::fprintf(stderr, "10 changes...\n");
    b.invite(10, snapKey, QStringLiteral("delta"));
    for (int i = 0; i < 2; ++i) {
        const int mtu = mtus[i];
        b.timing(true);
        const Measured timed = b.sync(snapDoors[2 * i]);
        b.timing(false);
        const Measured base = b.sync(snapDoors[2 * i + 1]);
        line(QStringLiteral("ble_delta_10_mtu%1_after_connection").arg(mtu), timed.syncMs,
             QStringLiteral("ms"), base.syncMs, describe(timed));
    }
    {
        b.timing(true);
        const Measured timed = b.sync(bigTimed);
        b.timing(false);
        const Measured base = b.sync(bigBase);
        line(QStringLiteral("ble_full_5000_mtu247_after_connection"), timed.syncMs, QStringLiteral("ms"),
             base.syncMs, describe(timed));
    }

    // The corridor: every door holds the 200-person list; then 5 changes; then one door after the
    // other, connection included. Baseline: the same walk with the model off, after 5 more changes.
    b.timing(false);
    for (const Id d : corridor)
        b.sync(d);
    double timedPerDoor = 0, timedConnect = 0;
    for (int round = 0; round < 2; ++round) {
        b.invite(5, corridorKey, QStringLiteral("walk%1").arg(round));
        b.timing(round == 0);
        QElapsedTimer t;
        t.start();
        double connect = 0;
        for (const Id d : corridor)
            connect += b.sync(d).connectMs;
        const double perDoor = double(t.nsecsElapsed()) / 1e6 / double(corridor.size());
        if (round == 0) {
            timedPerDoor = perDoor;
            timedConnect = connect / double(corridor.size());
        } else {
            line(QStringLiteral("ble_corridor_20_doors_5_changes_per_door"), timedPerDoor,
                 QStringLiteral("ms"), perDoor, {{QStringLiteral("connect_ms_per_door"), timedConnect}});
        }
    }
    bench.reset();
    return 0;
}

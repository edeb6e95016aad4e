#pragma once

// porter::test::BleBus: a private D-Bus system bus with the fake BlueZ on it (tests/fakebluez), so a
// test process runs Qt's real BlueZ backend against reference doors (docs/testing.md, "The fake
// BlueZ"). Start it before anything in the process touches QtDBus or Qt Bluetooth — e.g. first thing in
// initTestCase — because Qt connects to the system bus once per process and caches its bluetoothd
// choice: start() exports DBUS_SYSTEM_BUS_ADDRESS and BLUETOOTH_FORCE_DBUS_LE_VERSION=5.66 for this
// process and its children. One BleBus per test process; reset() between test functions.

#include "util/result.h"

#include <QDBusConnection>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QVariantMap>
#include <memory>

namespace porter::test {

// What crossed one door's link, from the fake's counters (since addDoor or resetCounters).
struct BleCounters
{
    qint64 framesToDoor = 0, bytesToDoor = 0;     // write commands the door received
    qint64 framesFromDoor = 0, bytesFromDoor = 0; // notifications the door sent
    qint64 connections = 0, linkDrops = 0, rejectedWrites = 0;
    bool connected = false;
    int mtu = 0;
};

// The fake's own signals as Qt signals (BleBus::events()).
class BleBusEvents : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void pairingCodeShown(const QString &address, const QString &code); // the door's display
    void linkClosed(const QString &address, const QString &reason);     // any link to a door ended
    // An external door's link (BleBus::addExternalDoor): opened with this payload size per fragment,
    // a write command that reached the door, the link gone.
    void externalConnected(const QString &address, int payloadSize);
    void externalWrite(const QString &address, const QByteArray &bytes);
    void externalDisconnected(const QString &address);

private Q_SLOTS:
    // Connected by name to the D-Bus signals (QtDBus has no function-pointer form for them).
    void onPairingCodeShown(const QString &address, const QString &code)
    {
        Q_EMIT pairingCodeShown(address, code);
    }
    void onLinkClosed(const QString &address, const QString &reason) { Q_EMIT linkClosed(address, reason); }
    void onExternalConnected(const QString &address, ushort payload)
    {
        Q_EMIT externalConnected(address, int(payload));
    }
    void onExternalWrite(const QString &address, const QByteArray &bytes)
    {
        Q_EMIT externalWrite(address, bytes);
    }
    void onExternalDisconnected(const QString &address) { Q_EMIT externalDisconnected(address); }

    friend class BleBus;
};

class BleBus
{
public:
    BleBus();
    ~BleBus(); // stop()
    BleBus(const BleBus &) = delete;
    BleBus &operator=(const BleBus &) = delete;

    // Starts dbus-daemon (own config, a socket in a temporary directory) and porter-fakebluez on it,
    // waits until org.bluez is owned and exports the environment above. The fake is
    // PORTER_FAKEBLUEZ if set, else the one this build made.
    Status start();
    // Stops the fake (its doors release their state directories) and the bus. Also on destruction.
    void stop();
    bool running() const;
    QString address() const { return m_address; }
    // Everything the fake printed so far (for a failing test's message).
    QString log();

    // Delivers to this process's Qt Bluetooth objects every signal the fake has sent so far (a round
    // trip on the system bus, then the queued events): call it after changing the fake between test
    // functions, so a signal from one test (an adapter removed) does not reach the next one's objects.
    static void settle();

    // A new, uncommissioned door in `directory` (like porter-door init).
    static Status initDoor(const QString &directory);

    // --- org.porter.FakeBluez.Control1 (docs/testing.md lists what each does) ---
    // The door in stateDir as a device at `address` ("AA:BB:CC:DD:EE:FF"): advertising, in range.
    Result<QString> addDoor(const QString &stateDir, const QString &address,
                            const QString &name = QStringLiteral("Porter Door"), int rssi = -60);
    Status removeDoor(const QString &address);
    // A device whose door end is in this process (docs/testing.md, "External doors"): events() reports
    // its link, the door answers with externalNotify and ends the link with externalClose.
    Result<QString> addExternalDoor(const QString &address, const QString &name, int rssi,
                                    const QByteArray &advertisement);
    // These two are sent without waiting for the fake's answer (in order, on the control connection),
    // so a door end may call them from a slot of events(); a link already gone ignores them.
    void externalNotify(const QString &address, const QByteArray &fragment);
    void externalClose(const QString &address);
    Status setExternalAdvertisement(const QString &address, const QByteArray &advertisement);
    // A device that is not a Porter door (by default a heart-rate monitor): it advertises
    // `serviceUuid` and no Porter data, and after Connect its GATT database holds that service only.
    Result<QString>
    addForeignDevice(const QString &address, const QString &name = QStringLiteral("HR Monitor"),
                     int rssi = -60,
                     const QString &serviceUuid = QStringLiteral("0000180d-0000-1000-8000-00805f9b34fb"));
    // What the door's notify characteristic demands from the next StartNotify on: "" nothing,
    // "authentication" (StartNotify fails with org.bluez.Error.NotPermitted "Not paired"),
    // "authorization" (org.bluez.Error.NotAuthorized), as bluetoothd answers those ATT errors.
    Status setSecurity(const QString &address, const QString &requirement);
    // From the next connection on: Connect succeeds (Connected=true) but the GATT discovery never
    // completes (ServicesResolved stays false) until bluetoothd's 30 s ATT timeout drops the link.
    Status stallServiceDiscovery(const QString &address, bool stall);
    Status setInRange(const QString &address, bool inRange);
    Status setRssi(const QString &address, int rssi);
    Status setMtu(const QString &address, int mtu); // from the next connection on
    Status failNextConnect(const QString &address,
                           const QString &errorName = QStringLiteral("org.bluez.Error.Failed"));
    Status disconnectAfterBytes(const QString &address, qint64 bytes); // -1 clears
    Status failWritesAfter(const QString &address, qint64 writes,
                           const QString &errorName = QStringLiteral("org.bluez.Error.Failed")); // -1 clears
    Status dropLink(const QString &address);
    Status setDelay(int ms);
    Status setTiming(int connectionIntervalMs, int packetsPerInterval); // 0, 0: off
    Status setAdvertisingInterval(int ms); // a scan hears a door this long after it starts (0: at once)
    Status setTemporaryTimeout(int seconds);
    Status setConnectTimeout(int ms);
    Status setPowered(bool on);
    Status setAdapterPresent(bool present);
    Status pressInstallButton(const QString &address);
    Status confirmAtDoor(const QString &address);
    Result<QString> pairingCode(const QString &address);           // empty until the door shows one
    Status setClockOffset(const QString &address, qint64 seconds); // as porter-door set --clock-offset
    // What porter-door status would show (that command waits for the lock the fake holds): keys
    // commissioned, faulted, installMode, propertyId, doorId, version, hash, holders, stagedVersion,
    // stagedBytes, battery, firmware, clockOffsetSeconds, activityPending, doorcodeEpoch.
    Result<QVariantMap> doorStatus(const QString &address);
    Result<QByteArray> advertisement(const QString &address);
    Result<BleCounters> counters(const QString &address);
    Status resetCounters(const QString &address);
    Status reset();

    Result<QStringList> doors();

    // The fake's signals: PairingCodeShown and LinkClosed (valid while running).
    BleBusEvents *events() const { return m_events.get(); }
    // The control connection.
    QDBusConnection control() const { return m_control; }

private:
    Result<QVariantList> call(const QString &method, const QVariantList &args);
    Status callStatus(const QString &method, const QVariantList &args);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_daemon;
    QProcess m_fake;
    QString m_address;
    QString m_log;
    QDBusConnection m_control;
    QString m_connectionName;
    std::unique_ptr<BleBusEvents> m_events = std::make_unique<BleBusEvents>();
};

} // namespace porter::test

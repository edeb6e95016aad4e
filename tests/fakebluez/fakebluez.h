#pragma once

// porter-fakebluez: a user-space stand-in for bluetoothd's D-Bus API (org.bluez), enough of it for
// Qt 6.4's BlueZ backends (the notes in docs/testing.md, "The fake BlueZ"), with one reference door
// (core/door) behind every device. Tests drive it through org.porter.FakeBluez.Control1 on the same
// bus (tests/support/blebus.h wraps that).

#include "util/result.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QMap>
#include <QTimer>
#include <QVariantMap>
#include <functional>
#include <map>
#include <memory>

namespace porter::fakebluez {

// The D-Bus shapes BlueZ uses (and Qt's BlueZ backend reads).
using InterfaceList = QMap<QString, QVariantMap>;               // a{sa{sv}}
using ManagedObjectList = QMap<QDBusObjectPath, InterfaceList>; // a{oa{sa{sv}}}
using ManufacturerDataList = QMap<quint16, QDBusVariant>;       // a{qv}

inline constexpr char kBluezService[] = "org.bluez";
inline constexpr char kControlService[] = "org.porter.FakeBluez";
inline constexpr char kControlPath[] = "/org/porter/fakebluez";
inline constexpr char kControlInterface[] = "org.porter.FakeBluez.Control1";
inline constexpr char kAdapterPath[] = "/org/bluez/hci0";
// What the fake answers to `--version` (Qt's bluetoothd version probe, qtbluetooth notes §2.3).
inline constexpr char kBluezVersion[] = "5.66";

struct Device;

class FakeBluez : public QDBusVirtualObject
{
    Q_OBJECT

public:
    // say: one line for the log (stdout of porter-fakebluez).
    FakeBluez(const QDBusConnection &connection, std::function<void(const QString &)> say,
              QObject *parent = nullptr);
    ~FakeBluez() override;

    // Exports the objects, then takes org.porter.FakeBluez and last org.bluez (so a test that sees
    // org.bluez owned finds everything ready).
    Status start();

    // The door in stateDir (it holds the directory's lock, like porter-door serve) as a device at
    // `address`; returns its object path.
    Result<QString> addDoor(const QString &stateDir, const QString &address, const QString &name, int rssi);
    // A device whose door end lives in the control client (docs/testing.md, "External doors"): the
    // fake runs the radio (timing model, MTU, faults, counters) and relays the door's bytes through
    // the control interface's External* signals and methods.
    Result<QString> addExternalDoor(const QString &address, const QString &name, int rssi,
                                    const QByteArray &advertisement);

    // A device that is not a Porter door: it advertises `serviceUuid` (no Porter data) and its GATT
    // database holds that service instead of Porter's (docs/testing.md, "The control interface").
    Result<QString> addForeignDevice(const QString &address, const QString &name, int rssi,
                                     const QString &serviceUuid);

    QString introspect(const QString &path) const override;
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override;

private:
    // Dispatch.
    void handleObjectManager(const QDBusMessage &m);
    void handleProperties(const QDBusMessage &m);
    void handleAdapter(const QDBusMessage &m);
    void handleDevice(Device &d, const QDBusMessage &m);
    void handleGatt(Device &d, const QString &object, const QDBusMessage &m);
    void handleControl(const QDBusMessage &m);

    // Replies to org.bluez calls go out after the configured delay (SetDelay) plus `extraMs`.
    void reply(const QDBusMessage &call, const QDBusMessage &answer, int extraMs = 0);
    void replyNow(const QDBusMessage &call, const QDBusMessage &answer);

    // Objects and their properties.
    ManagedObjectList managedObjects() const;
    InterfaceList interfacesAt(const QString &path) const;
    QVariantMap adapterProperties() const;
    QVariantMap deviceProperties(const Device &d) const;
    QVariantMap serviceProperties(const Device &d) const;
    QVariantMap writeCharProperties(const Device &d) const;
    QVariantMap notifyCharProperties(const Device &d) const;
    QVariantMap cccdProperties(const Device &d) const;
    void emitPropertiesChanged(const QString &path, const QString &interface, const QVariantMap &changed,
                               const QStringList &invalidated = {});
    void emitInterfacesAdded(const QString &path, const InterfaceList &interfaces);
    void emitInterfacesRemoved(const QString &path, const QStringList &interfaces);

    Device *deviceByAddress(const QString &address);
    Device *deviceByPath(const QString &path, QString *rest);

    // The adapter.
    void setPowered(bool on);
    void setAdapterPresent(bool present);
    void startDiscoveryFor(const QString &sender);
    void stopDiscoveryFor(const QString &sender);
    bool discovering() const;                // some client's StartDiscovery is in force
    void watchClient(const QString &sender); // its sessions end when it leaves the bus
    void discoveryEnded();
    void hearAll();
    void hear(Device &d);   // the door's advertisement reaches the scanning adapter
    void forget(Device &d); // BlueZ removes a temporary device (TemporaryTimeout)
    void startAdvertisingInterval(Device &d);

    // The link.
    void connectDevice(Device &d, const QDBusMessage &call);
    void linkUp(Device &d);
    void servicesResolved(Device &d);
    void dropLink(Device &d, const QString &why);
    void writeToDoor(Device &d, const QDBusMessage &call, const QByteArray &value);
    bool deliverToDoor(Device &d, const QByteArray &packet);
    void pumpFromDoor(Device &d, int maxPackets);
    void connectionEvent(Device &d);
    void afterIntervals(Device &d, int intervals, std::function<void(Device &)> step);
    void restartEventTimer(Device &d);
    void tick();

    QString install(std::unique_ptr<Device> d, const QString &address, const QString &name, int rssi);
    void sendControlSignal(const QString &name, const QVariantList &args);
    void removeDoor(const QString &address);
    void reset();

    QDBusConnection m_conn;
    std::function<void(const QString &)> m_say;
    bool m_trace = false;                                 // PORTER_FAKEBLUEZ_TRACE: log every call
    std::map<QString, std::unique_ptr<Device>> m_devices; // by address
    QDBusServiceWatcher m_clients;                        // senders holding discovery or notify sessions
    QTimer m_tick;

    bool m_adapterPresent = true;
    bool m_powered = true;
    // sender → its discovery filter (SetDiscoveryFilter), with "active" while its StartDiscovery holds
    QMap<QString, QVariantMap> m_discoverers;
    int m_delayMs = 0;
    int m_intervalMs = 0; // 0: the timing model is off (everything as fast as the event loop)
    int m_packetsPerInterval = 0;
    int m_temporaryTimeoutS = 30;    // BlueZ's TemporaryTimeout (main.conf)
    int m_connectTimeoutMs = 2000;   // a Connect to a door out of range fails after this
    int m_advertisingIntervalMs = 0; // a scan hears a door this long after it starts (0: at once)
    QElapsedTimer m_clock;
};

} // namespace porter::fakebluez

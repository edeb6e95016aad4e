#include "fakebluez.h"

#include "door/ble.h"
#include "door/door.h"
#include "door/session.h"
#include "doorstate.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <climits>
#include <deque>
#include <utility>

using porter::cli::hostNow;

namespace porter::fakebluez {

namespace {

const QString kObjectManager = QStringLiteral("org.freedesktop.DBus.ObjectManager");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");
const QString kIntrospectable = QStringLiteral("org.freedesktop.DBus.Introspectable");
const QString kAdapter1 = QStringLiteral("org.bluez.Adapter1");
const QString kDevice1 = QStringLiteral("org.bluez.Device1");
const QString kService1 = QStringLiteral("org.bluez.GattService1");
const QString kChar1 = QStringLiteral("org.bluez.GattCharacteristic1");
const QString kDesc1 = QStringLiteral("org.bluez.GattDescriptor1");
const QString kCccdUuid = QStringLiteral("00002902-0000-1000-8000-00805f9b34fb");

// The door's GATT table, named as bluetoothd names a remote database: service by its start handle,
// characteristics by their declaration handle, descriptors by their handle.
const QString kServiceNode = QStringLiteral("/service0010");
const QString kWriteCharNode = QStringLiteral("/service0010/char0011");
const QString kNotifyCharNode = QStringLiteral("/service0010/char0013");
const QString kCccdNode = QStringLiteral("/service0010/char0013/desc0015");

// A device that is not a Porter door (AddForeignDevice) offers this GATT table instead: a heart-rate
// monitor's control point (write) and measurement (notify) under the service it advertises.
const QString kForeignWriteUuid = QStringLiteral("00002a39-0000-1000-8000-00805f9b34fb");
const QString kForeignNotifyUuid = QStringLiteral("00002a37-0000-1000-8000-00805f9b34fb");
// bluetoothd gives up on an ATT request the peer does not answer after this long and drops the link
// (src/shared/att.c, ATT_TIMEOUT_INTERVAL): a GATT discovery that never completes ends so.
constexpr int kAttTimeoutMs = 30000;

// Packets the local stack takes from Qt before a write-without-response waits for the radio (the
// controller's ACL buffers, timing model only).
constexpr std::size_t kRadioBuffer = 8;
// porter-door serve drops a connection without traffic for this long; so does the fake's door.
constexpr int kIdleTimeoutMs = 30000;
// Timing model: connection establishment, then MTU exchange and primary service, characteristic and
// descriptor discovery (one request/response each, two connection intervals per exchange).
constexpr int kConnectIntervals = 2;
constexpr int kDiscoveryIntervals = 8;
constexpr int kCccdWriteIntervals = 2;

QString uuid(std::string_view v)
{
    return QString::fromLatin1(v.data(), qsizetype(v.size()));
}

QByteArray qbytes(const door::Bytes &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
}

door::ByteView viewOf(const QByteArray &b)
{
    return door::ByteView(reinterpret_cast<const std::uint8_t *>(b.constData()), std::size_t(b.size()));
}

// bluetoothd's messages for the errors tests inject (src/error.c).
QString bluezMessage(const QString &name)
{
    static const QMap<QString, QString> messages{
        {QStringLiteral("org.bluez.Error.Failed"), QStringLiteral("Operation failed")},
        {QStringLiteral("org.bluez.Error.NotPermitted"), QStringLiteral("Write not permitted")},
        {QStringLiteral("org.bluez.Error.NotAuthorized"), QStringLiteral("Operation Not Authorized")},
        {QStringLiteral("org.bluez.Error.InvalidValueLength"), QStringLiteral("Invalid Value Length")},
        {QStringLiteral("org.bluez.Error.InProgress"), QStringLiteral("In Progress")},
        {QStringLiteral("org.bluez.Error.NotConnected"), QStringLiteral("Not Connected")},
        {QStringLiteral("org.bluez.Error.NotReady"), QStringLiteral("Resource Not Ready")},
        {QStringLiteral("org.bluez.Error.AuthenticationFailed"), QStringLiteral("Authentication Failed")},
    };
    return messages.value(name, QStringLiteral("Operation failed"));
}

bool validAddress(const QString &address)
{
    static const QRegularExpression re(QStringLiteral("^([0-9A-F]{2}:){5}[0-9A-F]{2}$"));
    return re.match(address).hasMatch();
}

} // namespace

// One advertising door: the BlueZ device object, its link and the reference door behind it.
struct Device
{
    QString address, name, path;
    std::unique_ptr<cli::DoorState> state;
    qint16 rssi = -60;
    bool inRange = true;
    quint16 mtu = 247;

    // What org.bluez shows.
    bool exported = false;  // the Device1 object exists (BlueZ heard it; until TemporaryTimeout)
    bool rssiValid = false; // heard during the current discovery
    qint16 rssiShown = 0;
    QByteArray advertised; // the ManufacturerData value last shown
    QTimer temporaryTimer; // BlueZ forgets an unconnected temporary device this long after it was last heard

    // The link.
    enum class Link
    {
        Down,
        Connecting,
        Up
    } link = Link::Down;
    int generation = 0; // bumped whenever the link goes down: stale timed steps check it
    QDBusMessage pendingConnect;
    bool gattExported = false;
    bool resolved = false;
    QStringList notifySenders;
    std::unique_ptr<door::DoorSession> session;
    bool codeShown = false;
    bool ending = false; // the door's session is over: the door drops the link once its last fragment went
    QByteArray notifyValue;
    std::deque<QByteArray> toDoor;       // written by Qt, not yet on the air (timing model)
    std::deque<QDBusMessage> heldWrites; // their replies, held while the radio buffer is full
    QTimer eventTimer;                   // connection events (timing model)
    QTimer idle;

    // Faults, set through the control interface.
    QString failNextConnect;
    qint64 dropBudget = -1;          // bytes (both ways) the link carries before it drops; -1: no drop
    qint64 writesBeforeFailure = -1; // successful writes before writes fail; -1: none
    QString writeError;
    bool writesFailing = false;
    // SetSecurity: what the door's notify characteristic demands ("" nothing, "authentication",
    // "authorization"): bluetoothd's StartNotify then fails as in src/gatt-client.c.
    QString security;
    bool stallDiscovery = false; // StallServiceDiscovery: the GATT discovery never completes
    bool retired = false;        // being removed (RemoveDoor): no longer heard
    qint64 audibleFromMs = 0;    // advertising interval: not heard before this (FakeBluez::m_clock)

    // Counters since AddDoor or ResetCounters.
    qint64 framesToDoor = 0, bytesToDoor = 0, framesFromDoor = 0, bytesFromDoor = 0;
    qint64 connections = 0, rejectedWrites = 0, linkDrops = 0;

    // External door (AddExternalDoor): the door end lives in the control client, which hears
    // ExternalConnected/ExternalWrite/ExternalDisconnected and answers with ExternalNotify/ExternalClose.
    bool external = false;
    bool externalOpen = false;           // the client's door end has this link
    bool externalClosed = false;         // ExternalClose: the door ends the link once its fragments went
    std::deque<QByteArray> fromExternal; // ExternalNotify fragments not yet on the air
    QByteArray externalAdvertisement;    // SetExternalAdvertisement

    // A device that is not a Porter door (AddForeignDevice): it advertises `foreignService` and no
    // Porter data, and its GATT database holds that service, not Porter's. Nothing answers behind it.
    bool foreign = false;
    QString foreignService;

    door::Door &door() { return state->door(); }
    bool doorEndOpen() const { return session || externalOpen; }
    bool hosted() const { return !external && !foreign; }
    QString servicePath() const { return path + kServiceNode; }
    QString writeCharPath() const { return path + kWriteCharNode; }
    QString notifyCharPath() const { return path + kNotifyCharNode; }
    QString cccdPath() const { return path + kCccdNode; }
    int payload() const { return int(mtu) - 3; }
};

FakeBluez::FakeBluez(const QDBusConnection &connection, std::function<void(const QString &)> say,
                     QObject *parent)
    : QDBusVirtualObject(parent)
    , m_conn(connection)
    , m_say(std::move(say))
    , m_trace(qEnvironmentVariableIsSet("PORTER_FAKEBLUEZ_TRACE"))
{
    qDBusRegisterMetaType<InterfaceList>();
    qDBusRegisterMetaType<ManagedObjectList>();
    qDBusRegisterMetaType<ManufacturerDataList>();
    m_clients.setConnection(m_conn);
    m_clients.setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
    connect(&m_clients, &QDBusServiceWatcher::serviceUnregistered, this, [this](const QString &sender) {
        // A client that vanished gives up its discovery and notification sessions, as in bluetoothd.
        m_clients.removeWatchedService(sender);
        if (m_discoverers.contains(sender))
            stopDiscoveryFor(sender);
        for (auto &[address, d] : m_devices) {
            if (d->notifySenders.removeAll(sender) && d->notifySenders.isEmpty() && d->gattExported)
                emitPropertiesChanged(d->notifyCharPath(), kChar1, {{QStringLiteral("Notifying"), false}});
        }
    });
    // The door's clock and deadlines (DoorSession::tick), advertising while the adapter scans.
    m_clock.start();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &FakeBluez::tick);
}

FakeBluez::~FakeBluez()
{
    for (auto &[address, d] : m_devices)
        if (d->session && d->link == Device::Link::Up)
            d->session->linkLost(); // anything staged stays staged, as when porter-door serve stops
}

Status FakeBluez::start()
{
    if (!m_conn.isConnected())
        return makeError(ErrorCode::Unavailable, QStringLiteral("not connected to a D-Bus bus"));
    if (!m_conn.registerVirtualObject(QStringLiteral("/"), this, QDBusConnection::SubPath))
        return makeError(ErrorCode::Unavailable, QStringLiteral("cannot register the objects"));
    if (!m_conn.registerService(QString::fromLatin1(kControlService)))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("cannot own %1").arg(QLatin1String(kControlService)));
    if (!m_conn.registerService(QString::fromLatin1(kBluezService)))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("cannot own org.bluez (is bluetoothd running?)"));
    m_tick.start();
    return {};
}

// ---------------------------------------------------------------------------------------------
// Objects and properties

QVariantMap FakeBluez::adapterProperties() const
{
    return {
        {QStringLiteral("Address"), QStringLiteral("00:1A:7D:DA:71:13")},
        {QStringLiteral("AddressType"), QStringLiteral("public")},
        {QStringLiteral("Name"), QStringLiteral("porter-ci")},
        {QStringLiteral("Alias"), QStringLiteral("porter-ci")},
        {QStringLiteral("Class"), quint32(0)},
        {QStringLiteral("Powered"), m_powered},
        {QStringLiteral("Discoverable"), false},
        {QStringLiteral("DiscoverableTimeout"), quint32(180)},
        {QStringLiteral("Pairable"), false},
        {QStringLiteral("PairableTimeout"), quint32(0)},
        {QStringLiteral("Discovering"), m_powered && discovering()},
        {QStringLiteral("UUIDs"), QStringList()},
        {QStringLiteral("Modalias"), QStringLiteral("usb:v1D6Bp0246d0542")},
        {QStringLiteral("Roles"), QStringList{QStringLiteral("central"), QStringLiteral("peripheral")}},
    };
}

QVariantMap FakeBluez::deviceProperties(const Device &d) const
{
    ManufacturerDataList data;
    data.insert(door::ble::kCompanyId, QDBusVariant(d.advertised));
    QVariantMap p{
        {QStringLiteral("Address"), d.address},
        {QStringLiteral("AddressType"), QStringLiteral("public")},
        {QStringLiteral("Name"), d.name},
        {QStringLiteral("Alias"), d.name},
        {QStringLiteral("Paired"), false},
        {QStringLiteral("Trusted"), false},
        {QStringLiteral("Blocked"), false},
        {QStringLiteral("LegacyPairing"), false},
        {QStringLiteral("Connected"), d.link == Device::Link::Up},
        {QStringLiteral("UUIDs"), QStringList{d.foreign ? d.foreignService : uuid(door::ble::kServiceUuid)}},
        {QStringLiteral("Adapter"), QVariant::fromValue(QDBusObjectPath(QString::fromLatin1(kAdapterPath)))},
        {QStringLiteral("ManufacturerData"), QVariant::fromValue(data)},
        {QStringLiteral("ServicesResolved"), d.resolved},
        {QStringLiteral("AdvertisingFlags"), QByteArray(1, char(0x06))},
    };
    if (d.foreign)
        p.remove(QStringLiteral("ManufacturerData")); // BlueZ shows the property only once data was heard
    if (d.rssiValid)
        p.insert(QStringLiteral("RSSI"), d.rssiShown);
    return p;
}

QVariantMap FakeBluez::serviceProperties(const Device &d) const
{
    return {
        {QStringLiteral("UUID"), d.foreign ? d.foreignService : uuid(door::ble::kServiceUuid)},
        {QStringLiteral("Device"), QVariant::fromValue(QDBusObjectPath(d.path))},
        {QStringLiteral("Primary"), true},
    };
}

QVariantMap FakeBluez::writeCharProperties(const Device &d) const
{
    return {
        {QStringLiteral("UUID"), d.foreign ? kForeignWriteUuid : uuid(door::ble::kWriteCharacteristicUuid)},
        {QStringLiteral("Service"), QVariant::fromValue(QDBusObjectPath(d.servicePath()))},
        {QStringLiteral("Value"), QByteArray()},
        {QStringLiteral("Flags"),
         QStringList{d.foreign ? QStringLiteral("write") : QStringLiteral("write-without-response")}},
        {QStringLiteral("MTU"), d.mtu},
    };
}

QVariantMap FakeBluez::notifyCharProperties(const Device &d) const
{
    return {
        {QStringLiteral("UUID"), d.foreign ? kForeignNotifyUuid : uuid(door::ble::kNotifyCharacteristicUuid)},
        {QStringLiteral("Service"), QVariant::fromValue(QDBusObjectPath(d.servicePath()))},
        {QStringLiteral("Value"), d.notifyValue},
        {QStringLiteral("Notifying"), !d.notifySenders.isEmpty()},
        {QStringLiteral("Flags"), QStringList{QStringLiteral("notify")}},
        {QStringLiteral("MTU"), d.mtu},
    };
}

QVariantMap FakeBluez::cccdProperties(const Device &d) const
{
    return {
        {QStringLiteral("UUID"), kCccdUuid},
        {QStringLiteral("Characteristic"), QVariant::fromValue(QDBusObjectPath(d.notifyCharPath()))},
        {QStringLiteral("Value"),
         d.notifySenders.isEmpty() ? QByteArray(2, '\0') : QByteArray("\x01\x00", 2)},
    };
}

InterfaceList FakeBluez::interfacesAt(const QString &path) const
{
    const auto with = [](const QString &iface, const QVariantMap &props) {
        return InterfaceList{{kIntrospectable, {}}, {kProperties, {}}, {iface, props}};
    };
    if (!m_adapterPresent)
        return {};
    if (path == QLatin1String(kAdapterPath))
        return with(kAdapter1, adapterProperties());
    for (const auto &[address, d] : m_devices) {
        if (!d->exported || !path.startsWith(d->path))
            continue;
        if (path == d->path)
            return with(kDevice1, deviceProperties(*d));
        if (!d->gattExported)
            return {};
        if (path == d->servicePath())
            return with(kService1, serviceProperties(*d));
        if (path == d->writeCharPath())
            return with(kChar1, writeCharProperties(*d));
        if (path == d->notifyCharPath())
            return with(kChar1, notifyCharProperties(*d));
        if (path == d->cccdPath())
            return with(kDesc1, cccdProperties(*d));
    }
    return {};
}

ManagedObjectList FakeBluez::managedObjects() const
{
    ManagedObjectList all;
    if (!m_adapterPresent)
        return all;
    const auto add = [&](const QString &path) { all.insert(QDBusObjectPath(path), interfacesAt(path)); };
    add(QString::fromLatin1(kAdapterPath));
    for (const auto &[address, d] : m_devices) {
        if (!d->exported)
            continue;
        add(d->path);
        if (d->gattExported)
            for (const QString &p :
                 {d->servicePath(), d->writeCharPath(), d->notifyCharPath(), d->cccdPath()})
                add(p);
    }
    return all;
}

void FakeBluez::emitPropertiesChanged(const QString &path, const QString &interface,
                                      const QVariantMap &changed, const QStringList &invalidated)
{
    QDBusMessage s = QDBusMessage::createSignal(path, kProperties, QStringLiteral("PropertiesChanged"));
    s << interface << changed << invalidated;
    m_conn.send(s);
}

void FakeBluez::emitInterfacesAdded(const QString &path, const InterfaceList &interfaces)
{
    QDBusMessage s =
        QDBusMessage::createSignal(QStringLiteral("/"), kObjectManager, QStringLiteral("InterfacesAdded"));
    s << QVariant::fromValue(QDBusObjectPath(path)) << QVariant::fromValue(interfaces);
    m_conn.send(s);
}

void FakeBluez::emitInterfacesRemoved(const QString &path, const QStringList &interfaces)
{
    QDBusMessage s =
        QDBusMessage::createSignal(QStringLiteral("/"), kObjectManager, QStringLiteral("InterfacesRemoved"));
    s << QVariant::fromValue(QDBusObjectPath(path)) << QStringList{kIntrospectable, kProperties} + interfaces;
    m_conn.send(s);
}

Device *FakeBluez::deviceByAddress(const QString &address)
{
    const auto it = m_devices.find(address.toUpper());
    return it == m_devices.end() ? nullptr : it->second.get();
}

Device *FakeBluez::deviceByPath(const QString &path, QString *rest)
{
    for (auto &[address, d] : m_devices) {
        if (d->exported && (path == d->path || path.startsWith(d->path + QLatin1Char('/')))) {
            *rest = path.mid(d->path.size());
            return d.get();
        }
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Dispatch

QString FakeBluez::introspect(const QString &path) const
{
    const InterfaceList here = path == QLatin1String(kControlPath)
                                   ? InterfaceList{{QString::fromLatin1(kControlInterface), {}}}
                                   : interfacesAt(path);
    QString xml;
    for (auto it = here.cbegin(); it != here.cend(); ++it)
        if (it.key() != kIntrospectable && it.key() != kProperties)
            xml += QStringLiteral("<interface name=\"%1\"/>\n").arg(it.key());
    if (path == QLatin1String("/"))
        xml += QStringLiteral("<interface name=\"%1\"/>\n").arg(kObjectManager);
    return xml;
}

bool FakeBluez::handleMessage(const QDBusMessage &message, const QDBusConnection &)
{
    if (message.type() != QDBusMessage::MethodCallMessage)
        return false;
    if (m_trace)
        m_say(QStringLiteral("call %1 %2.%3(%4) from %5")
                  .arg(message.path(), message.interface(), message.member(), message.signature(),
                       message.service()));
    const QString path = message.path();
    const QString iface = message.interface();
    if (path == QLatin1String("/") && (iface == kObjectManager || iface.isEmpty()) &&
        message.member() == QLatin1String("GetManagedObjects")) {
        handleObjectManager(message);
        return true;
    }
    if (path == QLatin1String(kControlPath)) {
        handleControl(message);
        return true;
    }
    if (iface == kIntrospectable)
        return false; // Qt answers from introspect()
    if (iface == kProperties) {
        handleProperties(message);
        return true;
    }
    if (m_adapterPresent && path == QLatin1String(kAdapterPath)) {
        handleAdapter(message);
        return true;
    }
    QString rest;
    if (m_adapterPresent) {
        if (Device *d = deviceByPath(path, &rest)) {
            if (rest.isEmpty())
                handleDevice(*d, message);
            else if (d->gattExported)
                handleGatt(*d, rest, message);
            else
                replyNow(message,
                         message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownObject"),
                                                  QStringLiteral("No such object path '%1'").arg(path)));
            return true;
        }
    }
    replyNow(message, message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownObject"),
                                               QStringLiteral("No such object path '%1'").arg(path)));
    return true;
}

void FakeBluez::replyNow(const QDBusMessage &call, const QDBusMessage &answer)
{
    if (call.isReplyRequired())
        m_conn.send(answer);
}

void FakeBluez::reply(const QDBusMessage &call, const QDBusMessage &answer, int extraMs)
{
    const int ms = m_delayMs + extraMs;
    if (ms <= 0) {
        replyNow(call, answer);
        return;
    }
    QTimer::singleShot(ms, this, [this, call, answer]() { replyNow(call, answer); });
}

void FakeBluez::handleObjectManager(const QDBusMessage &m)
{
    reply(m, m.createReply(QVariant::fromValue(managedObjects())));
}

void FakeBluez::handleProperties(const QDBusMessage &m)
{
    const QVariantList args = m.arguments();
    const QString member = m.member();
    const InterfaceList here = interfacesAt(m.path());
    const auto fail = [&](const QString &name, const QString &text) {
        reply(m, m.createErrorReply(name, text));
    };
    if (here.isEmpty())
        return fail(QStringLiteral("org.freedesktop.DBus.Error.UnknownObject"),
                    QStringLiteral("No such object path '%1'").arg(m.path()));
    const QString iface = args.value(0).toString();
    if (!here.contains(iface))
        return fail(QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                    QStringLiteral("No such interface '%1'").arg(iface));
    const QVariantMap props = here.value(iface);
    if (member == QLatin1String("GetAll") && m.signature() == QLatin1String("s"))
        return reply(m, m.createReply(props));
    if (member == QLatin1String("Get") && m.signature() == QLatin1String("ss")) {
        const QString name = args.value(1).toString();
        if (!props.contains(name))
            return fail(QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                        QStringLiteral("No such property '%1'").arg(name));
        return reply(m, m.createReply(QVariant::fromValue(QDBusVariant(props.value(name)))));
    }
    if (member == QLatin1String("Set") && m.signature() == QLatin1String("ssv")) {
        const QString name = args.value(1).toString();
        const QVariant value = qvariant_cast<QDBusVariant>(args.value(2)).variant();
        if (iface == kAdapter1 && name == QLatin1String("Powered") &&
            value.metaType() == QMetaType::fromType<bool>()) {
            setPowered(value.toBool());
            return reply(m, m.createReply());
        }
        if (iface == kAdapter1 && (name == QLatin1String("Discoverable") ||
                                   name == QLatin1String("Pairable") || name == QLatin1String("Alias")))
            return reply(m, m.createReply()); // accepted, not modelled
        return fail(QStringLiteral("org.freedesktop.DBus.Error.PropertyReadOnly"),
                    QStringLiteral("Property '%1' is not writable").arg(name));
    }
    fail(QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
         QStringLiteral("Unknown method %1 or signature %2").arg(member, m.signature()));
}

void FakeBluez::handleAdapter(const QDBusMessage &m)
{
    const QString member = m.member();
    const QString sender = m.service();
    if (member == QLatin1String("StartDiscovery")) {
        if (!m_powered)
            return reply(m, m.createErrorReply(QStringLiteral("org.bluez.Error.NotReady"),
                                               bluezMessage(QStringLiteral("org.bluez.Error.NotReady"))));
        if (m_discoverers.contains(sender) &&
            m_discoverers.value(sender).value(QStringLiteral("active")).toBool())
            return reply(m, m.createErrorReply(QStringLiteral("org.bluez.Error.InProgress"),
                                               QStringLiteral("Operation already in progress")));
        reply(m, m.createReply());
        startDiscoveryFor(sender);
        return;
    }
    if (member == QLatin1String("StopDiscovery")) {
        if (!m_discoverers.value(sender).value(QStringLiteral("active")).toBool())
            return reply(m, m.createErrorReply(QStringLiteral("org.bluez.Error.Failed"),
                                               QStringLiteral("No discovery started")));
        reply(m, m.createReply());
        stopDiscoveryFor(sender);
        return;
    }
    if (member == QLatin1String("SetDiscoveryFilter") && m.signature() == QLatin1String("a{sv}")) {
        const QVariantMap filter = qdbus_cast<QVariantMap>(m.arguments().value(0));
        const QString transport =
            filter.value(QStringLiteral("Transport"), QStringLiteral("auto")).toString();
        if (transport != QLatin1String("auto") && transport != QLatin1String("le") &&
            transport != QLatin1String("bredr"))
            return reply(m, m.createErrorReply(QStringLiteral("org.bluez.Error.InvalidArguments"),
                                               QStringLiteral("Invalid arguments in method call")));
        QVariantMap kept = filter;
        kept.insert(QStringLiteral("active"), m_discoverers.value(sender).value(QStringLiteral("active")));
        m_discoverers.insert(sender, kept);
        watchClient(sender);
        return reply(m, m.createReply());
    }
    if (member == QLatin1String("RemoveDevice") && m.signature() == QLatin1String("o")) {
        const QString path = qvariant_cast<QDBusObjectPath>(m.arguments().value(0)).path();
        QString rest;
        Device *d = deviceByPath(path, &rest);
        if (!d || !rest.isEmpty())
            return reply(m, m.createErrorReply(QStringLiteral("org.bluez.Error.DoesNotExist"),
                                               QStringLiteral("Does Not Exist")));
        if (d->link != Device::Link::Down)
            dropLink(*d, QStringLiteral("device removed"));
        forget(*d);
        return reply(m, m.createReply());
    }
    reply(m, m.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
                                QStringLiteral("Unknown method %1 on %2").arg(member, kAdapter1)));
}

void FakeBluez::handleDevice(Device &d, const QDBusMessage &m)
{
    const QString member = m.member();
    if (member == QLatin1String("Connect"))
        return connectDevice(d, m);
    if (member == QLatin1String("Disconnect")) {
        if (d.link == Device::Link::Down)
            return reply(m, m.createErrorReply(QStringLiteral("org.bluez.Error.NotConnected"),
                                               bluezMessage(QStringLiteral("org.bluez.Error.NotConnected"))));
        dropLink(d, QStringLiteral("central disconnected"));
        return reply(m, m.createReply());
    }
    if (member == QLatin1String("Pair") || member == QLatin1String("CancelPairing") ||
        member == QLatin1String("ConnectProfile") || member == QLatin1String("DisconnectProfile"))
        // Porter's doors authenticate in their own protocol; Bluetooth pairing is not modelled.
        return reply(m, m.createErrorReply(QStringLiteral("org.bluez.Error.NotSupported"),
                                           QStringLiteral("Operation is not supported")));
    reply(m, m.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
                                QStringLiteral("Unknown method %1 on %2").arg(member, kDevice1)));
}

void FakeBluez::handleGatt(Device &d, const QString &object, const QDBusMessage &m)
{
    const QString member = m.member();
    const QString sender = m.service();
    const auto fail = [&](const QString &name, const QString &text) {
        reply(m, m.createErrorReply(name, text));
    };
    const QString notSupported = QStringLiteral("org.bluez.Error.NotSupported");
    const QString notSupportedText = QStringLiteral("Operation is not supported");
    if (object == kWriteCharNode || object == kNotifyCharNode) {
        const bool isWrite = object == kWriteCharNode;
        if (member == QLatin1String("WriteValue") && m.signature() == QLatin1String("aya{sv}")) {
            const QByteArray value = m.arguments().value(0).toByteArray();
            const QVariantMap options = qdbus_cast<QVariantMap>(m.arguments().value(1));
            const QString type = options.value(QStringLiteral("type")).toString();
            // bluetoothd (src/gatt-client.c): a write request needs the "write" property, a command
            // "write-without-response"; no type picks what the characteristic offers.
            if (!isWrite || type == QLatin1String("request") || type == QLatin1String("reliable"))
                return fail(notSupported, notSupportedText);
            return writeToDoor(d, m, value);
        }
        if (member == QLatin1String("ReadValue"))
            // Neither characteristic is readable (docs/door-protocol.md §13): the door answers
            // "Read Not Permitted".
            return fail(QStringLiteral("org.bluez.Error.NotPermitted"), QStringLiteral("Read not permitted"));
        if (member == QLatin1String("StartNotify")) {
            if (isWrite)
                return fail(notSupported, notSupportedText);
            if (d.notifySenders.contains(sender))
                return fail(QStringLiteral("org.bluez.Error.InProgress"),
                            bluezMessage(QStringLiteral("org.bluez.Error.InProgress")));
            // Enabling notifications is a write request to the CCCD: two connection intervals.
            const int gen = d.generation;
            afterIntervals(d, kCccdWriteIntervals, [this, m, sender, gen](Device &dev) {
                if (dev.generation != gen || !dev.gattExported)
                    return;
                // The door answers the CCCD write request with an ATT error. bluetoothd
                // (src/gatt-client.c, create_gatt_dbus_error): Insufficient Authentication (after its
                // attempt to raise the link's security, which the door refuses) → NotPermitted "Not
                // paired"; Insufficient Authorization → NotAuthorized "Operation Not Authorized".
                if (dev.security == QLatin1String("authentication"))
                    return reply(m, m.createErrorReply(QStringLiteral("org.bluez.Error.NotPermitted"),
                                                       QStringLiteral("Not paired")));
                if (dev.security == QLatin1String("authorization"))
                    return reply(
                        m, m.createErrorReply(QStringLiteral("org.bluez.Error.NotAuthorized"),
                                              bluezMessage(QStringLiteral("org.bluez.Error.NotAuthorized"))));
                const bool first = dev.notifySenders.isEmpty();
                dev.notifySenders.append(sender);
                watchClient(sender);
                if (first)
                    emitPropertiesChanged(dev.notifyCharPath(), kChar1,
                                          {{QStringLiteral("Notifying"), true}});
                reply(m, m.createReply());
                if (m_intervalMs == 0)
                    pumpFromDoor(dev, INT_MAX);
            });
            return;
        }
        if (member == QLatin1String("StopNotify")) {
            if (!d.notifySenders.removeAll(sender))
                return fail(QStringLiteral("org.bluez.Error.Failed"),
                            QStringLiteral("No notify session started"));
            if (d.notifySenders.isEmpty())
                emitPropertiesChanged(d.notifyCharPath(), kChar1, {{QStringLiteral("Notifying"), false}});
            return reply(m, m.createReply());
        }
        if (member == QLatin1String("AcquireWrite") || member == QLatin1String("AcquireNotify"))
            return fail(notSupported, notSupportedText);
    } else if (object == kCccdNode) {
        if (member == QLatin1String("ReadValue"))
            return reply(m, m.createReply(cccdProperties(d).value(QStringLiteral("Value"))));
        if (member == QLatin1String("WriteValue"))
            // bluetoothd does not let clients write a CCCD: they call StartNotify/StopNotify.
            return fail(QStringLiteral("org.bluez.Error.NotPermitted"),
                        QStringLiteral("Write not permitted"));
    } else if (object != kServiceNode) {
        return fail(QStringLiteral("org.freedesktop.DBus.Error.UnknownObject"),
                    QStringLiteral("No such object path '%1'").arg(m.path()));
    }
    fail(QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
         QStringLiteral("Unknown method %1 or signature %2").arg(member, m.signature()));
}

// ---------------------------------------------------------------------------------------------
// The adapter: power, presence, discovery, advertising

void FakeBluez::setPowered(bool on)
{
    if (on == m_powered)
        return;
    if (!on) {
        const bool wasDiscovering = discovering();
        m_discoverers.clear();
        m_powered = false;
        for (auto &[address, d] : m_devices)
            if (d->link != Device::Link::Down)
                dropLink(*d, QStringLiteral("adapter powered off"));
        if (m_adapterPresent) {
            QVariantMap changed{{QStringLiteral("Powered"), false}};
            if (wasDiscovering)
                changed.insert(QStringLiteral("Discovering"), false);
            emitPropertiesChanged(QString::fromLatin1(kAdapterPath), kAdapter1, changed);
            if (wasDiscovering)
                discoveryEnded();
        }
    } else {
        m_powered = true;
        if (m_adapterPresent)
            emitPropertiesChanged(QString::fromLatin1(kAdapterPath), kAdapter1,
                                  {{QStringLiteral("Powered"), true}});
    }
    m_say(QStringLiteral("adapter powered %1").arg(on ? QStringLiteral("on") : QStringLiteral("off")));
}

void FakeBluez::setAdapterPresent(bool present)
{
    if (present == m_adapterPresent)
        return;
    if (!present) {
        // BlueZ removes an adapter's devices with it (their links first), then the adapter.
        m_discoverers.clear();
        for (auto &[address, d] : m_devices) {
            if (d->link != Device::Link::Down)
                dropLink(*d, QStringLiteral("adapter removed"));
            if (d->exported)
                forget(*d);
        }
        m_adapterPresent = false;
        emitInterfacesRemoved(QString::fromLatin1(kAdapterPath), {kAdapter1});
    } else {
        m_adapterPresent = true;
        emitInterfacesAdded(QString::fromLatin1(kAdapterPath),
                            interfacesAt(QString::fromLatin1(kAdapterPath)));
    }
    m_say(QStringLiteral("adapter %1").arg(present ? QStringLiteral("present") : QStringLiteral("removed")));
}

void FakeBluez::startDiscoveryFor(const QString &sender)
{
    const bool wasDiscovering = discovering();
    QVariantMap filter = m_discoverers.value(sender);
    filter.insert(QStringLiteral("active"), true);
    m_discoverers.insert(sender, filter);
    watchClient(sender);
    if (!wasDiscovering) {
        emitPropertiesChanged(QString::fromLatin1(kAdapterPath), kAdapter1,
                              {{QStringLiteral("Discovering"), true}});
        m_say(QStringLiteral("discovery started"));
        for (auto &[address, d] : m_devices)
            startAdvertisingInterval(*d);
    }
    hearAll();
}

void FakeBluez::startAdvertisingInterval(Device &d)
{
    // The scanner hears a door first after one advertising interval (its next advertisement).
    if (m_advertisingIntervalMs <= 0)
        return;
    d.audibleFromMs = m_clock.elapsed() + m_advertisingIntervalMs;
    QTimer::singleShot(m_advertisingIntervalMs, this, [this, address = d.address]() {
        if (Device *dev = deviceByAddress(address))
            hear(*dev);
    });
}

void FakeBluez::stopDiscoveryFor(const QString &sender)
{
    const bool was = discovering();
    m_discoverers.remove(sender);
    if (!was || discovering())
        return;
    if (!m_adapterPresent || !m_powered)
        return;
    emitPropertiesChanged(QString::fromLatin1(kAdapterPath), kAdapter1,
                          {{QStringLiteral("Discovering"), false}});
    discoveryEnded();
    m_say(QStringLiteral("discovery stopped"));
}

void FakeBluez::watchClient(const QString &sender)
{
    if (!m_clients.watchedServices().contains(sender))
        m_clients.addWatchedService(sender);
}

bool FakeBluez::discovering() const
{
    return std::any_of(m_discoverers.cbegin(), m_discoverers.cend(),
                       [](const QVariantMap &f) { return f.value(QStringLiteral("active")).toBool(); });
}

void FakeBluez::discoveryEnded()
{
    // bluetoothd (src/adapter.c, discovery_cleanup): every device found during the discovery loses
    // its RSSI when the discovery ends; the device objects stay until TemporaryTimeout.
    for (auto &[address, d] : m_devices) {
        if (d->exported && d->rssiValid) {
            d->rssiValid = false;
            emitPropertiesChanged(d->path, kDevice1, {}, {QStringLiteral("RSSI")});
        }
    }
}

void FakeBluez::hearAll()
{
    for (auto &[address, d] : m_devices)
        hear(*d);
}

void FakeBluez::hear(Device &d)
{
    if (d.retired || m_clock.elapsed() < d.audibleFromMs)
        return;
    // A door advertises while it is in range and not connected (it talks to one central at a time);
    // the adapter hears it only while it scans.
    if (!m_adapterPresent || !m_powered || !discovering() || !d.inRange || d.link != Device::Link::Down)
        return;
    const QByteArray adv =
        d.foreign ? QByteArray()
        : d.external
            ? d.externalAdvertisement
            : qbytes(door::ble::encodeAdvertisement(door::ble::advertisementOf(d.door(), hostNow())));
    d.temporaryTimer.start(m_temporaryTimeoutS * 1000);
    if (!d.exported) {
        d.exported = true;
        d.rssiValid = true;
        d.rssiShown = d.rssi;
        d.advertised = adv;
        emitInterfacesAdded(d.path, interfacesAt(d.path));
        m_say(QStringLiteral("heard %1 (%2)").arg(d.address, d.name));
        return;
    }
    QVariantMap changed;
    if (!d.rssiValid || d.rssiShown != d.rssi) {
        d.rssiValid = true;
        d.rssiShown = d.rssi;
        changed.insert(QStringLiteral("RSSI"), d.rssi);
    }
    if (adv != d.advertised) {
        d.advertised = adv;
        ManufacturerDataList data;
        data.insert(door::ble::kCompanyId, QDBusVariant(adv));
        changed.insert(QStringLiteral("ManufacturerData"), QVariant::fromValue(data));
    }
    if (!changed.isEmpty())
        emitPropertiesChanged(d.path, kDevice1, changed);
}

void FakeBluez::forget(Device &d)
{
    d.temporaryTimer.stop();
    if (!d.exported)
        return;
    d.exported = false;
    d.rssiValid = false;
    emitInterfacesRemoved(d.path, {kDevice1});
    m_say(QStringLiteral("forgot %1").arg(d.address));
}

// ---------------------------------------------------------------------------------------------
// The link

void FakeBluez::afterIntervals(Device &d, int intervals, std::function<void(Device &)> step)
{
    const QString address = d.address;
    const int ms = m_intervalMs * intervals;
    QTimer::singleShot(ms, this, [this, address, step = std::move(step)]() {
        if (Device *dev = deviceByAddress(address))
            step(*dev);
    });
}

void FakeBluez::connectDevice(Device &d, const QDBusMessage &call)
{
    if (!m_powered)
        return reply(call, call.createErrorReply(QStringLiteral("org.bluez.Error.NotReady"),
                                                 bluezMessage(QStringLiteral("org.bluez.Error.NotReady"))));
    if (d.link == Device::Link::Up && d.resolved)
        return reply(call, call.createReply());
    if (d.link != Device::Link::Down)
        return reply(call, call.createErrorReply(QStringLiteral("org.bluez.Error.InProgress"),
                                                 bluezMessage(QStringLiteral("org.bluez.Error.InProgress"))));
    if (!d.failNextConnect.isEmpty()) {
        const QString name = std::exchange(d.failNextConnect, QString());
        m_say(QStringLiteral("%1: connect fails with %2 (injected)").arg(d.address, name));
        const QString text = name == QLatin1String("org.bluez.Error.Failed")
                                 ? QStringLiteral("le-connection-abort-by-local")
                                 : bluezMessage(name);
        return reply(call, call.createErrorReply(name, text), m_intervalMs * kConnectIntervals);
    }
    d.link = Device::Link::Connecting;
    d.pendingConnect = call;
    d.temporaryTimer.stop();
    const int gen = d.generation;
    if (!d.inRange) {
        // Nothing answers the connection request: the kernel gives up (shortened from its 20 s).
        QTimer::singleShot(m_connectTimeoutMs, this, [this, address = d.address, gen]() {
            Device *dev = deviceByAddress(address);
            if (!dev || dev->generation != gen || dev->link != Device::Link::Connecting)
                return;
            m_say(QStringLiteral("%1: connect timed out (out of range)").arg(address));
            dropLink(*dev, QStringLiteral("connect timed out"));
        });
        return;
    }
    afterIntervals(d, kConnectIntervals, [this, gen](Device &dev) {
        if (dev.generation == gen && dev.link == Device::Link::Connecting)
            linkUp(dev);
    });
}

void FakeBluez::linkUp(Device &d)
{
    d.link = Device::Link::Up;
    ++d.connections;
    if (d.external) {
        d.externalOpen = true;
        d.externalClosed = false;
        d.fromExternal.clear();
        sendControlSignal(QStringLiteral("ExternalConnected"),
                          {d.address, QVariant::fromValue(quint16(d.payload()))});
    } else if (d.hosted()) {
        d.session = std::make_unique<door::DoorSession>(d.door(), std::size_t(d.payload()));
    }
    d.codeShown = false;
    d.ending = false;
    d.notifyValue.clear();
    d.idle.start(kIdleTimeoutMs);
    emitPropertiesChanged(d.path, kDevice1, {{QStringLiteral("Connected"), true}});
    m_say(QStringLiteral("%1: connected (MTU %2)").arg(d.address).arg(d.mtu));
    const int gen = d.generation;
    if (d.stallDiscovery) {
        // bluetoothd answers Connect once the ATT channel is up (src/device.c, att_connect_cb), before
        // the GATT discovery; here the door never answers that discovery: ServicesResolved stays false
        // until bluetoothd's ATT timeout drops the link.
        d.idle.stop();
        if (d.pendingConnect.type() == QDBusMessage::MethodCallMessage) {
            const QDBusMessage call = std::exchange(d.pendingConnect, QDBusMessage());
            reply(call, call.createReply());
        }
        m_say(QStringLiteral("%1: GATT discovery stalls (injected)").arg(d.address));
        QTimer::singleShot(kAttTimeoutMs, this, [this, address = d.address, gen]() {
            Device *dev = deviceByAddress(address);
            if (dev && dev->generation == gen && dev->link == Device::Link::Up && !dev->resolved)
                dropLink(*dev, QStringLiteral("ATT request timed out during GATT discovery"));
        });
        return;
    }
    afterIntervals(d, kDiscoveryIntervals, [this, gen](Device &dev) {
        if (dev.generation == gen && dev.link == Device::Link::Up)
            servicesResolved(dev);
    });
}

void FakeBluez::servicesResolved(Device &d)
{
    d.gattExported = true;
    for (const QString &p : {d.servicePath(), d.writeCharPath(), d.notifyCharPath(), d.cccdPath()})
        emitInterfacesAdded(p, interfacesAt(p));
    d.resolved = true;
    emitPropertiesChanged(d.path, kDevice1, {{QStringLiteral("ServicesResolved"), true}});
    restartEventTimer(d);
    if (d.pendingConnect.type() == QDBusMessage::MethodCallMessage) {
        const QDBusMessage call = std::exchange(d.pendingConnect, QDBusMessage());
        reply(call, call.createReply());
    }
}

void FakeBluez::dropLink(Device &d, const QString &why)
{
    if (d.link == Device::Link::Down)
        return;
    const bool wasUp = d.link == Device::Link::Up;
    ++d.generation;
    d.eventTimer.stop();
    d.idle.stop();
    if (d.pendingConnect.type() == QDBusMessage::MethodCallMessage) {
        const QDBusMessage call = std::exchange(d.pendingConnect, QDBusMessage());
        reply(call, call.createErrorReply(QStringLiteral("org.bluez.Error.Failed"),
                                          wasUp ? QStringLiteral("Software caused connection abort")
                                                : QStringLiteral("le-connection-abort-by-local")));
    }
    while (!d.heldWrites.empty()) {
        const QDBusMessage call = d.heldWrites.front();
        d.heldWrites.pop_front();
        reply(call, call.createErrorReply(QStringLiteral("org.bluez.Error.Failed"),
                                          QStringLiteral("Not connected")));
    }
    d.toDoor.clear();
    if (d.session) {
        const auto state = d.session->state();
        if (state != door::DoorSession::State::Closed && state != door::DoorSession::State::Failed)
            d.session->linkLost(); // anything staged stays staged for the next session
        d.session.reset();
    }
    if (d.externalOpen) {
        d.externalOpen = false;
        d.fromExternal.clear();
        sendControlSignal(QStringLiteral("ExternalDisconnected"), {d.address});
    }
    // bluetoothd: ServicesResolved goes false, the remote GATT database goes away (nothing is
    // cached for an unpaired device), then Connected goes false.
    if (d.resolved) {
        d.resolved = false;
        emitPropertiesChanged(d.path, kDevice1, {{QStringLiteral("ServicesResolved"), false}});
    }
    if (d.gattExported) {
        d.gattExported = false;
        emitInterfacesRemoved(d.cccdPath(), {kDesc1});
        emitInterfacesRemoved(d.notifyCharPath(), {kChar1});
        emitInterfacesRemoved(d.writeCharPath(), {kChar1});
        emitInterfacesRemoved(d.servicePath(), {kService1});
    }
    d.notifySenders.clear();
    d.link = Device::Link::Down;
    d.writesFailing = false;
    if (d.writesBeforeFailure == 0)
        d.writesBeforeFailure = -1;
    if (wasUp) {
        ++d.linkDrops;
        emitPropertiesChanged(d.path, kDevice1, {{QStringLiteral("Connected"), false}});
    }
    if (d.exported)
        d.temporaryTimer.start(m_temporaryTimeoutS * 1000);
    m_say(QStringLiteral("%1: disconnected (%2)").arg(d.address, why));
    QDBusMessage s =
        QDBusMessage::createSignal(QString::fromLatin1(kControlPath), QString::fromLatin1(kControlInterface),
                                   QStringLiteral("LinkClosed"));
    s << d.address << why;
    m_conn.send(s);
    hear(d); // free again, the door advertises (with what the session changed, e.g. its list version)
}

void FakeBluez::sendControlSignal(const QString &name, const QVariantList &args)
{
    QDBusMessage s = QDBusMessage::createSignal(QString::fromLatin1(kControlPath),
                                                QString::fromLatin1(kControlInterface), name);
    s.setArguments(args);
    m_conn.send(s);
}

void FakeBluez::writeToDoor(Device &d, const QDBusMessage &call, const QByteArray &value)
{
    // bluetoothd sends a write command as one ATT PDU; bt_att refuses one larger than the MTU, and the
    // D-Bus reply is org.bluez.Error.Failed "Failed to initiate write" (src/gatt-client.c).
    if (value.size() > d.payload()) {
        ++d.rejectedWrites;
        return reply(call, call.createErrorReply(QStringLiteral("org.bluez.Error.Failed"),
                                                 QStringLiteral("Failed to initiate write")));
    }
    if (!d.writesFailing && d.writesBeforeFailure == 0)
        d.writesFailing = true;
    if (d.writesFailing) {
        ++d.rejectedWrites;
        return reply(call, call.createErrorReply(d.writeError, bluezMessage(d.writeError)));
    }
    if (d.writesBeforeFailure > 0)
        --d.writesBeforeFailure;
    if (!d.security.isEmpty()) {
        // A write command has no ATT response: bluetoothd sends it and answers the call; the door drops
        // a command its link is not secure enough for, without a word.
        return reply(call, call.createReply());
    }
    if (m_intervalMs == 0) {
        // No timing model: the packet is on the air at once, and the door's answer may go out before
        // Qt sees this write's reply (as with a real radio; docs/door-protocol.md §13).
        if (deliverToDoor(d, value))
            pumpFromDoor(d, INT_MAX);
        return reply(call, call.createReply());
    }
    d.toDoor.push_back(value);
    if (d.toDoor.size() <= kRadioBuffer)
        reply(call, call.createReply());
    else
        d.heldWrites.push_back(call);
}

bool FakeBluez::deliverToDoor(Device &d, const QByteArray &packet)
{
    if (d.link != Device::Link::Up || !d.doorEndOpen())
        return false;
    if (d.dropBudget >= 0) {
        if (packet.size() > d.dropBudget) {
            d.dropBudget = -1;
            dropLink(d, QStringLiteral("radio link lost (DisconnectAfterBytes)"));
            return false;
        }
        d.dropBudget -= packet.size();
    }
    ++d.framesToDoor;
    d.bytesToDoor += packet.size();
    d.idle.start(kIdleTimeoutMs);
    if (d.external)
        sendControlSignal(QStringLiteral("ExternalWrite"), {d.address, packet});
    else
        d.session->receive(viewOf(packet), hostNow());
    return true;
}

void FakeBluez::pumpFromDoor(Device &d, int maxPackets)
{
    if (d.link != Device::Link::Up || !d.doorEndOpen())
        return;
    // The door's display during an over-the-air commissioning.
    if (d.session && !d.codeShown && !d.session->pairingCode().empty()) {
        d.codeShown = true;
        const QString code = QString::fromStdString(d.session->pairingCode());
        m_say(QStringLiteral("%1: pairing code %2").arg(d.address, code));
        QDBusMessage s = QDBusMessage::createSignal(QString::fromLatin1(kControlPath),
                                                    QString::fromLatin1(kControlInterface),
                                                    QStringLiteral("PairingCodeShown"));
        s << d.address << code;
        m_conn.send(s);
    }
    bool drained = true;
    if (!d.notifySenders.isEmpty()) {
        for (int sent = 0; sent < maxPackets; ++sent) {
            std::optional<QByteArray> fragment;
            if (d.external) {
                if (!d.fromExternal.empty()) {
                    fragment = d.fromExternal.front();
                    d.fromExternal.pop_front();
                }
            } else if (auto f = d.session->nextFragment()) {
                fragment = qbytes(*f);
            }
            if (!fragment) {
                drained = true;
                break;
            }
            drained = false;
            const QByteArray value = *fragment;
            if (d.dropBudget >= 0) {
                if (value.size() > d.dropBudget) {
                    d.dropBudget = -1;
                    dropLink(d, QStringLiteral("radio link lost (DisconnectAfterBytes)"));
                    return;
                }
                d.dropBudget -= value.size();
            }
            ++d.framesFromDoor;
            d.bytesFromDoor += value.size();
            d.notifyValue = value;
            emitPropertiesChanged(d.notifyCharPath(), kChar1, {{QStringLiteral("Value"), value}});
            if (d.link != Device::Link::Up || !d.doorEndOpen())
                return;
        }
    } else {
        drained = false;
    }
    const auto state = d.session ? d.session->state() : door::DoorSession::State::Closed;
    const bool over =
        d.external ? d.externalClosed
                   : state == door::DoorSession::State::Closed || state == door::DoorSession::State::Failed;
    if (over && !d.ending && (drained || d.notifySenders.isEmpty())) {
        // Like porter-door serve: the door ends the connection once its session is over and its last
        // fragment went out (one connection interval later with the timing model).
        d.ending = true;
        const int gen = d.generation;
        const QString why = state == door::DoorSession::State::Closed ? QStringLiteral("session done")
                                                                      : QStringLiteral("session failed");
        afterIntervals(d, 1, [this, gen, why](Device &dev) {
            if (dev.generation == gen)
                dropLink(dev, why);
        });
    }
}

void FakeBluez::restartEventTimer(Device &d)
{
    d.eventTimer.stop();
    if (m_intervalMs > 0 && d.link == Device::Link::Up)
        d.eventTimer.start(m_intervalMs);
}

void FakeBluez::connectionEvent(Device &d)
{
    // One connection event: at most P packets each way (write commands to the door, notifications
    // from it); Qt's held writes are confirmed as the radio buffer drains.
    for (int i = 0; i < m_packetsPerInterval && !d.toDoor.empty(); ++i) {
        const QByteArray packet = d.toDoor.front();
        d.toDoor.pop_front();
        if (!deliverToDoor(d, packet))
            return;
    }
    while (!d.heldWrites.empty() && d.toDoor.size() <= kRadioBuffer) {
        const QDBusMessage call = d.heldWrites.front();
        d.heldWrites.pop_front();
        reply(call, call.createReply());
    }
    pumpFromDoor(d, m_packetsPerInterval);
}

void FakeBluez::tick()
{
    if (!m_conn.isConnected()) {
        m_say(QStringLiteral("the bus went away: stopping"));
        QCoreApplication::quit();
        return;
    }
    for (auto &[address, d] : m_devices) {
        if (d->session && d->link == Device::Link::Up) {
            d->session->tick(hostNow());
            if (m_intervalMs == 0)
                pumpFromDoor(*d, INT_MAX);
        }
    }
    hearAll();
}

// ---------------------------------------------------------------------------------------------
// Doors and the control interface

Result<QString> FakeBluez::addDoor(const QString &stateDir, const QString &address, const QString &name,
                                   int rssi)
{
    const QString addr = address.toUpper();
    if (!validAddress(addr))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("not a Bluetooth address: %1").arg(address));
    if (m_devices.count(addr))
        return makeError(ErrorCode::Conflict, QStringLiteral("a door already uses %1").arg(addr));
    if (rssi < -127 || rssi > 20)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("RSSI out of range: %1").arg(rssi));
    // Holds the directory's lock for as long as the door is here, like porter-door serve: install and
    // confirm (the door's button) still work on it, status and set wait for RemoveDoor.
    auto opened = cli::DoorState::open(stateDir, cli::DoorState::Mode::Open, 0);
    if (!opened.ok())
        return opened.error();
    auto d = std::make_unique<Device>();
    d->state = std::move(opened).value();
    m_say(QStringLiteral("door %1 at %2 (%3)").arg(stateDir, addr, name));
    return install(std::move(d), addr, name, rssi);
}

Result<QString> FakeBluez::addExternalDoor(const QString &address, const QString &name, int rssi,
                                           const QByteArray &advertisement)
{
    const QString addr = address.toUpper();
    if (!validAddress(addr))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("not a Bluetooth address: %1").arg(address));
    if (m_devices.count(addr))
        return makeError(ErrorCode::Conflict, QStringLiteral("a door already uses %1").arg(addr));
    if (rssi < -127 || rssi > 20)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("RSSI out of range: %1").arg(rssi));
    auto d = std::make_unique<Device>();
    d->external = true;
    d->externalAdvertisement = advertisement;
    m_say(QStringLiteral("external door at %1 (%2)").arg(addr, name));
    return install(std::move(d), addr, name, rssi);
}

Result<QString> FakeBluez::addForeignDevice(const QString &address, const QString &name, int rssi,
                                            const QString &serviceUuid)
{
    const QString addr = address.toUpper();
    if (!validAddress(addr))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("not a Bluetooth address: %1").arg(address));
    if (m_devices.count(addr))
        return makeError(ErrorCode::Conflict, QStringLiteral("a device already uses %1").arg(addr));
    if (rssi < -127 || rssi > 20)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("RSSI out of range: %1").arg(rssi));
    const QUuid service = QUuid::fromString(serviceUuid);
    if (service.isNull())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("not a 128-bit UUID: %1").arg(serviceUuid));
    auto d = std::make_unique<Device>();
    d->foreign = true;
    d->foreignService = service.toString(QUuid::WithoutBraces); // lower case, as BlueZ writes UUIDs
    m_say(QStringLiteral("foreign device at %1 (%2, service %3)").arg(addr, name, d->foreignService));
    return install(std::move(d), addr, name, rssi);
}

QString FakeBluez::install(std::unique_ptr<Device> d, const QString &addr, const QString &name, int rssi)
{
    d->address = addr;
    d->name = name;
    d->rssi = qint16(rssi);
    d->path =
        QStringLiteral("%1/dev_%2")
            .arg(QLatin1String(kAdapterPath), QString(addr).replace(QLatin1Char(':'), QLatin1Char('_')));
    d->temporaryTimer.setSingleShot(true);
    d->idle.setSingleShot(true);
    Device *raw = d.get();
    connect(&d->temporaryTimer, &QTimer::timeout, this, [this, raw]() {
        if (raw->link == Device::Link::Down)
            forget(*raw);
    });
    connect(&d->idle, &QTimer::timeout, this, [this, raw]() {
        dropLink(*raw, QStringLiteral("no traffic for %1 s").arg(kIdleTimeoutMs / 1000));
    });
    connect(&d->eventTimer, &QTimer::timeout, this, [this, raw]() { connectionEvent(*raw); });
    m_devices.emplace(addr, std::move(d));
    hear(*raw);
    return raw->path;
}

void FakeBluez::removeDoor(const QString &address)
{
    Device *d = deviceByAddress(address);
    if (!d)
        return;
    d->retired = true;
    dropLink(*d, QStringLiteral("door removed"));
    forget(*d);
    const QString key = d->address;
    m_devices.erase(key);
}

void FakeBluez::reset()
{
    QStringList addresses;
    for (const auto &[address, d] : m_devices)
        addresses << address;
    for (const QString &a : addresses)
        removeDoor(a);
    setAdapterPresent(true);
    setPowered(true);
    if (discovering()) {
        m_discoverers.clear();
        emitPropertiesChanged(QString::fromLatin1(kAdapterPath), kAdapter1,
                              {{QStringLiteral("Discovering"), false}});
    }
    m_delayMs = 0;
    m_intervalMs = 0;
    m_packetsPerInterval = 0;
    m_temporaryTimeoutS = 30;
    m_connectTimeoutMs = 2000;
    m_advertisingIntervalMs = 0;
    m_say(QStringLiteral("reset"));
}

void FakeBluez::handleControl(const QDBusMessage &m)
{
    const QString member = m.member();
    const QString sig = m.signature();
    const QVariantList a = m.arguments();
    const auto ok = [&](const QVariantList &out = {}) {
        QDBusMessage r = m.createReply(out);
        replyNow(m, r);
    };
    const auto fail = [&](const QString &text) {
        replyNow(m, m.createErrorReply(QStringLiteral("org.porter.FakeBluez.Error.Failed"), text));
    };
    const auto door = [&]() -> Device * {
        Device *d = deviceByAddress(a.value(0).toString());
        if (!d)
            fail(QStringLiteral("no door at %1").arg(a.value(0).toString()));
        return d;
    };
    const auto hosted = [&]() -> Device * {
        Device *d = door();
        if (d && d->external) {
            fail(QStringLiteral("the door at %1 is external: its client holds the door").arg(d->address));
            return nullptr;
        }
        if (d && d->foreign) {
            fail(QStringLiteral("the device at %1 is not a Porter door").arg(d->address));
            return nullptr;
        }
        return d;
    };
    const auto external = [&]() -> Device * {
        Device *d = door();
        if (d && !d->external) {
            fail(QStringLiteral("the door at %1 is not external").arg(d->address));
            return nullptr;
        }
        return d;
    };
    if (member == QLatin1String("AddExternalDoor") && sig == QLatin1String("ssnay")) {
        const auto path = addExternalDoor(a.value(0).toString(), a.value(1).toString(), a.value(2).toInt(),
                                          a.value(3).toByteArray());
        if (!path.ok())
            return fail(path.error().message);
        return ok({QVariant::fromValue(QDBusObjectPath(*path))});
    }
    if (member == QLatin1String("ExternalNotify") && sig == QLatin1String("say")) {
        Device *d = external();
        if (!d)
            return;
        if (!d->externalOpen || d->link != Device::Link::Up)
            return fail(QStringLiteral("the door at %1 has no link").arg(d->address));
        d->fromExternal.push_back(a.value(1).toByteArray());
        if (m_intervalMs == 0)
            pumpFromDoor(*d, INT_MAX);
        return ok();
    }
    if (member == QLatin1String("ExternalClose") && sig == QLatin1String("s")) {
        Device *d = external();
        if (!d)
            return;
        if (!d->externalOpen || d->link != Device::Link::Up)
            return fail(QStringLiteral("the door at %1 has no link").arg(d->address));
        d->externalClosed = true;
        if (m_intervalMs == 0)
            pumpFromDoor(*d, INT_MAX);
        return ok();
    }
    if (member == QLatin1String("AddForeignDevice") && sig == QLatin1String("ssns")) {
        const auto path = addForeignDevice(a.value(0).toString(), a.value(1).toString(), a.value(2).toInt(),
                                           a.value(3).toString());
        if (!path.ok())
            return fail(path.error().message);
        return ok({QVariant::fromValue(QDBusObjectPath(*path))});
    }
    if (member == QLatin1String("SetSecurity") && sig == QLatin1String("ss")) {
        Device *d = door();
        if (!d)
            return;
        const QString level = a.value(1).toString();
        if (!level.isEmpty() && level != QLatin1String("authentication") &&
            level != QLatin1String("authorization"))
            return fail(QStringLiteral("unknown security requirement %1 (\"\", \"authentication\" or "
                                       "\"authorization\")")
                            .arg(level));
        d->security = level; // from the next StartNotify on
        return ok();
    }
    if (member == QLatin1String("StallServiceDiscovery") && sig == QLatin1String("sb")) {
        Device *d = door();
        if (!d)
            return;
        d->stallDiscovery = a.value(1).toBool(); // from the next connection on
        return ok();
    }
    if (member == QLatin1String("SetExternalAdvertisement") && sig == QLatin1String("say")) {
        Device *d = external();
        if (!d)
            return;
        d->externalAdvertisement = a.value(1).toByteArray();
        hear(*d);
        return ok();
    }
    if (member == QLatin1String("AddDoor") && sig == QLatin1String("sssn")) {
        const auto path =
            addDoor(a.value(0).toString(), a.value(1).toString(), a.value(2).toString(), a.value(3).toInt());
        if (!path.ok())
            return fail(path.error().message);
        return ok({QVariant::fromValue(QDBusObjectPath(*path))});
    }
    if (member == QLatin1String("RemoveDoor") && sig == QLatin1String("s")) {
        if (!door())
            return;
        removeDoor(a.value(0).toString());
        return ok();
    }
    if (member == QLatin1String("Doors") && sig.isEmpty()) {
        QStringList addresses;
        for (const auto &[address, d] : m_devices)
            addresses << address;
        return ok({addresses});
    }
    if (member == QLatin1String("SetInRange") && sig == QLatin1String("sb")) {
        Device *d = door();
        if (!d)
            return;
        const bool wasInRange = std::exchange(d->inRange, a.value(1).toBool());
        m_say(QStringLiteral("%1 %2 range")
                  .arg(d->address, d->inRange ? QStringLiteral("in") : QStringLiteral("out of")));
        if (!d->inRange && d->link != Device::Link::Down)
            dropLink(*d, QStringLiteral("out of range (supervision timeout)"));
        if (d->inRange && !wasInRange)
            startAdvertisingInterval(*d);
        hear(*d);
        return ok();
    }
    if (member == QLatin1String("SetRssi") && sig == QLatin1String("sn")) {
        Device *d = door();
        if (!d)
            return;
        d->rssi = qint16(a.value(1).toInt());
        hear(*d);
        return ok();
    }
    if (member == QLatin1String("SetMtu") && sig == QLatin1String("sq")) {
        Device *d = door();
        if (!d)
            return;
        const int mtu = a.value(1).toInt();
        if (mtu < 23 || mtu > 517)
            return fail(QStringLiteral("MTU %1 is outside 23..517").arg(mtu));
        d->mtu = quint16(mtu); // from the next connection on: the MTU is exchanged when a link opens
        return ok();
    }
    if (member == QLatin1String("FailNextConnect") && sig == QLatin1String("ss")) {
        Device *d = door();
        if (!d)
            return;
        d->failNextConnect = a.value(1).toString();
        return ok();
    }
    if (member == QLatin1String("DisconnectAfterBytes") && sig == QLatin1String("sx")) {
        Device *d = door();
        if (!d)
            return;
        d->dropBudget = a.value(1).toLongLong() < 0 ? -1 : a.value(1).toLongLong();
        return ok();
    }
    if (member == QLatin1String("FailWritesAfter") && sig == QLatin1String("sxs")) {
        Device *d = door();
        if (!d)
            return;
        d->writesBeforeFailure = a.value(1).toLongLong() < 0 ? -1 : a.value(1).toLongLong();
        d->writeError = a.value(2).toString().isEmpty() ? QStringLiteral("org.bluez.Error.Failed")
                                                        : a.value(2).toString();
        d->writesFailing = false;
        return ok();
    }
    if (member == QLatin1String("DropLink") && sig == QLatin1String("s")) {
        Device *d = door();
        if (!d)
            return;
        dropLink(*d, QStringLiteral("radio link lost (DropLink)"));
        return ok();
    }
    if (member == QLatin1String("SetDelay") && sig == QLatin1String("u")) {
        m_delayMs = int(a.value(0).toUInt());
        return ok();
    }
    if (member == QLatin1String("SetTiming") && sig == QLatin1String("uu")) {
        const int interval = int(a.value(0).toUInt());
        const int packets = int(a.value(1).toUInt());
        m_intervalMs = packets > 0 ? interval : 0;
        m_packetsPerInterval = m_intervalMs > 0 ? packets : 0;
        for (auto &[address, d] : m_devices)
            restartEventTimer(*d);
        m_say(m_intervalMs ? QStringLiteral("timing: %1 ms connection interval, %2 packets per interval")
                                 .arg(m_intervalMs)
                                 .arg(m_packetsPerInterval)
                           : QStringLiteral("timing off"));
        return ok();
    }
    if (member == QLatin1String("SetAdvertisingInterval") && sig == QLatin1String("u")) {
        m_advertisingIntervalMs = int(a.value(0).toUInt());
        return ok();
    }
    if (member == QLatin1String("SetTemporaryTimeout") && sig == QLatin1String("u")) {
        m_temporaryTimeoutS = int(qMax(1u, a.value(0).toUInt()));
        for (auto &[address, d] : m_devices)
            if (d->temporaryTimer.isActive())
                d->temporaryTimer.start(m_temporaryTimeoutS * 1000); // counted from now
        return ok();
    }
    if (member == QLatin1String("SetConnectTimeout") && sig == QLatin1String("u")) {
        m_connectTimeoutMs = int(a.value(0).toUInt());
        return ok();
    }
    if (member == QLatin1String("SetPowered") && sig == QLatin1String("b")) {
        setPowered(a.value(0).toBool());
        return ok();
    }
    if (member == QLatin1String("SetAdapterPresent") && sig == QLatin1String("b")) {
        setAdapterPresent(a.value(0).toBool());
        return ok();
    }
    if (member == QLatin1String("PressInstallButton") && sig == QLatin1String("s")) {
        Device *d = hosted();
        if (!d)
            return;
        if (!d->door().openInstallMode(hostNow()))
            return fail(
                QStringLiteral("the door at %1 is commissioned or faulted: no install mode").arg(d->address));
        hear(*d);
        return ok();
    }
    if (member == QLatin1String("ConfirmAtDoor") && sig == QLatin1String("s")) {
        Device *d = hosted();
        if (!d)
            return;
        if (!d->door().confirmPairing(hostNow()))
            return fail(QStringLiteral("the door at %1 is not in install mode").arg(d->address));
        return ok();
    }
    if (member == QLatin1String("SetClockOffset") && sig == QLatin1String("sx")) {
        Device *d = hosted();
        if (!d)
            return;
        // As porter-door set --clock-offset: the door's clock is set to host + offset (the door notes
        // it as its last drift).
        const qint64 host = hostNow();
        if (!d->door().setClock(host + a.value(1).toLongLong(), host))
            return fail(QStringLiteral("cannot write the door state of %1").arg(d->address));
        return ok();
    }
    if (member == QLatin1String("DoorStatus") && sig == QLatin1String("s")) {
        Device *d = hosted();
        if (!d)
            return;
        // What porter-door status shows, for tests while the fake holds the door's lock.
        const qint64 host = hostNow();
        const door::DoorStatus st = d->door().status(host);
        const QVariantMap out{
            {QStringLiteral("commissioned"), st.commissioned},
            {QStringLiteral("faulted"), d->door().faulted()},
            {QStringLiteral("installMode"), d->state->inInstallMode(host)},
            {QStringLiteral("propertyId"), uint(st.propertyId)},
            {QStringLiteral("doorId"), uint(st.doorId)},
            {QStringLiteral("version"), qulonglong(st.version)},
            {QStringLiteral("hash"),
             QByteArray(reinterpret_cast<const char *>(st.hash.data()), qsizetype(st.hash.size()))},
            {QStringLiteral("holders"), qint64(d->door().accessList().holders.size())},
            {QStringLiteral("stagedVersion"), qulonglong(st.staged.newVersion)},
            {QStringLiteral("stagedBytes"), uint(st.staged.have)},
            {QStringLiteral("battery"), uint(st.batteryPercent)},
            {QStringLiteral("firmware"), QString::fromStdString(st.firmware)},
            {QStringLiteral("clockOffsetSeconds"), qint64(st.doorClock - host)},
            {QStringLiteral("activityPending"), qulonglong(st.activityNextSeq - st.activityFirstSeq)},
            {QStringLiteral("doorcodeEpoch"), uint(st.doorcodeEpoch)},
        };
        return ok({out});
    }
    if (member == QLatin1String("PairingCode") && sig == QLatin1String("s")) {
        Device *d = door();
        if (!d)
            return;
        return ok({d->session ? QString::fromStdString(d->session->pairingCode()) : QString()});
    }
    if (member == QLatin1String("Advertisement") && sig == QLatin1String("s")) {
        Device *d = door();
        if (!d)
            return;
        if (d->external)
            return ok({d->externalAdvertisement});
        if (d->foreign)
            return ok({QByteArray()});
        return ok({qbytes(door::ble::encodeAdvertisement(door::ble::advertisementOf(d->door(), hostNow())))});
    }
    if (member == QLatin1String("Counters") && sig == QLatin1String("s")) {
        Device *d = door();
        if (!d)
            return;
        const QVariantMap c{
            {QStringLiteral("framesToDoor"), d->framesToDoor},
            {QStringLiteral("bytesToDoor"), d->bytesToDoor},
            {QStringLiteral("framesFromDoor"), d->framesFromDoor},
            {QStringLiteral("bytesFromDoor"), d->bytesFromDoor},
            {QStringLiteral("connections"), d->connections},
            {QStringLiteral("linkDrops"), d->linkDrops},
            {QStringLiteral("rejectedWrites"), d->rejectedWrites},
            {QStringLiteral("connected"), d->link == Device::Link::Up},
            {QStringLiteral("mtu"), int(d->mtu)},
        };
        return ok({c});
    }
    if (member == QLatin1String("ResetCounters") && sig == QLatin1String("s")) {
        Device *d = door();
        if (!d)
            return;
        d->framesToDoor = d->bytesToDoor = d->framesFromDoor = d->bytesFromDoor = 0;
        d->connections = d->linkDrops = d->rejectedWrites = 0;
        return ok();
    }
    if (member == QLatin1String("Reset") && sig.isEmpty()) {
        reset();
        return ok();
    }
    replyNow(m, m.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
                                   QStringLiteral("Unknown method %1 with signature \"%2\" on %3")
                                       .arg(member, sig, QLatin1String(kControlInterface))));
}

} // namespace porter::fakebluez

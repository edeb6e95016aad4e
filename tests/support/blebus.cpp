#include "blebus.h"

#include "door/door.h"
#include "doorstate.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace porter::test {

namespace {

const QString kService = QStringLiteral("org.porter.FakeBluez");
const QString kPath = QStringLiteral("/org/porter/fakebluez");
const QString kInterface = QStringLiteral("org.porter.FakeBluez.Control1");

// A bus that lets every peer own every name and talk to everyone: the private system bus of one
// test process, nothing else is on it.
QString busConfig(const QString &socketPath)
{
    return QStringLiteral(
               "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
               "<busconfig>\n"
               "  <listen>unix:path=%1</listen>\n"
               "  <auth>EXTERNAL</auth>\n"
               "  <policy context=\"default\">\n"
               "    <allow user=\"*\"/>\n"
               "    <allow own=\"*\"/>\n"
               "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
               "    <allow eavesdrop=\"true\"/>\n"
               "  </policy>\n"
               "</busconfig>\n")
        .arg(socketPath.toHtmlEscaped());
}

// The bus and the fake die with the test process, even when it crashes.
void dieWithParent(QProcess &p)
{
#ifdef Q_OS_LINUX
    p.setChildProcessModifier([]() { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(p);
#endif
}

void stopProcess(QProcess &p)
{
    if (p.state() == QProcess::NotRunning)
        return;
    p.terminate();
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(2000);
    }
}

Error harnessError(const QString &text)
{
    return makeError(ErrorCode::Unavailable, text);
}

} // namespace

BleBus::BleBus()
    : m_control(QStringLiteral("porter-blebus-unconnected"))
{}

BleBus::~BleBus()
{
    stop();
}

bool BleBus::running() const
{
    return m_fake.state() == QProcess::Running && m_control.isConnected();
}

QString BleBus::log()
{
    m_log += QString::fromLocal8Bit(m_fake.readAll());
    return m_log;
}

Status BleBus::start()
{
    if (running())
        return {};
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/porter-ble-XXXXXX"));
    if (!m_dir->isValid())
        return harnessError(QStringLiteral("cannot create a temporary directory"));
    const QString socket = m_dir->filePath(QStringLiteral("system_bus_socket"));
    const QString config = m_dir->filePath(QStringLiteral("bus.conf"));
    QFile conf(config);
    if (!conf.open(QIODevice::WriteOnly) || conf.write(busConfig(socket).toUtf8()) < 0)
        return harnessError(QStringLiteral("cannot write %1").arg(config));
    conf.close();

    dieWithParent(m_daemon);
    m_daemon.setProcessChannelMode(QProcess::SeparateChannels);
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   {QStringLiteral("--config-file=%1").arg(config), QStringLiteral("--nofork"),
                    QStringLiteral("--print-address=1")});
    if (!m_daemon.waitForStarted(10000))
        return harnessError(QStringLiteral("cannot start dbus-daemon (install the dbus-daemon package): %1")
                                .arg(m_daemon.errorString()));
    QDeadlineTimer deadline(15000);
    while (!m_daemon.canReadLine() && !deadline.hasExpired() && m_daemon.state() == QProcess::Running)
        m_daemon.waitForReadyRead(100);
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    if (m_address.isEmpty())
        return harnessError(QStringLiteral("dbus-daemon printed no address: %1")
                                .arg(QString::fromLocal8Bit(m_daemon.readAllStandardError())));

    QString program = qEnvironmentVariable("PORTER_FAKEBLUEZ");
#ifdef PORTER_FAKEBLUEZ_PATH
    if (program.isEmpty())
        program = QStringLiteral(PORTER_FAKEBLUEZ_PATH);
#endif
    if (program.isEmpty())
        return harnessError(QStringLiteral("set PORTER_FAKEBLUEZ to the porter-fakebluez program"));
    dieWithParent(m_fake);
    m_fake.setProcessChannelMode(QProcess::MergedChannels);
    m_fake.start(program, {QStringLiteral("--address"), m_address});
    if (!m_fake.waitForStarted(10000))
        return harnessError(QStringLiteral("cannot start %1: %2").arg(program, m_fake.errorString()));

    static int connections = 0;
    m_connectionName = QStringLiteral("porter-blebus-%1").arg(++connections);
    m_control = QDBusConnection::connectToBus(m_address, m_connectionName);
    if (!m_control.isConnected())
        return harnessError(
            QStringLiteral("cannot connect to the private bus: %1").arg(m_control.lastError().message()));
    // The fake takes org.bluez last, once everything is exported.
    deadline.setRemainingTime(15000);
    while (!m_control.interface()->isServiceRegistered(QStringLiteral("org.bluez")).value()) {
        if (m_fake.state() != QProcess::Running || deadline.hasExpired())
            return harnessError(QStringLiteral("the fake BlueZ did not start:\n%1").arg(log()));
        QThread::msleep(20);
    }
    if (!m_control.connect(kService, kPath, kInterface, QStringLiteral("PairingCodeShown"), m_events.get(),
                           SLOT(onPairingCodeShown(QString, QString))) ||
        !m_control.connect(kService, kPath, kInterface, QStringLiteral("LinkClosed"), m_events.get(),
                           SLOT(onLinkClosed(QString, QString))) ||
        !m_control.connect(kService, kPath, kInterface, QStringLiteral("ExternalConnected"), m_events.get(),
                           SLOT(onExternalConnected(QString, ushort))) ||
        !m_control.connect(kService, kPath, kInterface, QStringLiteral("ExternalWrite"), m_events.get(),
                           SLOT(onExternalWrite(QString, QByteArray))) ||
        !m_control.connect(kService, kPath, kInterface, QStringLiteral("ExternalDisconnected"),
                           m_events.get(), SLOT(onExternalDisconnected(QString))))
        return harnessError(QStringLiteral("cannot subscribe to the fake's signals"));
    // Qt reads these once per process, on its first system-bus or Bluetooth use (qtbluetooth notes
    // §2.3): the production Qt Bluetooth code runs unmodified against the fake.
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_address.toUtf8());
    qputenv("BLUETOOTH_FORCE_DBUS_LE_VERSION", "5.66");
    return {};
}

void BleBus::stop()
{
    if (!m_connectionName.isEmpty()) {
        QDBusConnection::disconnectFromBus(m_connectionName);
        m_control = QDBusConnection(QStringLiteral("porter-blebus-unconnected"));
        m_connectionName.clear();
    }
    stopProcess(m_fake);
    if (m_fake.state() == QProcess::NotRunning)
        m_log += QString::fromLocal8Bit(m_fake.readAll());
    stopProcess(m_daemon);
    m_dir.reset();
}

void BleBus::settle()
{
    const QDBusMessage ping =
        QDBusMessage::createMethodCall(QStringLiteral("org.bluez"), QStringLiteral("/"),
                                       QStringLiteral("org.freedesktop.DBus.Peer"), QStringLiteral("Ping"));
    QDBusConnection::systemBus().call(ping, QDBus::Block, 5000);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

Status BleBus::initDoor(const QString &directory)
{
    auto opened = cli::DoorState::open(directory, cli::DoorState::Mode::Create, 2000);
    if (!opened.ok())
        return opened.error();
    // An uncommissioned door's first state file, as porter-door init writes it.
    if (!(*opened)->door().setBattery(100))
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot write the door state in %1").arg(directory));
    return {};
}

Result<QVariantList> BleBus::call(const QString &method, const QVariantList &args)
{
    if (!m_control.isConnected())
        return harnessError(QStringLiteral("the fake BlueZ is not running"));
    QDBusMessage m = QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
    m.setArguments(args);
    const QDBusMessage r = m_control.call(m, QDBus::Block, 10000);
    if (r.type() == QDBusMessage::ErrorMessage)
        return makeError(ErrorCode::Unavailable, QStringLiteral("%1: %2").arg(method, r.errorMessage()));
    return r.arguments();
}

Status BleBus::callStatus(const QString &method, const QVariantList &args)
{
    PORTER_TRY(call(method, args));
    return {};
}

Result<QString> BleBus::addDoor(const QString &stateDir, const QString &address, const QString &name,
                                int rssi)
{
    PORTER_TRY_ASSIGN(
        const QVariantList out,
        call(QStringLiteral("AddDoor"), {stateDir, address, name, QVariant::fromValue(qint16(rssi))}));
    return qvariant_cast<QDBusObjectPath>(out.value(0)).path();
}

Status BleBus::removeDoor(const QString &address)
{
    return callStatus(QStringLiteral("RemoveDoor"), {address});
}

Result<QString> BleBus::addExternalDoor(const QString &address, const QString &name, int rssi,
                                        const QByteArray &advertisement)
{
    PORTER_TRY_ASSIGN(const QVariantList out,
                      call(QStringLiteral("AddExternalDoor"),
                           {address, name, QVariant::fromValue(qint16(rssi)), advertisement}));
    return qvariant_cast<QDBusObjectPath>(out.value(0)).path();
}

void BleBus::externalNotify(const QString &address, const QByteArray &fragment)
{
    QDBusMessage m =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("ExternalNotify"));
    m << address << fragment;
    m_control.send(m);
}

void BleBus::externalClose(const QString &address)
{
    QDBusMessage m =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("ExternalClose"));
    m << address;
    m_control.send(m);
}

Status BleBus::setExternalAdvertisement(const QString &address, const QByteArray &advertisement)
{
    return callStatus(QStringLiteral("SetExternalAdvertisement"), {address, advertisement});
}

Result<QString> BleBus::addForeignDevice(const QString &address, const QString &name, int rssi,
                                         const QString &serviceUuid)
{
    PORTER_TRY_ASSIGN(const QVariantList out,
                      call(QStringLiteral("AddForeignDevice"),
                           {address, name, QVariant::fromValue(qint16(rssi)), serviceUuid}));
    return qvariant_cast<QDBusObjectPath>(out.value(0)).path();
}

Status BleBus::setSecurity(const QString &address, const QString &requirement)
{
    return callStatus(QStringLiteral("SetSecurity"), {address, requirement});
}

Status BleBus::stallServiceDiscovery(const QString &address, bool stall)
{
    return callStatus(QStringLiteral("StallServiceDiscovery"), {address, stall});
}

Status BleBus::setInRange(const QString &address, bool inRange)
{
    return callStatus(QStringLiteral("SetInRange"), {address, inRange});
}

Status BleBus::setRssi(const QString &address, int rssi)
{
    return callStatus(QStringLiteral("SetRssi"), {address, QVariant::fromValue(qint16(rssi))});
}

Status BleBus::setMtu(const QString &address, int mtu)
{
    return callStatus(QStringLiteral("SetMtu"), {address, QVariant::fromValue(quint16(mtu))});
}

Status BleBus::failNextConnect(const QString &address, const QString &errorName)
{
    return callStatus(QStringLiteral("FailNextConnect"), {address, errorName});
}

Status BleBus::disconnectAfterBytes(const QString &address, qint64 bytes)
{
    return callStatus(QStringLiteral("DisconnectAfterBytes"), {address, QVariant::fromValue(bytes)});
}

Status BleBus::failWritesAfter(const QString &address, qint64 writes, const QString &errorName)
{
    return callStatus(QStringLiteral("FailWritesAfter"), {address, QVariant::fromValue(writes), errorName});
}

Status BleBus::dropLink(const QString &address)
{
    return callStatus(QStringLiteral("DropLink"), {address});
}

Status BleBus::setDelay(int ms)
{
    return callStatus(QStringLiteral("SetDelay"), {QVariant::fromValue(uint(qMax(0, ms)))});
}

Status BleBus::setTiming(int connectionIntervalMs, int packetsPerInterval)
{
    return callStatus(QStringLiteral("SetTiming"), {QVariant::fromValue(uint(qMax(0, connectionIntervalMs))),
                                                    QVariant::fromValue(uint(qMax(0, packetsPerInterval)))});
}

Status BleBus::setAdvertisingInterval(int ms)
{
    return callStatus(QStringLiteral("SetAdvertisingInterval"), {QVariant::fromValue(uint(qMax(0, ms)))});
}

Status BleBus::setTemporaryTimeout(int seconds)
{
    return callStatus(QStringLiteral("SetTemporaryTimeout"), {QVariant::fromValue(uint(qMax(1, seconds)))});
}

Status BleBus::setConnectTimeout(int ms)
{
    return callStatus(QStringLiteral("SetConnectTimeout"), {QVariant::fromValue(uint(qMax(0, ms)))});
}

Status BleBus::setPowered(bool on)
{
    return callStatus(QStringLiteral("SetPowered"), {on});
}

Status BleBus::setAdapterPresent(bool present)
{
    return callStatus(QStringLiteral("SetAdapterPresent"), {present});
}

Status BleBus::pressInstallButton(const QString &address)
{
    return callStatus(QStringLiteral("PressInstallButton"), {address});
}

Status BleBus::confirmAtDoor(const QString &address)
{
    return callStatus(QStringLiteral("ConfirmAtDoor"), {address});
}

Result<QString> BleBus::pairingCode(const QString &address)
{
    PORTER_TRY_ASSIGN(const QVariantList out, call(QStringLiteral("PairingCode"), {address}));
    return out.value(0).toString();
}

Status BleBus::setClockOffset(const QString &address, qint64 seconds)
{
    return callStatus(QStringLiteral("SetClockOffset"), {address, QVariant::fromValue(seconds)});
}

Result<QVariantMap> BleBus::doorStatus(const QString &address)
{
    PORTER_TRY_ASSIGN(const QVariantList out, call(QStringLiteral("DoorStatus"), {address}));
    return qdbus_cast<QVariantMap>(out.value(0));
}

Result<QByteArray> BleBus::advertisement(const QString &address)
{
    PORTER_TRY_ASSIGN(const QVariantList out, call(QStringLiteral("Advertisement"), {address}));
    return out.value(0).toByteArray();
}

Result<BleCounters> BleBus::counters(const QString &address)
{
    PORTER_TRY_ASSIGN(const QVariantList out, call(QStringLiteral("Counters"), {address}));
    const QVariantMap m = qdbus_cast<QVariantMap>(out.value(0));
    BleCounters c;
    c.framesToDoor = m.value(QStringLiteral("framesToDoor")).toLongLong();
    c.bytesToDoor = m.value(QStringLiteral("bytesToDoor")).toLongLong();
    c.framesFromDoor = m.value(QStringLiteral("framesFromDoor")).toLongLong();
    c.bytesFromDoor = m.value(QStringLiteral("bytesFromDoor")).toLongLong();
    c.connections = m.value(QStringLiteral("connections")).toLongLong();
    c.linkDrops = m.value(QStringLiteral("linkDrops")).toLongLong();
    c.rejectedWrites = m.value(QStringLiteral("rejectedWrites")).toLongLong();
    c.connected = m.value(QStringLiteral("connected")).toBool();
    c.mtu = m.value(QStringLiteral("mtu")).toInt();
    return c;
}

Result<QStringList> BleBus::doors()
{
    PORTER_TRY_ASSIGN(const QVariantList out, call(QStringLiteral("Doors"), {}));
    return out.value(0).toStringList();
}

Status BleBus::resetCounters(const QString &address)
{
    return callStatus(QStringLiteral("ResetCounters"), {address});
}

Status BleBus::reset()
{
    return callStatus(QStringLiteral("Reset"), {});
}

} // namespace porter::test

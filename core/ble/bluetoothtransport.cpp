#include "ble/bluetoothtransport.h"

#include "ble/blelogging.h"
#include "ble/blescanner.h"
#include "door/ble.h"
#include "door/protocol.h"

#include <QBluetoothUuid>
#include <QLowEnergyDescriptor>
#include <algorithm>

#if defined(Q_OS_LINUX)
#include "ble/bluezlink.h"
#include "ble/bluezmtu.h"
#endif

namespace porter::ble {

namespace {

QBluetoothUuid uuidOf(std::string_view text)
{
    return QBluetoothUuid(QUuid::fromString(QLatin1String(text.data(), qsizetype(text.size()))));
}

int defaultPacingMs()
{
#if defined(Q_OS_LINUX)
    return 0; // Qt's BlueZ backend sends one write after the other (one D-Bus call each)
#else
    return 15; // WinRT and CoreBluetooth take every write at once and may drop a burst
#endif
}

} // namespace

BluetoothTransport::BluetoothTransport(const QBluetoothDeviceInfo &device, QString address, QObject *parent)
    : Transport(parent)
    , m_device(device)
    , m_address(std::move(address))
    , m_pacingMs(defaultPacingMs())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BluetoothTransport::onTimeout);
    m_pacer.setSingleShot(true);
    connect(&m_pacer, &QTimer::timeout, this, &BluetoothTransport::sendNext);
}

BluetoothTransport::~BluetoothTransport()
{
    teardown();
}

void BluetoothTransport::setTimeouts(int connectMs, int discoveryMs)
{
    m_connectTimeoutMs = connectMs;
    m_discoveryTimeoutMs = discoveryMs;
}

void BluetoothTransport::setWritePacing(int milliseconds)
{
    m_pacingMs = std::max(0, milliseconds);
}

QString BluetoothTransport::describe() const
{
    return QStringLiteral("Bluetooth %1").arg(m_address);
}

int BluetoothTransport::payloadForMtu(int mtu)
{
    const int payload = mtu > 3 ? mtu - 3 : kUnknownMtuPayload;
    return std::clamp(payload, int(door::protocol::kMinLinkPayload), int(door::protocol::kMaxLinkPayload));
}

void BluetoothTransport::open()
{
    if (m_stage == Stage::Connecting || m_stage == Stage::Discovering || m_stage == Stage::Open)
        return;
    m_stage = Stage::Connecting;
    m_linkUp = false;
    m_mtu = 0;
    m_queue.clear();
    // From the event loop: whatever happens (even at once, e.g. no adapter) reaches the caller as a
    // signal after open() returned.
    QMetaObject::invokeMethod(this, &BluetoothTransport::start, Qt::QueuedConnection);
}

void BluetoothTransport::start()
{
    if (m_stage != Stage::Connecting)
        return;
    m_controller = QLowEnergyController::createCentral(m_device, this);
    connect(m_controller, &QLowEnergyController::connected, this, &BluetoothTransport::onConnected);
    connect(m_controller, &QLowEnergyController::discoveryFinished, this,
            &BluetoothTransport::onDiscoveryFinished);
    connect(m_controller, &QLowEnergyController::errorOccurred, this, &BluetoothTransport::onControllerError);
    connect(m_controller, &QLowEnergyController::disconnected, this, &BluetoothTransport::onDisconnected);
    connect(m_controller, &QLowEnergyController::mtuChanged, this,
            [](int mtu) { qCInfo(lcBle) << "MTU changed to" << mtu; });
    // Qt's Linux kernel backend reports a missing adapter from the constructor, before anyone listens.
    if (m_controller->error() != QLowEnergyController::NoError)
        return onControllerError(m_controller->error());
    qCInfo(lcBle) << "connecting to" << m_address;
#if defined(Q_OS_LINUX)
    auto *watch = new BluezLinkWatch(m_device.address().toString(), this);
    connect(watch, &BluezLinkWatch::linkUp, this, &BluetoothTransport::onLinkUp);
    m_linkWatch = watch;
#endif
    m_timer.start(m_connectTimeoutMs);
    m_controller->connectToDevice();
}

void BluetoothTransport::onLinkUp()
{
    if (m_stage != Stage::Connecting || m_linkUp)
        return;
    // The radio link is there; what remains is BlueZ's GATT discovery, on the discovery's clock.
    qCInfo(lcBle) << "radio link to" << m_address << "up; BlueZ discovers its services";
    m_linkUp = true;
    m_timer.start(m_discoveryTimeoutMs);
}

void BluetoothTransport::onConnected()
{
    if (m_stage != Stage::Connecting)
        return;
    qCInfo(lcBle) << "connected to" << m_address << "; discovering services";
    m_stage = Stage::Discovering;
    m_timer.start(m_discoveryTimeoutMs);
    m_controller->discoverServices();
}

void BluetoothTransport::onDiscoveryFinished()
{
    if (m_stage != Stage::Discovering || m_service)
        return;
    const QBluetoothUuid serviceUuid = uuidOf(door::ble::kServiceUuid);
    if (!m_controller->services().contains(serviceUuid))
        return fail(tr("This device is not a Porter door: the device at %1 has no Porter door service. Scan "
                       "again and choose a door from the list.")
                        .arg(m_address));
    m_service = m_controller->createServiceObject(serviceUuid, this);
    if (!m_service)
        return fail(tr("This device is not a Porter door: the device at %1 has no Porter door service. Scan "
                       "again and choose a door from the list.")
                        .arg(m_address));
    connect(m_service, &QLowEnergyService::stateChanged, this, &BluetoothTransport::onServiceState);
    connect(m_service, &QLowEnergyService::descriptorWritten, this,
            [this](const QLowEnergyDescriptor &d, const QByteArray &) { onDescriptorWritten(d); });
    connect(m_service, &QLowEnergyService::errorOccurred, this, &BluetoothTransport::onServiceError);
    connect(m_service, &QLowEnergyService::characteristicChanged, this,
            [this](const QLowEnergyCharacteristic &c, const QByteArray &value) {
                if (m_stage == Stage::Open && c.uuid() == m_notifyCharacteristic.uuid())
                    Q_EMIT received(value);
            });
    // Values are never read: a read a door refuses could stall Qt's discovery on Linux, and these
    // characteristics are not readable (docs/door-protocol.md §13).
    m_service->discoverDetails(QLowEnergyService::SkipValueDiscovery);
}

void BluetoothTransport::onServiceState(QLowEnergyService::ServiceState state)
{
    if (m_stage != Stage::Discovering || state != QLowEnergyService::RemoteServiceDiscovered)
        return;
    m_writeCharacteristic = m_service->characteristic(uuidOf(door::ble::kWriteCharacteristicUuid));
    m_notifyCharacteristic = m_service->characteristic(uuidOf(door::ble::kNotifyCharacteristicUuid));
    const QLowEnergyDescriptor cccd = m_notifyCharacteristic.isValid()
                                          ? m_notifyCharacteristic.clientCharacteristicConfiguration()
                                          : QLowEnergyDescriptor();
    if (!m_writeCharacteristic.isValid() || !m_notifyCharacteristic.isValid() || !cccd.isValid() ||
        !(m_writeCharacteristic.properties() & QLowEnergyCharacteristic::WriteNoResponse) ||
        !(m_notifyCharacteristic.properties() & QLowEnergyCharacteristic::Notify))
        return fail(tr("This device is not a Porter door: the device at %1 lacks the door's characteristics. "
                       "Scan again and choose a door from the list.")
                        .arg(m_address));
    // Notifications on before the first write: the door's first answer must not be missed.
    m_service->writeDescriptor(cccd, QLowEnergyCharacteristic::CCCDEnableNotification);
}

void BluetoothTransport::onDescriptorWritten(const QLowEnergyDescriptor &descriptor)
{
    if (m_stage != Stage::Discovering ||
        descriptor.uuid() !=
            QBluetoothUuid(QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration))
        return;
    learnMtu();
}

void BluetoothTransport::learnMtu()
{
#if defined(Q_OS_LINUX)
    // Qt's mtu() is -1 with BlueZ: ask bluetoothd (docs/decisions.md, "Bluetooth pitfalls").
    readBluezMtu(m_device.address().toString(), QString::fromLatin1(door::ble::kWriteCharacteristicUuid),
                 this, [this](int mtu) { finishOpen(mtu); });
#else
    // Windows: the GATT session's MaxPduSize, valid once connected; macOS: the maximum write length + 3.
    finishOpen(m_controller ? m_controller->mtu() : 0);
#endif
}

void BluetoothTransport::finishOpen(int mtu)
{
    if (m_stage != Stage::Discovering)
        return;
    m_timer.stop();
    m_mtu = mtu > 0 ? mtu : 0;
    const int payload = payloadForMtu(mtu);
    m_stage = Stage::Open;
    qCInfo(lcBle) << "link to" << m_address << "open: MTU" << mtu << "payload" << payload;
    announceOpened(payload);
}

void BluetoothTransport::write(const QByteArray &bytes)
{
    if (m_stage != Stage::Open || !m_service) {
        qCWarning(lcBle) << "write on a link that is not open dropped:" << bytes.size() << "bytes";
        return;
    }
    // The protocol cuts its fragments to the payload announced in opened() (docs/door-protocol.md §7).
    Q_ASSERT(bytes.size() <= payloadSize());
    if (m_pacingMs == 0) {
        // No characteristicWritten follows a write without response: nothing to wait for.
        m_service->writeCharacteristic(m_writeCharacteristic, bytes, QLowEnergyService::WriteWithoutResponse);
        return;
    }
    m_queue.append(bytes);
    if (!m_pacer.isActive())
        sendNext();
}

void BluetoothTransport::sendNext()
{
    if (m_stage != Stage::Open || !m_service || m_queue.isEmpty())
        return;
    m_service->writeCharacteristic(m_writeCharacteristic, m_queue.takeFirst(),
                                   QLowEnergyService::WriteWithoutResponse);
    m_pacer.start(m_pacingMs);
}

void BluetoothTransport::onControllerError(QLowEnergyController::Error error)
{
    if (m_stage == Stage::Idle || m_stage == Stage::Closed)
        return;
    const QString detail = m_controller ? m_controller->errorString() : QString();
    qCWarning(lcBle) << "controller error" << error << detail;
    switch (error) {
    case QLowEnergyController::NoError:
        return;
    case QLowEnergyController::UnknownRemoteDeviceError:
        return fail(tr("Door %1 is not in range (this computer's Bluetooth no longer knows it): scan again, "
                       "standing near the door.")
                        .arg(m_address));
    case QLowEnergyController::InvalidBluetoothAdapterError:
    case QLowEnergyController::ConnectionError:
    case QLowEnergyController::MissingPermissionsError:
    case QLowEnergyController::UnknownError:
        // No adapter, or it was turned off (Qt on Linux says "connection error" then): say which.
        if (const auto problem = BleDoorScanner::adapterProblem())
            return fail(problem->message);
        if (error == QLowEnergyController::MissingPermissionsError)
            return fail(
                BleDoorScanner::describeError(QBluetoothDeviceDiscoveryAgent::MissingPermissionsError, {})
                    .message);
        // Qt's text for an unknown error ("Unknown Error") tells a technician nothing.
        if (m_stage == Stage::Connecting && error == QLowEnergyController::UnknownError)
            return fail(
                tr("Cannot connect to door %1 over Bluetooth. Stand closer to the door and try again.")
                    .arg(m_address));
        if (m_stage == Stage::Connecting)
            return fail(tr("Cannot connect to door %1 over Bluetooth (%2). Stand closer to the door and try "
                           "again.")
                            .arg(m_address, detail));
        return fail(tr("The Bluetooth link to door %1 failed (%2). Stand closer to the door and try again.")
                        .arg(m_address, detail));
    case QLowEnergyController::RemoteHostClosedError:
        return fail(
            tr("Door %1 closed the Bluetooth link. Stand closer to the door and try again.").arg(m_address));
    case QLowEnergyController::AuthorizationError: // macOS (CoreBluetooth); never from Qt 6.4's BlueZ backend
        return failUnauthorized();
    default: // NetworkError, AdvertisingError; RssiReadError from Qt 6.5
        break;
    }
    fail(tr("The Bluetooth link to door %1 failed (%2). Stand closer to the door and try again.")
             .arg(m_address, detail));
}

void BluetoothTransport::onServiceError(QLowEnergyService::ServiceError error)
{
    if (m_stage == Stage::Idle || m_stage == Stage::Closed || error == QLowEnergyService::NoError)
        return;
    qCWarning(lcBle) << "service error" << error;
    // Turning notifications on is the one write request Porter makes (the CCCD; BlueZ's StartNotify).
    // The characteristic was just found with its notify property, so a refusal is the door's security:
    // BlueZ answers NotAuthorized (ATT Insufficient Authorization) or NotPermitted "Not paired"
    // (Insufficient Authentication/Encryption), and Qt 6.4 reports every StartNotify error as
    // DescriptorWriteError without its name (docs/door-protocol.md §13).
    if (error == QLowEnergyService::DescriptorWriteError && m_stage == Stage::Discovering)
        return failUnauthorized();
    if (error == QLowEnergyService::CharacteristicWriteError)
        return fail(tr("Door %1 did not take the data sent over Bluetooth, so the link was closed. Stand "
                       "closer and try again: a sync continues where it stopped.")
                        .arg(m_address));
    fail(tr("The Bluetooth link to door %1 failed while setting up the door's service. Stand closer to the "
            "door and try again.")
             .arg(m_address));
}

void BluetoothTransport::failUnauthorized()
{
    fail(tr("Door %1 refused this computer's Bluetooth connection (authorization). Remove the door from the "
            "system's paired Bluetooth devices and try again.")
             .arg(m_address));
}

void BluetoothTransport::onDisconnected()
{
    switch (m_stage) {
    case Stage::Idle:
    case Stage::Closed:
        return;
    case Stage::Connecting:
    case Stage::Discovering:
        return fail(tr("Door %1 dropped the Bluetooth link while it was being set up. Stand closer to the "
                       "door and try again.")
                        .arg(m_address));
    case Stage::Open:
        return fail(tr("The Bluetooth link to door %1 was lost. Stand closer to the door and try again: a "
                       "sync continues where it stopped.")
                        .arg(m_address));
    }
}

void BluetoothTransport::onTimeout()
{
    if (m_stage == Stage::Connecting && !m_linkUp)
        return fail(tr("The door did not answer; stand closer and try again (door %1, no connection after %2 "
                       "s).")
                        .arg(m_address)
                        .arg(m_connectTimeoutMs / 1000.0));
    if (m_stage == Stage::Connecting || m_stage == Stage::Discovering)
        return fail(tr("The door did not answer; stand closer and try again (door %1 connected but did not "
                       "set up its service within %2 s).")
                        .arg(m_address)
                        .arg(m_discoveryTimeoutMs / 1000.0));
}

void BluetoothTransport::fail(const QString &reason)
{
    if (m_stage == Stage::Idle || m_stage == Stage::Closed)
        return;
    qCInfo(lcBle) << "link to" << m_address << "closed:" << reason;
    teardown();
    m_stage = Stage::Closed;
    announceClosed(reason);
}

void BluetoothTransport::close()
{
    if (m_stage == Stage::Idle || m_stage == Stage::Closed)
        return;
    teardown();
    m_stage = Stage::Closed;
    announceClosed(tr("Closed."));
}

void BluetoothTransport::teardown()
{
    m_timer.stop();
    m_pacer.stop();
    m_queue.clear();
    delete m_linkWatch; // stops watching the bus
    m_linkUp = false;
    if (m_service) {
        m_service->disconnect(this);
        m_service->deleteLater();
        m_service = nullptr;
    }
    if (m_controller) {
        m_controller->disconnect(this);
        if (m_controller->state() != QLowEnergyController::UnconnectedState)
            m_controller->disconnectFromDevice();
        m_controller->deleteLater();
        m_controller = nullptr;
    }
}

} // namespace porter::ble

#include "ble/blescanner.h"

#include "ble/blelogging.h"
#include "ble/devicebook.h"
#include "door/ble.h"

#include <QBluetoothLocalDevice>
#include <QBluetoothUuid>
#include <QDateTime>
#include <QMetaObject>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QPermissions>
#endif

namespace porter::ble {

namespace {

QBluetoothUuid uuidOf(std::string_view text)
{
    return QBluetoothUuid(QUuid::fromString(QLatin1String(text.data(), qsizetype(text.size()))));
}

// Where a technician turns Bluetooth on, on this platform.
QString whereToTurnOn()
{
#if defined(Q_OS_MACOS)
    return BleDoorScanner::tr("Turn it on in the Bluetooth menu or in System Settings > Bluetooth");
#elif defined(Q_OS_WIN)
    return BleDoorScanner::tr("Turn it on in Settings > Bluetooth & devices");
#else
    return BleDoorScanner::tr(
        "Turn it on in the system's Bluetooth settings (or run: bluetoothctl power on)");
#endif
}

Error noAdapter()
{
#if defined(Q_OS_LINUX)
    return makeError(ErrorCode::Unavailable,
                     BleDoorScanner::tr(
                         "No Bluetooth adapter was found. Plug in or enable the laptop's Bluetooth (or a USB "
                         "Bluetooth adapter), check that the bluetooth service is running (systemctl status "
                         "bluetooth), and scan again."));
#else
    return makeError(ErrorCode::Unavailable,
                     BleDoorScanner::tr("No Bluetooth adapter was found. Plug in or enable the "
                                        "laptop's Bluetooth (or a USB Bluetooth adapter) and scan "
                                        "again."));
#endif
}

Error adapterOff()
{
    return makeError(ErrorCode::Unavailable,
                     BleDoorScanner::tr("Bluetooth is turned off on this computer. %1, then scan again.")
                         .arg(whereToTurnOn()));
}

Error permissionMissing()
{
#if defined(Q_OS_MACOS)
    return makeError(
        ErrorCode::Unavailable,
        BleDoorScanner::tr("Porter is not allowed to use Bluetooth. Allow it in System Settings > Privacy & "
                           "Security > Bluetooth, then scan again. (macOS refuses Bluetooth to a program "
                           "started outside Porter.app: the app bundle carries the "
                           "NSBluetoothAlwaysUsageDescription that macOS requires.)"));
#elif defined(Q_OS_WIN)
    return makeError(
        ErrorCode::Unavailable,
        BleDoorScanner::tr("Windows does not let Porter use Bluetooth. Turn Bluetooth on in Settings > "
                           "Bluetooth & devices and allow apps to use the radio in Settings > Privacy & "
                           "security, then scan again."));
#else
    return makeError(
        ErrorCode::Unavailable,
        BleDoorScanner::tr("This user may not use Bluetooth: the system refused access to the Bluetooth "
                           "service. Ask the computer's administrator to allow it, then scan again."));
#endif
}

} // namespace

BleDoorScanner::BleDoorScanner(std::shared_ptr<DeviceBook> book, QObject *parent)
    : DoorScanner(parent)
    , m_book(std::move(book))
{}

BleDoorScanner::~BleDoorScanner() = default;

std::optional<Error> BleDoorScanner::adapterProblem()
{
    const QBluetoothLocalDevice local;
    if (!local.isValid())
        return noAdapter();
    if (local.hostMode() == QBluetoothLocalDevice::HostPoweredOff)
        return adapterOff();
    return std::nullopt;
}

Error BleDoorScanner::describeError(QBluetoothDeviceDiscoveryAgent::Error error, const QString &qtText)
{
    switch (error) {
    case QBluetoothDeviceDiscoveryAgent::PoweredOffError:
        return adapterOff();
    case QBluetoothDeviceDiscoveryAgent::InvalidBluetoothAdapterError:
        return noAdapter();
    case QBluetoothDeviceDiscoveryAgent::MissingPermissionsError:
        return permissionMissing();
    case QBluetoothDeviceDiscoveryAgent::UnsupportedPlatformError:
    case QBluetoothDeviceDiscoveryAgent::UnsupportedDiscoveryMethod:
        return makeError(ErrorCode::Unavailable,
                         tr("This computer's Bluetooth cannot scan for Bluetooth Low Energy devices, which "
                            "Porter's doors are. Use a Bluetooth 4.0 (or newer) adapter."));
    case QBluetoothDeviceDiscoveryAgent::InputOutputError:
        // Qt on Linux says this when it finds no adapter at start; an adapter that vanished mid-scan too.
        if (const auto problem = adapterProblem())
            return *problem;
        [[fallthrough]];
    default: // UnknownError, LocationServiceTurnedOffError (Android)
        break;
    }
    return makeError(ErrorCode::Unavailable,
                     tr("The Bluetooth scan failed (%1). Check that Bluetooth is on and scan again.")
                         .arg(qtText.isEmpty() ? tr("no detail") : qtText));
}

void BleDoorScanner::start(int seconds)
{
    if (m_scanning)
        return;
    m_scanning = true;
    // From the event loop: a caller that connects after start() still hears failed() or seen().
    QMetaObject::invokeMethod(
        this,
        [this, seconds]() {
            if (!m_scanning)
                return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#if QT_CONFIG(permissions)
            // Qt 6.6 and later no longer ask for the Bluetooth permission themselves on macOS
            // (docs/decisions.md, "Bluetooth pitfalls"); Qt 6.4 has no permission API and asks itself.
            QBluetoothPermission permission;
            permission.setCommunicationModes(QBluetoothPermission::Access);
            switch (qApp->checkPermission(permission)) {
            case Qt::PermissionStatus::Undetermined:
                qApp->requestPermission(permission, this, [this, seconds](const QPermission &answer) {
                    if (!m_scanning)
                        return;
                    if (answer.status() == Qt::PermissionStatus::Granted)
                        beginScan(seconds);
                    else
                        fail(permissionMissing());
                });
                return;
            case Qt::PermissionStatus::Denied:
                return fail(permissionMissing());
            case Qt::PermissionStatus::Granted:
                break;
            }
#endif
#endif
            beginScan(seconds);
        },
        Qt::QueuedConnection);
}

void BleDoorScanner::beginScan(int seconds)
{
    if (const auto problem = adapterProblem())
        return fail(*problem);
    delete m_agent;
    m_agent = new QBluetoothDeviceDiscoveryAgent(this);
    // 0: until stop(). Qt's default is 40 s.
    m_agent->setLowEnergyDiscoveryTimeout(seconds > 0 ? seconds * 1000 : 0);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this,
            [this](const QBluetoothDeviceInfo &info) { onDevice(info, false); });
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
            [this](const QBluetoothDeviceInfo &info, QBluetoothDeviceInfo::Fields) { onDevice(info, true); });
    const auto ended = [this]() {
        if (!m_scanning)
            return;
        m_scanning = false;
        Q_EMIT finished();
    };
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::finished, this, ended);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::canceled, this, ended);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this,
            [this](QBluetoothDeviceDiscoveryAgent::Error error) {
                qCWarning(lcBle) << "scan error" << error << m_agent->errorString();
                fail(describeError(error, m_agent->errorString()));
            });
    qCInfo(lcBle) << "scanning for doors" << (seconds > 0 ? seconds : 0) << "s";
    m_agent->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
}

void BleDoorScanner::onDevice(const QBluetoothDeviceInfo &info, bool updated)
{
    if (!m_scanning)
        return;
    static const QBluetoothUuid service = uuidOf(door::ble::kServiceUuid);
    if (!(info.coreConfigurations() & QBluetoothDeviceInfo::LowEnergyCoreConfiguration))
        return;
    if (!info.serviceUuids().contains(service))
        return;
    const QByteArray data = info.manufacturerData(door::ble::kCompanyId);
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(data.constData());
    const auto ad = door::ble::decodeAdvertisement(door::ByteView(bytes, std::size_t(data.size())));
    if (!ad) {
        qCDebug(lcBle) << "ignoring" << info.address() << "(its advertisement is not a door's)";
        return;
    }
    // A device BlueZ only remembers (Qt reports all of them when a scan starts) has no signal
    // strength: it is not in range until it is heard during this scan.
    if (info.rssi() == 0) {
        qCDebug(lcBle) << "not reporting" << info.address() << "until it is heard (cached by the system)";
        return;
    }
    const QString address = DeviceBook::addressOf(info);
    m_book->remember(address, info);
    sync::SeenDoor door;
    door.address = address;
    door.name = info.name();
    door.commissioned = ad->commissioned;
    door.installMode = ad->installMode;
    door.faulted = ad->faulted;
    door.propertyId = ad->propertyId;
    door.doorId = ad->doorId;
    door.listVersion = ad->listVersion;
    door.rssi = info.rssi();
    door.seenAtMs = QDateTime::currentMSecsSinceEpoch();
    qCDebug(lcBle) << (updated ? "heard again" : "heard") << address << "rssi" << door.rssi << "door"
                   << door.propertyId << door.doorId;
    Q_EMIT seen(door);
}

void BleDoorScanner::stop()
{
    if (!m_scanning)
        return;
    if (m_agent && m_agent->isActive()) {
        m_agent->stop(); // canceled() follows: finished()
        return;
    }
    m_scanning = false;
    Q_EMIT finished();
}

bool BleDoorScanner::isScanning() const
{
    return m_scanning;
}

void BleDoorScanner::fail(const Error &error)
{
    if (!m_scanning)
        return;
    m_scanning = false;
    if (m_agent && m_agent->isActive())
        m_agent->stop();
    Q_EMIT failed(error);
}

} // namespace porter::ble

#include "ble/bleradio.h"

#include "ble/blelogging.h"
#include "ble/blescanner.h"
#include "ble/bluetoothtransport.h"
#include "ble/devicebook.h"

#include <QBluetoothAddress>
#include <QBluetoothLocalDevice>

Q_LOGGING_CATEGORY(lcBle, "porter.ble")

namespace porter::ble {

BleRadio::BleRadio()
    : m_book(std::make_shared<DeviceBook>())
{
    qRegisterMetaType<sync::SeenDoor>();
}

BleRadio::~BleRadio() = default;

QString BleRadio::describe() const
{
    const QBluetoothLocalDevice local;
    if (!local.isValid())
        return tr("Bluetooth (no adapter)");
    const QString name = local.name();
    if (name.isEmpty())
        return tr("Bluetooth (%1)").arg(local.address().toString());
    return tr("Bluetooth (%1, %2)").arg(name, local.address().toString());
}

std::unique_ptr<sync::DoorScanner> BleRadio::createScanner(QObject *parent)
{
    return std::make_unique<BleDoorScanner>(m_book, parent);
}

bool BleRadio::poweredOff() const
{
    const QBluetoothLocalDevice local;
    return local.isValid() && local.hostMode() == QBluetoothLocalDevice::HostPoweredOff;
}

Status BleRadio::powerOn()
{
    return ble::powerOn();
}

void BleRadio::setTimeouts(int connectMs, int discoveryMs)
{
    m_connectTimeoutMs = connectMs;
    m_discoveryTimeoutMs = discoveryMs;
}

Result<std::unique_ptr<sync::Transport>> BleRadio::createTransport(const QString &address, QObject *parent)
{
    std::optional<QBluetoothDeviceInfo> device = m_book->find(address);
#if !defined(Q_OS_MACOS) && !defined(Q_OS_IOS)
    // Linux and Windows reach a device by its address, also one this process did not hear (the system
    // must still know it: Qt connects only to a device BlueZ has, so scanning first is the rule).
    if (!device) {
        const QBluetoothAddress parsed(address);
        if (!parsed.isNull()) {
            QBluetoothDeviceInfo info(parsed, QString(), 0);
            info.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
            device = info;
        }
    }
#endif
    if (!device)
        return makeError(ErrorCode::Unavailable,
                         tr("Door %1 is not in range: scan first, standing near the door.").arg(address));
    auto transport = std::make_unique<BluetoothTransport>(*device, address, parent);
    transport->setTimeouts(m_connectTimeoutMs, m_discoveryTimeoutMs);
    return std::unique_ptr<sync::Transport>(std::move(transport));
}

void installRadio()
{
    if (sync::Radio::installed())
        return;
    sync::Radio::install(std::make_shared<BleRadio>());
}

Status powerOn()
{
    QBluetoothLocalDevice local;
    if (!local.isValid())
        return makeError(ErrorCode::Unavailable,
                         BleRadio::tr("No Bluetooth adapter was found to turn on. Plug in or enable the "
                                      "laptop's Bluetooth."));
    if (local.hostMode() != QBluetoothLocalDevice::HostPoweredOff)
        return {};
    local.powerOn();
    if (local.hostMode() == QBluetoothLocalDevice::HostPoweredOff)
        return makeError(
            ErrorCode::Unavailable,
            BleRadio::tr("Bluetooth could not be turned on from Porter. Turn it on in the system's "
                         "Bluetooth settings, then scan again."));
    return {};
}

} // namespace porter::ble

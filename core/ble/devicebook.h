#pragma once

#include <QBluetoothDeviceInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <optional>

namespace porter::ble {

// The Bluetooth devices this process heard advertising Porter's service, by the address string a
// SeenDoor carries. On Linux and Windows that string is the device address; on macOS Qt gives no
// address, only a UUID that CoreBluetooth made for this host, and a controller can be created only
// from the QBluetoothDeviceInfo of the scan (docs/decisions.md, "Bluetooth pitfalls").
class DeviceBook
{
public:
    void remember(const QString &address, const QBluetoothDeviceInfo &info)
    {
        const QMutexLocker lock(&m_mutex);
        m_devices.insert(address, info);
    }
    std::optional<QBluetoothDeviceInfo> find(const QString &address) const
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_devices.constFind(address);
        if (it == m_devices.constEnd())
            return std::nullopt;
        return *it;
    }

    // How a scanned device is named in a SeenDoor: its address, or its UUID where there is none (macOS).
    static QString addressOf(const QBluetoothDeviceInfo &info)
    {
        if (!info.address().isNull())
            return info.address().toString();
        return info.deviceUuid().toString(QUuid::WithoutBraces);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QBluetoothDeviceInfo> m_devices;
};

} // namespace porter::ble

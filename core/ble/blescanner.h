#pragma once

#include "link/radio.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothDeviceInfo>
#include <QCoreApplication>
#include <QSet>
#include <memory>

namespace porter::ble {

class DeviceBook;

// A scan for doors over QBluetoothDeviceDiscoveryAgent, LE only (docs/door-protocol.md §13). Reports a
// device only when it advertises Porter's service UUID and its manufacturer data (company 0xFFFF)
// decodes as a door advertisement, and only once it was heard during this scan: Qt on Linux first
// reports every device BlueZ remembers, in range or not, and those carry no signal strength
// (docs/decisions.md, "Bluetooth pitfalls").
class BleDoorScanner : public sync::DoorScanner
{
    Q_OBJECT

public:
    BleDoorScanner(std::shared_ptr<DeviceBook> book, QObject *parent = nullptr);
    ~BleDoorScanner() override;

    void start(int seconds = 0) override;
    void stop() override;
    bool isScanning() const override;

    // What a discovery error means for the technician (also used before a scan starts).
    static Error describeError(QBluetoothDeviceDiscoveryAgent::Error error, const QString &qtText);
    // Whether this computer has a usable adapter now: no adapter / adapter off errors, or nothing.
    static std::optional<Error> adapterProblem();

private:
    void beginScan(int seconds);
    void onDevice(const QBluetoothDeviceInfo &info, bool updated);
    void fail(const Error &error);

    std::shared_ptr<DeviceBook> m_book;
    QBluetoothDeviceDiscoveryAgent *m_agent = nullptr;
    bool m_scanning = false;
};

} // namespace porter::ble

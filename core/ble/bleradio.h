#pragma once

#include "link/radio.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace porter::ble {

class DeviceBook;

// The laptop's Bluetooth as Porter's Radio (link/radio.h, docs/door-protocol.md §13): Qt Bluetooth's
// central role. Scanners report the doors advertising Porter's service now; transports connect to a
// door one of them heard. The devices heard are remembered for the life of the process, because on
// macOS a device is reached by the per-host UUID Qt reported for it, not by an address.
class BleRadio : public sync::Radio
{
    Q_DECLARE_TR_FUNCTIONS(BleRadio)

public:
    BleRadio();
    ~BleRadio() override;

    // "Bluetooth (hci0)", or "Bluetooth (no adapter)".
    QString describe() const override;
    bool simulated() const override { return false; }
    std::unique_ptr<sync::DoorScanner> createScanner(QObject *parent = nullptr) override;
    Result<std::unique_ptr<sync::Transport>> createTransport(const QString &address,
                                                             QObject *parent = nullptr) override;

    // The first adapter is present and powered off.
    bool poweredOff() const override;
    Status powerOn() override; // ble::powerOn()

    // Connect and service-discovery timeouts of the transports made from now on (15 s each by default).
    void setTimeouts(int connectMs, int discoveryMs);

private:
    std::shared_ptr<DeviceBook> m_book;
    int m_connectTimeoutMs = 15000;
    int m_discoveryTimeoutMs = 15000;
};

// Installs a BleRadio as the process-wide radio unless one is installed already (the window's
// simulated doors in --demo, a test's radio). Called once at start-up by porterctl and the window.
void installRadio();

// Turns the first Bluetooth adapter on (what a technician is offered when it is off), or says why it
// cannot be done from here.
Status powerOn();

} // namespace porter::ble

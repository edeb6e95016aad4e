#pragma once

#include "link/transport.h"

#include <QBluetoothDeviceInfo>
#include <QByteArrayList>
#include <QLowEnergyCharacteristic>
#include <QLowEnergyController>
#include <QLowEnergyService>
#include <QPointer>
#include <QTimer>

namespace porter::ble {

// The door protocol's link over Bluetooth LE GATT (docs/door-protocol.md §13), as Qt Bluetooth's
// central: connect, discover Porter's service without reading values (SkipValueDiscovery), enable
// notifications, learn the ATT MTU, then opened(MTU − 3). Each write() is one fragment sent as a
// write without response; each notification is received(). Flow control is the protocol's own (§7,
// credit): Qt confirms no write without response, and a notification may arrive before the write that
// caused it is even handed to the radio. Made by BleRadio::createTransport (TransportFactory).
class BluetoothTransport : public sync::Transport
{
    Q_OBJECT

public:
    // The payload when the MTU is unknown: ATT's minimum MTU 23 − 3.
    static constexpr int kUnknownMtuPayload = 20;

    BluetoothTransport(const QBluetoothDeviceInfo &device, QString address, QObject *parent = nullptr);
    ~BluetoothTransport() override;

    // How long connecting, and then discovering the service and enabling notifications, may take before
    // the link gives up (15 s each by default). On Linux the discovery's time starts when BlueZ has the
    // radio link up: Qt 6.4 reports connected() only after BlueZ resolved the GATT services, and a door
    // that connects but never finishes that is told apart from one that does not answer at all.
    void setTimeouts(int connectMs, int discoveryMs);
    // Milliseconds between two writes (0: hand each write to Qt at once). Qt's BlueZ backend sends
    // writes one after another; on Windows and macOS Qt issues them all at once, so they are paced.
    void setWritePacing(int milliseconds);
    // The ATT MTU the link learnt (0 before opened(), or when the platform did not say).
    int mtu() const { return m_mtu; }

    void open() override;
    void close() override;
    void write(const QByteArray &bytes) override;
    QString describe() const override;

    // ATT MTU → link payload: MTU − 3 when known, 20 otherwise, within the protocol's range.
    static int payloadForMtu(int mtu);

private:
    enum class Stage
    {
        Idle,
        Connecting,
        Discovering,
        Open,
        Closed,
    };

    void start();
    void onLinkUp();
    void onConnected();
    void onDiscoveryFinished();
    void onServiceState(QLowEnergyService::ServiceState state);
    void onDescriptorWritten(const QLowEnergyDescriptor &descriptor);
    void learnMtu();
    void finishOpen(int mtu);
    void onControllerError(QLowEnergyController::Error error);
    void onServiceError(QLowEnergyService::ServiceError error);
    void onDisconnected();
    void onTimeout();
    void sendNext();
    void fail(const QString &reason);
    void failUnauthorized();
    void teardown();

    QBluetoothDeviceInfo m_device;
    QString m_address;
    Stage m_stage = Stage::Idle;
    QPointer<QLowEnergyController> m_controller;
    QPointer<QLowEnergyService> m_service;
    QPointer<QObject> m_linkWatch; // Linux: BluezLinkWatch
    bool m_linkUp = false;         // the radio link is up, the GATT discovery is running
    QLowEnergyCharacteristic m_writeCharacteristic;
    QLowEnergyCharacteristic m_notifyCharacteristic;
    QTimer m_timer;
    QTimer m_pacer;
    QByteArrayList m_queue;
    int m_connectTimeoutMs = 15000;
    int m_discoveryTimeoutMs = 15000;
    int m_pacingMs = 0;
    int m_mtu = 0;
};

} // namespace porter::ble

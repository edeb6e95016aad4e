#pragma once

// `porter-door serve --ble`: the reference door as a real Bluetooth LE peripheral (Qt's peripheral
// role): it advertises the door's service and its advertisement (docs/door-protocol.md §13) and runs
// SessionHost over the GATT service — laptop writes in, notifications out. For a hardware check with
// a second machine or adapter (docs/hardware-check.md). Qt 6.4 on Linux sends the advertising
// commands over a raw HCI socket: it needs a Bluetooth controller and root or CAP_NET_RAW.

#include "sessionhost.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

class QLowEnergyController;
class QLowEnergyService;

namespace porter::doorsim {

class BleDoorServer : public QObject
{
    Q_OBJECT

public:
    BleDoorServer(door::Door &door, QString name, std::function<void(const QString &)> say,
                  QObject *parent = nullptr);
    ~BleDoorServer() override;

    // Adds the service and starts advertising; an error says what the machine lacks.
    Status start();
    void stop();

Q_SIGNALS:
    // The controller failed after start() (adapter gone, advertising refused).
    void failed(const porter::Error &error);

private:
    void advertise();
    void onConnected();
    void onDisconnected();
    Error explain(int controllerError) const;

    door::Door &m_door;
    QString m_name;
    std::function<void(const QString &)> m_say;
    SessionHost m_host;
    std::unique_ptr<QLowEnergyController> m_controller;
    std::unique_ptr<QLowEnergyService> m_service;
    QTimer m_readvertise;    // the advertisement follows the door's state (commissioned, new list)
    QByteArray m_advertised; // the advertisement last handed to the controller
    bool m_connected = false;
};

} // namespace porter::doorsim

#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace porter::ble {

// Linux only: the ATT MTU BlueZ negotiated for the link to the device at `address`, read from the
// `MTU` property of the org.bluez.GattCharacteristic1 object with `characteristicUuid` under that
// device (found with ObjectManager.GetManagedObjects on the system bus). Qt 6.4–6.8's
// QLowEnergyController::mtu() is always -1 with BlueZ (docs/decisions.md, "Bluetooth pitfalls").
// Asynchronous: done(mtu) is called once from the event loop, with 0 when BlueZ does not say (an older
// bluetoothd without the property, no such object) — the caller then assumes 23.
void readBluezMtu(const QString &address, const QString &characteristicUuid, QObject *context,
                  std::function<void(int)> done);

} // namespace porter::ble

#pragma once

#include <QObject>
#include <QString>

class QDBusMessage;

namespace porter::ble {

// Linux only: tells when BlueZ has the radio link to the device at `address` up (org.bluez.Device1
// `Connected` turned true). Qt 6.4's BlueZ backend reports connected() only once BlueZ has also
// resolved the device's GATT services (`ServicesResolved`), so without this a door that connects but
// never completes its GATT discovery would look like one that never answered (docs/door-protocol.md
// §13). Watches PropertiesChanged from org.bluez on the system bus while it lives.
class BluezLinkWatch : public QObject
{
    Q_OBJECT

public:
    explicit BluezLinkWatch(const QString &address, QObject *parent = nullptr);
    ~BluezLinkWatch() override;

Q_SIGNALS:
    void linkUp();

private Q_SLOTS:
    // Connected by name: QtDBus has no function-pointer form for bus signals.
    void onPropertiesChanged(const QDBusMessage &message);

private:
    QString m_pathSuffix; // "/dev_AA_BB_CC_DD_EE_FF", the end of BlueZ's device object path
    bool m_watching = false;
};

} // namespace porter::ble

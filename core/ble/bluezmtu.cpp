#include "ble/bluezmtu.h"

#include "ble/blelogging.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMap>
#include <QVariantMap>

namespace porter::ble {

namespace {

const QString kBluez = QStringLiteral("org.bluez");
constexpr int kDbusTimeoutMs = 3000;

using InterfaceList = QMap<QString, QVariantMap>;
using ManagedObjects = QMap<QDBusObjectPath, InterfaceList>;

// The characteristic's object path under the device with `address`, or empty.
QString characteristicPath(const ManagedObjects &objects, const QString &address, const QString &uuid)
{
    QStringList devices;
    for (auto it = objects.constBegin(); it != objects.constEnd(); ++it) {
        const auto device = it.value().constFind(QStringLiteral("org.bluez.Device1"));
        if (device != it.value().constEnd() &&
            device->value(QStringLiteral("Address")).toString().compare(address, Qt::CaseInsensitive) == 0)
            devices << it.key().path() + QLatin1Char('/');
    }
    for (auto it = objects.constBegin(); it != objects.constEnd(); ++it) {
        const auto chr = it.value().constFind(QStringLiteral("org.bluez.GattCharacteristic1"));
        if (chr == it.value().constEnd() ||
            chr->value(QStringLiteral("UUID")).toString().compare(uuid, Qt::CaseInsensitive) != 0)
            continue;
        for (const QString &device : std::as_const(devices))
            if (it.key().path().startsWith(device))
                return it.key().path();
    }
    return {};
}

} // namespace

void readBluezMtu(const QString &address, const QString &characteristicUuid, QObject *context,
                  std::function<void(int)> done)
{
    QDBusConnection bus = QDBusConnection::systemBus();
    const QDBusMessage call = QDBusMessage::createMethodCall(
        kBluez, QStringLiteral("/"), QStringLiteral("org.freedesktop.DBus.ObjectManager"),
        QStringLiteral("GetManagedObjects"));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kDbusTimeoutMs), context);
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, context,
        [watcher, address, characteristicUuid, context, done = std::move(done)]() mutable {
            watcher->deleteLater();
            const QDBusMessage reply = watcher->reply();
            if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
                qCWarning(lcBle) << "GetManagedObjects failed:" << reply.errorName() << reply.errorMessage();
                return done(0);
            }
            ManagedObjects objects;
            reply.arguments().constFirst().value<QDBusArgument>() >> objects;
            const QString path = characteristicPath(objects, address, characteristicUuid);
            if (path.isEmpty()) {
                qCWarning(lcBle) << "no GattCharacteristic1" << characteristicUuid << "under device"
                                 << address;
                return done(0);
            }
            QDBusMessage get = QDBusMessage::createMethodCall(
                kBluez, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
            get << QStringLiteral("org.bluez.GattCharacteristic1") << QStringLiteral("MTU");
            auto *mtuWatcher = new QDBusPendingCallWatcher(
                QDBusConnection::systemBus().asyncCall(get, kDbusTimeoutMs), context);
            QObject::connect(mtuWatcher, &QDBusPendingCallWatcher::finished, context,
                             [mtuWatcher, path, done = std::move(done)]() {
                                 mtuWatcher->deleteLater();
                                 const QDBusMessage answer = mtuWatcher->reply();
                                 if (answer.type() != QDBusMessage::ReplyMessage ||
                                     answer.arguments().isEmpty()) {
                                     // bluetoothd before 5.62 has no MTU property.
                                     qCInfo(lcBle) << "BlueZ gives no MTU for" << path << answer.errorName();
                                     return done(0);
                                 }
                                 const QVariant value =
                                     qvariant_cast<QDBusVariant>(answer.arguments().constFirst()).variant();
                                 bool ok = false;
                                 const uint mtu = value.toUInt(&ok);
                                 qCInfo(lcBle) << "BlueZ MTU of" << path << "is" << value;
                                 done(ok ? int(mtu) : 0);
                             });
        });
}

} // namespace porter::ble

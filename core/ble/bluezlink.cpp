#include "ble/bluezlink.h"

#include "ble/blelogging.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>

namespace porter::ble {

namespace {

const QString kBluez = QStringLiteral("org.bluez");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");
const QString kPropertiesChanged = QStringLiteral("PropertiesChanged");

} // namespace

BluezLinkWatch::BluezLinkWatch(const QString &address, QObject *parent)
    : QObject(parent)
    , m_pathSuffix(QStringLiteral("/dev_") + address.toUpper().replace(QLatin1Char(':'), QLatin1Char('_')))
{
    // Any path: the adapter's name (hci0, hci1, …) is BlueZ's business. Sent before Qt's Connect on the
    // same connection, so the bus applies the match before the Connected change can be sent.
    m_watching = QDBusConnection::systemBus().connect(kBluez, QString(), kProperties, kPropertiesChanged,
                                                      this, SLOT(onPropertiesChanged(QDBusMessage)));
    if (!m_watching)
        qCWarning(lcBle) << "cannot watch BlueZ's PropertiesChanged";
}

BluezLinkWatch::~BluezLinkWatch()
{
    if (m_watching)
        QDBusConnection::systemBus().disconnect(kBluez, QString(), kProperties, kPropertiesChanged, this,
                                                SLOT(onPropertiesChanged(QDBusMessage)));
}

void BluezLinkWatch::onPropertiesChanged(const QDBusMessage &message)
{
    const QVariantList args = message.arguments();
    if (!message.path().endsWith(m_pathSuffix) || args.size() < 2 ||
        args.at(0).toString() != QLatin1String("org.bluez.Device1"))
        return;
    const QVariantMap changed = qdbus_cast<QVariantMap>(args.at(1));
    const auto connected = changed.constFind(QStringLiteral("Connected"));
    if (connected != changed.constEnd() && connected->toBool()) {
        qCInfo(lcBle) << "BlueZ has the link to" << message.path() << "up";
        Q_EMIT linkUp();
    }
}

} // namespace porter::ble

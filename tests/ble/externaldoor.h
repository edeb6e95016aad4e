#pragma once

// porter::test::ExternalDoor: an in-process reference door (a door::Door on the test's clock) behind an
// external device of the fake BlueZ (BleBus::addExternalDoor, docs/testing.md "External doors"), so a
// test that owns its doors and its clock — the oracle — syncs them over Qt's real BlueZ backend.

#include "blebus.h"
#include "door/ble.h"
#include "door/door.h"
#include "link/referencedoorend.h"

#include <QObject>
#include <functional>

namespace porter::test {

class ExternalDoor
{
public:
    // The door must outlive this object; now: the host clock the door runs on.
    ExternalDoor(BleBus &bus, QString address, door::Door &door, std::function<qint64()> now)
        : m_bus(bus)
        , m_address(std::move(address))
        , m_door(door)
        , m_now(now)
        , m_end(door, std::move(now))
    {
        BleBusEvents *events = bus.events();
        QObject::connect(events, &BleBusEvents::externalConnected, &m_context,
                         [this](const QString &a, int payload) {
                             if (a != m_address)
                                 return;
                             m_connected = true;
                             m_closeSent = false;
                             ++m_connections;
                             m_end.connect(payload);
                         });
        QObject::connect(events, &BleBusEvents::externalWrite, &m_context,
                         [this](const QString &a, const QByteArray &bytes) {
                             if (a != m_address || !m_connected)
                                 return;
                             m_end.receive(bytes);
                             pump();
                         });
        QObject::connect(events, &BleBusEvents::externalDisconnected, &m_context, [this](const QString &a) {
            if (a != m_address)
                return;
            m_connected = false;
            m_end.disconnect();
            (void)refreshAdvertisement();
        });
    }

    Result<QString> add(const QString &name = QStringLiteral("Porter Door"), int rssi = -60)
    {
        return m_bus.addExternalDoor(m_address, name, rssi, advertisement());
    }

    // What the door advertises now (its list version, battery, ...), shown by the fake from now on.
    Status refreshAdvertisement() { return m_bus.setExternalAdvertisement(m_address, advertisement()); }

    QString address() const { return m_address; }
    bool connected() const { return m_connected; }
    int connections() const { return m_connections; }

private:
    QByteArray advertisement() const
    {
        const auto bytes = door::ble::encodeAdvertisement(door::ble::advertisementOf(m_door, m_now()));
        return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    }

    // Every fragment the door has goes out as a notification; once its session is over, the door ends
    // the link (the fake drops it after the last fragment, as for a hosted door).
    void pump()
    {
        while (const auto fragment = m_end.nextFragment())
            m_bus.externalNotify(m_address, *fragment);
        if (m_end.sessionOver() && !m_closeSent) {
            m_closeSent = true;
            m_bus.externalClose(m_address);
        }
    }

    BleBus &m_bus;
    QString m_address;
    door::Door &m_door;
    std::function<qint64()> m_now;
    sync::ReferenceDoorEnd m_end;
    QObject m_context; // the connections end with this object
    bool m_connected = false;
    bool m_closeSent = false;
    int m_connections = 0;
};

} // namespace porter::test

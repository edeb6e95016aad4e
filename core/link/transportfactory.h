#pragma once

#include "link/transport.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace porter::sync {

class DoorEnd;

// How a door is reached: the one thing a caller knows before there is a link.
class DoorAddress
{
public:
    enum class Kind
    {
        Loopback,  // an in-process door (tests, the demo): DoorEnd
        Tcp,       // a door emulator (`porter-door serve --listen HOST:PORT`)
        Bluetooth, // a door heard over the air (link/radio.h: the installed Radio reaches it)
    };

    // payloadSize: loopback and TCP have no MTU to learn, so both ends are told (porter-door serve's
    // --payload); a Bluetooth link learns its own from the MTU exchange.
    static DoorAddress loopback(std::shared_ptr<DoorEnd> door, int payloadSize = 244);
    static DoorAddress tcp(const QString &host, quint16 port, int payloadSize = 244);
    static DoorAddress bluetooth(const QString &address);

    Kind kind() const { return m_kind; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString bluetoothAddress() const { return m_host; }
    int payloadSize() const { return m_payloadSize; }
    const std::shared_ptr<DoorEnd> &loopbackDoor() const { return m_door; }
    // For people: "loopback", "127.0.0.1:40123", "Bluetooth AA:BB:…".
    QString describe() const;

private:
    Kind m_kind = Kind::Tcp;
    QString m_host; // the TCP host, or the Bluetooth address
    quint16 m_port = 0;
    int m_payloadSize = 244;
    std::shared_ptr<DoorEnd> m_door;
};

// The one place a Transport is made: callers say how the door is reached, never which class.
class TransportFactory
{
    Q_DECLARE_TR_FUNCTIONS(TransportFactory)

public:
    // A closed transport to the door (open() it, or hand it to SyncEngine / Commissioner), or why
    // there is none (no radio installed for a Bluetooth address, a payload size out of range).
    static Result<std::unique_ptr<Transport>> create(const DoorAddress &address, QObject *parent = nullptr);
};

} // namespace porter::sync

#include "link/transportfactory.h"

#include "door/protocol.h"
#include "link/loopbacktransport.h"
#include "link/radio.h"
#include "link/tcptransport.h"

namespace porter::sync {

DoorAddress DoorAddress::loopback(std::shared_ptr<DoorEnd> door, int payloadSize)
{
    DoorAddress a;
    a.m_kind = Kind::Loopback;
    a.m_door = std::move(door);
    a.m_payloadSize = payloadSize;
    return a;
}

DoorAddress DoorAddress::tcp(const QString &host, quint16 port, int payloadSize)
{
    DoorAddress a;
    a.m_kind = Kind::Tcp;
    a.m_host = host;
    a.m_port = port;
    a.m_payloadSize = payloadSize;
    return a;
}

DoorAddress DoorAddress::bluetooth(const QString &address)
{
    DoorAddress a;
    a.m_kind = Kind::Bluetooth;
    a.m_host = address;
    a.m_payloadSize = 0; // learnt from the MTU exchange
    return a;
}

QString DoorAddress::describe() const
{
    switch (m_kind) {
    case Kind::Loopback:
        return QStringLiteral("loopback");
    case Kind::Tcp:
        return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    case Kind::Bluetooth:
        return QStringLiteral("bluetooth:%1").arg(m_host);
    }
    return {};
}

Result<std::unique_ptr<Transport>> TransportFactory::create(const DoorAddress &address, QObject *parent)
{
    const auto payloadInRange = [&]() {
        return address.payloadSize() >= int(door::protocol::kMinLinkPayload) &&
               address.payloadSize() <= int(door::protocol::kMaxLinkPayload);
    };
    switch (address.kind()) {
    case DoorAddress::Kind::Loopback:
    case DoorAddress::Kind::Tcp:
        if (!payloadInRange())
            return makeError(ErrorCode::InvalidInput, tr("The link payload size must be from %1 to %2 bytes, "
                                                         "not %3.")
                                                          .arg(door::protocol::kMinLinkPayload)
                                                          .arg(door::protocol::kMaxLinkPayload)
                                                          .arg(address.payloadSize()));
        if (address.kind() == DoorAddress::Kind::Loopback) {
            if (!address.loopbackDoor())
                return makeError(ErrorCode::InvalidInput, tr("There is no in-process door to connect to."));
            return std::unique_ptr<Transport>(
                std::make_unique<LoopbackTransport>(address.loopbackDoor(), address.payloadSize(), parent));
        }
        if (address.host().isEmpty() || address.port() == 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("A door reached over TCP needs a host and a port, e.g. 127.0.0.1:40123."));
        return std::unique_ptr<Transport>(
            std::make_unique<TcpTransport>(address.host(), address.port(), address.payloadSize(), parent));
    case DoorAddress::Kind::Bluetooth: {
        // The installed radio: the laptop's Bluetooth (core/ble) or the demo's simulated doors.
        if (address.bluetoothAddress().isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("A door reached over Bluetooth needs its address."));
        PORTER_TRY_ASSIGN(const std::shared_ptr<Radio> radio, Radio::require());
        return radio->createTransport(address.bluetoothAddress(), parent);
    }
    }
    return makeError(ErrorCode::Internal, tr("Unknown kind of door address."));
}

} // namespace porter::sync

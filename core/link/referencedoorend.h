#pragma once

#include "link/doorend.h"

#include <QString>
#include <functional>
#include <memory>

namespace porter::door {
class Door;
class DoorSession;
} // namespace porter::door

namespace porter::sync {

// The reference door (core/door) as the far end of a LoopbackTransport: for tests, the demo and the
// emulator, never a real door. One DoorSession per connection, as porter-door serve runs one per
// TCP connection. The door must outlive this object.
class ReferenceDoorEnd final : public DoorEnd
{
public:
    // hostNow: the host clock the door runs on (the door adds its own offset).
    ReferenceDoorEnd(door::Door &door, std::function<qint64()> hostNow);
    ~ReferenceDoorEnd() override;

    void connect(int payloadSize) override;
    void receive(const QByteArray &bytes) override;
    std::optional<QByteArray> nextFragment() override;
    void disconnect() override;

    // What the door's display shows during a commissioning (empty before the laptop's reveal).
    QString pairingCode() const;
    // This connection's session ended (closed or failed): a door then ends the link once its last
    // fragment went out (the fake BlueZ's external doors, tests/ble/externaldoor.h).
    bool sessionOver() const;
    bool sessionFailed() const override;

private:
    door::Door &m_door;
    std::function<qint64()> m_now;
    std::unique_ptr<door::DoorSession> m_session;
};

} // namespace porter::sync

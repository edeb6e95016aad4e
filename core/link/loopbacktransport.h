#pragma once

#include "link/transport.h"

#include <functional>
#include <memory>

namespace porter::door {
class Door;
}

namespace porter::sync {

class DoorEnd;

// An in-process door on the other end of the pipe (tests, the oracle, the demo). Delivery is queued
// through the event loop like a real link; dropAfterBytes cuts the link mid-stream, at any byte.
class LoopbackTransport final : public Transport
{
    Q_OBJECT

public:
    LoopbackTransport(std::shared_ptr<DoorEnd> door, int payloadSize = 244, QObject *parent = nullptr);
    // The reference door behind a ReferenceDoorEnd (tests): the door must outlive the transport.
    LoopbackTransport(door::Door &door, std::function<qint64()> hostNow, int payloadSize = 244,
                      QObject *parent = nullptr);
    ~LoopbackTransport() override;

    void open() override;
    void close() override;
    void write(const QByteArray &bytes) override;
    QString describe() const override { return QStringLiteral("loopback"); }

    void setDropAfterBytes(qint64 bytes) { m_dropAfter = bytes; }
    qint64 bytesTransferred() const { return m_total; }
    // Called for each write towards the door before delivery; may modify it (abuse tests).
    std::function<void(QByteArray &)> tamperToDoor;

private:
    void pumpDoor();
    void drop();

    std::shared_ptr<DoorEnd> m_door;
    int m_payload;
    qint64 m_dropAfter = -1;
    qint64 m_total = 0;
    bool m_open = false;
    int m_generation = 0; // events queued for an earlier connection are dropped
};

} // namespace porter::sync

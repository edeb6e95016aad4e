#pragma once

#include "door/session.h"
#include "link/transport.h"

#include <QPointer>
#include <functional>
#include <memory>

namespace porter::sync {

// An in-process door on the other end of the pipe (tests, the oracle). Delivery is queued through
// the event loop like a real link; dropAfterBytes cuts the link mid-stream, at any byte.
class LoopbackTransport final : public Transport
{
    Q_OBJECT

public:
    LoopbackTransport(door::Door &door, std::function<qint64()> hostNow, int linkPayload = 244,
                      QObject *parent = nullptr);
    void open() override;
    void close() override;
    void write(const QByteArray &bytes) override;
    int linkPayload() const override { return m_payload; }
    QString describe() const override { return QStringLiteral("loopback"); }

    void setDropAfterBytes(qint64 bytes) { m_dropAfter = bytes; }
    qint64 bytesTransferred() const { return m_total; }
    // Called for each write towards the door before delivery; may modify it (abuse tests).
    std::function<void(QByteArray &)> tamperToDoor;

private:
    void pumpDoor();
    void drop();

    door::Door &m_door;
    std::function<qint64()> m_now;
    int m_payload;
    std::unique_ptr<door::DoorSession> m_session;
    qint64 m_dropAfter = -1;
    qint64 m_total = 0;
    bool m_open = false;
    int m_generation = 0; // events queued for an earlier connection are dropped
};

} // namespace porter::sync

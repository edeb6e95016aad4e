#include "link/loopbacktransport.h"

#include "link/doorend.h"
#include "link/referencedoorend.h"

#include <QTimer>

namespace porter::sync {

LoopbackTransport::LoopbackTransport(std::shared_ptr<DoorEnd> door, int payloadSize, QObject *parent)
    : Transport(parent)
    , m_door(std::move(door))
    , m_payload(payloadSize)
{
    Q_ASSERT(m_door);
}

LoopbackTransport::LoopbackTransport(door::Door &door, std::function<qint64()> hostNow, int payloadSize,
                                     QObject *parent)
    : LoopbackTransport(std::make_shared<ReferenceDoorEnd>(door, std::move(hostNow)), payloadSize, parent)
{}

LoopbackTransport::~LoopbackTransport()
{
    if (m_open)
        m_door->disconnect();
}

void LoopbackTransport::open()
{
    m_door->connect(m_payload);
    m_open = true;
    m_total = 0;
    const int generation = ++m_generation;
    // The payload size is told when the link is up, as a BLE link learns it from the MTU exchange.
    QTimer::singleShot(0, this, [this, generation]() {
        if (generation == m_generation && m_open)
            announceOpened(m_payload);
    });
}

void LoopbackTransport::close()
{
    if (!m_open)
        return;
    m_open = false;
    markNotOpen();
    m_door->disconnect();
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation]() {
        if (generation == m_generation)
            announceClosed(tr("Closed."));
    });
}

void LoopbackTransport::drop()
{
    m_open = false;
    markNotOpen();
    m_door->disconnect();
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation]() {
        if (generation == m_generation)
            announceClosed(tr("The link to the door was lost."));
    });
}

void LoopbackTransport::write(const QByteArray &bytes)
{
    if (!m_open)
        return;
    QByteArray data = bytes;
    if (tamperToDoor)
        tamperToDoor(data);
    if (m_dropAfter >= 0 && m_total + data.size() > m_dropAfter) {
        const qint64 keep = m_dropAfter - m_total;
        m_total += keep;
        m_door->receive(data.left(keep));
        drop();
        return;
    }
    m_total += data.size();
    m_door->receive(data);
    pumpDoor();
}

void LoopbackTransport::pumpDoor()
{
    while (m_open) {
        auto fragment = m_door->nextFragment();
        if (!fragment)
            break;
        const QByteArray out = *fragment;
        if (m_dropAfter >= 0 && m_total + out.size() > m_dropAfter) {
            const qint64 keep = m_dropAfter - m_total;
            m_total += keep;
            const QByteArray part = out.left(keep);
            const int generation = m_generation;
            QTimer::singleShot(0, this, [this, part, generation]() {
                if (generation == m_generation)
                    Q_EMIT received(part);
            });
            drop();
            return;
        }
        m_total += out.size();
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, out, generation]() {
            if (m_open && generation == m_generation)
                Q_EMIT received(out);
        });
    }
    if (m_open && m_door->sessionFailed()) {
        // After the fragments queued above (a refusal, say), as a door that gave up drops the link.
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation]() {
            if (!m_open || generation != m_generation)
                return;
            m_open = false;
            markNotOpen();
            m_door->disconnect();
            announceClosed(tr("The door ended the session."));
        });
    }
}

} // namespace porter::sync

#include "link/loopbacktransport.h"

#include "sync/planner.h"

#include <QTimer>

namespace porter::sync {

LoopbackTransport::LoopbackTransport(door::Door &door, std::function<qint64()> hostNow, int linkPayload,
                                     QObject *parent)
    : Transport(parent)
    , m_door(door)
    , m_now(std::move(hostNow))
    , m_payload(linkPayload)
{}

void LoopbackTransport::open()
{
    m_session = std::make_unique<door::DoorSession>(m_door, std::size_t(m_payload));
    m_open = true;
    m_total = 0;
    const int generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation]() {
        if (generation == m_generation)
            Q_EMIT opened();
    });
}

void LoopbackTransport::close()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_session)
        m_session->linkLost();
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation]() {
        if (generation == m_generation)
            Q_EMIT closed(tr("Closed."));
    });
}

void LoopbackTransport::drop()
{
    m_open = false;
    if (m_session)
        m_session->linkLost();
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation]() {
        if (generation == m_generation)
            Q_EMIT closed(tr("The link to the door was lost."));
    });
}

void LoopbackTransport::write(const QByteArray &bytes)
{
    if (!m_open || !m_session)
        return;
    QByteArray data = bytes;
    if (tamperToDoor)
        tamperToDoor(data);
    if (m_dropAfter >= 0 && m_total + data.size() > m_dropAfter) {
        const qint64 keep = m_dropAfter - m_total;
        m_total += keep;
        m_session->receive(viewOf(data.left(keep)), m_now());
        drop();
        return;
    }
    m_total += data.size();
    m_session->receive(viewOf(data), m_now());
    pumpDoor();
}

void LoopbackTransport::pumpDoor()
{
    while (m_open) {
        auto fragment = m_session->nextFragment();
        if (!fragment)
            break;
        QByteArray out = toQByteArray(*fragment);
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
}

} // namespace porter::sync

#include "link/referencedoorend.h"

#include "door/session.h"
#include "sync/internal/planner.h"

namespace porter::sync {

ReferenceDoorEnd::ReferenceDoorEnd(door::Door &door, std::function<qint64()> hostNow)
    : m_door(door)
    , m_now(std::move(hostNow))
{}

ReferenceDoorEnd::~ReferenceDoorEnd() = default;

void ReferenceDoorEnd::connect(int payloadSize)
{
    if (m_session)
        m_session->linkLost();
    m_session = std::make_unique<door::DoorSession>(m_door, std::size_t(payloadSize));
}

void ReferenceDoorEnd::receive(const QByteArray &bytes)
{
    if (m_session)
        m_session->receive(viewOf(bytes), m_now());
}

std::optional<QByteArray> ReferenceDoorEnd::nextFragment()
{
    if (!m_session)
        return std::nullopt;
    auto fragment = m_session->nextFragment();
    if (!fragment)
        return std::nullopt;
    return toQByteArray(*fragment);
}

void ReferenceDoorEnd::disconnect()
{
    if (m_session)
        m_session->linkLost();
}

QString ReferenceDoorEnd::pairingCode() const
{
    return m_session ? QString::fromStdString(m_session->pairingCode()) : QString();
}

bool ReferenceDoorEnd::sessionFailed() const
{
    return m_session && m_session->state() == door::DoorSession::State::Failed;
}

bool ReferenceDoorEnd::sessionOver() const
{
    if (!m_session)
        return false;
    const auto state = m_session->state();
    return state == door::DoorSession::State::Closed || state == door::DoorSession::State::Failed;
}

} // namespace porter::sync

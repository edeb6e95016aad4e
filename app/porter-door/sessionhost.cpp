#include "sessionhost.h"

#include "doorstate.h"

using porter::cli::hostNow;

namespace porter::doorsim {

SessionHost::SessionHost(door::Door &door, std::function<void(const QString &)> say, QObject *parent)
    : QObject(parent)
    , m_door(door)
    , m_say(std::move(say))
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleTimeoutMs);
    // The session's hard handshake deadline is enforced whether or not bytes arrive.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this]() {
        if (!m_session)
            return;
        m_session->tick(hostNow());
        pump();
    });
    m_tick.start();
    connect(&m_idle, &QTimer::timeout, this, [this]() {
        end(QStringLiteral("no traffic for %1 s").arg(kIdleTimeoutMs / 1000));
        if (m_close)
            m_close();
    });
}

SessionHost::~SessionHost() = default;

void SessionHost::setLink(std::function<void(const QByteArray &)> send, std::function<void()> close)
{
    m_send = std::move(send);
    m_close = std::move(close);
}

void SessionHost::begin(std::size_t payloadSize)
{
    m_session = std::make_unique<door::DoorSession>(m_door, payloadSize);
    m_codeShown = false;
    m_wasCommissioned = m_door.commissioned();
    m_idle.start();
}

void SessionHost::receive(const QByteArray &bytes)
{
    if (!m_session)
        return;
    m_idle.start();
    m_session->receive(
        door::ByteView(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size())),
        hostNow());
    pump();
}

void SessionHost::pump()
{
    if (!m_session)
        return;
    // The door's display during over-the-air commissioning: the same six digits Porter shows.
    if (!m_codeShown) {
        const std::string &code = m_session->pairingCode();
        if (!code.empty()) {
            m_codeShown = true;
            m_say(QStringLiteral("pairing code %1").arg(QString::fromStdString(code)));
            m_say(QStringLiteral("if Porter shows the same code, confirm at the door: porter-door confirm"));
        }
    }
    while (auto fragment = m_session->nextFragment()) {
        if (m_send)
            m_send(QByteArray(reinterpret_cast<const char *>(fragment->data()), qsizetype(fragment->size())));
    }
    const auto state = m_session->state();
    if (state == door::DoorSession::State::Closed || state == door::DoorSession::State::Failed) {
        end(state == door::DoorSession::State::Closed ? QStringLiteral("session done")
                                                      : QStringLiteral("session failed"));
        if (m_close)
            m_close();
    }
}

void SessionHost::end(const QString &why)
{
    if (!m_session)
        return;
    m_idle.stop();
    const std::unique_ptr<door::DoorSession> session = std::move(m_session);
    const auto state = session->state();
    if (state != door::DoorSession::State::Closed && state != door::DoorSession::State::Failed)
        session->linkLost(); // anything staged stays staged for the next session
    if (!m_wasCommissioned && m_door.commissioned()) {
        m_say(QStringLiteral("commissioned: door %1 of property %2")
                  .arg(m_door.doorId())
                  .arg(m_door.propertyId()));
    } else if (m_door.commissioned()) {
        const door::DoorStatus st = m_door.status(hostNow());
        m_say(QStringLiteral("connection ended (%1): version %2, activity pending %3")
                  .arg(why)
                  .arg(st.version)
                  .arg(st.activityNextSeq - st.activityFirstSeq));
    } else {
        m_say(QStringLiteral("connection ended (%1): still in install mode").arg(why));
    }
    m_wasCommissioned = m_door.commissioned();
    Q_EMIT doorChanged();
}

} // namespace porter::doorsim

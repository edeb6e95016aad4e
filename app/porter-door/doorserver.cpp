#include "doorserver.h"

#include "doorstate.h"

using porter::cli::hostNow;

namespace porter::doorsim {

namespace {

door::ByteView viewOf(const QByteArray &b)
{
    return door::ByteView(reinterpret_cast<const std::uint8_t *>(b.constData()), std::size_t(b.size()));
}

} // namespace

DoorServer::DoorServer(door::Door &door, std::size_t linkPayload, std::function<void(const QString &)> say,
                       QObject *parent)
    : QObject(parent)
    , m_door(door)
    , m_payload(linkPayload)
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
    connect(&m_idle, &QTimer::timeout, this,
            [this]() { endConnection(QStringLiteral("no traffic for %1 s").arg(kIdleTimeoutMs / 1000)); });
    connect(&m_server, &QTcpServer::newConnection, this, &DoorServer::onNewConnection);
}

DoorServer::~DoorServer()
{
    stop();
}

Status DoorServer::listen(const QHostAddress &address, quint16 port)
{
    // One pending connection is plenty: a second central waits in the backlog until the first ends.
    m_server.setMaxPendingConnections(1);
    if (!m_server.listen(address, port))
        return makeError(
            ErrorCode::LinkLost,
            tr("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_server.errorString()));
    return {};
}

void DoorServer::stop()
{
    m_server.close();
    endConnection(QStringLiteral("shutting down"));
}

void DoorServer::onNewConnection()
{
    while (QTcpSocket *next = m_server.nextPendingConnection()) {
        if (m_socket) {
            // Busy with another central: refuse, as a door's radio would.
            m_say(QStringLiteral("refused a second connection from %1 while busy")
                      .arg(next->peerAddress().toString()));
            next->abort();
            next->deleteLater();
            continue;
        }
        m_socket = next;
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_session = std::make_unique<door::DoorSession>(m_door, m_payload);
        m_codeShown = false;
        m_wasCommissioned = m_door.commissioned();
        connect(m_socket, &QTcpSocket::readyRead, this, &DoorServer::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this,
                [this]() { endConnection(QStringLiteral("peer closed")); });
        m_idle.start();
    }
}

void DoorServer::onReadyRead()
{
    if (!m_socket || !m_session)
        return;
    m_idle.start();
    const QByteArray bytes = m_socket->readAll();
    m_session->receive(viewOf(bytes), hostNow());
    pump();
}

void DoorServer::pump()
{
    if (!m_socket || !m_session)
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
    while (auto fragment = m_session->nextFragment())
        m_socket->write(reinterpret_cast<const char *>(fragment->data()), qint64(fragment->size()));
    const auto state = m_session->state();
    if (state == door::DoorSession::State::Closed || state == door::DoorSession::State::Failed)
        endConnection(state == door::DoorSession::State::Closed ? QStringLiteral("session done")
                                                                : QStringLiteral("session failed"));
}

void DoorServer::endConnection(const QString &why)
{
    if (!m_session && !m_socket)
        return;
    m_idle.stop();
    std::unique_ptr<door::DoorSession> session = std::move(m_session);
    QPointer<QTcpSocket> socket = m_socket;
    m_socket.clear();
    if (session) {
        const auto state = session->state();
        if (state != door::DoorSession::State::Closed && state != door::DoorSession::State::Failed)
            session->linkLost(); // anything staged stays staged for the next session
    }
    if (socket) {
        disconnect(socket, nullptr, this, nullptr);
        // The session's last message (Commissioned, Done) may still be in the socket's buffer:
        // close only after it went out, and delete the socket only then (deleting aborts).
        socket->flush();
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState) {
            socket->deleteLater();
        } else {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(kIdleTimeoutMs, socket, [socket]() {
                if (socket)
                    socket->abort();
                if (socket)
                    socket->deleteLater();
            });
        }
    }
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
}

} // namespace porter::doorsim

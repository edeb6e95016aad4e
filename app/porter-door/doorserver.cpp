#include "doorserver.h"

#include <QTimer>

namespace porter::doorsim {

DoorServer::DoorServer(door::Door &door, std::size_t linkPayload, std::function<void(const QString &)> say,
                       QObject *parent)
    : QObject(parent)
    , m_payload(linkPayload)
    , m_say(say)
    , m_host(door, std::move(say))
{
    m_host.setLink(
        [this](const QByteArray &fragment) {
            if (m_socket)
                m_socket->write(fragment);
        },
        [this]() { closeSocket(); });
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
    m_host.end(QStringLiteral("shutting down"));
    closeSocket();
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
        m_host.begin(m_payload);
        connect(m_socket, &QTcpSocket::readyRead, this, [this]() {
            if (m_socket)
                m_host.receive(m_socket->readAll());
        });
        connect(m_socket, &QTcpSocket::disconnected, this, [this]() {
            m_host.end(QStringLiteral("peer closed"));
            closeSocket();
        });
    }
}

void DoorServer::closeSocket()
{
    QPointer<QTcpSocket> socket = m_socket;
    m_socket.clear();
    if (!socket)
        return;
    disconnect(socket, nullptr, this, nullptr);
    // The session's last message (Commissioned, Done) may still be in the socket's buffer: close
    // only after it went out, and delete the socket only then (deleting aborts).
    socket->flush();
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        socket->deleteLater();
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kIdleTimeoutMs, socket, [socket]() {
        if (socket)
            socket->abort();
        if (socket)
            socket->deleteLater();
    });
}

} // namespace porter::doorsim

#include "link/tcptransport.h"

namespace porter::sync {

TcpTransport::TcpTransport(QString host, quint16 port, int payloadSize, QObject *parent)
    : Transport(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_payload(payloadSize)
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::connected, this, [this]() { announceOpened(m_payload); });
    connect(&m_socket, &QTcpSocket::readyRead, this, [this]() { Q_EMIT received(m_socket.readAll()); });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this]() {
        if (!m_closed) {
            m_closed = true;
            announceClosed(tr("The door closed the connection."));
        }
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (!m_closed) {
            m_closed = true;
            announceClosed(tr("Cannot reach the door at %1: %2").arg(describe(), m_socket.errorString()));
        }
    });
}

void TcpTransport::open()
{
    m_closed = false;
    m_socket.connectToHost(m_host, m_port);
}

void TcpTransport::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_socket.disconnectFromHost();
    announceClosed(tr("Closed."));
}

void TcpTransport::flush()
{
    m_socket.flush();
}

void TcpTransport::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

QString TcpTransport::describe() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

} // namespace porter::sync

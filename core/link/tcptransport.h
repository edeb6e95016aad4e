#pragma once

#include "link/transport.h"

#include <QTcpSocket>

namespace porter::sync {

// TCP to a door emulator (`porter-door serve --listen HOST:PORT`), for benches and end-to-end tests.
// TCP has no MTU to learn: the payload size is the one both ends were started with (porterctl's and
// porter-door serve's --payload), announced when the connection is up.
class TcpTransport final : public Transport
{
    Q_OBJECT

public:
    TcpTransport(QString host, quint16 port, int payloadSize = 244, QObject *parent = nullptr);
    void open() override;
    void close() override;
    void write(const QByteArray &bytes) override;
    void flush() override;
    QString describe() const override;

private:
    QString m_host;
    quint16 m_port;
    int m_payload;
    QTcpSocket m_socket;
    bool m_closed = false;
};

} // namespace porter::sync

#pragma once

// `porter-door serve --listen`: the reference door behind a TCP listener. One connection at a time
// (a door's radio talks to one central at a time); the session itself is SessionHost's, the same
// the Bluetooth door (BleDoorServer) runs (docs/door-protocol.md, §12).

#include "sessionhost.h"
#include "util/result.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

namespace porter::doorsim {

class DoorServer : public QObject
{
    Q_OBJECT

public:
    // say: one line for the door's "display" (stdout).
    DoorServer(door::Door &door, std::size_t linkPayload, std::function<void(const QString &)> say,
               QObject *parent = nullptr);
    ~DoorServer() override;

    Status listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    // Stops listening and drops the connection (anything staged stays staged).
    void stop();

    static constexpr int kIdleTimeoutMs = SessionHost::kIdleTimeoutMs;

private:
    void onNewConnection();
    void closeSocket();

    std::size_t m_payload;
    std::function<void(const QString &)> m_say;
    SessionHost m_host;
    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
};

} // namespace porter::doorsim

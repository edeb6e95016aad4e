#pragma once

// `porter-door serve`: the reference door behind a TCP listener. One DoorSession per connection,
// one connection at a time (a door's radio talks to one central at a time); the protocol is the
// same sans-IO state machine the loopback and BLE use (docs/door-protocol.md, §12).

#include "door/session.h"
#include "util/result.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>
#include <memory>

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

    // A connection without any traffic for this long is dropped (the client vanished).
    static constexpr int kIdleTimeoutMs = 30000;

private:
    void onNewConnection();
    void onReadyRead();
    void pump();
    void endConnection(const QString &why);

    door::Door &m_door;
    std::size_t m_payload;
    std::function<void(const QString &)> m_say;
    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    std::unique_ptr<door::DoorSession> m_session;
    QTimer m_idle;
    QTimer m_tick;
    bool m_codeShown = false;
    bool m_wasCommissioned = false;
};

} // namespace porter::doorsim

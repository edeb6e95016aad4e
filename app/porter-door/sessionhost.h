#pragma once

// One central at a time talking to the reference door, whatever carries the bytes: `porter-door
// serve` over TCP (DoorServer) and over Bluetooth LE (BleDoorServer). One DoorSession per
// connection, ticked every second so its handshake deadline holds without traffic; the door's
// "display" (pairing code, session results) goes to `say`.

#include "door/session.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>

namespace porter::doorsim {

class SessionHost : public QObject
{
    Q_OBJECT

public:
    // send: hands one fragment to the link. close: ends the link after what was sent went out.
    SessionHost(door::Door &door, std::function<void(const QString &)> say, QObject *parent = nullptr);
    ~SessionHost() override;

    void setLink(std::function<void(const QByteArray &)> send, std::function<void()> close);

    bool active() const { return m_session != nullptr; }
    // A central connected over a link of payloadSize bytes per fragment.
    void begin(std::size_t payloadSize);
    void receive(const QByteArray &bytes);
    // The link went away or is being closed (why: for the display). Anything staged stays staged.
    void end(const QString &why);

    // A connection without any traffic for this long is dropped (the client vanished).
    static constexpr int kIdleTimeoutMs = 30000;

Q_SIGNALS:
    // Something the door holds changed (commissioned, a new list): what it advertises changes.
    void doorChanged();

private:
    void pump();

    door::Door &m_door;
    std::function<void(const QString &)> m_say;
    std::function<void(const QByteArray &)> m_send;
    std::function<void()> m_close;
    std::unique_ptr<door::DoorSession> m_session;
    QTimer m_idle;
    QTimer m_tick;
    bool m_codeShown = false;
    bool m_wasCommissioned = false;
};

} // namespace porter::doorsim

#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace porter::sync {

// A byte pipe to one door: in-process loopback, TCP, or BLE GATT. The link says how many bytes one
// write may carry (its payload size: ATT MTU - 3 over BLE) when it opens, in opened(); nothing may ask
// for it before (a BLE link learns it from the MTU exchange). Writes never exceed it (the protocol
// fragments for it, docs/door-protocol.md §7); the receiving side may see any chunking.
// Transports are made by TransportFactory from how the door is reached (link/transportfactory.h).
class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Transport() override = default;

    virtual void open() = 0;
    virtual void close() = 0;
    virtual void write(const QByteArray &bytes) = 0;
    // Hands what was written to the link now, without waiting (e.g. before a person is asked to
    // compare what the door displays).
    virtual void flush() {}
    virtual QString describe() const = 0;

    // True between opened() and closed().
    bool isOpen() const { return m_payloadSize > 0; }
    // The payload size the link announced in opened(); 0 while it is not open.
    int payloadSize() const { return m_payloadSize; }

Q_SIGNALS:
    // The link is up and carries at most payloadSize bytes per write.
    void opened(int payloadSize);
    void received(const QByteArray &bytes);
    // The link is gone: by close(), by the peer, or by an error (reason says which, for people).
    void closed(const QString &reason);

protected:
    // For implementations: the link is up (emits opened) / gone (emits closed).
    void announceOpened(int payloadSize)
    {
        Q_ASSERT(payloadSize > 0);
        m_payloadSize = payloadSize;
        Q_EMIT opened(payloadSize);
    }
    void announceClosed(const QString &reason)
    {
        m_payloadSize = 0;
        Q_EMIT closed(reason);
    }
    // Not open any more; closed() follows later (a link that reports its end asynchronously).
    void markNotOpen() { m_payloadSize = 0; }

private:
    int m_payloadSize = 0;
};

} // namespace porter::sync

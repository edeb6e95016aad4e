#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace porter::sync {

// A byte pipe to one door: in-process loopback, TCP, or BLE GATT. Writes never exceed linkPayload()
// bytes (the protocol fragments for it); the receiving side may see any chunking.
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
    virtual int linkPayload() const = 0;
    virtual QString describe() const = 0;

Q_SIGNALS:
    void opened();
    void received(const QByteArray &bytes);
    // The link is gone: by close(), by the peer, or by an error (reason says which, for people).
    void closed(const QString &reason);
};

} // namespace porter::sync

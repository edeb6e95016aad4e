#pragma once

#include "door/session.h"
#include "devices/deviceservice.h"
#include "link/transport.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace porter::sync {

struct CommissionOutcome
{
    Id doorId = 0;
    bool ok = false;
    Error error;
    QString pairingCode; // six digits both the door and Porter show
};

// Commissions a door in install mode over a Transport (docs/door-protocol.md, "Commissioning"): the
// six-digit pairing code both ends show is confirmed by the person at the door before any secret is
// sent, and Porter records the door only after the door confirmed.
class Commissioner : public QObject
{
    Q_OBJECT

public:
    Commissioner(DeviceService &devices, QObject *parent = nullptr);
    ~Commissioner() override;

    // A door whose identity Porter already recorded is commissioned again only when this was
    // set, after the manager was warned (the old identity is replaced, and the log says so).
    void setReplaceIdentity(bool replace) { m_replaceIdentity = replace; }

    // confirm: shown the pairing code; return true when the door displays the same six digits.
    CommissionOutcome runBlocking(const Manager &actor, Id doorId, Transport *transport,
                                  std::function<bool(const QString &)> confirm, int timeoutMs = 150000);

private:
    DeviceService &m_devices;
    bool m_replaceIdentity = false;
};

} // namespace porter::sync

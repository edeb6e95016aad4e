#pragma once

#include "door/session.h"
#include "sync/deviceservice.h"
#include "sync/transport.h"

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
    QString fingerprint; // six digits both the door and Porter show
};

// Commissions a door in install mode over a Transport (docs/door-protocol.md, "Commissioning"): the
// door's six-digit fingerprint is confirmed by the person at the door before any secret is sent, and
// Porter records the door only after the door confirmed.
class Commissioner : public QObject
{
    Q_OBJECT

public:
    Commissioner(DeviceService &devices, QObject *parent = nullptr);
    ~Commissioner() override;

    // confirm: shown the fingerprint; return true when it matches the door's display.
    CommissionOutcome runBlocking(const Manager &actor, Id doorId, Transport *transport,
                                  std::function<bool(const QString &)> confirm, int timeoutMs = 30000);

private:
    DeviceService &m_devices;
};

} // namespace porter::sync

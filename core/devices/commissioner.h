#pragma once

#include "model/types.h"
#include "sync/dooroperation.h"
#include "util/result.h"

#include <QObject>
#include <QString>
#include <memory>

namespace porter {
class Backend;
}

namespace porter::sync {

class DeviceService;
class Transport;

// What one commissioning did (finished() carries an Error instead when it failed).
struct CommissionReport
{
    Id doorId = 0;
    QString doorName;
    QString pairingCode;         // the six digits both the door and Porter showed
    QString identityFingerprint; // the door identity Porter recorded, as hex groups
    bool replacedIdentity = false;
};

// Commissions a door in install mode over a Transport (docs/door-protocol.md §6, "Commissioning over
// the air"), asynchronously: start() returns at once. When both ends have derived the six-digit
// pairing code, pairingCodeReady() asks the person to compare it with the door's display; confirm()
// (the codes match) sends the property's proof and the doorcode secret, reject() ends it with
// nothing sent. Porter records the door only after the door confirmed (the person at the door pressed
// its button too); cancel() at any point closes the link and stores nothing. finished() ends every
// started commissioning exactly once. No nested event loop: porterctl waits with
// commissionBlocking() (sync/blocking.h).
class Commissioner : public QObject
{
    Q_OBJECT

public:
    // Over the Backend's device service: how a front end makes one.
    explicit Commissioner(Backend &backend, QObject *parent = nullptr);
    explicit Commissioner(DeviceService &devices, QObject *parent = nullptr);
    ~Commissioner() override;

    // A door whose identity Porter already recorded is commissioned again only when this was
    // set, after the manager was warned (the old identity is replaced, and the log says so).
    void setReplaceIdentity(bool replace);
    // A commissioning that has not finished after this long ends as a lost link (default 150 s:
    // time for a person to compare six digits and press the door's button).
    void setTimeout(int milliseconds);

    // transport: not owned, must outlive the commissioning, not open yet (the payload size is taken
    // from opened()). Permission errors are reported through finished() too, asynchronously.
    void start(const Manager &actor, Id doorId, Transport *transport);
    bool running() const;
    // The pairing code once pairingCodeReady() was emitted (empty before).
    QString pairingCode() const;

public Q_SLOTS:
    // The person at the door says the door shows the same six digits.
    void confirm();
    // The codes differ: nothing secret is sent; finished() reports it.
    void reject();
    // Stops now: the link is closed, nothing is stored; finished() follows with ErrorCode::Cancelled.
    void cancel();

Q_SIGNALS:
    void progress(const porter::sync::DoorProgress &progress);
    // Show this code and ask whether the door displays the same: then confirm() or reject().
    void pairingCodeReady(const QString &pairingCode);
    void finished(const porter::Result<porter::sync::CommissionReport> &result);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace porter::sync

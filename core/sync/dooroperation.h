#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace porter::sync {

// Where a door operation (a sync, a commissioning) is: reported by their progress() signals so a
// window can show it while the event loop keeps running.
enum class DoorStage
{
    Connecting,           // the link is being opened (start() emits nothing: show this until progress)
    Handshake,            // the link is up (payload size known); authenticating the door
    AwaitingConfirmation, // commissioning: the pairing code is shown; confirm() or reject()
    Commissioning,        // commissioning: the secret went out; waiting for the door's own confirmation
    Exchanging,           // sync: the door's status and activity, the doorcode secret
    Updating,             // sync: the signed update goes out (updateSent of updateTotal)
    Finishing,            // the door's acknowledgement; Porter records what the door confirmed
};

struct DoorProgress
{
    DoorStage stage = DoorStage::Connecting;
    qint64 bytesSent = 0;     // over the link so far
    qint64 bytesReceived = 0; // over the link so far
    // Sync, from the Updating stage on: the door holds updateSent of the update's updateTotal bytes
    // (a resumed update starts where the door's stage stopped, docs/door-protocol.md §6).
    qint64 updateSent = 0;
    qint64 updateTotal = 0;
};

// The stage for people ("Sending the update"), translated.
QString describe(DoorStage stage);

} // namespace porter::sync

Q_DECLARE_METATYPE(porter::sync::DoorProgress)

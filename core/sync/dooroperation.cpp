#include "sync/dooroperation.h"

namespace porter::sync {

QString describe(DoorStage stage)
{
    switch (stage) {
    case DoorStage::Connecting:
        return QCoreApplication::translate("porter::sync::DoorStage", "Connecting to the door");
    case DoorStage::Handshake:
        return QCoreApplication::translate("porter::sync::DoorStage", "Checking the door's identity");
    case DoorStage::AwaitingConfirmation:
        return QCoreApplication::translate("porter::sync::DoorStage",
                                           "Compare the pairing code with the door's display");
    case DoorStage::Commissioning:
        return QCoreApplication::translate("porter::sync::DoorStage",
                                           "Waiting for the person at the door to press its install button");
    case DoorStage::Exchanging:
        return QCoreApplication::translate("porter::sync::DoorStage",
                                           "Reading the door's status and activity");
    case DoorStage::Updating:
        return QCoreApplication::translate("porter::sync::DoorStage", "Sending the access list");
    case DoorStage::Finishing:
        return QCoreApplication::translate("porter::sync::DoorStage", "Recording what the door confirmed");
    }
    return {};
}

} // namespace porter::sync

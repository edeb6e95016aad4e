#pragma once

#include "cli.h"

namespace porter::cli {

// Handlers, one per command (the table that names them is in commands.cpp).
Outcome cmdInit(Session &s);
Outcome cmdPropertyAdd(Session &s);
Outcome cmdPropertyList(Session &s);
Outcome cmdPropertySetDoorcodeDigits(Session &s);
Outcome cmdPropertyShow(Session &s);
Outcome cmdPropertyRotateDoorcodeSecret(Session &s);
Outcome cmdDoorAdd(Session &s);
Outcome cmdDoorList(Session &s);
Outcome cmdDoorPending(Session &s);
Outcome cmdDoorCommission(Session &s);
Outcome cmdDoorSync(Session &s);
Outcome cmdDoorShow(Session &s);
Outcome cmdDoorcode(Session &s);
Outcome cmdPersonAppKey(Session &s);
Outcome cmdKeyAdd(Session &s);
Outcome cmdKeyEdit(Session &s);
Outcome cmdKeyDelete(Session &s);
Outcome cmdKeyList(Session &s);
Outcome cmdManagerAdd(Session &s);
Outcome cmdManagerList(Session &s);
Outcome cmdInvite(Session &s);
Outcome cmdPeople(Session &s);
Outcome cmdPersonShow(Session &s);
Outcome cmdGrantAdd(Session &s);
Outcome cmdGrantExpiry(Session &s);
Outcome cmdGrantRemove(Session &s);
Outcome cmdRevoke(Session &s);
Outcome cmdDelete(Session &s);
Outcome cmdShare(Session &s);
Outcome cmdKeycardEnroll(Session &s);
Outcome cmdKeycardActivate(Session &s);
Outcome cmdKeycardDeactivate(Session &s);
Outcome cmdActivity(Session &s);
Outcome cmdSyncTasks(Session &s);
Outcome cmdOutbox(Session &s);
Outcome cmdDemo(Session &s);
Outcome cmdVersion(Session &s);

// The property's current doorcode secret epoch (nullopt before its first commissioning), and how a
// door stands against it: "epoch 2 (current)", "epoch 1 (old: sync this door)", "-".
Result<std::optional<qint64>> doorcodeEpochOf(Session &s, Id propertyId);
QString doorcodeSecretText(const Door &d, std::optional<qint64> currentEpoch);
bool holdsOldDoorcodeSecret(const Door &d, std::optional<qint64> currentEpoch);

} // namespace porter::cli

#pragma once

#include "cli.h"

namespace porter::cli {

// Handlers, one per command (the table that names them is in commands.cpp).
Outcome cmdInit(Session &s);
Outcome cmdPropertyAdd(Session &s);
Outcome cmdPropertyList(Session &s);
Outcome cmdPropertySetDoorcodeDigits(Session &s);
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

} // namespace porter::cli

#pragma once

#include "devices/commissioner.h"
#include "kits/kitcourier.h"
#include "link/radio.h"
#include "sync/syncengine.h"

#include <functional>

namespace porter::sync {

// Waiting for a door operation to end, for porterctl (and tests that drive porterctl's path): the
// one place in Porter where a local event loop runs inside a call. A window never calls these: it
// connects to the operation's signals and keeps its own event loop (docs/architecture.md, "Door
// operations").

// Runs engine.start() and returns finished()'s result.
Result<SyncReport> syncBlocking(SyncEngine &engine, const Manager &actor, Id doorId, Transport &transport);

// Runs courier.start() for one door of a field kit and returns finished()'s answer.
Result<kits::KitAnswer> deliverBlocking(kits::KitCourier &courier, const kits::FieldKit &kit, Id doorId,
                                        Transport &transport);

// Runs commissioner.start(); when the pairing code is ready, confirmCode(code) decides: true =
// confirm() (the door shows the same digits), false = reject(). Returns finished()'s result.
Result<CommissionReport> commissionBlocking(Commissioner &commissioner, const Manager &actor, Id doorId,
                                            Transport &transport,
                                            const std::function<bool(const QString &)> &confirmCode);

// Runs scanner.start(seconds) until the scan ends (finished) or enough(door) returns true for a door
// heard; returns every door heard, the latest report of each address, in the order first heard, or
// why the scan could not run (failed).
Result<QList<SeenDoor>> scanBlocking(DoorScanner &scanner, int seconds,
                                     const std::function<bool(const SeenDoor &)> &enough = {});

} // namespace porter::sync

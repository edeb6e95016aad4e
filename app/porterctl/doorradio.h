#pragma once

// porterctl's side of the doors heard over the air (docs/cli.md, "Doors over Bluetooth"): scanning
// through the installed radio (link/radio.h: the laptop's Bluetooth, porter_ble), matching what was
// heard to the manager's doors, and choosing the door a `door commission --ble` or `door sync --ble`
// talks to.

#include "link/radio.h"
#include "model/types.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace porter::cli {

class Session;

// One door heard, as the manager sees it.
struct HeardDoor
{
    enum class State
    {
        Commissioned,    // one of the manager's doors
        InstallMode,     // not commissioned, its install button was pressed: ready to be commissioned
        NotCommissioned, // not commissioned, install mode closed
        OtherProperty,   // commissioned, but not one of the doors this manager sees
        Faulted,         // refuses everything until reset at the door
    };
    sync::SeenDoor seen;
    State state = State::NotCommissioned;
    std::optional<Door> door; // Porter's door, when State::Commissioned
    qint64 pendingChanges = 0;
    bool needsSync = false; // pending changes, or it advertises another version than the acknowledged one
};

QString stateName(HeardDoor::State state); // for JSON: "commissioned", "install-mode", ...
QString stateText(HeardDoor::State state); // for people

// --seconds N (1..600), or fallback.
Result<int> scanSeconds(Session &s, int fallback);

// Scans for `seconds` through the installed radio (stops early once enough(door) is true) and matches
// every door heard to the manager's doors; nearest first.
Result<QList<HeardDoor>> scanDoors(Session &s, int seconds,
                                   const std::function<bool(const sync::SeenDoor &)> &enough = {});

// The address of `door` heard over the air (scanning up to `seconds`), or why it cannot be reached.
Result<QString> addressToSync(Session &s, const Door &door, int seconds);
// The address of the door to commission as `door`: --address when given (it must be heard and in
// install mode), otherwise the one door heard in install mode; several: the manager must choose.
Result<QString> addressToCommission(Session &s, const Door &door, int seconds);

} // namespace porter::cli

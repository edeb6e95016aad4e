#pragma once

// A door's state directory opened for one process: the lock that keeps two processes from driving the
// same door at once, the file storage and the loaded door (docs/porter-door.md, "One process per
// door"). porter-door opens every door this way, and so does `porterctl door commission --state`.

#include "util/result.h"

#include <QLockFile>
#include <QString>
#include <memory>

// The door's own types stay out of this header, so porterctl (which may not include door/ headers)
// can use it: it passes the door on to core (DeviceService::commission) without looking inside.
namespace porter::door {
class Door;
class FileStorage;
} // namespace porter::door

namespace porter::cli {

// The lock file every process that opens a door state directory takes first: porter-door (all
// subcommands but the install button) and `porterctl door commission --state`. `serve` holds it for
// its whole run.
inline QString doorLockFileName()
{
    return QStringLiteral("porter-door.lock");
}

class DoorState
{
public:
    enum class Mode
    {
        Create, // a new directory (init): must not hold a door yet
        Open,   // an existing door; a damaged one opens faulted (it refuses everything until reset)
    };
    // Opens DIR. waitMs: how long to wait for another short-lived process (try, set) to let go of the
    // lock. Errors: NotFound (no door there), Conflict (another process holds the door, or Create on a
    // directory that holds one), InvalidInput (not a directory), Storage (cannot create or lock).
    static Result<std::unique_ptr<DoorState>> open(const QString &directory, Mode mode, int waitMs);

    ~DoorState();
    DoorState(const DoorState &) = delete;
    DoorState &operator=(const DoorState &) = delete;

    door::Door &door() { return *m_door; }
    const QString &directory() const { return m_dir; }

    // What a front end asks before it lets the door take part in anything (docs/porter-door.md):
    // a damaged state faults the door (it refuses everything until reset); an uncommissioned door
    // takes a property only in install mode (its install button pressed less than 10 minutes ago).
    bool faulted() const;
    bool commissioned() const;
    bool inInstallMode(qint64 hostNow) const;

private:
    explicit DoorState(const QString &directory);
    QString m_dir;
    QLockFile m_lock;
    std::unique_ptr<door::FileStorage> m_storage;
    std::unique_ptr<door::Door> m_door;
};

// "No door state in DIR: create one with porter-door init --state DIR." (NotFound)
Error noDoorStateError(const QString &directory);

// Host clock now, UTC seconds (the door adds its own clock offset).
qint64 hostNow();

} // namespace porter::cli

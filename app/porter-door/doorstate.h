#pragma once

// A door's state directory opened for one porter-door process: the lock that keeps two processes
// from driving the same door at once, the file storage and the loaded door (docs/porter-door.md).

#include "door/door.h"

#include <QLockFile>
#include <QString>
#include <memory>
#include <optional>

namespace porter::doorsim {

// The lock file every process that opens a door state directory takes first: porter-door (all
// subcommands) and `porterctl door commission --state`. `serve` holds it for its whole run.
inline QString lockFileName()
{
    return QStringLiteral("porter-door.lock");
}

class DoorState
{
public:
    enum class Mode
    {
        Create, // a new directory (init): must not hold a door yet
        Open,   // an existing door
    };
    // Opens DIR; on failure returns nullopt and sets *error to one line for the user.
    // waitMs: how long to wait for another short-lived process (try, set) to let go of the lock.
    static std::unique_ptr<DoorState> open(const QString &directory, Mode mode, int waitMs, QString *error);

    door::Door &door() { return *m_door; }
    const QString &directory() const { return m_dir; }

private:
    DoorState(const QString &directory);
    QString m_dir;
    QLockFile m_lock;
    std::unique_ptr<door::FileStorage> m_storage;
    std::unique_ptr<door::Door> m_door;
};

// Host clock now, UTC seconds (the door adds its own clock offset).
qint64 hostNow();

} // namespace porter::doorsim

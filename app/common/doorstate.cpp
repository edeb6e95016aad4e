#include "doorstate.h"

#include "door/door.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace porter::cli {

DoorState::DoorState(const QString &directory)
    : m_dir(directory)
    , m_lock(QDir(directory).filePath(doorLockFileName()))
{
    // serve holds the lock for hours: never treat a live holder's lock as stale by age (a dead
    // holder's lock is still recognised and taken over).
    m_lock.setStaleLockTime(0);
}

DoorState::~DoorState() = default;

bool DoorState::faulted() const
{
    return m_door->faulted();
}

bool DoorState::commissioned() const
{
    return m_door->commissioned();
}

bool DoorState::inInstallMode(qint64 hostNow) const
{
    return m_door->installMode(hostNow) == door::InstallMode::Open;
}

Error noDoorStateError(const QString &directory)
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate(
                         "porter::cli", "No door state in %1: create one with porter-door init --state %1.")
                         .arg(directory));
}

Result<std::unique_ptr<DoorState>> DoorState::open(const QString &directory, Mode mode, int waitMs)
{
    if (directory.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("porter::cli", "Give the door's state directory with --state DIR."));
    const QFileInfo info(directory);
    if (mode == Mode::Create) {
        if (info.exists() && !info.isDir())
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("porter::cli", "%1 is a file; --state needs a directory.")
                    .arg(directory));
        if (!QDir().mkpath(directory))
            return makeError(
                ErrorCode::Storage,
                QCoreApplication::translate("porter::cli", "Cannot create the directory %1.").arg(directory));
    } else if (!info.isDir()) {
        return noDoorStateError(directory);
    }

    std::unique_ptr<DoorState> s(new DoorState(directory));
    if (!s->m_lock.tryLock(waitMs)) {
        if (s->m_lock.error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            s->m_lock.getLockInfo(&pid, &host, &app);
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate(
                                 "porter::cli", "The door in %1 is in use by another process (pid %2, "
                                                "e.g. porter-door serve): stop it first.")
                                 .arg(directory)
                                 .arg(pid));
        }
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate(
                             "porter::cli", "Cannot lock the door state in %1 (is the directory writable?).")
                             .arg(directory));
    }
    s->m_storage = std::make_unique<door::FileStorage>(QDir::toNativeSeparators(directory).toStdString());
    s->m_door = std::make_unique<door::Door>(*s->m_storage);
    switch (s->m_door->load()) {
    case door::LoadResult::Corrupt:
        if (mode == Mode::Create)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate(
                                 "porter::cli",
                                 "%1 holds a damaged door state; reset it with porter-door reset --state %1.")
                                 .arg(directory));
        break; // a faulted door: it refuses everything (each command says so) until reset
    case door::LoadResult::Loaded:
        if (mode == Mode::Create)
            return makeError(
                ErrorCode::Conflict,
                QCoreApplication::translate("porter::cli",
                                            "%1 already holds a door; use a new directory for a new door.")
                    .arg(directory));
        break;
    case door::LoadResult::Fresh:
        if (mode == Mode::Open)
            return noDoorStateError(directory);
        break;
    }
    return s;
}

qint64 hostNow()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace porter::cli

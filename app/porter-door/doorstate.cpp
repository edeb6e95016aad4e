#include "doorstate.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace porter::doorsim {

DoorState::DoorState(const QString &directory)
    : m_dir(directory)
    , m_lock(QDir(directory).filePath(lockFileName()))
{
    // serve holds the lock for hours: never treat a live holder's lock as stale by age (a dead
    // holder's lock is still recognised and taken over).
    m_lock.setStaleLockTime(0);
}

std::unique_ptr<DoorState> DoorState::open(const QString &directory, Mode mode, int waitMs, QString *error)
{
    if (directory.isEmpty()) {
        *error = QStringLiteral("Give the door's state directory with --state DIR.");
        return nullptr;
    }
    const QFileInfo info(directory);
    if (mode == Mode::Create) {
        if (info.exists() && !info.isDir()) {
            *error = QStringLiteral("%1 is a file; --state needs a directory.").arg(directory);
            return nullptr;
        }
        if (!QDir().mkpath(directory)) {
            *error = QStringLiteral("Cannot create the directory %1.").arg(directory);
            return nullptr;
        }
    } else if (!info.isDir()) {
        *error = QStringLiteral("No door state in %1: create one with porter-door init --state %1.")
                     .arg(directory);
        return nullptr;
    }

    std::unique_ptr<DoorState> s(new DoorState(directory));
    if (!s->m_lock.tryLock(waitMs)) {
        if (s->m_lock.error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            s->m_lock.getLockInfo(&pid, &host, &app);
            *error = QStringLiteral("The door in %1 is in use by another process (pid %2, e.g. porter-door "
                                    "serve): stop it first.")
                         .arg(directory)
                         .arg(pid);
        } else {
            *error = QStringLiteral("Cannot lock the door state in %1 (is the directory writable?).")
                         .arg(directory);
        }
        return nullptr;
    }
    s->m_storage = std::make_unique<door::FileStorage>(QDir::toNativeSeparators(directory).toStdString());
    s->m_door = std::make_unique<door::Door>(*s->m_storage);
    switch (s->m_door->load()) {
    case door::LoadResult::Corrupt:
        if (mode == Mode::Create) {
            *error =
                QStringLiteral("%1 holds a damaged door state; reset it with porter-door reset --state %1.")
                    .arg(directory);
            return nullptr;
        }
        break; // a faulted door: it refuses everything (each command says so) until reset
    case door::LoadResult::Loaded:
        if (mode == Mode::Create) {
            *error =
                QStringLiteral("%1 already holds a door; use a new directory for a new door.").arg(directory);
            return nullptr;
        }
        break;
    case door::LoadResult::Fresh:
        if (mode == Mode::Open) {
            *error = QStringLiteral("No door state in %1: create one with porter-door init --state %1.")
                         .arg(directory);
            return nullptr;
        }
        break;
    }
    return s;
}

qint64 hostNow()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace porter::doorsim

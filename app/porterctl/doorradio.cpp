#include "doorradio.h"

#include "cliutil.h"
#include "session.h"
#include "sync/blocking.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace porter::cli {

QString stateName(HeardDoor::State state)
{
    switch (state) {
    case HeardDoor::State::Commissioned:
        return QStringLiteral("commissioned");
    case HeardDoor::State::InstallMode:
        return QStringLiteral("install-mode");
    case HeardDoor::State::NotCommissioned:
        return QStringLiteral("not-commissioned");
    case HeardDoor::State::OtherProperty:
        return QStringLiteral("other-property");
    case HeardDoor::State::Faulted:
        return QStringLiteral("faulted");
    }
    return {};
}

QString stateText(HeardDoor::State state)
{
    switch (state) {
    case HeardDoor::State::Commissioned:
        return QCoreApplication::translate("porterctl", "commissioned");
    case HeardDoor::State::InstallMode:
        return QCoreApplication::translate("porterctl",
                                           "not commissioned, waiting to be commissioned (install mode)");
    case HeardDoor::State::NotCommissioned:
        return QCoreApplication::translate("porterctl", "not commissioned (press its install button)");
    case HeardDoor::State::OtherProperty:
        return QCoreApplication::translate("porterctl", "unknown door (another property)");
    case HeardDoor::State::Faulted:
        return QCoreApplication::translate("porterctl", "faulted: reset it at the door");
    }
    return {};
}

Result<int> scanSeconds(Session &s, int fallback)
{
    PORTER_TRY_ASSIGN(const int n, s.number(QStringLiteral("seconds"), fallback));
    if (n < 1 || n > 600)
        return usageError(
            QCoreApplication::translate("porterctl", "--seconds needs a number from 1 to 600."));
    return n;
}

Result<QList<HeardDoor>> scanDoors(Session &s, int seconds,
                                   const std::function<bool(const sync::SeenDoor &)> &enough)
{
    PORTER_TRY_ASSIGN(const std::shared_ptr<sync::Radio> radio, sync::Radio::require());
    // The manager's doors by the ids a door advertises (docs/door-protocol.md §13): never by address.
    QHash<QPair<quint32, quint32>, Door> mine;
    PORTER_TRY_ASSIGN(const QList<Property> properties, s.directory().properties(s.me()));
    for (const Property &p : properties) {
        PORTER_TRY_ASSIGN(const QList<Door> doors, s.directory().doors(s.me(), p.id));
        for (const Door &d : doors)
            mine.insert({quint32(d.propertyId), quint32(d.id)}, d);
    }
    const std::unique_ptr<sync::DoorScanner> scanner = radio->createScanner();
    PORTER_TRY_ASSIGN(const QList<sync::SeenDoor> seen, sync::scanBlocking(*scanner, seconds, enough));
    QList<HeardDoor> heard;
    for (const sync::SeenDoor &d : seen) {
        HeardDoor h;
        h.seen = d;
        if (d.faulted)
            h.state = HeardDoor::State::Faulted;
        else if (!d.commissioned)
            h.state = d.installMode ? HeardDoor::State::InstallMode : HeardDoor::State::NotCommissioned;
        else if (const auto it = mine.constFind({d.propertyId, d.doorId}); it != mine.constEnd()) {
            h.state = HeardDoor::State::Commissioned;
            h.door = *it;
        } else
            h.state = HeardDoor::State::OtherProperty;
        if (h.door) {
            PORTER_TRY_ASSIGN(const DoorSyncTask task, s.queries().doorSyncTask(s.me(), h.door->id));
            h.pendingChanges = task.pendingChanges;
            h.needsSync = task.pendingChanges > 0 || !d.advertises(h.door->ackedVersion);
        }
        heard << h;
    }
    std::stable_sort(heard.begin(), heard.end(),
                     [](const HeardDoor &a, const HeardDoor &b) { return a.seen.rssi > b.seen.rssi; });
    return heard;
}

Result<QString> addressToSync(Session &s, const Door &door, int seconds)
{
    const QString wanted = s.has(QStringLiteral("address")) ? s.value(QStringLiteral("address")) : QString();
    const auto isIt = [&](const sync::SeenDoor &d) {
        if (!wanted.isEmpty())
            return d.address.compare(wanted, Qt::CaseInsensitive) == 0;
        return d.commissioned && d.propertyId == quint32(door.propertyId) && d.doorId == quint32(door.id);
    };
    PORTER_TRY_ASSIGN(const QList<HeardDoor> heard, scanDoors(s, seconds, isIt));
    for (const HeardDoor &h : heard) {
        if (!isIt(h.seen))
            continue;
        if (h.state == HeardDoor::State::Faulted)
            return makeError(
                ErrorCode::DoorRejected,
                QCoreApplication::translate("porterctl",
                                            "The door at %1 refuses everything (its memory is damaged or was "
                                            "tampered with): reset it at the door and commission it again.")
                    .arg(h.seen.address));
        if (!h.seen.commissioned)
            return makeError(ErrorCode::DoorRejected,
                             QCoreApplication::translate("porterctl", "The door at %1 is not commissioned: "
                                                                      "commission it first (porterctl door "
                                                                      "commission %2 --ble).")
                                 .arg(h.seen.address)
                                 .arg(door.id));
        return h.seen.address;
    }
    if (!wanted.isEmpty())
        return makeError(ErrorCode::LinkLost,
                         QCoreApplication::translate("porterctl",
                                                     "Nothing was heard from %1 in %2 s: the door is "
                                                     "not in range. Stand near the door and try again.")
                             .arg(wanted)
                             .arg(seconds));
    return makeError(
        ErrorCode::LinkLost,
        QCoreApplication::translate("porterctl",
                                    "Door %1 \u2018%2\u2019 is not in range: it was not heard in %3 s. Stand "
                                    "near the door (check that it has power) and try again.")
            .arg(door.id)
            .arg(door.name)
            .arg(seconds));
}

Result<QString> addressToCommission(Session &s, const Door &door, int seconds)
{
    const QString wanted = s.has(QStringLiteral("address")) ? s.value(QStringLiteral("address")) : QString();
    const auto isWanted = [&](const sync::SeenDoor &d) {
        return !wanted.isEmpty() && d.address.compare(wanted, Qt::CaseInsensitive) == 0;
    };
    // With --address the scan stops as soon as that door is heard; without, it listens the whole time
    // so that two doors waiting at once are both heard (and the manager chooses).
    PORTER_TRY_ASSIGN(const QList<HeardDoor> heard, scanDoors(s, seconds, isWanted));
    if (!wanted.isEmpty()) {
        for (const HeardDoor &h : heard) {
            if (!isWanted(h.seen))
                continue;
            if (h.state != HeardDoor::State::InstallMode)
                return makeError(
                    ErrorCode::DoorRejected,
                    QCoreApplication::translate("porterctl",
                                                "The door at %1 is %2, not waiting to be commissioned: press "
                                                "its install button, then try again within 10 minutes.")
                        .arg(h.seen.address, stateText(h.state)));
            return h.seen.address;
        }
        return makeError(ErrorCode::LinkLost,
                         QCoreApplication::translate("porterctl",
                                                     "Nothing was heard from %1 in %2 s: the door is "
                                                     "not in range. Stand near the door and try again.")
                             .arg(wanted)
                             .arg(seconds));
    }
    QList<HeardDoor> waiting;
    for (const HeardDoor &h : heard)
        if (h.state == HeardDoor::State::InstallMode)
            waiting << h;
    if (waiting.isEmpty())
        return makeError(ErrorCode::LinkLost,
                         QCoreApplication::translate(
                             "porterctl",
                             "No door waiting to be commissioned was heard in %1 s (%2 door(s) heard). "
                             "Press the install button of the door to commission as door %3 "
                             "\u2018%4\u2019, stand near it and try again.")
                             .arg(seconds)
                             .arg(heard.size())
                             .arg(door.id)
                             .arg(door.name));
    if (waiting.size() > 1) {
        QStringList list;
        for (const HeardDoor &h : waiting)
            list << QCoreApplication::translate("porterctl", "%1 (%2 dBm)")
                        .arg(h.seen.address)
                        .arg(h.seen.rssi);
        return usageError(
            QCoreApplication::translate("porterctl",
                                        "%1 doors are waiting to be commissioned, nearest first: %2. Choose "
                                        "the one in front of you with --address.")
                .arg(waiting.size())
                .arg(list.join(QStringLiteral(", "))));
    }
    return waiting.constFirst().seen.address;
}

} // namespace porter::cli

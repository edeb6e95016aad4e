#include "sync/internal/doorimport.h"

#include "store/database.h"
#include "store/repositories.h"
#include "util/localtime.h"

namespace porter::sync {
namespace {

QString credentialName(door::CredentialKind k)
{
    switch (k) {
    case door::CredentialKind::Card:
        return QStringLiteral("card");
    case door::CredentialKind::Doorcode:
        return QStringLiteral("doorcode");
    case door::CredentialKind::App:
        return QStringLiteral("app");
    case door::CredentialKind::Alarm:
        return QStringLiteral("alarm");
    }
    return QStringLiteral("unknown");
}

} // namespace

QString alarmMessage(door::AlarmKind kind, std::uint32_t detail)
{
    switch (kind) {
    case door::AlarmKind::KeypadLockout:
        return QStringLiteral("The keypad locked itself for %1 s after repeated wrong codes.").arg(detail);
    case door::AlarmKind::FailureBudgetExhausted:
        return detail == 2 ? QStringLiteral("The keypad's daily budget of wrong codes is spent: it refuses "
                                            "every code until local midnight. Someone may be guessing codes.")
                           : QStringLiteral("The keypad's hourly budget of wrong codes is spent: it refuses "
                                            "every code until the hour rolls over. Someone may be guessing "
                                            "codes.");
    case door::AlarmKind::ActivityLost:
        return QStringLiteral("The door dropped %1 activity entries (its log was full).").arg(detail);
    case door::AlarmKind::ClockMovedBack:
        return QStringLiteral(
                   "The door's clock was set back by %1 s, or a sync tried to set it earlier than an "
                   "update the door holds (refused). Check the syncing computer's clock.")
            .arg(detail);
    case door::AlarmKind::UpdateRefused:
        return QStringLiteral("The door refused an update (%1).")
            .arg(QString::fromLatin1(door::describe(static_cast<door::UpdateError>(detail))));
    }
    return QStringLiteral("Unknown alarm.");
}

Result<ImportedActivity> importDoorActivity(Database &db, JournalRepository &journal,
                                            PeopleRepository &people, const Property &property,
                                            const Door &atDoor,
                                            const std::vector<door::ActivityEntry> &entries, qint64 drift,
                                            qint64 now)
{
    ImportedActivity counts;
    auto st = db.transaction([&]() -> Status {
        for (const door::ActivityEntry &entry : entries) {
            ActivityEvent e;
            e.at = entry.time - drift; // door clock corrected by the drift measured at this sync
            e.propertyId = property.id;
            e.doorId = atDoor.id;
            if (entry.isAlarm()) {
                // An alarm goes to the door's alarm list and into the activity log (porterctl activity).
                DoorAlarm a;
                a.doorId = atDoor.id;
                a.commissioning = atDoor.commissioning;
                a.doorSeq = qint64(entry.seq);
                a.kind = QString::fromLatin1(door::alarmName(entry.alarm));
                a.at = e.at;
                a.detail = entry.detail;
                a.message = alarmMessage(entry.alarm, entry.detail);
                a.source = QStringLiteral("door");
                auto alarm = journal.insertDoorAlarm(a, now);
                if (!alarm.ok())
                    return alarm.error();
                if (*alarm)
                    ++counts.alarms;
                e.action = QStringLiteral("door-alarm");
                e.credential = QString();
                e.result = QStringLiteral("alarm");
                e.reason = QString::fromLatin1(door::describe(entry.alarm));
                e.detail = a.message + QStringLiteral(" (door clock %1)").arg(formatUtcIso(entry.time));
                e.actor = QStringLiteral("Door");
                auto inserted = journal.insertDoorEvent(e, false, atDoor.commissioning, qint64(entry.seq));
                if (!inserted.ok())
                    return inserted.error();
                if (*inserted)
                    ++counts.entries;
                continue;
            }
            e.action = QStringLiteral("door-unlock");
            e.credential = credentialName(entry.kind);
            e.result = entry.granted() ? QStringLiteral("granted") : QStringLiteral("denied");
            e.reason = QString::fromLatin1(door::describe(entry.reason));
            e.detail = QStringLiteral("door clock %1").arg(formatUtcIso(entry.time));
            bool isPrivate = false;
            // Only a person the door identified is named; an unknown code or card says nothing about anyone.
            const bool identified = entry.personId != 0 && entry.reason != door::Reason::Unknown &&
                                    entry.reason != door::Reason::BadCode &&
                                    entry.reason != door::Reason::BadCredential;
            auto person = identified ? people.person(entry.personId) : Result<Person>(Error{});
            if (identified && person.ok() && person->propertyId == property.id) {
                // Residents' own activity at Residence doors is private (DESIGN.md): kept, but not whose.
                if (person->resident && !person->hostPersonId && atDoor.type == DoorType::Residence) {
                    isPrivate = true;
                    e.actor = QStringLiteral("Resident (private)");
                } else {
                    e.personId = person->id;
                    e.actor = person->displayName();
                }
            } else {
                e.actor = QStringLiteral("Unknown credential");
            }
            auto inserted = journal.insertDoorEvent(e, isPrivate, atDoor.commissioning, qint64(entry.seq));
            if (!inserted.ok())
                return inserted.error();
            if (*inserted)
                ++counts.entries;
        }
        return {};
    });
    if (!st.ok())
        return st.error();
    return counts;
}

} // namespace porter::sync

namespace porter::sync {

Status raisePorterAlarm(JournalRepository &journal, const Property &property, const Door &atDoor,
                        door::AlarmKind kind, std::uint32_t detail, const QString &message, qint64 now)
{
    DoorAlarm a;
    a.doorId = atDoor.id;
    a.commissioning = atDoor.commissioning;
    a.kind = QString::fromLatin1(door::alarmName(kind));
    a.at = now;
    a.detail = detail;
    a.message = message;
    a.source = QStringLiteral("porter");
    auto inserted = journal.insertDoorAlarm(a, now);
    if (!inserted.ok())
        return inserted.error();
    ActivityEvent e;
    e.at = a.at;
    e.propertyId = property.id;
    e.doorId = atDoor.id;
    e.actor = QStringLiteral("Porter");
    e.action = QStringLiteral("door-alarm");
    e.result = QStringLiteral("alarm");
    e.reason = QString::fromLatin1(door::describe(kind));
    e.detail = QStringLiteral("Door %1: %2").arg(atDoor.name, message);
    auto logged = journal.insertActivity(e);
    if (!logged.ok())
        return logged.error();
    return {};
}

} // namespace porter::sync

#include "access/queryservice.h"

#include "access/permissions.h"
#include "store/repositories.h"
#include "util/localtime.h"

namespace porter {

QList<Id> QueryService::visibleDoors(const Manager &actor, const Property &p) const
{
    // Specific Key Management sees door events only for the doors of its keys (docs/permissions.md).
    if (actor.role == ManagerRole::PortfolioManager || actor.keyManagement != KeyManagement::Specific)
        return {};
    QList<Id> out;
    for (Id keyId : actor.keyIds) {
        auto key = m_dir.key(keyId);
        if (key.ok() && key->propertyId == p.id)
            out.append(key->doorIds);
    }
    if (out.isEmpty())
        out.append(-1); // no doors at all
    return out;
}

Result<QList<PersonRow>> QueryService::people(const Manager &actor, PeopleFilter filter) const
{
    auto p = propertyFor(actor, filter.propertyId);
    if (!p.ok())
        return p.error();
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    filter.limit = qBound(1, filter.limit, 1000);
    return m_people.list(filter, now());
}

Result<int> QueryService::peopleCount(const Manager &actor, const PeopleFilter &filter) const
{
    auto p = propertyFor(actor, filter.propertyId);
    if (!p.ok())
        return p.error();
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    return m_people.count(filter, now());
}

Result<QList<PersonExport>> QueryService::peopleExport(const Manager &actor, Id propertyId) const
{
    auto p = propertyFor(actor, propertyId);
    if (!p.ok())
        return p.error();
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    return m_people.exportList(propertyId, now());
}

Result<PersonDetail> QueryService::person(const Manager &actor, Id personId, int activityLimit) const
{
    auto person = m_people.person(personId);
    if (!person.ok())
        return person.error();
    auto p = propertyFor(actor, person->propertyId);
    if (!p.ok())
        return makeError(ErrorCode::NotFound, tr("There is no person with id %1.").arg(personId));
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    PersonDetail d;
    d.person = *person;
    auto status = m_people.status(personId, now());
    if (!status.ok())
        return status.error();
    d.status = *status;
    auto keyName = [&](Id keyId) {
        auto k = m_dir.key(keyId);
        return k.ok() ? k->name : QStringLiteral("#%1").arg(keyId);
    };
    auto personName = [&](Id id) {
        auto other = m_people.person(id);
        return other.ok() ? other->displayName() : QStringLiteral("#%1").arg(id);
    };
    auto grants = m_people.grants(personId, true);
    if (!grants.ok())
        return grants.error();
    for (const Grant &g : *grants)
        d.grants.append(GrantView{g, keyName(g.keyId)});
    auto made = m_people.sharesByHost(personId, true);
    if (!made.ok())
        return made.error();
    for (const GuestShare &s : *made)
        d.guests.append(ShareView{s, keyName(s.keyId), personName(s.guestPersonId), d.person.displayName()});
    auto received = m_people.sharesOfGuest(personId, true);
    if (!received.ok())
        return received.error();
    for (const GuestShare &s : *received)
        d.guestPasses.append(
            ShareView{s, keyName(s.keyId), d.person.displayName(), personName(s.hostPersonId)});
    auto cards = m_people.keycards(personId);
    if (!cards.ok())
        return cards.error();
    d.keycards = *cards;
    ActivityFilter f;
    f.personId = personId;
    f.limit = activityLimit;
    f.onlyDoorIds = visibleDoors(actor, *p);
    auto activity = m_journal.activity(f);
    if (!activity.ok())
        return activity.error();
    d.activity = *activity;
    return d;
}

Result<ActivityFilter> QueryService::activityScope(const Manager &actor, ActivityFilter filter) const
{
    std::optional<Id> propertyId = filter.propertyId;
    if (filter.doorId) {
        auto door = m_dir.door(*filter.doorId);
        if (!door.ok())
            return door.error();
        propertyId = door->propertyId;
    }
    if (filter.personId) {
        auto person = m_people.person(*filter.personId);
        if (!person.ok())
            return person.error();
        propertyId = person->propertyId;
    }
    if (!propertyId)
        return makeError(ErrorCode::InvalidInput, tr("Name a property, a person or a door."));
    auto p = propertyFor(actor, *propertyId);
    if (!p.ok())
        return p.error();
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    if (filter.propertyId && *filter.propertyId != p->id)
        return makeError(ErrorCode::InvalidInput,
                         tr("That person or door is not at property %1.").arg(*filter.propertyId));
    filter.propertyId = p->id;
    filter.includePrivate = false;
    filter.onlyDoorIds = visibleDoors(actor, *p);
    filter.limit = qBound(1, filter.limit, 10000);
    return filter;
}

Result<QList<ActivityEvent>> QueryService::activity(const Manager &actor, ActivityFilter filter) const
{
    auto scoped = activityScope(actor, std::move(filter));
    if (!scoped.ok())
        return scoped.error();
    return m_journal.activity(*scoped);
}

Result<QList<ActivityRow>> QueryService::activityRows(const Manager &actor, ActivityFilter filter) const
{
    auto scoped = activityScope(actor, std::move(filter));
    if (!scoped.ok())
        return scoped.error();
    return m_journal.activityRows(*scoped);
}

Result<int> QueryService::activityCount(const Manager &actor, ActivityFilter filter) const
{
    auto scoped = activityScope(actor, std::move(filter));
    if (!scoped.ok())
        return scoped.error();
    return m_journal.activityCount(*scoped);
}

Result<DoorSyncTask> QueryService::taskFor(const Door &door, qint64 dayStart, qint64 dayEnd) const
{
    DoorSyncTask t;
    t.door = door;
    auto changes = m_journal.pendingChanges(door.id, door.ackedVersion, 500);
    if (!changes.ok())
        return changes.error();
    t.changes = *changes;
    auto count = m_journal.changeCount(door.id, door.ackedVersion);
    if (!count.ok())
        return count.error();
    t.pendingChanges = *count;
    auto epoch = m_dir.doorcodeEpoch(door.propertyId);
    if (!epoch.ok())
        return epoch.error();
    t.oldDoorcodeSecret = door.commissioned && *epoch && door.doorcodeEpoch.value_or(0) != **epoch;
    PORTER_TRY_ASSIGN(const std::optional<qint64> keyEpoch, m_dir.signingKeyEpoch(door.propertyId));
    t.oldSigningKey = door.commissioned && keyEpoch && door.signingKeyEpoch.value_or(1) != *keyEpoch;
    if (t.oldSigningKey) {
        PORTER_TRY_ASSIGN(const qint64 reset, m_dir.lastResetEpoch(door.propertyId));
        t.signingKeyReset = door.signingKeyEpoch.value_or(1) < reset;
    }
    for (const DoorChange &c : t.changes) {
        const qint64 due = c.effectiveAt.value_or(c.at);
        if (!t.dueSince || due < *t.dueSince)
            t.dueSince = due;
        if (c.effectiveAt && *c.effectiveAt >= dayStart && *c.effectiveAt < dayEnd)
            t.startsOrEndsOnDay = true;
    }
    t.dueByEndOfDay = (t.dueSince && *t.dueSince < dayEnd) || t.oldDoorcodeSecret || t.oldSigningKey;
    return t;
}

Result<QList<DoorSyncTask>> QueryService::syncTasks(const Manager &actor, Id propertyId,
                                                    const QDate &localDay) const
{
    auto p = propertyFor(actor, propertyId);
    if (!p.ok())
        return p.error();
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    auto zone = timeZoneNamed(p->timeZone);
    if (!zone.ok())
        return zone.error();
    const QDate day = localDay.isValid() ? localDay : localDate(now(), *zone);
    const qint64 dayStart = startOfLocalDay(day, *zone);
    const qint64 dayEnd = startOfLocalDay(day.addDays(1), *zone);
    auto ids = m_journal.doorsWithPendingChanges(propertyId);
    if (!ids.ok())
        return ids.error();
    QList<DoorSyncTask> out;
    for (Id id : *ids) {
        auto door = m_dir.door(id);
        if (!door.ok())
            return door.error();
        auto t = taskFor(*door, dayStart, dayEnd);
        if (!t.ok())
            return t.error();
        out.append(*t);
    }
    return out;
}

Result<DoorSyncTask> QueryService::doorSyncTask(const Manager &actor, Id doorId, const QDate &localDay) const
{
    auto door = m_dir.door(doorId);
    if (!door.ok())
        return door.error();
    auto p = propertyFor(actor, door->propertyId);
    if (!p.ok())
        return makeError(ErrorCode::NotFound, tr("There is no door with id %1.").arg(doorId));
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    auto zone = timeZoneNamed(p->timeZone);
    if (!zone.ok())
        return zone.error();
    const QDate day = localDay.isValid() ? localDay : localDate(now(), *zone);
    return taskFor(*door, startOfLocalDay(day, *zone), startOfLocalDay(day.addDays(1), *zone));
}

Result<QList<KeyHolder>> QueryService::keyHolders(const Manager &actor, Id keyId) const
{
    auto key = m_dir.key(keyId);
    if (!key.ok() && key.error().code != ErrorCode::NotFound)
        return key.error();
    auto p = key.ok() ? propertyFor(actor, key->propertyId) : Result<Property>(key.error());
    if (!p.ok())
        return makeError(ErrorCode::NotFound, tr("There is no key with id %1.").arg(keyId));
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    return m_people.keyHolders(keyId, now());
}

Result<QHash<Id, int>> QueryService::keyHolderCounts(const Manager &actor, Id propertyId) const
{
    auto p = propertyFor(actor, propertyId);
    if (!p.ok())
        return p.error();
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    return m_people.keyHolderCounts(propertyId, now());
}

} // namespace porter

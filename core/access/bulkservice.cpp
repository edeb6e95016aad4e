#include "access/bulkservice.h"

#include "access/permissions.h"
#include "access/unitofwork.h"
#include "store/repositories.h"

#include <algorithm>

namespace porter {
namespace {

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

QList<Id> sortedDoors(const QSet<Id> &doors)
{
    QList<Id> out(doors.begin(), doors.end());
    std::sort(out.begin(), out.end());
    return out;
}

// A door change line about several people names a few and counts the rest (it is one line in a sync task).
constexpr qsizetype kNamedPeople = 3;

// The values of such a line (DisplayText::doorChange): the names, how many people, and `more`.
QVariantMap peopleParams(const QList<Person> &people, QVariantMap more = {})
{
    QStringList names;
    for (const Person &p : people.mid(0, kNamedPeople))
        names << p.displayName();
    more.insert(QStringLiteral("people"), names);
    more.insert(QStringLiteral("count"), qlonglong(people.size()));
    return more;
}

} // namespace

QString BulkService::namesOf(const QList<Person> &people)
{
    if (people.size() > kNamedPeople)
        return QStringLiteral("%1 people").arg(people.size());
    QStringList names;
    for (const Person &p : people)
        names << p.displayName();
    return names.join(QStringLiteral(", "));
}

Result<QList<Person>> BulkService::livePeople(const Manager &actor, const QList<Id> &personIds,
                                              QList<Property> &properties) const
{
    if (personIds.isEmpty())
        return invalid(tr("Select at least one person."));
    QList<Person> people;
    QSet<Id> seen;
    for (Id id : personIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        Property p;
        auto person = livePersonFor(actor, id, &p);
        if (!person.ok())
            return person.error();
        people << *person;
        properties << p;
    }
    return people;
}

Result<BulkResult> BulkService::revokeAll(const Manager &actor, const QList<Id> &personIds)
{
    // Read and written inside the unit, like AccessService::revokeAll (docs/decisions.md, "Two writers
    // at once").
    BulkResult result;
    QSet<Id> allDoors;
    const QString action = QStringLiteral("revoke");
    UnitOfWork unit(m_db);
    auto st = unit.apply([&]() -> Status {
        QList<Property> properties;
        auto people = livePeople(actor, personIds, properties);
        if (!people.ok())
            return people.error();
        for (int i = 0; i < people->size(); ++i) {
            const Person &person = people->at(i);
            const Property &p = properties.at(i);
            auto grants = m_people.grants(person.id, false);
            if (!grants.ok())
                return grants.error();
            auto ownShares = m_people.sharesOfGuest(person.id, false);
            if (!ownShares.ok())
                return ownShares.error();
            QList<Id> openKeys;
            for (const Grant &g : *grants)
                openKeys << g.keyId;
            for (const GuestShare &s : *ownShares)
                openKeys << s.keyId;
            if (auto allowed = permissions::canRevokePerson(actor, p, openKeys); !allowed.ok())
                return denied(actor, p.id, action, allowed.error(), person.id);
            auto hostShares = m_people.sharesByHost(person.id, false);
            if (!hostShares.ok())
                return hostShares.error();
            auto doors = offlineDoorsOfPerson(person.id);
            if (!doors.ok())
                return doors.error();
            allDoors.unite(*doors);
            int grantsEnded = 0;
            int sharesEnded = 0;
            for (const Grant &g : *grants) {
                PORTER_TRY(m_people.endGrant(g.id, now(), EndReason::Revoked));
                ++grantsEnded;
            }
            for (const GuestShare &s : *ownShares)
                PORTER_TRY(m_people.endShare(s.id, now(), EndReason::Revoked));
            QList<Id> guestKeys;
            for (const GuestShare &s : *hostShares) {
                PORTER_TRY(m_people.endShare(s.id, now(), EndReason::HostRevoked));
                ++sharesEnded;
                guestKeys << s.keyId;
            }
            auto guestDoors = offlineDoorsOfKeys(guestKeys);
            if (!guestDoors.ok())
                return guestDoors.error();
            allDoors.unite(*guestDoors);
            PORTER_TRY(m_people.setRevoked(person.id, now()));
            result.grantsEnded += grantsEnded;
            result.sharesEnded += sharesEnded;
            ++result.peopleChanged;
            PORTER_TRY(log(actor, p.id, action, person.id,
                           QStringLiteral("Revoked all keys of %1: %2 keys and %3 guest passes ended "
                                          "(one of %4 people revoked together)")
                               .arg(person.displayName())
                               .arg(grantsEnded)
                               .arg(sharesEnded)
                               .arg(people->size()),
                           QVariantMap{{QStringLiteral("person"), person.displayName()},
                                       {QStringLiteral("grants"), grantsEnded},
                                       {QStringLiteral("shares"), sharesEnded},
                                       {QStringLiteral("together"), qlonglong(people->size())}}));
        }
        return markDoors(allDoors, action, std::nullopt,
                         QStringLiteral("Revoke all keys of %1").arg(namesOf(*people)),
                         peopleParams(*people));
    });
    if (!st.ok())
        return st.error();
    result.doorsToSync = sortedDoors(allDoors);
    return result;
}

Result<BulkResult> BulkService::addKey(const Manager &actor, const QList<Id> &personIds, Id keyId,
                                       std::optional<qint64> startsAt, std::optional<qint64> expiresAt)
{
    BulkResult result;
    QSet<Id> allDoors;
    const QString action = QStringLiteral("grant-add");
    UnitOfWork unit(m_db);
    auto st = unit.apply([&]() -> Status {
        QList<Property> properties;
        auto people = livePeople(actor, personIds, properties);
        if (!people.ok())
            return people.error();
        const qint64 start = startsAt.value_or(now());
        if (expiresAt && *expiresAt <= start)
            return invalid(tr("The expiration must be after the start."));
        if (expiresAt && *expiresAt <= now())
            return invalid(tr("The expiration is in the past. Pick a later date."));
        QList<Person> changed;
        for (int i = 0; i < people->size(); ++i) {
            const Person &person = people->at(i);
            const Property &p = properties.at(i);
            if (auto allowed = permissions::canGiveKey(actor, p, keyId); !allowed.ok())
                return denied(actor, p.id, action, allowed.error(), person.id);
            auto key = keyIn(p, keyId);
            if (!key.ok())
                return key.error();
            if (key->doorIds.isEmpty())
                return invalid(tr("Key \"%1\" opens no doors. Add doors to it first.").arg(key->name));
            if (person.accessMethod == AccessMethod::Doorcode && !key->doorcodesAllowed)
                return invalid(tr("The key \"%1\" does not allow doorcodes, so %2 (daily doorcode) could not "
                                  "open its doors. Leave them out, or allow doorcodes on the key.")
                                   .arg(key->name, person.displayName()));
            auto open = m_people.grants(person.id, false);
            if (!open.ok())
                return open.error();
            bool holds = false;
            for (const Grant &held : *open) {
                if (held.keyId != keyId)
                    continue;
                if (held.isCurrentOrFuture(now())) {
                    holds = true;
                    continue;
                }
                // One open grant per person and key: an expired one ends when it ran out (as addKey).
                PORTER_TRY(m_people.endGrant(held.id, held.expiresAt.value_or(now()), EndReason::Removed));
            }
            if (holds) {
                result.unchanged << person.displayName();
                continue;
            }
            Grant g;
            g.personId = person.id;
            g.keyId = keyId;
            g.startsAt = start;
            g.expiresAt = expiresAt;
            g.createdAt = now();
            auto id = m_people.insertGrant(g, actor.id);
            if (!id.ok())
                return id.error();
            PORTER_TRY(checkDoorLimits(key->doorIds, person.id));
            if (person.revokedAt)
                PORTER_TRY(m_people.setRevoked(person.id, std::nullopt)); // granted again after a revoke
            ++result.grantsAdded;
            ++result.peopleChanged;
            changed << person;
            PORTER_TRY(log(actor, p.id, action, person.id,
                           QStringLiteral("Gave %1 the key %2").arg(person.displayName(), key->name),
                           QVariantMap{{QStringLiteral("person"), person.displayName()},
                                       {QStringLiteral("key"), key->name}}));
        }
        if (changed.isEmpty())
            return {};
        auto doors = offlineDoorsOfKeys({keyId});
        if (!doors.ok())
            return doors.error();
        allDoors = *doors;
        auto key = m_dir.key(keyId);
        return markDoors(
            allDoors, action, std::nullopt,
            QStringLiteral("Add %1 to %2").arg(key.ok() ? key->name : QString(), namesOf(changed)),
            peopleParams(changed, {{QStringLiteral("keys"), QStringList{key.ok() ? key->name : QString()}}}),
            start > now() ? std::optional<qint64>(start) : std::nullopt);
    });
    if (!st.ok())
        return st.error();
    result.doorsToSync = sortedDoors(allDoors);
    return result;
}

Result<BulkResult> BulkService::removeKey(const Manager &actor, const QList<Id> &personIds, Id keyId)
{
    BulkResult result;
    QSet<Id> allDoors;
    const QString action = QStringLiteral("grant-remove");
    UnitOfWork unit(m_db);
    auto st = unit.apply([&]() -> Status {
        QList<Property> properties;
        auto people = livePeople(actor, personIds, properties);
        if (!people.ok())
            return people.error();
        QList<Person> changed;
        QString keyName;
        for (int i = 0; i < people->size(); ++i) {
            const Person &person = people->at(i);
            const Property &p = properties.at(i);
            if (auto allowed = permissions::canGiveKey(actor, p, keyId); !allowed.ok())
                return denied(actor, p.id, action, allowed.error(), person.id);
            auto key = keyIn(p, keyId);
            if (!key.ok())
                return key.error();
            keyName = key->name;
            auto open = m_people.grants(person.id, false);
            if (!open.ok())
                return open.error();
            int ended = 0;
            for (const Grant &g : *open) {
                if (g.keyId != keyId)
                    continue;
                PORTER_TRY(m_people.endGrant(g.id, now(), EndReason::Removed));
                ++ended;
            }
            if (ended == 0) {
                result.unchanged << person.displayName();
                continue;
            }
            auto shares = m_people.sharesByHost(person.id, false);
            if (!shares.ok())
                return shares.error();
            for (const GuestShare &s : *shares) {
                if (s.keyId == keyId && s.permanent()) {
                    PORTER_TRY(m_people.endShare(s.id, now(), EndReason::Removed));
                    ++result.sharesEnded;
                }
            }
            result.grantsEnded += ended;
            ++result.peopleChanged;
            changed << person;
            PORTER_TRY(log(actor, p.id, action, person.id,
                           QStringLiteral("Removed the key %1 from %2").arg(key->name, person.displayName()),
                           QVariantMap{{QStringLiteral("person"), person.displayName()},
                                       {QStringLiteral("key"), key->name}}));
        }
        if (changed.isEmpty())
            return {};
        auto doors = offlineDoorsOfKeys({keyId});
        if (!doors.ok())
            return doors.error();
        allDoors = *doors;
        return markDoors(allDoors, action, std::nullopt,
                         QStringLiteral("Remove %1 from %2").arg(keyName, namesOf(changed)),
                         peopleParams(changed, {{QStringLiteral("key"), keyName}}));
    });
    if (!st.ok())
        return st.error();
    result.doorsToSync = sortedDoors(allDoors);
    return result;
}

} // namespace porter

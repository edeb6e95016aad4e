#pragma once

#include "access/servicebase.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace porter {

struct GrantView
{
    Grant grant;
    QString keyName;
};

struct ShareView
{
    GuestShare share;
    QString keyName;
    QString guestName; // for shares a host made
    QString hostName;  // for shares made to a guest
};

struct PersonDetail
{
    Person person;
    PersonStatus status = PersonStatus::NoAccess;
    QList<GrantView> grants;      // all, newest last, including ended ones
    QList<ShareView> guests;      // shares this person made
    QList<ShareView> guestPasses; // shares made to this person (when they are a guest)
    QList<Keycard> keycards;
    QList<ActivityEvent> activity;
};

struct DoorSyncTask
{
    Door door;
    int pendingChanges = 0;
    QList<DoorChange> changes;      // the pending changes, oldest first (capped)
    std::optional<qint64> dueSince; // earliest moment a pending change takes effect
    bool startsOrEndsOnDay = false; // some pending access starts or ends on the asked day
    bool dueByEndOfDay = false;     // the door must be synced by the end of the asked day
    // The door still holds an older doorcode secret: codes of that secret open it until it is synced.
    bool oldDoorcodeSecret = false;
    // The door still holds an older signing key of its property: lists, phone certificates and field kits
    // signed by that key (a removed holder's copy) are taken there until it is synced.
    bool oldSigningKey = false;
    // The property's signing key was reset after the door was commissioned: the door takes nothing Porter
    // signs now. It is reset on site and commissioned again (oldSigningKey is set too).
    bool signingKeyReset = false;
};

// Read-only questions, with the same permission rules as the operations.
class QueryService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(QueryService)

public:
    using ServiceBase::ServiceBase;

    Result<QList<PersonRow>> people(const Manager &actor, PeopleFilter filter) const;
    Result<int> peopleCount(const Manager &actor, const PeopleFilter &filter) const;
    // A property's people for an export: everyone listed but guests, each with keys, start, guests
    // and keycards.
    Result<QList<PersonExport>> peopleExport(const Manager &actor, Id propertyId) const;
    Result<PersonDetail> person(const Manager &actor, Id personId, int activityLimit = 50) const;
    Result<QList<ActivityEvent>> activity(const Manager &actor, ActivityFilter filter) const;
    // The Activity page: the same records and rules as activity() (residents' private events never,
    // Specific Key Management only its doors' events), with the names of the person — deleted or
    // not — and the door, and the number of records the filter matches (for paging and export).
    Result<QList<ActivityRow>> activityRows(const Manager &actor, ActivityFilter filter) const;
    Result<int> activityCount(const Manager &actor, ActivityFilter filter) const;

    // Door sync tasks of a property for a local day: every offline door with changes it has not
    // acknowledged, flagged when access starts or ends that day or the change is already due.
    Result<QList<DoorSyncTask>> syncTasks(const Manager &actor, Id propertyId, const QDate &localDay) const;
    // One door's pending changes since the version it last acknowledged.
    Result<DoorSyncTask> doorSyncTask(const Manager &actor, Id doorId, const QDate &localDay = {}) const;

    // Who holds a key: people with an open grant of it and guests with an open guest pass of it (not
    // ended, not expired; including those that start later), with their start and expiration. People
    // first, then guests, each by name. Anyone who may see the key's property may ask.
    Result<QList<KeyHolder>> keyHolders(const Manager &actor, Id keyId) const;
    // For each key of the property, how many different people hold it that way (keys nobody holds
    // are absent).
    Result<QHash<Id, int>> keyHolderCounts(const Manager &actor, Id propertyId) const;

private:
    // The filter as the actor may ask it: scoped to one property they may view, privacy and door
    // limits applied.
    Result<ActivityFilter> activityScope(const Manager &actor, ActivityFilter filter) const;
    Result<DoorSyncTask> taskFor(const Door &door, qint64 dayStart, qint64 dayEnd) const;
    QList<Id> visibleDoors(const Manager &actor, const Property &p) const;
};

} // namespace porter

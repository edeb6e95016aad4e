#pragma once

#include "model/types.h"
#include "store/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace porter {

// What door sync reads and writes about one door's access list: the raw material of the policy
// (open rights, active cards, revoked doorcode people), the acknowledged list, the change journal's
// newest entry (the installation's sealed secrets are SecretRepository's).
class DoorListRepository
{
    Q_DECLARE_TR_FUNCTIONS(DoorListRepository)

public:
    explicit DoorListRepository(const Database &db)
        : m_db(db)
    {}

    struct DoorHeader
    {
        Door door;
        Property property;
    };
    // One open grant or guest pass on a live key that opens the door, of a live person.
    struct RightRow
    {
        Id personId = 0;
        Id keyId = 0;
        qint64 startsAt = 0;
        std::optional<qint64> expiresAt;
        QString schedule;
        bool doorcodesAllowed = false;
        AccessMethod method = AccessMethod::App;
        qint64 appKeyGeneration = 0;
    };
    struct AckState
    {
        ListVersion ackedVersion = 0; // column ack_version
        QByteArray hash;
        QByteArray list;
        ListVersion latestChange = 0; // newest journal sequence of the door: its list's version now
    };

    Result<DoorHeader> doorHeader(Id doorId) const;
    Result<QList<RightRow>> openRights(Id doorId) const; // by person, key, start
    // (person, serial) of active cards of people with an open right at the door, by serial.
    Result<QList<std::pair<Id, QString>>> activeCards(Id doorId) const;
    // Doorcode people of the property with an ended grant or pass on a key of the door, by id.
    Result<QList<Id>> doorcodePeopleWithEndedRights(Id propertyId, Id doorId) const;
    Result<AckState> ackState(Id doorId) const;

    // How full a door's list is, against the limits of its format (door/accesslist.h), counted
    // conservatively: every open grant or pass counts as one right (the door merges equal ones) and
    // every live key that opens the door brings its schedule.
    struct DoorLoad
    {
        qint64 holders = 0;    // live people with an open grant or pass here
        qint64 maxRights = 0;  // the most open grants and passes one of them has here
        Id busiestPerson = 0;  // who (lowest id among equals)
        QStringList schedules; // the schedule texts of the live keys opening the door
    };
    Result<DoorLoad> doorLoad(Id doorId) const;
    // Open grants and passes on the keys opening the door (an upper bound of its holders; index only).
    Result<qint64> doorRightCount(Id doorId) const;
    // Open grants and passes of one person on the keys opening the door.
    Result<qint64> personRightsAtDoor(Id doorId, Id personId) const;
    // Cheap bounds for one person's change (ServiceBase::checkDoorLimits), read in one statement:
    struct PersonBounds
    {
        // Open grants and passes of the person, all doors (index only).
        qint64 openRights = 0;
        // The highest person id ever stored: no door can hold more people than that (one B-tree seek).
        qint64 idBound = 0;
        // Only when idBound is above the limit asked for: the live people of the person's property, a
        // bound on the holders of any of its doors, as a key is given only to people of its own property
        // (core checks it; on a server the grant's and pass's property trigger refuses anything else) and
        // a deleted person is in no list.
        std::optional<qint64> livePeopleOfProperty;
    };
    Result<PersonBounds> personBounds(Id personId, qint64 holdersLimit) const;
    Result<qint64> activeCardCount(Id personId) const;
    // Journals a refresh entry (a list that changed without an operation) and returns its sequence,
    // the list version it gives, which is above `above` too (a door that holds a version this
    // journal has not reached yet).
    Result<ListVersion> journalRefresh(Id doorId, qint64 now, ListVersion above = 0) const;
    // When the door's journal entry numbering list version `version` was recorded (UTC seconds), if
    // it exists: the signed issue time of that version, so signing it again gives the same bytes.
    Result<std::optional<qint64>> changeTime(Id doorId, ListVersion version) const;

private:
    const Database &m_db;
};

} // namespace porter

#pragma once

#include "model/types.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace porter {

// What the read side asks and answers: filters and rows shared by the services, the repositories that
// answer them and the front ends that show them (the repositories themselves are private to core).

// One row of the People list: enough to draw it without another query.
struct PersonRow
{
    Person person;
    PersonStatus status = PersonStatus::NoAccess;
    int keyCount = 0;                  // current and future grants (or shares, for guests)
    std::optional<qint64> accessUntil; // the latest expiry of those; none when one is open-ended
    QString hostName;                  // guests: who shared with them
    // When access ended, for a person with no current or future key (expired, revoked): the latest
    // end of their keys and guest passes. None while they hold a key, or when they never held one.
    std::optional<qint64> accessEnded;
};

// One person of a people export (issue 11): the People list's row and what it leaves out.
struct PersonExport
{
    PersonRow row;
    QStringList keys;               // current and future keys, by name
    std::optional<qint64> startsAt; // the earliest start of those
    QStringList guests;             // the guests of their current passes
    QStringList keycards;           // serials; inactive ones marked
};

// The column the People list is ordered by; every order ends with name, then id, so pages are stable.
enum class PeopleSort
{
    Name, // last name, first name
    Email,
    Phone,
    State, // the status: invited, active, expired, revoked, no access
    Keys,
    AccessUntil, // the date shown: until, or when access ended; "no expiration" last
    Resident,
    GuestOf,
};

struct PeopleFilter
{
    Id propertyId = 0;
    QString search;           // part of the name, email or phone; any case and accents, phones in any format
    bool showExpired = false; // include revoked, expired and no-access people
    bool includeGuests = true;
    PeopleSort sort = PeopleSort::Name;
    bool descending = false;
    int limit = 100;
    int offset = 0;
};

// What an activity record is about, for the Activity page's kind filter (JournalRepository::activity
// sorts the stored actions into these).
enum class ActivityKind : int
{
    DoorEvents = 0x1,    // a door opened or refused someone (door-unlock)
    AccessChanges = 0x2, // what managers did to people, keys, properties and managers
    Denials = 0x4,       // refused manager actions and refused door attempts
    DeviceEvents = 0x8,  // syncs, alarms, commissioning, doorcode secrets
};
Q_DECLARE_FLAGS(ActivityKinds, ActivityKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(ActivityKinds)

// The orders of the Activity page, one per sortable column. The repository maps each to its own
// ORDER BY (a whitelist: nothing from a caller reaches the SQL text), ties broken newest first.
enum class ActivitySort : int
{
    When,   // the record's time
    Actor,  // who acted, as stored ("Name <email>", "Door", "Porter")
    Action, // the action, in the order of ActivityFilter::valueOrder
    Person, // the person's name (first, then last, as shown); records about nobody first
    Door,   // the door's name; records about no door first
    Result, // the result, in the order of ActivityFilter::valueOrder
};

struct ActivityFilter
{
    std::optional<Id> propertyId;
    std::optional<Id> personId;
    std::optional<Id> doorId;
    std::optional<qint64> from; // inclusive
    std::optional<qint64> to;   // exclusive
    QList<Id> onlyDoorIds;      // when set, door events are limited to these doors (Specific key management)
    bool includePrivate = false;
    ActivityKinds kinds;      // none: every kind
    QString search;           // the person (name, email or phone; deleted people too), the door or who acted
    bool oldestFirst = false; // newest first unless set; for another sort: ascending when set
    ActivitySort sortBy = ActivitySort::When;
    // For sortBy Action or Result: the stored codes in the order their labels take in the reader's
    // language (the repository cannot translate); codes not listed come after them, by code.
    QStringList valueOrder;
    int limit = 200;
    int offset = 0;
};

// One row of the Activity page: the record and the names it refers to, read in the same query.
struct ActivityRow
{
    ActivityEvent event;
    QString personName;         // empty when the record names nobody
    bool personDeleted = false; // the person has been deleted since (their history stays readable)
    QString doorName;
    // The values of a manager action's sentence (who, which key, until when), for showing it in the
    // reader's language (DisplayText::activityDetail); empty for records written before they were kept.
    QVariantMap params;
};

// One mail in the outbox (welcome mails today; a mail sender delivers them later).
struct OutboxMessage
{
    Id id = 0;
    qint64 createdAt = 0;
    std::optional<Id> propertyId;
    std::optional<Id> personId;
    QString kind;
    QString to;
    QString subject;
    QString body;
    QString status;     // "queued", "sent" or "failed"
    QString personName; // the person's name as it is now (empty for mail to nobody in People)
    int attempts = 0;
    QString lastError;            // the server's reason of the last failed attempt
    std::optional<qint64> sentAt; // UTC seconds
    qint64 nextAttemptAt = 0;     // queued: not before (UTC seconds)
    QString messageId;            // Message-ID, without angle brackets; empty until rendered
    QString day;                  // doorcode mail: the local day "YYYY-MM-DD"
};

struct OutboxFilter
{
    std::optional<Id> propertyId; // none: every property the manager may see
    std::optional<Id> personId;   // only this person's mail (the person panel's Emails tab)
    QString status;               // empty: any
};

// One holder of a key (QueryService::keyHolders): a person with an open grant of it, or a guest with
// an open guest pass of it. Open means not ended and not expired; it may start later.
struct KeyHolder
{
    Person person;                   // the holder
    bool guest = false;              // holds it through a guest pass rather than a grant
    Id grantOrShareId = 0;           // the grant's id, or the guest pass's
    qint64 startsAt = 0;             // UTC
    std::optional<qint64> expiresAt; // none: no expiration
    QString hostName;                // guests: who shared the key with them
};

} // namespace porter

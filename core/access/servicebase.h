#pragma once

#include "model/queries.h"
#include "model/types.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <memory>

namespace porter {

// The database and its repositories are private to core: a service's header names them only, so a
// front end that includes it sees no SQL and cannot reach the file (docs/architecture.md).
class Database;
class DirectoryRepository;
class PeopleRepository;
class JournalRepository;

// The offline doors several operations changed, gathered so they get one change record each for the
// whole of a bulk operation (an import of 300 people makes one sync per door, not 300; issue 11).
struct DoorChangeBatch
{
    QSet<Id> doors;
    bool dueNow = false;                 // one of the changes is due at once
    std::optional<qint64> earliestStart; // otherwise: the earliest moment one takes effect
    std::optional<qint64> effectiveAt() const { return dueNow ? std::nullopt : earliestStart; }

    // What the operations of the batch read again and again and none of them changes: the properties,
    // keys and their doors (an import invites and edits people; it never edits a key or a door, and its
    // one write transaction keeps every other writer out). Read once per batch instead of per row.
    struct Reads
    {
        QHash<Id, Property> properties;
        QHash<Id, Key> keys; // live keys only
        QHash<Id, QList<Id>> offlineDoors;
    } reads;
};

// What every service shares: the repositories, the clock, and the bookkeeping every mutating
// operation does inside its transaction (activity record, door change journal).
class ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(ServiceBase)

public:
    ServiceBase(Database &db, const Clock &clock);
    ~ServiceBase();
    ServiceBase(const ServiceBase &) = delete;
    ServiceBase &operator=(const ServiceBase &) = delete;

    // While a batch is set, markDoors adds its doors to it instead of writing change records; the bulk
    // operation that set it writes one record per door at its end (nullptr: write again).
    void gatherDoorChanges(DoorChangeBatch *batch) { m_batch = batch; }

protected:
    qint64 now() const { return m_clock.nowSecs(); }
    static QString actorLabel(const Manager &m);

    // Loads a property and makes sure it belongs to the actor's portfolio (a foreign id reads as unknown).
    Result<Property> propertyFor(const Manager &actor, Id propertyId) const;
    Result<Key> keyIn(const Property &p, Id keyId) const;
    // The live keys of `p` among `keyIds`, by id, read at once (an operation on several keys); a key
    // missing from it is unknown there (noSuchKey).
    Result<QHash<Id, Key>> keysIn(const Property &p, const QList<Id> &keyIds) const;
    static Error noSuchKey(const Property &p, Id keyId);
    Result<Person> livePersonFor(const Manager &actor, Id personId, Property *property = nullptr) const;

    // Records a refused operation in activity (in its own transaction, after the one open now has
    // ended, if any) and returns the error. Safe to call inside a transaction.
    Error denied(const Manager &actor, std::optional<Id> propertyId, const QString &action,
                 const Error &error, std::optional<Id> personId = {});
    // Records a manager's action: `detail` is its sentence in English as written, `params` its values,
    // from which the window says it in the reader's language (DisplayText::activityDetail;
    // docs/decisions.md).
    Status log(const Manager &actor, std::optional<Id> propertyId, const QString &action,
               std::optional<Id> personId, const QString &detail, const QVariantMap &params = {},
               std::optional<Id> doorId = {});

    // The keys a person holds: open grants and the shares they are the guest of (what their
    // credentials open).
    Result<QList<Id>> heldKeyIds(Id personId) const;
    // permissions::canIssueCredential for this person; a refusal is recorded as `action`.
    Status checkCredentialRight(const Manager &actor, const Property &p, Id personId, const QString &action);

    // The door list format's limits (door/accesslist.h), checked inside the transaction after the
    // operation's writes: an error rolls everything back, so Porter never holds data its doors'
    // lists cannot carry (docs/door-protocol.md, "Limits").
    // After a write: every door of doorIds still fits the door format. With `person`, only that
    // person's rights changed (invite, grant, share), which allows a cheap check; without, the whole
    // door is counted (key edits).
    Status checkDoorLimits(const QList<Id> &doorIds, std::optional<Id> person = std::nullopt) const;
    Status checkCardLimit(const Person &person) const;
    static Status checkScheduleLimit(const Schedule &schedule);
    static Status checkPersonIdFits(Id personId); // the doors' 7-digit person id space
    // Every door of these keys (online or not), sorted.
    Result<QList<Id>> doorsOfKeys(const QList<Id> &keyIds) const;
    // The doors of keys already read, sorted.
    static QList<Id> doorsOf(const QList<Key> &keys);

    // Offline doors among the doors of these keys.
    Result<QSet<Id>> offlineDoorsOfKeys(const QList<Id> &keyIds) const;
    // Doors whose access list changes when this person's credentials change (open grants and shares).
    Result<QSet<Id>> offlineDoorsOfPerson(Id personId) const;
    // Records a change on each of these doors: `summary` is its line in English as written, `params` the
    // values DisplayText::doorChange says it with in the reader's language.
    Status markDoors(const QSet<Id> &doorIds, const QString &kind, std::optional<Id> personId,
                     const QString &summary, const QVariantMap &params,
                     std::optional<qint64> effectiveAt = {});

    Database &m_db;
    const Clock &m_clock;

private:
    DoorChangeBatch *m_batch = nullptr;
    struct Repositories;
    std::unique_ptr<Repositories> m_repositories; // built before the references below

protected:
    // The repositories, for the services' .cpp files (which include their store headers).
    DirectoryRepository &m_dir;
    PeopleRepository &m_people;
    JournalRepository &m_journal;
};

} // namespace porter

#pragma once

#include "access/servicebase.h"

#include <QCoreApplication>
#include <QStringList>

namespace porter {

// What one bulk operation did, over all the people it was asked about.
struct BulkResult
{
    int peopleChanged = 0;
    int grantsEnded = 0;   // revoke and remove
    int grantsAdded = 0;   // add
    int sharesEnded = 0;   // guest passes that ended with their host's key
    QStringList unchanged; // people the operation did not apply to (already held / did not hold the key)
    QList<Id> doorsToSync; // offline doors whose list changed, sorted
};

// The People page's actions on several selected people at once: revoke all keys, add a key, remove a
// key. Each is one unit of work (access/unitofwork.h): every person's change, activity record and
// check is made, or none is (a refusal or an error for one person leaves everybody as they were).
// The rules are AccessService's for one person (revokeAll, addKey, removeKey), applied to each; the
// offline doors concerned get one change record for the whole operation, not one per person, so a
// door sync task reads "Revoke all keys of 3 people" rather than three lines (docs/decisions.md,
// "Bulk operations").
class BulkService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(BulkService)

public:
    using ServiceBase::ServiceBase;

    Result<BulkResult> revokeAll(const Manager &actor, const QList<Id> &personIds);
    // People who already hold the key (current or future) are left as they are and listed in
    // `unchanged`; an expired grant of the key is closed and replaced, as AccessService::addKey does.
    Result<BulkResult> addKey(const Manager &actor, const QList<Id> &personIds, Id keyId,
                              std::optional<qint64> startsAt, std::optional<qint64> expiresAt);
    // People who do not hold the key are listed in `unchanged`. Their permanent guest passes on the key
    // end with it; timed passes run out on their own.
    Result<BulkResult> removeKey(const Manager &actor, const QList<Id> &personIds, Id keyId);

private:
    // The people, live and of the actor's portfolio, each once, in the order given.
    Result<QList<Person>> livePeople(const Manager &actor, const QList<Id> &personIds,
                                     QList<Property> &properties) const;
    static QString namesOf(const QList<Person> &people);
};

} // namespace porter

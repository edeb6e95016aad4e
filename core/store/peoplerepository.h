#pragma once

#include "model/queries.h"
#include "model/types.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace porter {

// People and what they hold: grants, guest shares, keycards.
class PeopleRepository
{
    Q_DECLARE_TR_FUNCTIONS(PeopleRepository)

public:
    explicit PeopleRepository(const Database &db)
        : m_db(db)
    {}

    Result<Id> insertPerson(const Person &p, std::optional<Id> createdBy);
    Result<Person> person(Id id) const; // includes deleted people
    Result<QList<Person>> liveByEmail(Id propertyId, const QString &emailNorm) const;
    Status setRevoked(Id personId, std::optional<qint64> at);
    Status setDeleted(Id personId, qint64 at);
    // Writes the contact details, Resident and May share of `p` (by p.id), with the sort name, the
    // normalized email and the search key made from them (docs/decisions.md, "People search").
    Status updateDetails(const Person &p);
    // The phone's public key, its key generation and when its certificate ends (UTC seconds).
    Status setAppKey(Id personId, const QByteArray &publicKey, qint64 generation, qint64 notAfter);
    Result<qint64> appKeyGeneration(Id personId) const;
    // The people of a property with an enrolled phone (not deleted), by name: whose certificates a
    // rotation of the property's signing key leaves to be issued again.
    Result<QStringList> peopleWithPhones(Id propertyId) const;
    Result<QList<PersonRow>> list(const PeopleFilter &filter, qint64 now) const;
    Result<int> count(const PeopleFilter &filter, qint64 now) const;
    // Everyone of a property but guests (they are listed with their host), by name, with their keys,
    // guests and keycards: three queries over the property, whatever its size.
    Result<QList<PersonExport>> exportList(Id propertyId, qint64 now) const;
    Result<PersonStatus> status(Id personId, qint64 now) const;

    Result<Id> insertGrant(const Grant &g, std::optional<Id> createdBy);
    Result<Grant> grant(Id id) const;
    Result<QList<Grant>> grants(Id personId, bool includeEnded) const;
    Status setGrantExpiry(Id grantId, std::optional<qint64> expiresAt);
    Status endGrant(Id grantId, qint64 at, EndReason reason);
    Status endGrants(const QList<Id> &grantIds, qint64 at, EndReason reason);

    Result<Id> insertShare(const GuestShare &s);
    Result<GuestShare> share(Id id) const;
    Result<QList<GuestShare>> sharesByHost(Id hostId, bool includeEnded) const;
    Result<QList<GuestShare>> sharesOfGuest(Id guestId, bool includeEnded) const;
    Status endShare(Id shareId, qint64 at, EndReason reason);
    Status endShares(const QList<Id> &shareIds, qint64 at, EndReason reason);
    // A guest pass may not outlast its host's access: ends it at notAfter (never before its start).
    Status clampShareExpiry(Id shareId, qint64 notAfter);
    // Ends every open grant and guest pass on a key (the key is being deleted).
    Status endAllOnKey(Id keyId, qint64 at, EndReason reason);
    Result<QList<Person>> guestsOf(Id hostId) const;

    Result<Id> insertKeycard(const Keycard &k);
    Result<Keycard> keycard(Id id) const;
    Result<std::optional<Keycard>> keycardBySerial(const QString &serial) const;
    Result<QList<Keycard>> keycards(Id personId) const;
    Status setKeycardActive(Id cardId, bool active, qint64 at);
    // Takes the card off the person for good and frees its serial for someone else.
    Status removeKeycard(Id cardId, qint64 at);
    // Offline doors whose list holds this person: the doors of their open grants and guest passes.
    Result<QSet<Id>> offlineDoorsOfPerson(Id personId) const;

    // Who holds a key: open grants and open guest passes of it (not ended, not expired at `now`,
    // current or starting later), each with its holder and, for a guest pass, its host. People first,
    // then guests, by name.
    Result<QList<KeyHolder>> keyHolders(Id keyId, qint64 now) const;
    // Per key of the property, how many different people hold it that way (keys nobody holds absent).
    Result<QHash<Id, int>> keyHolderCounts(Id propertyId, qint64 now) const;

private:
    Status endRows(const QString &table, const QList<Id> &ids, qint64 at, EndReason reason);
    QString prmCte() const;
    QString filterClause(const PeopleFilter &f, qint64 now, QVariantList &args) const;

    const Database &m_db;
};

} // namespace porter

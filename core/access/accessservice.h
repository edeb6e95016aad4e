#pragma once

#include "access/servicebase.h"

#include <QCoreApplication>
#include <QStringList>

namespace porter {

struct ContactDetails
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone; // any common format; stored as E.164
};

struct InviteRequest
{
    Id propertyId = 0;
    AccessMethod method = AccessMethod::App;
    ContactDetails contact;
    QList<Id> keyIds;
    bool resident = false;
    bool mayShare = false;
    std::optional<qint64> startsAt;  // UTC; none = now
    std::optional<qint64> expiresAt; // UTC; none = no expiry (allowed, but warned about)
    QString language;                // their mail's language ("en", "es", "fr"; empty: not known)
};

struct InviteResult
{
    Person person;
    QList<Grant> grants;
    Id welcomeMailId = 0;
    QList<Id> doorsToSync;
    QStringList warnings;
};

struct ShareRequest
{
    Id hostPersonId = 0;
    AccessMethod method = AccessMethod::Doorcode;
    ContactDetails guest;
    QList<Id> keyIds;
    std::optional<qint64> startsAt;  // none = now
    std::optional<qint64> expiresAt; // none = permanent
};

struct ShareResult
{
    Person guest;
    QList<GuestShare> shares;
    QList<Id> doorsToSync;
};

struct RevokeResult
{
    int grantsEnded = 0;
    int sharesEnded = 0;      // shares this person made that ended with it
    int keycardsDisabled = 0; // delete only
    QList<Id> doorsToSync;
};

// Edit details: the contact (validated as for an invitation), Resident and May share.
struct PersonEdit
{
    ContactDetails contact;
    bool resident = false;
    bool mayShare = false;
    std::optional<QString> language; // none: unchanged
};

struct EditPersonResult
{
    Person person;
    QStringList changed; // what changed, in words for the activity record ("email", "May share", ...)
    int sharesEnded = 0; // permanent guest passes ended because May share was turned off
    QList<Id> doorsToSync;
};

struct EndShareResult
{
    GuestShare share;
    QList<Id> doorsToSync;
};

// Everything a manager does to people's access (the seed article), each operation one transaction that
// also writes its activity record and marks every affected offline door as needing a sync.
class AccessService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(AccessService)

public:
    using ServiceBase::ServiceBase;

    Result<InviteResult> invite(const Manager &actor, const InviteRequest &request);
    // The validate half of invite: every check invite makes, against the database as it is now (inside
    // a unit of work: as the operations before left it), and nothing written, not even a refusal's
    // record. The apply half is invite itself, which checks again inside its own write (issue 7: the
    // two can never disagree, since they are one code path; docs/decisions.md, "Validate and apply").
    Status validateInvite(const Manager &actor, const InviteRequest &request);

    // The property an operation on people (`action`: "invite", "grant-add", "grant-expiry", "share",
    // ...) is about, for a front end that needs it before the operation (its time zone reads the dates
    // it was given). Checks the right every such operation starts with (permissions::canManagePeople)
    // and records a refusal under `action` exactly as the operation would, so stopping here skips no
    // record. Objects outside the actor's portfolio are "not found" (docs/permissions.md).
    Result<Property> propertyToManage(const Manager &actor, Id propertyId, const QString &action);
    Result<Property> propertyOfPersonToManage(const Manager &actor, Id personId, const QString &action);
    Result<Property> propertyOfGrantToManage(const Manager &actor, Id grantId, const QString &action);

    // Edit access.
    Result<Grant> addKey(const Manager &actor, Id personId, Id keyId, std::optional<qint64> startsAt,
                         std::optional<qint64> expiresAt);
    Result<Grant> setGrantExpiry(const Manager &actor, Id grantId, std::optional<qint64> expiresAt);
    Status removeKey(const Manager &actor, Id grantId);

    // Contact details, Resident and May share. Turning May share off ends the person's permanent guest
    // passes now (they would never end otherwise); timed passes run to their end, as after removing a
    // key or deleting the host (docs/decisions.md, "May share off"). Guests cannot be residents or share.
    Result<EditPersonResult> editPerson(const Manager &actor, Id personId, const PersonEdit &edit);
    // Ends one guest pass now (the guest keeps their other passes).
    Result<EndShareResult> endShare(const Manager &actor, Id shareId);
    // Queues a new welcome mail for the person (their current access, their email as it is now).
    // Refused for deleted people, guests (they never get one) and people without a current or future key.
    Result<Id> resendWelcome(const Manager &actor, Id personId);

    // Ends every grant of the person and every guest share they made; they stay listed (Show expired)
    // and can be given keys again.
    Result<RevokeResult> revokeAll(const Manager &actor, Id personId);
    // Removes the person from People; their permanent guests lose access; activity stays.
    Result<RevokeResult> deletePerson(const Manager &actor, Id personId);

    // What a resident with "may share" does from their phone; a manager performs it on their behalf.
    Result<ShareResult> share(const Manager &actor, const ShareRequest &request);

    Result<Keycard> enrollKeycard(const Manager &actor, Id personId, const QString &serial,
                                  bool activate = true);
    Result<Keycard> setKeycardActive(const Manager &actor, Id keycardId, bool active);

private:
    // A grant that is still open, with its person, property and key, after the permission check for
    // `action` (a denial is recorded).
    struct OpenGrant
    {
        Grant grant;
        Person person;
        Property property;
        Key key;
    };
    Status shareInTransaction(const Manager &actor, const ShareRequest &r, ShareResult &result);
    Result<OpenGrant> openGrantFor(const Manager &actor, Id grantId, const QString &action,
                                   const QString &endedMessage);
    Result<Person> validateContact(const ContactDetails &c, const Property &p, AccessMethod method);
    Status checkWindow(std::optional<qint64> startsAt, std::optional<qint64> expiresAt, qint64 start) const;
    Status checkNoDuplicateInvitation(const Property &p, const QString &email) const;
    Result<RevokeResult> endAccess(const Manager &actor, Id personId, bool deleting);
    QString welcomeBody(const Person &person, const Property &p, qint64 start,
                        std::optional<qint64> expiry) const;
};

} // namespace porter

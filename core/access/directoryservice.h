#pragma once

#include "access/servicebase.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace porter {

struct InitRequest
{
    QString portfolioName;
    QString managerName;
    QString managerEmail;
    QString password;
    // A portfolio on a PostgreSQL server: the Portfolio Manager's own login, created with `password`
    // (they then sign in by connecting with it). Empty: none.
    QString login = {};
};

struct ManagerRequest
{
    QString name;
    QString email;
    QString password;
    ManagerRole role = ManagerRole::PropertyManager;
    KeyManagement keyManagement = KeyManagement::None;
    bool deviceManagement = false;
    QList<Id> propertyIds;
    QList<Id> keyIds;
    // A portfolio on a PostgreSQL server: the manager's own login, created with `password` (adding,
    // or editing a manager who has none yet). A manager's login never changes name.
    QString login = {};
};

// The structure of a portfolio: properties, doors, keys, managers; and signing in.
class DirectoryService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryService)

public:
    using ServiceBase::ServiceBase;

    // Creates the portfolio and its first Portfolio Manager in an empty database.
    Result<Manager> init(const InitRequest &request);
    Result<Manager> authenticate(const QString &email, const QString &password);
    // Signing in by connecting (a portfolio on a PostgreSQL server): the manager whose own login this
    // session is. nullopt when the session needs Porter's own sign-in (a file portfolio, or the
    // server database's administrator); AuthenticationFailed for a login that is no active manager's.
    Result<std::optional<Manager>> connectedManager() const;

    Result<Property> addProperty(const Manager &actor, const Property &property);
    Result<QList<Property>> properties(const Manager &actor) const; // those the actor may see
    Result<Property> property(const Manager &actor, Id propertyId) const;
    // 7, 8 or 9 digits. Doors learn the length at commissioning, so it cannot change once a door of
    // the property is commissioned (docs/doorcodes.md).
    Result<Property> setDoorcodeDigits(const Manager &actor, Id propertyId, int digits);

    Result<Door> addDoor(const Manager &actor, const Door &door);
    Result<QList<Door>> doors(const Manager &actor, Id propertyId) const;
    Result<Door> door(const Manager &actor, Id doorId) const;
    // The door's alarms, newest first (whoever may see the door may see them).
    Result<QList<DoorAlarm>> doorAlarms(const Manager &actor, Id doorId, int limit = 100) const;

    Result<Key> addKey(const Manager &actor, const Key &key);
    // The key as it is, for a front end that edits some of its fields: the same lookup and permission
    // check as editKey, a refusal recorded as "key-edit".
    Result<Key> keyToEdit(const Manager &actor, Id keyId);
    // readAs: the key as the caller read it before changing it; when given and the stored key differs
    // now (another edit came in between), nothing is written and the answer is a Conflict.
    Result<Key> editKey(const Manager &actor, const Key &key,
                        const std::optional<Key> &readAs = std::nullopt);
    Status deleteKey(const Manager &actor, Id keyId);
    Result<QList<Key>> keys(const Manager &actor, Id propertyId) const;

    // Adds a manager. The email of a manager who was removed from this portfolio brings that manager
    // back with the request's settings and password (their past activity is theirs again).
    Result<Manager> addManager(const Manager &actor, const ManagerRequest &request);
    Result<QList<Manager>> managers(const Manager &actor) const; // the active ones, by email
    Result<Manager> manager(const Manager &actor, Id managerId) const;
    // Changes a manager's name, email, role, properties, Key Management (and listed keys) and Device
    // Management. A non-empty request.password resets their password too; an empty one keeps it.
    // The portfolio keeps a Portfolio Manager: the last one cannot be made a Property Manager, and a
    // Portfolio Manager cannot take the role from themselves (another one must).
    // The manager as they are, for a front end that edits some of their fields: the same lookup and
    // permission check as editManager, a refusal recorded as "manager-edit".
    Result<Manager> managerToEdit(const Manager &actor, Id managerId)
    {
        return managerToChange(actor, managerId, QStringLiteral("manager-edit"));
    }
    Result<Manager> editManager(const Manager &actor, Id managerId, const ManagerRequest &request);
    // Removes a manager: they can no longer sign in and leave the Managers list, but their row stays
    // so the activity they recorded keeps naming them. Nobody removes themselves or the last
    // Portfolio Manager.
    Status removeManager(const Manager &actor, Id managerId);
    // The signed-in manager's own password, changed by them: `current` must be right (their Porter
    // password, or their server login's, checked by connecting with it). A manager with a login gets a
    // new login password (docs/design/shared-portfolio.md, section 2); Porter keeps connecting with it.
    Status changeOwnPassword(const Manager &actor, const QString &current, const QString &next);

    // Called inside the transaction of a manager's edit or removal, after it, with the actor and the
    // manager as they were before: the Backend withdraws the door secrets a manager no longer holds
    // there (docs/design/shared-portfolio.md, section 5), so the change and the withdrawal are one unit.
    using ManagerChanged = std::function<Status(const Manager &actor, const Manager &before)>;
    void setManagerChanged(ManagerChanged hook) { m_managerChanged = std::move(hook); }

private:
    ManagerChanged m_managerChanged;
    // The key and its property after the Full Key Management check for `action` (a refusal recorded);
    // a key outside the actor's portfolio is "not found", one of an unassigned property is refused.
    Result<Key> keyToChange(const Manager &actor, Id keyId, const QString &action, Property *property);
    Status validateKey(const Property &p, const Key &key) const;
    // The manager a request describes, validated (everything but the password).
    Result<Manager> managerFromRequest(const Manager &actor, const ManagerRequest &request) const;
    // The login a request names, checked before anything is written (the server checks it again):
    // empty when none; refused on a file portfolio, or when the name is not allowed or is taken.
    Result<QString> checkedLogin(const QString &login, const QString &currentLogin = {}) const;
    // The new password of a manager: Porter's hash for one without a login, or the verifier of their
    // login's password (hash or verifier empty, the other set).
    struct NewPassword
    {
        QString hash;
        QString verifier;
    };
    Result<NewPassword> newPassword(const QString &password, const QString &login) const;
    // The active manager `managerId` of the actor's portfolio, for an edit or a removal.
    Result<Manager> managerToChange(const Manager &actor, Id managerId, const QString &action);
};

} // namespace porter

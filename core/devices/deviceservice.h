#pragma once

#include "model/types.h"
#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>
#include <memory>
#include <optional>

namespace porter {
class Database;
class SecretStore;
} // namespace porter

namespace porter::door {
class Door;
}

namespace porter::sync {

// How long a phone certificate is good for (docs/door-protocol.md §3): a lost phone that nobody
// reports stops by itself within a year; re-issuing is one command.
constexpr qint64 kAppCertificateLifetimeSecs = 365LL * 86400;

struct AppCredential
{
    Id personId = 0;
    qint64 generation = 0;  // 1 .. door::kMaxAppKeyGeneration, never wraps
    qint64 issuedAt = 0;    // UTC seconds
    qint64 notAfter = 0;    // UTC seconds (exclusive), door clock
    QByteArray certificate; // property-signed binding of the phone's public key to the person
};

// Doors as devices: commissioning, the property keys behind door trust, daily doorcodes and phone
// credentials. Everything here needs Device Management (doorcodes: Key Management).
class DeviceService
{
    Q_DECLARE_TR_FUNCTIONS(DeviceService)

public:
    DeviceService(Database &db, const Clock &clock, SecretStore &secrets);
    ~DeviceService();
    DeviceService(const DeviceService &) = delete;
    DeviceService &operator=(const DeviceService &) = delete;

    // Commissions `target` (a door in install mode, in process: tests and the emulator's files) as
    // door `doorId`: creates the property's signing key and doorcode secret on first use, hands the
    // door what it must know, and records the door's identity public key.
    // replaceIdentity: see commissioningMaterial().
    Status commission(const Manager &actor, Id doorId, door::Door &target, bool replaceIdentity = false);

    // Commissioning over a link (Commissioner): what the door must be given, after the permission
    // check; then, once the door confirmed, record its identity (one transaction).
    struct Material
    {
        Door door;
        Property property;
        QByteArray propertySeed;
        QByteArray doorcodeSecret;
        qint64 doorcodeEpoch = 1;   // the secret's epoch: the door is given it with the secret
        qint64 signingKeyEpoch = 1; // propertySeed's epoch: the door is given it with the public key
    };
    // A door whose identity Porter already holds is refused (Conflict, with a warning that says what
    // replacing means) unless replaceIdentity is set: a new identity for a known door is either a
    // door that was reset or replaced on site, or someone impersonating it.
    Result<Material> commissioningMaterial(const Manager &actor, Id doorId, bool replaceIdentity = false);
    // doorcodeEpoch: the epoch the door was given (Material::doorcodeEpoch).
    // signingKeyEpoch: the signing key's epoch the door was given (Material::signingKeyEpoch).
    Status recordCommissioned(const Manager &actor, Id doorId, const QByteArray &identityKey,
                              qint64 doorcodeEpoch = 1, bool replaceIdentity = false,
                              qint64 signingKeyEpoch = 1);

    // Rotates the property's doorcode secret (Device Management): a new random secret of the next
    // epoch replaces the old one (which Porter no longer keeps), every commissioned door of the
    // property gets a pending change, and each door's next sync carries the new secret, signed.
    // From then on doorcode() shows codes of the new secret; codes of the old one keep working at a
    // door only until that door has synced. Returns the new epoch.
    Result<qint64> rotateDoorcodeSecret(const Manager &actor, Id propertyId);

    struct DoorcodeSecretStatus
    {
        std::optional<qint64> epoch;    // current epoch; none before the first commissioning
        QList<Door> doorsWithOldSecret; // commissioned doors that have not confirmed the current epoch
    };
    Result<DoorcodeSecretStatus> doorcodeSecretStatus(const Manager &actor, Id propertyId) const;

    // Rotates the property's signing key (Device Management; docs/door-protocol.md, "Rotating the signing
    // key"): a new key of the next epoch, a step to it signed by the old one (which Porter then no longer
    // keeps), every commissioned door gets a pending change, and each door's next sync (or field kit)
    // carries the step. From then on lists, phone certificates and kits are signed by the new key; a door
    // refuses the old key's once it has synced. Phones enrolled at the property need a new certificate.
    struct SigningKeyRotation
    {
        qint64 epoch = 0;
        QString fingerprint;         // of the new public key, for the log and the manager
        int doorsToSync = 0;         // commissioned doors that trust the old key until their next sync
        QStringList phonesToReenrol; // people whose phone certificate the old key signed
        QStringList holdersToGive;   // after a reset: managers who should hold the new key and do not yet
    };
    Result<SigningKeyRotation> rotateSigningKey(const Manager &actor, Id propertyId);
    // Resets the property's signing key (a Portfolio Manager; docs/door-protocol.md, "Resetting the signing
    // key"): when the key Porter holds is not the one on record (someone who held it put in a key only
    // they hold) or it is lost. A new key of the next epoch with no step: no door can follow it, each is
    // reset on site and commissioned again (until then it takes nothing Porter signs, and whoever holds
    // the key it trusts can still sign for it). A new doorcode secret too; both wrapped for the holders
    // the keys on record endorsed. `doorsToSync` counts the doors to commission again.
    // Only a Portfolio Manager resets (the server takes a step from no one else). One whose own copy is not
    // on this computer (nobody can open the key any more) resets it for themselves alone, once this
    // computer's key is registered for them; while another manager still holds a copy for their registered
    // key, only with `withoutCopy` (they may give it, which needs no site visit).
    Result<SigningKeyRotation> resetSigningKey(const Manager &actor, Id propertyId, bool withoutCopy = false);
    struct SigningKeyStatus
    {
        std::optional<qint64> epoch;     // current epoch; none before the first commissioning
        QString fingerprint;             // of the current public key
        QList<Door> doorsWithOldKey;     // commissioned doors that have not confirmed the current epoch
        qint64 resetEpoch = 0;           // the newest reset's epoch (0: never reset)
        QList<Door> doorsToRecommission; // commissioned doors that trust a key from before the reset
    };
    Result<SigningKeyStatus> signingKeyStatus(const Manager &actor, Id propertyId) const;

    // The daily doorcode of a doorcode person for a local date of the property (default: today).
    Result<QString> doorcode(const Manager &actor, Id personId, QDate localDate = {});

    // Enrols a phone for an app person: signs the public key the phone made (its private key never
    // leaves the phone) as a new key generation (every other generation stops working at synced
    // doors), valid for kAppCertificateLifetimeSecs.
    Result<AppCredential> issueAppCredential(const Manager &actor, Id personId,
                                             const QByteArray &phonePublicKey);

    // What the door's list format cannot carry and the next sync of doorId would leave out (one
    // sentence per entry, policy::LeftOut): the same the sync reports, for a door's page before
    // syncing. Needs the right to view the door's property.
    Result<QStringList> leftOutOfDoorList(const Manager &actor, Id doorId) const;

    // The property's Ed25519 public key (after the first commissioning).
    Result<QByteArray> propertyPublicKey(Id propertyId) const;

    // A shared portfolio's door secrets (docs/design/shared-portfolio.md, section 5): who should hold
    // each property's signing key and doorcode secret (Portfolio Managers, and managers with Device
    // Management on it), who does, and who is waiting. Empty on a file, where the installation holds
    // them. Every manager of the portfolio the actor sees.
    struct DoorSecretHolder
    {
        Manager manager;
        bool hasKey = false; // a registered device key (not shown: the giver hears it from its owner)
        QList<Id> holds;     // properties whose current door secrets are wrapped for that key
        QList<Id> waiting;   // properties they should hold and do not: a holder gives them
        QList<Id> stale;     // properties they hold copies of but should not (withdrawn on change)
    };
    Result<QList<DoorSecretHolder>> doorSecretHolders(const Manager &actor) const;
    // Gives `managerId` the door secrets of every property the actor holds and they should hold,
    // wrapped for their registered key, after checking that key against `fingerprint` (what they read
    // out from their own Settings: all six groups). The number of properties given.
    Result<int> giveDoorSecrets(const Manager &actor, Id managerId, const QString &fingerprint);
    // After a manager (`before`: as they were) was removed or lost Device Management or a property
    // (inside that change's transaction): for each property they could read the secrets of and may not
    // any more, their copies are deleted and the doorcode secret and the signing key are rotated, so the
    // doors learn new ones at their next sync. Whether copies are left does not matter: a holder who deleted
    // their own copies before leaving may have kept the secret. The properties rotated.
    Result<QList<Id>> withdrawDoorSecrets(const Manager &actor, const Manager &before);
    // The signed-in manager's device key: this computer's, and the one registered for them (they differ
    // after they signed in on another computer first). Fingerprints; empty on a file.
    struct DeviceKey
    {
        QString thisComputer;
        QString registered;
    };
    Result<DeviceKey> deviceKey(const Manager &actor);
    // Registers this computer's key in place of the one registered for the actor; the door secrets
    // wrapped for the old key are dropped (a holder gives them again).
    Status replaceDeviceKey(const Manager &actor);

private:
    Status ensurePropertyKeys(Id propertyId);
    Result<qint64> rotateDoorcodeSecretOf(const Manager &actor, const Property &p, qint64 currentEpoch);
    Result<SigningKeyRotation> rotateSigningKeyOf(const Manager &actor, const Property &p);
    Result<SigningKeyRotation> resetSigningKeyOf(const Manager &actor, const Property &p,
                                                 bool withoutCopy = false);
    Result<SigningKeyRotation> changeSigningKey(const Manager &actor, Id propertyId, bool reset,
                                                bool withoutCopy = false);
    Result<QStringList> othersHoldingTheKey(Id self, const Property &p) const;
    Result<qint64> nextSigningKeyEpoch(const Property &p) const;
    // What a new key of `epoch` means: its fingerprint, the commissioned doors (also in `commissioned`)
    // and the people whose phones need a new certificate.
    Result<SigningKeyRotation> keyChanged(const Property &p, qint64 epoch, const QByteArray &publicKey,
                                          QSet<Id> *commissioned) const;
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace porter::sync

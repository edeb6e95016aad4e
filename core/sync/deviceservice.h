#pragma once

#include "access/servicebase.h"
#include "door/door.h"
#include "sync/secretstore.h"

#include <QDate>

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
class DeviceService : public ServiceBase
{
public:
    DeviceService(Database &db, const Clock &clock, SecretStore &secrets);

    // Commissions `target` (a door in install mode, in process: tests and the emulator's files) as
    // door `doorId`: creates the property's signing key and doorcode secret on first use, hands the
    // door what it must know, and records the door's identity public key.
    Status commission(const Manager &actor, Id doorId, door::Door &target);

    // Commissioning over a link (Commissioner): what the door must be given, after the permission
    // check; then, once the door confirmed, record its identity (one transaction).
    struct Material
    {
        Door door;
        Property property;
        QByteArray propertySeed;
        QByteArray doorcodeSecret;
    };
    Result<Material> commissioningMaterial(const Manager &actor, Id doorId);
    Status recordCommissioned(const Manager &actor, Id doorId, const QByteArray &identityKey);

    // The daily doorcode of a doorcode person for a local date of the property (default: today).
    Result<QString> doorcode(const Manager &actor, Id personId, QDate localDate = {});

    // Enrols a phone for an app person: signs the public key the phone made (its private key never
    // leaves the phone) as a new key generation (every other generation stops working at synced
    // doors), valid for kAppCertificateLifetimeSecs.
    Result<AppCredential> issueAppCredential(const Manager &actor, Id personId,
                                             const QByteArray &phonePublicKey);

    // The property's Ed25519 public key (after the first commissioning).
    Result<QByteArray> propertyPublicKey(Id propertyId) const;

private:
    Status ensurePropertyKeys(Id propertyId);
    SecretStore &m_secrets;
};

} // namespace porter::sync

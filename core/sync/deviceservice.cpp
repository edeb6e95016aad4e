#include "sync/deviceservice.h"

#include "access/permissions.h"
#include "door/certificate.h"
#include "door/crypto.h"
#include "door/doorcode.h"
#include "sync/planner.h"
#include "util/localtime.h"

namespace porter::sync {

DeviceService::DeviceService(Database &db, const Clock &clock, SecretStore &secrets)
    : ServiceBase(db, clock)
    , m_secrets(secrets)
{}

Result<QByteArray> DeviceService::propertyPublicKey(Id propertyId) const
{
    auto v = m_dir.propertyPublicKey(propertyId);
    if (!v.ok())
        return v.error();
    if (v->isEmpty())
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("Property %1 has no signing key yet: commission a door first.").arg(propertyId));
    return *v;
}

Status DeviceService::ensurePropertyKeys(Id propertyId)
{
    auto has = m_secrets.has(SecretStore::propertySigningKey(propertyId));
    if (!has.ok())
        return has.error();
    if (*has)
        return {};
    const door::crypto::KeyPair signing = door::crypto::ed25519Generate();
    PORTER_TRY(m_secrets.put(SecretStore::propertySigningKey(propertyId), toQByteArray(signing.seed)));
    PORTER_TRY(m_secrets.put(SecretStore::propertyDoorcodeSecret(propertyId),
                             toQByteArray(door::crypto::randomBytes(32))));
    PORTER_TRY(m_dir.insertPropertyKey(propertyId, toQByteArray(signing.publicKey), now()));
    return {};
}

Status DeviceService::commission(const Manager &actor, Id doorId, door::Door &target)
{
    auto material = commissioningMaterial(actor, doorId);
    if (!material.ok())
        return material.error();
    if (target.commissioned())
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("This device is already commissioned (door %1 of property %2). Reset it to "
                           "install mode before commissioning it again.")
                .arg(target.doorId())
                .arg(target.propertyId()));
    auto publicKey = propertyPublicKey(material->property.id);
    if (!publicKey.ok())
        return publicKey.error();
    door::Commissioning c;
    c.propertyId = std::uint32_t(material->property.id);
    c.doorId = std::uint32_t(doorId);
    c.propertyPublicKey = toBytes(*publicKey);
    c.doorcodeSecret = toBytes(material->doorcodeSecret);
    // The door stores its state first: if recording then fails, the door must be reset (the error
    // says so) — Porter never believes in a door that did not take the commissioning.
    const door::Bytes identity = target.commission(c);
    if (identity.empty())
        return makeError(
            ErrorCode::DoorRejected,
            QStringLiteral("Door \u2018%1\u2019 did not accept the commissioning.").arg(material->door.name));
    return recordCommissioned(actor, doorId, toQByteArray(identity));
}

Result<DeviceService::Material> DeviceService::commissioningMaterial(const Manager &actor, Id doorId)
{
    auto d = m_dir.door(doorId);
    if (!d.ok())
        return d.error();
    auto p = propertyFor(actor, d->propertyId);
    if (!p.ok())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no door with id %1.").arg(doorId));
    if (auto st = permissions::canManageDevices(actor, *p); !st.ok())
        return denied(actor, p->id, QStringLiteral("door-commission"), st.error());
    PORTER_TRY(m_db.transaction([&]() -> Status { return ensurePropertyKeys(p->id); }));
    Material m;
    m.door = *d;
    m.property = *p;
    auto seed = m_secrets.get(SecretStore::propertySigningKey(p->id));
    if (!seed.ok())
        return seed.error();
    m.propertySeed = *seed;
    auto secret = m_secrets.get(SecretStore::propertyDoorcodeSecret(p->id));
    if (!secret.ok())
        return secret.error();
    m.doorcodeSecret = *secret;
    return m;
}

Status DeviceService::recordCommissioned(const Manager &actor, Id doorId, const QByteArray &identityKey)
{
    auto d = m_dir.door(doorId);
    if (!d.ok())
        return d.error();
    auto p = propertyFor(actor, d->propertyId);
    if (!p.ok())
        return p.error();
    if (auto st = permissions::canManageDevices(actor, *p); !st.ok())
        return denied(actor, p->id, QStringLiteral("door-commission"), st.error());
    return m_db.transaction([&]() -> Status {
        PORTER_TRY(m_dir.setDoorCommissioned(doorId, identityKey, now()));
        DoorChange change;
        change.doorId = doorId;
        change.at = now();
        change.kind = QStringLiteral("commission");
        change.summary = QStringLiteral("Commissioned: first sync sends the whole access list");
        auto seq = m_journal.recordDoorChange(change);
        if (!seq.ok())
            return seq.error();
        return log(actor, p->id, QStringLiteral("door-commission"), std::nullopt,
                   QStringLiteral("Commissioned door %1").arg(d->name), doorId);
    });
}

Result<QString> DeviceService::doorcode(const Manager &actor, Id personId, QDate localDate)
{
    Property p;
    auto person = livePersonFor(actor, personId, &p);
    if (!person.ok())
        return person.error();
    if (auto st = checkCredentialRight(actor, p, personId, QStringLiteral("doorcode-view")); !st.ok())
        return st.error();
    if (person->accessMethod != AccessMethod::Doorcode)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 uses the app, not daily doorcodes.").arg(person->displayName()));
    auto secret = m_secrets.get(SecretStore::propertyDoorcodeSecret(p.id));
    if (!secret.ok())
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("%1 has no doorcode secret yet: commission a door first.").arg(p.name));
    auto zone = timeZoneNamed(p.timeZone);
    if (!zone.ok())
        return zone.error();
    const QDate day = localDate.isValid() ? localDate : porter::localDate(now(), *zone);
    const std::string code = door::dailyDoorcode(viewOf(*secret), std::uint32_t(personId),
                                                 door::CivilDate{day.year(), day.month(), day.day()});
    auto st = m_db.transaction([&]() -> Status {
        return log(actor, p.id, QStringLiteral("doorcode-view"), personId,
                   QStringLiteral("Viewed the doorcode of %1 for %2")
                       .arg(person->displayName(), day.toString(Qt::ISODate)));
    });
    if (!st.ok())
        return st.error();
    return QString::fromStdString(code);
}

Result<AppCredential> DeviceService::issueAppCredential(const Manager &actor, Id personId)
{
    Property p;
    auto person = livePersonFor(actor, personId, &p);
    if (!person.ok())
        return person.error();
    if (auto st = checkCredentialRight(actor, p, personId, QStringLiteral("app-enrol")); !st.ok())
        return st.error();
    if (person->accessMethod != AccessMethod::App)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 uses daily doorcodes, not the app.").arg(person->displayName()));
    auto seed = m_secrets.get(SecretStore::propertySigningKey(p.id));
    if (!seed.ok())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 has no signing key yet: commission a door first.").arg(p.name));
    auto generation = m_people.appKeyGeneration(personId);
    if (!generation.ok())
        return generation.error();
    AppCredential out;
    out.personId = personId;
    out.generation = (*generation + 1) % 256;
    door::Phone phone;
    door::AppCertificate cert;
    cert.propertyId = std::uint32_t(p.id);
    cert.personId = std::uint32_t(personId);
    cert.appKeyGeneration = std::uint8_t(out.generation);
    cert.phonePublicKey = phone.publicKey();
    cert.issuedAt = now();
    out.certificate = toQByteArray(door::issueCertificate(cert, viewOf(*seed)));
    out.phoneSeed = toQByteArray(phone.seed());
    auto st = m_db.transaction([&]() -> Status {
        PORTER_TRY(m_people.setAppKey(personId, toQByteArray(phone.publicKey()), out.generation));
        auto doors = offlineDoorsOfPerson(personId);
        if (!doors.ok())
            return doors.error();
        PORTER_TRY(markDoors(*doors, QStringLiteral("app-key"), personId,
                             QStringLiteral("New phone for %1").arg(person->displayName())));
        return log(actor, p.id, QStringLiteral("app-enrol"), personId,
                   QStringLiteral("Enrolled a phone for %1 (key generation %2)")
                       .arg(person->displayName())
                       .arg(out.generation));
    });
    if (!st.ok())
        return st.error();
    return out;
}

} // namespace porter::sync

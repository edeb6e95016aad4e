#include "devices/deviceservice.h"

#include "access/permissions.h"
#include "door/certificate.h"
#include "door/crypto.h"
#include "door/doorcode.h"
#include "door/protocol.h"
#include "store/repositories.h"
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
    PORTER_TRY(m_secrets.put(SecretStore::propertyDoorcodeSecret(propertyId, 1),
                             toQByteArray(door::crypto::randomBytes(32))));
    PORTER_TRY(m_dir.insertPropertyKey(propertyId, toQByteArray(signing.publicKey), now())); // epoch 1
    return {};
}

namespace {
QString identityFingerprintText(const QByteArray &key)
{
    const door::Bytes bytes = toBytes(key);
    return QString::fromStdString(door::protocol::identityFingerprint(bytes)).left(19);
}
} // namespace

Status DeviceService::commission(const Manager &actor, Id doorId, door::Door &target, bool replaceIdentity)
{
    auto material = commissioningMaterial(actor, doorId, replaceIdentity);
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
    c.doorcodeDigits = material->property.doorcodeDigits;
    c.doorcodeEpoch = std::uint32_t(material->doorcodeEpoch);
    // The door stores its state first: if recording then fails, the door must be reset (the error
    // says so) — Porter never believes in a door that did not take the commissioning.
    const door::Bytes identity = target.commission(c);
    if (identity.empty())
        return makeError(
            ErrorCode::DoorRejected,
            QStringLiteral("Door \u2018%1\u2019 did not accept the commissioning.").arg(material->door.name));
    return recordCommissioned(actor, doorId, toQByteArray(identity), material->doorcodeEpoch,
                              replaceIdentity);
}

Result<DeviceService::Material> DeviceService::commissioningMaterial(const Manager &actor, Id doorId,
                                                                     bool replaceIdentity)
{
    auto d = m_dir.door(doorId);
    if (!d.ok())
        return d.error();
    auto p = propertyFor(actor, d->propertyId);
    if (!p.ok())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no door with id %1.").arg(doorId));
    if (auto st = permissions::canManageDevices(actor, *p); !st.ok())
        return denied(actor, p->id, QStringLiteral("door-commission"), st.error());
    if (d->commissioned && !replaceIdentity)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("Door \u2018%1\u2019 is already commissioned: Porter knows its identity. "
                           "Commissioning it again replaces that identity, and Porter will then "
                           "trust only the new one. Do this only for a door that was reset or "
                           "replaced on site; confirm to replace it.")
                .arg(d->name));
    PORTER_TRY(m_db.transaction([&]() -> Status { return ensurePropertyKeys(p->id); }));
    Material m;
    m.door = *d;
    m.property = *p;
    auto seed = m_secrets.get(SecretStore::propertySigningKey(p->id));
    if (!seed.ok())
        return seed.error();
    m.propertySeed = *seed;
    auto secret = m_secrets.doorcodeSecret(p->id);
    if (!secret.ok())
        return secret.error();
    m.doorcodeSecret = secret->secret;
    m.doorcodeEpoch = secret->epoch;
    return m;
}

Status DeviceService::recordCommissioned(const Manager &actor, Id doorId, const QByteArray &identityKey,
                                         qint64 doorcodeEpoch, bool replaceIdentity)
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
        auto previous = m_dir.doorIdentityKey(doorId);
        const QByteArray oldKey = previous.ok() ? *previous : QByteArray();
        const bool replacing = !oldKey.isEmpty() && oldKey != identityKey;
        if (replacing && !replaceIdentity)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("Door \u2018%1\u2019 already has another identity; it was not "
                                            "replaced.")
                                 .arg(d->name));
        PORTER_TRY(m_dir.setDoorCommissioned(doorId, identityKey, now()));
        PORTER_TRY(m_dir.setDoorDoorcodeEpoch(doorId, doorcodeEpoch));
        if (replacing) {
            // Said plainly in the log: from now on only the new identity is trusted for this door.
            PORTER_TRY(
                log(actor, p->id, QStringLiteral("door-identity-replaced"), std::nullopt,
                    QStringLiteral("Replaced the identity of door %1 (was %2, now %3)")
                        .arg(d->name, identityFingerprintText(oldKey), identityFingerprintText(identityKey)),
                    doorId));
        }
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
    // Always the current epoch's secret: after a rotation, the code that works at synced doors.
    auto secret = m_secrets.doorcodeSecret(p.id);
    if (!secret.ok())
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("%1 has no doorcode secret yet: commission a door first.").arg(p.name));
    auto zone = timeZoneNamed(p.timeZone);
    if (!zone.ok())
        return zone.error();
    const QDate day = localDate.isValid() ? localDate : porter::localDate(now(), *zone);
    const std::string code =
        door::dailyDoorcode(viewOf(secret->secret), std::uint32_t(personId),
                            door::CivilDate{day.year(), day.month(), day.day()}, p.doorcodeDigits);
    auto st = m_db.transaction([&]() -> Status {
        return log(actor, p.id, QStringLiteral("doorcode-view"), personId,
                   QStringLiteral("Viewed the doorcode of %1 for %2")
                       .arg(person->displayName(), day.toString(Qt::ISODate)));
    });
    if (!st.ok())
        return st.error();
    return QString::fromStdString(code);
}

Result<qint64> DeviceService::rotateDoorcodeSecret(const Manager &actor, Id propertyId)
{
    auto p = propertyFor(actor, propertyId);
    if (!p.ok())
        return p.error();
    // The secret is device trust (commissioning hands it to doors, syncs carry it): Device Management.
    if (auto st = permissions::canManageDevices(actor, *p); !st.ok())
        return denied(actor, p->id, QStringLiteral("doorcode-secret-rotate"), st.error());
    qint64 epoch = 0;
    auto st = m_db.transaction([&]() -> Status {
        auto current = m_secrets.doorcodeSecret(p->id);
        if (!current.ok())
            return makeError(
                current.error().code == ErrorCode::NotFound ? ErrorCode::InvalidInput : current.error().code,
                current.error().code == ErrorCode::NotFound
                    ? QStringLiteral("%1 has no doorcode secret yet: commission a door first.").arg(p->name)
                    : current.error().message);
        // Above every epoch a door reported too (a database restored from an older backup must not
        // hand out an epoch a door already holds with another secret).
        auto doors = m_dir.doors(p->id);
        if (!doors.ok())
            return doors.error();
        epoch = current->epoch;
        for (const Door &d : *doors)
            epoch = std::max(epoch, d.doorcodeEpoch.value_or(0));
        ++epoch;
        PORTER_TRY(m_secrets.put(SecretStore::propertyDoorcodeSecret(p->id, epoch),
                                 toQByteArray(door::crypto::randomBytes(32))));
        // The old secret is not needed any more (doors that still hold it get the new one at their
        // next sync): Porter stops keeping it, so a later theft of Porter's data cannot reveal it.
        PORTER_TRY(m_secrets.remove(SecretStore::propertyDoorcodeSecret(p->id, current->epoch)));
        PORTER_TRY(m_dir.setDoorcodeEpoch(p->id, epoch, now()));
        QSet<Id> commissioned;
        for (const Door &d : *doors) {
            if (d.commissioned)
                commissioned.insert(d.id);
        }
        PORTER_TRY(markDoors(commissioned, QStringLiteral("doorcode-secret"), std::nullopt,
                             QStringLiteral("New doorcode secret (epoch %1): codes of the old secret work "
                                            "here until this door is synced")
                                 .arg(epoch)));
        return log(actor, p->id, QStringLiteral("doorcode-secret-rotate"), std::nullopt,
                   QStringLiteral("Rotated the doorcode secret of %1 to epoch %2; %3 door(s) hold the old "
                                  "one until their next sync")
                       .arg(p->name)
                       .arg(epoch)
                       .arg(commissioned.size()));
    });
    if (!st.ok())
        return st.error();
    return epoch;
}

Result<DeviceService::DoorcodeSecretStatus> DeviceService::doorcodeSecretStatus(const Manager &actor,
                                                                                Id propertyId) const
{
    auto p = propertyFor(actor, propertyId);
    if (!p.ok())
        return p.error();
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    DoorcodeSecretStatus out;
    auto epoch = m_dir.doorcodeEpoch(p->id);
    if (!epoch.ok())
        return epoch.error();
    out.epoch = *epoch;
    auto doors = m_dir.doors(p->id);
    if (!doors.ok())
        return doors.error();
    for (const Door &d : *doors) {
        if (d.commissioned && out.epoch && d.doorcodeEpoch.value_or(0) != *out.epoch)
            out.doorsWithOldSecret.append(d);
    }
    return out;
}

Result<AppCredential> DeviceService::issueAppCredential(const Manager &actor, Id personId,
                                                        const QByteArray &phonePublicKey)
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
    if (phonePublicKey.size() != qsizetype(door::crypto::kKeySize) ||
        phonePublicKey == QByteArray(phonePublicKey.size(), '\0'))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("That is not a phone public key (32 bytes, made by the phone): "
                                        "create one on the phone and try again."));
    auto generation = m_people.appKeyGeneration(personId);
    if (!generation.ok())
        return generation.error();
    // Generations never wrap (a lost phone's generation must never come back): refuse instead.
    if (*generation < 0 || *generation >= qint64(door::kMaxAppKeyGeneration))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 has used every phone key generation, so no further phone can be "
                                        "enrolled for this person: invite them again as a new person.")
                             .arg(person->displayName()));
    AppCredential out;
    out.personId = personId;
    out.generation = *generation + 1;
    out.issuedAt = now();
    out.notAfter = out.issuedAt + kAppCertificateLifetimeSecs;
    door::AppCertificate cert;
    cert.propertyId = std::uint32_t(p.id);
    cert.personId = std::uint32_t(personId);
    cert.appKeyGeneration = std::uint32_t(out.generation);
    cert.phonePublicKey = door::Bytes(phonePublicKey.begin(), phonePublicKey.end());
    cert.issuedAt = out.issuedAt;
    cert.notAfter = out.notAfter;
    out.certificate = toQByteArray(door::issueCertificate(cert, viewOf(*seed)));
    if (out.certificate.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("Could not sign the phone certificate."));
    auto st = m_db.transaction([&]() -> Status {
        PORTER_TRY(m_people.setAppKey(personId, phonePublicKey, out.generation, out.notAfter));
        auto doors = offlineDoorsOfPerson(personId);
        if (!doors.ok())
            return doors.error();
        PORTER_TRY(markDoors(*doors, QStringLiteral("app-key"), personId,
                             QStringLiteral("New phone for %1").arg(person->displayName())));
        return log(actor, p.id, QStringLiteral("app-enrol"), personId,
                   QStringLiteral("Enrolled a phone for %1 (key generation %2, certificate valid until %3)")
                       .arg(person->displayName())
                       .arg(out.generation)
                       .arg(formatUtcIso(out.notAfter)));
    });
    if (!st.ok())
        return st.error();
    return out;
}

} // namespace porter::sync

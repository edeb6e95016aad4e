#include "devices/deviceservice.h"

#include "access/permissions.h"
#include "access/servicebase.h"
#include "door/certificate.h"
#include "door/crypto.h"
#include "door/door.h"
#include "door/doorcode.h"
#include "door/protocol.h"
#include "policy/policy.h"
#include "secrets/secretstore.h"
#include "store/repositories.h"
#include "sync/internal/planner.h"
#include "util/localtime.h"

#include <QRegularExpression>

namespace porter::sync {

// The repositories and the bookkeeping every service shares, behind the public header (which must
// not expose the store: docs/architecture.md, "Layers").
class DeviceService::Private : public ServiceBase
{
public:
    Private(Database &db, const Clock &clock, SecretStore &secrets)
        : ServiceBase(db, clock)
        , m_secrets(secrets)
    {}
    using ServiceBase::checkCredentialRight;
    using ServiceBase::denied;
    using ServiceBase::livePersonFor;
    using ServiceBase::log;
    using ServiceBase::m_db;
    using ServiceBase::m_dir;
    using ServiceBase::m_journal;
    using ServiceBase::m_people;
    using ServiceBase::markDoors;
    using ServiceBase::now;
    using ServiceBase::offlineDoorsOfPerson;
    using ServiceBase::propertyFor;
    SecretStore &m_secrets;
};

DeviceService::DeviceService(Database &db, const Clock &clock, SecretStore &secrets)
    : d(std::make_unique<Private>(db, clock, secrets))
{}

DeviceService::~DeviceService() = default;

Result<QByteArray> DeviceService::propertyPublicKey(Id propertyId) const
{
    auto v = d->m_dir.propertyPublicKey(propertyId);
    if (!v.ok())
        return v.error();
    if (v->isEmpty())
        return makeError(ErrorCode::NotFound,
                         tr("Property %1 has no signing key yet: commission a door first.").arg(propertyId));
    return *v;
}

Status DeviceService::ensurePropertyKeys(Id propertyId)
{
    auto has = d->m_secrets.has(SecretStore::propertySigningKey(propertyId));
    if (!has.ok())
        return has.error();
    if (*has)
        return {};
    const door::crypto::KeyPair signing = door::crypto::ed25519Generate();
    // The public half first: a shared portfolio's copies are checked against it (SecretStore).
    PORTER_TRY(d->m_dir.insertPropertyKey(propertyId, toQByteArray(signing.publicKey), d->now())); // epoch 1
    PORTER_TRY(d->m_secrets.put(SecretStore::propertySigningKey(propertyId), toQByteArray(signing.seed)));
    PORTER_TRY(d->m_secrets.put(SecretStore::propertyDoorcodeSecret(propertyId, 1),
                                toQByteArray(door::crypto::randomBytes(32))));
    return {};
}

namespace {
QString identityFingerprintText(const QByteArray &key)
{
    const door::Bytes bytes = toBytes(key);
    return QString::fromStdString(door::protocol::identityFingerprint(bytes)).left(19);
}

// Whether `m` should hold the door secrets of `p` (porter_holds_door_secrets on the server).
bool shouldHold(const Manager &m, const Property &p)
{
    return m.role == ManagerRole::PortfolioManager || (m.deviceManagement && m.propertyIds.contains(p.id));
}

// The names of a property's current secrets: its signing key and its doorcode secret of the current
// epoch (none before the first commissioning).
Result<QStringList> currentSecretNames(const DirectoryRepository &dir, Id propertyId)
{
    QStringList names;
    auto epoch = dir.doorcodeEpoch(propertyId);
    if (!epoch.ok())
        return epoch.error();
    if (!*epoch)
        return names;
    names << SecretStore::propertySigningKey(propertyId)
          << SecretStore::propertyDoorcodeSecret(propertyId, **epoch);
    return names;
}

} // namespace

Status DeviceService::commission(const Manager &actor, Id doorId, door::Door &target, bool replaceIdentity)
{
    auto material = commissioningMaterial(actor, doorId, replaceIdentity);
    if (!material.ok())
        return material.error();
    if (target.commissioned())
        return makeError(ErrorCode::Conflict,
                         tr("This device is already commissioned (door %1 of property %2). Reset it to "
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
    c.signingKeyEpoch = std::uint32_t(material->signingKeyEpoch);
    // The door stores its state first: if recording then fails, the door must be reset (the error
    // says so) — Porter never believes in a door that did not take the commissioning.
    const door::Bytes identity = target.commission(c);
    if (identity.empty())
        return makeError(ErrorCode::DoorRejected,
                         tr("Door ‘%1’ did not accept the commissioning.").arg(material->door.name));
    return recordCommissioned(actor, doorId, toQByteArray(identity), material->doorcodeEpoch, replaceIdentity,
                              material->signingKeyEpoch);
}

Result<DeviceService::Material> DeviceService::commissioningMaterial(const Manager &actor, Id doorId,
                                                                     bool replaceIdentity)
{
    auto door = d->m_dir.door(doorId);
    if (!door.ok())
        return door.error();
    auto p = d->propertyFor(actor, door->propertyId);
    if (!p.ok())
        return makeError(ErrorCode::NotFound, tr("There is no door with id %1.").arg(doorId));
    if (auto st = permissions::canManageDevices(actor, *p); !st.ok())
        return d->denied(actor, p->id, QStringLiteral("door-commission"), st.error());
    if (door->commissioned && !replaceIdentity)
        return makeError(ErrorCode::Conflict,
                         tr("Door ‘%1’ is already commissioned: Porter knows its identity. "
                            "Commissioning it again replaces that identity, and Porter will then "
                            "trust only the new one. Do this only for a door that was reset or "
                            "replaced on site; confirm to replace it.")
                             .arg(door->name));
    PORTER_TRY(d->m_db.transaction([&]() -> Status { return ensurePropertyKeys(p->id); }));
    Material m;
    m.door = *door;
    m.property = *p;
    auto seed = d->m_secrets.get(SecretStore::propertySigningKey(p->id));
    if (!seed.ok())
        return seed.error();
    m.propertySeed = *seed;
    auto secret = d->m_secrets.doorcodeSecret(p->id);
    if (!secret.ok())
        return secret.error();
    m.doorcodeSecret = secret->secret;
    m.doorcodeEpoch = secret->epoch;
    PORTER_TRY_ASSIGN(const std::optional<qint64> keyEpoch, d->m_dir.signingKeyEpoch(p->id));
    m.signingKeyEpoch = keyEpoch.value_or(1);
    return m;
}

Status DeviceService::recordCommissioned(const Manager &actor, Id doorId, const QByteArray &identityKey,
                                         qint64 doorcodeEpoch, bool replaceIdentity, qint64 signingKeyEpoch)
{
    auto door = d->m_dir.door(doorId);
    if (!door.ok())
        return door.error();
    auto p = d->propertyFor(actor, door->propertyId);
    if (!p.ok())
        return p.error();
    if (auto st = permissions::canManageDevices(actor, *p); !st.ok())
        return d->denied(actor, p->id, QStringLiteral("door-commission"), st.error());
    return d->m_db.transaction([&]() -> Status {
        auto previous = d->m_dir.doorIdentityKey(doorId);
        const QByteArray oldKey = previous.ok() ? *previous : QByteArray();
        const bool replacing = !oldKey.isEmpty() && oldKey != identityKey;
        if (replacing && !replaceIdentity)
            return makeError(ErrorCode::Conflict, tr("Door ‘%1’ already has another identity; it was not "
                                                     "replaced.")
                                                      .arg(door->name));
        PORTER_TRY(d->m_dir.setDoorCommissioned(doorId, identityKey, d->now()));
        PORTER_TRY(d->m_dir.setDoorDoorcodeEpoch(doorId, doorcodeEpoch));
        PORTER_TRY(d->m_dir.setDoorSigningKeyEpoch(doorId, signingKeyEpoch));
        if (replacing) {
            // Said plainly in the log: from now on only the new identity is trusted for this door.
            PORTER_TRY(d->log(
                actor, p->id, QStringLiteral("door-identity-replaced"), std::nullopt,
                QStringLiteral("Replaced the identity of door %1 (was %2, now %3)")
                    .arg(door->name, identityFingerprintText(oldKey), identityFingerprintText(identityKey)),
                QVariantMap{{QStringLiteral("door"), door->name},
                            {QStringLiteral("was"), identityFingerprintText(oldKey)},
                            {QStringLiteral("now"), identityFingerprintText(identityKey)}},
                doorId));
        }
        DoorChange change;
        change.doorId = doorId;
        change.at = d->now();
        change.kind = QStringLiteral("commission");
        change.summary = QStringLiteral("Commissioned: first sync sends the whole access list");
        auto seq = d->m_journal.recordDoorChange(change);
        if (!seq.ok())
            return seq.error();
        return d->log(actor, p->id, QStringLiteral("door-commission"), std::nullopt,
                      QStringLiteral("Commissioned door %1").arg(door->name),
                      QVariantMap{{QStringLiteral("door"), door->name}}, doorId);
    });
}

Result<QString> DeviceService::doorcode(const Manager &actor, Id personId, QDate localDate)
{
    Property p;
    auto person = d->livePersonFor(actor, personId, &p);
    if (!person.ok())
        return person.error();
    if (auto st = d->checkCredentialRight(actor, p, personId, QStringLiteral("doorcode-view")); !st.ok())
        return st.error();
    if (person->accessMethod != AccessMethod::Doorcode)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 uses the app, not daily doorcodes.").arg(person->displayName()));
    // Always the current epoch's secret: after a rotation, the code that works at synced doors.
    auto secret = d->m_secrets.doorcodeSecret(p.id);
    if (!secret.ok())
        return makeError(ErrorCode::NotFound,
                         tr("%1 has no doorcode secret yet: commission a door first.").arg(p.name));
    auto zone = timeZoneNamed(p.timeZone);
    if (!zone.ok())
        return zone.error();
    const QDate day = localDate.isValid() ? localDate : porter::localDate(d->now(), *zone);
    const std::string code =
        door::dailyDoorcode(viewOf(secret->secret), std::uint32_t(personId),
                            door::CivilDate{day.year(), day.month(), day.day()}, p.doorcodeDigits);
    auto st = d->m_db.transaction([&]() -> Status {
        return d->log(actor, p.id, QStringLiteral("doorcode-view"), personId,
                      QStringLiteral("Viewed the doorcode of %1 for %2")
                          .arg(person->displayName(), day.toString(Qt::ISODate)),
                      QVariantMap{{QStringLiteral("person"), person->displayName()},
                                  {QStringLiteral("day"), day.toString(Qt::ISODate)}});
    });
    if (!st.ok())
        return st.error();
    return QString::fromStdString(code);
}

Result<qint64> DeviceService::rotateDoorcodeSecret(const Manager &actor, Id propertyId)
{
    auto p = d->propertyFor(actor, propertyId);
    if (!p.ok())
        return p.error();
    // The secret is device trust (commissioning hands it to doors, syncs carry it): Device Management.
    if (auto st = permissions::canManageDevices(actor, *p); !st.ok())
        return d->denied(actor, p->id, QStringLiteral("doorcode-secret-rotate"), st.error());
    qint64 epoch = 0;
    auto st = d->m_db.transaction([&]() -> Status {
        // Only the epoch is needed: the new secret does not depend on the old one.
        auto current = d->m_dir.doorcodeEpoch(p->id);
        if (!current.ok())
            return current.error();
        if (!*current)
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 has no doorcode secret yet: commission a door first.").arg(p->name));
        PORTER_TRY_ASSIGN(epoch, rotateDoorcodeSecretOf(actor, *p, **current));
        return {};
    });
    if (!st.ok())
        return st.error();
    return epoch;
}

Result<qint64> DeviceService::rotateDoorcodeSecretOf(const Manager &actor, const Property &p,
                                                     qint64 currentEpoch)
{
    // Above every epoch a door reported too (a database restored from an older backup must not hand out
    // an epoch a door already holds with another secret).
    auto doors = d->m_dir.doors(p.id);
    if (!doors.ok())
        return doors.error();
    qint64 epoch = currentEpoch;
    for (const Door &each : *doors)
        epoch = std::max(epoch, each.doorcodeEpoch.value_or(0));
    ++epoch;
    // The doors are told 32 bits: an epoch past that (a damaged or tampered row) is never handed out.
    if (epoch < 2 || epoch > 0xFFFFFFFFLL)
        return makeError(
            ErrorCode::Crypto,
            tr("The doorcode epochs of %1 are not valid ones (the next would be %2): the doorcode "
               "secret was not rotated. Someone may have changed the database; tell its "
               "administrator.")
                .arg(p.name)
                .arg(epoch));
    PORTER_TRY(d->m_secrets.put(SecretStore::propertyDoorcodeSecret(p.id, epoch),
                                toQByteArray(door::crypto::randomBytes(32))));
    // The old secret is not needed any more (doors that still hold it get the new one at their next
    // sync): Porter stops keeping it, so a later theft of Porter's data cannot reveal it.
    PORTER_TRY(d->m_secrets.remove(SecretStore::propertyDoorcodeSecret(p.id, currentEpoch)));
    PORTER_TRY(d->m_dir.setDoorcodeEpoch(p.id, epoch, d->now()));
    QSet<Id> commissioned;
    for (const Door &each : *doors) {
        if (each.commissioned)
            commissioned.insert(each.id);
    }
    PORTER_TRY(d->markDoors(commissioned, QStringLiteral("doorcode-secret"), std::nullopt,
                            QStringLiteral("New doorcode secret (epoch %1): codes of the old secret work "
                                           "here until this door is synced")
                                .arg(epoch),
                            QVariantMap{{QStringLiteral("epoch"), epoch}}));
    PORTER_TRY(d->log(actor, p.id, QStringLiteral("doorcode-secret-rotate"), std::nullopt,
                      QStringLiteral("Rotated the doorcode secret of %1 to epoch %2; %3 door(s) hold the old "
                                     "one until their next sync")
                          .arg(p.name)
                          .arg(epoch)
                          .arg(commissioned.size()),
                      QVariantMap{{QStringLiteral("property"), p.name},
                                  {QStringLiteral("epoch"), epoch},
                                  {QStringLiteral("doors"), qlonglong(commissioned.size())}}));
    return epoch;
}

Result<DeviceService::DoorcodeSecretStatus> DeviceService::doorcodeSecretStatus(const Manager &actor,
                                                                                Id propertyId) const
{
    auto p = d->propertyFor(actor, propertyId);
    if (!p.ok())
        return p.error();
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    DoorcodeSecretStatus out;
    auto epoch = d->m_dir.doorcodeEpoch(p->id);
    if (!epoch.ok())
        return epoch.error();
    out.epoch = *epoch;
    auto doors = d->m_dir.doors(p->id);
    if (!doors.ok())
        return doors.error();
    for (const Door &each : *doors) {
        if (each.commissioned && out.epoch && each.doorcodeEpoch.value_or(0) != *out.epoch)
            out.doorsWithOldSecret.append(each);
    }
    return out;
}

Result<DeviceService::SigningKeyRotation> DeviceService::rotateSigningKey(const Manager &actor, Id propertyId)
{
    return changeSigningKey(actor, propertyId, false);
}

Result<DeviceService::SigningKeyRotation> DeviceService::resetSigningKey(const Manager &actor, Id propertyId,
                                                                         bool withoutCopy)
{
    return changeSigningKey(actor, propertyId, true, withoutCopy);
}

Result<DeviceService::SigningKeyRotation> DeviceService::changeSigningKey(const Manager &actor, Id propertyId,
                                                                          bool reset, bool withoutCopy)
{
    auto p = d->propertyFor(actor, propertyId);
    if (!p.ok())
        return p.error();
    const QString action = reset ? QStringLiteral("signing-key-reset") : QStringLiteral("signing-key-rotate");
    // The signing key is device trust (every list, certificate and kit is signed with it): Device Management.
    if (auto st = permissions::canManageDevices(actor, *p); !st.ok())
        return d->denied(actor, p->id, action, st.error());
    // A reset sends someone to every door, and no door can check who made it: a Portfolio Manager's act.
    // On a server, so is a rotation: the server cannot check a step's signature nor what a copy holds, so
    // it takes a step from no one else (schema 15), or any holder could put in a key of their own making.
    if (reset && actor.role != ManagerRole::PortfolioManager)
        return d->denied(actor, p->id, action,
                         makeError(ErrorCode::PermissionDenied,
                                   tr("Only a Portfolio Manager resets the signing key of %1: every door is "
                                      "then commissioned again on site. Ask one.")
                                       .arg(p->name)));
    if (!reset && d->m_secrets.wrapsSecrets() && actor.role != ManagerRole::PortfolioManager)
        return d->denied(
            actor, p->id, action,
            makeError(ErrorCode::PermissionDenied,
                      tr("On a shared portfolio only a Portfolio Manager rotates the signing key "
                         "of %1 (the server cannot check who made a new key). Ask one.")
                          .arg(p->name)));
    SigningKeyRotation out;
    auto st = d->m_db.transaction([&]() -> Status {
        PORTER_TRY_ASSIGN(out,
                          reset ? resetSigningKeyOf(actor, *p, withoutCopy) : rotateSigningKeyOf(actor, *p));
        return {};
    });
    if (!st.ok())
        return st.error();
    return out;
}

// The managers other than `self` who should hold the key of `p` and have a copy of it for the key they
// have registered now: as far as the server can tell, they can open it.
Result<QStringList> DeviceService::othersHoldingTheKey(Id self, const Property &p) const
{
    QStringList out;
    SecretRepository secrets(d->m_db);
    PORTER_TRY_ASSIGN(const QList<SecretRepository::Wrapped> index, secrets.wrapIndex(p.id));
    PORTER_TRY_ASSIGN(const QList<Manager> managers, d->m_dir.managers(p.portfolioId));
    const QString signing = SecretStore::propertySigningKey(p.id);
    for (const Manager &m : managers) {
        if (m.id == self || !shouldHold(m, p))
            continue;
        PORTER_TRY_ASSIGN(const QByteArray key, d->m_secrets.registeredKey(m.id));
        if (!key.isEmpty() &&
            std::any_of(index.begin(), index.end(), [&](const SecretRepository::Wrapped &w) {
                return w.managerId == m.id && w.name == signing && w.recipientKey == key;
            }))
            out << m.name;
    }
    return out;
}

Result<qint64> DeviceService::nextSigningKeyEpoch(const Property &p) const
{
    PORTER_TRY_ASSIGN(const std::optional<qint64> current, d->m_dir.signingKeyEpoch(p.id));
    if (!current)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 has no signing key yet: commission a door first.").arg(p.name));
    const qint64 epoch = *current + 1;
    // The doors are told 32 bits: an epoch past that (a damaged or tampered row) is never handed out.
    if (epoch < 2 || epoch > 0xFFFFFFFFLL)
        return makeError(ErrorCode::Crypto,
                         tr("The signing key epoch of %1 is not a valid one (the next would be %2): the key "
                            "was not changed. Someone may have changed the database; tell its administrator.")
                             .arg(p.name)
                             .arg(epoch));
    return epoch;
}

Result<DeviceService::SigningKeyRotation> DeviceService::keyChanged(const Property &p, qint64 epoch,
                                                                    const QByteArray &publicKey,
                                                                    QSet<Id> *commissioned) const
{
    SigningKeyRotation out;
    out.epoch = epoch;
    out.fingerprint = SecretStore::keyFingerprint(publicKey);
    PORTER_TRY_ASSIGN(const QList<Door> doors, d->m_dir.doors(p.id));
    for (const Door &each : doors) {
        if (each.commissioned)
            commissioned->insert(each.id);
    }
    out.doorsToSync = int(commissioned->size());
    PORTER_TRY_ASSIGN(out.phonesToReenrol, d->m_people.peopleWithPhones(p.id));
    return out;
}

Result<DeviceService::SigningKeyRotation> DeviceService::rotateSigningKeyOf(const Manager &actor,
                                                                            const Property &p)
{
    PORTER_TRY_ASSIGN(const qint64 epoch, nextSigningKeyEpoch(p));
    PORTER_TRY_ASSIGN(const QByteArray oldSeed, d->m_secrets.get(SecretStore::propertySigningKey(p.id)));
    PORTER_TRY_ASSIGN(const QByteArray pinned, d->m_dir.propertyPublicKey(p.id));
    if (toQByteArray(door::crypto::ed25519PublicKey(toBytes(oldSeed))) != pinned)
        return makeError(ErrorCode::Crypto,
                         tr("The signing key Porter holds for %1 is not the one its doors trust: the key was "
                            "not rotated. Someone may have changed the database; tell its administrator.")
                             .arg(p.name));
    door::crypto::KeyPair next = door::crypto::ed25519Generate();
    const door::KeyStep step =
        door::signKeyStep(toBytes(oldSeed), std::uint32_t(p.id), std::uint32_t(epoch), next.publicKey);
    if (step.signature.size() != door::crypto::kSignatureSize)
        return makeError(ErrorCode::Crypto,
                         tr("The signing key of %1 could not sign its rotation.").arg(p.name));
    const DirectoryRepository::KeyStepRow row{epoch, toQByteArray(step.publicKey),
                                              toQByteArray(step.signature)};
    // The old key is not kept: the new one replaces it where it was sealed or wrapped.
    PORTER_TRY(d->m_secrets.replaceSigningKey(
        p.id, toQByteArray(next.seed), [&]() { return d->m_dir.rotatePropertyKey(p.id, row, d->now()); }));
    QSet<Id> commissioned;
    PORTER_TRY_ASSIGN(const SigningKeyRotation out, keyChanged(p, epoch, row.publicKey, &commissioned));
    PORTER_TRY(
        d->markDoors(commissioned, QStringLiteral("signing-key"), std::nullopt,
                     QStringLiteral("New signing key (epoch %1): this door trusts the old one until it "
                                    "is synced")
                         .arg(epoch),
                     QVariantMap{{QStringLiteral("epoch"), epoch}}));
    PORTER_TRY(
        d->log(actor, p.id, QStringLiteral("signing-key-rotate"), std::nullopt,
               QStringLiteral("Rotated the signing key of %1 to epoch %2 (key %3); %4 door(s) trust the old "
                              "one until their next sync, %5 phone(s) need a new certificate")
                   .arg(p.name)
                   .arg(epoch)
                   .arg(out.fingerprint)
                   .arg(out.doorsToSync)
                   .arg(out.phonesToReenrol.size()),
               QVariantMap{{QStringLiteral("property"), p.name},
                           {QStringLiteral("epoch"), epoch},
                           {QStringLiteral("key"), out.fingerprint},
                           {QStringLiteral("doors"), out.doorsToSync},
                           {QStringLiteral("phones"), qlonglong(out.phonesToReenrol.size())}}));
    return out;
}

Result<DeviceService::SigningKeyRotation>
DeviceService::resetSigningKeyOf(const Manager &actor, const Property &p, bool withoutCopy)
{
    PORTER_TRY_ASSIGN(const qint64 epoch, nextSigningKeyEpoch(p));
    PORTER_TRY_ASSIGN(const QList<QByteArray> known, d->m_dir.publicKeysOnRecord(p.id));
    door::crypto::KeyPair next = door::crypto::ed25519Generate();
    // No signature: the step says only that the key changed here; doors cannot follow it.
    const DirectoryRepository::KeyStepRow row{epoch, toQByteArray(next.publicKey), QByteArray("")};
    // A Portfolio Manager (the only one who resets) whose copy is not on this computer (a lost laptop;
    // nobody may hold the key any more) resets it for themselves alone, and gives it to the others. While a
    // colleague still holds a copy, that is a choice made knowingly: they could give it, which sends nobody
    // to the doors.
    PORTER_TRY_ASSIGN(const bool held, d->m_secrets.holdsCopyHere(p.id));
    if (!held) {
        // The new key is wrapped for this computer's key, and a colleague would give it to the registered
        // one.
        PORTER_TRY_ASSIGN(const QByteArray mine, d->m_secrets.devicePublicKey());
        PORTER_TRY_ASSIGN(const QByteArray registered, d->m_secrets.registeredKey(actor.id));
        if (registered != mine)
            return makeError(ErrorCode::PermissionDenied,
                             tr("The key registered for you is another computer's: register this one first "
                                "(porterctl secrets replace-key, or Settings ▸ Security), then reset the "
                                "signing key of %1 or ask a manager who holds it to give it to you.")
                                 .arg(p.name));
        PORTER_TRY_ASSIGN(const QStringList others, othersHoldingTheKey(actor.id, p));
        if (!others.isEmpty() && !withoutCopy)
            return makeError(ErrorCode::Conflict,
                             tr("You hold no copy of the signing key of %1 on this computer, but other "
                                "managers may (%2): ask one of them to give it to you (Managers ▸ Give Door "
                                "Access), which sends nobody to the doors. If none of them can, reset it "
                                "without a copy (porterctl property reset-signing-key %3 --yes "
                                "--without-copy): the new key is then yours alone.")
                                 .arg(p.name, others.join(QStringLiteral(", ")))
                                 .arg(p.id));
    }
    PORTER_TRY_ASSIGN(const QList<Id> given,
                      d->m_secrets.resetSigningKey(p.id, toQByteArray(next.seed), known, !held, [&]() {
                          return d->m_dir.rotatePropertyKey(p.id, row, d->now());
                      }));
    // The doorcode secret went with the copies: a new one, which the doors receive when commissioned.
    PORTER_TRY_ASSIGN(const std::optional<qint64> doorcodeEpoch, d->m_dir.doorcodeEpoch(p.id));
    if (doorcodeEpoch)
        PORTER_TRY(rotateDoorcodeSecretOf(actor, p, *doorcodeEpoch));
    QSet<Id> commissioned;
    PORTER_TRY_ASSIGN(SigningKeyRotation out, keyChanged(p, epoch, row.publicKey, &commissioned));
    if (d->m_secrets.wrapsSecrets()) {
        PORTER_TRY_ASSIGN(const QList<Manager> managers, d->m_dir.managers(actor.portfolioId));
        for (const Manager &m : managers) {
            if (shouldHold(m, p) && !given.contains(m.id))
                out.holdersToGive << m.name;
        }
    }
    PORTER_TRY(d->markDoors(commissioned, QStringLiteral("signing-key-reset"), std::nullopt,
                            QStringLiteral("Signing key reset (epoch %1): reset this door on site and "
                                           "commission it again")
                                .arg(epoch),
                            QVariantMap{{QStringLiteral("epoch"), epoch}}));
    PORTER_TRY(d->log(actor, p.id, QStringLiteral("signing-key-reset"), std::nullopt,
                      QStringLiteral("Reset the signing key of %1 to epoch %2 (key %3); %4 door(s) must be "
                                     "reset on site and commissioned again, %5 phone(s) need a new "
                                     "certificate")
                          .arg(p.name)
                          .arg(epoch)
                          .arg(out.fingerprint)
                          .arg(out.doorsToSync)
                          .arg(out.phonesToReenrol.size()),
                      QVariantMap{{QStringLiteral("property"), p.name},
                                  {QStringLiteral("epoch"), epoch},
                                  {QStringLiteral("key"), out.fingerprint},
                                  {QStringLiteral("doors"), out.doorsToSync},
                                  {QStringLiteral("phones"), qlonglong(out.phonesToReenrol.size())},
                                  {QStringLiteral("toGive"), out.holdersToGive}}));
    return out;
}

Result<DeviceService::SigningKeyStatus> DeviceService::signingKeyStatus(const Manager &actor,
                                                                        Id propertyId) const
{
    auto p = d->propertyFor(actor, propertyId);
    if (!p.ok())
        return p.error();
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    SigningKeyStatus out;
    PORTER_TRY_ASSIGN(out.epoch, d->m_dir.signingKeyEpoch(p->id));
    if (!out.epoch)
        return out;
    PORTER_TRY_ASSIGN(const QByteArray key, d->m_dir.propertyPublicKey(p->id));
    out.fingerprint = SecretStore::keyFingerprint(key);
    PORTER_TRY_ASSIGN(const QList<Door> doors, d->m_dir.doors(p->id));
    PORTER_TRY_ASSIGN(out.resetEpoch, d->m_dir.lastResetEpoch(p->id));
    for (const Door &each : doors) {
        if (!each.commissioned)
            continue;
        if (each.signingKeyEpoch.value_or(1) < out.resetEpoch)
            out.doorsToRecommission.append(each);
        else if (each.signingKeyEpoch.value_or(1) != *out.epoch)
            out.doorsWithOldKey.append(each);
    }
    return out;
}

Result<AppCredential> DeviceService::issueAppCredential(const Manager &actor, Id personId,
                                                        const QByteArray &phonePublicKey)
{
    Property p;
    auto person = d->livePersonFor(actor, personId, &p);
    if (!person.ok())
        return person.error();
    if (auto st = d->checkCredentialRight(actor, p, personId, QStringLiteral("app-enrol")); !st.ok())
        return st.error();
    if (person->accessMethod != AccessMethod::App)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 uses daily doorcodes, not the app.").arg(person->displayName()));
    auto seed = d->m_secrets.get(SecretStore::propertySigningKey(p.id));
    if (!seed.ok())
        return makeError(ErrorCode::NotFound,
                         tr("%1 has no signing key yet: commission a door first.").arg(p.name));
    if (phonePublicKey.size() != qsizetype(door::crypto::kKeySize) ||
        phonePublicKey == QByteArray(phonePublicKey.size(), '\0'))
        return makeError(ErrorCode::InvalidInput,
                         tr("That is not a phone public key (32 bytes, made by the phone): "
                            "create one on the phone and try again."));
    auto generation = d->m_people.appKeyGeneration(personId);
    if (!generation.ok())
        return generation.error();
    // Generations never wrap (a lost phone's generation must never come back): refuse instead.
    if (*generation < 0 || *generation >= qint64(door::kMaxAppKeyGeneration))
        return makeError(ErrorCode::Conflict,
                         tr("%1 has used every phone key generation, so no further phone can be "
                            "enrolled for this person: invite them again as a new person.")
                             .arg(person->displayName()));
    AppCredential out;
    out.personId = personId;
    out.generation = *generation + 1;
    out.issuedAt = d->now();
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
        return makeError(ErrorCode::Internal, tr("Could not sign the phone certificate."));
    auto st = d->m_db.transaction([&]() -> Status {
        PORTER_TRY(d->m_people.setAppKey(personId, phonePublicKey, out.generation, out.notAfter));
        auto doors = d->offlineDoorsOfPerson(personId);
        if (!doors.ok())
            return doors.error();
        PORTER_TRY(d->markDoors(*doors, QStringLiteral("app-key"), personId,
                                QStringLiteral("New phone for %1").arg(person->displayName()),
                                QVariantMap{{QStringLiteral("person"), person->displayName()}}));
        return d->log(
            actor, p.id, QStringLiteral("app-enrol"), personId,
            QStringLiteral("Enrolled a phone for %1 (key generation %2, certificate valid until %3)")
                .arg(person->displayName())
                .arg(out.generation)
                .arg(formatUtcIso(out.notAfter)),
            QVariantMap{{QStringLiteral("person"), person->displayName()},
                        {QStringLiteral("generation"), out.generation},
                        {QStringLiteral("notAfter"), out.notAfter}});
    });
    if (!st.ok())
        return st.error();
    return out;
}

Result<QStringList> DeviceService::leftOutOfDoorList(const Manager &actor, Id doorId) const
{
    auto door = d->m_dir.door(doorId);
    if (!door.ok())
        return door.error();
    auto p = d->propertyFor(actor, door->propertyId);
    if (!p.ok())
        return makeError(ErrorCode::NotFound, tr("There is no door with id %1.").arg(doorId));
    PORTER_TRY(permissions::canViewProperty(actor, *p));
    auto state = policy::load(d->m_db, doorId);
    if (!state.ok())
        return state.error();
    QStringList out;
    for (const policy::LeftOut &l : state->leftOut)
        out << l.reason;
    return out;
}

Result<QList<DeviceService::DoorSecretHolder>> DeviceService::doorSecretHolders(const Manager &actor) const
{
    QList<DoorSecretHolder> out;
    if (!d->m_secrets.wrapsSecrets())
        return out;
    SecretRepository secrets(d->m_db);
    PORTER_TRY_ASSIGN(const QList<Manager> managers, d->m_dir.managers(actor.portfolioId));
    PORTER_TRY_ASSIGN(const QList<Property> all, d->m_dir.properties(actor.portfolioId));
    QList<Property> properties;
    for (const Property &p : all) {
        if (permissions::canViewProperty(actor, p).ok())
            properties << p;
    }
    PORTER_TRY_ASSIGN(const QList<SecretRepository::Wrapped> index, secrets.wrapIndex());
    // The copies by (manager, property): read once, not once per manager and property (a portfolio of
    // thousands of properties has tens of thousands of copies, and the Managers page asks on each reload).
    QHash<QPair<Id, Id>, QList<const SecretRepository::Wrapped *>> copies;
    for (const SecretRepository::Wrapped &w : index)
        copies[qMakePair(w.managerId, w.propertyId)].append(&w);
    QHash<Id, QStringList> names;
    for (const Property &p : properties) {
        PORTER_TRY_ASSIGN(names[p.id], currentSecretNames(d->m_dir, p.id));
    }
    for (const Manager &m : managers) {
        DoorSecretHolder h;
        h.manager = m;
        PORTER_TRY_ASSIGN(const QByteArray key, d->m_secrets.registeredKey(m.id));
        if (!key.isEmpty())
            h.hasKey = true;
        for (const Property &p : properties) {
            const QStringList &wanted = names[p.id];
            int held = 0;
            bool any = false;
            for (const SecretRepository::Wrapped *w : copies.value(qMakePair(m.id, p.id))) {
                any = true;
                if (wanted.contains(w->name) && !key.isEmpty() && w->recipientKey == key)
                    ++held;
            }
            const bool complete = !wanted.isEmpty() && held == wanted.size();
            if (shouldHold(m, p)) {
                if (complete)
                    h.holds << p.id;
                else if (!wanted.isEmpty())
                    h.waiting << p.id;
            } else if (any) {
                h.stale << p.id;
            }
        }
        out << h;
    }
    return out;
}

Result<int> DeviceService::giveDoorSecrets(const Manager &actor, Id managerId, const QString &fingerprint)
{
    if (!d->m_secrets.wrapsSecrets())
        return makeError(ErrorCode::InvalidInput,
                         tr("This portfolio is a file: its door secrets are this computer's, not given to "
                            "managers one by one."));
    PORTER_TRY_ASSIGN(const QList<Manager> active, d->m_dir.managers(actor.portfolioId));
    const auto found =
        std::find_if(active.begin(), active.end(), [&](const Manager &m) { return m.id == managerId; });
    if (found == active.end())
        return makeError(ErrorCode::NotFound, tr("No manager %1 in this portfolio.").arg(managerId));
    const Manager target = *found;
    if (actor.role != ManagerRole::PortfolioManager && !actor.deviceManagement)
        return d->denied(actor, std::nullopt, QStringLiteral("door-secrets-give"),
                         makeError(ErrorCode::PermissionDenied,
                                   tr("Only a manager with Device Management gives door access.")));
    PORTER_TRY_ASSIGN(const QByteArray key, d->m_secrets.registeredKey(target.id));
    if (key.isEmpty())
        return makeError(ErrorCode::Conflict,
                         tr("%1 has not signed in to this portfolio yet, so they have no key to give door "
                            "access to. Give it after their first sign-in.")
                             .arg(target.name));
    // The check against a key put there by someone else: what the manager reads out from their own
    // Settings, all of it (96 bits: a key made to match a shorter prefix is within reach).
    const QString actual = SecretStore::keyFingerprint(key);
    QString given = fingerprint.toUpper();
    given.remove(QRegularExpression(QStringLiteral("\\s")));
    QString compact = actual;
    compact.remove(QLatin1Char(' '));
    if (given.size() != compact.size())
        return makeError(
            ErrorCode::InvalidInput,
            tr("Give all six groups of %1's key, as their Settings ▸ Security shows it, to check "
               "that it is theirs.")
                .arg(target.name));
    if (given != compact)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not the key registered for %2. Do not give door access until you know "
                            "why: a mistake in reading it, a new computer of theirs (they register its key "
                            "in Settings ▸ Security), or someone else's key.")
                             .arg(fingerprint.simplified().toUpper(), target.name));
    int given_ = 0;
    auto st = d->m_db.transaction([&]() -> Status {
        PORTER_TRY_ASSIGN(const QList<Property> properties, d->m_dir.properties(actor.portfolioId));
        for (const Property &p : properties) {
            if (!shouldHold(target, p) || !permissions::canManageDevices(actor, p).ok())
                continue;
            PORTER_TRY_ASSIGN(const QStringList names, currentSecretNames(d->m_dir, p.id));
            if (names.isEmpty())
                continue; // no door commissioned yet: nothing to give
            PORTER_TRY(d->m_secrets.giveProperty(p.id, target.id, key));
            PORTER_TRY(d->log(actor, p.id, QStringLiteral("door-secrets-give"), std::nullopt,
                              QStringLiteral("Gave %1 <%2> the door secrets of %3 (key %4)")
                                  .arg(target.name, target.email, p.name, actual),
                              QVariantMap{{QStringLiteral("manager"), target.name},
                                          {QStringLiteral("email"), target.email},
                                          {QStringLiteral("property"), p.name},
                                          {QStringLiteral("key"), actual}}));
            ++given_;
        }
        return {};
    });
    if (!st.ok())
        return st.error();
    return given_;
}

Result<QList<Id>> DeviceService::withdrawDoorSecrets(const Manager &actor, const Manager &before)
{
    QList<Id> rotated;
    if (!d->m_secrets.wrapsSecrets())
        return rotated;
    SecretRepository secrets(d->m_db);
    const Id managerId = before.id;
    // As they are now: nobody, once removed.
    PORTER_TRY_ASSIGN(const QList<Manager> active, d->m_dir.managers(before.portfolioId));
    const auto now =
        std::find_if(active.begin(), active.end(), [&](const Manager &m) { return m.id == managerId; });
    PORTER_TRY_ASSIGN(const auto copies, secrets.wrappedFor(managerId));
    PORTER_TRY_ASSIGN(const QByteArray key, d->m_secrets.registeredKey(managerId));
    PORTER_TRY_ASSIGN(const QList<Property> properties, d->m_dir.properties(before.portfolioId));
    for (const Property &p : properties) {
        const bool hasCopies =
            std::any_of(copies.begin(), copies.end(), [&](const auto &c) { return c.first == p.id; });
        // Could they read them? Only with a key (a manager's key is never dropped but by replacing it).
        const bool couldRead = hasCopies || (shouldHold(before, p) && !key.isEmpty());
        const bool mayStill = now != active.end() && shouldHold(*now, p);
        if (!couldRead || mayStill)
            continue;
        PORTER_TRY(secrets.removeWraps(managerId, p.id));
        PORTER_TRY_ASSIGN(const std::optional<qint64> epoch, d->m_dir.doorcodeEpoch(p.id));
        if (!epoch)
            continue; // no door commissioned: no secret yet
        // What they could read is replaced: a new doorcode secret, then a new signing key (with its signed
        // step, which the doors follow at their next sync), both wrapped for the holders left. That needs
        // the property's key, so the manager making the change must hold it.
        auto rotate = [&]() -> Status {
            PORTER_TRY(rotateDoorcodeSecretOf(actor, p, *epoch));
            PORTER_TRY(rotateSigningKeyOf(actor, p));
            return {};
        };
        bool reset = false;
        // In a savepoint: a rotation that fails part-way leaves nothing behind for the reset.
        if (auto st = d->m_db.transaction(rotate); !st.ok()) {
            if (st.error().code != ErrorCode::PermissionDenied && st.error().code != ErrorCode::Crypto)
                return st.error();
            // A holder whose own copy opens, of a key the property had, while another key is on record:
            // someone who held the key replaced it with one only they hold. The key cannot be rotated, and
            // the removal must not wait for the one who did it: the key is reset instead, and the doors are
            // commissioned again (docs/door-protocol.md, "Resetting the signing key"). Any other failure
            // (a damaged copy, no copy) refuses the change as before: a reset is a visit to every door.
            const bool holdsHere = shouldHold(actor, p) && permissions::canManageDevices(actor, p).ok() &&
                                   st.error().code == ErrorCode::Crypto;
            bool replaced = false;
            if (holdsHere) {
                auto held = d->m_secrets.heldSigningKey(p.id);
                auto pinned = d->m_dir.propertyPublicKey(p.id);
                auto known = d->m_dir.publicKeysOnRecord(p.id);
                replaced = held.ok() && pinned.ok() && known.ok() && !held->isEmpty() && *held != *pinned &&
                           known->contains(*held);
            }
            if (!replaced) {
                QString message =
                    tr("%1 could read the door secrets of %2, so this change replaces its doorcode "
                       "secret and its signing key, which needs the property's key: %3 Ask a manager who "
                       "holds them to make this change, or to give you door access first.")
                        .arg(before.name, p.name, st.error().message);
                // Nobody left who holds them (a lost laptop, a holder gone): only a reset gets them back.
                if (actor.role == ManagerRole::PortfolioManager)
                    message += QLatin1Char(' ') +
                               tr("If nobody holds them any more, reset the signing key first (porterctl "
                                  "property reset-signing-key %1 --yes), then make this change.")
                                   .arg(p.id);
                return makeError(ErrorCode::PermissionDenied, message);
            }
            auto resetKey = [&]() -> Status {
                PORTER_TRY(resetSigningKeyOf(actor, p));
                return {};
            };
            if (auto again = d->m_db.transaction(resetKey); !again.ok())
                return makeError(again.error().code,
                                 tr("%1 could read the door secrets of %2, and the signing key on record is "
                                    "not the one you hold (%3), so it had to be reset, which failed: %4")
                                     .arg(before.name, p.name, st.error().message, again.error().message));
            reset = true;
        }
        PORTER_TRY(
            d->log(actor, p.id, QStringLiteral("door-secrets-withdraw"), std::nullopt,
                   reset ? QStringLiteral("Withdrew the door secrets of %1 from %2 <%3>; the signing key "
                                          "on record was not the one held here, so it and the doorcode "
                                          "secret are reset: every door is commissioned again")
                               .arg(p.name, before.name, before.email)
                         : QStringLiteral("Withdrew the door secrets of %1 from %2 <%3>; the doorcode "
                                          "secret and the signing key are rotated")
                               .arg(p.name, before.name, before.email),
                   QVariantMap{{QStringLiteral("manager"), before.name},
                               {QStringLiteral("email"), before.email},
                               {QStringLiteral("property"), p.name},
                               {QStringLiteral("reset"), reset}}));
        rotated << p.id;
    }
    return rotated;
}

Result<DeviceService::DeviceKey> DeviceService::deviceKey(const Manager &actor)
{
    DeviceKey out;
    if (!d->m_secrets.wrapsSecrets())
        return out;
    if (d->m_secrets.holder() != actor.id)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only %1's own Porter shows their key.").arg(actor.name));
    PORTER_TRY_ASSIGN(const QByteArray mine, d->m_secrets.devicePublicKey());
    PORTER_TRY_ASSIGN(const QByteArray registered, d->m_secrets.registeredKey(actor.id));
    out.thisComputer = SecretStore::keyFingerprint(mine);
    if (!registered.isEmpty())
        out.registered = SecretStore::keyFingerprint(registered);
    return out;
}

Status DeviceService::replaceDeviceKey(const Manager &actor)
{
    if (!d->m_secrets.wrapsSecrets())
        return makeError(ErrorCode::InvalidInput,
                         tr("This portfolio is a file: its door secrets are this computer's, with no key per "
                            "manager."));
    if (d->m_secrets.holder() != actor.id)
        return makeError(ErrorCode::PermissionDenied, tr("Only %1 replaces their own key.").arg(actor.name));
    return d->m_db.transaction([&]() -> Status {
        PORTER_TRY(d->m_secrets.replaceDeviceKey());
        PORTER_TRY_ASSIGN(const QByteArray mine, d->m_secrets.devicePublicKey());
        return d->log(actor, std::nullopt, QStringLiteral("device-key-replace"), std::nullopt,
                      QStringLiteral("Registered a new device key %1; the door secrets given to the old one "
                                     "are dropped")
                          .arg(SecretStore::keyFingerprint(mine)),
                      QVariantMap{{QStringLiteral("key"), SecretStore::keyFingerprint(mine)}});
    });
}

} // namespace porter::sync

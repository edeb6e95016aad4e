#include "kits/kitservice.h"

#include "access/permissions.h"
#include "access/servicebase.h"
#include "door/protocol.h"
#include "door/session.h"
#include "door/update.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/doorlistrepository.h"
#include "store/repositories.h"
#include "store/secretrepository.h"
#include "sync/internal/doorimport.h"
#include "sync/internal/planner.h"
#include "util/localtime.h"

#include <QSet>
#include <QUuid>

namespace porter::kits {

namespace dc = door::crypto;
using sync::toBytes;
using sync::toQByteArray;
using sync::viewOf;

namespace {

// The door's own answer, read from its receipt (docs/door-protocol.md, "Receipts"): nullopt when there is
// none or the door's identity key did not sign it. Only the laptop's time (when, and the drift it
// measured, bounded to an hour) comes from the kit holder's side.
std::optional<KitAnswer> answerFromReceipt(const KitAnswer &kept, const QByteArray &identityKey)
{
    door::SyncResult::KitReceipt receipt;
    if (kept.receiptStart.size() != 32 || kept.receiptSignature.isEmpty() || kept.receiptDone.isEmpty())
        return std::nullopt;
    std::copy(kept.receiptStart.begin(), kept.receiptStart.end(), receipt.start.begin());
    for (const QByteArray &r : kept.receiptRecords)
        receipt.records.push_back(toBytes(r));
    receipt.done = toBytes(kept.receiptDone);
    receipt.signature = toBytes(kept.receiptSignature);
    if (!door::verifyKitReceipt(receipt, viewOf(identityKey)))
        return std::nullopt;
    KitAnswer a;
    a.at = kept.at;
    a.ok = true;
    a.updateKind = kept.updateKind;
    a.driftSeconds = std::clamp<qint64>(kept.driftSeconds, -3600, 3600);
    bool haveStatus = false;
    for (const door::Bytes &record : receipt.records) {
        if (record.empty())
            return std::nullopt;
        const auto type = static_cast<door::protocol::MessageType>(record[0]);
        if (type == door::protocol::MessageType::Status) {
            const auto status = door::protocol::decodeStatus(record);
            if (!status || haveStatus)
                return std::nullopt;
            haveStatus = true;
            a.reportedVersion = status->version;
            a.batteryPercent = status->batteryPercent;
            a.firmware = QString::fromStdString(status->firmware);
            a.lostEntries = qint64(status->lostEntries);
            a.doorcodeEpoch = qint64(status->doorcodeEpoch);
            a.signingKeyEpoch = qint64(status->signingKeyEpoch);
        } else if (type == door::protocol::MessageType::ActivityBatch) {
            const auto batch = door::protocol::decodeActivityBatch(record);
            if (!batch)
                return std::nullopt;
            for (const door::ActivityEntry &e : *batch)
                a.activity.push_back(
                    KitActivity{e.seq, e.time, e.personSlot(), std::uint8_t(e.kind), e.reasonSlot()});
        } else if (type == door::protocol::MessageType::Applied) {
            const auto ack = door::protocol::decodeVersionAck(type, record);
            if (!ack)
                return std::nullopt;
            a.appliedVersion = ack->version;
            a.appliedHash = toQByteArray(dc::toBytes(ack->hash));
        } else if (type == door::protocol::MessageType::UpdateRejected && record.size() == 2) {
            a.updateError = QString::fromLatin1(door::describe(static_cast<door::UpdateError>(record[1])));
        }
    }
    const auto done = door::protocol::decodeVersionAck(door::protocol::MessageType::Done, receipt.done);
    if (!done || !haveStatus)
        return std::nullopt;
    a.finalVersion = done->version;
    a.finalHash = toQByteArray(dc::toBytes(done->hash));
    return a;
}

} // namespace

class KitService::Private : public ServiceBase
{
public:
    Private(Database &db, const Clock &clock, SecretStore &secrets, KeyProvider &keys)
        : ServiceBase(db, clock)
        , m_secrets(secrets)
        , m_keys(keys)
    {}

    Result<FieldKit> build(const Manager &actor, const KitRequest &request);
    Status check(const Manager &actor, FieldKit &kit);
    Result<UploadReport> upload(const Manager &actor, FieldKit &kit);

    // The kit's part for one commissioned door, signed with the property's seed.
    Result<KitDoor> doorPart(const Property &p, const Door &door, const QByteArray &seed, const FieldKit &kit,
                             const door::Bytes &kitPublicKey);
    Result<UploadedDoor> uploadDoor(const Manager &actor, KitDoor &kd);

    SecretStore &m_secrets;
    KeyProvider &m_keys;
};

KitService::KitService(Database &db, const Clock &clock, SecretStore &secrets, KeyProvider &keys)
    : d(std::make_unique<Private>(db, clock, secrets, keys))
{}

KitService::~KitService() = default;

Result<FieldKit> KitService::build(const Manager &actor, const KitRequest &request)
{
    return d->build(actor, request);
}

Status KitService::save(const QString &path, const FieldKit &kit)
{
    return KitFile::save(path, kit, d->m_keys);
}

Result<FieldKit> KitService::load(const QString &path)
{
    return KitFile::load(path, d->m_keys);
}

Status KitService::check(const Manager &actor, FieldKit &kit)
{
    return d->check(actor, kit);
}

Result<UploadReport> KitService::upload(const Manager &actor, FieldKit &kit)
{
    return d->upload(actor, kit);
}

Result<KitDoor> KitService::Private::doorPart(const Property &p, const Door &door, const QByteArray &seed,
                                              const FieldKit &kit, const door::Bytes &kitPublicKey)
{
    auto identity = m_dir.doorIdentityKey(door.id);
    if (!identity.ok())
        return identity.error();
    sync::Planner planner(m_db);
    auto planned = planner.plan(door.id, now());
    if (!planned.ok())
        return planned.error();
    sync::SyncPlan &plan = *planned;
    // The issue time signed is the version's own journal time, as in a sync (docs/door-protocol.md, "Clock").
    auto recorded = DoorListRepository(m_db).changeTime(door.id, plan.target.version);
    if (!recorded.ok())
        return recorded.error();
    const qint64 issuedAt = recorded->has_value() ? std::min(**recorded, now()) : now();
    KitDoor kd;
    kd.doorId = door.id;
    kd.doorName = door.name;
    kd.propertyId = p.id;
    kd.propertyName = p.name;
    kd.identityKey = *identity;
    kd.commissioning = door.commissioning;
    kd.baseVersion = plan.ackedVersion;
    if (plan.acked)
        kd.baseHash = toQByteArray(dc::toBytes(plan.ackedHash));
    kd.targetVersion = plan.target.version;
    kd.targetHash = toQByteArray(dc::toBytes(plan.targetHash));
    const door::ByteView signingSeed = viewOf(seed);
    if (plan.acked && plan.acked->version == plan.ackedVersion && plan.target.version > plan.ackedVersion)
        kd.delta = toQByteArray(door::makeDeltaUpdate(*plan.acked, plan.target, signingSeed, issuedAt));
    kd.full = toQByteArray(door::makeFullUpdate(plan.target, signingSeed, issuedAt));
    const auto certificate =
        door::protocol::makeKitCertificate(std::uint32_t(p.id), std::uint32_t(door.id), kit.notBefore,
                                           kit.notAfter, plan.target.version, kitPublicKey, signingSeed);
    kd.certificate = toQByteArray(door::protocol::encode(certificate));
    // The key that signed this part, and the steps to it for a door that still holds an older one.
    PORTER_TRY_ASSIGN(const std::optional<qint64> keyEpoch, m_dir.signingKeyEpoch(p.id));
    kd.signingKeyEpoch = keyEpoch.value_or(1);
    PORTER_TRY_ASSIGN(const std::vector<door::KeyStep> steps, sync::keyStepsFor(m_dir, door));
    for (const door::KeyStep &step : steps)
        kd.keySteps << toQByteArray(door::protocol::encode(step));
    kd.laterChanges = 0;
    kd.laterCheckedAt = now();
    return kd;
}

Result<FieldKit> KitService::Private::build(const Manager &actor, const KitRequest &request)
{
    if (request.days < 1 || request.days > kMaxKitDays)
        return makeError(
            ErrorCode::InvalidInput,
            tr("A field kit is valid for 1 to %1 days, not %2.").arg(kMaxKitDays).arg(request.days));
    if (request.propertyIds.isEmpty() && request.doorIds.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose the properties or doors the field kit is for."));
    auto uuid = SecretRepository(m_db).installationUuid();
    if (!uuid.ok())
        return uuid.error();

    FieldKit kit;
    kit.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    kit.portfolio = *uuid;
    kit.portfolioName = m_db.path();
    kit.builtBy = actor.id;
    kit.builtByName = actor.name;
    kit.builtAt = now();
    // An hour of slack before now: a door whose clock runs a little behind still takes the kit; the door
    // never lets a kit set its clock before the newest update it holds anyway.
    kit.notBefore = kit.builtAt - 3600;
    kit.notAfter = kit.builtAt + qint64(request.days) * 86400;
    const dc::KeyPair kitKey = dc::ed25519Generate();
    kit.kitSeed = toQByteArray(kitKey.seed);

    // The doors asked for, grouped by property, in a stable order.
    QMap<Id, QList<Door>> byProperty;
    QSet<Id> seen;
    for (const Id pid : request.propertyIds) {
        auto p = propertyFor(actor, pid);
        if (!p.ok())
            return p.error();
        auto doors = m_dir.doors(pid);
        if (!doors.ok())
            return doors.error();
        for (const Door &door : *doors)
            if (!seen.contains(door.id)) {
                seen.insert(door.id);
                byProperty[pid] << door;
            }
    }
    for (const Id doorId : request.doorIds) {
        auto door = m_dir.door(doorId);
        if (!door.ok() || !propertyFor(actor, door->propertyId).ok())
            return makeError(ErrorCode::NotFound, tr("There is no door with id %1.").arg(doorId));
        if (!seen.contains(door->id)) {
            seen.insert(door->id);
            byProperty[door->propertyId] << *door;
        }
    }
    int doorCount = 0;
    auto st = m_db.transaction([&]() -> Status {
        kit.doors.clear();
        kit.toCommission.clear();
        doorCount = 0;
        for (auto it = byProperty.cbegin(); it != byProperty.cend(); ++it) {
            PORTER_TRY_ASSIGN(const Property p, propertyFor(actor, it.key()));
            if (auto allowed = permissions::canManageDevices(actor, p); !allowed.ok())
                return denied(actor, p.id, QStringLiteral("field-kit-build"), allowed.error());
            QList<Door> doors = it.value();
            std::sort(doors.begin(), doors.end(), [](const Door &a, const Door &b) { return a.id < b.id; });
            QByteArray seed;
            int carried = 0;
            // A door from before a reset of the signing key follows nothing signed now: it is commissioned
            // again, on site.
            PORTER_TRY_ASSIGN(const qint64 reset, m_dir.lastResetEpoch(p.id));
            for (const Door &door : doors) {
                if (door.connectivity == Connectivity::Online)
                    continue; // an online door syncs by itself: a kit is for the others
                if (!door.commissioned) {
                    kit.toCommission << tr("%1 · %2").arg(p.name, door.name);
                    continue;
                }
                if (door.signingKeyEpoch.value_or(1) < reset) {
                    kit.toCommission << tr("%1 · %2 (its signing key was reset: reset the door, then "
                                           "commission it)")
                                            .arg(p.name, door.name);
                    continue;
                }
                if (seed.isEmpty()) {
                    PORTER_TRY_ASSIGN(seed, m_secrets.get(SecretStore::propertySigningKey(p.id)));
                }
                auto part = doorPart(p, door, seed, kit, kitKey.publicKey);
                if (!part.ok()) {
                    seed.fill('\0');
                    return part.error();
                }
                kit.doors << *part;
                ++doorCount;
                ++carried;
            }
            seed.fill('\0');
            if (carried == 0)
                continue;
            PORTER_TRY(log(actor, p.id, QStringLiteral("field-kit-build"), std::nullopt,
                           QStringLiteral("Field kit %1 built for %2 doors, valid until %3")
                               .arg(kit.id.left(8))
                               .arg(carried)
                               .arg(formatUtcIso(kit.notAfter)),
                           {{QStringLiteral("kit"), kit.id.left(8)},
                            {QStringLiteral("doors"), carried},
                            {QStringLiteral("until"), kit.notAfter}}));
        }
        return {};
    });
    if (!st.ok())
        return st.error();
    if (doorCount == 0)
        return makeError(ErrorCode::InvalidInput,
                         tr("None of these doors is commissioned, so a field kit has nothing to carry. "
                            "Commission them with Porter online first."));
    return kit;
}

Status KitService::Private::check(const Manager &actor, FieldKit &kit)
{
    auto uuid = SecretRepository(m_db).installationUuid();
    if (!uuid.ok())
        return uuid.error();
    if (*uuid != kit.portfolio)
        return makeError(ErrorCode::InvalidInput,
                         tr("This field kit was built for another portfolio (%1).").arg(kit.portfolioName));
    for (KitDoor &kd : kit.doors) {
        auto p = propertyFor(actor, kd.propertyId);
        if (!p.ok())
            continue; // not this manager's any more: says nothing about it
        auto later = m_journal.changeCount(kd.doorId, kd.targetVersion, std::nullopt);
        if (!later.ok())
            return later.error();
        kd.laterChanges = *later;
        kd.laterCheckedAt = now();
    }
    return {};
}

Result<UploadedDoor> KitService::Private::uploadDoor(const Manager &actor, KitDoor &kd)
{
    UploadedDoor line;
    line.doorId = kd.doorId;
    line.doorName = kd.doorName;
    line.propertyName = kd.propertyName;
    const KitAnswer &kept = *kd.answer;
    auto property = propertyFor(actor, kd.propertyId);
    if (!property.ok() || !permissions::canManageDevices(actor, *property).ok()) {
        line.note = tr("You do not manage the devices of %1: this door's answer was not uploaded.")
                        .arg(kd.propertyName);
        line.skipped = true;
        return line;
    }
    auto found = m_dir.door(kd.doorId);
    if (!found.ok() || found->propertyId != kd.propertyId) {
        line.note = tr("The door no longer exists in Porter: its answer was not uploaded.");
        line.skipped = true;
        return line;
    }
    const Door door = *found;
    if (door.commissioning != kd.commissioning || !door.commissioned) {
        line.note = tr("The door was commissioned again after the kit was built: its answer belongs to the "
                       "door it replaced and was not uploaded.");
        line.skipped = true;
        return line;
    }
    // The door's part must be the one Porter built for it: its certificate and its full list signed by
    // the property's key for this door and the kit's version (a part swapped from another door, or
    // edited, is refused whole).
    // Checked with the key of the epoch that signed it: the property's key may have been rotated since.
    auto publicKey = m_dir.publicKeyOfEpoch(kd.propertyId, kd.signingKeyEpoch);
    if (!publicKey.ok())
        return publicKey.error();
    door::UpdateError why = door::UpdateError::None;
    const auto verified = door::verifyUpdate(viewOf(kd.full), viewOf(*publicKey), &why);
    const auto certificate = door::protocol::decodeKitCertificate(viewOf(kd.certificate));
    const bool genuine =
        verified && certificate && door::protocol::verifyKitCertificate(*certificate, viewOf(*publicKey)) &&
        certificate->propertyId == std::uint32_t(kd.propertyId) &&
        certificate->doorId == std::uint32_t(kd.doorId) && certificate->listVersion == kd.targetVersion &&
        verified->header.kind == door::UpdateKind::Full &&
        verified->header.propertyId == std::uint32_t(kd.propertyId) &&
        verified->header.doorId == std::uint32_t(kd.doorId) &&
        verified->header.newVersion == kd.targetVersion &&
        toQByteArray(dc::toBytes(verified->header.newHash)) == kd.targetHash;
    if (!genuine) {
        line.note =
            tr("This door's part of the kit is not the one Porter built for it: nothing of its answer "
               "was uploaded.");
        line.skipped = true;
        return line;
    }
    // What the door said, from its receipt only, checked against the identity Porter recorded for it.
    auto identity = m_dir.doorIdentityKey(door.id);
    if (!identity.ok())
        return identity.error();
    const std::optional<KitAnswer> signedAnswer = answerFromReceipt(kept, *identity);
    if (!signedAnswer) {
        line.note =
            tr("This answer is not signed by the door (no receipt, or not this door's): nothing of it "
               "was uploaded. Deliver the kit to the door again, or sync it with Porter online.");
        line.skipped = true;
        return line;
    }
    const KitAnswer &a = *signedAnswer;
    std::vector<door::ActivityEntry> entries;
    for (const KitActivity &k : a.activity)
        if (const auto e = door::ActivityEntry::fromSlots(k.seq, k.time, k.person, k.kind, k.reason))
            entries.push_back(*e);
    auto imported =
        sync::importDoorActivity(m_db, m_journal, m_people, *property, door, entries, a.driftSeconds, now());
    if (!imported.ok())
        return imported.error();
    line.activityImported = imported->entries;
    line.alarmsImported = imported->alarms;

    // The version: only the door's authenticated word that it holds exactly the kit's list, and only
    // while Porter still records the version the kit started from (another sync may have moved on).
    std::optional<ListVersion> ackVersion = a.appliedVersion ? a.appliedVersion : a.finalVersion;
    const QByteArray ackHash = a.appliedVersion ? a.appliedHash : a.finalHash;
    line.version = door.ackedVersion;
    const bool holdsTarget = ackVersion && *ackVersion == kd.targetVersion && ackHash == kd.targetHash;
    if (holdsTarget && door.ackedVersion == kd.baseVersion && kd.targetVersion != kd.baseVersion) {
        auto cleared = m_journal.changeCount(door.id, kd.baseVersion, kd.targetVersion);
        if (!cleared.ok())
            return cleared.error();
        const QByteArray list(reinterpret_cast<const char *>(verified->payload.data()),
                              qsizetype(verified->payload.size()));
        PORTER_TRY(m_dir.setDoorAcknowledged(door.id, kd.baseVersion, kd.targetVersion, ackHash, list));
        line.versionRecorded = true;
        line.version = kd.targetVersion;
        line.pendingChangesCleared = *cleared;
    } else if (holdsTarget && door.ackedVersion != kd.targetVersion) {
        line.note = tr("Porter already records a later sync of this door; the kit's acknowledgement was not "
                       "needed.");
    } else if (!holdsTarget && !a.updateError.isEmpty()) {
        line.note =
            tr("The door refused the kit's update (%1): sync it with Porter online.").arg(a.updateError);
    } else if (!holdsTarget && !a.error.isEmpty()) {
        line.note = tr("The delivery did not finish (%1).").arg(a.error);
    }

    // What the door said about itself: only when newer than what Porter holds.
    if (a.ok && a.at > door.lastSyncAt.value_or(0))
        PORTER_TRY(m_dir.setDoorHealth(door.id, a.batteryPercent, a.firmware, a.driftSeconds, a.at));
    // Never past the property's own epoch: a door cannot hold a secret Porter has not made.
    auto propertyEpoch = m_dir.doorcodeEpoch(kd.propertyId);
    if (!propertyEpoch.ok())
        return propertyEpoch.error();
    if (a.doorcodeEpoch > door.doorcodeEpoch.value_or(0) && a.doorcodeEpoch <= propertyEpoch->value_or(0))
        PORTER_TRY(m_dir.setDoorDoorcodeEpoch(door.id, a.doorcodeEpoch));
    // The same for the signing key the door follows (never past the property's own).
    PORTER_TRY_ASSIGN(const std::optional<qint64> keyEpoch, m_dir.signingKeyEpoch(kd.propertyId));
    if (a.signingKeyEpoch > door.signingKeyEpoch.value_or(1) && a.signingKeyEpoch <= keyEpoch.value_or(1))
        PORTER_TRY(m_dir.setDoorSigningKeyEpoch(door.id, a.signingKeyEpoch));
    if (a.lostEntries > door.lostEntries) {
        const auto n = std::uint32_t(std::min<qint64>(a.lostEntries - door.lostEntries, UINT32_MAX));
        PORTER_TRY(sync::raisePorterAlarm(m_journal, *property, door, door::AlarmKind::ActivityLost, n,
                                          sync::alarmMessage(door::AlarmKind::ActivityLost, n), now()));
        PORTER_TRY(m_dir.setDoorLostEntries(door.id, a.lostEntries));
    }
    auto pending = m_journal.changeCount(door.id, line.version, std::nullopt);
    if (!pending.ok())
        return pending.error();
    line.stillPending = *pending;
    if (line.versionRecorded || line.activityImported > 0) {
        const QString detail =
            QStringLiteral("Door %1: field kit answer uploaded, version %2, %3 events imported")
                .arg(door.name)
                .arg(line.version)
                .arg(line.activityImported);
        ActivityEvent e;
        e.at = now();
        e.propertyId = property->id;
        e.managerId = actor.id;
        e.actor = actorLabel(actor);
        e.action = QStringLiteral("field-kit-upload");
        e.doorId = door.id;
        e.result = QStringLiteral("ok");
        e.detail = detail;
        PORTER_TRY(m_journal.insertActivity(e, false, std::nullopt,
                                            {{QStringLiteral("door"), door.name},
                                             {QStringLiteral("version"), line.version},
                                             {QStringLiteral("imported"), line.activityImported}}));
    }
    return line;
}

Result<UploadReport> KitService::Private::upload(const Manager &actor, FieldKit &kit)
{
    auto uuid = SecretRepository(m_db).installationUuid();
    if (!uuid.ok())
        return uuid.error();
    if (*uuid != kit.portfolio)
        return makeError(ErrorCode::InvalidInput,
                         tr("This field kit was built for another portfolio (%1); upload it there.")
                             .arg(kit.portfolioName));
    UploadReport report;
    // One unit of work: all the answers or none (a retry on a server starts again from the top).
    auto st = m_db.transaction([&]() -> Status {
        report = UploadReport{};
        for (KitDoor &kd : kit.doors) {
            if (!kd.answer)
                continue;
            PORTER_TRY_ASSIGN(const UploadedDoor line, uploadDoor(actor, kd));
            report.activityImported += line.activityImported;
            report.versionsRecorded += line.versionRecorded ? 1 : 0;
            report.doors << line;
        }
        return {};
    });
    if (!st.ok())
        return st.error();
    for (const UploadedDoor &line : report.doors)
        if (!line.skipped)
            if (KitDoor *kd = kit.door(line.doorId))
                kd->uploadedAt = kd->answer->at;
    return report;
}

} // namespace porter::kits

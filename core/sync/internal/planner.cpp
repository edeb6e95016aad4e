#include "sync/internal/planner.h"

#include "door/update.h"
#include "store/database.h"
#include "store/directoryrepository.h"
#include "store/doorlistrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <limits>

namespace porter::sync {

Result<std::vector<door::KeyStep>> keyStepsFor(const DirectoryRepository &dir, const Door &door)
{
    std::vector<door::KeyStep> out;
    PORTER_TRY_ASSIGN(const std::optional<qint64> current, dir.signingKeyEpoch(door.propertyId));
    if (!current || *current <= 1)
        return out;
    // What the door last said it holds decides only whether it is too far behind. The steps sent are the
    // last ones, whatever the record says: a door skips those it took without checking them, so a record
    // that is wrong (or was changed) neither hides a door that trusts an old key nor blocks its sync.
    const qint64 held = door.signingKeyEpoch.value_or(1);
    if (*current - held > qint64(door::kMaxKeySteps))
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("porter::sync::Planner",
                                        "Door ‘%1’ trusts a signing key %2 rotations old, more than a "
                                        "door follows in one sync (%3): commission it again.")
                .arg(door.name)
                .arg(*current - held)
                .arg(door::kMaxKeySteps));
    // A reset key has no step a door could follow (no signature by the key before it): a door from
    // before it is commissioned again, and the chain starts at it.
    PORTER_TRY_ASSIGN(const qint64 reset, dir.lastResetEpoch(door.propertyId));
    if (reset > 0 && held < reset)
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("porter::sync::Planner",
                                        "The signing key of this property was reset: door ‘%1’ trusts only "
                                        "the key from before, which Porter no longer signs with. Reset the "
                                        "door on site and commission it again.")
                .arg(door.name));
    const qint64 from = std::max<qint64>({1, *current - qint64(door::kMaxKeySteps), reset});
    PORTER_TRY_ASSIGN(const QList<DirectoryRepository::KeyStepRow> rows, dir.keySteps(door.propertyId, from));
    PORTER_TRY_ASSIGN(const QByteArray fromKey, dir.publicKeyOfEpoch(door.propertyId, from));
    PORTER_TRY_ASSIGN(const QByteArray currentKey, dir.propertyPublicKey(door.propertyId));
    for (const DirectoryRepository::KeyStepRow &row : rows) {
        if (row.epoch > *current)
            break;
        out.push_back(
            door::KeyStep{std::uint32_t(row.epoch), toBytes(row.publicKey), toBytes(row.signature)});
    }
    // Porter checks the chain as a door will: each step signed by the key before it, ending at the key it
    // signs with. Steps someone wrote into the database are refused here, with the reason.
    const auto followed = door::followKeySteps(door::SigningKey{toBytes(fromKey), std::uint32_t(from)},
                                               std::uint32_t(door.propertyId), out);
    if (fromKey.size() != 32 || !followed || qint64(followed->epoch) != *current ||
        toQByteArray(followed->publicKey) != currentKey)
        return makeError(
            ErrorCode::Crypto,
            QCoreApplication::translate("porter::sync::Planner",
                                        "The signing key steps on record for door ‘%1’ do not lead to "
                                        "the property's current key: the door was not synced. Someone "
                                        "may have changed the database; tell its administrator.")
                .arg(door.name));
    return out;
}

QByteArray toQByteArray(const door::Bytes &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
}

door::Bytes toBytes(const QByteArray &b)
{
    return door::Bytes(b.begin(), b.end());
}

qint64 offsetTableStart(qint64 nowUtc)
{
    const QDate d = QDateTime::fromSecsSinceEpoch(nowUtc, Qt::UTC).date();
    return QDateTime(QDate(d.year(), d.month(), 1).addMonths(-1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

Result<ListVersion> Planner::journalRefresh(Id doorId, qint64 nowUtc, ListVersion above)
{
    return DoorListRepository(m_db).journalRefresh(doorId, nowUtc, above);
}

Result<SyncPlan> Planner::plan(Id doorId, qint64 nowUtc)
{
    auto state = policy::load(m_db, doorId);
    if (!state.ok())
        return state.error();
    SyncPlan plan;
    plan.doorId = doorId;
    plan.leftOut = state->leftOut;
    plan.target = policy::accessList(*state);
    plan.target.offsets = policy::offsetTable(state->zone, offsetTableStart(nowUtc), kOffsetTableMonths);
    // Never send what the door would refuse: one refused update blocks every later change.
    if (const std::string why = door::validate(plan.target); !why.empty())
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("porter::sync::Planner",
                                        "Porter could not build an access list door %1 accepts (%2). Nothing "
                                        "was sent; please report this.")
                .arg(doorId)
                .arg(QString::fromStdString(why)));
    auto ack = DoorListRepository(m_db).ackState(doorId);
    if (!ack.ok())
        return ack.error();
    plan.ackedVersion = ack->ackedVersion;
    const QByteArray ackHash = ack->hash;
    const QByteArray ackList = ack->list;
    const ListVersion latest = ack->latestChange;
    if (!ackList.isEmpty()) {
        plan.acked = door::decodeAccessList(viewOf(ackList));
        if (plan.acked && ackHash.size() == 32)
            std::copy(ackHash.begin(), ackHash.end(), plan.ackedHash.begin());
        else
            plan.acked.reset();
    }
    plan.target.version = std::max(latest, plan.ackedVersion);
    plan.targetHash = door::hash(plan.target);
    // Same version must mean same content (docs/door-protocol.md, "List versions").
    if (plan.target.version == plan.ackedVersion && (!plan.acked || plan.ackedHash != plan.targetHash)) {
        auto seq = journalRefresh(doorId, nowUtc);
        if (!seq.ok())
            return seq.error();
        plan.target.version = *seq;
        plan.targetHash = door::hash(plan.target);
    }
    return plan;
}

Status Planner::ensureNewerThan(SyncPlan &plan, ListVersion reportedVersion, qint64 nowUtc)
{
    if (plan.target.version > reportedVersion)
        return {};
    // Versions are journal sequence numbers; a door can only be ahead of this database's journal
    // after a restore (or a lost acknowledgement), and never by anything an int64 cannot exceed:
    // this keeps every version Porter stores below 2^63 - 1 (docs/decisions.md, "One list version").
    if (reportedVersion >= ListVersion(std::numeric_limits<qint64>::max() / 2))
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("porter::sync::Planner",
                                        "Door %1 reports version %2, which Porter cannot exceed. Reset the "
                                        "door and commission it again.")
                .arg(plan.doorId)
                .arg(reportedVersion));
    auto seq = journalRefresh(plan.doorId, nowUtc, reportedVersion);
    if (!seq.ok())
        return seq.error();
    plan.target.version = *seq;
    plan.targetHash = door::hash(plan.target);
    return {};
}

Result<std::optional<door::Bytes>> Planner::updateFor(SyncPlan &plan, const door::DoorStatus &status,
                                                      const QByteArray &propertySeed, qint64 nowUtc)
{
    // The door holds the planned content already (e.g. our last acknowledgement was lost).
    if (status.hash == plan.targetHash && status.version == plan.target.version)
        return std::optional<door::Bytes>();
    PORTER_TRY(ensureNewerThan(plan, status.version, nowUtc));
    const door::ByteView seed = viewOf(propertySeed);
    // The issue time is signed: the door's clock never falls behind it (docs/door-protocol.md, "Clock").
    // It is when the version's journal entry was recorded, not when this sync runs: Ed25519 is
    // deterministic, so the same version signed again is the same bytes, and a transfer cut off
    // mid-way resumes into the update the door already staged part of instead of splicing two.
    auto recorded = DoorListRepository(m_db).changeTime(plan.doorId, plan.target.version);
    if (!recorded.ok())
        return recorded.error();
    const qint64 issuedAt = recorded->has_value() ? std::min(**recorded, nowUtc) : nowUtc;
    if (plan.acked && status.version == plan.ackedVersion && status.hash == plan.ackedHash &&
        plan.acked->version == plan.ackedVersion)
        return std::optional<door::Bytes>(door::makeDeltaUpdate(*plan.acked, plan.target, seed, issuedAt));
    return std::optional<door::Bytes>(door::makeFullUpdate(plan.target, seed, issuedAt));
}

} // namespace porter::sync

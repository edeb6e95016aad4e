#include "policy/policy.h"

#include <QDateTime>
#include <algorithm>
#include <map>

namespace porter::policy {
namespace {

using door::CredentialKind;
using door::Decision;
using door::Reason;

std::optional<qint64> optTime(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

Error tooLarge(Id personId)
{
    return makeError(
        ErrorCode::Internal,
        QStringLiteral("Person %1 has an id beyond the doors' 7-digit range (docs/doorcodes.md).")
            .arg(personId));
}

} // namespace

Result<DoorState> load(const Database &db, Id doorId)
{
    DoorState s;
    {
        auto q = db.exec(
            QStringLiteral("SELECT d.id, d.property_id, d.name, d.type, p.time_zone, p.name, p.portfolio_id "
                           "FROM door d JOIN property p ON p.id = d.property_id WHERE d.id = ?"),
            {doorId});
        if (!q.ok())
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::NotFound, QStringLiteral("There is no door with id %1.").arg(doorId));
        s.door.id = q->value(0).toLongLong();
        s.door.propertyId = q->value(1).toLongLong();
        s.door.name = q->value(2).toString();
        s.door.type = doorTypeFromString(q->value(3).toString()).value_or(DoorType::BuildingEntrance);
        s.property.id = s.door.propertyId;
        s.property.timeZone = q->value(4).toString();
        s.property.name = q->value(5).toString();
        s.property.portfolioId = q->value(6).toLongLong();
        s.zone = QTimeZone(s.property.timeZone.toUtf8());
        if (!s.zone.isValid())
            return makeError(ErrorCode::Internal, QStringLiteral("Property %1 has an unknown time zone %2.")
                                                      .arg(s.property.name, s.property.timeZone));
    }
    // Open grants and guest shares on live keys that open this door.
    auto q = db.exec(
        QStringLiteral(
            "SELECT w.person_id, w.key_id, w.starts_at, w.expires_at, k.schedule, k.doorcodes_allowed, "
            "p.access_method, p.app_key_generation FROM ("
            " SELECT person_id, key_id, starts_at, expires_at FROM access_grant WHERE ended_at IS NULL"
            " AND key_id IN (SELECT key_id FROM key_door WHERE door_id = ?)"
            " UNION ALL SELECT guest_person_id, key_id, starts_at, expires_at FROM guest_share"
            " WHERE ended_at IS NULL AND key_id IN (SELECT key_id FROM key_door WHERE door_id = ?)"
            ") w JOIN access_key k ON k.id = w.key_id JOIN person p ON p.id = w.person_id "
            "WHERE k.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY w.person_id, w.key_id, "
            "w.starts_at"),
        {doorId, doorId});
    if (!q.ok())
        return q.error();
    while (q->next()) {
        const Id personId = q->value(0).toLongLong();
        if (personId <= 0 || personId > door::kMaxPersonId)
            return tooLarge(personId);
        PersonState &p = s.holders[personId];
        p.personId = personId;
        p.method = accessMethodFromString(q->value(6).toString()).value_or(AccessMethod::App);
        p.appKeyGeneration = q->value(7).toInt();
        Right r;
        r.keyId = q->value(1).toLongLong();
        r.notBefore = q->value(2).toLongLong();
        r.notAfter = optTime(q->value(3));
        auto schedule = Schedule::parse(q->value(4).toString());
        if (!schedule.ok())
            return schedule.error();
        r.schedule = *schedule;
        r.doorcodesAllowed = q->value(5).toBool();
        p.rights.append(r);
    }
    if (!s.holders.isEmpty()) {
        auto cards = db.exec(
            QStringLiteral(
                "SELECT c.person_id, c.serial FROM keycard c WHERE c.active = 1 AND "
                "c.removed_at IS NULL AND c.person_id IN (SELECT person_id FROM access_grant "
                "WHERE ended_at IS NULL AND key_id IN (SELECT key_id FROM key_door WHERE door_id = ?) "
                "UNION SELECT guest_person_id FROM guest_share WHERE ended_at IS NULL AND key_id IN "
                "(SELECT key_id FROM key_door WHERE door_id = ?)) ORDER BY c.serial"),
            {doorId, doorId});
        if (!cards.ok())
            return cards.error();
        while (cards->next()) {
            const Id personId = cards->value(0).toLongLong();
            auto it = s.holders.find(personId);
            if (it == s.holders.end())
                continue; // a holder only through a deleted key
            const QString serial = cards->value(1).toString();
            it->activeCards.append(serial);
            s.cardOwners.insert(serial, personId);
        }
    }
    // Doorcode people who held something here that has ended and hold nothing here now: their codes
    // must stop at once with a precise reason (docs/door-protocol.md, revokedDoorcodes).
    auto revoked = db.exec(
        QStringLiteral(
            "SELECT DISTINCT p.id FROM person p WHERE p.access_method = 'doorcode' AND p.property_id = ? "
            "AND (EXISTS (SELECT 1 FROM access_grant g WHERE g.person_id = p.id AND g.ended_at IS NOT NULL "
            "AND g.key_id IN (SELECT key_id FROM key_door WHERE door_id = ?)) "
            "OR EXISTS (SELECT 1 FROM guest_share g WHERE g.guest_person_id = p.id AND g.ended_at IS NOT "
            "NULL "
            "AND g.key_id IN (SELECT key_id FROM key_door WHERE door_id = ?))) ORDER BY p.id"),
        {s.door.propertyId, doorId, doorId});
    if (!revoked.ok())
        return revoked.error();
    while (revoked->next()) {
        const Id personId = revoked->value(0).toLongLong();
        if (personId > door::kMaxPersonId)
            return tooLarge(personId);
        if (!s.holders.contains(personId))
            s.revokedDoorcodes.append(personId);
    }
    return s;
}

std::optional<Id> cardOwner(const DoorState &state, const QString &serial)
{
    auto it = state.cardOwners.constFind(serial.toUpper());
    if (it == state.cardOwners.constEnd())
        return std::nullopt;
    return *it;
}

Decision decide(const DoorState &state, Id personId, CredentialKind kind, qint64 atUtc)
{
    const auto pid = std::uint32_t(personId);
    auto it = state.holders.constFind(personId);
    if (it == state.holders.constEnd()) {
        if (kind == CredentialKind::Doorcode && state.revokedDoorcodes.contains(personId))
            return {false, Reason::Revoked, pid};
        return {false, Reason::Unknown, pid};
    }
    const PersonState &p = *it;
    if (kind == CredentialKind::App && p.method != AccessMethod::App)
        return {false, Reason::AppNotAllowed, pid};
    if (kind == CredentialKind::Doorcode && p.method != AccessMethod::Doorcode)
        return {false, Reason::DoorcodesNotAllowed, pid};
    // Local wall clock of the property at that instant, from the IANA zone.
    const QDateTime local = QDateTime::fromSecsSinceEpoch(atUtc, Qt::UTC).toTimeZone(state.zone);
    const int dayOfWeek = local.date().dayOfWeek();
    const int minute = local.time().hour() * 60 + local.time().minute();
    bool anyRelevant = false, validNow = false, startsLater = false;
    for (const Right &r : p.rights) {
        if (kind == CredentialKind::Doorcode && !r.doorcodesAllowed)
            continue;
        anyRelevant = true;
        if (atUtc < r.notBefore) {
            startsLater = true;
            continue;
        }
        if (r.notAfter && atUtc >= *r.notAfter)
            continue;
        validNow = true;
        if (r.schedule.contains(dayOfWeek, minute))
            return {true, Reason::Granted, pid};
    }
    if (!anyRelevant && kind == CredentialKind::Doorcode)
        return {false, Reason::DoorcodesNotAllowed, pid};
    if (validNow)
        return {false, Reason::OutsideSchedule, pid};
    if (startsLater)
        return {false, Reason::NotYetStarted, pid};
    return {false, Reason::Expired, pid};
}

door::AccessList accessList(const DoorState &state)
{
    door::AccessList list;
    list.propertyId = std::uint32_t(state.property.id);
    list.doorId = std::uint32_t(state.door.id);
    // Schedules are shared: one table entry per distinct schedule, "always" first.
    std::map<QString, std::uint16_t> scheduleIndex;
    auto indexOf = [&](const Schedule &s) {
        const QString key = s.toText();
        auto found = scheduleIndex.find(key);
        if (found != scheduleIndex.end())
            return found->second;
        door::Schedule ds;
        for (const ScheduleWindow &w : s.windows)
            ds.windows.push_back(
                {std::uint8_t(w.days), std::uint16_t(w.startMinute), std::uint16_t(w.endMinute)});
        const auto idx = std::uint16_t(list.schedules.size());
        list.schedules.push_back(ds);
        scheduleIndex.emplace(key, idx);
        return idx;
    };
    indexOf(Schedule{});
    QList<Id> ids = state.holders.keys();
    std::sort(ids.begin(), ids.end());
    for (Id id : ids) {
        const PersonState &p = state.holders[id];
        door::Holder h;
        h.personId = std::uint32_t(id);
        h.app = p.method == AccessMethod::App;
        h.appKeyGeneration = std::uint8_t(p.appKeyGeneration & 0xff);
        h.doorcode = p.method == AccessMethod::Doorcode;
        for (const QString &serial : p.activeCards)
            h.cardSerials.push_back(serial.toStdString());
        std::sort(h.cardSerials.begin(), h.cardSerials.end());
        for (const Right &r : p.rights) {
            door::Right dr;
            dr.notBefore = r.notBefore;
            dr.notAfter = r.notAfter.value_or(door::kNoExpiry);
            dr.schedule = indexOf(r.schedule);
            dr.doorcodeAllowed = r.doorcodesAllowed;
            // Equal rights from two keys are one right at the door.
            if (std::find(h.rights.begin(), h.rights.end(), dr) == h.rights.end())
                h.rights.push_back(dr);
        }
        std::sort(h.rights.begin(), h.rights.end(), [](const door::Right &a, const door::Right &b) {
            return std::tie(a.notBefore, a.notAfter, a.schedule, a.doorcodeAllowed) <
                   std::tie(b.notBefore, b.notAfter, b.schedule, b.doorcodeAllowed);
        });
        list.holders.push_back(std::move(h));
    }
    for (Id id : state.revokedDoorcodes)
        list.revokedDoorcodes.push_back(std::uint32_t(id));
    return list;
}

std::vector<door::OffsetTransition> offsetTable(const QTimeZone &zone, qint64 fromUtc, int months)
{
    std::vector<door::OffsetTransition> out;
    const QDateTime from = QDateTime::fromSecsSinceEpoch(fromUtc, Qt::UTC);
    out.push_back({fromUtc, zone.offsetFromUtc(from)});
    const QDateTime to = from.addMonths(months);
    for (const QTimeZone::OffsetData &t : zone.transitions(from.addSecs(1), to)) {
        const qint64 at = t.atUtc.toSecsSinceEpoch();
        if (at > out.back().atUtc && t.offsetFromUtc != out.back().offsetSeconds)
            out.push_back({at, t.offsetFromUtc});
    }
    return out;
}

} // namespace porter::policy

#include "policy/policy.h"

#include "store/doorlistrepository.h"

#include <QDateTime>
#include <algorithm>
#include <map>

namespace porter::policy {
namespace {

using door::CredentialKind;
using door::Decision;
using door::Reason;

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
    const DoorListRepository repo(db);
    auto header = repo.doorHeader(doorId);
    if (!header.ok())
        return header.error();
    DoorState s;
    s.door = header->door;
    s.property = header->property;
    s.zone = QTimeZone(s.property.timeZone.toUtf8());
    if (!s.zone.isValid())
        return makeError(ErrorCode::Internal, QStringLiteral("Property %1 has an unknown time zone %2.")
                                                  .arg(s.property.name, s.property.timeZone));
    // Open grants and guest shares on live keys that open this door.
    auto rights = repo.openRights(doorId);
    if (!rights.ok())
        return rights.error();
    for (const DoorListRepository::RightRow &row : *rights) {
        if (row.personId <= 0 || row.personId > door::kMaxPersonId)
            return tooLarge(row.personId);
        PersonState &p = s.holders[row.personId];
        p.personId = row.personId;
        p.method = row.method;
        p.appKeyGeneration = row.appKeyGeneration;
        Right r;
        r.keyId = row.keyId;
        r.notBefore = row.startsAt;
        r.notAfter = row.expiresAt;
        auto schedule = Schedule::parse(row.schedule);
        if (!schedule.ok())
            return schedule.error();
        r.schedule = *schedule;
        r.doorcodesAllowed = row.doorcodesAllowed;
        p.rights.append(r);
    }
    if (!s.holders.isEmpty()) {
        auto cards = repo.activeCards(doorId);
        if (!cards.ok())
            return cards.error();
        for (const auto &[personId, serial] : *cards) {
            auto it = s.holders.find(personId);
            if (it == s.holders.end())
                continue; // a holder only through a deleted key
            it->activeCards.append(serial);
            s.cardOwners.insert(serial, personId);
        }
    }
    // Doorcode people who held something here that has ended and hold nothing here now: their codes
    // must stop at once with a precise reason (docs/door-protocol.md, revokedDoorcodes).
    auto revoked = repo.doorcodePeopleWithEndedRights(s.door.propertyId, doorId);
    if (!revoked.ok())
        return revoked.error();
    for (Id personId : *revoked) {
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
        h.appKeyGeneration = std::uint32_t(p.appKeyGeneration); // never wraps (issueAppCredential)
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

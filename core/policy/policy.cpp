#include "policy/policy.h"

#include "store/database.h"
#include "store/doorlistrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <algorithm>
#include <map>

namespace porter::policy {
namespace {

using door::CredentialKind;
using door::Decision;
using door::Reason;

QString tooLarge(Id personId)
{
    return QCoreApplication::translate(
               "porter::policy",
               "Person %1 has an id beyond the doors' 7-digit range (docs/doorcodes.md): left "
               "out of this door's list.")
        .arg(personId);
}

void dropHolder(DoorState &s, Id personId)
{
    auto it = s.holders.find(personId);
    if (it == s.holders.end())
        return;
    for (const QString &serial : it->activeCards)
        s.cardOwners.remove(serial);
    s.holders.erase(it);
}

// Leaves out what door::validate() would refuse, entry by entry (docs/door-protocol.md, "Limits").
void fitDoorFormat(DoorState &s)
{
    QList<Id> ids = s.holders.keys();
    std::sort(ids.begin(), ids.end());
    // Distinct schedules, in the order accessList() indexes them ("always" first).
    QSet<QString> schedules{Schedule{}.toText()};
    for (Id id : ids) {
        PersonState &p = s.holders[id];
        for (qsizetype i = 0; i < p.rights.size();) {
            const QString text = p.rights[i].schedule.toText();
            if (!schedules.contains(text) && std::size_t(schedules.size()) >= door::kMaxSchedules) {
                s.leftOut.append(
                    {id, p.rights[i].keyId,
                     QCoreApplication::translate("porter::policy",
                                                 "Person %1: key %2's schedule would be this door's schedule "
                                                 "number %3; the door takes at most %4. Left out.")
                         .arg(id)
                         .arg(p.rights[i].keyId)
                         .arg(schedules.size() + 1)
                         .arg(door::kMaxSchedules)});
                p.rights.removeAt(i);
                continue;
            }
            schedules.insert(text);
            ++i;
        }
        if (p.rights.isEmpty())
            dropHolder(s, id);
    }
    // Per holder: cards, card serials, rights (counted as the door will, equal rights merged).
    const door::AccessList list = accessList(s);
    for (const door::Holder &h : list.holders) {
        const std::string why = door::validateHolder(h);
        if (why.empty())
            continue;
        s.leftOut.append(
            {Id(h.personId), 0,
             QCoreApplication::translate("porter::policy", "Person %1 left out of this door's list: %2.")
                 .arg(h.personId)
                 .arg(QString::fromStdString(why))});
        dropHolder(s, Id(h.personId));
    }
    if (std::size_t(s.holders.size()) > door::kMaxHolders) {
        ids = s.holders.keys();
        std::sort(ids.begin(), ids.end());
        for (qsizetype i = qsizetype(door::kMaxHolders); i < ids.size(); ++i)
            dropHolder(s, ids[i]);
        s.leftOut.append(
            {0, 0,
             QCoreApplication::translate("porter::policy",
                                         "The door takes at most %1 people: %2 people (the highest ids, "
                                         "from %3 on) left out.")
                 .arg(door::kMaxHolders)
                 .arg(ids.size() - qsizetype(door::kMaxHolders))
                 .arg(ids[qsizetype(door::kMaxHolders)])});
    }
    if (std::size_t(s.revokedDoorcodes.size()) > door::kMaxRevokedDoorcodes) {
        // Their codes are refused anyway (not holders): only the precise reason is lost.
        s.leftOut.append(
            {0, 0,
             QCoreApplication::translate("porter::policy",
                                         "The door takes at most %1 revoked doorcodes: %2 left out (those "
                                         "codes are still refused, as unknown).")
                 .arg(door::kMaxRevokedDoorcodes)
                 .arg(s.revokedDoorcodes.size() - qsizetype(door::kMaxRevokedDoorcodes))});
        s.revokedDoorcodes.resize(qsizetype(door::kMaxRevokedDoorcodes));
    }
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
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("porter::policy", "Property %1 has an unknown time zone %2.")
                .arg(s.property.name, s.property.timeZone));
    // Open grants and guest shares on live keys that open this door.
    auto rights = repo.openRights(doorId);
    if (!rights.ok())
        return rights.error();
    QSet<Id> outOfRange;
    for (const DoorListRepository::RightRow &row : *rights) {
        if (row.personId <= 0 || row.personId > door::kMaxPersonId) {
            if (!outOfRange.contains(row.personId))
                s.leftOut.append({row.personId, 0, tooLarge(row.personId)});
            outOfRange.insert(row.personId);
            continue;
        }
        auto schedule = Schedule::parse(row.schedule);
        QString unusable;
        if (!schedule.ok())
            unusable = QCoreApplication::translate("porter::policy", "its schedule cannot be read (%1)")
                           .arg(schedule.error().message);
        else if (std::size_t(schedule->windows.size()) > door::kMaxWindowsPerSchedule)
            unusable = QCoreApplication::translate(
                           "porter::policy", "its schedule has %1 weekly windows; the door takes at most %2")
                           .arg(schedule->windows.size())
                           .arg(door::kMaxWindowsPerSchedule);
        if (!unusable.isEmpty()) {
            s.leftOut.append(
                {row.personId, row.keyId,
                 QCoreApplication::translate("porter::policy",
                                             "Person %1's access through key %2 left out of this door's "
                                             "list: %3.")
                     .arg(row.personId)
                     .arg(row.keyId)
                     .arg(unusable)});
            continue;
        }
        PersonState &p = s.holders[row.personId];
        p.personId = row.personId;
        p.method = row.method;
        p.appKeyGeneration = row.appKeyGeneration;
        Right r;
        r.keyId = row.keyId;
        r.notBefore = row.startsAt;
        r.notAfter = row.expiresAt;
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
        if (personId <= 0 || personId > door::kMaxPersonId)
            continue; // not a code any door can take (and not a holder either)
        if (!s.holders.contains(personId))
            s.revokedDoorcodes.append(personId);
    }
    fitDoorFormat(s);
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

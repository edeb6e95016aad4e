#pragma once

#include "door/accesslist.h"
#include "door/decision.h"
#include "model/types.h"
#include "util/result.h"

#include <QHash>
#include <QTimeZone>

namespace porter {
class Database; // private to core
}

namespace porter::policy {

// Who may open one door, when, and with what: the rules of DESIGN.md applied to the database.
// Two uses, one source: the sync planner turns a DoorState into the door's access list, and
// decide() answers "would this credential open this door at this instant?" straight from the
// database's grants, shares, key schedules and the property's IANA zone (through QTimeZone, not the
// door's offset table). The oracle test checks the door against decide(); docs/door-protocol.md
// ("Decisions") states the rule both implement.

struct Right
{
    qint64 notBefore = 0;
    std::optional<qint64> notAfter;
    Id keyId = 0;
    Schedule schedule;
    bool doorcodesAllowed = false;
};

struct PersonState
{
    Id personId = 0;
    AccessMethod method = AccessMethod::App;
    qint64 appKeyGeneration = 0; // u32 on the door; Porter never issues past door::kMaxAppKeyGeneration
    QStringList activeCards;     // upper-case hex serials
    QList<Right> rights;         // from open (not ended) grants and guest shares on keys that open the door
};

// Something the database holds that the door's list format cannot carry (door::validate()'s
// limits): it is left out of the door's list, so that person has less access there (never more),
// and the rest of the list, revocations first of all, still reaches the door.
struct LeftOut
{
    Id personId = 0; // 0: not about one person
    Id keyId = 0;    // 0: the whole holder was left out, else only the rights through this key
    QString reason;  // one line, for the manager
};

struct DoorState
{
    Door door;
    Property property;
    QTimeZone zone;
    QHash<Id, PersonState> holders; // people with at least one open grant or share here
    QList<Id> revokedDoorcodes;     // doorcode people who lost every right here (ascending)
    QHash<QString, Id> cardOwners;  // active card serial -> holder
    QList<LeftOut> leftOut;         // already removed from holders / revokedDoorcodes above
};

// Loads everything decide() and the planner need for one door, in one read transaction's worth of
// queries. What the door's list format cannot carry (a person id beyond the 7-digit doorcode space,
// a schedule with too many windows, too many keycards or rights for one person...) is left out and
// listed in DoorState::leftOut, so decide() and the door agree on it.
Result<DoorState> load(const Database &db, Id doorId);

// The decision for an identified person (cards: resolve the serial with cardOwner first).
door::Decision decide(const DoorState &state, Id personId, door::CredentialKind kind, qint64 atUtc);
// The holder of an active card, if any.
std::optional<Id> cardOwner(const DoorState &state, const QString &serial);

// The access list the door must hold (without version and offsets; the planner sets those).
door::AccessList accessList(const DoorState &state);
// The property's UTC offsets from `fromUtc` for `months` months: the offset in force at fromUtc,
// then every transition (docs/door-protocol.md, "Time zones").
std::vector<door::OffsetTransition> offsetTable(const QTimeZone &zone, qint64 fromUtc, int months);

} // namespace porter::policy

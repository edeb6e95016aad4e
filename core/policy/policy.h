#pragma once

#include "door/accesslist.h"
#include "door/decision.h"
#include "model/types.h"
#include "store/database.h"

#include <QHash>
#include <QTimeZone>

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

struct DoorState
{
    Door door;
    Property property;
    QTimeZone zone;
    QHash<Id, PersonState> holders; // people with at least one open grant or share here
    QList<Id> revokedDoorcodes;     // doorcode people who lost every right here (ascending)
    QHash<QString, Id> cardOwners;  // active card serial -> holder
};

// Loads everything decide() and the planner need for one door, in one read transaction's worth of
// queries. Person ids must fit the door's 7-digit doorcode space (docs/doorcodes.md).
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

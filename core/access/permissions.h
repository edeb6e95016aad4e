#pragma once

#include "model/types.h"
#include "util/result.h"

namespace porter {

// The permission rules, in one place (docs/permissions.md). Every mutating service call checks one of
// these before it writes; the UI may grey things out, but this is what enforces.
//
// Portfolio Manager: everything in their portfolio, and the only role that manages managers and
// properties. Property Manager: their assigned properties only, with
//   Key Management full     create/edit/delete keys; give and revoke any key
//   Key Management limited  give and revoke any key (invite, edit access, revoke, delete, keycards)
//   Key Management specific give and revoke only the listed keys
//   Key Management none     nothing on people's access
// and Device Management for doors: add, commission, sync.
namespace permissions {

Status canViewProperty(const Manager &m, const Property &p);
Status canManageProperties(const Manager &m, Id portfolioId);
Status canManageManagers(const Manager &m, Id portfolioId);
Status canManageMail(const Manager &m, Id portfolioId);           // the mail server settings, a test email
Status canManageKeys(const Manager &m, const Property &p);        // create/edit/delete keys
Status canGiveKey(const Manager &m, const Property &p, Id keyId); // give or revoke this key
Status canManagePeople(const Manager &m, const Property &p);      // any Key Management but none
// Revoke-all and delete touch every grant a person holds: specific managers need all of them listed.
Status canRevokePerson(const Manager &m, const Property &p, const QList<Id> &openKeyIds);
// A credential (phone credential, daily doorcode, keycard enrolled/activated/deactivated) opens every
// door of every key the person holds (open grants and guest shares, `heldKeyIds`): it needs the right
// to give each of those keys. A person who holds no key: any Key Management but none (a Specific
// manager could give "all" of nothing; the keys given later are checked when they are given).
Status canIssueCredential(const Manager &m, const Property &p, const QList<Id> &heldKeyIds);
Status canManageDevices(const Manager &m, const Property &p);

// What a front end needs for an action it disables: the right the action needs, and one short
// translatable sentence naming the one the manager lacks, for the disabled action's tooltip
// ("Needs Device Management at Rue Lepic. Ask a Portfolio Manager to add it."). Empty when `m` may
// act. It runs the same check as the service (canManagePeople, canRevokePerson, …), so a tooltip and
// the service never disagree; the service's own refusal message stays the longer explanation.
enum class Right
{
    ManagePeople,    // invite, edit access: any Key Management but none
    GiveKeys,        // revoke all keys, delete a person: the right to give every key in `keyIds`
    ManageKeys,      // create, edit, delete keys: Full Key Management
    ManageDevices,   // add, commission, sync doors: Device Management
    ManageManagers,  // managers and their permissions: Portfolio Managers
    ManageProperties // add and change properties: Portfolio Managers
};
QString missingRight(const Manager &m, const Property &p, Right right, const QList<Id> &keyIds = {});

} // namespace permissions
} // namespace porter

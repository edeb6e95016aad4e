#pragma once

#include "model/schedule.h"

#include <QList>
#include <QString>
#include <QVariantMap>
#include <QtGlobal>
#include <optional>

namespace porter {

using Id = qint64; // "no expiry" is std::optional throughout the model, never a magic number

// The list version: the number a door's access list carries, the one concept behind the door's
// version, the version it acknowledged and what a sync moved it from and to (docs/door-protocol.md,
// "List versions"). Unsigned 64-bit, as door::ListVersion; the store converts it to SQL's signed
// INTEGER and back, the only place that does (Porter's versions never exceed 2^63 - 1).
using ListVersion = quint64;

// Each enum has a stable spelling used in the database, on the command line and in JSON.
enum class DoorType
{
    BuildingEntrance,
    Residence,
    Service,
    Communal
};
enum class Connectivity
{
    Offline,
    Online
};
enum class AccessMethod
{
    App,
    Doorcode
};
enum class ManagerRole
{
    PortfolioManager,
    PropertyManager
};
enum class KeyManagement
{
    Full,
    Limited,
    Specific,
    None
};
enum class PersonStatus
{
    Invited,
    Active,
    Expired,
    Revoked,
    Deleted,
    NoAccess
};
enum class EndReason
{
    None,
    Removed,
    Revoked,
    Deleted,
    HostRevoked,
    HostDeleted
};

QString toString(DoorType v);
QString toString(Connectivity v);
QString toString(AccessMethod v);
QString toString(ManagerRole v);
QString toString(KeyManagement v);
QString toString(PersonStatus v);
QString toString(EndReason v);
std::optional<DoorType> doorTypeFromString(const QString &s);
std::optional<Connectivity> connectivityFromString(const QString &s);
std::optional<AccessMethod> accessMethodFromString(const QString &s);
std::optional<ManagerRole> managerRoleFromString(const QString &s);
std::optional<KeyManagement> keyManagementFromString(const QString &s);
std::optional<EndReason> endReasonFromString(const QString &s);
std::optional<PersonStatus> personStatusFromString(const QString &s);

struct Portfolio
{
    Id id = 0;
    QString name;
};

struct Property
{
    Id id = 0;
    Id portfolioId = 0;
    QString name;
    QString timeZone; // IANA name, e.g. "America/New_York"
    QString region;   // ISO 3166-1 alpha-2, the default region for phone numbers
    QString address;
    int doorcodeDigits = 7; // 7, 8 or 9; fixed once a door of the property is commissioned
};

struct Door
{
    Id id = 0;
    Id propertyId = 0;
    QString name;
    DoorType type = DoorType::BuildingEntrance;
    Connectivity connectivity = Connectivity::Offline;
    ListVersion ackedVersion = 0; // the list version the door last acknowledged (column ack_version)
    std::optional<int> batteryPercent;
    QString firmware;
    std::optional<qint64> clockDriftSecs;
    std::optional<qint64> lastSyncAt;
    bool commissioned = false;
    qint64 commissioning = 0;            // how many times it was commissioned (keys its imported activity)
    qint64 lostEntries = 0;              // activity entries the door dropped (its own count at the last sync)
    int alarmCount = 0;                  // door alarms recorded for it
    std::optional<qint64> doorcodeEpoch; // the doorcode secret epoch the door last said it holds
    std::optional<qint64> signingKeyEpoch; // the property signing key's epoch the door last said it holds
};

// An alarm a door raised (imported at a sync) or Porter raised about a door (docs/door-protocol.md).
struct DoorAlarm
{
    Id id = 0;
    Id doorId = 0;
    qint64 commissioning = 0;
    std::optional<qint64> doorSeq; // set for alarms the door raised
    QString kind;                  // door::alarmName(): "keypad-lockout", ...
    qint64 at = 0;                 // UTC (door time corrected by the drift measured at the sync)
    qint64 detail = 0;
    QString message;
    QString source; // "door" or "porter"
};

struct Key
{
    Id id = 0;
    Id propertyId = 0;
    QString name;
    QList<Id> doorIds;
    Schedule schedule;
    bool doorcodesAllowed = true;
    bool shareable = true;
};

struct Person
{
    Id id = 0;
    Id propertyId = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString phone; // E.164 or empty
    AccessMethod accessMethod = AccessMethod::App;
    bool resident = false;
    bool mayShare = false;
    std::optional<Id> hostPersonId; // set for guests
    qint64 createdAt = 0;
    std::optional<qint64> revokedAt;
    std::optional<qint64> deletedAt;
    QString language; // their mail's language: "en", "es", "fr"; empty = not known (English)
    QString displayName() const;
};

struct Grant
{
    Id id = 0;
    Id personId = 0;
    Id keyId = 0;
    qint64 startsAt = 0;
    std::optional<qint64> expiresAt;
    qint64 createdAt = 0;
    std::optional<qint64> endedAt;
    EndReason endReason = EndReason::None;
    bool isCurrentOrFuture(qint64 now) const { return !endedAt && (!expiresAt || *expiresAt > now); }
};

struct GuestShare
{
    Id id = 0;
    Id hostPersonId = 0;
    Id guestPersonId = 0;
    Id keyId = 0;
    qint64 startsAt = 0;
    std::optional<qint64> expiresAt; // none = permanent
    qint64 createdAt = 0;
    std::optional<qint64> endedAt;
    EndReason endReason = EndReason::None;
    bool permanent() const { return !expiresAt.has_value(); }
};

struct Keycard
{
    Id id = 0;
    Id personId = 0;
    QString serial; // upper-case hex
    bool active = false;
    qint64 enrolledAt = 0;
};

struct Manager
{
    Id id = 0;
    Id portfolioId = 0;
    QString email;
    QString name;
    ManagerRole role = ManagerRole::PropertyManager;
    KeyManagement keyManagement = KeyManagement::None;
    bool deviceManagement = false;
    QList<Id> propertyIds; // property managers: assigned properties
    QList<Id> keyIds;      // Key Management "specific": the keys they may give and revoke
    // A portfolio on a PostgreSQL server: the manager's own login (manager.db_role), with which they
    // sign in by connecting; empty for a file portfolio or a manager without one.
    QString login;
};

struct ActivityEvent
{
    Id id = 0;
    qint64 at = 0;
    std::optional<Id> propertyId;
    std::optional<Id> managerId;
    QString actor;  // who: "Manager Name <email>", "Door Lobby", "Resident (private)"
    QString action; // invite, grant-add, grant-expiry, grant-remove, revoke, delete, share, keycard-*,
                    // door-*, denied
    std::optional<Id> personId;
    std::optional<Id> doorId;
    QString credential; // door events: app, doorcode, card
    QString result;     // door events and denials: granted, denied
    QString reason;
    QString detail;
};

struct DoorChange
{
    Id seq = 0;
    Id doorId = 0;
    qint64 at = 0;
    QString kind;
    std::optional<Id> personId;
    QString summary; // the line in English, as written (DisplayText::doorChange says it in the reader's)
    std::optional<qint64> effectiveAt; // a start or end instant this change carries, if any
    QVariantMap params;                // the values of the line (person, key, ...); empty before schema 14
};

} // namespace porter

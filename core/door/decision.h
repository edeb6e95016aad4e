#pragma once

// The door's access rule as a pure function. docs/door-protocol.md ("Decisions") states the
// same rule in words; Porter's policy code computes it independently and the oracle test
// compares the two.

#include "door/accesslist.h"

namespace porter::door {

enum class CredentialKind : std::uint8_t
{
    Card = 1,
    Doorcode = 2,
    App = 3,
    Alarm = 4, // not a credential: an alarm entry in the activity ring (alarm.h)
};

// Values are stored in the activity ring and sent to Porter: never reuse a value.
enum class Reason : std::uint8_t
{
    Granted = 0,
    Unknown = 1,             // no holder for this credential
    Revoked = 2,             // doorcode of a person in revokedDoorcodes (not a holder)
    NotYetStarted = 3,       // no right valid now, and one starts later
    Expired = 4,             // no right valid now or later
    OutsideSchedule = 5,     // a right is valid now, but local time is outside all its schedules
    LockedOut = 6,           // keypad locked after repeated bad codes
    BadCode = 7,             // not a well-formed doorcode
    DoorcodesNotAllowed = 8, // holder without doorcode, or no right allows doorcodes
    AppNotAllowed = 9,       // holder without the app flag
    StaleAppKey = 10,        // app certificate of a generation other than the holder's current one
    BadCredential = 11,      // app certificate/response fails verification, or wrong property
    NotCommissioned = 12,    // the door has no configuration yet
    CertificateExpired = 13, // app certificate past its notAfter (door clock)
};

const char *describe(Reason r);
const char *describe(CredentialKind k);

struct Decision
{
    bool granted = false;
    Reason reason = Reason::Unknown;
    std::uint32_t personId = 0; // 0 when no person is identified
    bool operator==(const Decision &) const = default;
};

// UTC offset (seconds) in force at `utc` under `offsets` (see AccessList::offsets).
std::int32_t utcOffsetAt(const std::vector<OffsetTransition> &offsets, std::int64_t utc);
inline std::int64_t localTime(const AccessList &list, std::int64_t utc)
{
    return utc + utcOffsetAt(list.offsets, utc);
}

struct CivilDate
{
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
    bool operator==(const CivilDate &) const = default;
};
CivilDate civilFromDays(std::int64_t daysSinceEpoch);
std::int64_t daysFromCivil(const CivilDate &d);
// Floor division helpers for local seconds -> local day / minute of day / weekday (0 = Monday).
std::int64_t localDay(std::int64_t localSeconds);
int minuteOfDay(std::int64_t localSeconds);
int weekday(std::int64_t localSeconds);

bool scheduleAllows(const Schedule &s, std::int64_t localSeconds);

// The whole rule for an identified person (lockout and credential verification happen before,
// in Door). See docs/door-protocol.md for the precedence of reasons.
Decision evaluate(const AccessList &list, std::uint32_t personId, CredentialKind kind, std::int64_t nowUtc);

} // namespace porter::door

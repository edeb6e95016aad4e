#include "door/decision.h"

#include <algorithm>

namespace porter::door {

const char *describe(Reason r)
{
    switch (r) {
    case Reason::Granted:
        return "granted";
    case Reason::Unknown:
        return "unknown";
    case Reason::Revoked:
        return "revoked";
    case Reason::NotYetStarted:
        return "not yet started";
    case Reason::Expired:
        return "expired";
    case Reason::OutsideSchedule:
        return "outside schedule";
    case Reason::LockedOut:
        return "locked out";
    case Reason::BadCode:
        return "bad code";
    case Reason::DoorcodesNotAllowed:
        return "doorcodes not allowed";
    case Reason::AppNotAllowed:
        return "app not allowed";
    case Reason::StaleAppKey:
        return "stale app key";
    case Reason::BadCredential:
        return "bad credential";
    case Reason::NotCommissioned:
        return "not commissioned";
    case Reason::CertificateExpired:
        return "certificate expired";
    }
    return "invalid";
}

const char *describe(CredentialKind k)
{
    switch (k) {
    case CredentialKind::Card:
        return "card";
    case CredentialKind::Doorcode:
        return "doorcode";
    case CredentialKind::App:
        return "app";
    case CredentialKind::Alarm:
        return "alarm";
    }
    return "invalid";
}

std::int32_t utcOffsetAt(const std::vector<OffsetTransition> &offsets, std::int64_t utc)
{
    if (offsets.empty())
        return 0;
    // Last transition at or before utc; before the first one, the first offset applies.
    auto it = std::upper_bound(offsets.begin(), offsets.end(), utc,
                               [](std::int64_t t, const OffsetTransition &o) { return t < o.atUtc; });
    return it == offsets.begin() ? offsets.front().offsetSeconds : std::prev(it)->offsetSeconds;
}

std::int64_t localDay(std::int64_t s)
{
    return s >= 0 ? s / 86400 : -((-s + 86399) / 86400);
}

int minuteOfDay(std::int64_t s)
{
    return static_cast<int>((s - localDay(s) * 86400) / 60);
}

int weekday(std::int64_t s)
{
    // 1970-01-01 was a Thursday (index 3 with Monday = 0).
    const std::int64_t d = localDay(s);
    return static_cast<int>(((d % 7) + 7 + 3) % 7);
}

// Howard Hinnant's civil-from-days algorithm (public domain description), proleptic Gregorian.
CivilDate civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return CivilDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

std::int64_t daysFromCivil(const CivilDate &date)
{
    const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t m = date.month;
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + date.day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool scheduleAllows(const Schedule &s, std::int64_t localSeconds)
{
    if (s.windows.empty())
        return true;
    const int day = weekday(localSeconds);
    const int minute = minuteOfDay(localSeconds);
    for (const WeeklyWindow &w : s.windows)
        if ((w.days >> day) & 1 && minute >= w.startMinute && minute < w.endMinute)
            return true;
    return false;
}

Decision evaluate(const AccessList &list, std::uint32_t personId, CredentialKind kind, std::int64_t nowUtc)
{
    const Holder *h = findHolder(list, personId);
    if (!h) {
        // 1. Not a holder: Revoked for a doorcode of a person in revokedDoorcodes, else Unknown.
        if (kind == CredentialKind::Doorcode &&
            std::binary_search(list.revokedDoorcodes.begin(), list.revokedDoorcodes.end(), personId))
            return {false, Reason::Revoked, personId};
        return {false, Reason::Unknown, personId};
    }
    // 2. The credential kind must be enabled for the holder (a card is enabled by being listed).
    if (kind == CredentialKind::App && !h->app)
        return {false, Reason::AppNotAllowed, personId};
    if (kind == CredentialKind::Doorcode && !h->doorcode)
        return {false, Reason::DoorcodesNotAllowed, personId};
    // 3. Only rights that allow this kind count (doorcodes need Right::doorcodeAllowed).
    bool anyRelevant = false;
    bool validNow = false;
    bool startsLater = false;
    const std::int64_t local = localTime(list, nowUtc);
    for (const Right &r : h->rights) {
        if (kind == CredentialKind::Doorcode && !r.doorcodeAllowed)
            continue;
        anyRelevant = true;
        if (nowUtc < r.notBefore) {
            startsLater = true;
            continue;
        }
        if (nowUtc >= r.notAfter)
            continue;
        validNow = true;
        // A schedule index out of range never matches (decode rejects such lists anyway).
        if (r.schedule < list.schedules.size() && scheduleAllows(list.schedules[r.schedule], local))
            return {true, Reason::Granted, personId};
    }
    if (!anyRelevant && kind == CredentialKind::Doorcode && !h->rights.empty())
        return {false, Reason::DoorcodesNotAllowed, personId};
    // 4. Precedence: OutsideSchedule > NotYetStarted > Expired.
    if (validNow)
        return {false, Reason::OutsideSchedule, personId};
    if (startsLater)
        return {false, Reason::NotYetStarted, personId};
    return {false, Reason::Expired, personId};
}

} // namespace porter::door

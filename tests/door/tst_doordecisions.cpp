// Door decisions: every reason, schedule edges, DST, start/expiry on time, daily doorcodes,
// keypad lockout, app challenge-response, the activity ring (docs/door-protocol.md "Decisions").

#include "door/certificate.h"
#include "door/decision.h"
#include "door/doorcode.h"
#include "doortestutil.h"

#include <QTest>
#include <map>
#include <set>

using namespace porter::door;
using namespace porter::door::testutil;

namespace {

// UTC instants (America/New_York: EST = UTC-5 until 2026-03-08 07:00 UTC, then EDT = UTC-4
// until 2026-11-01 06:00 UTC).
constexpr std::int64_t kMon2026_03_02 = 1772409600; // Monday 2026-03-02 00:00 UTC
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86400;

// Monday 2026-03-02 at local (EST) h:m:s, as UTC.
constexpr std::int64_t estMonday(int h, int m, int s = 0)
{
    return kMon2026_03_02 + h * kHour + m * 60 + s + 5 * kHour;
}

AccessList baseList()
{
    AccessList l;
    l.propertyId = 7;
    l.doorId = 3;
    l.version = 1;
    l.offsets = sample::newYork2026();
    l.schedules = {
        Schedule{},                                                             // 0: always
        Schedule{{WeeklyWindow{0x1F, 480, 1080}}},                              // 1: Mon-Fri 08-18
        Schedule{{WeeklyWindow{0x01, 1320, 1440}, WeeklyWindow{0x02, 0, 360}}}, // 2: Mon 22-24, Tue 0-6
        Schedule{{WeeklyWindow{0x7F, 480, 1080}}},                              // 3: daily 08-18
        Schedule{{WeeklyWindow{0x40, 120, 180}}},                               // 4: Sunday 02-03
        Schedule{{WeeklyWindow{0x40, 60, 120}}}};                               // 5: Sunday 01-02
    auto holder = [](std::uint32_t id, std::vector<Right> rights) {
        Holder h;
        h.personId = id;
        h.app = h.doorcode = true;
        h.rights = std::move(rights);
        return h;
    };
    l.holders = {
        holder(100, {Right{0, kNoExpiry, 0, true}}),                // always
        holder(101, {Right{0, kNoExpiry, 1, true}}),                // office hours
        holder(102, {Right{estMonday(12, 0), kNoExpiry, 0, true}}), // starts Mon noon
        holder(103, {Right{0, estMonday(12, 0), 0, true}}),         // ends Mon noon
        holder(104, {Right{0, kNoExpiry, 2, true}}),                // across midnight
        holder(105, {Right{0, kNoExpiry, 3, true}}),                // daily 08-18
        holder(106, {Right{0, estMonday(1, 0), 0, true}, Right{estMonday(20, 0), kNoExpiry, 0, true}}),
        holder(107, {Right{0, kNoExpiry, 1, true}, Right{estMonday(20, 0), kNoExpiry, 0, true}}),
        holder(108, {Right{0, kNoExpiry, 0, false}}), // no doorcodes
        holder(109, {Right{0, kNoExpiry, 4, true}}),  // Sun 02-03
        holder(110, {Right{0, kNoExpiry, 5, true}}),  // Sun 01-02
        holder(111, {}),                              // no rights
    };
    l.holders[8].doorcode = true;
    Holder cardOnly;
    cardOnly.personId = 120;
    cardOnly.cardSerials = {"04AABBCCDDEEFF"};
    cardOnly.rights = {Right{0, kNoExpiry, 1, false}};
    l.holders.push_back(cardOnly);
    Holder noApp = holder(121, {Right{0, kNoExpiry, 0, true}});
    noApp.app = false;
    noApp.doorcode = false;
    l.holders.push_back(noApp);
    l.revokedDoorcodes = {200};
    return l;
}

constexpr std::int64_t kYear = 365 * kDay;

// A property-signed certificate for `phone` (issued an hour before `t`, valid for a year).
Bytes certify(const Property &p, const Phone &phone, std::uint32_t personId, std::uint32_t generation,
              std::int64_t t, std::int64_t lifetime = kYear)
{
    return issueCertificate(
        AppCertificate{p.id, personId, generation, phone.publicKey(), t - kHour, t - kHour + lifetime},
        p.key.seed);
}

// One unlock attempt at door 3 with a fresh challenge.
Decision tryApp(Door &door, const Phone &phone, std::uint32_t propertyId, std::int64_t t)
{
    const Bytes challenge = door.appChallenge(t);
    return door.decideApp(phone.certificate, phone.respond(challenge, 3, propertyId), t);
}

Decision ev(const AccessList &l, std::uint32_t id, std::int64_t t, CredentialKind k = CredentialKind::Card)
{
    return evaluate(l, id, k, t);
}

} // namespace

class TestDoorDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReason();
    void reasonPrecedence();
    void scheduleEdges();
    void contiguousAcrossMidnight();
    void dstSpringForwardAndFallBack();
    void startAndExpiryOnTimeWithoutSync();
    void doorcodesNeverCollideAndRoundTrip();
    void doorcodeOnItsLocalDayOnly();
    void doorcodeSameAtEveryDoor();
    void doorcodeRevokedAtOnceAfterUpdate();
    void keypadLockoutAndReset();
    void validCodeDoesNotBuyGuesses();
    void failureBudgetsCapGuessesPerHourAndDay();
    void eightAndNineDigitDoorcodes();
    void floodOfFailuresCannotPushGrantsOut();
    void appChallengeResponse();
    void appKeyGenerationNeverWraps();
    void appCertificateOfNewerGenerationRefused();
    void appCertificateExpires();
    void appCertificateFormat();
    void cardsAndActivityRing();
    void doorClockOffset();
    void uncommissionedDoorRefuses();
};

void TestDoorDecisions::everyReason()
{
    const AccessList l = baseList();
    const std::int64_t monNoon = estMonday(12, 30);
    QCOMPARE(ev(l, 100, monNoon), (Decision{true, Reason::Granted, 100}));
    QCOMPARE(ev(l, 999, monNoon), (Decision{false, Reason::Unknown, 999}));
    QCOMPARE(ev(l, 200, monNoon, CredentialKind::Doorcode), (Decision{false, Reason::Revoked, 200}));
    QCOMPARE(ev(l, 200, monNoon, CredentialKind::App), (Decision{false, Reason::Unknown, 200}));
    QCOMPARE(ev(l, 102, estMonday(11, 59, 59)), (Decision{false, Reason::NotYetStarted, 102}));
    QCOMPARE(ev(l, 103, estMonday(12, 0)), (Decision{false, Reason::Expired, 103}));
    QCOMPARE(ev(l, 101, estMonday(19, 0)), (Decision{false, Reason::OutsideSchedule, 101}));
    QCOMPARE(ev(l, 108, monNoon, CredentialKind::Doorcode),
             (Decision{false, Reason::DoorcodesNotAllowed, 108}));
    QCOMPARE(ev(l, 121, monNoon, CredentialKind::Doorcode),
             (Decision{false, Reason::DoorcodesNotAllowed, 121}));
    QCOMPARE(ev(l, 121, monNoon, CredentialKind::App), (Decision{false, Reason::AppNotAllowed, 121}));
    QCOMPARE(ev(l, 108, monNoon, CredentialKind::App), (Decision{true, Reason::Granted, 108}));
    QCOMPARE(ev(l, 111, monNoon), (Decision{false, Reason::Expired, 111})); // holder without rights
}

void TestDoorDecisions::reasonPrecedence()
{
    const AccessList l = baseList();
    // 106: one right ended at 01:00, another starts at 20:00 -> NotYetStarted beats Expired.
    QCOMPARE(ev(l, 106, estMonday(12, 0)).reason, Reason::NotYetStarted);
    QCOMPARE(ev(l, 106, estMonday(20, 0)).reason, Reason::Granted);
    QCOMPARE(ev(l, 106, estMonday(0, 59, 59)).reason, Reason::Granted);
    // 107: valid office-hours right outside its schedule + a future right -> OutsideSchedule.
    QCOMPARE(ev(l, 107, estMonday(19, 0)).reason, Reason::OutsideSchedule);
    QCOMPARE(ev(l, 107, estMonday(20, 0)).reason, Reason::Granted);
    // Doorcode: only rights with doorcodeAllowed count (108 has none -> DoorcodesNotAllowed).
    AccessList m = l;
    m.holders[1].rights.push_back(Right{0, kNoExpiry, 0, false}); // 101: always, but no doorcodes
    QCOMPARE(ev(m, 101, estMonday(19, 0), CredentialKind::Doorcode).reason, Reason::OutsideSchedule);
    QCOMPARE(ev(m, 101, estMonday(19, 0), CredentialKind::Card).reason, Reason::Granted);
}

void TestDoorDecisions::scheduleEdges()
{
    const AccessList l = baseList();
    QCOMPARE(ev(l, 101, estMonday(7, 59, 59)).reason, Reason::OutsideSchedule);
    QCOMPARE(ev(l, 101, estMonday(8, 0, 0)).reason, Reason::Granted);
    QCOMPARE(ev(l, 101, estMonday(17, 59, 59)).reason, Reason::Granted);
    QCOMPARE(ev(l, 101, estMonday(18, 0, 0)).reason, Reason::OutsideSchedule);
    // Saturday 2026-03-07 10:00 EST: not a weekday.
    QCOMPARE(ev(l, 101, estMonday(10, 0) + 5 * kDay).reason, Reason::OutsideSchedule);
    QCOMPARE(ev(l, 101, estMonday(10, 0) + 4 * kDay).reason, Reason::Granted); // Friday
    // Exactly at notBefore / just before notAfter.
    QCOMPARE(ev(l, 102, estMonday(12, 0)).reason, Reason::Granted);
    QCOMPARE(ev(l, 103, estMonday(11, 59, 59)).reason, Reason::Granted);
}

void TestDoorDecisions::contiguousAcrossMidnight()
{
    const AccessList l = baseList();
    QCOMPARE(ev(l, 104, estMonday(21, 59, 59)).reason, Reason::OutsideSchedule);
    QCOMPARE(ev(l, 104, estMonday(22, 0)).reason, Reason::Granted);
    QCOMPARE(ev(l, 104, estMonday(23, 59, 59)).reason, Reason::Granted);
    QCOMPARE(ev(l, 104, estMonday(24, 0, 0)).reason, Reason::Granted); // Tuesday 00:00
    QCOMPARE(ev(l, 104, estMonday(29, 59, 59)).reason, Reason::Granted);
    QCOMPARE(ev(l, 104, estMonday(30, 0, 0)).reason, Reason::OutsideSchedule); // Tuesday 06:00
}

void TestDoorDecisions::dstSpringForwardAndFallBack()
{
    const AccessList l = baseList();
    const std::int64_t sat0307 = 1772841600; // 2026-03-07 00:00 UTC (Saturday, EST)
    const std::int64_t mon0309 = 1773014400; // 2026-03-09 00:00 UTC (Monday, EDT)
    // 12:30 UTC is 07:30 EST on Saturday but 08:30 EDT on Monday.
    QCOMPARE(ev(l, 105, sat0307 + 12 * kHour + 1800).reason, Reason::OutsideSchedule);
    QCOMPARE(ev(l, 105, mon0309 + 12 * kHour + 1800).reason, Reason::Granted);
    QCOMPARE(ev(l, 105, mon0309 + 12 * kHour - 1).reason, Reason::OutsideSchedule); // 07:59:59 EDT
    QCOMPARE(ev(l, 105, mon0309 + 22 * kHour - 1).reason, Reason::Granted);         // 17:59:59 EDT
    QCOMPARE(ev(l, 105, mon0309 + 22 * kHour).reason, Reason::OutsideSchedule);     // 18:00 EDT
    // Spring forward: Sunday 02:00-03:00 local does not exist on 2026-03-08.
    const std::int64_t spring = sample::kNySpringForward2026;
    QCOMPARE(localTime(l, spring - 1) - localDay(localTime(l, spring - 1)) * kDay, 2 * kHour - 1); // 01:59:59
    QCOMPARE(localTime(l, spring) - localDay(localTime(l, spring)) * kDay, 3 * kHour);             // 03:00:00
    for (std::int64_t t = spring - 2 * kHour; t < spring + 2 * kHour; t += 60)
        QCOMPARE(ev(l, 109, t).reason, Reason::OutsideSchedule);
    // A week later (EDT) the window opens normally: 02:00 EDT = 06:00 UTC.
    QCOMPARE(ev(l, 109, spring + 7 * kDay - kHour).reason, Reason::Granted);
    // Fall back: Sunday 01:00-02:00 local happens twice on 2026-11-01: both count.
    const std::int64_t fall = sample::kNyFallBack2026; // 06:00 UTC = 02:00 EDT -> 01:00 EST
    QCOMPARE(ev(l, 110, fall - kHour - 1).reason, Reason::OutsideSchedule); // 00:59:59 EDT
    QCOMPARE(ev(l, 110, fall - kHour).reason, Reason::Granted);             // 01:00 EDT
    QCOMPARE(ev(l, 110, fall - 1).reason, Reason::Granted);                 // 01:59:59 EDT
    QCOMPARE(ev(l, 110, fall).reason, Reason::Granted);                     // 01:00 EST
    QCOMPARE(ev(l, 110, fall + kHour - 1).reason, Reason::Granted);         // 01:59:59 EST
    QCOMPARE(ev(l, 110, fall + kHour).reason, Reason::OutsideSchedule);     // 02:00 EST
    // Before the first transition, the first offset applies.
    QCOMPARE(utcOffsetAt(l.offsets, 0), -5 * 3600);
}

void TestDoorDecisions::startAndExpiryOnTimeWithoutSync()
{
    Property p;
    TestDoor d(p, 3);
    AccessList l = baseList();
    l.propertyId = p.id;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), estMonday(9, 0)), UpdateError::None);
    d.storage.failAfter(SIZE_MAX);
    Holder starting;
    starting.personId = 102;
    QCOMPARE(d.door->accessList().holders[2].personId, 102u);
    // 102 is only known by the door as an app+doorcode holder; test through the doorcode path.
    const std::string codeMon = d.door->doorcodeFor(102, estMonday(11, 0));
    QCOMPARE(d.door->decideDoorcode(codeMon, estMonday(11, 59, 59)).reason, Reason::NotYetStarted);
    QCOMPARE(d.door->decideDoorcode(codeMon, estMonday(12, 0)).reason, Reason::Granted);
    const std::string code103 = d.door->doorcodeFor(103, estMonday(11, 0));
    QCOMPARE(d.door->decideDoorcode(code103, estMonday(11, 59, 59)).reason, Reason::Granted);
    QCOMPARE(d.door->decideDoorcode(code103, estMonday(12, 0)).reason, Reason::Expired);
    // And after a reboot (state reloaded from storage) the same holds.
    d.reboot();
    QCOMPARE(d.door->decideDoorcode(code103, estMonday(12, 0, 1)).reason, Reason::Expired);
    QCOMPARE(d.door->decideDoorcode(codeMon, estMonday(12, 0, 1)).reason, Reason::Granted);
}

void TestDoorDecisions::doorcodesNeverCollideAndRoundTrip()
{
    const Bytes secret = crypto::randomBytes(32);
    const DoorcodeCipher c(secret, CivilDate{2026, 3, 2});
    QCOMPARE(c.domain(), 10'000'000u);
    std::set<std::uint32_t> seen;
    for (std::uint32_t id = 0; id < 30000; ++id) {
        const std::uint32_t code = c.encrypt(id * 333 % 10'000'000);
        QVERIFY(code < 10'000'000u);
        QVERIFY(seen.insert(code).second);
        QCOMPARE(c.decrypt(code), id * 333 % 10'000'000);
    }
    QCOMPARE(c.format(42).size(), std::size_t{7});
    QCOMPARE(c.format(42), std::string("0000042"));
    // Different days, different codes (for the same person), and a small domain is a permutation.
    QVERIFY(dailyDoorcode(secret, 1234, {2026, 3, 2}) != dailyDoorcode(secret, 1234, {2026, 3, 3}));
    const DoorcodeCipher six(secret, CivilDate{2026, 3, 2}, 6);
    std::vector<bool> hit(1'000'000, false);
    for (std::uint32_t v = 0; v < 1'000'000; v += 7) {
        const std::uint32_t e = six.encrypt(v);
        QVERIFY(!hit[e]);
        hit[e] = true;
    }
    QVERIFY(!parseDoorcode("123456"));
    QVERIFY(!parseDoorcode("12345678"));
    QVERIFY(!parseDoorcode("12345a7"));
    QCOMPARE(*parseDoorcode("0012345"), 12345u);
}

void TestDoorDecisions::doorcodeOnItsLocalDayOnly()
{
    Property p;
    TestDoor d(p, 3);
    AccessList l = baseList();
    l.propertyId = p.id;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    const std::string mon = dailyDoorcode(p.doorcodeSecret, 100, {2026, 3, 2});
    const std::string tue = dailyDoorcode(p.doorcodeSecret, 100, {2026, 3, 3});
    QCOMPARE(d.door->doorcodeFor(100, estMonday(10, 0)), mon);
    QCOMPARE(d.door->decideDoorcode(mon, estMonday(0, 0)), (Decision{true, Reason::Granted, 100}));
    QCOMPARE(d.door->decideDoorcode(mon, estMonday(23, 59, 59)).reason, Reason::Granted);
    // Local midnight is 05:00 UTC: the Monday code stops, the Tuesday code starts.
    const std::int64_t midnight = estMonday(24, 0);
    QCOMPARE(d.door->decideDoorcode(tue, midnight - 1).reason, Reason::Unknown);
    QCOMPARE(d.door->decideDoorcode(mon, midnight).reason, Reason::Unknown);
    QCOMPARE(d.door->decideDoorcode(tue, midnight), (Decision{true, Reason::Granted, 100}));
    // A wrong-day code is indistinguishable from a guess: no person is attributed.
    QCOMPARE(d.door->decideDoorcode(mon, midnight + 10).personId, 0u);
    // The holder without doorcode rights and the office-hours holder at night.
    QCOMPARE(d.door->decideDoorcode(d.door->doorcodeFor(108, midnight), midnight).reason,
             Reason::DoorcodesNotAllowed);
    QCOMPARE(d.door->decideDoorcode(d.door->doorcodeFor(101, midnight), midnight).reason,
             Reason::OutsideSchedule);
    QCOMPARE(d.door->decideDoorcode("12-4567", midnight).reason, Reason::BadCode);
}

void TestDoorDecisions::doorcodeSameAtEveryDoor()
{
    Property p;
    TestDoor a(p, 3);
    TestDoor b(p, 4);
    for (TestDoor *d : {&a, &b}) {
        AccessList l = baseList();
        l.propertyId = p.id;
        l.doorId = d->door->doorId();
        QCOMPARE(d->door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    }
    const std::int64_t t = estMonday(9, 0);
    QCOMPARE(a.door->doorcodeFor(100, t), b.door->doorcodeFor(100, t));
    const std::string code = dailyDoorcode(p.doorcodeSecret, 100, {2026, 3, 2});
    QVERIFY(a.door->decideDoorcode(code, t).granted);
    QVERIFY(b.door->decideDoorcode(code, t).granted);
}

void TestDoorDecisions::doorcodeRevokedAtOnceAfterUpdate()
{
    Property p;
    TestDoor d(p, 3);
    AccessList l = baseList();
    l.propertyId = p.id;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    const std::int64_t t = estMonday(9, 0);
    const std::string code = dailyDoorcode(p.doorcodeSecret, 100, {2026, 3, 2});
    QVERIFY(d.door->decideDoorcode(code, t).granted);
    AccessList next = l;
    next.version = 2;
    next.holders.erase(next.holders.begin()); // person 100
    next.revokedDoorcodes = {100, 200};
    QCOMPARE(d.door->applyUpdate(makeDeltaUpdate(l, next, p.key.seed), t + 1), UpdateError::None);
    QCOMPARE(d.door->decideDoorcode(code, t + 2), (Decision{false, Reason::Revoked, 100}));
}

namespace {
// The escalation alone, without the hourly/daily budgets (tested on their own below).
DoorOptions withoutBudgets()
{
    DoorOptions o;
    o.lockout.hourlyFailureBudget = 0;
    o.lockout.dailyFailureBudget = 0;
    return o;
}

std::vector<ActivityEntry> alarmsOf(const Door &door)
{
    std::vector<ActivityEntry> out;
    for (const ActivityEntry &e : door.activity(0, SIZE_MAX))
        if (e.isAlarm())
            out.push_back(e);
    return out;
}

std::string wrongDigit(const std::string &good, int i)
{
    std::string c = good;
    const std::size_t last = c.size() - 1;
    c[last] = static_cast<char>('0' + (c[last] - '0' + 1 + i % 9) % 10);
    return c;
}
} // namespace

void TestDoorDecisions::keypadLockoutAndReset()
{
    Property p;
    const DoorOptions options = withoutBudgets();
    TestDoor d(p, 3, options);
    AccessList l = baseList();
    l.propertyId = p.id;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    std::int64_t t = estMonday(9, 0);
    const std::string good = d.door->doorcodeFor(100, t);
    auto fail5 = [&] {
        for (int i = 0; i < 5; ++i)
            QVERIFY(!d.door->decideDoorcode(wrongDigit(good, i), t++).granted);
    };
    fail5();
    // Locked for 60 s: even the right code is refused, and refusals do not extend the lockout.
    QCOMPARE(d.door->decideDoorcode(good, t).reason, Reason::LockedOut);
    QCOMPARE(d.door->decideDoorcode(good, t + 58).reason, Reason::LockedOut);
    // The lockout is an alarm in the activity ring, with its length.
    QCOMPARE(alarmsOf(*d.door).size(), std::size_t{1});
    QCOMPARE(alarmsOf(*d.door)[0].alarm, AlarmKind::KeypadLockout);
    QCOMPARE(alarmsOf(*d.door)[0].detail, 60u);
    t += 60;
    QCOMPARE(d.door->decideDoorcode(good, t).reason, Reason::Granted);
    QCOMPARE(d.door->lockout().level, 1u); // a right code forgives nothing
    // Escalation: 60 s, then 120 s.
    fail5();
    QCOMPARE(d.door->lockout().level, 2u);
    QCOMPARE(d.door->lockout().lockedUntil, t - 1 + 120);
    const std::int64_t until = d.door->lockout().lockedUntil;
    QCOMPARE(d.door->decideDoorcode(good, until - 1).reason, Reason::LockedOut);
    // Lockout survives a reboot (power-cycling the door is no way around it).
    d.reboot(options);
    QCOMPARE(d.door->decideDoorcode(good, until - 1).reason, Reason::LockedOut);
    QCOMPARE(d.door->lockout().level, 2u);
    QCOMPARE(alarmsOf(*d.door).size(), std::size_t{2});
    // Quiet time (1 h without failures) resets the escalation.
    t = until + 3600;
    fail5();
    QCOMPARE(d.door->lockout().level, 1u);
    QCOMPARE(d.door->lockout().lockedUntil, t - 1 + 60);
    QCOMPARE(d.door->decideDoorcode(good, t - 1 + 60).reason, Reason::Granted);
    // Cap: lockouts double up to maxLockoutSeconds and never beyond.
    std::int64_t last = 0;
    for (int i = 0; i < 10; ++i) {
        fail5();
        const std::int64_t len = d.door->lockout().lockedUntil - (t - 1);
        QVERIFY(len <= 3600);
        QVERIFY(len >= last);
        last = len;
        t = d.door->lockout().lockedUntil;
    }
    QCOMPARE(last, std::int64_t{3600});
}

// The attack of issue 6 item 4: a person holding one valid code types it between guesses. On the
// old door every success reset the failure count, so four guesses per valid code never locked the
// keypad (about 23,000 guesses a day).
void TestDoorDecisions::validCodeDoesNotBuyGuesses()
{
    Property p;
    TestDoor d(p, 3, withoutBudgets());
    AccessList l = baseList();
    l.propertyId = p.id;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    std::int64_t t = estMonday(9, 0);
    const std::string good = d.door->doorcodeFor(100, t);
    int guesses = 0;
    int lockedOut = 0;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 4; ++i) {
            const Reason r = d.door->decideDoorcode(wrongDigit(good, i), t++).reason;
            if (r == Reason::LockedOut)
                ++lockedOut;
            else
                ++guesses;
        }
        const Reason r = d.door->decideDoorcode(good, t++).reason;
        if (r == Reason::LockedOut)
            ++lockedOut;
        else
            QCOMPARE(r, Reason::Granted);
    }
    // The fifth failure locks the keypad although a valid code came in between.
    QCOMPARE(guesses, 5);
    QVERIFY(lockedOut >= 7);
    QCOMPARE(d.door->lockout().level, 1u);
    QVERIFY(!alarmsOf(*d.door).empty());
    QCOMPARE(alarmsOf(*d.door)[0].alarm, AlarmKind::KeypadLockout);
}

// With the default policy, an insider who types a guess every 10 s for a whole day, with their own
// valid code in between, gets at most the hourly budget per clock hour and the daily budget per
// local day; both exhaustions are alarms; the next local day the keypad works again.
void TestDoorDecisions::failureBudgetsCapGuessesPerHourAndDay()
{
    Property p;
    TestDoor d(p, 3);
    AccessList l = baseList();
    l.propertyId = p.id;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    const LockoutPolicy policy;
    const std::int64_t dayStart = estMonday(0, 0);
    std::map<std::int64_t, int> perHour;
    int evaluatedFailures = 0;
    int granted = 0;
    for (std::int64_t t = dayStart; t < dayStart + 24 * kHour; t += 10) {
        const std::string good = d.door->doorcodeFor(100, t);
        const bool useGood = (t / 10) % 5 == 0;
        const Decision dec = d.door->decideDoorcode(useGood ? good : wrongDigit(good, int(t / 10)), t);
        if (dec.granted)
            ++granted;
        if (dec.reason == Reason::Unknown || dec.reason == Reason::BadCode) {
            ++evaluatedFailures;
            ++perHour[(t - dayStart) / kHour];
        }
    }
    QVERIFY(granted > 0);
    QCOMPARE(evaluatedFailures, int(policy.dailyFailureBudget));
    for (const auto &[hour, n] : perHour)
        QVERIFY2(n <= int(policy.hourlyFailureBudget), qPrintable(QString::number(hour)));
    bool hourly = false, daily = false;
    for (const ActivityEntry &a : alarmsOf(*d.door)) {
        if (a.alarm == AlarmKind::FailureBudgetExhausted) {
            hourly = hourly || a.detail == 1;
            daily = daily || a.detail == 2;
        }
    }
    QVERIFY(hourly);
    QVERIFY(daily);
    // After local midnight the budget is fresh: the resident's code works again.
    const std::int64_t tomorrow = dayStart + 24 * kHour + 60;
    QCOMPARE(d.door->decideDoorcode(d.door->doorcodeFor(100, tomorrow), tomorrow).reason, Reason::Granted);
    // The budgets survive a reboot.
    d.reboot();
    QCOMPARE(d.door->lockout().dayFailures, 0u);
    QCOMPARE(d.door->decideDoorcode(wrongDigit(d.door->doorcodeFor(100, tomorrow), 1), tomorrow + 1).reason,
             Reason::Unknown);
    QCOMPARE(d.door->lockout().dayFailures, 1u);
    d.reboot();
    QCOMPARE(d.door->lockout().dayFailures, 1u);
}

void TestDoorDecisions::eightAndNineDigitDoorcodes()
{
    for (int digits : {8, 9}) {
        Property p;
        MemoryStorage storage;
        Door door(storage);
        door.load();
        Commissioning c;
        c.propertyId = p.id;
        c.doorId = 3;
        c.propertyPublicKey = p.key.publicKey;
        c.doorcodeSecret = p.doorcodeSecret;
        c.doorcodeDigits = digits;
        QVERIFY(!door.commission(c).empty());
        AccessList l = baseList();
        l.propertyId = p.id;
        l.doorId = 3;
        QCOMPARE(door.applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
        const std::int64_t t = estMonday(9, 0);
        const std::string code = door.doorcodeFor(100, t);
        QCOMPARE(int(code.size()), digits);
        // Porter computes the same code from the secret and the local date.
        QCOMPARE(dailyDoorcode(p.doorcodeSecret, 100, CivilDate{2026, 3, 2}, digits), code);
        QCOMPARE(door.decideDoorcode(code, t), (Decision{true, Reason::Granted, 100}));
        QCOMPARE(door.decideDoorcode(code.substr(1), t + 1).reason, Reason::BadCode); // 7 digits
        // The largest person id still maps, and decoding inverts encoding.
        const DoorcodeCipher cipher(p.doorcodeSecret, CivilDate{2026, 3, 2}, digits);
        for (std::uint32_t id : {0u, 1u, 100u, 9'999'998u, 9'999'999u}) {
            const std::uint32_t v = cipher.encrypt(id);
            QVERIFY(v < cipher.domain());
            QCOMPARE(cipher.decrypt(v), id);
        }
        // Collision-free on a sample: distinct ids, distinct codes.
        std::set<std::uint32_t> seen;
        for (std::uint32_t id = 9'990'000; id < 10'000'000; ++id)
            QVERIFY(seen.insert(cipher.encrypt(id)).second);
    }
}

// The attack of issue 6 item 7: flooding the door with failed attempts used to push granted events
// out of the ring before Porter could read them.
void TestDoorDecisions::floodOfFailuresCannotPushGrantsOut()
{
    Property p;
    DoorOptions options;
    options.activityCapacity = 16;
    TestDoor d(p, 3, options);
    AccessList l = baseList();
    l.propertyId = p.id;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    std::int64_t t = estMonday(9, 0);
    QVERIFY(d.door->decideCard("04AABBCCDDEEFF", t++).granted);
    QVERIFY(d.door->decideCard("04AABBCCDDEEFF", t++).granted);
    d.door->raiseAlarm(AlarmKind::ClockMovedBack, t++, 7200);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(d.door->decideCard("0BADC0DE" + std::to_string(i % 10), t++).reason, Reason::Unknown);
    QVERIFY(d.door->decideCard("04AABBCCDDEEFF", t++).granted);
    for (int i = 0; i < 100; ++i)
        d.door->decideCard("0BADBEEF", t++);
    auto check = [&](const Door &door) {
        const auto entries = door.activity(0, SIZE_MAX);
        QCOMPARE(entries.size(), std::size_t{16});
        int grants = 0;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            grants += entries[i].granted() ? 1 : 0;
            if (i)
                QVERIFY(entries[i].seq > entries[i - 1].seq);
        }
        QCOMPARE(grants, 3);
        QCOMPARE(entries[0].seq, std::uint64_t{1}); // the first grant is still there
        QCOMPARE(entries[2].alarm, AlarmKind::ClockMovedBack);
        QCOMPARE(entries[2].detail, 7200u);
        QCOMPARE(door.status(t).lostEntries, std::uint64_t{1104 - 16});
        QCOMPARE(door.status(t).activityNextSeq, std::uint64_t{1105});
    };
    check(*d.door);
    d.reboot(options); // the ring with its gaps survives a reboot (snapshot + journal)
    check(*d.door);
}

void TestDoorDecisions::appChallengeResponse()
{
    Property p;
    TestDoor d(p, 3);
    AccessList l = baseList();
    l.propertyId = p.id;
    l.holders[0].appKeyGeneration = 2;
    l.holders[1].appKeyGeneration = 1;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    const std::int64_t t = estMonday(9, 0);
    Phone phone;
    phone.certificate = certify(p, phone, 100, 2, t);
    QCOMPARE(phone.certificate.size(), kCertificateSize);
    Bytes ch = d.door->appChallenge(t);
    QCOMPARE(d.door->decideApp(phone.certificate, phone.respond(ch, 3, p.id), t),
             (Decision{true, Reason::Granted, 100}));
    // Single use: the same response again fails.
    QCOMPARE(d.door->decideApp(phone.certificate, phone.respond(ch, 3, p.id), t).reason,
             Reason::BadCredential);
    // Response for another door, or signed by another phone.
    ch = d.door->appChallenge(t);
    QCOMPARE(d.door->decideApp(phone.certificate, phone.respond(ch, 4, p.id), t).reason,
             Reason::BadCredential);
    Phone thief;
    ch = d.door->appChallenge(t);
    QCOMPARE(d.door->decideApp(phone.certificate, thief.respond(ch, 3, p.id), t).reason,
             Reason::BadCredential);
    // Expired challenge.
    ch = d.door->appChallenge(t);
    QCOMPARE(d.door->decideApp(phone.certificate, phone.respond(ch, 3, p.id), t + 31).reason,
             Reason::BadCredential);
    // Older generation (lost phone).
    Phone old;
    old.certificate = certify(p, old, 100, 1, t - 1000);
    QCOMPARE(tryApp(*d.door, old, p.id, t), (Decision{false, Reason::StaleAppKey, 100}));
    // Certificate from another property's key.
    const auto foreign = crypto::ed25519Generate();
    Phone f;
    f.certificate = issueCertificate(AppCertificate{p.id, 100, 2, f.publicKey(), t, t + kYear}, foreign.seed);
    QCOMPARE(tryApp(*d.door, f, p.id, t).reason, Reason::BadCredential);
    // Holder without the app flag.
    Phone n;
    n.certificate = certify(p, n, 121, 1, t);
    QCOMPARE(tryApp(*d.door, n, p.id, t).reason, Reason::AppNotAllowed);
    // Office hours apply to the app too.
    Phone o;
    o.certificate = certify(p, o, 101, 1, t);
    QCOMPARE(tryApp(*d.door, o, p.id, estMonday(19, 0)).reason, Reason::OutsideSchedule);
    // An app holder for whom no phone was ever issued (generation 0) opens with no certificate.
    l.holders[2].appKeyGeneration = 0;
    Phone none;
    none.certificate = certify(p, none, 102, 1, t);
    QCOMPARE(tryApp(*d.door, none, p.id, estMonday(13, 0)).reason, Reason::StaleAppKey);
    QVERIFY(verifyCertificate(phone.certificate, p.key.publicKey));
    QVERIFY(!verifyCertificate(f.certificate, p.key.publicKey));
}

// Issue 6, item 5: a lost phone must stay refused however often the person re-enrols. With an
// 8-bit generation, the 256th re-enrolment wrapped back to the lost phone's generation.
void TestDoorDecisions::appKeyGenerationNeverWraps()
{
    Property p;
    TestDoor d(p, 3);
    AccessList l = baseList();
    l.propertyId = p.id;
    const std::int64_t t = estMonday(9, 0);
    // Enrol a phone (generation 1) and sync it: it opens.
    l.holders[0].appKeyGeneration = 1;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    Phone lost;
    lost.certificate = certify(p, lost, 100, 1, t);
    QVERIFY(tryApp(*d.door, lost, p.id, t).granted);
    // Lose it, then re-enrol 256 times, each new generation synced to the door as a delta.
    Phone current;
    for (std::uint32_t i = 0; i < 256; ++i) {
        AccessList next = l;
        ++next.version;
        ++next.holders[0].appKeyGeneration;
        QCOMPARE(d.door->applyUpdate(makeDeltaUpdate(l, next, p.key.seed), 0), UpdateError::None);
        l = next;
        current = Phone();
        current.certificate = certify(p, current, 100, l.holders[0].appKeyGeneration, t);
        QCOMPARE(tryApp(*d.door, lost, p.id, t), (Decision{false, Reason::StaleAppKey, 100}));
    }
    QCOMPARE(l.holders[0].appKeyGeneration, std::uint32_t{257});
    QCOMPARE(d.door->accessList().holders[0].appKeyGeneration, std::uint32_t{257});
    QVERIFY(tryApp(*d.door, current, p.id, t).granted);
    // The door reloads the same from storage (the state file carries the u32 generation).
    Door reloaded(d.storage);
    QCOMPARE(reloaded.load(), LoadResult::Loaded);
    QCOMPARE(reloaded.accessList().holders[0].appKeyGeneration, std::uint32_t{257});
    // A certificate that claims the lost phone's generation modulo 256 (1) is refused too.
    Phone forgedWrap;
    forgedWrap.certificate = certify(p, forgedWrap, 100, 257 % 256, t);
    QCOMPARE(tryApp(reloaded, forgedWrap, p.id, t).reason, Reason::StaleAppKey);
    // The largest generation round-trips through the list encoding.
    l.holders[0].appKeyGeneration = 0xFFFFFFFFu;
    const auto decoded = decodeAccessList(encode(l));
    QVERIFY(decoded);
    QCOMPARE(decoded->holders[0].appKeyGeneration, 0xFFFFFFFFu);
}

// A certificate of a generation newer than the door's list (issued after the door's last sync, or
// a forged generation) is refused: only exactly the holder's current generation opens.
void TestDoorDecisions::appCertificateOfNewerGenerationRefused()
{
    Property p;
    TestDoor d(p, 3);
    AccessList l = baseList();
    l.propertyId = p.id;
    l.holders[0].appKeyGeneration = 5;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    const std::int64_t t = estMonday(9, 0);
    Phone ahead;
    ahead.certificate = certify(p, ahead, 100, 6, t);
    QCOMPARE(tryApp(*d.door, ahead, p.id, t), (Decision{false, Reason::StaleAppKey, 100}));
    Phone far;
    far.certificate = certify(p, far, 100, 0xFFFFFFFFu, t);
    QCOMPARE(tryApp(*d.door, far, p.id, t), (Decision{false, Reason::StaleAppKey, 100}));
    // Once the door's list carries generation 6, that phone opens and generation 5 no longer does.
    Phone five;
    five.certificate = certify(p, five, 100, 5, t);
    QVERIFY(tryApp(*d.door, five, p.id, t).granted);
    AccessList next = l;
    ++next.version;
    next.holders[0].appKeyGeneration = 6;
    QCOMPARE(d.door->applyUpdate(makeDeltaUpdate(l, next, p.key.seed), 0), UpdateError::None);
    QVERIFY(tryApp(*d.door, ahead, p.id, t).granted);
    QCOMPARE(tryApp(*d.door, five, p.id, t).reason, Reason::StaleAppKey);
}

// A certificate stops at its notAfter by the door's clock, even for a person whose rights go on.
void TestDoorDecisions::appCertificateExpires()
{
    Property p;
    TestDoor d(p, 3);
    AccessList l = baseList();
    l.propertyId = p.id;
    l.holders[0].appKeyGeneration = 1;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    const std::int64_t t = estMonday(9, 0);
    Phone phone;
    phone.certificate = certify(p, phone, 100, 1, t, kDay); // issued t - 1 h, ends t + 23 h
    const std::int64_t notAfter = t - kHour + kDay;
    QVERIFY(tryApp(*d.door, phone, p.id, notAfter - 1).granted);
    QCOMPARE(tryApp(*d.door, phone, p.id, notAfter), (Decision{false, Reason::CertificateExpired, 100}));
    QCOMPARE(tryApp(*d.door, phone, p.id, notAfter + 10 * kYear).reason, Reason::CertificateExpired);
    QCOMPARE(std::string(describe(Reason::CertificateExpired)), std::string("certificate expired"));
    // The refusal is recorded in the activity ring with its reason.
    const auto entries = d.door->activity(0, 100);
    QVERIFY(!entries.empty());
    QCOMPARE(entries.back().reason, Reason::CertificateExpired);
    // Re-issuing (same generation, new lifetime) is a normal operation.
    phone.certificate = certify(p, phone, 100, 1, notAfter + kDay);
    QVERIFY(tryApp(*d.door, phone, p.id, notAfter + kDay).granted);
}

void TestDoorDecisions::appCertificateFormat()
{
    Property p;
    Phone phone;
    const std::int64_t t = 1'800'000'000;
    // Not issued: generation 0, no lifetime, wrong key size.
    QVERIFY(
        issueCertificate(AppCertificate{p.id, 100, 0, phone.publicKey(), t, t + kDay}, p.key.seed).empty());
    QVERIFY(issueCertificate(AppCertificate{p.id, 100, 1, phone.publicKey(), t, t}, p.key.seed).empty());
    QVERIFY(issueCertificate(AppCertificate{p.id, 100, 1, Bytes(31, 1), t, t + kDay}, p.key.seed).empty());
    const Bytes cert =
        issueCertificate(AppCertificate{p.id, 100, 70000, phone.publicKey(), t, t + kDay}, p.key.seed);
    const auto c = verifyCertificate(cert, p.key.publicKey);
    QVERIFY(c);
    QCOMPARE(c->appKeyGeneration, std::uint32_t{70000});
    QCOMPARE(c->notAfter, t + kDay);
    // The old 117-byte "PAC1" certificates (8-bit generation, no expiry) are not accepted.
    Bytes pac1(cert.begin(), cert.begin() + 12);
    pac1[3] = '1';
    pac1.push_back(1);
    pac1.insert(pac1.end(), phone.publicKey().begin(), phone.publicKey().end());
    Writer w;
    w.i64(t);
    const Bytes issued = w.take();
    pac1.insert(pac1.end(), issued.begin(), issued.end());
    const Bytes sig = crypto::ed25519Sign(p.key.seed, pac1);
    pac1.insert(pac1.end(), sig.begin(), sig.end());
    QCOMPARE(pac1.size(), std::size_t{117});
    QVERIFY(!verifyCertificate(pac1, p.key.publicKey));
    // Phone files: one line "<label> <hex>", each kind only where it belongs.
    const std::string file = encodePhoneFile(PhoneFile::Certificate, cert);
    QVERIFY(file.starts_with("porter-app-certificate-2 "));
    QCOMPARE(decodePhoneFile(PhoneFile::Certificate, file), std::optional<Bytes>(cert));
    std::string crlf = file;
    crlf.insert(crlf.size() - 1, "\r");
    QCOMPARE(decodePhoneFile(PhoneFile::Certificate, crlf), std::optional<Bytes>(cert));
    QVERIFY(!decodePhoneFile(PhoneFile::PublicKey, file));
    const std::string pub = encodePhoneFile(PhoneFile::PublicKey, phone.publicKey());
    QCOMPARE(decodePhoneFile(PhoneFile::PublicKey, pub), std::optional<Bytes>(phone.publicKey()));
    QVERIFY(!decodePhoneFile(PhoneFile::PrivateKey, pub)); // a public key is never taken for a private one
    QVERIFY(!decodePhoneFile(PhoneFile::PublicKey, pub + "\n"));
    QVERIFY(!decodePhoneFile(PhoneFile::PublicKey, pub.substr(0, pub.size() - 3) + "\n"));
    QVERIFY(!decodePhoneFile(PhoneFile::PublicKey, pub.substr(0, pub.size() - 2) + "zz\n"));
    Bytes bad = cert;
    bad[0] = 'X';
    QVERIFY(!decodePhoneFile(PhoneFile::Certificate, encodePhoneFile(PhoneFile::Certificate, bad)));
}

void TestDoorDecisions::cardsAndActivityRing()
{
    Property p;
    DoorOptions options;
    options.activityCapacity = 8;
    TestDoor d(p, 3, options);
    AccessList l = baseList();
    l.propertyId = p.id;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    const std::int64_t t = estMonday(9, 0);
    QCOMPARE(d.door->decideCard("04aabbccddeeff", t), (Decision{true, Reason::Granted, 120}));
    QCOMPARE(d.door->decideCard("04AABBCCDDEE00", t + 1), (Decision{false, Reason::Unknown, 0}));
    QCOMPARE(d.door->decideCard("04AABBCCDDEEFF", estMonday(19, 0)).reason, Reason::OutsideSchedule);
    auto entries = d.door->activity(0, 100);
    QCOMPARE(entries.size(), std::size_t{3});
    QCOMPARE(entries[0].personId, 120u);
    QCOMPARE(entries[0].kind, CredentialKind::Card);
    QVERIFY(entries[0].granted());
    QCOMPARE(entries[1].reason, Reason::Unknown);
    QCOMPARE(entries[2].reason, Reason::OutsideSchedule);
    QCOMPARE(entries[2].seq, entries[0].seq + 2);
    // Full ring: the oldest unreleased failure is dropped and counted (grants stay); access is not
    // blocked.
    for (int i = 0; i < 7; ++i)
        QVERIFY(d.door->decideCard("04AABBCCDDEEFF", t + 10 + i).granted);
    QCOMPARE(d.door->activityCount(), std::size_t{8});
    QCOMPARE(d.door->status(t).lostEntries, 2u);
    const DoorStatus s = d.door->status(t);
    QCOMPARE(s.activityFirstSeq, 1u); // the first grant; seqs 2 and 3 (the denials) went
    QCOMPARE(s.activityNextSeq - s.activityFirstSeq, 10u);
    // Porter acknowledges up to seq 6 (exclusive): 1, 4 and 5 are released; survives a reboot.
    QVERIFY(d.door->acknowledgeActivity(s.activityFirstSeq + 5));
    QCOMPARE(d.door->activityCount(), std::size_t{5});
    QVERIFY(!d.door->acknowledgeActivity(s.activityNextSeq + 1)); // beyond what exists
    d.reboot(options);
    QCOMPARE(d.door->activityCount(), std::size_t{5});
    QCOMPARE(d.door->status(t).lostEntries, 2u);
    QCOMPARE(d.door->status(t).activityNextSeq, s.activityNextSeq);
}

void TestDoorDecisions::doorClockOffset()
{
    Property p;
    TestDoor d(p, 3);
    AccessList l = baseList();
    l.propertyId = p.id;
    QCOMPARE(d.door->applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::None);
    // The door's own clock runs 2 hours behind: at true 19:00 it believes 17:00 (office hours).
    const std::int64_t host = estMonday(17, 0);
    const std::int64_t truth = estMonday(19, 0);
    QCOMPARE(d.door->decideCard("04AABBCCDDEEFF", host).reason, Reason::Granted);
    QVERIFY(d.door->setClock(truth, host));
    QCOMPARE(d.door->status(host).lastDriftSeconds, -2 * kHour);
    QCOMPARE(d.door->clock(host), truth);
    QCOMPARE(d.door->decideCard("04AABBCCDDEEFF", host).reason, Reason::OutsideSchedule);
    d.reboot();
    QCOMPARE(d.door->clock(host), truth);
}

void TestDoorDecisions::uncommissionedDoorRefuses()
{
    MemoryStorage storage;
    Door door(storage);
    QCOMPARE(door.load(), LoadResult::Fresh);
    QVERIFY(!door.commissioned());
    QCOMPARE(door.decideCard("04AABBCCDDEEFF", 0).reason, Reason::NotCommissioned);
    QCOMPARE(door.decideDoorcode("1234567", 0).reason, Reason::NotCommissioned);
    Property p;
    AccessList l = baseList();
    l.propertyId = p.id;
    QCOMPARE(door.applyUpdate(makeFullUpdate(l, p.key.seed), 0), UpdateError::NotCommissioned);
    // Commissioning happens once.
    Commissioning c{p.id, 3, p.key.publicKey, p.doorcodeSecret, 7};
    QCOMPARE(door.commission(c).size(), std::size_t{32});
    QVERIFY(door.commission(c).empty());
}

QTEST_APPLESS_MAIN(TestDoorDecisions)
#include "tst_doordecisions.moc"

#pragma once

// The oracle (issue 3): random sequences of manager operations, time advances, syncs and interrupted
// syncs over reference doors. After every completed sync, each door's decision for every credential
// at sampled instants (schedule edges, starts, expiries, DST changes) must equal what core/policy says
// from the database. The link is a parameter (OracleSync): tst_oracle syncs over loopback,
// tst_oracle_ble (tests/ble) over Qt's BlueZ backend and the fake BlueZ. PORTER_ORACLE_SEEDS and
// PORTER_ORACLE_STEPS make the long runs (ctest label "slow").

#include "door/certificate.h"
#include "door/decision.h"
#include "policy/policy.h"
#include "syncfixture.h"
#include "util/localtime.h"

#include <QTest>
#include <functional>
#include <random>
#include <set>

namespace porter::test {

inline int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

inline const QStringList kSchedules{
    QStringLiteral("always"),
    QStringLiteral("Mon-Fri 06:00-22:00"),
    QStringLiteral("Sat,Sun 10:00-14:00"),
    QStringLiteral("Mon-Sun 00:00-02:30; Mon-Sun 22:00-24:00"),
    QStringLiteral("Sun 01:00-03:30"), // crosses both DST changes in America/New_York
};

struct Stats
{
    int syncs = 0;
    int interrupted = 0;
    int comparisons = 0;
    int operations = 0;
    int granted = 0;
    std::set<int> reasons; // which reasons came up: a run that never leaves "unknown" proves nothing
};

// One sync of door `doorId` over some link: cut after dropAfterBytes bytes (-1: never), with
// linkPayload bytes per fragment (20, 64 or 244). It returns what the engine said; the door has seen
// everything that crossed the link when it returns.
using OracleSync = std::function<Result<sync::SyncReport>(SyncFixture &f, Id doorId, qint64 dropAfterBytes,
                                                          int linkPayload)>;

// The loopback link of SyncFixture::syncDoor.
inline OracleSync loopbackSync()
{
    return [](SyncFixture &f, Id doorId, qint64 dropAfterBytes, int linkPayload) {
        return f.syncDoor(doorId, dropAfterBytes, linkPayload);
    };
}

class Oracle
{
public:
    // doors: how many of the fixture's doors (lobby, unit 101, gym) take part.
    Oracle(quint32 seed, int steps, int doors = 3, OracleSync sync = loopbackSync())
        : m_rng(seed)
        , m_seed(seed)
        , m_steps(steps)
        , m_sync(std::move(sync))
    {
        m_doorIds = QList<Id>{m_f.lobby.id, m_f.unit101.id, m_f.gym.id}.mid(0, doors);
        m_keys = {m_f.residentKey, m_f.gymKey, m_f.staffKey};
        for (Id d : m_doorIds)
            m_f.doorFor(d);
        // Start a few days before the spring-forward change so runs cross it.
        m_f.clock.set(QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC).toSecsSinceEpoch() +
                      qint64(seed % 7) * 86400 * 31);
    }

    Stats run()
    {
        for (m_step = 0; m_step < m_steps; ++m_step) {
            step();
            if (QTest::currentTestFailed())
                return m_stats;
        }
        // End with every door synced and compared.
        for (Id d : m_doorIds)
            syncAndCompare(d);
        return m_stats;
    }

    // The doors taking part, commissioned (in-process door::Door objects on fixture().clock).
    SyncFixture &fixture() { return m_f; }
    const QList<Id> &doorIds() const { return m_doorIds; }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    qint64 range(qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(m_rng); }
    bool chance(int percent) { return pick(100) < percent; }
    qint64 now() const { return m_f.clock.nowSecs(); }

    QList<Id> livePeople(bool guestsToo = true) const
    {
        QList<Id> out;
        auto q = m_f.db->exec(QStringLiteral("SELECT id FROM person WHERE deleted_at IS NULL %1 ORDER BY id")
                                  .arg(guestsToo ? QString() : QStringLiteral("AND host_person_id IS NULL")));
        while (q->next())
            out << q->value(0).toLongLong();
        return out;
    }
    QList<Id> ids(const QString &sql) const
    {
        QList<Id> out;
        auto q = m_f.db->exec(sql);
        while (q->next())
            out << q->value(0).toLongLong();
        return out;
    }
    template<typename T> T any(const QList<T> &l) { return l.at(pick(int(l.size()))); }

    std::optional<qint64> randomExpiry(qint64 start)
    {
        if (chance(20))
            return std::nullopt;
        return start + range(3600, 20 * 86400);
    }

    void step()
    {
        ++m_stats.operations;
        const int r = pick(100);
        if (r < 22)
            invite();
        else if (r < 30)
            addKey();
        else if (r < 37)
            changeExpiry();
        else if (r < 41)
            removeKey();
        else if (r < 45)
            revoke();
        else if (r < 48)
            remove();
        else if (r < 56)
            share();
        else if (r < 62)
            keycard();
        else if (r < 65)
            editKey();
        else if (r < 67)
            enrolPhone();
        else if (r < 77)
            advance();
        else if (r < 92)
            syncAndCompare(any(m_doorIds));
        else
            interruptedSync(any(m_doorIds));
    }

    void invite()
    {
        InviteRequest r;
        r.propertyId = m_f.property.id;
        r.method = chance(60) ? AccessMethod::Doorcode : AccessMethod::App;
        r.contact.firstName = QStringLiteral("P%1").arg(++m_counter);
        r.contact.email = QStringLiteral("p%1.%2@oracle.test").arg(m_counter).arg(m_seed);
        const int k = pick(int(m_keys.size()));
        r.keyIds = {m_keys[k].id};
        if (chance(30))
            r.keyIds << m_keys[(k + 1) % m_keys.size()].id;
        r.startsAt = chance(50) ? now() - range(0, 3 * 86400) : now() + range(60, 5 * 86400);
        r.expiresAt = randomExpiry(std::max(*r.startsAt, now()));
        r.resident = chance(50);
        r.mayShare = chance(50);
        (void)m_f.access->invite(m_f.owner, r);
    }

    void addKey()
    {
        auto people = livePeople(false);
        if (people.isEmpty())
            return;
        const qint64 start = chance(50) ? now() : now() + range(60, 3 * 86400);
        (void)m_f.access->addKey(m_f.owner, any(people), any(m_keys).id, start, randomExpiry(start));
    }

    void changeExpiry()
    {
        auto grants = ids(QStringLiteral("SELECT id FROM access_grant WHERE ended_at IS NULL"));
        if (grants.isEmpty())
            return;
        (void)m_f.access->setGrantExpiry(m_f.owner, any(grants),
                                         chance(20) ? std::nullopt
                                                    : std::optional<qint64>(now() + range(60, 10 * 86400)));
    }

    void removeKey()
    {
        auto grants = ids(QStringLiteral("SELECT id FROM access_grant WHERE ended_at IS NULL"));
        if (!grants.isEmpty())
            (void)m_f.access->removeKey(m_f.owner, any(grants));
    }

    void revoke()
    {
        auto people = livePeople();
        if (!people.isEmpty())
            (void)m_f.access->revokeAll(m_f.owner, any(people));
    }

    void remove()
    {
        auto people = livePeople();
        if (!people.isEmpty())
            (void)m_f.access->deletePerson(m_f.owner, any(people));
    }

    void share()
    {
        auto hosts =
            ids(QStringLiteral("SELECT DISTINCT p.id FROM person p JOIN access_grant g ON g.person_id = p.id "
                               "WHERE p.deleted_at IS NULL AND p.may_share = 1 AND g.ended_at IS NULL"));
        if (hosts.isEmpty())
            return;
        const Id host = any(hosts);
        auto grants = m_f.db->exec(
            QStringLiteral("SELECT key_id, starts_at, expires_at FROM access_grant WHERE person_id = ? "
                           "AND ended_at IS NULL"),
            {host});
        QList<std::tuple<Id, qint64, std::optional<qint64>>> held;
        while (grants->next())
            held.append({grants->value(0).toLongLong(), grants->value(1).toLongLong(),
                         grants->value(2).isNull() ? std::nullopt
                                                   : std::optional<qint64>(grants->value(2).toLongLong())});
        const auto [keyId, start, end] = any(held);
        ShareRequest r;
        r.hostPersonId = host;
        r.method = chance(50) ? AccessMethod::Doorcode : AccessMethod::App;
        r.guest.firstName = QStringLiteral("G%1").arg(++m_counter);
        r.guest.email = QStringLiteral("g%1.%2@oracle.test").arg(m_counter).arg(m_seed);
        r.keyIds = {keyId};
        r.startsAt = std::max(start, now());
        if (end)
            r.expiresAt = std::min(*end, *r.startsAt + range(600, 5 * 86400));
        else if (chance(60))
            r.expiresAt = *r.startsAt + range(600, 5 * 86400);
        if (r.expiresAt && *r.expiresAt <= *r.startsAt)
            return;
        (void)m_f.access->share(m_f.owner, r);
    }

    void keycard()
    {
        if (chance(60)) {
            auto people = livePeople();
            if (people.isEmpty())
                return;
            const QString serial = QStringLiteral("04%1")
                                       .arg(quint64(range(0, 0xFFFFFFFFFFLL)), 12, 16, QLatin1Char('0'))
                                       .toUpper();
            auto card = m_f.access->enrollKeycard(m_f.owner, any(people), serial, chance(80));
            if (card.ok())
                m_cards << card->serial;
            return;
        }
        auto cards = ids(QStringLiteral("SELECT id FROM keycard WHERE removed_at IS NULL"));
        if (!cards.isEmpty())
            (void)m_f.access->setKeycardActive(m_f.owner, any(cards), chance(50));
    }

    void editKey()
    {
        Key k = m_f.directory->keys(m_f.owner, m_f.property.id)->at(pick(3));
        k.schedule = Schedule::parse(any(kSchedules)).value();
        if (chance(30))
            k.doorcodesAllowed = !k.doorcodesAllowed;
        if (chance(20))
            k.shareable = !k.shareable;
        if (chance(20)) {
            QList<Id> doors;
            for (Id d : m_doorIds)
                if (chance(50))
                    doors << d;
            if (!doors.isEmpty())
                k.doorIds = doors;
        }
        (void)m_f.directory->editKey(m_f.owner, k);
    }

    void enrolPhone()
    {
        auto people =
            ids(QStringLiteral("SELECT id FROM person WHERE deleted_at IS NULL AND access_method = 'app'"));
        if (!people.isEmpty())
            (void)m_f.devices.issueAppCredential(m_f.owner, any(people),
                                                 sync::toQByteArray(door::Phone().publicKey()));
    }

    void advance()
    {
        if (chance(15)) {
            // Land right before the next DST change of the property's zone.
            const QTimeZone zone("America/New_York");
            auto next = zone.nextTransition(QDateTime::fromSecsSinceEpoch(now(), Qt::UTC));
            if (next.atUtc.isValid() && next.atUtc.toSecsSinceEpoch() - now() < 200 * 86400) {
                m_f.clock.set(next.atUtc.toSecsSinceEpoch() - range(60, 7200));
                return;
            }
        }
        m_f.clock.advance(range(60, 2 * 86400));
    }

    void interruptedSync(Id doorId)
    {
        const ListVersion before = m_f.doorFor(doorId).status(now()).version;
        static const int payloads[] = {20, 64, 244};
        const qint64 cut = range(1, 2500);
        const int payload = payloads[pick(3)];
        const auto out = m_sync(m_f, doorId, cut, payload);
        ++m_stats.interrupted;
        const ListVersion heldVersion = m_f.doorFor(doorId).status(now()).version;
        const ListVersion recorded = m_f.ackedVersion(doorId);
        QVERIFY2(heldVersion >= before, "a door never goes back");
        // Porter never records a version the door does not hold.
        QVERIFY2(recorded <= heldVersion,
                 qPrintable(context(doorId) +
                            QStringLiteral(" recorded %1 > door %2").arg(recorded).arg(heldVersion)));
        if (out.ok())
            compare(doorId);
    }

    void syncAndCompare(Id doorId)
    {
        static const int payloads[] = {20, 64, 244};
        const auto out = m_sync(m_f, doorId, -1, payloads[pick(3)]);
        QVERIFY2(out.ok(), qPrintable(context(doorId) + QStringLiteral(": ") +
                                      (out.ok() ? QString() : out.error().message)));
        ++m_stats.syncs;
        QCOMPARE(m_f.ackedVersion(doorId), ListVersion(m_f.doorFor(doorId).status(now()).version));
        QCOMPARE(m_f.pendingChanges(doorId), 0);
        compare(doorId);
    }

    QString context(Id doorId) const
    {
        return QStringLiteral("seed %1 step %2 door %3").arg(m_seed).arg(m_step).arg(doorId);
    }

    std::vector<qint64> sampleTimes(const policy::DoorState &state)
    {
        std::set<qint64> times{now(), now() + 1, now() + 3600, now() + 86400, now() + 3 * 86400 + 7};
        for (const auto &p : state.holders) {
            for (const auto &r : p.rights) {
                for (qint64 t : {r.notBefore - 1, r.notBefore})
                    times.insert(t);
                if (r.notAfter) {
                    times.insert(*r.notAfter - 1);
                    times.insert(*r.notAfter);
                }
            }
        }
        // Schedule edges over the next days in local time, and the DST changes ahead.
        const QDate today = localDate(now(), state.zone);
        for (int day = 0; day < 4; ++day) {
            for (const QString &text : kSchedules) {
                const Schedule schedule = Schedule::parse(text).value();
                for (const ScheduleWindow &w : schedule.windows) {
                    for (int minute : {w.startMinute, w.endMinute}) {
                        const qint64 t = localToUtc(today.addDays(day), minute % 1440, state.zone) +
                                         (minute == 1440 ? 86400 : 0);
                        times.insert(t - 1);
                        times.insert(t);
                    }
                }
            }
        }
        auto next = state.zone.nextTransition(QDateTime::fromSecsSinceEpoch(now(), Qt::UTC));
        if (next.atUtc.isValid()) {
            const qint64 t = next.atUtc.toSecsSinceEpoch();
            for (qint64 d : {-3601, -1, 0, 1, 1799, 3600})
                times.insert(t + d);
        }
        std::vector<qint64> all;
        for (qint64 t : times) {
            // Only what the door's offset table covers (it reaches 14 months ahead).
            if (t >= now() - 86400 && t <= now() + 300 * 86400)
                all.push_back(t);
        }
        std::shuffle(all.begin(), all.end(), m_rng);
        if (all.size() > 60)
            all.resize(60);
        return all;
    }

    void compare(Id doorId)
    {
        auto state = policy::load(*m_f.db, doorId);
        QVERIFY2(state.ok(), qPrintable(state.ok() ? QString() : state.error().message));
        const door::AccessList &list = m_f.doorFor(doorId).accessList();
        const QList<Id> everyone = ids(QStringLiteral("SELECT id FROM person ORDER BY id"));
        for (qint64 t : sampleTimes(*state)) {
            for (Id person : everyone) {
                for (auto kind : {door::CredentialKind::Doorcode, door::CredentialKind::App}) {
                    const door::Decision expected = policy::decide(*state, person, kind, t);
                    const door::Decision actual = door::evaluate(list, std::uint32_t(person), kind, t);
                    ++m_stats.comparisons;
                    m_stats.granted += expected.granted ? 1 : 0;
                    m_stats.reasons.insert(int(expected.reason));
                    if (!(expected == actual)) {
                        QFAIL(qPrintable(context(doorId) +
                                         QStringLiteral(": person %1 kind %2 at %3: policy %4/%5, door %6/%7")
                                             .arg(person)
                                             .arg(int(kind))
                                             .arg(formatUtcIso(t))
                                             .arg(expected.granted)
                                             .arg(QString::fromLatin1(door::describe(expected.reason)))
                                             .arg(actual.granted)
                                             .arg(QString::fromLatin1(door::describe(actual.reason)))));
                    }
                }
            }
            for (const QString &serial : std::as_const(m_cards)) {
                door::Decision expected{false, door::Reason::Unknown, 0};
                if (auto owner = policy::cardOwner(*state, serial))
                    expected = policy::decide(*state, *owner, door::CredentialKind::Card, t);
                door::Decision actual{false, door::Reason::Unknown, 0};
                for (const door::Holder &h : list.holders) {
                    if (std::find(h.cardSerials.begin(), h.cardSerials.end(), serial.toStdString()) !=
                        h.cardSerials.end())
                        actual = door::evaluate(list, h.personId, door::CredentialKind::Card, t);
                }
                ++m_stats.comparisons;
                if (!(expected == actual))
                    QFAIL(qPrintable(context(doorId) +
                                     QStringLiteral(": card %1 at %2: policy %3/%4, door %5/%6")
                                         .arg(serial, formatUtcIso(t))
                                         .arg(expected.granted)
                                         .arg(QString::fromLatin1(door::describe(expected.reason)))
                                         .arg(actual.granted)
                                         .arg(QString::fromLatin1(door::describe(actual.reason)))));
            }
        }
        // And the real keypad path agrees for someone the policy lets in now.
        for (const auto &p : state->holders) {
            if (p.method != AccessMethod::Doorcode)
                continue;
            const door::Decision expected =
                policy::decide(*state, p.personId, door::CredentialKind::Doorcode, now());
            if (!expected.granted)
                continue;
            const QString code = m_f.doorcodeOf(p.personId, localDate(now(), state->zone));
            const door::Decision actual = m_f.doorFor(doorId).decideDoorcode(code.toStdString(), now());
            QVERIFY2(actual == expected,
                     qPrintable(context(doorId) + QStringLiteral(": keypad for person %1").arg(p.personId)));
            break;
        }
    }

    SyncFixture m_f;
    std::mt19937 m_rng;
    quint32 m_seed;
    int m_steps;
    OracleSync m_sync;
    int m_step = 0;
    int m_counter = 0;
    QList<Id> m_doorIds;
    QList<Key> m_keys;
    QStringList m_cards;
    Stats m_stats;
};

} // namespace porter::test

#include "access/bulkservice.h"
#include "fixture.h"

#include <QTest>

using namespace porter;
using porter::test::Fixture;

// BulkService (issue 9): several people at once, all or nothing, each offline door told once.
class TestBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revokeEndsEveryoneAndTellsEachDoorOnce();
    void refusalForOnePersonChangesNobodyAndIsRecordedOnce();
    void addKeySkipsHoldersAndTellsEachDoorOnce();
    void removeKeyEndsPermanentGuestPassesOnly();
};

void TestBulk::revokeEndsEveryoneAndTellsEachDoorOnce()
{
    Fixture f;
    BulkService bulk(*f.db, f.clock);
    const Person a = f.invite(QStringLiteral("a@example.test"), {f.residentKey.id, f.gymKey.id});
    const Person b = f.invite(QStringLiteral("b@example.test"), {f.gymKey.id});
    const Person c = f.invite(QStringLiteral("c@example.test"), {f.residentKey.id});
    const qint64 seq = f.lastSeq();
    const Id act = f.lastActivityId();
    auto r = bulk.revokeAll(f.owner, {a.id, b.id, c.id, a.id});
    QVERIFY2(r.ok(), why(r));
    QCOMPARE(r->peopleChanged, 3);
    QCOMPARE(r->grantsEnded, 4);
    for (const Person &p : {a, b, c}) {
        auto d = f.queries->person(f.owner, p.id);
        QCOMPARE(int(d->status), int(PersonStatus::Revoked));
    }
    QList<Id> doors{f.lobby.id, f.unit101.id, f.gym.id};
    std::sort(doors.begin(), doors.end());
    QCOMPARE(f.changedDoorsSince(seq), doors); // once each, not once per person
    QCOMPARE(r->doorsToSync, doors);
    const QList<ActivityEvent> events = f.activitySince(act);
    QCOMPARE(events.size(), 3); // one record per person
    for (const ActivityEvent &e : events)
        QCOMPARE(e.action, QStringLiteral("revoke"));
}

void TestBulk::refusalForOnePersonChangesNobodyAndIsRecordedOnce()
{
    Fixture f;
    BulkService bulk(*f.db, f.clock);
    const Person gymOnly = f.invite(QStringLiteral("g@example.test"), {f.gymKey.id});
    const Person resident = f.invite(QStringLiteral("r@example.test"), {f.residentKey.id, f.gymKey.id});
    // May give only the gym key: may revoke the first person, not the second.
    const Manager limited =
        f.makeManager(QStringLiteral("gym@example.test"), KeyManagement::Specific, false, {f.gymKey.id});
    const auto before = f.snapshot();
    const Id act = f.lastActivityId();
    auto r = bulk.revokeAll(limited, {gymOnly.id, resident.id});
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), int(ErrorCode::PermissionDenied));
    QCOMPARE(int(f.queries->person(f.owner, gymOnly.id)->status), int(PersonStatus::Active));
    const QList<ActivityEvent> events = f.activitySince(act);
    QCOMPARE(events.size(), 1); // the refusal, once, and nothing else
    QCOMPARE(events.first().personId, std::optional<Id>(resident.id));
    auto after = f.snapshot();
    after.remove(QStringLiteral("activity"));
    auto was = before;
    was.remove(QStringLiteral("activity"));
    QCOMPARE(after, was);
}

void TestBulk::addKeySkipsHoldersAndTellsEachDoorOnce()
{
    Fixture f;
    BulkService bulk(*f.db, f.clock);
    const Person a = f.invite(QStringLiteral("a@example.test"), {f.gymKey.id});
    const Person b = f.invite(QStringLiteral("b@example.test"), {f.staffKey.id});
    const Person c = f.invite(QStringLiteral("c@example.test"), {f.gymKey.id});
    const qint64 seq = f.lastSeq();
    const qint64 expiry = f.clock.nowSecs() + 30 * 86400;
    auto r = bulk.addKey(f.owner, {a.id, b.id, c.id}, f.staffKey.id, std::nullopt, expiry);
    QVERIFY2(r.ok(), why(r));
    QCOMPARE(r->grantsAdded, 2);
    QCOMPARE(r->unchanged, QStringList{b.displayName()});
    QList<Id> doors{f.lobby.id, f.gym.id}; // the garage is online
    std::sort(doors.begin(), doors.end());
    QCOMPARE(f.changedDoorsSince(seq), doors);
    // An expiration before the start refuses everybody.
    auto bad =
        bulk.addKey(f.owner, {a.id}, f.residentKey.id, f.clock.nowSecs() + 86400, f.clock.nowSecs() + 3600);
    QVERIFY(!bad.ok());
    QCOMPARE(f.changedDoorsSince(seq), doors);
}

void TestBulk::removeKeyEndsPermanentGuestPassesOnly()
{
    Fixture f;
    BulkService bulk(*f.db, f.clock);
    const Person host =
        f.invite(QStringLiteral("h@example.test"), {f.residentKey.id, f.gymKey.id}, true, true);
    const Person other = f.invite(QStringLiteral("o@example.test"), {f.gymKey.id});
    QList<Id> guests;
    for (bool timed : {false, true}) {
        ShareRequest s;
        s.hostPersonId = host.id;
        s.guest = {timed ? QStringLiteral("Tim") : QStringLiteral("Pam"), QStringLiteral("Guest"),
                   timed ? QStringLiteral("tim@example.test") : QStringLiteral("pam@example.test"),
                   QString()};
        s.keyIds = {f.residentKey.id};
        if (timed)
            s.expiresAt = f.clock.nowSecs() + 86400;
        auto shared = f.access->share(f.owner, s);
        QVERIFY2(shared.ok(), why(shared));
        guests << shared->guest.id;
    }
    auto r = bulk.removeKey(f.owner, {host.id, other.id}, f.residentKey.id);
    QVERIFY2(r.ok(), why(r));
    QCOMPARE(r->grantsEnded, 1);
    QCOMPARE(r->sharesEnded, 1);
    QCOMPARE(r->unchanged, QStringList{other.displayName()});
    QCOMPARE(int(f.queries->person(f.owner, guests[0])->status), int(PersonStatus::NoAccess));
    QCOMPARE(int(f.queries->person(f.owner, guests[1])->status), int(PersonStatus::Active));
}

QTEST_MAIN(TestBulk)
#include "tst_bulk.moc"

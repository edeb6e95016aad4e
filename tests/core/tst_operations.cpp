// Each mutating operation of the access core: the rows it writes, its activity record (who did what to
// whom), the door_change rows for exactly the affected offline doors, and what it returns.
#include "fixture.h"
#include "util/password.h"

#include <QSqlQuery>
#include <QTest>

using namespace porter;
using namespace porter::test;

namespace {

QString ownerLabel()
{
    return QStringLiteral("Olive Owner <owner@acme.test>");
}

QVariant cell(Fixture &f, const QString &sql, std::initializer_list<QVariant> args = {})
{
    return f.db->scalar(sql, args).value();
}

// What the services say about one person (their grants, keycards, status): behaviour is checked
// through them rather than through the tables.
PersonDetail detailOf(Fixture &f, Id personId)
{
    auto d = f.queries->person(f.owner, personId);
    if (!d.ok())
        qFatal("person %lld: %s", personId, qPrintable(d.error().message));
    return *d;
}

Grant grantOf(Fixture &f, Id personId, Id grantId)
{
    for (const GrantView &v : detailOf(f, personId).grants) {
        if (v.grant.id == grantId)
            return v.grant;
    }
    qFatal("person %lld has no grant %lld", personId, grantId);
}

Keycard cardOf(Fixture &f, Id personId, Id cardId)
{
    for (const Keycard &k : detailOf(f, personId).keycards) {
        if (k.id == cardId)
            return k;
    }
    qFatal("person %lld has no keycard %lld", personId, cardId);
}

QList<Id> sorted(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

// Checks the activity rows written after `since`: exactly one, by `actor`, with this action and subject.
#define CHECK_ONE_ACTIVITY(f, since, act, person)                                                            \
    do {                                                                                                     \
        const auto events = (f).activitySince(since);                                                        \
        QCOMPARE(events.size(), 1);                                                                          \
        QCOMPARE(events[0].action, QStringLiteral(act));                                                     \
        QCOMPARE(events[0].managerId, std::optional<Id>((f).owner.id));                                      \
        QCOMPARE(events[0].at, (f).clock.nowSecs());                                                         \
        QCOMPARE(events[0].personId, (person));                                                              \
        QVERIFY(!events[0].detail.isEmpty());                                                                \
    } while (false)

class TestOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inviteWithTheApp()
    {
        Fixture f;
        const auto before = f.tableCounts();
        const qint64 seq = f.lastSeq();
        const Id act = f.lastActivityId();
        InviteRequest r = f.inviteRequest(QStringLiteral("Ana.Lopez@Example.COM"), {f.residentKey.id});
        r.contact.firstName = QStringLiteral("  Ana ");
        r.contact.lastName = QStringLiteral("Lopez");
        r.method = AccessMethod::App;
        auto res = f.access->invite(f.owner, r);
        QVERIFY2(res.ok(), why(res));
        // Returned values.
        QVERIFY(res->person.id > 0);
        QCOMPARE(res->person.firstName, QStringLiteral("Ana"));
        QCOMPARE(res->person.email, QStringLiteral("Ana.Lopez@example.com"));
        QCOMPARE(res->person.phone, QStringLiteral("+12125550142"));
        QCOMPARE_ENUM(res->person.accessMethod, AccessMethod::App);
        QCOMPARE(res->grants.size(), 1);
        QCOMPARE(res->grants[0].keyId, f.residentKey.id);
        QCOMPARE(res->grants[0].personId, res->person.id);
        QCOMPARE(res->grants[0].startsAt, f.clock.nowSecs());
        QCOMPARE(res->grants[0].expiresAt, r.expiresAt);
        QVERIFY(res->warnings.isEmpty());
        QCOMPARE(res->doorsToSync, sorted({f.lobby.id, f.unit101.id}));
        // Rows written: one person, one grant, one mail, one activity, one change per offline door.
        auto after = f.tableCounts();
        QCOMPARE(after[QStringLiteral("person")], before[QStringLiteral("person")] + 1);
        QCOMPARE(after[QStringLiteral("access_grant")], before[QStringLiteral("access_grant")] + 1);
        QCOMPARE(after[QStringLiteral("outbox")], before[QStringLiteral("outbox")] + 1);
        QCOMPARE(after[QStringLiteral("activity")], before[QStringLiteral("activity")] + 1);
        QCOMPARE(after[QStringLiteral("door_change")], before[QStringLiteral("door_change")] + 2);
        QCOMPARE(f.changedDoorsSince(seq), sorted({f.lobby.id, f.unit101.id}));
        const PersonDetail ana = detailOf(f, res->person.id);
        QCOMPARE_ENUM(ana.person.accessMethod, AccessMethod::App);
        QCOMPARE(ana.person.email.toLower(), QStringLiteral("ana.lopez@example.com"));
        QCOMPARE(cell(f,
                      QStringLiteral("SELECT count(*) FROM door_change WHERE seq > ? AND person_id = ? AND "
                                     "kind = 'grant-add' AND effective_at IS NULL"),
                      {seq, res->person.id})
                     .toInt(),
                 2);
        // The welcome mail, queued now, tells an app user to install the app.
        auto mail = f.db->exec(QStringLiteral("SELECT id, to_addr, kind, status, created_at, body, person_id "
                                              "FROM outbox"));
        QVERIFY(mail.ok() && mail->next());
        QCOMPARE(mail->value(0).toLongLong(), res->welcomeMailId);
        QCOMPARE(mail->value(1).toString(), res->person.email);
        QCOMPARE(mail->value(2).toString(), QStringLiteral("welcome"));
        QCOMPARE(mail->value(3).toString(), QStringLiteral("queued"));
        QCOMPARE(mail->value(4).toLongLong(), f.clock.nowSecs());
        QVERIFY(mail->value(5).toString().contains(QStringLiteral("app")));
        QCOMPARE(mail->value(6).toLongLong(), res->person.id);
        // Who did what to whom.
        const auto events = f.activitySince(act);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].action, QStringLiteral("invite"));
        QCOMPARE(events[0].actor, ownerLabel());
        QCOMPARE(events[0].managerId, std::optional<Id>(f.owner.id));
        QCOMPARE(events[0].personId, std::optional<Id>(res->person.id));
        QCOMPARE(events[0].propertyId, std::optional<Id>(f.property.id));
        QVERIFY(events[0].detail.contains(QStringLiteral("Ana Lopez")));
        QVERIFY(events[0].detail.contains(f.residentKey.name));
    }

    void inviteWithDoorcodeNeverTouchesTheOnlineDoor()
    {
        Fixture f;
        const Key parking = f.addKey(f.property.id, QStringLiteral("Parking"), {f.garage.id, f.gym.id});
        const qint64 seq = f.lastSeq();
        InviteRequest r = f.inviteRequest(QStringLiteral("sam@example.com"), {parking.id, f.residentKey.id});
        r.method = AccessMethod::Doorcode;
        auto res = f.access->invite(f.owner, r);
        QVERIFY2(res.ok(), why(res));
        QCOMPARE_ENUM(res->person.accessMethod, AccessMethod::Doorcode);
        // Garage is online: only the offline doors need a sync, each told once.
        QCOMPARE(res->doorsToSync, sorted({f.lobby.id, f.unit101.id, f.gym.id}));
        QCOMPARE(f.changedDoorsSince(seq), sorted({f.lobby.id, f.unit101.id, f.gym.id}));
        QCOMPARE(cell(f, QStringLiteral("SELECT access_method FROM person WHERE id = ?"), {res->person.id})
                     .toString(),
                 QStringLiteral("doorcode"));
        QVERIFY(cell(f, QStringLiteral("SELECT body FROM outbox WHERE id = ?"), {res->welcomeMailId})
                    .toString()
                    .contains(QStringLiteral("doorcode")));
        // The staff key (Lobby, Gym, online Garage) given to an app user: Garage never gets a change.
        const qint64 seq2 = f.lastSeq();
        auto staff =
            f.access->invite(f.owner, f.inviteRequest(QStringLiteral("staff@example.com"), {f.staffKey.id}));
        QVERIFY2(staff.ok(), why(staff));
        QCOMPARE(f.changedDoorsSince(seq2), sorted({f.lobby.id, f.gym.id}));
    }

    void inviteStoresResidentAndMayShare_data()
    {
        QTest::addColumn<bool>("resident");
        QTest::addColumn<bool>("mayShare");
        QTest::newRow("neither") << false << false;
        QTest::newRow("resident") << true << false;
        QTest::newRow("may share") << false << true;
        QTest::newRow("both") << true << true;
    }
    void inviteStoresResidentAndMayShare()
    {
        QFETCH(bool, resident);
        QFETCH(bool, mayShare);
        Fixture f;
        InviteRequest r = f.inviteRequest(QStringLiteral("flags@example.com"), {f.residentKey.id});
        r.resident = resident;
        r.mayShare = mayShare;
        auto res = f.access->invite(f.owner, r);
        QVERIFY2(res.ok(), why(res));
        QCOMPARE(res->person.resident, resident);
        QCOMPARE(res->person.mayShare, mayShare);
        auto stored = f.queries->person(f.owner, res->person.id);
        QVERIFY2(stored.ok(), why(stored));
        QCOMPARE(stored->person.resident, resident);
        QCOMPARE(stored->person.mayShare, mayShare);
    }

    void inviteWithFutureStartQueuesTheWelcomeMailNow()
    {
        Fixture f;
        const qint64 seq = f.lastSeq();
        const qint64 start = f.clock.nowSecs() + 10 * 86400;
        InviteRequest r = f.inviteRequest(QStringLiteral("later@example.com"), {f.gymKey.id});
        r.startsAt = start;
        r.expiresAt = start + 30 * 86400;
        auto res = f.access->invite(f.owner, r);
        QVERIFY2(res.ok(), why(res));
        QCOMPARE(res->grants[0].startsAt, start);
        QCOMPARE(f.countRows(QStringLiteral("outbox")), 1);
        QCOMPARE(cell(f, QStringLiteral("SELECT created_at FROM outbox WHERE id = ?"), {res->welcomeMailId})
                     .toLongLong(),
                 f.clock.nowSecs());
        QCOMPARE(cell(f, QStringLiteral("SELECT status FROM outbox WHERE id = ?"), {res->welcomeMailId})
                     .toString(),
                 QStringLiteral("queued"));
        // The door is told now, and the change carries the start so sync tasks can plan for that day.
        QCOMPARE(f.changedDoorsSince(seq), QList<Id>{f.gym.id});
        QCOMPARE(
            cell(f, QStringLiteral("SELECT effective_at FROM door_change WHERE seq > ?"), {seq}).toLongLong(),
            start);
        auto detail = f.queries->person(f.owner, res->person.id);
        QVERIFY2(detail.ok(), why(detail));
        QCOMPARE_ENUM(detail->status, PersonStatus::Invited);
    }

    void inviteWithoutExpiryWarns()
    {
        Fixture f;
        InviteRequest r = f.inviteRequest(QStringLiteral("forever@example.com"), {f.residentKey.id});
        r.expiresAt.reset();
        auto res = f.access->invite(f.owner, r);
        QVERIFY2(res.ok(), why(res));
        QCOMPARE(res->warnings.size(), 1);
        QVERIFY(res->warnings[0].contains(QStringLiteral("expiration")));
        QVERIFY(!res->grants[0].expiresAt);
        QVERIFY(!grantOf(f, res->person.id, res->grants[0].id).expiresAt);
    }

    void inviteWithSeveralKeysTellsEachDoorOnce()
    {
        Fixture f;
        const qint64 seq = f.lastSeq();
        auto res = f.access->invite(f.owner, f.inviteRequest(QStringLiteral("multi@example.com"),
                                                             {f.residentKey.id, f.gymKey.id, f.staffKey.id}));
        QVERIFY2(res.ok(), why(res));
        QCOMPARE(res->grants.size(), 3);
        QCOMPARE(f.changedDoorsSince(seq), sorted({f.lobby.id, f.unit101.id, f.gym.id}));
    }

    // Bug: the same key listed twice gave the person two grants of it (and addKey then refused the
    // second as a duplicate, so the person could never change its expiry cleanly).
    void inviteWithARepeatedKeyGrantsItOnce()
    {
        Fixture f;
        auto res = f.access->invite(f.owner, f.inviteRequest(QStringLiteral("twice@example.com"),
                                                             {f.residentKey.id, f.residentKey.id}));
        QVERIFY2(res.ok(), why(res));
        QCOMPARE(res->grants.size(), 1);
        QCOMPARE(f.countRows(QStringLiteral("access_grant")), 1);
    }

    void addKeyGrantsAndTellsOnlyThatKeysDoors()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        const qint64 seq = f.lastSeq();
        const Id act = f.lastActivityId();
        const int grants = f.countRows(QStringLiteral("access_grant"));
        const qint64 expiry = f.clock.nowSecs() + 90 * 86400;
        auto g = f.access->addKey(f.owner, ana.id, f.staffKey.id, std::nullopt, expiry);
        QVERIFY2(g.ok(), why(g));
        QVERIFY(g->id > 0);
        QCOMPARE(g->personId, ana.id);
        QCOMPARE(g->keyId, f.staffKey.id);
        QCOMPARE(g->startsAt, f.clock.nowSecs());
        QCOMPARE(g->expiresAt, std::optional<qint64>(expiry));
        QCOMPARE(f.countRows(QStringLiteral("access_grant")), grants + 1);
        QCOMPARE(grantOf(f, ana.id, g->id).expiresAt, std::optional<qint64>(expiry));
        QCOMPARE(f.changedDoorsSince(seq), sorted({f.lobby.id, f.gym.id}));
        CHECK_ONE_ACTIVITY(f, act, "grant-add", std::optional<Id>(ana.id));
    }

    void changeExpiry()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        const Id grantId = f.queries->person(f.owner, ana.id)->grants[0].grant.id;
        const qint64 seq = f.lastSeq();
        const Id act = f.lastActivityId();
        const qint64 newExpiry = f.clock.nowSecs() + 30 * 86400;
        auto g = f.access->setGrantExpiry(f.owner, grantId, newExpiry);
        QVERIFY2(g.ok(), why(g));
        QCOMPARE(g->id, grantId);
        QCOMPARE(g->expiresAt, std::optional<qint64>(newExpiry));
        QCOMPARE(grantOf(f, ana.id, grantId).expiresAt, std::optional<qint64>(newExpiry));
        QCOMPARE(f.changedDoorsSince(seq), sorted({f.lobby.id, f.unit101.id}));
        CHECK_ONE_ACTIVITY(f, act, "grant-expiry", std::optional<Id>(ana.id));
        // Shortened: the doors must know by the new expiry.
        QCOMPARE(cell(f, QStringLiteral("SELECT min(effective_at) FROM door_change WHERE seq > ?"), {seq})
                     .toLongLong(),
                 newExpiry);
        // Removing the expiry stores NULL.
        auto open = f.access->setGrantExpiry(f.owner, grantId, std::nullopt);
        QVERIFY2(open.ok(), why(open));
        QVERIFY(!grantOf(f, ana.id, grantId).expiresAt);
    }

    // Bug: extending an expiry recorded the NEW expiry as the moment the doors must know. The doors still
    // hold the old one and refuse the person from then on, so the sync is due by the OLD expiry.
    void extendingExpiryIsDueByTheOldExpiry()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        const Grant g = f.queries->person(f.owner, ana.id)->grants[0].grant;
        const qint64 seq = f.lastSeq();
        auto longer = f.access->setGrantExpiry(f.owner, g.id, *g.expiresAt + 365 * 86400);
        QVERIFY2(longer.ok(), why(longer));
        QCOMPARE(cell(f, QStringLiteral("SELECT max(effective_at) FROM door_change WHERE seq > ?"), {seq})
                     .toLongLong(),
                 *g.expiresAt);
        const qint64 seq2 = f.lastSeq();
        auto open = f.access->setGrantExpiry(f.owner, g.id, std::nullopt);
        QVERIFY2(open.ok(), why(open));
        QCOMPARE(cell(f, QStringLiteral("SELECT max(effective_at) FROM door_change WHERE seq > ?"), {seq2})
                     .toLongLong(),
                 *g.expiresAt + 365 * 86400);
    }

    void removeKey()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id, f.gymKey.id});
        auto detail = f.queries->person(f.owner, ana.id);
        Id gymGrant = 0;
        for (const auto &gv : detail->grants)
            if (gv.grant.keyId == f.gymKey.id)
                gymGrant = gv.grant.id;
        const qint64 seq = f.lastSeq();
        const Id act = f.lastActivityId();
        auto st = f.access->removeKey(f.owner, gymGrant);
        QVERIFY2(st.ok(), why(st));
        const Grant ended = grantOf(f, ana.id, gymGrant);
        QCOMPARE(ended.endedAt, std::optional<qint64>(f.clock.nowSecs()));
        QCOMPARE_ENUM(ended.endReason, EndReason::Removed);
        QCOMPARE(f.countRows(QStringLiteral("access_grant WHERE ended_at IS NULL")), 1);
        QCOMPARE(f.changedDoorsSince(seq), QList<Id>{f.gym.id});
        CHECK_ONE_ACTIVITY(f, act, "grant-remove", std::optional<Id>(ana.id));
        QCOMPARE_ENUM(f.queries->person(f.owner, ana.id)->status, PersonStatus::Active);
    }

    void revokeAll()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id, f.staffKey.id});
        const qint64 seq = f.lastSeq();
        const Id act = f.lastActivityId();
        auto res = f.access->revokeAll(f.owner, ana.id);
        QVERIFY2(res.ok(), why(res));
        QCOMPARE(res->grantsEnded, 2);
        QCOMPARE(res->sharesEnded, 0);
        QCOMPARE(res->doorsToSync, sorted({f.lobby.id, f.unit101.id, f.gym.id}));
        QCOMPARE(f.changedDoorsSince(seq), sorted({f.lobby.id, f.unit101.id, f.gym.id}));
        QCOMPARE(f.countRows(QStringLiteral("access_grant WHERE ended_at IS NULL")), 0);
        QCOMPARE(f.countRows(QStringLiteral("access_grant WHERE end_reason = 'revoked'")), 2);
        const PersonDetail revoked = detailOf(f, ana.id);
        QCOMPARE(revoked.person.revokedAt, std::optional<qint64>(f.clock.nowSecs()));
        QVERIFY(!revoked.person.deletedAt);
        QCOMPARE_ENUM(revoked.status, PersonStatus::Revoked);
        CHECK_ONE_ACTIVITY(f, act, "revoke", std::optional<Id>(ana.id));
    }

    void deletePerson()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.gymKey.id});
        auto card = f.access->enrollKeycard(f.owner, ana.id, QStringLiteral("04:A2:2B:3C"));
        QVERIFY2(card.ok(), why(card));
        const qint64 seq = f.lastSeq();
        const Id act = f.lastActivityId();
        auto res = f.access->deletePerson(f.owner, ana.id);
        QVERIFY2(res.ok(), why(res));
        QCOMPARE(res->grantsEnded, 1);
        QCOMPARE(res->keycardsDisabled, 1);
        QCOMPARE(res->doorsToSync, QList<Id>{f.gym.id});
        QCOMPARE(f.changedDoorsSince(seq), QList<Id>{f.gym.id});
        QCOMPARE(cell(f, QStringLiteral("SELECT deleted_at FROM person WHERE id = ?"), {ana.id}).toLongLong(),
                 f.clock.nowSecs());
        QCOMPARE(f.countRows(QStringLiteral("access_grant WHERE end_reason = 'deleted'")), 1);
        QCOMPARE(f.countRows(QStringLiteral("keycard WHERE removed_at IS NOT NULL AND active = 0")), 1);
        QCOMPARE(f.countRows(QStringLiteral("person")), 1); // history is kept, the row is only marked
        CHECK_ONE_ACTIVITY(f, act, "delete", std::optional<Id>(ana.id));
    }

    void guestSharePermanentAndTimed_data()
    {
        QTest::addColumn<bool>("timed");
        QTest::newRow("permanent") << false;
        QTest::newRow("timed") << true;
    }
    void guestSharePermanentAndTimed()
    {
        QFETCH(bool, timed);
        Fixture f;
        const Person host =
            f.invite(QStringLiteral("host@example.com"), {f.residentKey.id, f.gymKey.id}, true, true);
        const qint64 seq = f.lastSeq();
        const Id act = f.lastActivityId();
        const int people = f.countRows(QStringLiteral("person"));
        ShareRequest r;
        r.hostPersonId = host.id;
        r.guest.firstName = QStringLiteral("Gus");
        r.guest.email = QStringLiteral("gus@example.com");
        r.keyIds = {f.residentKey.id};
        if (timed)
            r.expiresAt = f.clock.nowSecs() + 3 * 86400;
        auto res = f.access->share(f.owner, r);
        QVERIFY2(res.ok(), why(res));
        QVERIFY(res->guest.id > 0);
        QCOMPARE(res->guest.hostPersonId, std::optional<Id>(host.id));
        QCOMPARE(res->shares.size(), 1);
        QCOMPARE(res->shares[0].permanent(), !timed);
        QCOMPARE(res->shares[0].hostPersonId, host.id);
        QCOMPARE(res->shares[0].guestPersonId, res->guest.id);
        QCOMPARE(res->shares[0].startsAt, f.clock.nowSecs());
        QCOMPARE(res->doorsToSync, sorted({f.lobby.id, f.unit101.id}));
        QCOMPARE(f.countRows(QStringLiteral("person")), people + 1);
        QCOMPARE(f.countRows(QStringLiteral("guest_share")), 1);
        QCOMPARE(cell(f, QStringLiteral("SELECT expires_at IS NULL FROM guest_share")).toBool(), !timed);
        QCOMPARE(f.changedDoorsSince(seq), sorted({f.lobby.id, f.unit101.id}));
        const auto events = f.activitySince(act);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].action, QStringLiteral("share"));
        QCOMPARE(events[0].personId, std::optional<Id>(res->guest.id));
        QCOMPARE(events[0].managerId, std::optional<Id>(f.owner.id));
        QVERIFY(events[0].actor.contains(QStringLiteral("host Tester")));
        QVERIFY(events[0].actor.contains(ownerLabel()));
        QVERIFY(events[0].detail.contains(timed ? QStringLiteral("until") : QStringLiteral("permanently")));
        auto guest = f.queries->person(f.owner, res->guest.id);
        QVERIFY2(guest.ok(), why(guest));
        QCOMPARE_ENUM(guest->status, PersonStatus::Active);
        QCOMPARE(guest->guestPasses.size(), 1);
    }

    void keycardEnrollActivateDeactivate()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        qint64 seq = f.lastSeq();
        Id act = f.lastActivityId();
        auto card = f.access->enrollKeycard(f.owner, ana.id, QStringLiteral("04:a2:2b:3c:91:5e:80"));
        QVERIFY2(card.ok(), why(card));
        QCOMPARE(card->serial, QStringLiteral("04A22B3C915E80"));
        QVERIFY(card->active);
        QCOMPARE(card->personId, ana.id);
        QCOMPARE(cardOf(f, ana.id, card->id).serial, card->serial);
        QCOMPARE(f.changedDoorsSince(seq), sorted({f.lobby.id, f.unit101.id}));
        CHECK_ONE_ACTIVITY(f, act, "keycard-enroll", std::optional<Id>(ana.id));

        seq = f.lastSeq();
        act = f.lastActivityId();
        auto off = f.access->setKeycardActive(f.owner, card->id, false);
        QVERIFY2(off.ok(), why(off));
        QVERIFY(!off->active);
        QVERIFY(!cardOf(f, ana.id, card->id).active);
        QCOMPARE(f.changedDoorsSince(seq), sorted({f.lobby.id, f.unit101.id}));
        CHECK_ONE_ACTIVITY(f, act, "keycard-deactivate", std::optional<Id>(ana.id));

        seq = f.lastSeq();
        act = f.lastActivityId();
        auto on = f.access->setKeycardActive(f.owner, card->id, true);
        QVERIFY2(on.ok(), why(on));
        QVERIFY(on->active);
        QVERIFY(cardOf(f, ana.id, card->id).active);
        QCOMPARE(f.changedDoorsSince(seq), sorted({f.lobby.id, f.unit101.id}));
        CHECK_ONE_ACTIVITY(f, act, "keycard-activate", std::optional<Id>(ana.id));

        // Enrolled inactive: recorded, but no door has anything new to learn.
        seq = f.lastSeq();
        auto spare = f.access->enrollKeycard(f.owner, ana.id, QStringLiteral("0badcafe"), false);
        QVERIFY2(spare.ok(), why(spare));
        QVERIFY(!spare->active);
        QCOMPARE(f.changedDoorsSince(seq), QList<Id>{});
    }

    void propertyDoorKeyManagerAdd()
    {
        Fixture f;
        qint64 seq = f.lastSeq();
        Id act = f.lastActivityId();
        Property in;
        in.name = QStringLiteral("Birch Hall");
        in.timeZone = QStringLiteral(" Europe/Paris ");
        in.region = QStringLiteral("fr");
        auto p = f.directory->addProperty(f.owner, in);
        QVERIFY2(p.ok(), why(p));
        QCOMPARE(p->timeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(p->region, QStringLiteral("FR"));
        QCOMPARE(p->portfolioId, f.owner.portfolioId);
        QCOMPARE(cell(f, QStringLiteral("SELECT time_zone FROM property WHERE id = ?"), {p->id}).toString(),
                 QStringLiteral("Europe/Paris"));
        CHECK_ONE_ACTIVITY(f, act, "property-add", std::optional<Id>());

        act = f.lastActivityId();
        Door d;
        d.propertyId = p->id;
        d.name = QStringLiteral("Front");
        d.type = DoorType::BuildingEntrance;
        auto door = f.directory->addDoor(f.owner, d);
        QVERIFY2(door.ok(), why(door));
        QCOMPARE(cell(f, QStringLiteral("SELECT connectivity FROM door WHERE id = ?"), {door->id}).toString(),
                 QStringLiteral("offline"));
        CHECK_ONE_ACTIVITY(f, act, "door-add", std::optional<Id>());
        QCOMPARE(f.activitySince(act)[0].doorId, std::optional<Id>(door->id));

        act = f.lastActivityId();
        Key k;
        k.propertyId = p->id;
        k.name = QStringLiteral("Front door");
        k.doorIds = {door->id};
        k.schedule = Schedule::parse(QStringLiteral("Mon-Fri 08:00-18:00")).value();
        k.shareable = false;
        k.doorcodesAllowed = false;
        auto key = f.directory->addKey(f.owner, k);
        QVERIFY2(key.ok(), why(key));
        QCOMPARE(f.countRows(QStringLiteral("key_door WHERE key_id = %1").arg(key->id)), 1);
        QCOMPARE(
            cell(f, QStringLiteral("SELECT schedule FROM access_key WHERE id = ?"), {key->id}).toString(),
            QStringLiteral("Mon-Fri 08:00-18:00"));
        QCOMPARE(cell(f, QStringLiteral("SELECT shareable FROM access_key WHERE id = ?"), {key->id}).toInt(),
                 0);
        CHECK_ONE_ACTIVITY(f, act, "key-add", std::optional<Id>());

        act = f.lastActivityId();
        ManagerRequest m;
        m.name = QStringLiteral("Pat Property");
        m.email = QStringLiteral("pat@acme.test");
        m.password = QStringLiteral("a long enough password");
        m.keyManagement = KeyManagement::Specific;
        m.propertyIds = {p->id};
        m.keyIds = {key->id};
        m.deviceManagement = true;
        auto mgr = f.directory->addManager(f.owner, m);
        QVERIFY2(mgr.ok(), why(mgr));
        QCOMPARE_ENUM(mgr->role, ManagerRole::PropertyManager);
        QCOMPARE(mgr->propertyIds, QList<Id>{p->id});
        QCOMPARE(mgr->keyIds, QList<Id>{key->id});
        QCOMPARE(f.countRows(QStringLiteral("manager_property WHERE manager_id = %1").arg(mgr->id)), 1);
        QCOMPARE(f.countRows(QStringLiteral("manager_key WHERE manager_id = %1").arg(mgr->id)), 1);
        const QString hash =
            cell(f, QStringLiteral("SELECT password_hash FROM manager WHERE id = ?"), {mgr->id}).toString();
        QVERIFY(hash.startsWith(QStringLiteral("scrypt$")));
        QVERIFY(verifyPassword(m.password, hash));
        CHECK_ONE_ACTIVITY(f, act, "manager-add", std::optional<Id>());
        auto signedIn = f.directory->authenticate(QStringLiteral("pat@acme.test"), m.password);
        QVERIFY2(signedIn.ok(), why(signedIn));
        QCOMPARE_ENUM(signedIn->keyManagement, KeyManagement::Specific);
        QVERIFY(signedIn->deviceManagement);

        // None of these changes what any door enforces.
        QCOMPARE(f.changedDoorsSince(seq), QList<Id>{});
    }

    void keyEditTellsEveryDoorItOpenedOrOpens()
    {
        Fixture f;
        const qint64 seq = f.lastSeq();
        const Id act = f.lastActivityId();
        Key k = f.gymKey;                        // opens Gym
        k.doorIds = {f.unit101.id, f.garage.id}; // now Unit 101 and the online Garage
        k.schedule = Schedule::parse(QStringLiteral("Sat,Sun 10:00-14:00")).value();
        k.shareable = false;
        auto edited = f.directory->editKey(f.owner, k);
        QVERIFY2(edited.ok(), why(edited));
        QCOMPARE(edited->doorIds, k.doorIds);
        auto stored = f.directory->keys(f.owner, f.property.id);
        QVERIFY(stored.ok());
        bool found = false;
        for (const Key &s : *stored) {
            if (s.id == k.id) {
                found = true;
                QCOMPARE(s.schedule.toText(), QStringLiteral("Sat,Sun 10:00-14:00"));
                QCOMPARE(sorted(s.doorIds), sorted({f.unit101.id, f.garage.id}));
                QVERIFY(!s.shareable);
            }
        }
        QVERIFY(found);
        QCOMPARE(f.changedDoorsSince(seq), sorted({f.gym.id, f.unit101.id}));
        CHECK_ONE_ACTIVITY(f, act, "key-edit", std::optional<Id>());
    }

    void keyDeleteEndsGrantsAndShares()
    {
        Fixture f;
        const Person host =
            f.invite(QStringLiteral("host@example.com"), {f.gymKey.id, f.residentKey.id}, true, true);
        ShareRequest r;
        r.hostPersonId = host.id;
        r.guest.firstName = QStringLiteral("Gus");
        r.guest.email = QStringLiteral("gus@example.com");
        r.keyIds = {f.gymKey.id};
        QVERIFY(f.access->share(f.owner, r).ok());
        const qint64 seq = f.lastSeq();
        const Id act = f.lastActivityId();
        auto st = f.directory->deleteKey(f.owner, f.gymKey.id);
        QVERIFY2(st.ok(), why(st));
        QVERIFY(!cell(f, QStringLiteral("SELECT deleted_at FROM access_key WHERE id = ?"), {f.gymKey.id})
                     .isNull());
        QCOMPARE(f.countRows(
                     QStringLiteral("access_grant WHERE key_id = %1 AND ended_at IS NULL").arg(f.gymKey.id)),
                 0);
        QCOMPARE(f.countRows(QStringLiteral("guest_share WHERE ended_at IS NULL")), 0);
        QCOMPARE(f.countRows(QStringLiteral("access_grant WHERE ended_at IS NULL")), 1); // the resident key
        QCOMPARE(f.changedDoorsSince(seq), QList<Id>{f.gym.id});
        CHECK_ONE_ACTIVITY(f, act, "key-delete", std::optional<Id>());
        auto keys = f.directory->keys(f.owner, f.property.id);
        QVERIFY(keys.ok());
        for (const Key &k : *keys)
            QVERIFY(k.id != f.gymKey.id);
        // A deleted key can no longer be given.
        auto again = f.access->addKey(f.owner, host.id, f.gymKey.id, std::nullopt, std::nullopt);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"

// The cascade rules of the seed article: revoke -> guest shares; delete -> permanent guests, keycards,
// activity kept, re-invite; remove key -> permanent passes on it; shorter host expiry -> clamped passes.
#include "fixture.h"

#include <QTest>

using namespace porter;
using namespace porter::test;

namespace {

PersonStatus statusOf(Fixture &f, Id personId)
{
    return f.queries->person(f.owner, personId).value().status;
}

QList<Id> listed(Fixture &f, bool showExpired, const QString &search = {})
{
    PeopleFilter filter;
    filter.propertyId = f.property.id;
    filter.showExpired = showExpired;
    filter.search = search;
    QList<Id> ids;
    const QList<PersonRow> rows = f.queries->people(f.owner, filter).value();
    for (const PersonRow &row : rows)
        ids << row.person.id;
    return ids;
}

struct Guests
{
    Person host;
    Person permanent; // a permanent pass on the resident key
    Person timed;     // a pass on the resident and gym keys until `until`
    qint64 until = 0;
};

Guests hostWithGuests(Fixture &f)
{
    Guests g;
    g.host = f.invite(QStringLiteral("host@example.com"), {f.residentKey.id, f.gymKey.id}, true, true);
    ShareRequest r;
    r.hostPersonId = g.host.id;
    r.guest.firstName = QStringLiteral("Perm");
    r.guest.email = QStringLiteral("perm@example.com");
    r.keyIds = {f.residentKey.id};
    g.permanent = f.access->share(f.owner, r).value().guest;
    g.until = f.clock.nowSecs() + 5 * 86400;
    r.guest.firstName = QStringLiteral("Timed");
    r.guest.email = QStringLiteral("timed@example.com");
    r.keyIds = {f.residentKey.id, f.gymKey.id};
    r.expiresAt = g.until;
    g.timed = f.access->share(f.owner, r).value().guest;
    return g;
}

int openSharesOf(Fixture &f, Id guestId)
{
    return f.countRows(
        QStringLiteral("guest_share WHERE guest_person_id = %1 AND ended_at IS NULL").arg(guestId));
}

} // namespace

class TestCascades : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revokeEndsEveryGuestShareThePersonMade()
    {
        Fixture f;
        const Guests g = hostWithGuests(f);
        QCOMPARE_ENUM(statusOf(f, g.permanent.id), PersonStatus::Active);
        QCOMPARE_ENUM(statusOf(f, g.timed.id), PersonStatus::Active);
        const qint64 seq = f.lastSeq();
        auto res = f.access->revokeAll(f.owner, g.host.id);
        QVERIFY2(res.ok(), why(res));
        QCOMPARE(res->grantsEnded, 2);
        QCOMPARE(res->sharesEnded, 3); // permanent x1, timed x2 keys
        QCOMPARE(openSharesOf(f, g.permanent.id), 0);
        QCOMPARE(openSharesOf(f, g.timed.id), 0);
        QCOMPARE(f.countRows(QStringLiteral("guest_share WHERE end_reason = 'host-revoked'")), 3);
        QVERIFY(statusOf(f, g.permanent.id) != PersonStatus::Active);
        QVERIFY(statusOf(f, g.timed.id) != PersonStatus::Active);
        // Every door the host or a guest could open is told.
        QCOMPARE(res->doorsToSync, (QList<Id>{f.lobby.id, f.unit101.id, f.gym.id}));
        QCOMPARE(f.changedDoorsSince(seq), (QList<Id>{f.lobby.id, f.unit101.id, f.gym.id}));
        // The host is revoked: listed only with Show expired.
        QCOMPARE_ENUM(statusOf(f, g.host.id), PersonStatus::Revoked);
        QVERIFY(!listed(f, false).contains(g.host.id));
        QVERIFY(listed(f, true).contains(g.host.id));
        QVERIFY(!listed(f, false).contains(g.permanent.id));
        QVERIFY(!listed(f, false).contains(g.timed.id));
    }

    void regrantAfterRevokeMakesThemActiveAgain()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        QVERIFY(f.access->revokeAll(f.owner, ana.id).ok());
        QVERIFY(f.queries->person(f.owner, ana.id)->person.revokedAt);
        auto g = f.access->addKey(f.owner, ana.id, f.residentKey.id, std::nullopt, std::nullopt);
        QVERIFY2(g.ok(), why(g));
        auto detail = f.queries->person(f.owner, ana.id);
        QVERIFY(detail.ok());
        QCOMPARE_ENUM(detail->status, PersonStatus::Active);
        QVERIFY(!detail->person.revokedAt);
        QCOMPARE(detail->grants.size(), 2); // the revoked one is still shown, ended
        QVERIFY(listed(f, false).contains(ana.id));
        // A second invitation is still refused: she is listed, give her keys instead.
        auto again =
            f.access->invite(f.owner, f.inviteRequest(QStringLiteral("ana@example.com"), {f.gymKey.id}));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
    }

    void deleteCascades()
    {
        Fixture f;
        const Guests g = hostWithGuests(f);
        auto card = f.access->enrollKeycard(f.owner, g.host.id, QStringLiteral("04:A2:2B:3C:91:5E:80"));
        QVERIFY2(card.ok(), why(card));
        const qint64 seq = f.lastSeq();
        auto res = f.access->deletePerson(f.owner, g.host.id);
        QVERIFY2(res.ok(), why(res));
        QCOMPARE(res->sharesEnded, 1);
        QCOMPARE(res->keycardsDisabled, 1);
        QCOMPARE(f.changedDoorsSince(seq), (QList<Id>{f.lobby.id, f.unit101.id, f.gym.id}));
        // Gone from People, with and without Show expired, and from searches.
        QVERIFY(!listed(f, false).contains(g.host.id));
        QVERIFY(!listed(f, true).contains(g.host.id));
        QVERIFY(listed(f, true, QStringLiteral("host")).isEmpty());
        // Permanent guests lose access; timed guests keep it until their end.
        QCOMPARE(openSharesOf(f, g.permanent.id), 0);
        QCOMPARE(f.countRows(QStringLiteral("guest_share WHERE end_reason = 'host-deleted'")), 1);
        QVERIFY(statusOf(f, g.permanent.id) != PersonStatus::Active);
        QCOMPARE(openSharesOf(f, g.timed.id), 2);
        QCOMPARE_ENUM(statusOf(f, g.timed.id), PersonStatus::Active);
        QVERIFY(listed(f, false).contains(g.timed.id));
        f.clock.set(g.until);
        QCOMPARE_ENUM(statusOf(f, g.timed.id), PersonStatus::Expired);
        QVERIFY(!listed(f, false).contains(g.timed.id));
        // The keycard is free for someone else.
        const Person ben = f.invite(QStringLiteral("ben@example.com"), {f.residentKey.id});
        auto reused = f.access->enrollKeycard(f.owner, ben.id, QStringLiteral("04A22B3C915E80"));
        QVERIFY2(reused.ok(), why(reused));
        // Their history stays readable, by person and in their detail.
        ActivityFilter filter;
        filter.personId = g.host.id;
        auto history = f.queries->activity(f.owner, filter);
        QVERIFY2(history.ok(), why(history));
        QStringList actions;
        for (const auto &e : *history)
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("invite")));
        QVERIFY(actions.contains(QStringLiteral("keycard-enroll")));
        QVERIFY(actions.contains(QStringLiteral("delete")));
        auto detail = f.queries->person(f.owner, g.host.id);
        QVERIFY2(detail.ok(), why(detail));
        QCOMPARE_ENUM(detail->status, PersonStatus::Deleted);
        QVERIFY(detail->person.deletedAt);
        QVERIFY(!detail->activity.isEmpty());
        QCOMPARE(detail->grants.size(), 2);
        // Granting again needs a new invitation, which makes a new person.
        auto readd = f.access->addKey(f.owner, g.host.id, f.gymKey.id, std::nullopt, std::nullopt);
        QVERIFY(!readd.ok());
        QCOMPARE(readd.error().code, ErrorCode::NotFound);
        auto reinvite = f.access->invite(
            f.owner, f.inviteRequest(QStringLiteral("HOST@example.com"), {f.residentKey.id}));
        QVERIFY2(reinvite.ok(), why(reinvite));
        QVERIFY(reinvite->person.id != g.host.id);
        QVERIFY(listed(f, false).contains(reinvite->person.id));
    }

    void removeKeyEndsPermanentPassesOnThatKeyOnly()
    {
        Fixture f;
        const Guests g = hostWithGuests(f);
        // A permanent pass on the gym key as well.
        ShareRequest r;
        r.hostPersonId = g.host.id;
        r.guest.firstName = QStringLiteral("Perm");
        r.guest.email = QStringLiteral("perm@example.com");
        r.keyIds = {f.gymKey.id};
        QVERIFY(f.access->share(f.owner, r).ok());
        QCOMPARE(openSharesOf(f, g.permanent.id), 2);
        Id residentGrant = 0;
        const PersonDetail detail = f.queries->person(f.owner, g.host.id).value();
        for (const auto &gv : detail.grants)
            if (gv.grant.keyId == f.residentKey.id)
                residentGrant = gv.grant.id;
        QVERIFY(f.access->removeKey(f.owner, residentGrant).ok());
        // The permanent resident pass ends; the permanent gym pass and the timed passes stay.
        QCOMPARE(f.countRows(
                     QStringLiteral("guest_share WHERE guest_person_id = %1 AND key_id = %2 AND ended_at IS "
                                    "NULL")
                         .arg(g.permanent.id)
                         .arg(f.residentKey.id)),
                 0);
        QCOMPARE(f.countRows(
                     QStringLiteral("guest_share WHERE guest_person_id = %1 AND key_id = %2 AND ended_at IS "
                                    "NULL")
                         .arg(g.permanent.id)
                         .arg(f.gymKey.id)),
                 1);
        QCOMPARE(openSharesOf(f, g.timed.id), 2);
    }

    void shorteningTheHostsExpiryClampsGuestPasses()
    {
        Fixture f;
        const Guests g = hostWithGuests(f);
        Id residentGrant = 0;
        const PersonDetail detail = f.queries->person(f.owner, g.host.id).value();
        for (const auto &gv : detail.grants)
            if (gv.grant.keyId == f.residentKey.id)
                residentGrant = gv.grant.id;
        const qint64 newEnd = f.clock.nowSecs() + 2 * 86400; // before the timed pass's end
        QVERIFY(f.access->setGrantExpiry(f.owner, residentGrant, newEnd).ok());
        auto passes = [&](Id guest, Id key) {
            return f.db
                ->scalar(QStringLiteral(
                             "SELECT expires_at FROM guest_share WHERE guest_person_id = ? AND key_id = ?"),
                         {guest, key})
                .value();
        };
        QCOMPARE(passes(g.permanent.id, f.residentKey.id).toLongLong(), newEnd);
        QCOMPARE(passes(g.timed.id, f.residentKey.id).toLongLong(), newEnd);
        // The gym pass is on another key: untouched.
        QCOMPARE(passes(g.timed.id, f.gymKey.id).toLongLong(), g.until);
        // And a new pass cannot outlast the new end.
        ShareRequest r;
        r.hostPersonId = g.host.id;
        r.guest.firstName = QStringLiteral("Late");
        r.guest.email = QStringLiteral("late@example.com");
        r.keyIds = {f.residentKey.id};
        r.expiresAt = newEnd + 1;
        QVERIFY(!f.access->share(f.owner, r).ok());
    }

    // A guest who is revoked themselves loses their passes; the host keeps theirs.
    void revokingAGuestEndsOnlyTheirPasses()
    {
        Fixture f;
        const Guests g = hostWithGuests(f);
        auto res = f.access->revokeAll(f.owner, g.timed.id);
        QVERIFY2(res.ok(), why(res));
        QCOMPARE(openSharesOf(f, g.timed.id), 0);
        QCOMPARE(openSharesOf(f, g.permanent.id), 1);
        QCOMPARE_ENUM(statusOf(f, g.host.id), PersonStatus::Active);
        QCOMPARE_ENUM(statusOf(f, g.timed.id), PersonStatus::Revoked);
    }
};

QTEST_GUILESS_MAIN(TestCascades)
#include "tst_cascades.moc"

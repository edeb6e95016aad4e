// Edit details, end a guest pass, resend the welcome email (issue 9): each one transaction with its
// permission check, its activity record and the offline doors it affects journaled.
#include "access/outboxservice.h"
#include "fixture.h"

#include <QTest>

using namespace porter;
using namespace porter::test;

namespace {

PersonEdit editOf(const Person &p)
{
    PersonEdit e;
    e.contact.firstName = p.firstName;
    e.contact.lastName = p.lastName;
    e.contact.email = p.email;
    e.contact.phone = p.phone;
    e.resident = p.resident;
    e.mayShare = p.mayShare;
    return e;
}

ShareRequest shareOf(Id host, const QString &email, Id keyId, std::optional<qint64> expiresAt)
{
    ShareRequest r;
    r.hostPersonId = host;
    r.guest.firstName = email.section(QLatin1Char('@'), 0, 0);
    r.guest.email = email;
    r.keyIds = {keyId};
    r.expiresAt = expiresAt;
    return r;
}

} // namespace

class TestPersonEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editWritesDetailsSearchKeyAndActivity()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        const Id before = f.lastActivityId();
        const qint64 seq = f.lastSeq();
        PersonEdit e = editOf(ana);
        e.contact.firstName = QStringLiteral("Ána");
        e.contact.lastName = QStringLiteral("Öztürk");
        e.contact.email = QStringLiteral("Ana.Oz@Example.com");
        e.contact.phone = QStringLiteral("+1 212 555 0199");
        e.resident = false;
        auto r = f.access->editPerson(f.owner, ana.id, e);
        QVERIFY2(r.ok(), why(r));
        QCOMPARE(r->changed, (QStringList{QStringLiteral("name"), QStringLiteral("email"),
                                          QStringLiteral("phone"), QStringLiteral("not resident")}));
        auto d = f.queries->person(f.owner, ana.id);
        QVERIFY2(d.ok(), why(d));
        QCOMPARE(d->person.displayName(), QStringLiteral("Ána Öztürk"));
        QCOMPARE(d->person.email, QStringLiteral("Ana.Oz@example.com")); // the domain folded, as at invite
        QCOMPARE(d->person.phone, QStringLiteral("+12125550199"));
        QVERIFY(!d->person.resident);
        // The search key follows the new details: the new surname (any accents) finds her, the old one not.
        PeopleFilter filter;
        filter.propertyId = f.property.id;
        filter.search = QStringLiteral("ozturk");
        auto found = f.queries->people(f.owner, filter);
        QVERIFY2(found.ok(), why(found));
        QCOMPARE(found->size(), 1);
        filter.search = QStringLiteral("tester");
        QCOMPARE(f.queries->people(f.owner, filter)->size(), 0);
        const auto events = f.activitySince(before);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, QStringLiteral("person-edit"));
        QVERIFY(events.first().detail.contains(QStringLiteral("email")));
        // Contact details are not on the doors' lists: no door changes.
        QVERIFY(f.changedDoorsSince(seq).isEmpty());

        // The same details again: nothing written, nothing recorded.
        const auto snap = f.snapshot();
        auto again = f.access->editPerson(f.owner, ana.id, e);
        QVERIFY2(again.ok(), why(again));
        QVERIFY(again->changed.isEmpty());
        QCOMPARE(f.snapshot(), snap);
    }

    void editValidatesLikeInviteAndRefusesATakenEmail()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        const Person ben = f.invite(QStringLiteral("ben@example.com"), {f.residentKey.id});
        const auto snap = f.snapshot();
        PersonEdit e = editOf(ana);
        e.contact.email = QStringLiteral("not an email");
        auto bad = f.access->editPerson(f.owner, ana.id, e);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        e = editOf(ana);
        e.contact.phone = QStringLiteral("12");
        QCOMPARE(f.access->editPerson(f.owner, ana.id, e).error().code, ErrorCode::InvalidInput);
        e = editOf(ana);
        e.contact.firstName = QStringLiteral("  ");
        QCOMPARE(f.access->editPerson(f.owner, ana.id, e).error().code, ErrorCode::InvalidInput);
        e = editOf(ana);
        e.contact.email = QStringLiteral("BEN@example.com");
        auto taken = f.access->editPerson(f.owner, ana.id, e);
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().code, ErrorCode::Conflict);
        QVERIFY(taken.error().message.contains(ben.displayName()));
        QCOMPARE(f.snapshot(), snap);
    }

    void mayShareOffEndsPermanentPassesAndKeepsTimedOnes()
    {
        Fixture f;
        const Person host =
            f.invite(QStringLiteral("host@example.com"), {f.residentKey.id, f.gymKey.id}, true, true);
        auto permanent = f.access->share(
            f.owner, shareOf(host.id, QStringLiteral("nanny@example.com"), f.residentKey.id, {}));
        QVERIFY2(permanent.ok(), why(permanent));
        auto timed = f.access->share(f.owner, shareOf(host.id, QStringLiteral("visitor@example.com"),
                                                      f.gymKey.id, f.clock.nowSecs() + 7 * 86400));
        QVERIFY2(timed.ok(), why(timed));
        const qint64 seq = f.lastSeq();
        PersonEdit e = editOf(host);
        e.mayShare = false;
        auto r = f.access->editPerson(f.owner, host.id, e);
        QVERIFY2(r.ok(), why(r));
        QCOMPARE(r->sharesEnded, 1);
        QCOMPARE(r->doorsToSync, (QList<Id>{f.lobby.id, f.unit101.id}));
        QCOMPARE(f.changedDoorsSince(seq), (QList<Id>{f.lobby.id, f.unit101.id}));
        auto d = f.queries->person(f.owner, host.id);
        QVERIFY2(d.ok(), why(d));
        QVERIFY(!d->person.mayShare);
        int open = 0;
        for (const ShareView &s : d->guests) {
            if (!s.share.endedAt)
                ++open;
            if (s.share.keyId == f.residentKey.id)
                QVERIFY(s.share.endedAt);
            else
                QVERIFY(!s.share.endedAt);
        }
        QCOMPARE(open, 1);
        // And no new pass from now on.
        auto refused =
            f.access->share(f.owner, shareOf(host.id, QStringLiteral("late@example.com"), f.gymKey.id, {}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);

        // A guest can be renamed, but not made a resident or a sharer.
        PersonEdit g = editOf(timed->guest);
        g.contact.firstName = QStringLiteral("Vera");
        QVERIFY(f.access->editPerson(f.owner, timed->guest.id, g).ok());
        g.mayShare = true;
        QCOMPARE(f.access->editPerson(f.owner, timed->guest.id, g).error().code, ErrorCode::InvalidInput);
        g.mayShare = false;
        g.resident = true;
        QCOMPARE(f.access->editPerson(f.owner, timed->guest.id, g).error().code, ErrorCode::InvalidInput);
    }

    void endShareEndsOnePassAndJournalsItsDoors()
    {
        Fixture f;
        const Person host =
            f.invite(QStringLiteral("host@example.com"), {f.residentKey.id, f.gymKey.id}, true, true);
        auto s = f.access->share(f.owner,
                                 shareOf(host.id, QStringLiteral("nanny@example.com"), f.residentKey.id, {}));
        QVERIFY2(s.ok(), why(s));
        auto gym =
            f.access->share(f.owner, shareOf(host.id, QStringLiteral("nanny@example.com"), f.gymKey.id, {}));
        QVERIFY2(gym.ok(), why(gym));
        QCOMPARE(gym->guest.id, s->guest.id);
        const qint64 seq = f.lastSeq();
        const Id before = f.lastActivityId();
        auto r = f.access->endShare(f.owner, s->shares.first().id);
        QVERIFY2(r.ok(), why(r));
        QCOMPARE(r->doorsToSync, (QList<Id>{f.lobby.id, f.unit101.id}));
        QCOMPARE(f.changedDoorsSince(seq), (QList<Id>{f.lobby.id, f.unit101.id}));
        auto d = f.queries->person(f.owner, s->guest.id);
        QVERIFY2(d.ok(), why(d));
        QCOMPARE(d->guestPasses.size(), 2);
        for (const ShareView &v : d->guestPasses)
            QCOMPARE(bool(v.share.endedAt), v.share.keyId == f.residentKey.id);
        QCOMPARE_ENUM(d->status, PersonStatus::Active); // the gym pass still runs
        const auto events = f.activitySince(before);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, QStringLiteral("share-end"));
        QCOMPARE(events.first().personId, std::optional<Id>(s->guest.id));
        // Twice: refused, nothing written.
        const auto snap = f.snapshot();
        auto twice = f.access->endShare(f.owner, s->shares.first().id);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, ErrorCode::Conflict);
        QCOMPARE(f.snapshot(), snap);
        QCOMPARE(f.access->endShare(f.owner, 9999).error().code, ErrorCode::NotFound);
    }

    void resendWelcomeQueuesMailForThePersonOnly()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        f.invite(QStringLiteral("ben@example.com"), {f.residentKey.id});
        PersonEdit e = editOf(ana);
        e.contact.email = QStringLiteral("ana.new@example.com");
        QVERIFY(f.access->editPerson(f.owner, ana.id, e).ok());
        const Id before = f.lastActivityId();
        auto id = f.access->resendWelcome(f.owner, ana.id);
        QVERIFY2(id.ok(), why(id));
        OutboxFilter filter;
        filter.personId = ana.id;
        auto mail = f.backend->outbox().messages(f.owner, filter);
        QVERIFY2(mail.ok(), why(mail));
        QCOMPARE(mail->size(), 2);
        QCOMPARE(mail->last().id, *id);
        QCOMPARE(mail->last().to, QStringLiteral("ana.new@example.com"));
        QCOMPARE(mail->last().kind, QStringLiteral("welcome"));
        QVERIFY(mail->last().body.contains(QStringLiteral("ana.new@example.com")));
        QCOMPARE(mail->first().to, QStringLiteral("ana@example.com"));
        QCOMPARE(f.countRows(QStringLiteral("outbox")), 3);
        QCOMPARE(f.activitySince(before).size(), 1);
        QCOMPARE(f.activitySince(before).first().action, QStringLiteral("welcome-resend"));
        filter.personId = 9999;
        QCOMPARE(f.backend->outbox().messages(f.owner, filter).error().code, ErrorCode::NotFound);

        // Revoked: no key to welcome them to. Deleted: refused as for every operation on them.
        QVERIFY(f.access->revokeAll(f.owner, ana.id).ok());
        QCOMPARE(f.access->resendWelcome(f.owner, ana.id).error().code, ErrorCode::InvalidInput);
        QVERIFY(f.access->addKey(f.owner, ana.id, f.gymKey.id, {}, {}).ok());
        QVERIFY(f.access->resendWelcome(f.owner, ana.id).ok());
        QVERIFY(f.access->deletePerson(f.owner, ana.id).ok());
        const auto snap = f.snapshot();
        auto deleted = f.access->resendWelcome(f.owner, ana.id);
        QVERIFY(!deleted.ok());
        QCOMPARE(deleted.error().code, ErrorCode::NotFound);
        QCOMPARE(f.snapshot(), snap);
    }

    void rightsAreCheckedAndRefusalsRecorded()
    {
        Fixture f;
        const Person host = f.invite(QStringLiteral("host@example.com"), {f.residentKey.id}, true, true);
        auto s = f.access->share(f.owner,
                                 shareOf(host.id, QStringLiteral("nanny@example.com"), f.residentKey.id, {}));
        QVERIFY2(s.ok(), why(s));
        const Manager gymOnly =
            f.makeManager(QStringLiteral("gym@example.com"), KeyManagement::Specific, false, {f.gymKey.id});
        const Manager none = f.makeManager(QStringLiteral("none@example.com"), KeyManagement::None);
        const Manager limited = f.makeManager(QStringLiteral("lim@example.com"), KeyManagement::Limited);
        const Id before = f.lastActivityId();
        PersonEdit e = editOf(host);
        e.contact.firstName = QStringLiteral("Hostess");
        QCOMPARE(f.access->editPerson(gymOnly, host.id, e).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(f.access->endShare(gymOnly, s->shares.first().id).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(f.access->resendWelcome(none, host.id).error().code, ErrorCode::PermissionDenied);
        const auto events = f.activitySince(before);
        QCOMPARE(events.size(), 3);
        QStringList reasons;
        for (const ActivityEvent &ev : events) {
            QCOMPARE(ev.action, QStringLiteral("denied"));
            reasons << ev.reason;
        }
        QCOMPARE(reasons, (QStringList{QStringLiteral("person-edit"), QStringLiteral("share-end"),
                                       QStringLiteral("welcome-resend")}));
        // Limited Key Management may do all three.
        QVERIFY(f.access->editPerson(limited, host.id, e).ok());
        QVERIFY(f.access->resendWelcome(limited, host.id).ok());
        QVERIFY(f.access->endShare(limited, s->shares.first().id).ok());
    }
};

QTEST_GUILESS_MAIN(TestPersonEdit)
#include "tst_personedit.moc"

// Issue 7, item 5: several operations as one. A unit of work applies them all or none (each still
// all-or-nothing on its own, with its activity record and door changes), and a preview runs every check
// and writes nothing. Checked through the services and queries, with a snapshot of every table as the
// last word on "nothing was written".
#include "access/outboxservice.h"
#include "access/unitofwork.h"
#include "fixture.h"

#include <QTest>

using namespace porter;
using namespace porter::test;

namespace {

QList<Id> peopleIds(Fixture &f)
{
    PeopleFilter filter;
    filter.propertyId = f.property.id;
    filter.showExpired = true;
    auto rows = f.queries->people(f.owner, filter);
    if (!rows.ok())
        qFatal("people failed: %s", qPrintable(rows.error().message));
    QList<Id> out;
    for (const PersonRow &r : *rows)
        out << r.person.id;
    return out;
}

int outboxSize(Fixture &f)
{
    OutboxService outbox(*f.db, f.clock);
    auto mail = outbox.messages(f.owner);
    if (!mail.ok())
        qFatal("outbox failed: %s", qPrintable(mail.error().message));
    return int(mail->size());
}

} // namespace

class TestUnitOfWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Two invitations, then a third operation that fails: nothing of the first two remains — no
    // person, no grant, no welcome mail, no activity, no door change.
    void aFailureInTheThirdLeavesNothingOfTheFirstTwo()
    {
        Fixture f;
        const auto before = f.snapshot();
        const qint64 seq = f.lastSeq();
        const Id activity = f.lastActivityId();
        UnitOfWork unit(*f.db);
        Id first = 0, second = 0;
        auto st = unit.apply([&]() -> Status {
            auto a = f.access->invite(f.owner,
                                      f.inviteRequest(QStringLiteral("ann@example.com"), {f.residentKey.id}));
            if (!a.ok())
                return a.error();
            first = a->person.id;
            auto b =
                f.access->invite(f.owner, f.inviteRequest(QStringLiteral("bob@example.com"), {f.gymKey.id}));
            if (!b.ok())
                return b.error();
            second = b->person.id;
            // Ann again: refused, because the first invitation (not yet committed) is seen.
            auto c = f.access->invite(f.owner,
                                      f.inviteRequest(QStringLiteral("ann@example.com"), {f.staffKey.id}));
            if (!c.ok())
                return c.error();
            return {};
        });
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Conflict);
        QVERIFY(first > 0 && second > 0); // both had succeeded inside the unit
        QVERIFY(peopleIds(f).isEmpty());
        QCOMPARE(f.queries->person(f.owner, first).error().code, ErrorCode::NotFound);
        QCOMPARE(f.queries->person(f.owner, second).error().code, ErrorCode::NotFound);
        QCOMPARE(outboxSize(f), 0);
        QCOMPARE(f.lastSeq(), seq);                   // no door_change row
        QVERIFY(f.activitySince(activity).isEmpty()); // no activity row
        QCOMPARE(f.queries->syncTasks(f.owner, f.property.id, {})->size(), 0);
        QCOMPARE(f.snapshot(), before);
    }

    void successCommitsAllThree()
    {
        Fixture f;
        const qint64 seq = f.lastSeq();
        const Id activity = f.lastActivityId();
        UnitOfWork unit(*f.db);
        Id ann = 0, bob = 0;
        auto st = unit.apply([&]() -> Status {
            auto a = f.access->invite(f.owner,
                                      f.inviteRequest(QStringLiteral("ann@example.com"), {f.residentKey.id}));
            if (!a.ok())
                return a.error();
            ann = a->person.id;
            auto b =
                f.access->invite(f.owner, f.inviteRequest(QStringLiteral("bob@example.com"), {f.gymKey.id}));
            if (!b.ok())
                return b.error();
            bob = b->person.id;
            auto g = f.access->addKey(f.owner, ann, f.gymKey.id, std::nullopt, std::nullopt);
            if (!g.ok())
                return g.error();
            return {};
        });
        QVERIFY2(st.ok(), why(st));
        QCOMPARE(peopleIds(f).size(), 2);
        auto annDetail = f.queries->person(f.owner, ann);
        QVERIFY2(annDetail.ok(), why(annDetail));
        QCOMPARE(annDetail->grants.size(), 2);
        QVERIFY(f.queries->person(f.owner, bob).ok());
        QCOMPARE(outboxSize(f), 2);
        QVERIFY(f.lastSeq() > seq);
        QList<QString> actions;
        for (const ActivityEvent &e : f.activitySince(activity))
            actions << e.action;
        QCOMPARE(actions, (QList<QString>{QStringLiteral("invite"), QStringLiteral("invite"),
                                          QStringLiteral("grant-add")}));
    }

    // The work may carry on past an operation that failed: that one left nothing, the others commit.
    void aFailedOperationUndoesOnlyItself()
    {
        Fixture f;
        UnitOfWork unit(*f.db);
        const Person ann = f.invite(QStringLiteral("ann@example.com"), {f.residentKey.id});
        Error refused;
        auto st = unit.apply([&]() -> Status {
            PORTER_TRY(
                f.access->invite(f.owner, f.inviteRequest(QStringLiteral("bob@example.com"), {f.gymKey.id})));
            auto again = f.access->addKey(f.owner, ann.id, f.residentKey.id, std::nullopt, std::nullopt);
            if (again.ok())
                return makeError(ErrorCode::Internal, QStringLiteral("a second grant of one key"));
            refused = again.error();
            PORTER_TRY(f.access->revokeAll(f.owner, ann.id));
            return {};
        });
        QVERIFY2(st.ok(), why(st));
        QCOMPARE(refused.code, ErrorCode::Conflict);
        QCOMPARE(peopleIds(f).size(), 2);
        auto detail = f.queries->person(f.owner, ann.id);
        QCOMPARE_ENUM(detail->status, PersonStatus::Revoked);
        QCOMPARE(detail->grants.size(), 1);
    }

    // A preview answers what apply would, including what only the earlier operations' writes reveal,
    // and writes nothing at all.
    void previewWritesNothing()
    {
        Fixture f;
        const auto before = f.snapshot();
        UnitOfWork unit(*f.db);
        int done = 0;
        auto ok = unit.preview([&]() -> Status {
            for (const char *email : {"ann@example.com", "bob@example.com", "cy@example.com"}) {
                PORTER_TRY(f.access->invite(f.owner,
                                            f.inviteRequest(QString::fromLatin1(email), {f.residentKey.id})));
                ++done;
            }
            return {};
        });
        QVERIFY2(ok.ok(), why(ok));
        QCOMPARE(done, 3);
        QCOMPARE(f.snapshot(), before);

        auto twice = unit.preview([&]() -> Status {
            PORTER_TRY(f.access->invite(
                f.owner, f.inviteRequest(QStringLiteral("dee@example.com"), {f.residentKey.id})));
            PORTER_TRY(
                f.access->invite(f.owner, f.inviteRequest(QStringLiteral("dee@example.com"), {f.gymKey.id})));
            return {};
        });
        QCOMPARE(twice.error().code, ErrorCode::Conflict);
        QCOMPARE(f.snapshot(), before);
        // A refusal in a preview is not recorded either: nothing was attempted for real.
        const Manager none = f.makeManager(QStringLiteral("none@acme.test"), KeyManagement::None);
        const auto withManager = f.snapshot();
        auto denied = unit.preview([&]() -> Status {
            PORTER_TRY(
                f.access->invite(none, f.inviteRequest(QStringLiteral("eve@example.com"), {f.gymKey.id})));
            return {};
        });
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(f.snapshot(), withManager);
    }

    // The validate half of an invitation: the same checks as the invitation, nothing written, and
    // inside a unit of work it sees what the operations before it wrote.
    void validateInviteChecksAndWritesNothing()
    {
        Fixture f;
        f.invite(QStringLiteral("ann@example.com"), {f.residentKey.id});
        const auto before = f.snapshot();
        QVERIFY2(f.access
                     ->validateInvite(f.owner,
                                      f.inviteRequest(QStringLiteral("bob@example.com"), {f.residentKey.id}))
                     .ok(),
                 "a valid invitation");
        QCOMPARE(
            f.access
                ->validateInvite(f.owner, f.inviteRequest(QStringLiteral("ann@example.com"), {f.gymKey.id}))
                .error()
                .code,
            ErrorCode::Conflict);
        QCOMPARE(f.access->validateInvite(f.owner, f.inviteRequest(QStringLiteral("cy@example.com"), {}))
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
        QCOMPARE(f.snapshot(), before);

        UnitOfWork unit(*f.db);
        Status second;
        auto st = unit.apply([&]() -> Status {
            PORTER_TRY(f.access->invite(
                f.owner, f.inviteRequest(QStringLiteral("dee@example.com"), {f.residentKey.id})));
            second = f.access->validateInvite(
                f.owner, f.inviteRequest(QStringLiteral("dee@example.com"), {f.gymKey.id}));
            PORTER_TRY(f.access->validateInvite(
                f.owner, f.inviteRequest(QStringLiteral("eve@example.com"), {f.gymKey.id})));
            return {};
        });
        QVERIFY2(st.ok(), why(st));
        QCOMPARE(second.error().code, ErrorCode::Conflict);
        QCOMPARE(peopleIds(f).size(), 2); // ann and dee; eve was only validated
    }

    // A refusal inside a unit that then rolls back is still recorded, once, after the unit.
    void aDenialSurvivesTheRollback()
    {
        Fixture f;
        const Manager none = f.makeManager(QStringLiteral("none@acme.test"), KeyManagement::None);
        const Id activity = f.lastActivityId();
        UnitOfWork unit(*f.db);
        auto st = unit.apply([&]() -> Status {
            PORTER_TRY(f.access->invite(
                f.owner, f.inviteRequest(QStringLiteral("ann@example.com"), {f.residentKey.id})));
            PORTER_TRY(
                f.access->invite(none, f.inviteRequest(QStringLiteral("bob@example.com"), {f.gymKey.id})));
            return {};
        });
        QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
        QVERIFY(peopleIds(f).isEmpty());
        const QList<ActivityEvent> recorded = f.activitySince(activity);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.at(0).action, QStringLiteral("denied"));
        QCOMPARE(recorded.at(0).reason, QStringLiteral("invite"));
        QCOMPARE(recorded.at(0).managerId, std::optional<Id>(none.id));
    }
};

QTEST_GUILESS_MAIN(TestUnitOfWork)
#include "tst_unitofwork.moc"

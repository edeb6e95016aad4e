// Who holds a key (QueryService::keyHolders, keyHolderCounts): people with open grants and guests with
// open guest passes, with their start and expiration; ended, expired and deleted holders left out; and
// the same visibility as the rest of the property's reads.
#include "fixture.h"

#include <QTest>

using namespace porter;
using namespace porter::test;

namespace {

QStringList names(const QList<KeyHolder> &holders)
{
    QStringList out;
    for (const KeyHolder &h : holders)
        out << (h.guest ? QStringLiteral("guest:") : QString()) + h.person.displayName();
    return out;
}

} // namespace

class TestKeyHolders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peopleAndGuestsWithTheirDates();
    void laterStartsAreHolders();
    void endedExpiredAndDeletedAreNot();
    void countsPerKey();
    void deletedKeyHasNoHolders();
    void visibility();
};

void TestKeyHolders::peopleAndGuestsWithTheirDates()
{
    Fixture f;
    const qint64 now = f.clock.nowSecs();
    InviteRequest alice = f.inviteRequest(QStringLiteral("alice@example.test"), {f.residentKey.id});
    alice.contact.firstName = QStringLiteral("Alice");
    alice.contact.lastName = QStringLiteral("Adams");
    alice.expiresAt.reset();
    alice.mayShare = true;
    alice.resident = true;
    const Person a = f.access->invite(f.owner, alice).value().person;
    InviteRequest bob = f.inviteRequest(QStringLiteral("bob@example.test"), {f.residentKey.id, f.gymKey.id});
    bob.contact.firstName = QStringLiteral("Bob");
    bob.contact.lastName = QStringLiteral("Brown");
    const qint64 bobExpires = now + 200 * 86400;
    bob.expiresAt = bobExpires;
    const Person b = f.access->invite(f.owner, bob).value().person;
    ShareRequest share;
    share.hostPersonId = a.id;
    share.guest = {QStringLiteral("Gina"), QStringLiteral("Guest"), QStringLiteral("gina@example.test"), {}};
    share.keyIds = {f.residentKey.id};
    const qint64 guestExpires = now + 7 * 86400;
    share.expiresAt = guestExpires;
    auto shared = f.access->share(f.owner, share);
    QVERIFY2(shared.ok(), why(shared));

    auto holders = f.queries->keyHolders(f.owner, f.residentKey.id);
    QVERIFY2(holders.ok(), why(holders));
    // People by name first, then guests.
    QCOMPARE(names(*holders), QStringList({QStringLiteral("Alice Adams"), QStringLiteral("Bob Brown"),
                                           QStringLiteral("guest:Gina Guest")}));
    const KeyHolder &ha = holders->at(0);
    QCOMPARE(ha.person.id, a.id);
    QVERIFY(!ha.guest);
    QCOMPARE(ha.startsAt, now);
    QVERIFY(!ha.expiresAt);
    QVERIFY(ha.hostName.isEmpty());
    const KeyHolder &hb = holders->at(1);
    QCOMPARE(hb.expiresAt, std::optional<qint64>(bobExpires));
    const KeyHolder &hg = holders->at(2);
    QVERIFY(hg.guest);
    QCOMPARE(hg.person.id, shared->guest.id);
    QCOMPARE(hg.grantOrShareId, shared->shares.at(0).id);
    QCOMPARE(hg.expiresAt, std::optional<qint64>(guestExpires));
    QCOMPARE(hg.hostName, QStringLiteral("Alice Adams"));
    // The grant ids are the people's grants of this key.
    const PersonDetail bobDetail = f.queries->person(f.owner, b.id).value();
    for (const GrantView &g : bobDetail.grants)
        if (g.grant.keyId == f.residentKey.id)
            QCOMPARE(hb.grantOrShareId, g.grant.id);

    // The gym key: only Bob.
    QCOMPARE(names(f.queries->keyHolders(f.owner, f.gymKey.id).value()),
             QStringList{QStringLiteral("Bob Brown")});
    // Nobody holds the staff key.
    QVERIFY(f.queries->keyHolders(f.owner, f.staffKey.id).value().isEmpty());
}

void TestKeyHolders::laterStartsAreHolders()
{
    Fixture f;
    InviteRequest r = f.inviteRequest(QStringLiteral("later@example.test"), {f.gymKey.id});
    const qint64 start = f.clock.nowSecs() + 10 * 86400;
    r.startsAt = start;
    QVERIFY(f.access->invite(f.owner, r).ok());
    auto holders = f.queries->keyHolders(f.owner, f.gymKey.id).value();
    QCOMPARE(holders.size(), 1);
    QCOMPARE(holders.at(0).startsAt, start);
    QCOMPARE(f.queries->keyHolderCounts(f.owner, f.property.id).value().value(f.gymKey.id), 1);
}

void TestKeyHolders::endedExpiredAndDeletedAreNot()
{
    Fixture f;
    const Person removed = f.invite(QStringLiteral("removed@example.test"), {f.gymKey.id, f.residentKey.id});
    const Person revoked = f.invite(QStringLiteral("revoked@example.test"), {f.gymKey.id});
    const Person deleted = f.invite(QStringLiteral("deleted@example.test"), {f.gymKey.id});
    InviteRequest shortStay = f.inviteRequest(QStringLiteral("short@example.test"), {f.gymKey.id});
    shortStay.expiresAt = f.clock.nowSecs() + 3600;
    QVERIFY(f.access->invite(f.owner, shortStay).ok());
    const Person stays = f.invite(QStringLiteral("stays@example.test"), {f.gymKey.id});
    QCOMPARE(f.queries->keyHolders(f.owner, f.gymKey.id).value().size(), 5);

    // Removing one key, revoking and deleting end the grants; an hour later the short stay has expired.
    for (const GrantView &g : f.queries->person(f.owner, removed.id).value().grants)
        if (g.grant.keyId == f.gymKey.id)
            QVERIFY(f.access->removeKey(f.owner, g.grant.id).ok());
    QVERIFY(f.access->revokeAll(f.owner, revoked.id).ok());
    QVERIFY(f.access->deletePerson(f.owner, deleted.id).ok());
    f.clock.advance(3601);

    auto holders = f.queries->keyHolders(f.owner, f.gymKey.id).value();
    QCOMPARE(holders.size(), 1);
    QCOMPARE(holders.at(0).person.id, stays.id);
    // The removed person still holds the other key.
    QCOMPARE(f.queries->keyHolders(f.owner, f.residentKey.id).value().size(), 1);
    const auto counts = f.queries->keyHolderCounts(f.owner, f.property.id).value();
    QCOMPARE(counts.value(f.gymKey.id), 1);
    QCOMPARE(counts.value(f.residentKey.id), 1);
    QVERIFY(!counts.contains(f.staffKey.id));
}

void TestKeyHolders::countsPerKey()
{
    Fixture f;
    const Person host = f.invite(QStringLiteral("host@example.test"), {f.residentKey.id, f.gymKey.id},
                                 /*mayShare=*/true, /*openEnded=*/true);
    f.invite(QStringLiteral("two@example.test"), {f.gymKey.id});
    ShareRequest share;
    share.hostPersonId = host.id;
    share.guest = {QStringLiteral("Gus"), QStringLiteral("Guest"), QStringLiteral("gus@example.test"), {}};
    share.keyIds = {f.residentKey.id, f.gymKey.id};
    QVERIFY(f.access->share(f.owner, share).ok());
    // A second grant of the same key to the same person counts that person once.
    const Person twice = f.invite(QStringLiteral("twice@example.test"), {f.staffKey.id});
    auto again = f.access->addKey(f.owner, twice.id, f.staffKey.id, f.clock.nowSecs() + 400 * 86400, {});
    const auto counts = f.queries->keyHolderCounts(f.owner, f.property.id).value();
    QCOMPARE(counts.value(f.residentKey.id), 2); // host + guest
    QCOMPARE(counts.value(f.gymKey.id), 3);      // host, two + guest
    QCOMPARE(counts.value(f.staffKey.id), 1);
    if (again.ok())
        QCOMPARE(f.queries->keyHolders(f.owner, f.staffKey.id).value().size(), 2);
    // Another property's keys are not counted here.
    const Property other = f.addProperty(QStringLiteral("Oak House"));
    const Door door = f.addDoor(other.id, QStringLiteral("Front"));
    f.addKey(other.id, QStringLiteral("Front door"), {door.id});
    QVERIFY(f.queries->keyHolderCounts(f.owner, other.id).value().isEmpty());
}

void TestKeyHolders::deletedKeyHasNoHolders()
{
    Fixture f;
    f.invite(QStringLiteral("one@example.test"), {f.gymKey.id});
    QVERIFY(f.directory->deleteKey(f.owner, f.gymKey.id).ok());
    auto holders = f.queries->keyHolders(f.owner, f.gymKey.id);
    QVERIFY2(holders.ok(), why(holders));
    QVERIFY(holders->isEmpty());
    QVERIFY(!f.queries->keyHolderCounts(f.owner, f.property.id).value().contains(f.gymKey.id));
}

void TestKeyHolders::visibility()
{
    Fixture f;
    f.invite(QStringLiteral("one@example.test"), {f.gymKey.id});
    // Any Key Management level may see who holds a key of an assigned property, even none.
    for (KeyManagement km : {KeyManagement::Full, KeyManagement::Limited, KeyManagement::None}) {
        const Manager m = f.makeManager(QStringLiteral("m-%1@acme.test").arg(toString(km)), km);
        auto holders = f.queries->keyHolders(m, f.gymKey.id);
        QVERIFY2(holders.ok(), why(holders));
        QCOMPARE(holders->size(), 1);
        QVERIFY(f.queries->keyHolderCounts(m, f.property.id).ok());
    }
    // A property manager of another property is refused; an unknown key is not found.
    const Property other = f.addProperty(QStringLiteral("Oak House"));
    Manager outsider = f.makeManager(QStringLiteral("outsider@acme.test"), KeyManagement::Full);
    outsider.propertyIds = {other.id};
    auto refused = f.queries->keyHolders(outsider, f.gymKey.id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    auto refusedCounts = f.queries->keyHolderCounts(outsider, f.property.id);
    QVERIFY(!refusedCounts.ok());
    QCOMPARE(refusedCounts.error().code, ErrorCode::PermissionDenied);
    auto missing = f.queries->keyHolders(f.owner, 999999);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestKeyHolders)
#include "tst_keyholders.moc"

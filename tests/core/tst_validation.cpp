// Every validation: the right ErrorCode, a one-line message, and NOTHING written anywhere (the content of
// every table is compared before and after).
#include "access/validation.h"
#include "fixture.h"

#include <QTest>

using namespace porter;
using namespace porter::test;

// Runs `expr` (a Result or Status) and checks it failed with `errorCode`, a one-line message, and no write.
#define EXPECT_REJECTED(f, expr, errorCode)                                                                  \
    do {                                                                                                     \
        const auto snapshotBefore_ = (f).snapshot();                                                         \
        const auto result_ = (expr);                                                                         \
        QVERIFY2(!result_.ok(), "expected a rejection: " #expr);                                             \
        QCOMPARE(result_.error().code, errorCode);                                                           \
        QVERIFY(!result_.error().message.trimmed().isEmpty());                                               \
        QVERIFY2(!result_.error().message.contains(QLatin1Char('\n')), qPrintable(result_.error().message)); \
        QCOMPARE((f).snapshot(), snapshotBefore_);                                                           \
    } while (false)

class TestValidation : public QObject
{
    Q_OBJECT

private:
    static ShareRequest shareRequest(Id host, const QList<Id> &keys, std::optional<qint64> until = {})
    {
        ShareRequest r;
        r.hostPersonId = host;
        r.guest.firstName = QStringLiteral("Gus");
        r.guest.email = QStringLiteral("gus@example.com");
        r.keyIds = keys;
        r.expiresAt = until;
        return r;
    }

private Q_SLOTS:
    void emailForms_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("normalized"); // empty: rejected
        QTest::newRow("plain") << QStringLiteral("ana@example.com") << QStringLiteral("ana@example.com");
        QTest::newRow("domain lowered")
            << QStringLiteral(" Ana@EXAMPLE.Com ") << QStringLiteral("Ana@example.com");
        QTest::newRow("plus and dots")
            << QStringLiteral("a.b+c@mail.example.org") << QStringLiteral("a.b+c@mail.example.org");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("no at") << QStringLiteral("ana.example.com") << QString();
        QTest::newRow("two ats") << QStringLiteral("ana@b@example.com") << QString();
        QTest::newRow("no domain dot") << QStringLiteral("ana@localhost") << QString();
        QTest::newRow("space") << QStringLiteral("ana lopez@example.com") << QString();
        QTest::newRow("leading dot") << QStringLiteral(".ana@example.com") << QString();
        QTest::newRow("double dot") << QStringLiteral("an..a@example.com") << QString();
        QTest::newRow("trailing dot") << QStringLiteral("ana.@example.com") << QString();
        QTest::newRow("numeric tld") << QStringLiteral("ana@example.123") << QString();
        QTest::newRow("one-letter tld") << QStringLiteral("ana@example.c") << QString();
        QTest::newRow("domain hyphen edge") << QStringLiteral("ana@-example.com") << QString();
        QTest::newRow("no local part") << QStringLiteral("@example.com") << QString();
        QTest::newRow("too long local part")
            << QString(QString(65, QLatin1Char('a')) + QStringLiteral("@example.com")) << QString();
        QTest::newRow("newline") << QStringLiteral("ana@example.com\nbcc@evil.com") << QString();
    }
    void emailForms()
    {
        QFETCH(QString, email);
        QFETCH(QString, normalized);
        auto v = validateEmail(email);
        QCOMPARE(v.ok(), !normalized.isEmpty());
        if (v.ok()) {
            QCOMPARE(*v, normalized);
            return;
        }
        QCOMPARE(v.error().code, ErrorCode::InvalidInput);
        // Through the service: nothing written.
        Fixture f;
        auto r = f.inviteRequest(QStringLiteral("x@example.com"), {f.residentKey.id});
        r.contact.email = email;
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::InvalidInput);
    }

    void phoneNumbers_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("e164");
        const auto row = [](const char *name, const char *region, const char *phone, const char *e164) {
            QTest::newRow(name) << QString::fromLatin1(region) << QString::fromUtf8(phone)
                                << (e164 != nullptr) << QString::fromLatin1(e164 ? e164 : "");
        };
        row("US parens", "US", "(212) 555-0142", "+12125550142");
        row("US dashes", "US", "212-555-0142", "+12125550142");
        row("US dots", "US", "212.555.0142", "+12125550142");
        row("US digits", "US", "2125550142", "+12125550142");
        row("US with 1", "US", "1 212 555 0142", "+12125550142");
        row("US with +1", "US", "+1 (212) 555-0142", "+12125550142");
        row("foreign with +", "US", "+33 1 42 68 53 00", "+33142685300");
        row("UK with +", "US", "+44 20 7946 0958", "+442079460958");
        row("empty is fine", "US", "", "");
        row("garbage", "US", "call me maybe", nullptr);
        row("too short", "US", "555-0142", nullptr);
        row("too long", "US", "212 555 0142 0142 99", nullptr);
        row("bad area code", "US", "(012) 555-0142", nullptr);
        row("foreign without +", "US", "01 42 68 53 00", nullptr);
        row("FR national", "FR", "01 42 68 53 00", "+33142685300");
        row("FR given +1", "FR", "+1 212 555 0142", "+12125550142");
        row("FR given a US national", "FR", "(212) 555-0142", nullptr);
    }
    void phoneNumbers()
    {
        QFETCH(QString, region);
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QFETCH(QString, e164);
        auto v = normalizePhone(phone, region);
        QCOMPARE(v.ok(), valid);
        if (valid)
            QCOMPARE(*v, e164);
        else
            QCOMPARE(v.error().code, ErrorCode::InvalidInput);
        // Through an invitation at a property of that region.
        Fixture f;
        Property p = f.property;
        Key key = f.residentKey;
        if (region != QLatin1String("US")) {
            p = f.addProperty(QStringLiteral("Birch Hall"), QStringLiteral("Europe/Paris"), region);
            key = f.addKey(p.id, QStringLiteral("Main"), {f.addDoor(p.id, QStringLiteral("Entrance")).id});
        }
        auto r = f.inviteRequest(QStringLiteral("phone@example.com"), {key.id});
        r.propertyId = p.id;
        r.contact.phone = phone;
        if (!valid) {
            EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::InvalidInput);
            return;
        }
        auto res = f.access->invite(f.owner, r);
        QVERIFY2(res.ok(), why(res));
        QCOMPARE(res->person.phone, e164);
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT phone FROM person WHERE id = ?"), {res->person.id})
                     ->toString(),
                 e164);
    }

    void doorcodesOnlyWithKeysThatAllowThem()
    {
        Fixture f;
        auto r = f.inviteRequest(QStringLiteral("code@example.com"), {f.residentKey.id, f.staffKey.id});
        r.method = AccessMethod::Doorcode;
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::InvalidInput);
    }

    void names()
    {
        Fixture f;
        auto r = f.inviteRequest(QStringLiteral("x@example.com"), {f.residentKey.id});
        r.contact.firstName = QStringLiteral("   ");
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::InvalidInput);
        r.contact.firstName = QString(201, QLatin1Char('a'));
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::InvalidInput);
        r.contact.firstName = QStringLiteral("Ana\u0007");
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::InvalidInput);
    }

    // Bytes that are not valid UTF-8 reach core as U+FFFD (QString decoding puts one where each bad
    // byte was): every name, email, phone, address and key name holding one is refused with a message
    // that says so, and nothing is written.
    void textThatWasNotValidUtf8()
    {
        Fixture f;
        const QString bad = QString::fromUtf8(QByteArray("Ren\xe9", 4)); // Latin-1 "René"
        QVERIFY(bad.contains(QChar::ReplacementCharacter));
        const auto expectNotUtf8 = [&](const auto &result, const char *field) {
            QVERIFY2(!result.ok(), field);
            QCOMPARE(result.error().code, ErrorCode::InvalidInput);
            QVERIFY2(
                result.error().message.contains(QLatin1String("bytes that are not valid UTF-8 text; "
                                                              "check the file's or terminal's encoding")),
                qPrintable(result.error().message));
            QVERIFY2(result.error().message.contains(QLatin1String(field)),
                     qPrintable(result.error().message));
        };
        const auto invite = [&](auto change, const char *field) {
            auto r = f.inviteRequest(QStringLiteral("rene@example.com"), {f.residentKey.id});
            change(r.contact);
            const auto before = f.snapshot();
            expectNotUtf8(f.access->invite(f.owner, r), field);
            QCOMPARE(f.snapshot(), before);
        };
        invite([&](ContactDetails &c) { c.firstName = bad; }, "first name");
        invite([&](ContactDetails &c) { c.lastName = bad; }, "last name");
        invite([&](ContactDetails &c) { c.email = bad + QStringLiteral("@example.com"); }, "email address");
        invite([&](ContactDetails &c) { c.phone = QStringLiteral("+1 212 555 0100") + bad; }, "phone number");

        const auto before = f.snapshot();
        Key k;
        k.propertyId = f.property.id;
        k.name = bad;
        k.doorIds = {f.lobby.id};
        expectNotUtf8(f.directory->addKey(f.owner, k), "key name");
        Key edited = f.residentKey;
        edited.name = bad;
        expectNotUtf8(f.directory->editKey(f.owner, edited), "key name");
        Property p;
        p.name = QStringLiteral("Elm Court");
        p.timeZone = QStringLiteral("Europe/Paris");
        p.region = QStringLiteral("FR");
        p.address = QStringLiteral("3 rue de la ") + bad;
        expectNotUtf8(f.directory->addProperty(f.owner, p), "address");
        p.address.clear();
        p.name = bad;
        expectNotUtf8(f.directory->addProperty(f.owner, p), "property name");
        QCOMPARE(f.snapshot(), before);
        QVERIFY(validateName(QStringLiteral("Ren\u00e9"), QStringLiteral("first name")).ok());
    }

    void unknownIdsAndIdsOfAnotherProperty()
    {
        Fixture f;
        const Property birch = f.addProperty(QStringLiteral("Birch Hall"));
        const Door birchDoor = f.addDoor(birch.id, QStringLiteral("Entrance"));
        const Key birchKey = f.addKey(birch.id, QStringLiteral("Main"), {birchDoor.id});
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id}, true);
        const Id anaGrant = f.queries->person(f.owner, ana.id)->grants[0].grant.id;
        const Id missing = 999999;

        // Invite: unknown property, unknown key, a key of another property.
        auto r = f.inviteRequest(QStringLiteral("new@example.com"), {f.residentKey.id});
        r.propertyId = missing;
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::NotFound);
        r.propertyId = f.property.id;
        r.keyIds = {missing};
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::NotFound);
        r.keyIds = {f.residentKey.id, birchKey.id};
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::NotFound);
        r.keyIds = {};
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::InvalidInput);

        // Edit access.
        EXPECT_REJECTED(f, f.access->addKey(f.owner, missing, f.gymKey.id, {}, {}), ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->addKey(f.owner, ana.id, missing, {}, {}), ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->addKey(f.owner, ana.id, birchKey.id, {}, {}), ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->setGrantExpiry(f.owner, missing, {}), ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->removeKey(f.owner, missing), ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->revokeAll(f.owner, missing), ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->deletePerson(f.owner, missing), ErrorCode::NotFound);

        // Share, keycards.
        EXPECT_REJECTED(f, f.access->share(f.owner, shareRequest(missing, {f.residentKey.id})),
                        ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->share(f.owner, shareRequest(ana.id, {birchKey.id})),
                        ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->enrollKeycard(f.owner, missing, QStringLiteral("04A22B3C")),
                        ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->setKeycardActive(f.owner, missing, false), ErrorCode::NotFound);

        // Directory.
        Door d;
        d.propertyId = missing;
        d.name = QStringLiteral("Nowhere");
        EXPECT_REJECTED(f, f.directory->addDoor(f.owner, d), ErrorCode::NotFound);
        Key k;
        k.propertyId = f.property.id;
        k.name = QStringLiteral("Mixed");
        k.doorIds = {f.lobby.id, birchDoor.id};
        EXPECT_REJECTED(f, f.directory->addKey(f.owner, k), ErrorCode::NotFound);
        k.doorIds = {missing};
        EXPECT_REJECTED(f, f.directory->addKey(f.owner, k), ErrorCode::NotFound);
        k.propertyId = missing;
        k.doorIds = {f.lobby.id};
        EXPECT_REJECTED(f, f.directory->addKey(f.owner, k), ErrorCode::NotFound);
        Key edit = f.gymKey;
        edit.doorIds = {birchDoor.id};
        EXPECT_REJECTED(f, f.directory->editKey(f.owner, edit), ErrorCode::NotFound);
        edit.id = missing;
        EXPECT_REJECTED(f, f.directory->editKey(f.owner, edit), ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.directory->deleteKey(f.owner, missing), ErrorCode::NotFound);
        ManagerRequest m;
        m.name = QStringLiteral("Pat");
        m.email = QStringLiteral("pat@acme.test");
        m.password = QStringLiteral("long enough password");
        m.keyManagement = KeyManagement::Specific;
        m.propertyIds = {missing};
        m.keyIds = {f.gymKey.id};
        EXPECT_REJECTED(f, f.directory->addManager(f.owner, m), ErrorCode::NotFound);
        m.propertyIds = {f.property.id};
        m.keyIds = {birchKey.id};
        EXPECT_REJECTED(f, f.directory->addManager(f.owner, m), ErrorCode::NotFound);
        Q_UNUSED(anaGrant)
    }

    void propertyOfAnotherPortfolioReadsAsUnknown()
    {
        Fixture f;
        // A second portfolio can only come from elsewhere (a replica); its ids must read as unknown.
        QVERIFY(
            f.db->exec(QStringLiteral("INSERT INTO portfolio (id, name, created_at) VALUES (77, 'Other', 0)"))
                .ok());
        QVERIFY(
            f.db->exec(QStringLiteral("INSERT INTO property (id, portfolio_id, name, time_zone, created_at) "
                                      "VALUES (78, 77, 'Elsewhere', 'UTC', 0)"))
                .ok());
        QVERIFY(f.db->exec(QStringLiteral("INSERT INTO door (id, property_id, name, type, connectivity, "
                                          "created_at) VALUES (79, 78, 'Gate', 'service', 'offline', 0)"))
                    .ok());
        auto r = f.inviteRequest(QStringLiteral("x@example.com"), {f.residentKey.id});
        r.propertyId = 78;
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::NotFound);
        Door d;
        d.propertyId = 78;
        d.name = QStringLiteral("Side");
        EXPECT_REJECTED(f, f.directory->addDoor(f.owner, d), ErrorCode::NotFound);
        auto door = f.directory->door(f.owner, 79);
        QVERIFY(!door.ok());
        QCOMPARE(door.error().code, ErrorCode::NotFound);
    }

    void expiryWindow()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id}, true);
        const Id grantId = f.queries->person(f.owner, ana.id)->grants[0].grant.id;
        const qint64 now = f.clock.nowSecs();
        auto r = f.inviteRequest(QStringLiteral("new@example.com"), {f.gymKey.id});
        // Expiry not after start.
        r.startsAt = now + 86400;
        r.expiresAt = now + 86400;
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::InvalidInput);
        r.expiresAt = now + 3600;
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::InvalidInput);
        // Expiry in the past (and at this very second).
        r.startsAt = now - 10 * 86400;
        r.expiresAt = now - 86400;
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::InvalidInput);
        r.expiresAt = now;
        EXPECT_REJECTED(f, f.access->invite(f.owner, r), ErrorCode::InvalidInput);
        EXPECT_REJECTED(f, f.access->addKey(f.owner, ana.id, f.gymKey.id, now + 100, now + 100),
                        ErrorCode::InvalidInput);
        EXPECT_REJECTED(f, f.access->addKey(f.owner, ana.id, f.gymKey.id, std::nullopt, now - 1),
                        ErrorCode::InvalidInput);
        EXPECT_REJECTED(f, f.access->setGrantExpiry(f.owner, grantId, now - 1), ErrorCode::InvalidInput);
        EXPECT_REJECTED(f, f.access->setGrantExpiry(f.owner, grantId, now), ErrorCode::InvalidInput);
        EXPECT_REJECTED(f, f.access->share(f.owner, shareRequest(ana.id, {f.residentKey.id}, now - 60)),
                        ErrorCode::InvalidInput);
        // Holding the key already.
        EXPECT_REJECTED(f, f.access->addKey(f.owner, ana.id, f.residentKey.id, {}, {}), ErrorCode::Conflict);
        // A removed grant cannot be edited or removed again.
        QVERIFY(f.access->removeKey(f.owner, grantId).ok());
        EXPECT_REJECTED(f, f.access->removeKey(f.owner, grantId), ErrorCode::Conflict);
        EXPECT_REJECTED(f, f.access->setGrantExpiry(f.owner, grantId, now + 86400), ErrorCode::Conflict);
    }

    void keyWithoutDoors()
    {
        Fixture f;
        Key k;
        k.propertyId = f.property.id;
        k.name = QStringLiteral("Empty");
        EXPECT_REJECTED(f, f.directory->addKey(f.owner, k), ErrorCode::InvalidInput);
        Key edit = f.gymKey;
        edit.doorIds.clear();
        EXPECT_REJECTED(f, f.directory->editKey(f.owner, edit), ErrorCode::InvalidInput);
        // Names clash with a live key, door, property or manager: Conflict, rolled back.
        k.name = f.gymKey.name;
        k.doorIds = {f.gym.id};
        EXPECT_REJECTED(f, f.directory->addKey(f.owner, k), ErrorCode::Conflict);
        Door d;
        d.propertyId = f.property.id;
        d.name = f.lobby.name;
        EXPECT_REJECTED(f, f.directory->addDoor(f.owner, d), ErrorCode::Conflict);
        Property p;
        p.name = f.property.name;
        p.timeZone = QStringLiteral("America/New_York");
        EXPECT_REJECTED(f, f.directory->addProperty(f.owner, p), ErrorCode::Conflict);
        ManagerRequest m;
        m.name = QStringLiteral("Twin");
        m.email = QStringLiteral("OWNER@acme.test");
        m.password = QStringLiteral("long enough password");
        m.keyManagement = KeyManagement::Full;
        m.propertyIds = {f.property.id};
        EXPECT_REJECTED(f, f.directory->addManager(f.owner, m), ErrorCode::Conflict);
        m.email = QStringLiteral("short@acme.test");
        m.password = QStringLiteral("short");
        EXPECT_REJECTED(f, f.directory->addManager(f.owner, m), ErrorCode::InvalidInput);
        m.password = QStringLiteral("long enough password");
        m.propertyIds = {};
        EXPECT_REJECTED(f, f.directory->addManager(f.owner, m), ErrorCode::InvalidInput);
        m.propertyIds = {f.property.id};
        m.keyManagement = KeyManagement::Specific;
        EXPECT_REJECTED(f, f.directory->addManager(f.owner, m), ErrorCode::InvalidInput);
    }

    void timeZoneNames_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("empty") << QString();
        QTest::newRow("made up") << QStringLiteral("Mars/Olympus_Mons");
        QTest::newRow("space instead of underscore") << QStringLiteral("America/New York");
        QTest::newRow("sentence") << QStringLiteral("eastern time");
        QTest::newRow("path") << QStringLiteral("../../etc/passwd");
    }
    void timeZoneNames()
    {
        QFETCH(QString, zone);
        Fixture f;
        Property p;
        p.name = QStringLiteral("Somewhere");
        p.timeZone = zone;
        EXPECT_REJECTED(f, f.directory->addProperty(f.owner, p), ErrorCode::InvalidInput);
        p.timeZone = QStringLiteral("Europe/Paris");
        p.region = QStringLiteral("XX");
        EXPECT_REJECTED(f, f.directory->addProperty(f.owner, p), ErrorCode::InvalidInput);
    }

    void secondActiveInvitationForTheSameEmail()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        auto again = f.inviteRequest(QStringLiteral("ANA@Example.com"), {f.gymKey.id});
        EXPECT_REJECTED(f, f.access->invite(f.owner, again), ErrorCode::Conflict);
        // An invitation that has not started yet counts as active too.
        auto later = f.inviteRequest(QStringLiteral("lee@example.com"), {f.gymKey.id});
        later.startsAt = f.clock.nowSecs() + 86400;
        later.expiresAt = f.clock.nowSecs() + 2 * 86400;
        QVERIFY(f.access->invite(f.owner, later).ok());
        EXPECT_REJECTED(
            f,
            f.access->invite(f.owner, f.inviteRequest(QStringLiteral("Lee@example.com"), {f.residentKey.id})),
            ErrorCode::Conflict);
        // The same email at another property is fine.
        const Property birch = f.addProperty(QStringLiteral("Birch Hall"));
        const Key birchKey =
            f.addKey(birch.id, QStringLiteral("Main"), {f.addDoor(birch.id, QStringLiteral("E")).id});
        auto elsewhere = f.inviteRequest(QStringLiteral("ana@example.com"), {birchKey.id});
        elsewhere.propertyId = birch.id;
        auto other = f.access->invite(f.owner, elsewhere);
        QVERIFY2(other.ok(), why(other));
        // After delete, the email can be invited again (as a new person).
        QVERIFY(f.access->deletePerson(f.owner, ana.id).ok());
        auto reinvite = f.access->invite(f.owner, again);
        QVERIFY2(reinvite.ok(), why(reinvite));
        QVERIFY(reinvite->person.id != ana.id);
    }

    void sharingRules()
    {
        Fixture f;
        const Person host =
            f.invite(QStringLiteral("host@example.com"), {f.residentKey.id, f.staffKey.id}, true, true);
        const Person plain = f.invite(QStringLiteral("plain@example.com"), {f.residentKey.id}, false);
        // Not shareable.
        EXPECT_REJECTED(f, f.access->share(f.owner, shareRequest(host.id, {f.staffKey.id})),
                        ErrorCode::InvalidInput);
        // No may-share.
        EXPECT_REJECTED(f, f.access->share(f.owner, shareRequest(plain.id, {f.residentKey.id})),
                        ErrorCode::InvalidInput);
        // A key the host does not hold.
        EXPECT_REJECTED(f, f.access->share(f.owner, shareRequest(host.id, {f.gymKey.id})),
                        ErrorCode::InvalidInput);
        // No keys.
        EXPECT_REJECTED(f, f.access->share(f.owner, shareRequest(host.id, {})), ErrorCode::InvalidInput);
        // The guest's contact details are validated like anyone's.
        auto badGuest = shareRequest(host.id, {f.residentKey.id});
        badGuest.guest.email = QStringLiteral("not an email");
        EXPECT_REJECTED(f, f.access->share(f.owner, badGuest), ErrorCode::InvalidInput);
        // A guest cannot share further.
        auto guest = f.access->share(f.owner, shareRequest(host.id, {f.residentKey.id}));
        QVERIFY2(guest.ok(), why(guest));
        EXPECT_REJECTED(f, f.access->share(f.owner, shareRequest(guest->guest.id, {f.residentKey.id})),
                        ErrorCode::InvalidInput);
    }

    void guestPassOutlastingTheHostsGrant()
    {
        Fixture f;
        const Person host = f.invite(QStringLiteral("host@example.com"), {f.residentKey.id}, true);
        const qint64 hostEnd = f.clock.nowSecs() + 365 * 86400; // the fixture's invitation expiry
        // Permanent while the host's own access ends: refused.
        EXPECT_REJECTED(f, f.access->share(f.owner, shareRequest(host.id, {f.residentKey.id})),
                        ErrorCode::InvalidInput);
        // Until after the host's end: refused; until exactly the host's end: fine.
        EXPECT_REJECTED(f, f.access->share(f.owner, shareRequest(host.id, {f.residentKey.id}, hostEnd + 1)),
                        ErrorCode::InvalidInput);
        auto ok = f.access->share(f.owner, shareRequest(host.id, {f.residentKey.id}, hostEnd));
        QVERIFY2(ok.ok(), why(ok));
        // Starting before the host's own access does.
        const Person future = [&] {
            auto r = f.inviteRequest(QStringLiteral("future@example.com"), {f.residentKey.id});
            r.mayShare = true;
            r.startsAt = f.clock.nowSecs() + 7 * 86400;
            r.expiresAt.reset();
            return f.access->invite(f.owner, r)->person;
        }();
        EXPECT_REJECTED(f, f.access->share(f.owner, shareRequest(future.id, {f.residentKey.id})),
                        ErrorCode::InvalidInput);
    }

    void keycardSerials_data()
    {
        QTest::addColumn<QString>("serial");
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << QStringLiteral("04:A2:2B");
        QTest::newRow("too long") << QStringLiteral("04A22B3C915E80112233445566");
        QTest::newRow("odd length") << QStringLiteral("04A22B3C9");
        QTest::newRow("not hex") << QStringLiteral("04:A2:2B:3G");
        QTest::newRow("words") << QStringLiteral("keycard one");
    }
    void keycardSerials()
    {
        QFETCH(QString, serial);
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        EXPECT_REJECTED(f, f.access->enrollKeycard(f.owner, ana.id, serial), ErrorCode::InvalidInput);
    }

    void keycardDuplicates()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        const Person ben = f.invite(QStringLiteral("ben@example.com"), {f.residentKey.id});
        QVERIFY(f.access->enrollKeycard(f.owner, ana.id, QStringLiteral("04:A2:2B:3C")).ok());
        // The same serial written another way, for someone else or for the same person.
        EXPECT_REJECTED(f, f.access->enrollKeycard(f.owner, ben.id, QStringLiteral("04-a2-2b-3c")),
                        ErrorCode::Conflict);
        EXPECT_REJECTED(f, f.access->enrollKeycard(f.owner, ana.id, QStringLiteral("04a22b3c")),
                        ErrorCode::Conflict);
        QCOMPARE(normalizeCardSerial(QStringLiteral(" 04 a2 2b 3c ")).value(), QStringLiteral("04A22B3C"));
    }

    void deletedPeopleCannotBeChanged()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id}, true);
        QVERIFY(f.access->deletePerson(f.owner, ana.id).ok());
        EXPECT_REJECTED(f, f.access->addKey(f.owner, ana.id, f.gymKey.id, {}, {}), ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->revokeAll(f.owner, ana.id), ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->deletePerson(f.owner, ana.id), ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->enrollKeycard(f.owner, ana.id, QStringLiteral("04A22B3C")),
                        ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.access->share(f.owner, shareRequest(ana.id, {f.residentKey.id})),
                        ErrorCode::NotFound);
        // A deleted key neither.
        QVERIFY(f.directory->deleteKey(f.owner, f.gymKey.id).ok());
        EXPECT_REJECTED(f, f.directory->deleteKey(f.owner, f.gymKey.id), ErrorCode::NotFound);
        EXPECT_REJECTED(f, f.directory->editKey(f.owner, f.gymKey), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

// The permission matrix (docs/permissions.md): every mutating operation x role and Key Management level
// x Device Management x assigned or unassigned property. An allowed operation succeeds; a denied one
// returns PermissionDenied, changes nothing, and records exactly one "denied" activity row.
#include "access/permissions.h"
#include "devices/deviceservice.h"
#include "door/certificate.h"
#include "door/door.h"
#include "fixture.h"
#include "secrets/secretstore.h"
#include "store/directoryrepository.h"
#include "sync/internal/planner.h"
#include "util/password.h"

#include <QTest>

using namespace porter;
using namespace porter::test;

namespace {
// A phone's public key: Porter signs keys made on the phone (docs/door-protocol.md, §3).
QByteArray phoneKey()
{
    return sync::toQByteArray(door::Phone().publicKey());
}
} // namespace

namespace {

enum class Op
{
    Invite,
    GrantAdd,
    GrantExpiry,
    GrantRemove,
    Revoke,
    Delete,
    Share,
    KeycardEnroll,
    KeycardActivate,
    KeycardDeactivate,
    AppKey,
    DoorcodeView,
    PropertyAdd,
    DoorAdd,
    KeyAdd,
    KeyEdit,
    KeyDelete,
    ManagerAdd,
    ManagerEdit,
    ManagerRemove,
    ShareEnd,
    PersonEdit,
    WelcomeResend,
};
constexpr Op kOps[] = {
    Op::Invite,   Op::GrantAdd,     Op::GrantExpiry,   Op::GrantRemove,     Op::Revoke,
    Op::Delete,   Op::Share,        Op::KeycardEnroll, Op::KeycardActivate, Op::KeycardDeactivate,
    Op::AppKey,   Op::DoorcodeView, Op::PropertyAdd,   Op::DoorAdd,         Op::KeyAdd,
    Op::KeyEdit,  Op::KeyDelete,    Op::ManagerAdd,    Op::ManagerEdit,     Op::ManagerRemove,
    Op::ShareEnd, Op::PersonEdit,   Op::WelcomeResend};

// The action name each operation records (also in "denied" rows, as the reason).
const char *opName(Op op)
{
    switch (op) {
    case Op::Invite:
        return "invite";
    case Op::GrantAdd:
        return "grant-add";
    case Op::GrantExpiry:
        return "grant-expiry";
    case Op::GrantRemove:
        return "grant-remove";
    case Op::Revoke:
        return "revoke";
    case Op::Delete:
        return "delete";
    case Op::Share:
        return "share";
    case Op::KeycardEnroll:
        return "keycard-enroll";
    case Op::KeycardActivate:
        return "keycard-activate";
    case Op::KeycardDeactivate:
        return "keycard-deactivate";
    case Op::AppKey:
        return "app-enrol";
    case Op::DoorcodeView:
        return "doorcode-view";
    case Op::PropertyAdd:
        return "property-add";
    case Op::DoorAdd:
        return "door-add";
    case Op::KeyAdd:
        return "key-add";
    case Op::KeyEdit:
        return "key-edit";
    case Op::KeyDelete:
        return "key-delete";
    case Op::ManagerAdd:
        return "manager-add";
    case Op::ManagerEdit:
        return "manager-edit";
    case Op::ManagerRemove:
        return "manager-remove";
    case Op::ShareEnd:
        return "share-end";
    case Op::PersonEdit:
        return "person-edit";
    case Op::WelcomeResend:
        return "welcome-resend";
    }
    return "?";
}

enum class Role
{
    Portfolio,
    Full,
    Limited,
    SpecificListed,   // Specific, and the key the operation is about is listed
    SpecificUnlisted, // Specific, with only another key listed
    None,
};
constexpr Role kRoles[] = {Role::Portfolio,        Role::Full, Role::Limited, Role::SpecificListed,
                           Role::SpecificUnlisted, Role::None};

const char *roleName(Role r)
{
    switch (r) {
    case Role::Portfolio:
        return "portfolio";
    case Role::Full:
        return "full";
    case Role::Limited:
        return "limited";
    case Role::SpecificListed:
        return "specific-listed";
    case Role::SpecificUnlisted:
        return "specific-unlisted";
    case Role::None:
        return "none";
    }
    return "?";
}

// The rules, written out independently of core/access/permissions.cpp (the table in docs/permissions.md).
bool expectedAllowed(Op op, Role role, bool deviceManagement, bool assigned)
{
    if (role == Role::Portfolio)
        return true; // everything in their portfolio
    switch (op) {
    case Op::PropertyAdd:
    case Op::ManagerAdd:
    case Op::ManagerEdit:
    case Op::ManagerRemove:
        return false; // Portfolio Managers only
    default:
        break;
    }
    if (!assigned)
        return false; // Property Managers act on their assigned properties only
    switch (op) {
    case Op::DoorAdd:
        return deviceManagement;
    case Op::KeyAdd:
    case Op::KeyEdit:
    case Op::KeyDelete:
        return role == Role::Full;
    case Op::WelcomeResend:
        return role != Role::None; // any Key Management: the mail gives nobody a key
    default: // giving and revoking a key, and issuing a credential to a person who holds that key
        return role == Role::Full || role == Role::Limited || role == Role::SpecificListed;
    }
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> m_f;
    Property m_birch;
    Door m_birchDoor;
    Key m_birchKey, m_birchKey2;
    std::unique_ptr<FileKeyProvider> m_keys;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<sync::DeviceService> m_devices;
    QHash<QString, Manager> m_managers; // "<role>/<dm>"
    int m_serial = 0;

    Manager insertManager(Role role, bool dm)
    {
        Manager m;
        m.portfolioId = m_f->owner.portfolioId;
        m.name =
            QStringLiteral("%1 %2").arg(QLatin1String(roleName(role)), dm ? QStringLiteral("dm") : QString());
        m.email = QStringLiteral("%1-%2@acme.test").arg(QLatin1String(roleName(role))).arg(dm ? 1 : 0);
        m.role = role == Role::Portfolio ? ManagerRole::PortfolioManager : ManagerRole::PropertyManager;
        switch (role) {
        case Role::Portfolio:
        case Role::Full:
            m.keyManagement = KeyManagement::Full;
            break;
        case Role::Limited:
            m.keyManagement = KeyManagement::Limited;
            break;
        case Role::SpecificListed:
            m.keyManagement = KeyManagement::Specific;
            m.keyIds = {m_f->residentKey.id, m_f->gymKey.id};
            break;
        case Role::SpecificUnlisted:
            m.keyManagement = KeyManagement::Specific;
            m.keyIds = {m_f->gymKey.id};
            break;
        case Role::None:
            m.keyManagement = KeyManagement::None;
            break;
        }
        m.deviceManagement = dm;
        if (role != Role::Portfolio)
            m.propertyIds = {m_f->property.id};
        DirectoryRepository repo(*m_f->db);
        const QString hash =
            hashPassword(QStringLiteral("irrelevant password"), ScryptParams{10, 8, 1}).value();
        m.id = repo.insertManager(m, hash, m_f->clock.nowSecs()).value();
        return m;
    }

    Person invite(const QString &tag, Id propertyId, const QList<Id> &keys, bool mayShare = false,
                  AccessMethod method = AccessMethod::App)
    {
        InviteRequest r;
        r.propertyId = propertyId;
        r.method = method;
        r.contact.firstName = QStringLiteral("Target");
        r.contact.lastName = tag;
        r.contact.email = QStringLiteral("%1@example.com").arg(tag);
        r.keyIds = keys;
        r.mayShare = mayShare;
        auto res = m_f->access->invite(m_f->owner, r);
        if (!res.ok())
            qFatal("setup invite failed: %s", qPrintable(res.error().message));
        return res->person;
    }

    Id grantOf(Id personId, Id keyId)
    {
        return m_f->db
            ->scalar(QStringLiteral("SELECT id FROM access_grant WHERE person_id = ? AND key_id = ? AND "
                                    "ended_at IS NULL"),
                     {personId, keyId})
            .value()
            .toLongLong();
    }

    // The property keys (signing key, doorcode secret) exist from the first commissioning on.
    void commission(Id doorId)
    {
        door::MemoryStorage storage;
        door::Door d(storage);
        d.load();
        auto st = m_devices->commission(m_f->owner, doorId, d);
        if (!st.ok())
            qFatal("commission failed: %s", qPrintable(st.error().message));
    }

    QString nextSerial() { return QStringLiteral("%1").arg(0x10000000 + ++m_serial, 8, 16).toUpper(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<Fixture>();
        m_birch = m_f->addProperty(QStringLiteral("Birch Hall"));
        m_birchDoor = m_f->addDoor(m_birch.id, QStringLiteral("Entrance"));
        m_birchKey = m_f->addKey(m_birch.id, QStringLiteral("Main"), {m_birchDoor.id});
        m_birchKey2 = m_f->addKey(m_birch.id, QStringLiteral("Second"), {m_birchDoor.id});
        m_keys = std::make_unique<FileKeyProvider>(m_f->dir.filePath(QStringLiteral("keys")));
        m_secrets = std::make_unique<SecretStore>(*m_f->db, *m_keys);
        QVERIFY(m_secrets->setHolder(m_f->owner.id).ok()); // on a server: the owner's device key
        m_devices = std::make_unique<sync::DeviceService>(*m_f->db, m_f->clock, *m_secrets);
        commission(m_f->lobby.id);
        commission(m_birchDoor.id);
        for (Role role : kRoles) {
            for (bool dm : {false, true})
                m_managers.insert(QStringLiteral("%1/%2").arg(QLatin1String(roleName(role))).arg(dm),
                                  insertManager(role, dm));
        }
    }

    void matrix_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("dm");
        QTest::addColumn<bool>("assigned");
        QTest::addColumn<bool>("allowed");
        for (Op op : kOps) {
            for (Role role : kRoles) {
                for (bool dm : {false, true}) {
                    for (bool assigned : {true, false}) {
                        const QByteArray name = QByteArray(opName(op)) + '/' + roleName(role) +
                                                (dm ? "/dm" : "/no-dm") + (assigned ? "/assigned" : "/other");
                        QTest::newRow(name.constData()) << int(op) << int(role) << dm << assigned
                                                        << expectedAllowed(op, role, dm, assigned);
                    }
                }
            }
        }
    }

    void matrix()
    {
        QFETCH(int, op);
        QFETCH(int, role);
        QFETCH(bool, dm);
        QFETCH(bool, assigned);
        QFETCH(bool, allowed);
        Fixture &f = *m_f;
        const Manager actor =
            m_managers.value(QStringLiteral("%1/%2").arg(QLatin1String(roleName(Role(role)))).arg(dm));
        QVERIFY(actor.id > 0);
        const Property p = assigned ? f.property : m_birch;
        const Key key = assigned ? f.residentKey : m_birchKey; // the key the operation is about
        const Key other = assigned ? f.gymKey : m_birchKey2;   // a second key at the same property
        const Door door = assigned ? f.lobby : m_birchDoor;
        const QString tag = QStringLiteral("t%1").arg(f.lastActivityId());

        // Set up, as the Portfolio Manager, what the operation needs.
        std::function<Status()> run;
        switch (Op(op)) {
        case Op::Invite:
            run = [&]() -> Status {
                InviteRequest r;
                r.propertyId = p.id;
                r.contact.firstName = QStringLiteral("New");
                r.contact.email = QStringLiteral("%1@example.com").arg(tag);
                r.keyIds = {key.id};
                auto res = f.access->invite(actor, r);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        case Op::GrantAdd: {
            const Person person = invite(tag, p.id, {other.id});
            run = [&, person]() -> Status {
                auto res = f.access->addKey(actor, person.id, key.id, std::nullopt, std::nullopt);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        }
        case Op::GrantExpiry: {
            const Person person = invite(tag, p.id, {key.id});
            const Id grant = grantOf(person.id, key.id);
            run = [&, grant]() -> Status {
                auto res = f.access->setGrantExpiry(actor, grant, f.clock.nowSecs() + 10 * 86400);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        }
        case Op::GrantRemove: {
            const Person person = invite(tag, p.id, {key.id});
            const Id grant = grantOf(person.id, key.id);
            run = [&, grant]() -> Status { return f.access->removeKey(actor, grant); };
            break;
        }
        case Op::Revoke:
        case Op::Delete: {
            const Person person = invite(tag, p.id, {key.id});
            const bool deleting = Op(op) == Op::Delete;
            run = [&, person, deleting]() -> Status {
                auto res = deleting ? f.access->deletePerson(actor, person.id)
                                    : f.access->revokeAll(actor, person.id);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        }
        case Op::Share: {
            const Person host = invite(tag, p.id, {key.id}, true);
            run = [&, host]() -> Status {
                ShareRequest r;
                r.hostPersonId = host.id;
                r.guest.firstName = QStringLiteral("Guest");
                r.guest.email = QStringLiteral("guest-%1@example.com").arg(tag);
                r.keyIds = {key.id};
                auto res = f.access->share(actor, r);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        }
        case Op::ShareEnd: {
            const Person host = invite(tag, p.id, {key.id}, true);
            ShareRequest r;
            r.hostPersonId = host.id;
            r.guest.firstName = QStringLiteral("Guest");
            r.guest.email = QStringLiteral("guest-%1@example.com").arg(tag);
            r.keyIds = {key.id};
            const Id shareId = f.access->share(f.owner, r).value().shares.first().id;
            run = [&, shareId]() -> Status {
                auto res = f.access->endShare(actor, shareId);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        }
        case Op::PersonEdit:
        case Op::WelcomeResend: {
            const Person person = invite(tag, p.id, {key.id});
            const bool edit = Op(op) == Op::PersonEdit;
            run = [&, person, edit]() -> Status {
                if (!edit) {
                    auto res = f.access->resendWelcome(actor, person.id);
                    return res.ok() ? Status() : Status(res.error());
                }
                PersonEdit e;
                e.contact.firstName = QStringLiteral("Renamed");
                e.contact.lastName = person.lastName;
                e.contact.email = person.email;
                auto res = f.access->editPerson(actor, person.id, e);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        }
        case Op::KeycardEnroll: {
            const Person person = invite(tag, p.id, {key.id});
            const QString serial = nextSerial();
            run = [&, person, serial]() -> Status {
                auto res = f.access->enrollKeycard(actor, person.id, serial);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        }
        case Op::KeycardActivate:
        case Op::KeycardDeactivate: {
            const bool activate = Op(op) == Op::KeycardActivate;
            const Person person = invite(tag, p.id, {key.id});
            auto card = f.access->enrollKeycard(f.owner, person.id, nextSerial(), !activate);
            QVERIFY2(card.ok(), why(card));
            const Id cardId = card->id;
            run = [&, cardId, activate]() -> Status {
                auto res = f.access->setKeycardActive(actor, cardId, activate);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        }
        case Op::AppKey: {
            const Person person = invite(tag, p.id, {key.id});
            run = [&, person]() -> Status {
                auto res = m_devices->issueAppCredential(actor, person.id, phoneKey());
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        }
        case Op::DoorcodeView: {
            const Person person = invite(tag, p.id, {key.id}, false, AccessMethod::Doorcode);
            run = [&, person]() -> Status {
                auto res = m_devices->doorcode(actor, person.id);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        }
        case Op::PropertyAdd:
            run = [&]() -> Status {
                Property np;
                np.name = QStringLiteral("Property %1").arg(tag);
                np.timeZone = QStringLiteral("America/Denver");
                auto res = f.directory->addProperty(actor, np);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        case Op::DoorAdd:
            run = [&]() -> Status {
                Door d;
                d.propertyId = p.id;
                d.name = QStringLiteral("Door %1").arg(tag);
                auto res = f.directory->addDoor(actor, d);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        case Op::KeyAdd:
            run = [&]() -> Status {
                Key k;
                k.propertyId = p.id;
                k.name = QStringLiteral("Key %1").arg(tag);
                k.doorIds = {door.id};
                auto res = f.directory->addKey(actor, k);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        case Op::KeyEdit:
        case Op::KeyDelete: {
            const Key k = f.addKey(p.id, QStringLiteral("Key %1").arg(tag), {door.id});
            const bool deleting = Op(op) == Op::KeyDelete;
            run = [&, k, deleting]() -> Status {
                if (deleting)
                    return f.directory->deleteKey(actor, k.id);
                Key edited = k;
                edited.name = k.name + QStringLiteral(" renamed");
                auto res = f.directory->editKey(actor, edited);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        }
        case Op::ManagerAdd:
            run = [&]() -> Status {
                ManagerRequest r;
                r.name = QStringLiteral("New manager");
                r.email = QStringLiteral("%1@acme.test").arg(tag);
                r.password = QStringLiteral("a long enough password");
                r.keyManagement = KeyManagement::Limited;
                r.propertyIds = {p.id};
                auto res = f.directory->addManager(actor, r);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        case Op::ManagerEdit:
        case Op::ManagerRemove: {
            const Manager target =
                f.makeManager(QStringLiteral("%1@acme.test").arg(tag), KeyManagement::None);
            const bool removing = Op(op) == Op::ManagerRemove;
            run = [&, target, removing]() -> Status {
                if (removing)
                    return f.directory->removeManager(actor, target.id);
                ManagerRequest r;
                r.name = target.name;
                r.email = target.email;
                r.keyManagement = KeyManagement::Limited;
                r.propertyIds = target.propertyIds;
                auto res = f.directory->editManager(actor, target.id, r);
                return res.ok() ? Status() : Status(res.error());
            };
            break;
        }
        }

        // total_changes() counts every row this connection inserted, updated or deleted: together with the
        // table counts it shows that a denial wrote its activity row and nothing else, without reading
        // every table for each of the several hundred rows.
        // PostgreSQL has no such counter: there every table's contents are compared instead.
        const bool server = onPostgreSql();
        const auto changes = [&] {
            return server ? 0 : f.db->scalar(QStringLiteral("SELECT total_changes()")).value().toLongLong();
        };
        auto before = f.tableCounts();
        auto contentsBefore = server ? f.snapshot() : QMap<QString, QString>();
        const qint64 changesBefore = changes();
        const Id lastActivity = f.lastActivityId();
        const Status st = run();
        const qint64 written = changes() - changesBefore;
        auto after = f.tableCounts();
        auto contentsAfter = server ? f.snapshot() : QMap<QString, QString>();
        const auto events = f.activitySince(lastActivity);
        if (allowed) {
            QVERIFY2(st.ok(), why(st));
            QVERIFY(!events.isEmpty());
            for (const auto &e : events)
                QVERIFY(e.action != QLatin1String("denied"));
            return;
        }
        QVERIFY2(!st.ok(), "the operation was allowed");
        QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!st.error().message.contains(QLatin1Char('\n')));
        // Nothing else changed...
        if (server) {
            contentsBefore.remove(QStringLiteral("activity"));
            contentsAfter.remove(QStringLiteral("activity"));
            QCOMPARE(contentsAfter, contentsBefore);
        } else {
            QCOMPARE(written, qint64(1));
        }
        QCOMPARE(after[QStringLiteral("activity")], before[QStringLiteral("activity")] + 1);
        before.remove(QStringLiteral("activity"));
        after.remove(QStringLiteral("activity"));
        QCOMPARE(after, before);
        // ...and the denial is on record: who tried what, where.
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].action, QStringLiteral("denied"));
        QCOMPARE(events[0].result, QStringLiteral("denied"));
        QCOMPARE(events[0].managerId, std::optional<Id>(actor.id));
        QCOMPARE(events[0].reason, QString::fromLatin1(opName(Op(op))));
        QCOMPARE(events[0].detail, st.error().message);
        if (Op(op) != Op::PropertyAdd && Op(op) != Op::ManagerAdd && Op(op) != Op::ManagerEdit &&
            Op(op) != Op::ManagerRemove)
            QCOMPARE(events[0].propertyId, std::optional<Id>(p.id));
    }

    // Key Management "specific": revoking or deleting someone needs every key they hold listed.
    void specificManagerNeedsEveryKeyOfThePersonToRevoke()
    {
        Fixture &f = *m_f;
        const Manager specific = m_managers.value(QStringLiteral("specific-listed/0"));
        const Person both = invite(QStringLiteral("both"), f.property.id, {f.residentKey.id, f.staffKey.id});
        auto res = f.access->revokeAll(specific, both.id);
        QVERIFY(!res.ok());
        QCOMPARE(res.error().code, ErrorCode::PermissionDenied);
        const Person listed =
            invite(QStringLiteral("listed"), f.property.id, {f.residentKey.id, f.gymKey.id});
        auto ok = f.access->revokeAll(specific, listed.id);
        QVERIFY2(ok.ok(), why(ok));
    }

    // A credential opens every door of every key its person holds: a Specific manager may issue one
    // (phone credential, doorcode, keycard enroll/activate/deactivate) only if every one of those keys
    // is listed for them, a guest share counting like a grant; for a person who holds no key, any
    // Key Management but none may.
    void credentialsNeedEveryKeyThePersonHolds()
    {
        Fixture &f = *m_f;
        const Manager specific = m_managers.value(QStringLiteral("specific-listed/0")); // resident + gym
        const Manager none = m_managers.value(QStringLiteral("none/0"));
        const auto tryAll = [&](const Manager &actor, Id appPerson, Id codePerson) {
            QList<Status> out;
            auto app = m_devices->issueAppCredential(actor, appPerson, phoneKey());
            out << (app.ok() ? Status() : Status(app.error()));
            auto code = m_devices->doorcode(actor, codePerson);
            out << (code.ok() ? Status() : Status(code.error()));
            auto card = f.access->enrollKeycard(actor, appPerson, nextSerial(), true);
            out << (card.ok() ? Status() : Status(card.error()));
            auto owned = f.access->enrollKeycard(f.owner, codePerson, nextSerial(), false);
            if (!owned.ok())
                qFatal("setup enroll failed: %s", qPrintable(owned.error().message));
            auto on = f.access->setKeycardActive(actor, owned->id, true);
            out << (on.ok() ? Status() : Status(on.error()));
            auto onByOwner = f.access->setKeycardActive(f.owner, owned->id, true);
            if (!onByOwner.ok())
                qFatal("setup activate failed: %s", qPrintable(onByOwner.error().message));
            auto off = f.access->setKeycardActive(actor, owned->id, false);
            out << (off.ok() ? Status() : Status(off.error()));
            return out;
        };

        // A listed key and an unlisted one: every credential operation is refused, nothing written
        // but the five denials.
        const Manager gymOnly = m_managers.value(QStringLiteral("specific-unlisted/0")); // gym only
        const Person appBoth =
            invite(QStringLiteral("cred-app-both"), f.property.id, {f.gymKey.id, f.staffKey.id});
        const Person codeBoth = invite(QStringLiteral("cred-code-both"), f.property.id,
                                       {f.gymKey.id, f.residentKey.id}, false, AccessMethod::Doorcode);
        const Id lastActivity = f.lastActivityId();
        const int cards = f.countRows(QStringLiteral("keycard"));
        for (const Status &st : tryAll(gymOnly, appBoth.id, codeBoth.id)) {
            QVERIFY(!st.ok());
            QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
        }
        QCOMPARE(f.countRows(QStringLiteral("keycard")), cards + 1); // only the owner's card
        int denials = 0;
        for (const auto &e : f.activitySince(lastActivity))
            denials += e.action == QLatin1String("denied") && e.managerId == std::optional<Id>(gymOnly.id);
        QCOMPARE(denials, 5);

        // A guest share of an unlisted key counts like a grant.
        const Person host = invite(QStringLiteral("cred-host"), f.property.id, {f.residentKey.id}, true);
        ShareRequest share;
        share.hostPersonId = host.id;
        share.method = AccessMethod::Doorcode;
        share.guest.firstName = QStringLiteral("Guest");
        share.guest.email = QStringLiteral("cred-guest@example.com");
        share.keyIds = {f.residentKey.id};
        auto shared = f.access->share(f.owner, share);
        QVERIFY2(shared.ok(), why(shared));
        auto guestCode = m_devices->doorcode(gymOnly, shared->guest.id);
        QVERIFY(!guestCode.ok());
        QCOMPARE(guestCode.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(m_devices->doorcode(specific, shared->guest.id).ok(), "resident key is listed");

        // Only listed keys: allowed.
        const Person appListed =
            invite(QStringLiteral("cred-app-listed"), f.property.id, {f.residentKey.id, f.gymKey.id});
        const Person codeListed = invite(QStringLiteral("cred-code-listed"), f.property.id, {f.gymKey.id},
                                         false, AccessMethod::Doorcode);
        for (const Status &st : tryAll(specific, appListed.id, codeListed.id))
            QVERIFY2(st.ok(), why(st));

        // No key at all: a Specific manager may (all of none is listed), Key Management none may not.
        const Person appNone = invite(QStringLiteral("cred-app-none"), f.property.id, {f.gymKey.id});
        const Person codeNone = invite(QStringLiteral("cred-code-none"), f.property.id, {f.gymKey.id}, false,
                                       AccessMethod::Doorcode);
        QVERIFY(f.access->revokeAll(f.owner, appNone.id).ok());
        QVERIFY(f.access->revokeAll(f.owner, codeNone.id).ok());
        for (const Status &st : tryAll(gymOnly, appNone.id, codeNone.id))
            QVERIFY2(st.ok(), why(st));
        for (const Status &st : tryAll(none, appNone.id, codeNone.id)) {
            QVERIFY(!st.ok());
            QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
        }
    }

    // A front end that needs an operation's property before running it (porterctl reads dates in the
    // property's time zone; it edits a key by changing the fields it was given) asks the service, which
    // looks the object up, checks the right and records a refusal exactly once, under the operation's
    // action; the message is the one the operation itself gives (what the window shows). Editing and
    // deleting a key of an unassigned property read the same: refused, not "no such key".
    void lookupsBeforeAnOperationRecordTheirDenialOnce()
    {
        Fixture &f = *m_f;
        const Manager limited = m_managers.value(QStringLiteral("limited/0"));
        const Manager full = m_managers.value(QStringLiteral("full/0"));
        const Person birchHost = invite(QStringLiteral("lookup-host"), m_birch.id, {m_birchKey.id}, true);
        const Id birchGrant = grantOf(birchHost.id, m_birchKey.id);

        const auto denialsSince = [&](Id since) {
            QList<ActivityEvent> out;
            for (const auto &e : f.activitySince(since)) {
                if (e.action == QLatin1String("denied"))
                    out << e;
            }
            return out;
        };
        const auto check = [&](auto lookup, const Manager &actor, const char *action,
                               std::optional<Id> personId, auto operation) {
            const auto before = f.tableCounts();
            const Id last = f.lastActivityId();
            const auto result = lookup();
            auto denials = denialsSince(last);
            QCOMPARE(denials.size(), 1);
            QCOMPARE(denials[0].reason, QString::fromLatin1(action));
            QCOMPARE(denials[0].managerId, std::optional<Id>(actor.id));
            QCOMPARE(denials[0].propertyId, std::optional<Id>(m_birch.id));
            QCOMPARE(denials[0].personId, personId);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
            QCOMPARE(denials[0].detail, result.error().message);
            auto counts = f.tableCounts();
            QCOMPARE(counts[QStringLiteral("activity")], before[QStringLiteral("activity")] + 1);
            // The operation itself refuses with the same words (and records its own attempt once).
            const Id beforeOp = f.lastActivityId();
            const Status op = operation();
            QVERIFY(!op.ok());
            QCOMPARE(op.error().code, ErrorCode::PermissionDenied);
            QCOMPARE(op.error().message, result.error().message);
            QCOMPARE(denialsSince(beforeOp).size(), 1);
        };
        const auto status = [](const auto &r) { return r.ok() ? Status() : Status(r.error()); };

        check([&] { return f.access->propertyToManage(limited, m_birch.id, QStringLiteral("invite")); },
              limited, "invite", std::nullopt,
              [&] {
                  InviteRequest r;
                  r.propertyId = m_birch.id;
                  r.method = AccessMethod::App;
                  r.contact.firstName = QStringLiteral("Nobody");
                  r.contact.email = QStringLiteral("lookup-nobody@example.com");
                  r.keyIds = {m_birchKey.id};
                  return status(f.access->invite(limited, r));
              });
        check(
            [&] {
                return f.access->propertyOfPersonToManage(limited, birchHost.id, QStringLiteral("grant-add"));
            },
            limited, "grant-add", birchHost.id,
            [&] { return status(f.access->addKey(limited, birchHost.id, m_birchKey2.id, {}, {})); });
        check(
            [&] {
                return f.access->propertyOfGrantToManage(limited, birchGrant, QStringLiteral("grant-expiry"));
            },
            limited, "grant-expiry", birchHost.id,
            [&] { return status(f.access->setGrantExpiry(limited, birchGrant, std::nullopt)); });
        check(
            [&] {
                return f.access->propertyOfPersonToManage(limited, birchHost.id, QStringLiteral("share"));
            },
            limited, "share", birchHost.id,
            [&] {
                ShareRequest r;
                r.hostPersonId = birchHost.id;
                r.method = AccessMethod::Doorcode;
                r.guest.firstName = QStringLiteral("Guest");
                r.guest.email = QStringLiteral("lookup-guest@example.com");
                r.keyIds = {m_birchKey.id};
                return status(f.access->share(limited, r));
            });
        check([&] { return f.directory->keyToEdit(full, m_birchKey.id); }, full, "key-edit", std::nullopt,
              [&] {
                  Key k = m_birchKey;
                  k.name = QStringLiteral("Renamed");
                  return status(f.directory->editKey(full, k));
              });
        // Deleting reads as editing does: the same refusal, not "no such key".
        const Id last = f.lastActivityId();
        const Status del = f.directory->deleteKey(full, m_birchKey.id);
        QVERIFY(!del.ok());
        QCOMPARE(del.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(del.error().message, f.directory->keyToEdit(full, m_birchKey.id).error().message);
        QCOMPARE(denialsSince(last).size(), 2);

        // Allowed lookups give the property and record nothing; unknown ids are "not found", unrecorded.
        const Id quiet = f.lastActivityId();
        auto ok = f.access->propertyOfGrantToManage(f.owner, birchGrant, QStringLiteral("grant-expiry"));
        QVERIFY2(ok.ok(), why(ok));
        QCOMPARE(ok->id, m_birch.id);
        QVERIFY(f.directory->keyToEdit(f.owner, m_birchKey.id).ok());
        auto unknown = f.access->propertyOfPersonToManage(limited, 999999, QStringLiteral("grant-add"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        auto unknownKey = f.directory->keyToEdit(full, 999999);
        QVERIFY(!unknownKey.ok());
        QCOMPARE(unknownKey.error().code, ErrorCode::NotFound);
        QVERIFY(f.activitySince(quiet).isEmpty());
    }

    // Reads follow the same property scope: a Property Manager sees only assigned properties.
    void readsAreScopedToAssignedProperties()
    {
        Fixture &f = *m_f;
        const Manager limited = m_managers.value(QStringLiteral("limited/0"));
        auto props = f.directory->properties(limited);
        QVERIFY(props.ok());
        QCOMPARE(props->size(), 1);
        QCOMPARE(props->at(0).id, f.property.id);
        PeopleFilter filter;
        filter.propertyId = m_birch.id;
        auto people = f.queries->people(limited, filter);
        QVERIFY(!people.ok());
        QCOMPARE(people.error().code, ErrorCode::PermissionDenied);
        auto managers = f.directory->managers(limited);
        QVERIFY(!managers.ok());
        QCOMPARE(managers.error().code, ErrorCode::PermissionDenied);
        QVERIFY(f.directory->managers(f.owner).ok());
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"

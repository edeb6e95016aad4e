// Property boundaries enforced by the server itself (docs/design/shared-portfolio.md, section 2): a
// portfolio with two properties is built through Porter's services; then managers connect with their
// own logins through psql, outside Porter, as a modified client would, and try to read and change
// what is not theirs. A Property Manager sees and changes only their property; nobody but a Portfolio
// Manager adds properties or managers; the history cannot be rewritten; a login that is no manager's,
// or a disabled manager's, sees nothing. Porter's own connection under such a login is bound the same.
#include "access/accessservice.h"
#include "access/directoryservice.h"
#include "app/backend.h"
#include "pgserver.h"
#include "secrets/secretstore.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace porter;
using porter::test::PgServer;

#define why(r) ((r).ok() ? "" : qPrintable((r).error().message))

namespace {
const QString kDb = QStringLiteral("harbor");
const QString kAnaPassword = QStringLiteral("ana-login-password");
const QString kBobPassword = QStringLiteral("bob-login-password");
const QString kEvePassword = QStringLiteral("eve-login-password");
} // namespace

class TestPgRls : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_home;
    std::unique_ptr<Backend> m_admin; // Porter as the administrator who ran init (not bound by policies)
    Manager m_owner;
    Property m_maple, m_rue;
    Door m_mapleLobby, m_rueLobby;
    Key m_mapleKey, m_rueKey;
    Person m_mapleAna, m_rueBen;
    Manager m_ana; // Property Manager of Maple Court, login "ana"

    QString as(const QString &role, const QString &password, const QString &sql)
    {
        return m_server.psql(sql, kDb, role, password);
    }
    QString admin(const QString &sql) { return m_server.psql(sql, kDb); }
    // How many rows a data-modifying statement touched, as the role sees it.
    QString touched(const QString &role, const QString &password, const QString &dml)
    {
        return as(role, password,
                  QStringLiteral("WITH t AS (%1 RETURNING 1) SELECT count(*) FROM t").arg(dml));
    }

    Manager addManager(const QString &email, ManagerRole role, const QList<Id> &properties)
    {
        ManagerRequest r;
        r.name = email.section(QLatin1Char('@'), 0, 0);
        r.email = email;
        r.role = role;
        r.keyManagement = KeyManagement::Full;
        r.deviceManagement = true;
        r.propertyIds = properties;
        r.password = QStringLiteral("porter password 1");
        auto m = m_admin->directory().addManager(m_owner, r);
        if (!m.ok())
            qFatal("addManager: %s", qPrintable(m.error().message));
        return *m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.exportSuperuserPassword(m_home.path()));
        QVERIFY(m_server.createDatabase(kDb));
        Backend::Parts parts;
        parts.keys = std::make_unique<FileKeyProvider>(m_home.filePath(QStringLiteral("keys")));
        auto b = Backend::open(m_server.address(kDb), Backend::Open::Create, std::move(parts));
        QVERIFY2(b.ok(), why(b));
        m_admin = std::move(b).value();
        auto owner = m_admin->directory().init({QStringLiteral("Harbor Homes"), QStringLiteral("Olive Owner"),
                                                QStringLiteral("olive@harbor.test"),
                                                QStringLiteral("correct horse battery")});
        QVERIFY2(owner.ok(), why(owner));
        m_owner = *owner;
        const auto property = [&](const QString &name) {
            Property p;
            p.name = name;
            p.timeZone = QStringLiteral("America/New_York");
            return m_admin->directory().addProperty(m_owner, p).value();
        };
        m_maple = property(QStringLiteral("Maple Court"));
        m_rue = property(QStringLiteral("Rue Lepic"));
        const auto door = [&](Id propertyId) {
            Door d;
            d.propertyId = propertyId;
            d.name = QStringLiteral("Lobby");
            d.type = DoorType::BuildingEntrance;
            d.connectivity = Connectivity::Offline;
            return m_admin->directory().addDoor(m_owner, d).value();
        };
        m_mapleLobby = door(m_maple.id);
        m_rueLobby = door(m_rue.id);
        const auto key = [&](Id propertyId, Id doorId) {
            Key k;
            k.propertyId = propertyId;
            k.name = QStringLiteral("Resident");
            k.doorIds = {doorId};
            k.schedule = Schedule::parse(QStringLiteral("always")).value();
            return m_admin->directory().addKey(m_owner, k).value();
        };
        m_mapleKey = key(m_maple.id, m_mapleLobby.id);
        m_rueKey = key(m_rue.id, m_rueLobby.id);
        const auto invite = [&](Id propertyId, Id keyId, const QString &first) {
            InviteRequest r;
            r.propertyId = propertyId;
            r.contact.firstName = first;
            r.contact.email = first.toLower() + QStringLiteral("@example.com");
            r.keyIds = {keyId};
            auto res = m_admin->access().invite(m_owner, r);
            if (!res.ok())
                qFatal("invite: %s", qPrintable(res.error().message));
            return res->person;
        };
        m_mapleAna = invite(m_maple.id, m_mapleKey.id, QStringLiteral("Anita"));
        invite(m_maple.id, m_mapleKey.id, QStringLiteral("Carl"));
        m_rueBen = invite(m_rue.id, m_rueKey.id, QStringLiteral("Ben"));

        // The managers' logins, made by the administrator, each linked to its manager.
        m_ana = addManager(QStringLiteral("ana@harbor.test"), ManagerRole::PropertyManager, {m_maple.id});
        const Manager bob = addManager(QStringLiteral("bob@harbor.test"), ManagerRole::PortfolioManager, {});
        const QString group = QStringLiteral("porter_managers_") + kDb;
        QVERIFY(!admin(QStringLiteral("CREATE ROLE ana LOGIN PASSWORD '%1' IN ROLE %2; "
                                      "CREATE ROLE bob LOGIN PASSWORD '%3' IN ROLE %2; "
                                      "CREATE ROLE eve LOGIN PASSWORD '%4' IN ROLE %2; "
                                      "UPDATE manager SET db_role = 'ana' WHERE id = %5; "
                                      "UPDATE manager SET db_role = 'bob' WHERE id = %6")
                           .arg(kAnaPassword, group, kBobPassword, kEvePassword)
                           .arg(m_ana.id)
                           .arg(bob.id))
                     .isNull());
    }

    void propertyManagerReadsOnlyTheirProperty()
    {
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM person")), QStringLiteral("3"));
        QCOMPARE(as(QStringLiteral("ana"), kAnaPassword,
                    QStringLiteral("SELECT string_agg(first_name, ',' ORDER BY first_name) FROM person")),
                 QStringLiteral("Anita,Carl"));
        for (const char *table :
             {"door", "access_key", "key_door", "access_grant", "door_change", "property"}) {
            const QString mine =
                as(QStringLiteral("ana"), kAnaPassword,
                   QStringLiteral("SELECT count(*) FROM %1 WHERE %2 <> %3")
                       .arg(QLatin1String(table),
                            QLatin1String(qstrcmp(table, "property") == 0 ? "id" : "property_id"))
                       .arg(m_maple.id));
            QVERIFY2(mine == QLatin1String("0"), table);
        }
        QCOMPARE(as(QStringLiteral("ana"), kAnaPassword,
                    QStringLiteral("SELECT count(*) FROM activity WHERE property_id IS DISTINCT FROM %1")
                        .arg(m_maple.id)),
                 QStringLiteral("0"));
        // Ben's row is there, just not for Ana.
        QCOMPARE(as(QStringLiteral("ana"), kAnaPassword,
                    QStringLiteral("SELECT count(*) FROM person WHERE id = %1").arg(m_rueBen.id)),
                 QStringLiteral("0"));
        // A Portfolio Manager reads both properties.
        QCOMPARE(as(QStringLiteral("bob"), kBobPassword, QStringLiteral("SELECT count(*) FROM person")),
                 QStringLiteral("3"));
    }

    void propertyManagerCannotChangeAnotherProperty()
    {
        const QString ana = QStringLiteral("ana");
        QCOMPARE(touched(ana, kAnaPassword, QStringLiteral("UPDATE person SET first_name = 'Mallory'")),
                 QStringLiteral("2"));
        QCOMPARE(admin(QStringLiteral("SELECT first_name FROM person WHERE id = %1").arg(m_rueBen.id)),
                 QStringLiteral("Ben"));
        QCOMPARE(touched(ana, kAnaPassword,
                         QStringLiteral("DELETE FROM access_grant WHERE property_id = %1").arg(m_rue.id)),
                 QStringLiteral("0"));
        QCOMPARE(touched(ana, kAnaPassword,
                         QStringLiteral("UPDATE door SET name = 'x' WHERE id = %1").arg(m_rueLobby.id)),
                 QStringLiteral("0"));
        // Writing a row into the other property is refused outright.
        QVERIFY(as(ana, kAnaPassword,
                   QStringLiteral("INSERT INTO door (property_id, name, type, connectivity, created_at) "
                                  "VALUES (%1, 'Back door', 'service', 'offline', 0)")
                       .arg(m_rue.id))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("row-level security")),
                 qPrintable(m_server.error()));
        // Moving her own door there, too.
        QVERIFY(as(ana, kAnaPassword,
                   QStringLiteral("UPDATE door SET property_id = %1 WHERE id = %2")
                       .arg(m_rue.id)
                       .arg(m_mapleLobby.id))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("cannot move to another property")),
                 qPrintable(m_server.error()));
        // Giving Ben (of Rue Lepic) her key, or her tenant the other property's key: the server fills
        // the grant's property from its key and checks the person against it.
        QVERIFY(as(ana, kAnaPassword,
                   QStringLiteral("INSERT INTO access_grant (person_id, key_id, starts_at, created_at) "
                                  "VALUES (%1, %2, 0, 0)")
                       .arg(m_rueBen.id)
                       .arg(m_mapleKey.id))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("no such person")), qPrintable(m_server.error()));
        QVERIFY(as(ana, kAnaPassword,
                   QStringLiteral("INSERT INTO access_grant (person_id, key_id, starts_at, created_at) "
                                  "VALUES (%1, %2, 0, 0)")
                       .arg(m_mapleAna.id)
                       .arg(m_rueKey.id))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("no such access_key")),
                 qPrintable(m_server.error()));
        // A grant's property cannot be set by hand: the server sets it back from the grant's key.
        QCOMPARE(touched(ana, kAnaPassword,
                         QStringLiteral("UPDATE access_grant SET property_id = %1").arg(m_rue.id)),
                 QStringLiteral("2"));
        // Nor can a Portfolio Manager move a person to the other property, leaving their grants behind.
        QVERIFY(as(QStringLiteral("bob"), kBobPassword,
                   QStringLiteral("UPDATE person SET property_id = %1 WHERE id = %2")
                       .arg(m_rue.id)
                       .arg(m_mapleAna.id))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("cannot move")), qPrintable(m_server.error()));
        QCOMPARE(
            admin(QStringLiteral("SELECT count(*) FROM access_grant WHERE property_id = %1").arg(m_maple.id)),
            QStringLiteral("2"));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM door WHERE property_id = %1").arg(m_rue.id)),
                 QStringLiteral("1"));
    }

    void onlyAPortfolioManagerAddsPropertiesAndManagers()
    {
        const QString ana = QStringLiteral("ana");
        QVERIFY(as(ana, kAnaPassword,
                   QStringLiteral("INSERT INTO property (portfolio_id, name, time_zone, created_at) "
                                  "VALUES (%1, 'Elm', 'UTC', 0)")
                       .arg(m_owner.portfolioId))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("row-level security")),
                 qPrintable(m_server.error()));
        QVERIFY(as(ana, kAnaPassword,
                   QStringLiteral(
                       "INSERT INTO manager (portfolio_id, email, name, role, key_management, "
                       "password_hash, created_at) VALUES (%1, 'x@x.test', 'X', 'portfolio', 'full', '', 0)")
                       .arg(m_owner.portfolioId))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("row-level security")),
                 qPrintable(m_server.error()));
        // Nor can she make herself a Portfolio Manager, or give herself the other property.
        QCOMPARE(touched(ana, kAnaPassword,
                         QStringLiteral("UPDATE manager SET role = 'portfolio' WHERE db_role = 'ana'")),
                 QStringLiteral("0"));
        QVERIFY(as(ana, kAnaPassword,
                   QStringLiteral("INSERT INTO manager_property (manager_id, property_id) VALUES (%1, %2)")
                       .arg(m_ana.id)
                       .arg(m_rue.id))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("row-level security")),
                 qPrintable(m_server.error()));
        QCOMPARE(admin(QStringLiteral("SELECT role FROM manager WHERE db_role = 'ana'")),
                 QStringLiteral("property"));
        // Bob, a Portfolio Manager, may add a property.
        QCOMPARE(
            as(QStringLiteral("bob"), kBobPassword,
               QStringLiteral("WITH t AS (INSERT INTO property (portfolio_id, name, time_zone, created_at) "
                              "VALUES (%1, 'Elm', 'UTC', 0) RETURNING id) SELECT count(*) FROM t")
                   .arg(m_owner.portfolioId)),
            QStringLiteral("1"));
        // The portfolio's list of properties the policies read follows: in the same transaction (a door
        // added to the new property at once) and after it; a property removed leaves it; Ana's scope is hers.
        QCOMPARE(as(QStringLiteral("bob"), kBobPassword,
                    QStringLiteral(
                        "BEGIN; INSERT INTO property (portfolio_id, name, time_zone, created_at) VALUES "
                        "(%1, 'Ash', 'UTC', 0); SELECT count(*) FROM property WHERE name = 'Ash'; COMMIT")
                        .arg(m_owner.portfolioId))
                     .trimmed(),
                 QStringLiteral("1"));
        QCOMPARE(as(QStringLiteral("bob"), kBobPassword, QStringLiteral("SELECT count(*) FROM property"))
                     .trimmed(),
                 admin(QStringLiteral("SELECT count(*) FROM property WHERE portfolio_id = %1")
                           .arg(m_owner.portfolioId))
                     .trimmed());
        QVERIFY(!admin(QStringLiteral("DELETE FROM property WHERE name = 'Ash'")).isNull());
        QCOMPARE(as(QStringLiteral("bob"), kBobPassword,
                    QStringLiteral("SELECT count(*) FROM property WHERE name = 'Ash'"))
                     .trimmed(),
                 QStringLiteral("0"));
        QCOMPARE(as(ana, kAnaPassword,
                    QStringLiteral("SELECT count(*) FROM property WHERE name IN ('Elm', 'Ash')"))
                     .trimmed(),
                 QStringLiteral("0"));
        // Nobody's login reads the list itself.
        QVERIFY(as(ana, kAnaPassword, QStringLiteral("SELECT * FROM portfolio_scope")).isNull());
        QVERIFY(as(QStringLiteral("bob"), kBobPassword, QStringLiteral("SELECT * FROM portfolio_scope"))
                    .isNull());
    }

    void historyIsNotRewritten()
    {
        const QString ana = QStringLiteral("ana");
        QVERIFY(as(ana, kAnaPassword, QStringLiteral("DELETE FROM activity")).isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("permission denied")),
                 qPrintable(m_server.error()));
        QVERIFY(as(ana, kAnaPassword, QStringLiteral("UPDATE door_change SET summary = ''")).isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("permission denied")),
                 qPrintable(m_server.error()));
        QVERIFY(as(ana, kAnaPassword, QStringLiteral("UPDATE schema_version SET version = 1")).isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("permission denied")),
                 qPrintable(m_server.error()));
        QVERIFY(admin(QStringLiteral("SELECT count(*) FROM activity")).toInt() > 0);
    }

    void aLoginThatIsNoManagersSeesNothing()
    {
        for (const char *table : {"person", "manager", "property", "door", "activity", "portfolio"})
            QCOMPARE(as(QStringLiteral("eve"), kEvePassword,
                        QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                     QStringLiteral("0"));
        // A disabled manager is nobody either.
        const Manager disabled =
            addManager(QStringLiteral("dora@harbor.test"), ManagerRole::PortfolioManager, {});
        QVERIFY(!admin(QStringLiteral("UPDATE manager SET db_role = 'eve', disabled_at = 1 WHERE id = %1")
                           .arg(disabled.id))
                     .isNull());
        QCOMPARE(as(QStringLiteral("eve"), kEvePassword, QStringLiteral("SELECT count(*) FROM person")),
                 QStringLiteral("0"));
    }

    // Attacks found in review, kept as tests that perform them.
    void noStandInsForTheServersTablesOrFunctions()
    {
        const QString ana = QStringLiteral("ana");
        // A temporary table of her own called access_key, claiming Rue Lepic's key is Maple Court's:
        // the server's trigger reads the real table.
        QVERIFY(as(ana, kAnaPassword,
                   QStringLiteral("CREATE TEMP TABLE access_key (id bigint, property_id bigint); "
                                  "INSERT INTO access_key VALUES (%1, %2); "
                                  "INSERT INTO access_grant (person_id, key_id, starts_at, created_at) "
                                  "VALUES (%3, %1, 0, 0)")
                       .arg(m_rueKey.id)
                       .arg(m_maple.id)
                       .arg(m_mapleAna.id))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("no such access_key")),
                 qPrintable(m_server.error()));
        QCOMPARE(
            admin(QStringLiteral("SELECT count(*) FROM access_grant WHERE key_id = %1").arg(m_rueKey.id)),
            QStringLiteral("1"));
        // Nor a function of her own that the policies' functions would call as their owner.
        QVERIFY(as(ana, kAnaPassword,
                   QStringLiteral("CREATE FUNCTION public.array_agg(bigint) RETURNS bigint[] LANGUAGE sql "
                                  "AS 'SELECT ARRAY[1::bigint]'"))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("permission denied")),
                 qPrintable(m_server.error()));
    }

    void onlyAPortfolioManagerReplacesASealedSecret()
    {
        QVERIFY(!admin(QStringLiteral("INSERT INTO secret (name, nonce, ciphertext, created_at) "
                                      "VALUES ('test-secret', '\\x00', '\\x01', 0)"))
                     .isNull());
        const QString ana = QStringLiteral("ana");
        QCOMPARE(
            as(ana, kAnaPassword, QStringLiteral("SELECT count(*) FROM secret WHERE name = 'test-secret'")),
            QStringLiteral("1"));
        QCOMPARE(touched(ana, kAnaPassword, QStringLiteral("DELETE FROM secret WHERE name = 'test-secret'")),
                 QStringLiteral("0"));
        QCOMPARE(touched(ana, kAnaPassword,
                         QStringLiteral("UPDATE secret SET ciphertext = '\\x02' WHERE name = 'test-secret'")),
                 QStringLiteral("0"));
        QVERIFY(as(ana, kAnaPassword, QStringLiteral("DELETE FROM installation")).isNull());
        QCOMPARE(
            admin(QStringLiteral("SELECT encode(ciphertext, 'hex') FROM secret WHERE name = 'test-secret'")),
            QStringLiteral("01"));
    }

    // Nobody writes history in another's name or in nobody's: a record with no manager is a door's
    // (numbered by the door, or Porter's alarm about it), written by a manager who syncs doors, for a
    // door of the same property.
    void historyIsWrittenInNobodyElsesName()
    {
        const QString ana = QStringLiteral("ana");
        const auto record = [&](const QString &manager, Id property, const QString &door, const QString &seq,
                                const QString &actor, const QString &action) {
            return touched(ana, kAnaPassword,
                           QStringLiteral("INSERT INTO activity (at, property_id, manager_id, actor, action, "
                                          "door_id, door_seq, door_commissioning) VALUES (1, %1, %2, '%3', "
                                          "'%4', %5, %6, 1)")
                               .arg(property)
                               .arg(manager, actor, action, door, seq));
        };
        const QString maple = QString::number(m_mapleLobby.id);
        // In Olive's name, or in nobody's with no door: refused.
        QVERIFY(record(QString::number(m_owner.id), m_maple.id, QStringLiteral("NULL"),
                       QStringLiteral("NULL"), QStringLiteral("Olive Owner <olive@harbor.test>"),
                       QStringLiteral("invite"))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("row-level security")),
                 qPrintable(m_server.error()));
        QVERIFY(record(QStringLiteral("NULL"), m_maple.id, QStringLiteral("NULL"), QStringLiteral("NULL"),
                       QStringLiteral("Olive Owner <olive@harbor.test>"), QStringLiteral("invite"))
                    .isNull());
        // A "door event" with no number, that is not Porter's alarm: refused.
        QVERIFY(record(QStringLiteral("NULL"), m_maple.id, maple, QStringLiteral("NULL"),
                       QStringLiteral("Olive Owner <olive@harbor.test>"), QStringLiteral("revoke"))
                    .isNull());
        // Rue Lepic's lobby filed under Maple Court: refused.
        QVERIFY(record(QStringLiteral("NULL"), m_maple.id, QString::number(m_rueLobby.id),
                       QStringLiteral("77"), QStringLiteral("Door"), QStringLiteral("door-open"))
                    .isNull());
        // What a sync of Maple's lobby brings back, and Porter's alarm: written.
        QCOMPARE(record(QStringLiteral("NULL"), m_maple.id, maple, QStringLiteral("77"),
                        QStringLiteral("Anita"), QStringLiteral("door-open")),
                 QStringLiteral("1"));
        QCOMPARE(record(QStringLiteral("NULL"), m_maple.id, maple, QStringLiteral("NULL"),
                        QStringLiteral("Porter"), QStringLiteral("door-alarm")),
                 QStringLiteral("1"));
        // Without Device Management she syncs no doors, so writes no door's record either.
        QVERIFY(!admin(QStringLiteral("UPDATE manager SET device_management = 0 WHERE id = %1").arg(m_ana.id))
                     .isNull());
        QVERIFY(record(QStringLiteral("NULL"), m_maple.id, maple, QStringLiteral("78"),
                       QStringLiteral("Anita"), QStringLiteral("door-open"))
                    .isNull());
        QVERIFY(!admin(QStringLiteral("UPDATE manager SET device_management = 1 WHERE id = %1").arg(m_ana.id))
                     .isNull());
    }

    // The record of her own refused attempt (no property: a property she may not add) is written and
    // read back, as Porter's insert with RETURNING does.
    void herOwnDenialIsRecorded()
    {
        QCOMPARE(as(QStringLiteral("ana"), kAnaPassword,
                    QStringLiteral(
                        "WITH t AS (INSERT INTO activity (at, manager_id, actor, action, result) "
                        "VALUES (0, %1, 'ana', 'denied', 'denied') RETURNING id) SELECT count(*) FROM t")
                        .arg(m_ana.id)),
                 QStringLiteral("1"));
    }

    // Porter itself, signed in to the server with Ana's login, is bound the same way.
    void portersConnectionUnderAnasLoginIsBoundToo()
    {
        auto location = DatabaseLocation::parse(m_server.address(kDb, QStringLiteral("ana"))).value();
        auto db = Database::openServer(location, kAnaPassword, false);
        QVERIFY2(db.ok(), why(db));
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM person")).value().toInt(), 2);
        QCOMPARE((*db)
                     ->scalar(QStringLiteral("SELECT count(*) FROM person WHERE property_id = ?"), {m_rue.id})
                     .value()
                     .toInt(),
                 0);
    }

    // Schema 16 keeps a manager's properties as ranges of ids. A gap in them (a property not assigned, or
    // another portfolio's property numbered between two of this one's) stays outside, for reading and
    // for writing.
    void aScopeWithGapsIsExact()
    {
        const auto property = [&](const QString &name) {
            Property p;
            p.name = name;
            p.timeZone = QStringLiteral("America/New_York");
            return m_admin->directory().addProperty(m_owner, p).value();
        };
        const Property oak = property(QStringLiteral("Oak Row"));
        // Another portfolio on the same server (its administrator made it), with a property numbered
        // between this portfolio's.
        const QString other =
            admin(
                QStringLiteral("WITH f AS (INSERT INTO portfolio (name, created_at) VALUES ('Elsewhere', 0) "
                               "RETURNING id) INSERT INTO property (portfolio_id, name, time_zone, "
                               "created_at) SELECT id, 'Far Away', 'UTC', 0 FROM f RETURNING id"))
                .trimmed();
        QVERIFY2(!other.isEmpty(), qPrintable(m_server.error()));
        const Property pine = property(QStringLiteral("Pine Hall"));
        QVERIFY(oak.id < other.toLongLong() && other.toLongLong() < pine.id);
        QVERIFY(
            !admin(QStringLiteral("INSERT INTO person (property_id, first_name, last_name, sort_name, email, "
                                  "email_norm, search_key, access_method, created_at) VALUES (%1, 'Zed', "
                                  "'Far', 'Far, Zed', 'zed@far.test', 'zed@far.test', 'zed', 'app', 0)")
                       .arg(other))
                 .isNull());
        // Cleo manages Maple Court and Pine Hall, not Rue Lepic, Oak Row or the other portfolio's.
        const Manager cleo = addManager(QStringLiteral("cleo@harbor.test"), ManagerRole::PropertyManager,
                                        {m_maple.id, pine.id});
        const QString cleoPassword = QStringLiteral("cleo-login-password");
        QVERIFY(!admin(QStringLiteral("CREATE ROLE cleo LOGIN PASSWORD '%1' IN ROLE porter_managers_%2; "
                                      "UPDATE manager SET db_role = 'cleo' WHERE id = %3")
                           .arg(cleoPassword, kDb)
                           .arg(cleo.id))
                     .isNull());
        QCOMPARE(as(QStringLiteral("cleo"), cleoPassword,
                    QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM property")),
                 QStringLiteral("%1,%2").arg(m_maple.id).arg(pine.id));
        QCOMPARE(as(QStringLiteral("cleo"), cleoPassword,
                    QStringLiteral("SELECT count(*) FROM person WHERE property_id <> %1").arg(m_maple.id)),
                 QStringLiteral("0"));
        QVERIFY(as(QStringLiteral("cleo"), cleoPassword,
                   QStringLiteral("INSERT INTO door (property_id, name, type, connectivity, created_at) "
                                  "VALUES (%1, 'Shed', 'service', 'offline', 0)")
                       .arg(oak.id))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("row-level security")),
                 qPrintable(m_server.error()));
        QCOMPARE(
            touched(QStringLiteral("cleo"), cleoPassword,
                    QStringLiteral("INSERT INTO door (property_id, name, type, connectivity, created_at) "
                                   "VALUES (%1, 'Shed', 'service', 'offline', 0)")
                        .arg(pine.id)),
            QStringLiteral("1"));
        // Bob, a Portfolio Manager, sees every property of his portfolio and nothing of the other one, even
        // numbered in between.
        const QString all = QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM property");
        const QString ours =
            admin(all + QStringLiteral(" WHERE portfolio_id = %1").arg(m_owner.portfolioId)).trimmed();
        QVERIFY(ours.endsWith(QLatin1Char(',') + QString::number(pine.id)));
        QCOMPARE(as(QStringLiteral("bob"), kBobPassword, all), ours);
        QCOMPARE(as(QStringLiteral("bob"), kBobPassword,
                    QStringLiteral("SELECT count(*) FROM person WHERE property_id = %1").arg(other)),
                 QStringLiteral("0"));
        QCOMPARE(
            touched(
                QStringLiteral("bob"), kBobPassword,
                QStringLiteral("UPDATE person SET first_name = 'Mallory' WHERE property_id = %1").arg(other)),
            QStringLiteral("0"));
        QVERIFY(as(QStringLiteral("bob"), kBobPassword,
                   QStringLiteral("INSERT INTO door (property_id, name, type, connectivity, created_at) "
                                  "VALUES (%1, 'Gate', 'service', 'offline', 0)")
                       .arg(other))
                    .isNull());
        QVERIFY2(m_server.error().contains(QStringLiteral("row-level security")),
                 qPrintable(m_server.error()));
        // His scope, as the policies read it: this portfolio's ids, not the other's between them.
        const QString inScope = QStringLiteral("SELECT CAST(%1 AS BIGINT) <@ porter_visible_scope()");
        QCOMPARE(as(QStringLiteral("bob"), kBobPassword, inScope.arg(other)), QStringLiteral("f"));
        QCOMPARE(as(QStringLiteral("bob"), kBobPassword, inScope.arg(oak.id)), QStringLiteral("t"));
        QCOMPARE(as(QStringLiteral("bob"), kBobPassword, inScope.arg(pine.id)), QStringLiteral("t"));
        QCOMPARE(as(QStringLiteral("cleo"), cleoPassword, inScope.arg(oak.id)), QStringLiteral("f"));
    }
};

QTEST_GUILESS_MAIN(TestPgRls)
#include "tst_pgrls.moc"

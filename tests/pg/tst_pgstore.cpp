// Porter's store on a real PostgreSQL server (docs/design/shared-portfolio.md, sections 1 and 3): what
// only a server database does. `porterctl init` fills an empty database and nothing else; another
// application's database and an empty one are refused untouched; a wrong password, an unknown
// database and a missing server each get their own message; a server stopped in the middle of an
// invitation leaves nothing of it and Porter connects again by itself; a serialization conflict is
// run again (no lost update), and one that keeps coming back ends in a clear refusal; a door's
// changes commit in the order of their numbers, so a sync never acknowledges past one still to commit.
// The core suites themselves run on PostgreSQL as their _pg twins (cmake/PorterTesting.cmake).
#include "access/accessservice.h"
#include "access/directoryservice.h"
#include "access/queryservice.h"
#include "app/backend.h"
#include "pgserver.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/journalrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace porter;
using porter::test::PgServer;

#define why(r) ((r).ok() ? "" : qPrintable((r).error().message))

class TestPgStore : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_home;

    QString location(const QString &database, const QString &user = PgServer::superuser()) const
    {
        return m_server.address(database, user);
    }
    DatabaseLocation parsed(const QString &database, const QString &user = PgServer::superuser()) const
    {
        return DatabaseLocation::parse(location(database, user)).value();
    }
    // The tables of `database`, read with psql (outside Porter).
    QStringList tablesOf(const QString &database)
    {
        const QString out = m_server.psql(
            QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"),
            database);
        return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    qint64 count(Database &db, const QString &table)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM ") + table).value().toLongLong();
    }

    std::unique_ptr<Backend> backendOn(const QString &database, const QTemporaryDir &keys)
    {
        Backend::Parts parts;
        parts.keys = std::make_unique<FileKeyProvider>(keys.filePath(QStringLiteral("keys")));
        auto b = Backend::open(location(database), Backend::Open::Create, std::move(parts));
        if (!b.ok())
            qFatal("backend: %s", qPrintable(b.error().message));
        return std::move(b).value();
    }

    // A portfolio with one property, its lobby and a key to it, made by its Portfolio Manager.
    struct Built
    {
        Manager owner;
        Property property;
        Key key;
    };
    static Built build(Backend &backend)
    {
        Built out;
        out.owner = backend.directory()
                        .init({QStringLiteral("Acme"), QStringLiteral("Olive Owner"),
                               QStringLiteral("owner@acme.test"), QStringLiteral("correct horse battery")})
                        .value();
        Property p;
        p.name = QStringLiteral("Maple Court");
        p.timeZone = QStringLiteral("America/New_York");
        out.property = backend.directory().addProperty(out.owner, p).value();
        Door d;
        d.propertyId = out.property.id;
        d.name = QStringLiteral("Lobby");
        d.type = DoorType::BuildingEntrance;
        d.connectivity = Connectivity::Offline;
        const Door door = backend.directory().addDoor(out.owner, d).value();
        Key k;
        k.propertyId = out.property.id;
        k.name = QStringLiteral("Resident");
        k.doorIds = {door.id};
        k.schedule = Schedule::parse(QStringLiteral("always")).value();
        out.key = backend.directory().addKey(out.owner, k).value();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        // The superuser's password comes from libpq's password file, as a manager's ~/.pgpass would.
        QVERIFY(m_server.exportSuperuserPassword(m_home.path()));
    }

    void createFillsAnEmptyDatabaseAndOpenRefusesOne()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("fresh")));
        {
            // open() creates nothing: an empty server database is "no portfolio here", untouched.
            auto opened = Database::open(location(QStringLiteral("fresh")));
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, ErrorCode::NotFound);
            QVERIFY2(opened.error().message.contains(QStringLiteral("porterctl init --db")),
                     qPrintable(opened.error().message));
        }
        QVERIFY(tablesOf(QStringLiteral("fresh")).isEmpty());
        {
            auto created = Database::create(location(QStringLiteral("fresh")));
            QVERIFY2(created.ok(), why(created));
            QVERIFY((*created)->isShared());
            QCOMPARE((*created)->schemaVersion(), Database::latestSchemaVersion());
            // The address Porter shows has no password and names the database.
            QVERIFY((*created)->path().startsWith(QLatin1String("postgresql://porter_admin@")));
            QVERIFY((*created)->path().contains(QLatin1String("/fresh")));
        }
        const QStringList tables = tablesOf(QStringLiteral("fresh"));
        for (const char *t : {"portfolio", "property", "manager", "person", "access_grant", "guest_share",
                              "door", "door_change", "activity", "outbox", "secret", "schema_version"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        QCOMPARE(m_server.psql(QStringLiteral("SELECT version FROM schema_version"), QStringLiteral("fresh"))
                     .trimmed(),
                 QString::number(Database::latestSchemaVersion()));
        // Opened again: the same schema, nothing run twice.
        auto again = Database::open(location(QStringLiteral("fresh")));
        QVERIFY2(again.ok(), why(again));
        QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
    }

    void anotherApplicationsDatabaseIsLeftAlone()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("invoices")));
        QVERIFY(!m_server
                     .psql(QStringLiteral("CREATE TABLE invoice (id int, total numeric); "
                                          "INSERT INTO invoice VALUES (1, 9.5)"),
                           QStringLiteral("invoices"))
                     .isNull());
        for (bool create : {false, true}) {
            auto opened = create ? Database::create(location(QStringLiteral("invoices")))
                                 : Database::open(location(QStringLiteral("invoices")));
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
            QVERIFY2(opened.error().message.contains(QStringLiteral("not a Porter database")),
                     qPrintable(opened.error().message));
        }
        QCOMPARE(tablesOf(QStringLiteral("invoices")), QStringList{QStringLiteral("invoice")});
        QCOMPARE(
            m_server.psql(QStringLiteral("SELECT total FROM invoice"), QStringLiteral("invoices")).trimmed(),
            QStringLiteral("9.5"));
    }

    void signInFailuresSayWhatIsWrong()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("signin")));
        QVERIFY(!m_server
                     .psql(QStringLiteral(
                         "CREATE ROLE ana LOGIN PASSWORD 'ana-right-password'; "
                         "GRANT ALL ON DATABASE signin TO ana; ALTER DATABASE signin OWNER TO ana"))
                     .isNull());
        // No password at all (libpq's password file has none for ana): asked for, not "wrong".
        auto none =
            Database::openServer(parsed(QStringLiteral("signin"), QStringLiteral("ana")), QString(), true);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::PasswordNeeded);
        QVERIFY2(none.error().message.contains(QStringLiteral("asks for the login's password")),
                 qPrintable(none.error().message));
        // A wrong password (given, so libpq does not look further).
        auto wrong = Database::openServer(parsed(QStringLiteral("signin"), QStringLiteral("ana")),
                                          QStringLiteral("hunter-7-guess"), true);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::AuthenticationFailed);
        QVERIFY(!wrong.error().message.contains(QStringLiteral("hunter"))); // a password is never echoed
        QVERIFY(tablesOf(QStringLiteral("signin")).isEmpty());
        // The right one, but Ana may not create roles: init needs to make the managers' group, so it
        // is refused as a whole, with the server's reason, and leaves the database empty.
        auto noRoles = Database::openServer(parsed(QStringLiteral("signin"), QStringLiteral("ana")),
                                            QStringLiteral("ana-right-password"), true);
        QVERIFY(!noRoles.ok());
        QCOMPARE(noRoles.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(noRoles.error().message.contains(QStringLiteral("create role")),
                 qPrintable(noRoles.error().message));
        QVERIFY(tablesOf(QStringLiteral("signin")).isEmpty());
        // With CREATEROLE: Ana's portfolio, created by her as the database's owner.
        QVERIFY(!m_server.psql(QStringLiteral("ALTER ROLE ana CREATEROLE")).isNull());
        auto right = Database::openServer(parsed(QStringLiteral("signin"), QStringLiteral("ana")),
                                          QStringLiteral("ana-right-password"), true);
        QVERIFY2(right.ok(), why(right));
        QCOMPARE((*right)->schemaVersion(), Database::latestSchemaVersion());
        // A database the server does not have.
        auto missing = Database::open(location(QStringLiteral("no_such_portfolio")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY2(missing.error().message.contains(QStringLiteral("no_such_portfolio")),
                 qPrintable(missing.error().message));
        // No server at all at that address.
        auto nobody =
            Database::open(QStringLiteral("postgresql://porter_admin@/x?host=%1&port=1").arg(m_home.path()));
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().code, ErrorCode::Storage);
        QVERIFY2(nobody.error().message.contains(QStringLiteral("Cannot connect")),
                 qPrintable(nobody.error().message));
    }

    // The server goes down while an invitation is half done (its person written, its key grant not
    // yet): the invitation fails with a clear message, nothing of it is on the server, and once the
    // server is back the next operation connects again and works.
    void serverStoppedMidOperationLeavesNothingAndPorterReconnects()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("outage")));
        QTemporaryDir keys;
        auto backend = backendOn(QStringLiteral("outage"), keys);
        const Built built = build(*backend);
        const auto owner = &built.owner;
        const auto property = &built.property;
        const auto key = &built.key;

        InviteRequest r;
        r.propertyId = property->id;
        r.contact.firstName = QStringLiteral("Ana");
        r.contact.email = QStringLiteral("ana@example.com");
        r.keyIds = {key->id};
        Database &db = backend->database();
        const qint64 peopleBefore = count(db, QStringLiteral("person"));
        bool stopped = false;
        db.setStatementObserver([&](const QString &sql, const QVariantList &) {
            if (!stopped && sql.startsWith(QLatin1String("INSERT INTO access_grant"))) {
                stopped = true;
                QVERIFY(m_server.stop());
            }
        });
        auto invited = backend->access().invite(*owner, r);
        db.setStatementObserver({});
        QVERIFY(stopped);
        QVERIFY(!invited.ok());
        QCOMPARE(invited.error().code, ErrorCode::Storage);
        QVERIFY2(invited.error().message.contains(QStringLiteral("lost its connection")),
                 qPrintable(invited.error().message));
        QVERIFY2(invited.error().message.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(invited.error().message));

        // While the server is down, each try says so again.
        PeopleFilter everyone;
        everyone.propertyId = property->id;
        auto stillDown = backend->queries().people(*owner, everyone);
        QVERIFY(!stillDown.ok());

        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        // Nothing of the invitation reached the server.
        QCOMPARE(count(db, QStringLiteral("person")), peopleBefore);
        QCOMPARE(count(db, QStringLiteral("access_grant")), qint64(0));
        QCOMPARE(
            m_server.psql(QStringLiteral("SELECT count(*) FROM person"), QStringLiteral("outage")).trimmed(),
            QString::number(peopleBefore));
        // And the same invitation now goes through on the new connection.
        auto again = backend->access().invite(*owner, r);
        QVERIFY2(again.ok(), why(again));
        QCOMPARE(count(db, QStringLiteral("access_grant")), qint64(1));
    }

    // Two managers invite the same email at the same moment, on two connections (two windows): the
    // second one's invitation is under way (it has checked that nobody has that email) when the first
    // one commits. The server stops the second one; run again, it finds the first one's person and
    // refuses. One person, one grant.
    void sameEmailFromTwoManagersAtOnceMakesOnePerson()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("twice")));
        QTemporaryDir keys;
        auto first = backendOn(QStringLiteral("twice"), keys);
        const Built built = build(*first);
        auto second = backendOn(QStringLiteral("twice"), keys);
        InviteRequest r;
        r.propertyId = built.property.id;
        r.contact.firstName = QStringLiteral("Dana");
        r.contact.email = QStringLiteral("dana@example.com");
        r.keyIds = {built.key.id};
        Result<InviteResult> other = makeError(ErrorCode::Internal, QStringLiteral("not run"));
        int attempts = 0;
        second->database().setStatementObserver([&](const QString &sql, const QVariantList &) {
            if (!sql.startsWith(QLatin1String("INSERT INTO person")))
                return;
            if (++attempts == 1) {
                InviteRequest theirs = r;
                theirs.contact.firstName = QStringLiteral("Danielle");
                other = first->access().invite(built.owner, theirs);
            }
        });
        auto mine = second->access().invite(built.owner, r);
        second->database().setStatementObserver({});
        QVERIFY2(other.ok(), why(other));
        QCOMPARE(attempts, 1); // run again, the second invitation stopped at the email check
        QVERIFY(!mine.ok());
        QCOMPARE(mine.error().code, ErrorCode::Conflict);
        QVERIFY2(mine.error().message.contains(QStringLiteral("already")), qPrintable(mine.error().message));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT string_agg(first_name, ',') FROM person"),
                               QStringLiteral("twice")),
                 QStringLiteral("Danielle"));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM access_grant"), QStringLiteral("twice")),
                 QStringLiteral("1"));
    }

    // Two managers' transactions journal a change for the same door. The first takes its number and
    // has not committed when the second one journals its own. Were the second one to commit first, a
    // sync reading the journal then would see the higher number without the lower one, the door would
    // acknowledge the higher one, and the first change would never be pending for it (a revocation
    // that never reaches the door). The server makes the second one wait for the first: whatever a
    // reader sees of a door's journal is all of it up to the highest number it sees.
    void aDoorsChangesCommitInTheOrderOfTheirNumbers()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("order")));
        QTemporaryDir keys;
        Id doorId = 0;
        {
            auto backend = backendOn(QStringLiteral("order"), keys);
            const Built built = build(*backend);
            doorId = built.key.doorIds.value(0);
        }
        QVERIFY(doorId > 0);
        const auto change = [doorId](const QString &summary) {
            DoorChange c;
            c.doorId = doorId;
            c.at = 1;
            c.kind = QStringLiteral("grant");
            c.summary = summary;
            return c;
        };

        auto a = Database::open(location(QStringLiteral("order")));
        QVERIFY2(a.ok(), why(a));
        JournalRepository first(**a);
        Id firstSeq = 0, secondSeq = 0;
        QList<Id> seenOnceSecondCommitted;
        QString secondError;
        std::atomic<bool> secondDone = false;
        std::unique_ptr<QThread> other;
        const Status st = (*a)->transaction([&]() -> Status {
            PORTER_TRY_ASSIGN(firstSeq, first.recordDoorChange(change(QStringLiteral("first"))));
            if (other)
                return {}; // run again: the other manager is already under way
            // The other manager, on their own connection (in its own thread: it may have to wait).
            other.reset(QThread::create([&]() {
                auto b = Database::open(location(QStringLiteral("order")));
                if (!b.ok()) {
                    secondError = b.error().message;
                    secondDone = true;
                    return;
                }
                JournalRepository second(**b);
                const Status theirs = (*b)->transaction([&]() -> Status {
                    PORTER_TRY_ASSIGN(secondSeq, second.recordDoorChange(change(QStringLiteral("second"))));
                    return {};
                });
                // What a sync starting right now reads of the door's journal.
                auto seen = second.pendingChanges(doorId, ListVersion(0), 100);
                if (!theirs.ok())
                    secondError = theirs.error().message;
                else if (!seen.ok())
                    secondError = seen.error().message;
                else
                    for (const DoorChange &c : *seen)
                        seenOnceSecondCommitted.append(c.seq);
                secondDone = true;
            }));
            other->start();
            // The first one stays open until the second has committed, or for two seconds if the
            // server makes it wait (as it should).
            for (int waited = 0; waited < 2000 && !secondDone; waited += 20)
                QThread::msleep(20);
            return {};
        });
        QVERIFY2(st.ok(), why(st));
        QVERIFY(other);
        QVERIFY(other->wait(30000));
        QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
        QVERIFY(firstSeq > 0);
        QVERIFY2(secondSeq > firstSeq, qPrintable(QStringLiteral("%1 then %2").arg(firstSeq).arg(secondSeq)));
        QStringList seen;
        for (Id seq : seenOnceSecondCommitted)
            seen << QString::number(seq);
        QVERIFY2(seenOnceSecondCommitted.contains(firstSeq),
                 qPrintable(QStringLiteral("the journal read once change %1 had committed showed %2, not %3")
                                .arg(secondSeq)
                                .arg(seen.join(u','))
                                .arg(firstSeq)));
        QVERIFY(seenOnceSecondCommitted.contains(secondSeq));
    }

    // Two managers' transactions read and write the same door: the server stops the later one (40001),
    // Porter runs it again from the start, and it writes over the other's committed value, not over
    // what it read first: no update is lost.
    void serializationConflictIsRunAgainWithoutLosingAnUpdate()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("race")));
        auto a = Database::create(location(QStringLiteral("race")));
        QVERIFY2(a.ok(), why(a));
        auto b = Database::open(location(QStringLiteral("race")));
        QVERIFY2(b.ok(), why(b));
        Database &one = **a;
        Database &two = **b;
        QVERIFY(one.exec(QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('P', 0)")).ok());
        QVERIFY(one.exec(QStringLiteral("INSERT INTO property (portfolio_id, name, time_zone, created_at) "
                                        "VALUES (1, 'Maple', 'UTC', 0)"))
                    .ok());
        QVERIFY(
            one.exec(QStringLiteral("INSERT INTO door (property_id, name, type, connectivity, created_at) "
                                    "VALUES (1, 'Lobby', 'residence', 'offline', 0)"))
                .ok());
        const auto readBattery = [](Database &db) {
            return db.scalar(QStringLiteral("SELECT battery FROM door WHERE id = 1")).value().toInt();
        };
        const auto addToBattery = [](Database &db, int read, int add) {
            return db.exec(QStringLiteral("UPDATE door SET battery = ? WHERE id = 1"), {read + add});
        };
        QVERIFY(one.exec(QStringLiteral("UPDATE door SET battery = 0")).ok());

        int attempts = 0;
        const Status st = one.transaction([&]() -> Status {
            ++attempts;
            const int read = readBattery(one);
            if (attempts == 1) {
                // The other manager adds 1 and commits in between.
                const Status other = two.transaction([&]() -> Status {
                    PORTER_TRY(addToBattery(two, readBattery(two), 1));
                    return {};
                });
                if (!other.ok())
                    return other;
            }
            PORTER_TRY(addToBattery(one, read, 10));
            return {};
        });
        QVERIFY2(st.ok(), why(st));
        QCOMPARE(attempts, 2);
        QCOMPARE(readBattery(one), 11);

        // A conflict on every attempt: after ten, a refusal that says to try again; nothing written.
        attempts = 0;
        const Status refused = one.transaction([&]() -> Status {
            ++attempts;
            const int read = readBattery(one);
            const Status other = two.transaction([&]() -> Status {
                PORTER_TRY(addToBattery(two, readBattery(two), 1));
                return {};
            });
            if (!other.ok())
                return other;
            PORTER_TRY(addToBattery(one, read, 100));
            return {};
        });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Try again")),
                 qPrintable(refused.error().message));
        QCOMPARE(attempts, 10);
        QCOMPARE(readBattery(one), 21); // the other manager's ten additions, none of the refused ones
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"

#include "fixture.h"
#include "oldschema.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/directoryrepository.h"
#include "store/doorlistrepository.h"
#include "store/journalrepository.h"
#include "store/peoplerepository.h"
#include "store/secretrepository.h"
#include "viewmodels/displaytext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <sys/stat.h>

using namespace porter;
using namespace porter::testsupport;
using namespace porter::test;

namespace {

// A file's mode bits for owner, group and others (QFile::permissions adds the "User" bits).
int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QStringList column(Database &db, const QString &sql)
{
    QStringList out;
    auto q = db.exec(sql);
    while (q.ok() && q->next())
        out << q->value(0).toString();
    return out;
}

// EXPLAIN QUERY PLAN of a statement, one "detail" line per step.
QStringList planOf(Database &db, const QString &sql, const QVariantList &args)
{
    auto q = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, args);
    if (!q.ok())
        qFatal("cannot explain: %s", qPrintable(q.error().message));
    QStringList out;
    while (q->next())
        out << q->value(3).toString();
    return out;
}

// A full scan of a table (not of a CTE row or a UNION subquery): "SCAN p" / "SCAN person" without an index.
QStringList fullScans(const QStringList &plan)
{
    static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)(?! USING)"));
    // prm: the one-row parameter CTE; w: one person's access windows, the UNION ALL of two indexed
    // lookups (their own steps are checked); k and CONSTANT as before.
    static const QStringList harmless{QStringLiteral("prm"), QStringLiteral("w"), QStringLiteral("k"),
                                      QStringLiteral("CONSTANT")};
    QStringList out;
    for (const QString &step : plan) {
        const auto m = scan.match(step);
        if (m.hasMatch() && !harmless.contains(m.captured(1)) && !step.contains(QLatin1String("USING")))
            out << step;
    }
    return out;
}

// The number of a leaf page of the table b-tree rooted at `root`, from the middle of the table
// (https://www.sqlite.org/fileformat2.html#b_tree_pages: 0x05 interior, 0x0D leaf; an interior page's
// cell pointers start at byte 12 and each cell starts with its 4-byte child page number).
quint32 middleLeaf(const QByteArray &file, quint32 pageSize, quint32 root)
{
    auto be = [&](qsizetype at, int bytes) {
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | quint8(file.at(at + i));
        return v;
    };
    quint32 page = root;
    for (int depth = 0; depth < 10; ++depth) {
        const qsizetype base = qsizetype(page - 1) * pageSize;
        const qsizetype header = base + (page == 1 ? 100 : 0);
        const quint8 type = quint8(file.at(header));
        if (type == 0x0D)
            return depth == 0 ? 0 : page;
        if (type != 0x05 || be(header + 3, 2) == 0)
            return 0;
        page = be(base + be(header + 12 + 2 * (be(header + 3, 2) / 2), 2), 4);
    }
    return 0;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The payload of a change notification comes from anyone who may connect (NOTIFY has no
    // permissions): 20,000 generated ones, random bytes and valid payloads with one character changed.
    // What is accepted is exactly "<lowercase table> <number>" and reads back the same; nothing else is.
    void changePayloadsAreReadStrictly()
    {
        static const QRegularExpression shape(QStringLiteral("\\A[a-z_]{1,40} [0-9]{1,18}\\z"));
        QRandomGenerator random(20261203);
        const QString alphabet = QStringLiteral("abz_ AZ09-;'\"\u00e9\u0661\n\t\u0000");
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            QString payload;
            if (i % 2 == 0) {
                const int length = int(random.bounded(0, 30));
                for (int j = 0; j < length; ++j)
                    payload += alphabet.at(int(random.bounded(alphabet.size())));
            } else {
                payload = QStringLiteral("person %1").arg(random.bounded(1, 1000000));
                if (i % 4 == 1) {
                    const int at = int(random.bounded(payload.size()));
                    payload[at] = alphabet.at(int(random.bounded(alphabet.size())));
                }
            }
            QString table;
            Id property = -1;
            const bool ok = Database::parseChange(payload, &table, &property);
            QCOMPARE(ok, shape.match(payload).hasMatch());
            if (ok) {
                ++accepted;
                QCOMPARE(
                    table + QLatin1Char(' ') + QString::number(property),
                    payload.left(payload.indexOf(QLatin1Char(' ')) + 1) +
                        QString::number(payload.mid(payload.indexOf(QLatin1Char(' ')) + 1).toLongLong()));
                QVERIFY(property >= 0);
            }
        }
        QVERIFY(accepted > 5000); // the valid half mostly got through
    }

    void freshFileRunsEveryMigration()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        auto tables =
            (*db)->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
        QVERIFY(tables.ok());
        QVERIFY(tables->toInt() >= 14);
        // Everything the core reads and writes is there.
        const QStringList names =
            column(**db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        for (const char *t : {"portfolio", "property", "manager", "door", "access_key", "key_door",
                              "manager_property", "manager_key", "person", "access_grant", "guest_share",
                              "keycard", "activity", "outbox", "door_change"})
            QVERIFY2(names.contains(QLatin1String(t)), t);
        const QStringList indexes =
            column(**db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
        for (const char *i : {"person_list", "person_email", "grant_person", "guest_share_guest",
                              "door_change_door", "activity_property_at", "activity_person_at",
                              "activity_door_at", "keycard_serial", "guest_share_host"})
            QVERIFY2(indexes.contains(QLatin1String(i)), i);
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA foreign_key_check"))->isNull(), true);
    }

    // A file at schema 1 (built from migration 1 alone, as Porter 0.1 would have left it) upgrades to the
    // latest schema with its data intact.
    void upgradesFromSchemaOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(migrationStatements(QStringLiteral(":/porter/migrations/0001_initial.sql")).size() > 20);
        const QString written = writeOldSchemaFile(
            path, 1,
            {QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('Old', 1)"),
             QStringLiteral("INSERT INTO property (portfolio_id, name, time_zone, created_at) "
                            "VALUES (1, 'Old Property', 'America/New_York', 1)")});
        QVERIFY2(written.isEmpty(), qPrintable(written));
        auto db = Database::create(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT name FROM property"))->toString(),
                 QStringLiteral("Old Property"));
        // The same schema as a fresh file.
        QTemporaryDir fresh;
        auto other = Database::create(fresh.filePath(QStringLiteral("new.sqlite")));
        QVERIFY(other.ok());
        const QString schemaSql = QStringLiteral(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1, 2");
        QCOMPARE(column(**db, schemaSql), column(**other, schemaSql));
    }

    // The lists the UI shows are answered from indexes: no full scan of person, grants, shares, doors,
    // the door journal or activity, whatever the filter.
    // Migration 6 (door alarms): a file at schema 4 with a commissioned door and imported door
    // activity upgrades; that activity belongs to the door's first commissioning, and a second
    // commissioning's seq 1 is a different event.
    void upgradeKeysDoorActivityByCommissioning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        const QString written = writeOldSchemaFile(
            path, 4,
            {QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('Old', 1)"),
             QStringLiteral("INSERT INTO property (portfolio_id, name, time_zone, created_at) "
                            "VALUES (1, 'Old Property', 'America/New_York', 1)"),
             QStringLiteral("INSERT INTO door (property_id, name, type, connectivity, identity_key, "
                            "commissioned_at, created_at) VALUES (1, 'Lobby', 'building-entrance', "
                            "'offline', x'01', 1, 1)"),
             QStringLiteral("INSERT INTO activity (at, property_id, actor, action, door_id, "
                            "door_seq) VALUES (1, 1, 'x', 'door-unlock', 1, 1)")});
        QVERIFY2(written.isEmpty(), qPrintable(written));
        auto db = Database::create(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT commissioning FROM door"))->toInt(), 1);
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT doorcode_digits FROM property"))->toInt(), 7);
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT door_commissioning FROM activity"))->toInt(), 1);
        auto again =
            (*db)->exec(QStringLiteral("INSERT OR IGNORE INTO activity (at, property_id, actor, action, "
                                       "door_id, door_seq, door_commissioning) VALUES (2, 1, 'x', "
                                       "'door-unlock', 1, 1, 1)"));
        QVERIFY(again.ok());
        QCOMPARE(again->numRowsAffected(), 0); // the same event again
        auto next =
            (*db)->exec(QStringLiteral("INSERT OR IGNORE INTO activity (at, property_id, actor, action, "
                                       "door_id, door_seq, door_commissioning) VALUES (2, 1, 'x', "
                                       "'door-unlock', 1, 1, 2)"));
        QVERIFY(next.ok());
        QCOMPARE(next->numRowsAffected(), 1); // seq 1 of the next commissioning
        auto badDigits = (*db)->exec(QStringLiteral("UPDATE property SET doorcode_digits = 6"));
        QVERIFY(!badDigits.ok());
    }

    // Migration 10 (people search key): people stored before it are found by the folding search at once;
    // the key is computed in C++ while migrating, in the migration's transaction.
    void upgradeMakesExistingPeopleSearchable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        const QString written = writeOldSchemaFile(
            path, 7,
            {QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('Old', 1)"),
             QStringLiteral("INSERT INTO property (portfolio_id, name, time_zone, region, "
                            "created_at) VALUES (1, 'Old Property', 'America/New_York', 'US', 1)")});
        QVERIFY2(written.isEmpty(), qPrintable(written));
        const QString connection = QStringLiteral("tst-v7");
        {
            // People with bound (non-ASCII) values, as that release stored them.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.prepare(
                QStringLiteral("INSERT INTO person (property_id, first_name, last_name, sort_name, email, "
                               "email_norm, phone, "
                               "access_method, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, 'app', 1)")));
            const QList<QStringList> people{
                {QStringLiteral("Émile"), QStringLiteral("Zola"), QStringLiteral("ez@example.com"),
                 QStringLiteral("+12125550142")},
                {QStringLiteral("Олег"), QStringLiteral("Петров"), QStringLiteral("op@example.com"),
                 QString()},
                {QStringLiteral("Ayşe"), QStringLiteral("Öztürk"), QStringLiteral("ao@example.com"),
                 QString()},
            };
            for (const QStringList &p : people) {
                q.addBindValue(p.at(0));
                q.addBindValue(p.at(1));
                q.addBindValue(QString(p.at(1) + QStringLiteral(", ") + p.at(0)));
                q.addBindValue(p.at(2));
                q.addBindValue(p.at(2));
                q.addBindValue(p.at(3).isNull() ? QStringLiteral("") : p.at(3));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(connection);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        PeopleRepository repo(**db);
        const auto found = [&](const QString &term) {
            PeopleFilter f;
            f.propertyId = 1;
            f.search = term;
            f.showExpired = true; // nobody here holds a key
            QStringList names;
            for (const PersonRow &row : repo.list(f, 10).value())
                names << row.person.firstName;
            return names;
        };
        QCOMPARE(found(QStringLiteral("emile")), QStringList{QStringLiteral("Émile")});
        QCOMPARE(found(QStringLiteral("ÉMILE")), QStringList{QStringLiteral("Émile")});
        QCOMPARE(found(QStringLiteral("(212) 555-0142")), QStringList{QStringLiteral("Émile")});
        QCOMPARE(found(QStringLiteral("олег")), QStringList{QStringLiteral("Олег")});
        QCOMPARE(found(QStringLiteral("ozturk")), QStringList{QStringLiteral("Ayşe")});
        QCOMPARE(found(QString()).size(), 3);
    }

    // Migration 11 (one open grant per person and key, one live person per email and property). A file
    // of schema 8 with a grant left open after it expired and a newer one of the same key upgrades: the
    // older one ends at its expiry and the index then refuses a second open grant. One with two live
    // people of one email is refused, naming them, and keeps schema 8 (nothing written).
    void upgradeToOneOpenGrantAndOneLiveEmail()
    {
        QTemporaryDir dir;
        const auto makeV8 = [&](const QString &name, const QStringList &rows) {
            const QString path = dir.filePath(name);
            const QString written = writeOldSchemaFile(
                path, 8,
                QStringList{
                    QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('Old', 1)"),
                    QStringLiteral("INSERT INTO property (portfolio_id, name, time_zone, region, "
                                   "created_at) VALUES (1, 'Old Property', 'America/New_York', 'US', 1)"),
                    QStringLiteral("INSERT INTO access_key (property_id, name, created_at) VALUES (1, "
                                   "'Main', 1)")} +
                    rows);
            if (!written.isEmpty()) {
                qWarning("%s", qPrintable(written));
                return QString();
            }
            return path;
        };
        const QString person = QStringLiteral(
            "INSERT INTO person (property_id, first_name, sort_name, email, email_norm, access_method, "
            "created_at) VALUES (1, 'Ann', 'Ann', 'ann@example.com', 'ann@example.com', 'app', 1)");

        const QString grants =
            makeV8(QStringLiteral("grants.sqlite"),
                   {person,
                    QStringLiteral("INSERT INTO access_grant (person_id, key_id, starts_at, expires_at, "
                                   "created_at) VALUES (1, 1, 100, 200, 100)"),
                    QStringLiteral("INSERT INTO access_grant (person_id, key_id, starts_at, created_at) "
                                   "VALUES (1, 1, 300, 300)")});
        QVERIFY(!grants.isEmpty());
        {
            auto db = Database::open(grants);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
            QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(column(**db, QStringLiteral("SELECT id || ':' || coalesce(ended_at, 'open') || ':' || "
                                                 "coalesce(end_reason, '') FROM access_grant ORDER BY id")),
                     QStringList({QStringLiteral("1:200:removed"), QStringLiteral("2:open:")}));
            QVERIFY(!(*db)
                         ->exec(QStringLiteral("INSERT INTO access_grant (person_id, key_id, starts_at, "
                                               "created_at) VALUES (1, 1, 400, 400)"))
                         .ok());
            // A second live person with Ann's email is refused; a guest of someone with it is not.
            QVERIFY(!(*db)->exec(person).ok());
            QVERIFY(
                (*db)
                    ->exec(QStringLiteral("INSERT INTO person (property_id, first_name, sort_name, email, "
                                          "email_norm, access_method, host_person_id, created_at) VALUES "
                                          "(1, 'Ann', 'Ann', 'ann@example.com', 'ann@example.com', 'app', "
                                          "1, 1)"))
                    .ok());
        }

        const QString twice = makeV8(QStringLiteral("twice.sqlite"), {person, person});
        QVERIFY(!twice.isEmpty());
        auto refused = Database::open(twice);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(
                     QStringLiteral("<ann@example.com> at property 1: people 1, 2")) &&
                     refused.error().message.contains(twice),
                 qPrintable(refused.error().message));
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-v8-check"));
        raw.setDatabaseName(twice);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 8);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person WHERE deleted_at IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tst-v8-check"));
    }

    // Migration 14 (door changes keep their values): a change written before it reads back with no
    // values and is said as stored; one written now keeps its values; the task list still reads the
    // covering index only.
    void upgradeKeepsDoorChangesWrittenBefore()
    {
        QTemporaryDir dir;
        // The schema before migration 14's (migration files are numbered with gaps).
        const QString path = dir.filePath(QStringLiteral("before14.sqlite"));
        const QString written = writeOldSchemaFile(
            path, Database::latestSchemaVersion() - 1,
            {QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('Old', 1)"),
             QStringLiteral("INSERT INTO property (portfolio_id, name, time_zone, region, created_at) "
                            "VALUES (1, 'Old Property', 'America/New_York', 'US', 1)"),
             QStringLiteral("INSERT INTO door (property_id, name, type, connectivity, created_at) "
                            "VALUES (1, 'Lobby', 'building-entrance', 'offline', 1)"),
             QStringLiteral("INSERT INTO door_change (door_id, at, kind, summary) "
                            "VALUES (1, 5, 'grant-add', 'Add Ann Lee (Resident)')")});
        QVERIFY2(written.isEmpty(), qPrintable(written));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        JournalRepository journal(**db);
        DoorChange now;
        now.doorId = 1;
        now.at = 6;
        now.kind = QStringLiteral("grant-remove");
        now.summary = QStringLiteral("Remove Resident from Ann Lee");
        now.params = {{QStringLiteral("person"), QStringLiteral("Ann Lee")},
                      {QStringLiteral("key"), QStringLiteral("Resident")}};
        QVERIFY(journal.recordDoorChange(now).ok());
        auto changes = journal.pendingChanges(1, 0);
        QVERIFY(changes.ok());
        QCOMPARE(changes->size(), 2);
        QVERIFY(changes->at(0).params.isEmpty());
        QCOMPARE(DisplayText::doorChange(changes->at(0)), QStringLiteral("Add Ann Lee (Resident)"));
        QCOMPARE(changes->at(1).params, now.params);
        QCOMPARE(DisplayText::doorChange(changes->at(1)), QStringLiteral("Remove Resident from Ann Lee"));
        const QString plan =
            planOf(
                **db,
                QStringLiteral("SELECT seq, door_id, at, kind, person_id, summary, effective_at, params FROM "
                               "door_change WHERE door_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
                {1, 0, 10})
                .join(QLatin1Char('\n'));
        QVERIFY2(plan.contains(QLatin1String("COVERING INDEX door_change_door")), qPrintable(plan));
    }

    void listsUseTheirIndexes()
    {
        Fixture f;
        const Person host = f.invite(QStringLiteral("host@example.com"), {f.residentKey.id}, true, true);
        ShareRequest r;
        r.hostPersonId = host.id;
        r.guest.firstName = QStringLiteral("Gus");
        r.guest.email = QStringLiteral("gus@example.com");
        r.keyIds = {f.residentKey.id};
        QVERIFY(f.access->share(f.owner, r).ok());
        for (int i = 0; i < 20; ++i)
            f.invite(QStringLiteral("p%1@example.com").arg(i), {f.gymKey.id});

        QList<QPair<QString, QVariantList>> statements;
        bool capturing = false;
        f.db->setStatementObserver([&](const QString &sql, const QVariantList &args) {
            if (capturing &&
                (sql.startsWith(QLatin1String("SELECT")) || sql.startsWith(QLatin1String("WITH"))))
                statements.append({sql, args});
        });
        // Runs fn, then explains every SELECT it ran and fails on a full scan.
        const auto run = [&](const char *what, const std::function<bool()> &fn) {
            statements.clear();
            capturing = true;
            const bool ok = fn();
            capturing = false;
            QVERIFY2(ok, what);
            QVERIFY(!statements.isEmpty());
            for (const auto &[sql, args] : statements) {
                const QStringList plan = planOf(*f.db, sql, args);
                const QStringList scans = fullScans(plan);
                QVERIFY2(scans.isEmpty(),
                         qPrintable(QStringLiteral("%1: %2\n%3\n%4")
                                        .arg(QLatin1String(what), scans.join(QStringLiteral("; ")), sql,
                                             plan.join(QLatin1Char('\n')))));
            }
        };

        PeopleFilter people;
        people.propertyId = f.property.id;
        run("people", [&] { return f.queries->people(f.owner, people).ok(); });
        // The People list itself walks the property's slice of person_list.
        bool searched = false;
        for (const auto &[sql, args] : statements) {
            if (sql.startsWith(QLatin1String("WITH prm"))) {
                const QString plan = planOf(*f.db, sql, args).join(QLatin1Char('\n'));
                QVERIFY2(plan.contains(QLatin1String("SEARCH p USING INDEX person_list")), qPrintable(plan));
                // ...in list order, so a page stops at its LIMIT instead of sorting the whole property.
                QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
                searched = true;
            }
        }
        QVERIFY(searched);
        people.showExpired = true;
        people.search = QStringLiteral("gus");
        run("people search", [&] { return f.queries->people(f.owner, people).ok(); });
        run("people count", [&] { return f.queries->peopleCount(f.owner, people).ok(); });
        run("person", [&] { return f.queries->person(f.owner, host.id).ok(); });
        run("sync tasks", [&] { return f.queries->syncTasks(f.owner, f.property.id, {}).ok(); });
        run("door sync task", [&] { return f.queries->doorSyncTask(f.owner, f.lobby.id).ok(); });
        ActivityFilter a;
        a.propertyId = f.property.id;
        run("activity by property", [&] { return f.queries->activity(f.owner, a).ok(); });
        a = {};
        a.personId = host.id;
        run("activity by person", [&] { return f.queries->activity(f.owner, a).ok(); });
        a = {};
        a.doorId = f.lobby.id;
        run("activity by door", [&] { return f.queries->activity(f.owner, a).ok(); });
        run("revoke", [&] { return f.access->revokeAll(f.owner, host.id).ok(); });
        f.db->setStatementObserver({});
    }

    void walAndForeignKeysAreOn()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(db.ok());
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        auto bad =
            (*db)->exec(QStringLiteral("INSERT INTO property (portfolio_id, name, time_zone, created_at) "
                                       "VALUES (999, 'x', 'UTC', 0)"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Storage);
    }

    // The database holds people's data: its file, WAL and shared memory are 0600 even under a lax
    // umask, and files a looser older Porter left behind are tightened on open.
    void databaseFilesAreReadableByTheirOwnerOnly()
    {
        const mode_t oldMask = ::umask(0);
        const auto restoreMask = qScopeGuard([oldMask] { ::umask(oldMask); });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = Database::create(path);
            QVERIFY2(db.ok(), why(db));
            QVERIFY((*db)
                        ->insert(QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('p', 1)"))
                        .ok());
            for (const char *suffix : {"", "-wal", "-shm"}) {
                const QString file = path + QLatin1String(suffix);
                QVERIFY2(QFileInfo::exists(file), qPrintable(file));
                QCOMPARE(modeOf(file), 0600);
            }
            // Loosened while open (as an older Porter created them): tightened at the next open.
            for (const char *suffix : {"", "-wal", "-shm"})
                QVERIFY(::chmod(QFile::encodeName(path + QLatin1String(suffix)).constData(), 0666) == 0);
            QCOMPARE(modeOf(path), 0666);
            auto again = Database::create(path);
            QVERIFY2(again.ok(), why(again));
            for (const char *suffix : {"", "-wal", "-shm"})
                QCOMPARE(modeOf(path + QLatin1String(suffix)), 0600);
        }
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = Database::create(path);
            QVERIFY(db.ok());
            QVERIFY((*db)
                        ->insert(QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('p', 1)"))
                        .ok());
        }
        auto db = Database::create(path);
        QVERIFY(db.ok());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM portfolio"))->toInt(), 1);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = Database::create(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version=999")).ok());
        }
        auto db = Database::create(path);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("newer Porter")));
    }

    void failedTransactionLeavesNothing()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(db.ok());
        auto st = (*db)->transaction([&]() -> Status {
            PORTER_TRY(
                (*db)->insert(QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('p', 1)")));
            return makeError(ErrorCode::InvalidInput, QStringLiteral("stop"));
        });
        QVERIFY(!st.ok());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM portfolio"))->toInt(), 0);
    }
    // Issue 7, item 6: a door's acknowledged version is recorded only if it is still the one the sync
    // started from; a second sync that started from the same version and finishes later is refused
    // (compare and set), not written over the first one's.
    void doorAcknowledgementIsCompareAndSet()
    {
        Fixture f;
        DirectoryRepository dir(*f.db);
        QCOMPARE(dir.door(f.lobby.id)->ackedVersion, ListVersion(0));
        const QByteArray hashA("A"), listA("list A"), hashB("B"), listB("list B");
        QVERIFY(dir.setDoorAcknowledged(f.lobby.id, 0, 5, hashA, listA).ok());
        auto stale = dir.setDoorAcknowledged(f.lobby.id, 0, 6, hashB, listB);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QVERIFY2(stale.error().message.contains(QStringLiteral("sync the door again")),
                 qPrintable(stale.error().message));
        QCOMPARE(dir.door(f.lobby.id)->ackedVersion, ListVersion(5));
        QByteArray hash;
        QCOMPARE(dir.doorAckList(f.lobby.id, &hash).value(), listA);
        QCOMPARE(hash, hashA);
        // From the version recorded now, the next acknowledgement is recorded.
        QVERIFY(dir.setDoorAcknowledged(f.lobby.id, 5, 6, hashB, listB).ok());
        QCOMPARE(dir.door(f.lobby.id)->ackedVersion, ListVersion(6));
        QCOMPARE(dir.setDoorAcknowledged(999999, 0, 1, hashA, listA).error().code, ErrorCode::NotFound);
    }

    // Issue 7, item 9: a list version is unsigned and SQL's INTEGER signed; the store converts between
    // them (store/database.h) without changing a value, up to the largest version SQL holds, and the
    // journal's sequences compare with versions beyond 32 bits.
    void listVersionCrossesTheStoreUnchanged()
    {
        Fixture f;
        DirectoryRepository dir(*f.db);
        DoorListRepository lists(*f.db);
        JournalRepository journal(*f.db);
        const ListVersion big = (ListVersion(1) << 40) + 7;
        const ListVersion largest = ListVersion(std::numeric_limits<qint64>::max());
        QVERIFY(dir.setDoorAcknowledged(f.lobby.id, 0, big, QByteArray("A"), QByteArray("a")).ok());
        QCOMPARE(dir.door(f.lobby.id)->ackedVersion, big);
        QCOMPARE(lists.ackState(f.lobby.id)->ackedVersion, big);
        // A refresh journaled above a door's version gets the next one; the journal counts it above big.
        const auto refreshed = lists.journalRefresh(f.lobby.id, f.clock.nowSecs(), big);
        QVERIFY(refreshed.ok());
        QCOMPARE(*refreshed, big + 1);
        QCOMPARE(lists.ackState(f.lobby.id)->latestChange, big + 1);
        QCOMPARE(journal.changeCount(f.lobby.id, big).value(), 1);
        QCOMPARE(journal.changeCount(f.lobby.id, big, big).value(), 0);
        const auto pending = journal.pendingChanges(f.lobby.id, big);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->at(0).seq, qint64(big + 1));
        // The largest version SQL holds, recorded by compare and set from big, reads back as it was.
        QVERIFY(dir.setDoorAcknowledged(f.lobby.id, big, largest, QByteArray("B"), QByteArray("b")).ok());
        QCOMPARE(dir.door(f.lobby.id)->ackedVersion, largest);
        QCOMPARE(journal.changeCount(f.lobby.id, largest).value(), 0);
        // A stale sync's conflict names the recorded version as it is, not as a negative number.
        const auto stale =
            dir.setDoorAcknowledged(f.lobby.id, big, big + 2, QByteArray("C"), QByteArray("c"));
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QVERIFY2(stale.error().message.contains(QString::number(largest)), qPrintable(stale.error().message));
    }

    // The secrets' rows: stored, replaced in place (an upsert), removed; times from the caller's clock.
    void secretsAreUpserted()
    {
        Fixture f;
        SecretRepository secrets(*f.db);
        const QString uuid = secrets.installationUuid().value();
        QVERIFY(!uuid.isEmpty());
        QCOMPARE(secrets.installationUuid().value(), uuid); // created once
        QVERIFY(!secrets.hasSecret(QStringLiteral("s")).value());
        QVERIFY(secrets.putSecret(QStringLiteral("s"), "n1", "c1", 100).ok());
        QVERIFY(secrets.putSecret(QStringLiteral("s"), "n2", "c2", 200).ok());
        const auto stored = secrets.secret(QStringLiteral("s")).value();
        QCOMPARE(stored.first, QByteArray("n2"));
        QCOMPARE(stored.second, QByteArray("c2"));
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT created_at FROM secret WHERE name = 's'"))->toLongLong(),
                 200);
        QVERIFY(secrets.removeSecret(QStringLiteral("s")).ok());
        QCOMPARE(secrets.secret(QStringLiteral("s")).error().code, ErrorCode::NotFound);
    }

    // Nested transactions are savepoints: an inner failure undoes the inner writes only.
    void nestedTransactionIsASavepoint()
    {
        Fixture f;
        const int before = f.countRows(QStringLiteral("portfolio"));
        auto st = f.db->transaction([&]() -> Status {
            PORTER_TRY(
                f.db->insert(QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('kept', 1)")));
            auto inner = f.db->transaction([&]() -> Status {
                PORTER_TRY(f.db->insert(
                    QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('undone', 1)")));
                return makeError(ErrorCode::InvalidInput, QStringLiteral("stop"));
            });
            if (inner.ok())
                return makeError(ErrorCode::Internal, QStringLiteral("the inner failure was lost"));
            return {};
        });
        QVERIFY2(st.ok(), why(st));
        QCOMPARE(f.countRows(QStringLiteral("portfolio")), before + 1);
        QCOMPARE(
            f.db->scalar(QStringLiteral("SELECT count(*) FROM portfolio WHERE name = 'undone'"))->toInt(), 0);
        QVERIFY(!f.db->inTransaction());
    }

    void openCreatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo/data/a.sqlite"));
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(db.error().message));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
        {
            auto made = Database::create(path);
            QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        }
        auto again = Database::open(path);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
    }

    void anotherApplicationsDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photos.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("photos"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE photo (id INTEGER PRIMARY KEY, file TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO photo (file) VALUES ('a.jpg')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("photos"));
        const QByteArray before = contents(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        for (bool create : {false, true}) {
            auto db = create ? Database::create(path) : Database::open(path);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, ErrorCode::InvalidInput);
            QVERIFY2(db.error().message.contains(QStringLiteral("is not a Porter database")),
                     qPrintable(db.error().message));
            QCOMPARE(contents(path), before);
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
        }
    }

    // A read error part-way through the rows (a damaged page) fails the read; it is neither the end of
    // the rows nor "no such row".
    void aReadErrorIsNotTheEndOfTheRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        quint32 root = 0;
        const int count = 3000;
        {
            auto db = Database::create(path);
            QVERIFY(db.ok());
            Database &d = **db;
            QVERIFY(d.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)")).ok());
            QVERIFY(
                d.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                      "WHERE i < %1) INSERT INTO filler SELECT i, printf('%080d', i) FROM n")
                           .arg(count))
                    .ok());
            root = d.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'filler'"))
                       ->toUInt();
            QVERIFY(d.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const QByteArray bytes = f.readAll();
            const quint32 pageSize = (quint32(quint8(bytes.at(16))) << 8) | quint8(bytes.at(17));
            const quint32 leaf = middleLeaf(bytes, pageSize, root);
            QVERIFY(leaf > 1);
            QVERIFY(f.seek(qint64(leaf - 1) * pageSize));
            f.write(QByteArray(qsizetype(pageSize), char(0x5a)));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        const Database &d = **db;
        const QString damaged =
            QStringLiteral("The database %1 is damaged").arg(QDir::toNativeSeparators(path));

        auto all = d.rows<qint64>(QStringLiteral("SELECT id FROM filler ORDER BY id"), {},
                                  [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
        QVERIFY(!all.ok());
        QCOMPARE(all.error().code, ErrorCode::Storage);
        QVERIFY2(all.error().message.contains(damaged), qPrintable(all.error().message));

        int unreadable = 0;
        QLoggingCategory::setFilterRules(
            QStringLiteral("porter.store.warning=false")); // one per unreadable row
        auto logAgain = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
        for (int id = 1; id <= count; ++id) {
            auto one = d.row<qint64>(
                QStringLiteral("SELECT id FROM filler WHERE id = ?"), {id},
                [](const QSqlQuery &q) { return q.value(0).toLongLong(); },
                [] { return makeError(ErrorCode::NotFound, QStringLiteral("no such row")); });
            if (one.ok())
                continue;
            QCOMPARE(one.error().code, ErrorCode::Storage); // every id exists: never "no such row"
            QVERIFY2(one.error().message.contains(damaged), qPrintable(one.error().message));
            ++unreadable;
        }
        QVERIFY(unreadable > 0 && unreadable < count);
    }

    void noHomeFolderGivesNoDefaultPath()
    {
        const QByteArray home = qgetenv("HOME");
        const QByteArray xdg = qgetenv("XDG_DATA_HOME");
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("HOME");
        auto unset = Database::defaultPath();
        qputenv("HOME", "/nonexistent-porter-home");
        auto missing = Database::defaultPath();
        qputenv("HOME", home);
        if (!xdg.isEmpty())
            qputenv("XDG_DATA_HOME", xdg);
        QVERIFY(!unset.ok());
        QVERIFY(!missing.ok());
        QVERIFY2(unset.error().message.contains(QStringLiteral("no folder for its database")),
                 qPrintable(unset.error().message));
        if (!home.isEmpty() && QFileInfo(QString::fromLocal8Bit(home)).isWritable())
            QVERIFY(Database::defaultPath().ok());
    }

    // The database and the key file live in the same kind of folder: local to this machine, never a
    // roaming profile (on Windows AppDataLocation roams while AppConfigLocation stays). Checked against
    // the platform's own definition of "local": on Windows both paths are under %LOCALAPPDATA%.
    void databaseAndKeyStayOnThisMachine()
    {
        const QByteArray keyDir = qgetenv("PORTER_KEY_DIR");
        qunsetenv("PORTER_KEY_DIR");
        const QString key = FileKeyProvider::defaultDirectory();
        if (!keyDir.isEmpty())
            qputenv("PORTER_KEY_DIR", keyDir);
        const auto db = Database::defaultPath();
        if (!db.ok())
            QSKIP("no home folder here");
        const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QCOMPARE(QFileInfo(db.value()).absolutePath(), QDir::cleanPath(local));
        QVERIFY(key.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)));
#ifdef Q_OS_WIN
        const QString localAppData = QDir::fromNativeSeparators(qEnvironmentVariable("LOCALAPPDATA"));
        QVERIFY2(db.value().startsWith(localAppData, Qt::CaseInsensitive), qPrintable(db.value()));
        QVERIFY2(key.startsWith(localAppData, Qt::CaseInsensitive), qPrintable(key));
#endif
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

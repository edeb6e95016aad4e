// porter_bench_store: times the store-heavy operations of Porter on a large portfolio, through the real
// services, and prints one JSON line per figure on stdout (docs/benchmarks.md). Everything else goes to
// stderr. Not a test: nothing is asserted, the figures are read by people and compared across runs.

#include "access/accessservice.h"
#include "access/queryservice.h"
#include "app/migration.h"
#include "benchlog.h"
#include "dataset.h"
#include "pgserver.h"
#include "store/database.h"
#include "store/directoryrepository.h"
#include "timing.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <functional>

using namespace porter;
using namespace porter::bench;

namespace {

// On a server a --hold run prepared, each run invites people of its own (emails are unique per property).
QString g_runTag;

constexpr qint64 kDay = 86400;

QSqlQuery sql(const Database &db, const QString &text, const QVariantList &args = {})
{
    auto q = db.exec(text, args);
    if (!q.ok())
        die(q.error().message);
    return std::move(q).value();
}

Id idOf(const Database &db, const QString &text, const QVariantList &args = {})
{
    QSqlQuery q = sql(db, text, args);
    if (!q.next())
        die(QStringLiteral("The data set has no row for: %1").arg(text));
    return q.value(0).toLongLong();
}

class Bench
{
public:
    // `setup`: where the benchmark reads its own fixtures (the manager, the property and key ids), untimed;
    // a manager's own login may not read everything there (their password hash). Default: db.
    Bench(Database &db, int runs, int warmup, const QRegularExpression &only, Database *setup = nullptr,
          QString namePrefix = {})
        : m_db(db)
        , m_clock(kNow)
        , m_access(db, m_clock)
        , m_query(db, m_clock)
        , m_runs(runs)
        , m_warmup(warmup)
        , m_only(only)
        , m_namePrefix(std::move(namePrefix))
    {
        Database &fixtures = setup ? *setup : db;
        auto manager = DirectoryRepository(fixtures).managerByEmail(QLatin1String(kManagerEmail));
        if (!manager.ok() || !manager->has_value())
            die(QStringLiteral("The data set has no manager %1.").arg(QLatin1String(kManagerEmail)));
        m_manager = **manager;
        // Queries read the first property; operations write to the second, so what they add (a few hundred
        // people per run) never changes what the queries measure.
        m_queryProperty = idOf(db, QStringLiteral("SELECT id FROM property ORDER BY id LIMIT 1"));
        m_writeProperty = idOf(db, QStringLiteral("SELECT id FROM property ORDER BY id LIMIT 1 OFFSET 1"));
        // Looked up once, untimed: the figures time Porter's operations, not the benchmark's own lookups.
        m_residentKeys = {keyNamed(m_writeProperty, QStringLiteral("Building Access")),
                          keyNamed(m_writeProperty, QStringLiteral("Unit 101 Residents"))};
    }

    void runAll();

private:
    // Runs setup (untimed) and op (timed) warmup + runs times; prints and returns the summary.
    Summary measure(const QString &name, const std::function<void(int)> &setup,
                    const std::function<void(int)> &op);
    bool wanted(const QString &name) const
    {
        return !m_only.isValid() || m_only.pattern().isEmpty() || m_only.match(name).hasMatch();
    }
    Id keyNamed(Id propertyId, const QString &name) const
    {
        return idOf(
            m_db,
            QStringLiteral(
                "SELECT id FROM access_key WHERE property_id = ? AND name = ? AND deleted_at IS NULL"),
            {propertyId, name});
    }
    InviteRequest inviteRequest(const QString &email, bool host) const;

    void rawInsert();
    void invite();
    void revoke();
    void deletePerson();
    void people();
    void syncTask();

    Database &m_db;
    FixedClock m_clock;
    AccessService m_access;
    QueryService m_query;
    Manager m_manager;
    Id m_queryProperty = 0;
    Id m_writeProperty = 0;
    QList<Id> m_residentKeys; // the pair every invitation gives (Building Access, Unit 101 Residents)
    int m_runs;
    int m_warmup;
    QRegularExpression m_only;
    QString m_namePrefix; // after "pg_": "manager_" when measured through a manager's own login
    double m_baseline = 0;
    // On PostgreSQL every figure's name starts with "pg_" and its target is five times SQLite's
    // (issue 13).
    QString prefix() const { return m_db.isShared() ? QStringLiteral("pg_") + m_namePrefix : QString(); }
    struct Figure
    {
        QString name;
        Summary wall;
        double cpuMedian = 0;
    };
    QList<Figure> m_results;
};

Summary Bench::measure(const QString &name, const std::function<void(int)> &setup,
                       const std::function<void(int)> &op)
{
    QList<double> samples;
    QList<double> cpu;
    Stopwatch watch;
    for (int i = 0; i < m_warmup + m_runs; ++i) {
        if (setup)
            setup(i);
        watch.restart();
        op(i);
        const double ms = watch.ms();
        const double cpuMs = watch.cpuMs();
        if (i >= m_warmup) {
            samples.append(ms);
            cpu.append(cpuMs);
        }
    }
    const Summary s = summarize(samples);
    const bool raw = name.startsWith(QLatin1String("raw_"));
    const double baseline = raw ? s.median : m_baseline;
    std::printf("%s\n", qPrintable(jsonLine(raw ? name : prefix() + name, s, baseline)));
    std::fflush(stdout);
    m_results.append({name, s, summarize(cpu).median});
    return s;
}

void Bench::rawInsert()
{
    // The floor under every operation: one small row, its own transaction, the same file, pragmas and
    // driver. A plain table in the working copy, so no index of ours is in the figure.
    // On PostgreSQL: the same row, in a transaction of the isolation level the services use, over the
    // same connection (libpq on loopback).
    const bool server = m_db.isShared();
    // A manager's login may not create tables: the administrator made it for them (--as-manager).
    const bool made = server && idOf(m_db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE "
                                                          "tablename = 'bench_baseline'")) > 0;
    if (!made)
        sql(m_db,
            server
                ? QStringLiteral("CREATE TABLE IF NOT EXISTS bench_baseline (id BIGINT GENERATED BY DEFAULT "
                                 "AS IDENTITY PRIMARY KEY, at BIGINT NOT NULL, note TEXT NOT NULL)")
                : QStringLiteral("CREATE TABLE IF NOT EXISTS bench_baseline (id INTEGER PRIMARY KEY, at "
                                 "INTEGER NOT NULL, note TEXT NOT NULL)"));
    const QSqlDatabase connection = m_db.connection();
    const QString begin = m_db.dialect().beginWrite();
    const Summary s = measure(
        server ? QStringLiteral("raw_pg_insert") : QStringLiteral("raw_sqlite_insert"), {}, [&](int i) {
            QSqlQuery q(connection);
            if (!q.exec(begin))
                die(q.lastError().text());
            q.prepare(QStringLiteral("INSERT INTO bench_baseline (at, note) VALUES (?, ?)"));
            q.bindValue(0, kNow + i);
            q.bindValue(1, QStringLiteral("baseline row %1").arg(i));
            if (!q.exec())
                die(q.lastError().text());
            if (!q.exec(QStringLiteral("COMMIT")))
                die(q.lastError().text());
        });
    m_baseline = s.median;
}

InviteRequest Bench::inviteRequest(const QString &email, bool host) const
{
    InviteRequest r;
    r.propertyId = m_writeProperty;
    r.method = AccessMethod::App;
    r.contact.firstName = host ? QStringLiteral("Harriet") : QStringLiteral("Ingrid");
    r.contact.lastName = host ? QStringLiteral("Hostwell") : QStringLiteral("Newcomb");
    r.contact.email = email;
    r.contact.phone = QStringLiteral("(212) 639-2000");
    // A resident's usual pair: the building and their own unit (4 offline doors between them).
    r.keyIds = m_residentKeys;
    r.resident = true;
    r.mayShare = host;
    r.expiresAt = kNow + 365 * kDay;
    return r;
}

void Bench::invite()
{
    measure(QStringLiteral("invite"), {}, [&](int i) {
        auto r = m_access.invite(
            m_manager,
            inviteRequest(
                QStringLiteral("%1invitee.%2@bench.porter.test").arg(m_namePrefix + g_runTag).arg(i), false));
        check(std::move(r), QStringLiteral("invite"));
    });
}

void Bench::revoke()
{
    Id host = 0;
    const QList<Id> keys = m_residentKeys;
    auto setup = [&](int i) {
        // A resident who shared a key with 20 guests (one pass each, alternating keys, for a week).
        auto invited = check(
            m_access.invite(
                m_manager,
                inviteRequest(
                    QStringLiteral("%1host.%2@bench.porter.test").arg(m_namePrefix + g_runTag).arg(i), true)),
            QStringLiteral("invite a host"));
        host = invited.person.id;
        for (int g = 0; g < 20; ++g) {
            ShareRequest s;
            s.hostPersonId = host;
            s.method = AccessMethod::Doorcode;
            s.guest.firstName = QStringLiteral("Guest");
            s.guest.lastName = QStringLiteral("Visitor");
            s.guest.email =
                QStringLiteral("%1guest.%2.%3@bench.porter.test").arg(m_namePrefix + g_runTag).arg(i).arg(g);
            s.keyIds = {keys.at(g % 2)};
            s.expiresAt = kNow + 7 * kDay;
            check(m_access.share(m_manager, s), QStringLiteral("share"));
        }
    };
    measure(QStringLiteral("revoke_with_20_guest_shares"), setup, [&](int) {
        auto r = check(m_access.revokeAll(m_manager, host), QStringLiteral("revoke"));
        if (r.sharesEnded != 20)
            die(QStringLiteral("revoke ended %1 guest shares, not 20").arg(r.sharesEnded));
    });
}

void Bench::deletePerson()
{
    // Existing active residents and staff of the property, spread over the list: each has their grants
    // (about three), some a keycard or guests.
    QList<Id> people;
    QSqlQuery q =
        sql(m_db,
            QStringLiteral("SELECT p.id FROM person p WHERE p.property_id = ? AND p.deleted_at IS NULL "
                           "AND p.revoked_at IS NULL AND p.host_person_id IS NULL AND EXISTS (SELECT 1 "
                           "FROM access_grant g WHERE g.person_id = p.id AND g.ended_at IS NULL AND "
                           "g.starts_at <= ? AND (g.expires_at IS NULL OR g.expires_at > ?)) ORDER BY p.id"),
            {m_writeProperty, kNow, kNow});
    while (q.next())
        people.append(q.value(0).toLongLong());
    const int needed = m_warmup + m_runs;
    if (people.size() < needed)
        die(QStringLiteral("only %1 active people to delete, %2 needed").arg(people.size()).arg(needed));
    const qsizetype step = people.size() / needed;
    measure(QStringLiteral("delete_person"), {}, [&](int i) {
        auto r = check(m_access.deletePerson(m_manager, people.at(i * step)), QStringLiteral("delete"));
        if (r.grantsEnded < 1)
            die(QStringLiteral("delete ended no grant"));
    });
}

void Bench::people()
{
    struct Case
    {
        QString name;
        QString term;
        bool showExpired;
    };
    // "mar" is what a manager types for Martin, Martinez, Marshall, Maria, Mark...: a few percent match.
    const Case cases[] = {
        {QStringLiteral("people_search_first_100"), QStringLiteral("mar"), false},
        // The same people typed in capitals with an accent: folded like the stored key (util/searchtext.h).
        {QStringLiteral("people_search_accented_first_100"), QStringLiteral("MÁR"), false},
        // A whole number in national format: parsed for the property's region, and (matching almost
        // nobody) the walk through every person of the property, the slowest search there is.
        {QStringLiteral("people_search_phone_first_100"), QStringLiteral("(212) 555-0142"), false},
        {QStringLiteral("people_first_100_no_term"), QString(), false},
        {QStringLiteral("people_first_100_show_expired"), QString(), true},
    };
    for (const Case &c : cases) {
        if (!wanted(c.name))
            continue;
        PeopleFilter f;
        f.propertyId = m_queryProperty;
        f.search = c.term;
        f.showExpired = c.showExpired;
        f.limit = 100;
        const auto total = check(m_query.peopleCount(m_manager, f), QStringLiteral("people count"));
        qsizetype rows = 0;
        measure(c.name, {},
                [&](int) { rows = check(m_query.people(m_manager, f), QStringLiteral("people")).size(); });
        note(QStringLiteral("%1: %2 rows shown of %3 matching").arg(c.name).arg(rows).arg(total));
    }
}

void Bench::syncTask()
{
    // The offline door of the property with the most pending changes: the largest task a manager opens.
    QSqlQuery q =
        sql(m_db,
            QStringLiteral("SELECT d.id, d.name, (SELECT count(*) FROM door_change c WHERE c.door_id = d.id "
                           "AND c.seq > d.ack_version) AS pending FROM door d WHERE d.property_id = ? AND "
                           "d.connectivity = 'offline' ORDER BY pending DESC, d.id LIMIT 1"),
            {m_queryProperty});
    if (!q.next())
        die(QStringLiteral("no offline door"));
    const Id door = q.value(0).toLongLong();
    const QString doorName = q.value(1).toString();
    int loaded = 0;
    int pending = 0;
    measure(QStringLiteral("sync_tasks_one_door"), {}, [&](int) {
        auto t = check(m_query.doorSyncTask(m_manager, door), QStringLiteral("door sync task"));
        loaded = int(t.changes.size());
        pending = t.pendingChanges;
    });
    note(QStringLiteral("sync_tasks_one_door: door \"%1\" (%2) with %3 pending changes, %4 loaded")
             .arg(doorName)
             .arg(door)
             .arg(pending)
             .arg(loaded));
}

void Bench::runAll()
{
    // The baseline first: every other line carries it.
    rawInsert();
    people();
    if (wanted(QStringLiteral("sync_tasks_one_door")))
        syncTask();
    if (wanted(QStringLiteral("invite")))
        invite();
    if (wanted(QStringLiteral("revoke_with_20_guest_shares")))
        revoke();
    if (wanted(QStringLiteral("delete_person")))
        deletePerson();

    const QList<QPair<QString, double>> targets{
        {QStringLiteral("invite"), 2},
        {QStringLiteral("revoke_with_20_guest_shares"), 5},
        {QStringLiteral("people_search_first_100"), 20},
        {QStringLiteral("people_search_accented_first_100"), 20},
        {QStringLiteral("people_search_phone_first_100"), 20},
        {QStringLiteral("people_first_100_no_term"), 20},
        {QStringLiteral("people_first_100_show_expired"), 20},
        {QStringLiteral("sync_tasks_one_door"), 5},
    };
    const double scale = m_db.isShared() ? 5 : 1;
    for (const auto &[name, s, cpuMedian] : m_results) {
        QString verdict;
        for (const auto &[target, ms] : targets) {
            if (target == name)
                verdict = QStringLiteral(" target %1 ms: %2")
                              .arg(ms * scale)
                              .arg(s.median <= ms * scale ? QStringLiteral("met") : QStringLiteral("MISSED"));
        }
        note(QStringLiteral("%1: median %2 ms (CPU %8 ms), p90 %3 ms, min %4, max %5, %6x baseline%7")
                 .arg(name, -30)
                 .arg(s.median, 0, 'f', 3)
                 .arg(s.p90, 0, 'f', 3)
                 .arg(s.min, 0, 'f', 3)
                 .arg(s.max, 0, 'f', 3)
                 .arg(m_baseline > 0 ? s.median / m_baseline : 0, 0, 'f', 1)
                 .arg(verdict)
                 .arg(cpuMedian, 0, 'f', 3));
    }
}

QString defaultPath(const Scale &scale)
{
    const QString file = scale.label == QLatin1String("full")
                             ? QStringLiteral("bench.sqlite")
                             : QStringLiteral("bench-%1.sqlite").arg(scale.label);
    // scripts/bench keeps generated data in PORTER_BENCH_DATA_DIR; run by hand, build-bench/ of the current
    // directory.
    const QString dir = qEnvironmentVariable("PORTER_BENCH_DATA_DIR");
    return (dir.isEmpty() ? QStringLiteral("build-bench") : dir) + QLatin1Char('/') + file;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("porter_bench_store"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times Porter's store-heavy operations on a portfolio of 100,000 people and prints one JSON "
        "line per figure (median of the runs, in ms). See docs/benchmarks.md."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("The generated data set (default build-bench/bench.sqlite, or "
                       "$PORTER_BENCH_DATA_DIR/bench.sqlite)."),
        QStringLiteral("path"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                         QStringLiteral("Reuse the data set when it is complete and of this "
                                                        "generator version, instead of building it again."));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per figure (default 50)."),
                                        QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Untimed runs before each figure (default 5)."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("A data set ten times smaller, for a smoke run."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Measure only the figures whose name matches this regular "
                       "expression (the baseline is always measured)."),
        QStringLiteral("regex"));
    const QCommandLineOption pgOption(
        QStringLiteral("postgresql"),
        QStringLiteral("Measure on PostgreSQL: start a server in a temporary folder, move the data set there "
                       "with porterctl migrate's code, and time the same operations (figures named pg_*)."));
    const QCommandLineOption portfolioOption(
        QStringLiteral("portfolio"),
        QStringLiteral("With --postgresql: issue 13's portfolio, 2,000 properties and 1,000,000 people (20 "
                       "properties of 500 people generated, moved, then copied 99 times on the server)."));
    const QCommandLineOption managerOption(
        QStringLiteral("as-manager"),
        QStringLiteral("With --postgresql: measure as the administrator, then again through the Portfolio "
                       "Manager's own login, where the "
                       "server's row security applies (figures named pg_manager_*)."));
    const QCommandLineOption holdOption(
        QStringLiteral("hold"),
        QStringLiteral("With --postgresql: prepare the server (data moved, copied, vacuumed, the manager's "
                       "login made), print how to reach it, and keep it running until this program is "
                       "stopped, measuring nothing. For looking into a figure without preparing the data "
                       "again each time."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("With --postgresql: measure on a server a --hold run prepared, at this administrator "
                       "address (the passwords in PGPASSFILE, as --hold prints)."),
        QStringLiteral("address"));
    parser.addOptions({dbOption, reuseOption, runsOption, warmupOption, quickOption, onlyOption, pgOption,
                       portfolioOption, managerOption, holdOption, serverOption});
    parser.process(app);

    const bool quick = parser.isSet(quickOption);
    const bool portfolio = parser.isSet(portfolioOption);
    if (portfolio && !parser.isSet(pgOption))
        die(QStringLiteral("--portfolio needs --postgresql (the copies are made on the server)"));
    const Scale scale = portfolio ? Scale::portfolio() : quick ? Scale::quick() : Scale::full();
    const QString path =
        QFileInfo(parser.isSet(dbOption) ? parser.value(dbOption) : defaultPath(scale)).absoluteFilePath();
    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1)
        die(QStringLiteral("--runs needs a positive number"));
    const int warmup = parser.value(warmupOption).toInt(&ok);
    if (!ok || warmup < 0)
        die(QStringLiteral("--warmup needs a number"));

    if ((parser.isSet(serverOption) || parser.isSet(holdOption)) &&
        (!parser.isSet(pgOption) || !parser.isSet(managerOption)))
        die(QStringLiteral("--hold and --server need --postgresql --as-manager"));
    if (parser.isSet(serverOption)) {
        // The data set is on the server already.
    } else if (parser.isSet(reuseOption) && isComplete(path, scale)) {
        note(QStringLiteral("reusing %1 (generator %2, %3)")
                 .arg(path)
                 .arg(kGeneratorVersion)
                 .arg(scale.label));
    } else {
        note(QStringLiteral("generating the %1 data set in %2").arg(scale.label, path));
        check(generate(path, scale), QStringLiteral("generate"));
    }

    const auto measureOn = [&](std::unique_ptr<Database> db, Database *setup = nullptr,
                               const QString &prefix = {}) {
        Bench bench(*db, runs, warmup, QRegularExpression(parser.value(onlyOption)), setup, prefix);
        note(QStringLiteral("measuring %1 runs per figure after %2 warm-up runs, on %3")
                 .arg(runs)
                 .arg(warmup)
                 .arg(db->path()));
        bench.runAll();
    };
    // The administrator's figures first (the policies do not apply to them), on the same data, then the
    // Portfolio Manager's own login, as Porter signs a manager in on a server: the policies apply. The
    // administrator's connection prepares what the manager's figures need.
    const auto measureBoth = [&](const QString &address, const QString &managerAddress) {
        std::unique_ptr<Database> admin = check(Database::open(address), QStringLiteral("open ") + address);
        measureOn(check(Database::open(address), QStringLiteral("open ") + address));
        measureOn(check(Database::open(managerAddress), QStringLiteral("open ") + managerAddress),
                  admin.get(), QStringLiteral("manager_"));
    };
    const QString login = QStringLiteral("bench_manager");
    const QString password = QStringLiteral("bench-manager-secret");
    if (parser.isSet(serverOption)) {
        const QString address = parser.value(serverOption);
        const QString prefix = QStringLiteral("postgresql://%1@").arg(porter::test::PgServer::superuser());
        if (!address.startsWith(prefix))
            die(QStringLiteral("--server needs the administrator's address, %1…").arg(prefix));
        const QString managerAddress =
            QStringLiteral("postgresql://%1@").arg(login) + address.mid(prefix.size());
        g_runTag = QStringLiteral("r%1.").arg(QDateTime::currentMSecsSinceEpoch());
        measureBoth(address, managerAddress);
        return 0;
    }
    if (parser.isSet(pgOption)) {
        porter::test::PgServer server;
        QTemporaryDir home;
        if (!server.start())
            die(QStringLiteral("Cannot start PostgreSQL: %1").arg(server.error()));
        if (!server.exportSuperuserPassword(home.path()) || !server.createDatabase(QStringLiteral("bench")))
            die(QStringLiteral("Cannot prepare the server: %1").arg(server.error()));
        const QString address = server.address(QStringLiteral("bench"));
        Stopwatch moving;
        const MigrationReport moved =
            check(PortfolioMigration::run(path, address), QStringLiteral("migrate"));
        note(QStringLiteral("moved %1 rows to %2 in %3 s (copied and compared)")
                 .arg(moved.totalRows())
                 .arg(address)
                 .arg(moving.ms() / 1000, 0, 'f', 1));
        if (portfolio) {
            QFile script(QStringLiteral(PORTER_BENCH_SCALEOUT_SQL));
            if (!script.open(QIODevice::ReadOnly))
                die(QStringLiteral("Cannot read %1").arg(script.fileName()));
            Stopwatch copying;
            const QString sql =
                QStringLiteral("SET porter.copies = '99';\n") + QString::fromUtf8(script.readAll());
            if (server
                    .psql(sql, QStringLiteral("bench"), porter::test::PgServer::superuser(),
                          porter::test::PgServer::superuserPassword(), 3600 * 1000)
                    .isNull())
                die(QStringLiteral("copying the properties failed: %1").arg(server.error()));
            note(
                QStringLiteral(
                    "copied the properties 99 times on the server in %1 s: %2 properties, %3 people")
                    .arg(copying.ms() / 1000, 0, 'f', 1)
                    .arg(server.psql(QStringLiteral("SELECT count(*) FROM property"), QStringLiteral("bench"))
                             .trimmed(),
                         server.psql(QStringLiteral("SELECT count(*) FROM person"), QStringLiteral("bench"))
                             .trimmed()));
        }
        // Fresh planner statistics and visibility maps, as autovacuum would have them on a server in use:
        // after the bulk copy it would otherwise vacuum the big tables during the measurement (run 5 of
        // docs/benchmarks.md, "session 29").
        Stopwatch vacuuming;
        if (server
                .psql(QStringLiteral("VACUUM (ANALYZE)"), QStringLiteral("bench"),
                      porter::test::PgServer::superuser(), porter::test::PgServer::superuserPassword(),
                      3600 * 1000)
                .isNull())
            die(server.error());
        note(QStringLiteral("vacuumed and analyzed in %1 s").arg(vacuuming.ms() / 1000, 0, 'f', 1));
        if (!parser.isSet(managerOption)) {
            measureOn(check(Database::open(address), QStringLiteral("open ") + address));
            return 0;
        }
        const QString link =
            QStringLiteral(
                "CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE porter_managers_bench; "
                "UPDATE manager SET db_role = '%1' WHERE email = '%3'; "
                "CREATE TABLE IF NOT EXISTS bench_baseline (id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                "PRIMARY KEY, at BIGINT NOT NULL, note TEXT NOT NULL); "
                "GRANT SELECT, INSERT ON bench_baseline TO %1")
                .arg(login, password, QLatin1String(kManagerEmail));
        if (server.psql(link, QStringLiteral("bench")).isNull())
            die(QStringLiteral("Cannot give the manager a login: %1").arg(server.error()));
        // Both logins' passwords, for libpq (PGPASSWORD would give the manager's to the administrator too).
        const QString passwords = parser.isSet(holdOption) ? path + QStringLiteral(".pgpass")
                                                           : home.filePath(QStringLiteral("pgpass"));
        QFile f(passwords);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner))
            die(QStringLiteral("Cannot write %1").arg(passwords));
        f.write(QStringLiteral("*:*:*:%1:%2\n*:*:*:%3:%4\n")
                    .arg(porter::test::PgServer::superuser(), porter::test::PgServer::superuserPassword(),
                         login, password)
                    .toUtf8());
        f.close();
        qputenv("PGPASSFILE", QFile::encodeName(passwords));
        if (parser.isSet(holdOption)) {
            note(QStringLiteral("holding the server until this program is stopped; measure on it with\n"
                                "  PGPASSFILE=%1 porter_bench_store --postgresql --as-manager --server '%2'\n"
                                "or reach it with\n  PGPASSFILE=%1 psql '%2'")
                     .arg(passwords, address));
            for (;;)
                QThread::sleep(3600); // stopped by a signal: the server's watcher stops it and deletes it
        }
        measureBoth(address, server.address(QStringLiteral("bench"), login));
        return 0;
    }

    // Operations write; they run on a copy so the generated file stays as generated and a reused file gives
    // the same figures every time.
    const QString work = path + QStringLiteral(".work");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(work + suffix);
    if (!QFile::copy(path, work))
        die(QStringLiteral("Cannot copy %1 to %2.").arg(path, work));

    measureOn(check(Database::create(work), QStringLiteral("open ") + work));
    return 0;
}

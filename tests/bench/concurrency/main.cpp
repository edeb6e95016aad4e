// porter_bench_concurrency: ten managers' processes working on one shared portfolio at once
// (docs/benchmarks.md, issue 13). Starts a PostgreSQL server in a temporary folder, makes a portfolio
// with ten Property Managers who each have their own login, then runs this program once per manager
// (--worker) at the same time. Each worker signs in with its login and runs 1,000 operations through
// the real services on the same property: invitations (30%), giving and taking back its key from the
// same 50 people everyone else works on too (50%; every one of them journals a change for the same
// doors, whose rows the journal locks), and people searches (20%). Afterwards the server's rows are
// compared with what each worker did: every invitation exactly once, and each (person, key) exactly as
// its worker last left it. Any difference is a lost update.
//
// Figures (JSON lines, docs/benchmarks.md): throughput and p95 latency of the ten concurrent workers;
// the same for one worker alone on the same server in the same run (the baseline: what concurrency
// costs); p95 of a raw single-row INSERT on that server (the store baseline); and the lost updates.
#include "access/accessservice.h"
#include "access/directoryservice.h"
#include "access/queryservice.h"
#include "app/backend.h"
#include "benchlog.h"
#include "pgserver.h"
#include "store/database.h"
#include "store/location.h"
#include "timing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace porter;
using namespace porter::bench;

namespace {

const QString kDatabase = QStringLiteral("concurrency");
const QString kPassword = QStringLiteral("bench manager's long password");
constexpr int kSharedPeople = 50;

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

void figure(const QString &name, double value, const QString &unit, double baseline,
            const QString &extra = {})
{
    std::printf("{\"name\": \"%s\", \"value\": %.3f, \"unit\": \"%s\", \"baseline\": %.3f%s}\n",
                qPrintable(name), value, qPrintable(unit), baseline, qPrintable(extra));
    std::fflush(stdout);
}

// One manager's run: `ops` operations on property `propertyId`, key `keyId` theirs, the shared people
// `shared`. Prints one JSON object on stdout: latencies (ms), the emails invited, the final state of
// their key on each shared person, and failures.
int runWorker(const QString &address, int worker, int ops, Id propertyId, Id keyId, const QList<Id> &shared)
{
    Backend::Parts parts;
    parts.serverPassword = kPassword;
    auto backend =
        check(Backend::open(address, Backend::Open::Existing, std::move(parts)), QStringLiteral("sign in"));
    const auto me = check(backend->directory().connectedManager(), QStringLiteral("who"));
    if (!me)
        die(QStringLiteral("worker %1 is no manager").arg(worker));
    QRandomGenerator random(quint32(1000 + worker));
    QJsonArray latencies;
    QJsonArray invited;
    QHash<Id, Id> grantOf; // shared person -> this worker's grant of their key, while given
    int failures = 0;
    QString lastFailure;
    for (int op = 0; op < ops; ++op) {
        const quint32 roll = random.bounded(100u);
        Stopwatch watch;
        Status st;
        if (roll < 30) {
            InviteRequest r;
            r.propertyId = propertyId;
            r.method = AccessMethod::App;
            r.contact.firstName = QStringLiteral("Worker%1").arg(worker);
            r.contact.lastName = QStringLiteral("Guest%1").arg(op);
            r.contact.email = QStringLiteral("w%1-%2@bench.test").arg(worker).arg(op);
            r.keyIds = {keyId};
            r.expiresAt = backend->clock().nowSecs() + 365 * 86400;
            auto result = backend->access().invite(*me, r);
            if (result.ok())
                invited.append(r.contact.email);
            else
                st = result.error();
        } else if (roll < 80) {
            const Id person = shared.at(int(random.bounded(quint32(shared.size()))));
            if (grantOf.contains(person)) {
                st = backend->access().removeKey(*me, grantOf.value(person));
                if (st.ok())
                    grantOf.remove(person);
            } else {
                auto grant = backend->access().addKey(*me, person, keyId, std::nullopt,
                                                      backend->clock().nowSecs() + 365 * 86400);
                if (grant.ok())
                    grantOf.insert(person, grant->id);
                else
                    st = grant.error();
            }
        } else {
            PeopleFilter f;
            f.propertyId = propertyId;
            f.search = QStringLiteral("guest%1").arg(random.bounded(100u));
            auto rows = backend->queries().people(*me, f);
            if (!rows.ok())
                st = rows.error();
        }
        latencies.append(watch.ms());
        if (!st.ok()) {
            ++failures;
            lastFailure = QStringLiteral("%1: %2").arg(
                roll < 30 ? QStringLiteral("invite")
                          : (roll < 80 ? QStringLiteral("grant") : QStringLiteral("search")),
                st.error().message);
        }
    }
    QJsonArray holding;
    for (auto it = grantOf.cbegin(); it != grantOf.cend(); ++it)
        holding.append(it.key());
    const QJsonObject out{
        {QStringLiteral("worker"), worker},     {QStringLiteral("latencies"), latencies},
        {QStringLiteral("invited"), invited},   {QStringLiteral("holding"), holding},
        {QStringLiteral("failures"), failures}, {QStringLiteral("lastFailure"), lastFailure}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

struct Run
{
    double seconds = 0;
    QList<double> latencies;
    QList<QJsonObject> results;
    int failures = 0;
};

// Starts `workers` worker processes at once (manager logins m<first>..), waits for them all.
Run runWorkers(const porter::test::PgServer &server, int first, int workers, int ops, Id propertyId,
               const QList<Id> &keys, const QList<Id> &shared)
{
    QStringList sharedText;
    for (Id id : shared)
        sharedText << QString::number(id);
    QList<QProcess *> processes;
    QElapsedTimer wall;
    wall.start();
    for (int w = first; w < first + workers; ++w) {
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--worker"), QString::number(w), QStringLiteral("--address"),
                  server.address(kDatabase, QStringLiteral("m%1").arg(w)), QStringLiteral("--ops"),
                  QString::number(ops), QStringLiteral("--property"), QString::number(propertyId),
                  QStringLiteral("--key"), QString::number(keys.at(w)), QStringLiteral("--shared"),
                  sharedText.join(QLatin1Char(','))});
        processes << p;
    }
    Run run;
    for (QProcess *p : processes) {
        if (!p->waitForFinished(3600 * 1000) || p->exitCode() != 0)
            die(QStringLiteral("a worker failed (exit %1)").arg(p->exitCode()));
        const QJsonObject o = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        for (const QJsonValue &v : o.value(QStringLiteral("latencies")).toArray())
            run.latencies << v.toDouble();
        run.failures += o.value(QStringLiteral("failures")).toInt();
        if (o.value(QStringLiteral("failures")).toInt() > 0)
            note(QStringLiteral("worker %1: %2 failures, the last: %3")
                     .arg(o.value(QStringLiteral("worker")).toInt())
                     .arg(o.value(QStringLiteral("failures")).toInt())
                     .arg(o.value(QStringLiteral("lastFailure")).toString()));
        run.results << o;
        delete p;
    }
    run.seconds = double(wall.nsecsElapsed()) / 1e9;
    return run;
}

// What the server holds compared with what the workers did: each invitation once, each worker's key on
// each shared person as that worker left it. The number of differences.
int lostUpdates(Database &db, const Run &run, const QList<Id> &keys, const QList<Id> &shared)
{
    int lost = 0;
    for (const QJsonObject &o : run.results) {
        const int w = o.value(QStringLiteral("worker")).toInt();
        for (const QJsonValue &email : o.value(QStringLiteral("invited")).toArray()) {
            const int n = check(db.scalar(QStringLiteral("SELECT count(*) FROM person WHERE email = ?"),
                                          {email.toString()}),
                                QStringLiteral("count"))
                              .toInt();
            lost += n == 1 ? 0 : 1;
        }
        QSet<Id> holding;
        for (const QJsonValue &v : o.value(QStringLiteral("holding")).toArray())
            holding.insert(v.toInteger());
        for (Id person : shared) {
            const int n =
                check(db.scalar(QStringLiteral(
                                    "SELECT count(*) FROM access_grant WHERE person_id = ? AND key_id = ? "
                                    "AND ended_at IS NULL"),
                                {person, keys.at(w)}),
                      QStringLiteral("grants"))
                    .toInt();
            lost += n == (holding.contains(person) ? 1 : 0) ? 0 : 1;
        }
    }
    return lost;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("porter_bench_concurrency"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Ten managers' processes on one shared portfolio at once: "
                       "throughput, p95 latency, lost updates (docs/benchmarks.md)."));
    parser.addHelpOption();
    const QCommandLineOption managersOption(QStringLiteral("managers"),
                                            QStringLiteral("Concurrent managers (10)."), QStringLiteral("n"),
                                            QStringLiteral("10"));
    const QCommandLineOption opsOption(QStringLiteral("ops"),
                                       QStringLiteral("Operations per manager (1000)."), QStringLiteral("n"),
                                       QStringLiteral("1000"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("100 operations per manager."));
    const QCommandLineOption workerOption(QStringLiteral("worker"), QStringLiteral("(internal)"),
                                          QStringLiteral("i"));
    const QCommandLineOption addressOption(QStringLiteral("address"), QStringLiteral("(internal)"),
                                           QStringLiteral("a"));
    const QCommandLineOption propertyOption(QStringLiteral("property"), QStringLiteral("(internal)"),
                                            QStringLiteral("id"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("(internal)"),
                                       QStringLiteral("id"));
    const QCommandLineOption sharedOption(QStringLiteral("shared"), QStringLiteral("(internal)"),
                                          QStringLiteral("ids"));
    parser.addOptions({managersOption, opsOption, quickOption, workerOption, addressOption, propertyOption,
                       keyOption, sharedOption});
    // scripts/bench passes the same arguments to every program (--reuse, --runs …): those meant for the
    // others are ignored here, not an error.
    if (!parser.parse(QCoreApplication::arguments()) && !parser.unknownOptionNames().isEmpty())
        note(QStringLiteral("ignoring %1").arg(parser.unknownOptionNames().join(QStringLiteral(", "))));
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    const int ops = parser.isSet(quickOption) ? 100 : parser.value(opsOption).toInt();

    if (parser.isSet(workerOption)) {
        QList<Id> shared;
        for (const QString &id : parser.value(sharedOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            shared << id.toLongLong();
        return runWorker(parser.value(addressOption), parser.value(workerOption).toInt(), ops,
                         parser.value(propertyOption).toLongLong(), parser.value(keyOption).toLongLong(),
                         shared);
    }

    const int managers = parser.value(managersOption).toInt();
    if (managers < 1 || ops < 1)
        die(QStringLiteral("--managers and --ops need positive numbers"));
    porter::test::PgServer server;
    QTemporaryDir home;
    if (!server.start())
        die(QStringLiteral("Cannot start PostgreSQL: %1").arg(server.error()));
    if (!server.exportSuperuserPassword(home.path()) || !server.createDatabase(kDatabase))
        die(QStringLiteral("Cannot prepare the server: %1").arg(server.error()));

    // The portfolio: its owner, a property with four offline doors, a key per manager (each opening
    // every door, so every grant journals a change for all four), the managers with their logins, and
    // the people they all work on.
    auto admin =
        check(Backend::open(server.address(kDatabase), Backend::Open::Create), QStringLiteral("create"));
    const Manager owner = check(
        admin->directory().init({QStringLiteral("Bench"), QStringLiteral("Owner"),
                                 QStringLiteral("owner@bench.test"), kPassword, QStringLiteral("owner")}),
        QStringLiteral("init"));
    Property p;
    p.name = QStringLiteral("Bench Court");
    p.timeZone = QStringLiteral("America/New_York");
    p = check(admin->directory().addProperty(owner, p), QStringLiteral("property"));
    QList<Id> doors;
    for (int i = 0; i < 4; ++i) {
        Door d;
        d.propertyId = p.id;
        d.name = QStringLiteral("Door %1").arg(i + 1);
        d.type = DoorType::Communal;
        d.connectivity = Connectivity::Offline;
        doors << check(admin->directory().addDoor(owner, d), QStringLiteral("door")).id;
    }
    QList<Id> keys; // one per manager (the last of them works alone), and the shared people's own
    for (int w = 0; w < managers + 2; ++w) {
        Key k;
        k.propertyId = p.id;
        k.name = QStringLiteral("Key %1").arg(w);
        k.doorIds = doors;
        keys << check(admin->directory().addKey(owner, k), QStringLiteral("key")).id;
    }
    for (int w = 0; w < managers + 1; ++w) {
        ManagerRequest r;
        r.name = QStringLiteral("Manager %1").arg(w);
        r.email = QStringLiteral("m%1@bench.test").arg(w);
        r.role = ManagerRole::PropertyManager;
        r.keyManagement = KeyManagement::Full;
        r.propertyIds = {p.id};
        r.password = kPassword;
        r.login = QStringLiteral("m%1").arg(w);
        check(admin->directory().addManager(owner, r), QStringLiteral("manager"));
    }
    QList<Id> shared;
    for (int i = 0; i < kSharedPeople; ++i) {
        InviteRequest r;
        r.propertyId = p.id;
        r.method = AccessMethod::App;
        r.contact.firstName = QStringLiteral("Shared");
        r.contact.lastName = QStringLiteral("Person%1").arg(i);
        r.contact.email = QStringLiteral("shared%1@bench.test").arg(i);
        r.keyIds = {keys.last()};
        r.expiresAt = admin->clock().nowSecs() + 365 * 86400;
        shared << check(admin->access().invite(owner, r), QStringLiteral("invite")).person.id;
    }

    // The store's baseline: a raw single-row INSERT on this server.
    Database &db = admin->database();
    check(db.exec(QStringLiteral("CREATE TABLE bench_raw (id BIGSERIAL PRIMARY KEY, v TEXT)")),
          QStringLiteral("raw table"));
    QList<double> raw;
    for (int i = 0; i < 1000; ++i) {
        Stopwatch w;
        check(db.exec(QStringLiteral("INSERT INTO bench_raw (v) VALUES (?)"),
                      {QStringLiteral("row %1").arg(i)}),
              QStringLiteral("raw insert"));
        raw << w.ms();
    }
    const double rawP95 = percentile(raw, 0.95);

    // One manager alone (the last login: its own key and people), then all of them at once.
    note(QStringLiteral("one manager alone, %1 operations").arg(ops));
    const Run alone = runWorkers(server, managers, 1, ops, p.id, keys, shared);
    note(QStringLiteral("%1 managers at once, %2 operations each").arg(managers).arg(ops));
    const Run together = runWorkers(server, 0, managers, ops, p.id, keys, shared);

    const int lost = lostUpdates(db, together, keys, shared) + lostUpdates(db, alone, keys, shared);
    const double aloneThroughput = double(alone.latencies.size()) / alone.seconds;
    const double throughput = double(together.latencies.size()) / together.seconds;
    const QString setting = QStringLiteral(", \"managers\": %1, \"ops_per_manager\": %2, \"failures\": %3")
                                .arg(managers)
                                .arg(ops)
                                .arg(together.failures);
    figure(QStringLiteral("pg_concurrent_throughput"), throughput, QStringLiteral("ops/s"), aloneThroughput,
           setting);
    figure(QStringLiteral("pg_concurrent_p95"), percentile(together.latencies, 0.95), QStringLiteral("ms"),
           percentile(alone.latencies, 0.95), setting);
    figure(QStringLiteral("pg_concurrent_raw_insert_p95"), rawP95, QStringLiteral("ms"), rawP95);
    figure(QStringLiteral("pg_concurrent_lost_updates"), lost, QStringLiteral("count"), 0, setting);
    return 0;
}

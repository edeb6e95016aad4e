#include "fixture.h"

#include "pgserver.h"
#include "secrets/secretstore.h"
#include "store/repositories.h"
#include "util/password.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <algorithm>

namespace porter::test {

namespace {

// This process's PostgreSQL server, started on first use and stopped when the process ends, with an
// administrative connection for making and dropping the fixtures' databases.
struct Server
{
    PgServer server;
    QTemporaryDir home; // libpq's password file
    QString admin = QStringLiteral("porter-test-admin");

    Server()
    {
        if (!server.start())
            qFatal("cannot start PostgreSQL for the _pg suites: %s", qPrintable(server.error()));
        // The password of the superuser, where libpq looks for it when Porter gives none (as for a
        // manager with a ~/.pgpass): Porter's own code path, with no password in any address.
        if (!server.exportSuperuserPassword(home.path()))
            qFatal("cannot write the password file");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        db.setHostName(server.socketDir());
        db.setPort(server.port());
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(PgServer::superuser());
        if (!db.open())
            qFatal("cannot connect to the test server: %s", qPrintable(db.lastError().text()));
    }
    ~Server()
    {
        QSqlDatabase::database(admin, false).close();
        QSqlDatabase::removeDatabase(admin);
    }

    void run(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(admin, false));
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    QString location(const QString &database) const { return server.address(database); }
};

Server &server()
{
    static Server s;
    return s;
}

QString serverDatabaseName(const QString &name)
{
    static int counter = 0;
    QString out = name.toLower();
    for (QChar &c : out)
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            c = QLatin1Char('_');
    return QStringLiteral("%1_%2").arg(out).arg(++counter);
}

// The seeded portfolio is built once per test process (init hashes a password with scrypt, which is slow
// on purpose) and each Fixture starts from a copy of that file.
struct Seed
{
    QTemporaryDir dir;
    QString path;
    Manager owner;
    Property property;
    Door lobby, unit101, gym, garage;
    Key residentKey, gymKey, staffKey;
};

const Seed &seed(qint64 now)
{
    static const std::unique_ptr<Seed> s = [now] {
        auto out = std::make_unique<Seed>();
        if (!out->dir.isValid())
            qFatal("cannot create a temporary folder");
        if (onPostgreSql()) {
            server().run(QStringLiteral("CREATE DATABASE porter_seed"));
            out->path = server().location(QStringLiteral("porter_seed"));
        } else {
            out->path = out->dir.filePath(QStringLiteral("seed.sqlite"));
        }
        FixedClock clock(now);
        auto opened = Database::create(out->path);
        if (!opened.ok())
            qFatal("cannot open test database: %s", qPrintable(opened.error().message));
        std::unique_ptr<Database> db = std::move(opened).value();
        DirectoryService directory(*db, clock);
        auto o = directory.init({QStringLiteral("Acme Living"), QStringLiteral("Olive Owner"),
                                 QStringLiteral("owner@acme.test"), QStringLiteral("correct horse battery")});
        if (!o.ok())
            qFatal("init failed: %s", qPrintable(o.error().message));
        out->owner = *o;
        Property p;
        p.name = QStringLiteral("Maple Court");
        p.timeZone = QStringLiteral("America/New_York");
        p.region = QStringLiteral("US");
        out->property = directory.addProperty(out->owner, p).value();
        auto door = [&](const QString &name, DoorType type, Connectivity c) {
            Door d;
            d.propertyId = out->property.id;
            d.name = name;
            d.type = type;
            d.connectivity = c;
            return directory.addDoor(out->owner, d).value();
        };
        out->lobby = door(QStringLiteral("Lobby"), DoorType::BuildingEntrance, Connectivity::Offline);
        out->unit101 = door(QStringLiteral("Unit 101"), DoorType::Residence, Connectivity::Offline);
        out->gym = door(QStringLiteral("Gym"), DoorType::Communal, Connectivity::Offline);
        out->garage = door(QStringLiteral("Garage"), DoorType::Service, Connectivity::Online);
        auto key = [&](const QString &name, QList<Id> doors, const QString &schedule, bool share,
                       bool codes) {
            Key k;
            k.propertyId = out->property.id;
            k.name = name;
            k.doorIds = doors;
            k.schedule = Schedule::parse(schedule).value();
            k.shareable = share;
            k.doorcodesAllowed = codes;
            return directory.addKey(out->owner, k).value();
        };
        out->residentKey = key(QStringLiteral("Unit 101 resident"), {out->lobby.id, out->unit101.id},
                               QStringLiteral("always"), true, true);
        out->gymKey =
            key(QStringLiteral("Gym"), {out->gym.id}, QStringLiteral("Mon-Fri 06:00-22:00"), true, true);
        out->staffKey = key(QStringLiteral("Staff"), {out->lobby.id, out->gym.id, out->garage.id},
                            QStringLiteral("always"), false, false);
        // Closing the last connection checkpoints the WAL into the file, so copying the file is enough.
        return out;
    }();
    return *s;
}

} // namespace

bool onPostgreSql()
{
    static const bool pg = qEnvironmentVariable("PORTER_TEST_DB") == QLatin1String("postgresql");
    return pg;
}

QString newPortfolioLocation(const QTemporaryDir &dir, const QString &name)
{
    if (!onPostgreSql())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    const QString database = serverDatabaseName(name);
    server().run(QStringLiteral("CREATE DATABASE %1").arg(database));
    return server().location(database);
}

Fixture::Fixture()
{
    QVERIFY(dir.isValid());
    const Seed &s = seed(clock.nowSecs());
    if (onPostgreSql()) {
        // A copy of the seed database, made by the server.
        m_serverDatabase = serverDatabaseName(QStringLiteral("fixture"));
        server().run(QStringLiteral("CREATE DATABASE %1 TEMPLATE porter_seed").arg(m_serverDatabase));
        location = server().location(m_serverDatabase);
    } else {
        location = dir.filePath(QStringLiteral("porter.sqlite"));
        if (!QFile::copy(s.path, location))
            qFatal("cannot copy the seed database");
        QFile::setPermissions(location, QFile::ReadOwner | QFile::WriteOwner);
    }
    Backend::Parts parts;
    parts.sharedClock = &clock;
    parts.keys = std::make_unique<FileKeyProvider>(dir.filePath(QStringLiteral("keys")));
    auto opened = Backend::open(location, Backend::Open::Existing, std::move(parts));
    if (!opened.ok())
        qFatal("cannot open test database: %s", qPrintable(opened.error().message));
    backend = std::move(opened).value();
    db = &backend->database();
    directory = &backend->directory();
    access = &backend->access();
    queries = &backend->queries();
    owner = s.owner;
    // On a server, the owner's device key opens the door secrets (made under dir/keys).
    if (auto st = backend->signedIn(owner); !st.ok())
        qFatal("cannot sign in the owner: %s", qPrintable(st.error().message));
    property = s.property;
    lobby = s.lobby;
    unit101 = s.unit101;
    gym = s.gym;
    garage = s.garage;
    residentKey = s.residentKey;
    gymKey = s.gymKey;
    staffKey = s.staffKey;
}

Fixture::~Fixture()
{
    backend.reset();
    // A server database is dropped with its fixture (a SQLite file goes with the folder). A test that
    // kept a connection of its own open makes this fail; the server goes at the end of the process.
    if (!m_serverDatabase.isEmpty()) {
        QSqlQuery q(QSqlDatabase::database(server().admin, false));
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_serverDatabase)))
            qWarning("cannot drop %s: %s", qPrintable(m_serverDatabase), qPrintable(q.lastError().text()));
    }
}

Manager Fixture::makeManager(const QString &email, KeyManagement km, bool deviceManagement,
                             const QList<Id> &keyIds)
{
    // Stored directly, with the cheapest scrypt parameters verifyPassword accepts: the permission matrix
    // needs a dozen managers and addManager itself is covered by tst_operations.
    Manager m;
    m.portfolioId = owner.portfolioId;
    m.name = QStringLiteral("Manager ") + email.section(QLatin1Char('@'), 0, 0);
    m.email = email;
    m.role = ManagerRole::PropertyManager;
    m.keyManagement = km;
    m.deviceManagement = deviceManagement;
    m.propertyIds = {property.id};
    m.keyIds = keyIds;
    const QString hash = hashPassword(QStringLiteral("manager password 1"), ScryptParams{10, 8, 1}).value();
    DirectoryRepository repo(*db);
    auto id = repo.insertManager(m, hash, clock.nowSecs());
    if (!id.ok())
        qFatal("insertManager failed: %s", qPrintable(id.error().message));
    m.id = *id;
    return m;
}

InviteRequest Fixture::inviteRequest(const QString &email, const QList<Id> &keyIds) const
{
    InviteRequest r;
    r.propertyId = property.id;
    r.contact.firstName = email.section(QLatin1Char('@'), 0, 0);
    r.contact.lastName = QStringLiteral("Tester");
    r.contact.email = email;
    r.contact.phone = QStringLiteral("(212) 555-0142");
    r.keyIds = keyIds;
    r.expiresAt = clock.nowSecs() + 365 * 86400;
    return r;
}

Person Fixture::invite(const QString &email, const QList<Id> &keyIds, bool mayShare, bool openEnded)
{
    InviteRequest r = inviteRequest(email, keyIds);
    if (openEnded)
        r.expiresAt.reset();
    r.mayShare = mayShare;
    r.resident = true;
    auto res = access->invite(owner, r);
    if (!res.ok())
        qFatal("invite failed: %s", qPrintable(res.error().message));
    return res->person;
}

void Fixture::idsContinueAfter(const QString &table, Id id) const
{
    if (!db->isShared())
        return;
    auto set =
        db->exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), ?)").arg(table), {id});
    if (!set.ok())
        qFatal("setval: %s", qPrintable(set.error().message));
}

int Fixture::countRows(const QString &table) const
{
    return db->scalar(QStringLiteral("SELECT count(*) FROM ") + table).value().toInt();
}

qint64 Fixture::pendingChanges(Id doorId) const
{
    return db
        ->scalar(QStringLiteral("SELECT count(*) FROM door_change c JOIN door d ON d.id = c.door_id "
                                "WHERE c.door_id = ? AND c.seq > d.ack_version"),
                 {doorId})
        .value()
        .toLongLong();
}

QStringList Fixture::tables() const
{
    QStringList out;
    auto q = db->exec(db->dialect().listTables());
    if (!q.ok())
        qFatal("cannot list tables: %s", qPrintable(q.error().message));
    while (q->next())
        out << q->value(0).toString();
    return out;
}

QMap<QString, QString> Fixture::snapshot() const
{
    QMap<QString, QString> out;
    for (const QString &table : tables()) {
        auto q = db->exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        if (!q.ok())
            qFatal("cannot read %s: %s", qPrintable(table), qPrintable(q.error().message));
        QStringList rows;
        while (q->next()) {
            QStringList cells;
            const QSqlRecord rec = q->record();
            for (int i = 0; i < rec.count(); ++i) {
                const QVariant v = q->value(i);
                cells << (v.isNull() ? QStringLiteral("<null>")
                                     : QString::fromLatin1(v.toByteArray().toHex()));
            }
            rows << cells.join(QLatin1Char('|'));
        }
        rows.sort();
        const QByteArray digest =
            QCryptographicHash::hash(rows.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256);
        out.insert(table,
                   QStringLiteral("%1 rows %2").arg(rows.size()).arg(QString::fromLatin1(digest.toHex())));
    }
    return out;
}

QByteArray Fixture::rawContents() const
{
    QByteArray out;
    for (const QString &table : tables()) {
        auto q = db->exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        if (!q.ok())
            qFatal("cannot read %s: %s", qPrintable(table), qPrintable(q.error().message));
        while (q->next()) {
            for (int i = 0; i < q->record().count(); ++i) {
                const QVariant v = q->value(i);
                out += v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
                out += '\x1f';
            }
        }
    }
    return out;
}

QMap<QString, int> Fixture::tableCounts() const
{
    QMap<QString, int> out;
    for (const QString &table : tables())
        out.insert(table, countRows(QStringLiteral("\"%1\"").arg(table)));
    return out;
}

qint64 Fixture::lastSeq() const
{
    return db->scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM door_change")).value().toLongLong();
}

QList<Id> Fixture::changedDoorsSince(qint64 since) const
{
    QList<Id> out;
    auto q = db->exec(QStringLiteral("SELECT door_id FROM door_change WHERE seq > ? ORDER BY door_id, seq"),
                      {since});
    while (q.ok() && q->next())
        out << q->value(0).toLongLong();
    return out;
}

Id Fixture::lastActivityId() const
{
    return db->scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM activity")).value().toLongLong();
}

QList<ActivityEvent> Fixture::activitySince(Id since) const
{
    QList<ActivityEvent> out;
    auto q =
        db->exec(QStringLiteral("SELECT id, at, property_id, manager_id, actor, action, person_id, "
                                "door_id, result, reason, detail FROM activity WHERE id > ? ORDER BY id"),
                 {since});
    while (q.ok() && q->next()) {
        ActivityEvent e;
        e.id = q->value(0).toLongLong();
        e.at = q->value(1).toLongLong();
        if (!q->value(2).isNull())
            e.propertyId = q->value(2).toLongLong();
        if (!q->value(3).isNull())
            e.managerId = q->value(3).toLongLong();
        e.actor = q->value(4).toString();
        e.action = q->value(5).toString();
        if (!q->value(6).isNull())
            e.personId = q->value(6).toLongLong();
        if (!q->value(7).isNull())
            e.doorId = q->value(7).toLongLong();
        e.result = q->value(8).toString();
        e.reason = q->value(9).toString();
        e.detail = q->value(10).toString();
        out << e;
    }
    return out;
}

Property Fixture::addProperty(const QString &name, const QString &timeZone, const QString &region)
{
    Property p;
    p.name = name;
    p.timeZone = timeZone;
    p.region = region;
    auto r = directory->addProperty(owner, p);
    if (!r.ok())
        qFatal("addProperty failed: %s", qPrintable(r.error().message));
    return *r;
}

Door Fixture::addDoor(Id propertyId, const QString &name, Connectivity c, DoorType type)
{
    Door d;
    d.propertyId = propertyId;
    d.name = name;
    d.type = type;
    d.connectivity = c;
    auto r = directory->addDoor(owner, d);
    if (!r.ok())
        qFatal("addDoor failed: %s", qPrintable(r.error().message));
    return *r;
}

Key Fixture::addKey(Id propertyId, const QString &name, const QList<Id> &doorIds, bool shareable)
{
    Key k;
    k.propertyId = propertyId;
    k.name = name;
    k.doorIds = doorIds;
    k.shareable = shareable;
    auto r = directory->addKey(owner, k);
    if (!r.ok())
        qFatal("addKey failed: %s", qPrintable(r.error().message));
    return *r;
}

qint64 utc(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!dt.isValid())
        qFatal("bad instant %s", iso);
    return dt.toSecsSinceEpoch();
}

} // namespace porter::test

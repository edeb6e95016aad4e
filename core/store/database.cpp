#include "store/database.h"

#include "util/logging.h"
#include "util/searchtext.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>
#include <libpq-fe.h>
#include <limits>
#include <utility>
#include <vector>

namespace porter {
namespace {

// SQLite's connection options: a writer waits up to 5 s for another (two porterctl, the window and a
// script) before "busy".
QString sqliteOptions(bool readOnly)
{
    return readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
}

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inBody = false; // inside a PostgreSQL function body, $$ ... $$, whose lines end in ';' too
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

// SQLite's primary result codes (sqlite3.h) that say something a user can act on. Qt reports the code
// of the failing call as QSqlError::nativeErrorCode(); extended codes carry the primary one in the low byte.
enum SqliteCode
{
    kSqliteBusy = 5,
    kSqliteLocked = 6,
    kSqliteReadOnly = 8,
    kSqliteIoErr = 10,
    kSqliteCorrupt = 11,
    kSqliteFull = 13,
    kSqliteCantOpen = 14,
    kSqliteNotADb = 26,
};

int primaryCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// The tables every Porter database has from schema 1 on (store/migrations/0001_initial.sql).
const QStringList &porterTables()
{
    static const QStringList tables{QStringLiteral("portfolio"),  QStringLiteral("property"),
                                    QStringLiteral("manager"),    QStringLiteral("person"),
                                    QStringLiteral("access_key"), QStringLiteral("activity")};
    return tables;
}

Error notPorter(const QString &path, const QString &why)
{
    return makeError(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("porter::Database",
                                    "%1 is not a Porter database (%2). Porter left it unchanged: check the "
                                    "path, or give the path of a Porter database.")
            .arg(QDir::toNativeSeparators(path), why));
}

// The database holds people's data and sealed secrets: the file and SQLite's companions (WAL,
// shared memory, rollback journal) are readable and writable by their owner only (0600). SQLite
// creates the companions with the main file's mode; existing files are tightened when opened.
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Status ownerOnly(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = path + QLatin1String(suffix);
        if (!QFileInfo::exists(file))
            continue;
        if (!QFile::setPermissions(file, kOwnerOnly))
            return makeError(
                ErrorCode::Storage,
                QCoreApplication::translate("porter::Database",
                                            "Cannot make %1 readable by its owner only. Check who owns it.")
                    .arg(file));
    }
    return {};
}

} // namespace

Database::~Database()
{
    m_listener.reset();
    stopWatching();
    m_prepared.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<QString> Database::defaultPath()
{
    const Error noHome =
        makeError(ErrorCode::InvalidInput,
                  tr("Porter has no folder for its database: the home folder is not set, does not exist "
                     "or cannot be written. Set HOME to your home folder, or give a database file with "
                     "--db PATH."));
#ifdef Q_OS_UNIX
    // Without HOME (and XDG_DATA_HOME), Qt falls back to the root folder: a database at /.local/share.
    // A HOME that does not exist or cannot be written is no home either.
    if (qEnvironmentVariableIsEmpty("XDG_DATA_HOME")) {
        const QFileInfo home(qEnvironmentVariable("HOME"));
        if (qEnvironmentVariableIsEmpty("HOME") || !home.isDir() || !home.isWritable() ||
            QDir(home.filePath()).isRoot())
            return noHome;
    }
#endif
    // The local (not roaming) application data folder, the same kind of folder as the key file's
    // (FileKeyProvider::defaultDirectory): on Windows a roaming database would follow the user to
    // machines that do not hold its key. On Linux and macOS the two locations are the same folder.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (dir.isEmpty() || QDir::isRelativePath(dir))
        return noHome;
    // The nearest folder that exists is where Porter would create its own: never the root of the file
    // system, and one this user can write.
    QString existing = QDir::cleanPath(dir);
    while (!QFileInfo(existing).isDir()) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    if (QDir(existing).isRoot() || !QFileInfo(existing).isWritable())
        return noHome;
    return QString(dir + QStringLiteral("/porter.sqlite"));
}

int Database::latestSchemaVersion()
{
    // Both dialects reach the same version: a PostgreSQL migration comes with each SQLite one.
    static const int latest = [] {
        const int sqlite = Dialect::sqlite()->migrationsAfter(0).constLast().version;
        const int server = Dialect::postgreSql()->migrationsAfter(0).constLast().version;
        if (sqlite != server)
            qFatal("the SQLite schema is at %d and the PostgreSQL one at %d", sqlite, server);
        return sqlite;
    }();
    return latest;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    return openAt(location, false);
}

Result<std::unique_ptr<Database>> Database::create(const QString &location)
{
    return openAt(location, true);
}

Result<std::unique_ptr<Database>> Database::openAt(const QString &text, bool mayCreate)
{
    PORTER_TRY_ASSIGN(const DatabaseLocation location, DatabaseLocation::parse(text));
    if (location.isPostgreSql())
        return openServer(location, QString(), mayCreate);
    return openFile(location.path, mayCreate);
}

QString Database::nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("porter-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, bool mayCreate)
{
    std::unique_ptr<Database> self(new Database);
    self->m_dialect = Dialect::sqlite();
    self->m_path = path;
    self->m_connectionName = nextConnectionName();

    const bool memory = path == QLatin1String(":memory:");
    bool created = false;
    if (!memory) {
        const QFileInfo info(path);
        if (info.isDir())
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is a folder, not a Porter database file. Give the path of "
                                "the database file.")
                                 .arg(QDir::toNativeSeparators(path)));
        if (!info.exists()) {
            // Nothing is created unless asked: a mistyped path must not leave folders and a new database.
            if (!mayCreate)
                return makeError(ErrorCode::NotFound,
                                 tr("No Porter database at %1.").arg(QDir::toNativeSeparators(path)));
            if (!QDir().mkpath(info.absolutePath()))
                return makeError(ErrorCode::Storage, tr("Cannot create the folder %1 for the database.")
                                                         .arg(QDir::toNativeSeparators(info.absolutePath())));
            // Created empty and owner-only before SQLite opens it, so it is never readable by others.
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
                return makeError(ErrorCode::Storage,
                                 tr("Cannot create the database %1: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()));
            created = true;
        }
        // Before anything that writes (permissions, WAL, migrations): a file that is not a Porter
        // database is refused untouched.
        if (!created)
            PORTER_TRY(self->inspect(mayCreate));
        PORTER_TRY(ownerOnly(path));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(self->m_dialect->driver(), self->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(sqliteOptions(false));
    if (!db.open())
        return self->failure(tr("open"), db.lastError());

    PORTER_TRY(self->configure());
    if (!memory)
        PORTER_TRY(ownerOnly(path)); // the WAL and shared-memory files exist now
    PORTER_TRY(self->migrate());
    return self;
}

Result<std::unique_ptr<Database>> Database::openServer(const DatabaseLocation &location,
                                                       const QString &password, bool mayCreate)
{
    std::unique_ptr<Database> self(new Database);
    self->m_dialect = Dialect::postgreSql();
    self->m_path = location.display();
    self->m_location = location;
    self->m_password = password;
    self->m_connectionName = nextConnectionName();
    if (!QSqlDatabase::isDriverAvailable(self->m_dialect->driver()))
        return makeError(ErrorCode::Unavailable,
                         tr("This Porter cannot reach a PostgreSQL server: Qt's PostgreSQL driver (QPSQL) is "
                            "not installed. Install it (on Debian: libqt6sql6-psql) and try again."));
    QSqlDatabase::addDatabase(self->m_dialect->driver(), self->m_connectionName);
    PORTER_TRY(self->connectServer());
    PORTER_TRY(self->inspectServer(mayCreate));
    PORTER_TRY(self->migrate());
    return self;
}

// Opens (or opens again, after the server went away) the connection to the PostgreSQL server. libpq
// does the rest: the password from the caller, else PGPASSWORD or the password file; SCRAM; TLS as
// sslmode says.
Status Database::connectServer() const
{
    QSqlDatabase db = connection();
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setDatabaseName(m_location.database);
    db.setUserName(m_location.user);
    db.setPassword(m_password);
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=Porter")};
    if (!m_location.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_location.sslMode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    m_connecting = true;
    const bool opened = db.open();
    const Error refused = opened ? Error{} : failure(tr("connect to"), db.lastError());
    m_connecting = false;
    if (!opened) {
        if (serverWantsPassword())
            return makeError(ErrorCode::PasswordNeeded,
                             tr("The server of %1 asks for the login's password, and none was given: type "
                                "it when Porter asks, or set PGPASSWORD or a password file (~/.pgpass).")
                                 .arg(m_path));
        return refused;
    }
    m_suspect = false;
    // The server's notices (an extension that exists already) are not the user's business.
    PORTER_TRY(exec(QStringLiteral("SET client_min_messages TO warning")));
    if (m_listener) {
        PORTER_TRY(subscribe());
        if (m_lost) {
            m_lost = false;
            if (m_listener->connection)
                m_listener->connection(true);
        }
    }
    auto version = scalar(QStringLiteral("SHOW server_version_num"));
    if (!version.ok())
        return version.error();
    // 13: citext is a trusted extension, which the database's owner may create.
    if (version->toInt() < 130000)
        return makeError(ErrorCode::Unavailable,
                         tr("The server of %1 runs PostgreSQL %2; Porter needs version 13 or later.")
                             .arg(m_path, QString::number(version->toInt() / 10000)));
    return {};
}

// What the server database holds, before Porter writes to it: nothing (only `create` fills it), a
// Porter portfolio of a schema this Porter knows, or something else, which is left untouched.
Status Database::inspectServer(bool mayCreate) const
{
    auto q = exec(m_dialect->listTables());
    if (!q.ok())
        return q.error();
    QStringList tables;
    while (q->next())
        tables << q->value(0).toString();
    PORTER_TRY(fetched(*q));
    if (tables.isEmpty()) {
        if (mayCreate)
            return {};
        return makeError(ErrorCode::NotFound,
                         tr("No Porter portfolio in %1: the database is empty. Create one there with "
                            "porterctl init --db %1.")
                             .arg(m_path));
    }
    bool porter = tables.contains(QLatin1String("schema_version"));
    for (const QString &t : porterTables())
        porter = porter && tables.contains(t);
    if (!porter)
        return notPorter(m_path, tr("it holds another application's tables"));
    return {};
}

Status Database::inspect(bool mayCreate) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Storage,
            tr("Cannot read %1: %2. Check that you may read it.").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    // An empty file is what init leaves behind if it stopped before SQLite wrote anything.
    if (header.isEmpty())
        return mayCreate ? Status()
                         : makeError(ErrorCode::NotFound,
                                     tr("No Porter database at %1 (the file is empty).").arg(shown));
    static const QByteArray kMagic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(kMagic))
        return notPorter(m_path, tr("it is not an SQLite database file"));

    // A read-only look at its schema: no journal, no WAL switch, no migration, nothing written.
    const QString name = m_connectionName + QStringLiteral("-inspect");
    Status verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driver(), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(sqliteOptions(true));
        if (!db.open()) {
            verdict = failure(tr("open"), db.lastError());
        } else {
            QSqlQuery q(db);
            QStringList tables;
            int version = -1;
            if (!q.exec(m_dialect->listTables())) {
                verdict = failure(tr("read"), q.lastError());
            } else {
                while (q.next())
                    tables << q.value(0).toString();
                if (q.lastError().isValid())
                    verdict = failure(tr("read"), q.lastError());
            }
            if (verdict.ok()) {
                if (q.exec(m_dialect->readSchemaVersion()) && q.next())
                    version = q.value(0).toInt();
                else
                    verdict = failure(tr("read"), q.lastError());
            }
            if (verdict.ok()) {
                bool porter = version >= 1;
                for (const QString &t : porterTables())
                    porter = porter && tables.contains(t);
                if (tables.isEmpty() && version == 0) {
                    // An SQLite file with nothing in it: only init may fill it.
                    if (!mayCreate)
                        verdict =
                            makeError(ErrorCode::NotFound,
                                      tr("No Porter database at %1 (the file is an empty SQLite database).")
                                          .arg(shown));
                } else if (!porter) {
                    verdict = notPorter(m_path, tr("it is another application's SQLite database"));
                } else if (version > latestSchemaVersion()) {
                    verdict = makeError(ErrorCode::Storage,
                                        tr("%1 was written by a newer Porter (schema %2; this one "
                                           "knows %3). Update Porter to open it.")
                                            .arg(shown)
                                            .arg(version)
                                            .arg(latestSchemaVersion()));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Error Database::failure(const QString &what, const QSqlError &e) const
{
    if (m_dialect->engine() == Dialect::Engine::PostgreSql)
        return serverFailure(what, e);
    // The driver's own words ("Unable to fetch row") go to the log; the user reads what happened to which
    // file and what to do.
    qCWarning(lcStore) << "could not" << what << m_path << e.nativeErrorCode() << e.text();
    const QString shown = QDir::toNativeSeparators(m_path);
    switch (primaryCode(e)) {
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return makeError(ErrorCode::Storage,
                         tr("The database %1 is damaged: part of it cannot be read. Nothing was "
                            "changed. Close Porter and restore the file from a backup.")
                             .arg(shown));
    case kSqliteIoErr:
        return makeError(ErrorCode::Storage,
                         tr("The disk could not read or write the database %1. Nothing was "
                            "changed. Check the disk; if this happens again, restore the file "
                            "from a backup.")
                             .arg(shown));
    case kSqliteFull:
        return makeError(ErrorCode::Storage,
                         tr("The disk holding the database %1 is full. Nothing was changed. Free "
                            "some space and try again.")
                             .arg(shown));
    case kSqliteReadOnly:
        return makeError(ErrorCode::Storage,
                         tr("The database %1 cannot be written (it or its folder is read-only). "
                            "Nothing was changed. Check its permissions.")
                             .arg(shown));
    case kSqliteBusy:
    case kSqliteLocked:
        return makeError(ErrorCode::Storage,
                         tr("The database %1 is busy: another Porter is writing to it. Nothing "
                            "was changed. Try again.")
                             .arg(shown));
    case kSqliteCantOpen:
        return makeError(ErrorCode::Storage,
                         tr("Cannot open the database %1. Check that the file and its folder "
                            "exist and that you may read and write them.")
                             .arg(shown));
    default:
        break;
    }
    const QString detail = e.databaseText().isEmpty() ? e.driverText() : e.databaseText();
    return makeError(ErrorCode::Storage,
                     tr("The database %1 could not %2 (%3). Nothing was changed.").arg(shown, what, detail));
}

// What a manager reads when the last attempt of an operation was stopped for a conflict too.
Error Database::conflictError()
{
    return makeError(ErrorCode::Conflict,
                     tr("Other managers changed the same records at the same moment, several "
                        "times in a row. Nothing was changed. Try again."));
}

// PostgreSQL reports a failed statement with its SQLSTATE; a failed connection has none, only libpq's
// text (in the client's language when libpq has its translations: then only the generic message).
Error Database::serverFailure(const QString &what, const QSqlError &e) const
{
    qCWarning(lcStore) << "could not" << what << m_path << e.nativeErrorCode() << e.text();
    const QString code = e.nativeErrorCode();
    const QString detail = (e.databaseText().isEmpty() ? e.driverText() : e.databaseText()).trimmed();
    if (m_connecting) {
        // Said only once the password was right: the login exists but may not connect.
        if (detail.contains(QLatin1String("is not permitted to log in")))
            return makeError(ErrorCode::AuthenticationFailed,
                             tr("The login %1 may no longer connect to %2: its manager was removed, or the "
                                "administrator closed it. Ask a Portfolio Manager.")
                                 .arg(m_location.user, m_path));
        if (detail.contains(QLatin1String("password authentication failed")) ||
            detail.contains(QLatin1String("role \"")))
            return makeError(ErrorCode::AuthenticationFailed,
                             tr("The server of %1 refused the sign-in: wrong password, or no such login. "
                                "Check the user name in the address and the password.")
                                 .arg(m_path));
        if (detail.contains(QLatin1String("database \"")) && detail.contains(QLatin1String("does not exist")))
            return makeError(ErrorCode::NotFound,
                             tr("The server has no database named \"%1\". Ask its administrator to create it "
                                "(createdb), or check the address %2.")
                                 .arg(m_location.database, m_path));
        return makeError(ErrorCode::Storage,
                         tr("Cannot connect to the database server of %1 (%2). Check the address, that the "
                            "server runs, and that it accepts connections from this computer.")
                             .arg(m_path, detail));
    }
    // No SQLSTATE on an open connection: the connection itself failed. So did the 08 class, and the
    // server's own shutdown (57P01 to 57P03). The server rolled back what the statement's transaction
    // had done; the next operation connects again.
    if (code.isEmpty() || code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P02") || code == QLatin1String("57P03")) {
        m_suspect = true;
        return makeError(ErrorCode::Storage,
                         tr("Porter lost its connection to the database server of %1. Nothing was changed. "
                            "Check that the server runs and that this computer can reach it, then try again: "
                            "Porter connects again by itself.")
                             .arg(m_path));
    }
    if (m_dialect->isRetryable(e)) {
        m_conflicted = true;
        return conflictError();
    }
    if (code == QLatin1String("42501"))
        return makeError(
            ErrorCode::PermissionDenied,
            tr("The server of %1 does not allow your login to do this (%2). Nothing was changed.")
                .arg(m_path, detail));
    if (code == QLatin1String("53100"))
        return makeError(ErrorCode::Storage,
                         tr("The disk of the database server of %1 is full. Nothing was changed. Ask its "
                            "administrator to free some space.")
                             .arg(m_path));
    if (code == QLatin1String("53300"))
        return makeError(ErrorCode::Storage,
                         tr("The database server of %1 accepts no more connections. Nothing was changed. Try "
                            "again in a moment.")
                             .arg(m_path));
    return makeError(ErrorCode::Storage,
                     tr("The database %1 could not %2 (%3). Nothing was changed.").arg(m_path, what, detail));
}

Status Database::fetched(const QSqlQuery &q) const
{
    if (q.lastError().isValid())
        return failure(tr("read its rows"), q.lastError());
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {

// libpq's connection under a QPSQL driver; null for another driver.
PGconn *pgConnection(const QSqlDriver *driver)
{
    const QVariant handle = driver->handle();
    // Qt names the type after libpq's struct (pg_conn*); its documentation says PGconn*.
    const bool pgconn =
        qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0;
    return pgconn ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
}

} // namespace

Result<QString> Database::loginVerifier(const QString &login, const QString &password) const
{
    PGconn *conn = pgConnection(connection().driver());
    if (!isShared() || !conn)
        return makeError(ErrorCode::InvalidInput, tr("Logins belong to portfolios on a PostgreSQL server."));
    // "scram-sha-256" named: libpq asks the server nothing, and salts and hashes here.
    char *verifier = PQencryptPasswordConn(conn, password.toUtf8().constData(), login.toUtf8().constData(),
                                           "scram-sha-256");
    if (!verifier)
        return makeError(ErrorCode::Internal, tr("Could not prepare the login's password: %1")
                                                  .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    const QString out = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return out;
}

// SQLite's connection settings. WAL lets readers (the UI) run while the one writer commits;
// synchronous=NORMAL in WAL keeps every commit atomic and the file consistent after a power cut
// (docs/decisions.md: only the last commits may be lost, never half of one).
Status Database::configure()
{
    const bool memory = m_path == QLatin1String(":memory:");
    auto journal = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!journal.ok())
        return journal.error();
    if (!memory && journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(
            ErrorCode::Storage,
            tr("SQLite refused WAL mode for %1 (it reported \"%2\").").arg(m_path, journal->toString()));
    PORTER_TRY(exec(QStringLiteral("PRAGMA synchronous=NORMAL")));
    PORTER_TRY(exec(QStringLiteral("PRAGMA foreign_keys=ON")));
    auto fk = scalar(QStringLiteral("PRAGMA foreign_keys"));
    if (!fk.ok() || fk->toInt() != 1)
        return makeError(ErrorCode::Storage, tr("SQLite refused to enforce foreign keys."));
    return {};
}

int Database::schemaVersion() const
{
    auto v = storedSchemaVersion();
    return v.ok() ? *v : -1;
}

Result<int> Database::storedSchemaVersion() const
{
    if (m_dialect->engine() == Dialect::Engine::PostgreSql) {
        // An empty server database has no schema_version table yet: schema 0.
        auto exists = scalar(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
        if (!exists.ok())
            return exists.error();
        if (!exists->toBool())
            return 0;
    }
    auto version = scalar(m_dialect->readSchemaVersion());
    if (!version.ok())
        return version.error(); // a damaged header is not "schema 0"
    return version->toInt();
}

Status Database::migrate()
{
    PORTER_TRY_ASSIGN(const int current, storedSchemaVersion());
    const int latest = latestSchemaVersion();
    if (current > latest)
        return makeError(ErrorCode::Storage,
                         tr("%1 was written by a newer Porter (schema %2; this one knows %3). "
                            "Update Porter to open it.")
                             .arg(m_path)
                             .arg(current)
                             .arg(latest));
    if (current == latest)
        return {};
    return transaction([&]() -> Status {
        for (const Dialect::Migration &m : m_dialect->migrationsAfter(current)) {
            QFile file(m.file);
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::Internal,
                                 tr("Migration %1 is missing from this build.").arg(m.version));
            const QString script = QString::fromUtf8(file.readAll());
            PORTER_TRY(beforeScript(m.file));
            for (const QString &statement : splitStatements(script))
                PORTER_TRY(exec(statement));
            PORTER_TRY(afterScript(m.file));
            PORTER_TRY(exec(m_dialect->writeSchemaVersion(m.version)));
            qCInfo(lcStore) << "migrated" << m_path << "to schema" << m.version;
        }
        return {};
    });
}

// What a migration must check before its script runs, in the same transaction.
Status Database::beforeScript(const QString &file)
{
    if (file.endsWith(QLatin1String("/0011_one_writer_rules.sql")))
        return checkOneLiveEmail();
    return {};
}

// Migration 11 makes a second live person with one email at a property impossible. Two already there
// (two invitations that raced before it) cannot be merged by a program: which one stays, with which
// keys, is a manager's decision. Refuse the upgrade, naming them; nothing is changed.
Status Database::checkOneLiveEmail()
{
    auto q = exec(QStringLiteral("SELECT property_id, email_norm, group_concat(id, ', ') FROM person "
                                 "WHERE deleted_at IS NULL AND host_person_id IS NULL "
                                 "GROUP BY property_id, email_norm HAVING count(*) > 1 "
                                 "ORDER BY property_id, email_norm"));
    if (!q.ok())
        return q.error();
    QStringList duplicates;
    while (q->next())
        duplicates << QStringLiteral("<%1> at property %2: people %3")
                          .arg(q->value(1).toString())
                          .arg(q->value(0).toLongLong())
                          .arg(q->value(2).toString());
    PORTER_TRY(fetched(*q));
    if (duplicates.isEmpty())
        return {};
    return makeError(
        ErrorCode::Conflict,
        tr("%1 lists the same person twice (%2). This Porter allows one live person per email "
           "and property, and cannot choose which one to keep. Nothing was changed: with the "
           "Porter that wrote this file, delete all but one of each (porterctl delete PERSON --yes), "
           "then open it here again.")
            .arg(m_path, duplicates.join(QStringLiteral("; "))));
}

// What a migration needs that SQL cannot compute, run after its script in the same transaction.
Status Database::afterScript(const QString &file)
{
    if (file.endsWith(QLatin1String("/0010_search_key.sql")))
        return fillSearchKeys();
    return {};
}

// Migration 10: the search key of every person already stored (util/searchtext.h).
Status Database::fillSearchKeys()
{
    struct Row
    {
        qint64 id;
        QString key;
    };
    QList<Row> rows;
    {
        auto q = exec(QStringLiteral("SELECT id, first_name, last_name, email, phone FROM person"));
        if (!q.ok())
            return q.error();
        while (q->next())
            rows.append(
                {q->value(0).toLongLong(), personSearchKey(q->value(1).toString(), q->value(2).toString(),
                                                           q->value(3).toString(), q->value(4).toString())});
        PORTER_TRY(fetched(*q)); // the end of the rows, not a read error
    }
    for (const Row &row : rows)
        PORTER_TRY(exec(QStringLiteral("UPDATE person SET search_key = ? WHERE id = ?"), {row.key, row.id}));
    return {};
}

Status Database::transaction(const std::function<Status()> &fn)
{
    if (m_depth == 0)
        return outermost(fn, true);
    // Inside a unit of work: a savepoint, so this operation stays all-or-nothing on its own while the
    // unit decides for all of them. SAVEPOINT, RELEASE and ROLLBACK TO are standard SQL (PostgreSQL
    // spells them the same).
    const QString name = QStringLiteral("porter_%1").arg(m_depth);
    PORTER_TRY(exec(QStringLiteral("SAVEPOINT %1").arg(name)));
    ++m_depth;
    Status result = fn();
    --m_depth;
    if (result.ok()) {
        auto release = exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(name));
        if (!release.ok())
            result = release.error();
    }
    if (!result.ok()) {
        auto undo = exec(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(name));
        if (undo.ok())
            undo = exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(name));
        if (!undo.ok())
            qCWarning(lcStore) << "rollback to savepoint failed" << undo.error().message;
    }
    return result;
}

Status Database::rehearse(const std::function<Status()> &fn)
{
    if (m_depth == 0)
        return outermost(fn, false);
    const qsizetype deferred = m_afterTransaction.size();
    const QString name = QStringLiteral("porter_%1").arg(m_depth);
    PORTER_TRY(exec(QStringLiteral("SAVEPOINT %1").arg(name)));
    ++m_depth;
    Status result = fn();
    --m_depth;
    auto undo = exec(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(name));
    if (undo.ok())
        undo = exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(name));
    if (!undo.ok())
        return undo.error();
    m_afterTransaction.resize(deferred);
    return result;
}

// PostgreSQL's SERIALIZABLE stops one of two transactions that would have seen each other's writes
// out of order (40001) or that deadlocked (40P01); run again, from the start, it sees the other's
// result. The operation is run again up to kAttempts times, after a random pause that doubles each
// time (5, 10, 20 … ms, at most 400), so managers racing spread out instead of colliding again in step;
// the last attempt starts about two seconds after the first at worst (docs/design/shared-portfolio.md,
// section 3; porter_bench_concurrency measures what ten managers at once see).
Status Database::outermost(const std::function<Status()> &fn, bool keep)
{
    constexpr int kAttempts = 10;
    for (int attempt = 1;; ++attempt) {
        m_conflicted = false;
        const Status result = attemptOnce(fn, keep);
        // Taken before the deferred work runs: that work may use the database itself.
        const bool conflicted = m_conflicted;
        const QList<std::function<void()>> after = std::exchange(m_afterTransaction, {});
        if (!result.ok() && conflicted && attempt < kAttempts) {
            // This attempt's deferred work goes with it: the next attempt defers its own.
            qCInfo(lcStore) << "serialization conflict on" << m_path
                            << "- running the operation again, attempt" << attempt + 1;
            const int ceiling = std::min(5 << attempt, 400);
            QThread::msleep(QRandomGenerator::global()->bounded(ceiling / 2, ceiling + 1));
            continue;
        }
        if (keep) {
            for (const auto &work : after)
                work();
        }
        return result;
    }
}

Status Database::attemptOnce(const std::function<Status()> &fn, bool keep)
{
    Q_ASSERT(m_depth == 0);
    PORTER_TRY(exec(m_dialect->beginWrite()));
    m_depth = 1;
    Status result = fn();
    // A conflict anywhere in the transaction dooms all of it, even when fn went on past it (a
    // savepoint rolled back and reported as one row's error): it is run again as a whole.
    if (result.ok() && m_conflicted)
        result = conflictError();
    if (result.ok() && keep) {
        auto commit = exec(QStringLiteral("COMMIT"));
        if (!commit.ok()) {
            result = commit.error();
            // The connection went at the commit itself: the server may have kept the change or not.
            if (m_suspect)
                result =
                    makeError(ErrorCode::Storage,
                              tr("Porter lost its connection to the database server of %1 while the change "
                                 "was being saved: the server may or may not have kept it. Look before "
                                 "doing it again.")
                                  .arg(m_path));
        }
    }
    if (!result.ok() || !keep) {
        auto rollback = exec(QStringLiteral("ROLLBACK"));
        if (!rollback.ok())
            qCWarning(lcStore) << "rollback failed" << rollback.error().message;
    }
    m_depth = 0;
    return result;
}

void Database::afterTransaction(std::function<void()> fn)
{
    if (m_depth == 0)
        fn();
    else
        m_afterTransaction.append(std::move(fn));
}

Result<QSqlQuery> Database::exec(const QString &sql, std::initializer_list<QVariant> args) const
{
    return exec(sql, QVariantList(args));
}

namespace {

// Porter's booleans are INTEGER 0/1 in both schemas; QPSQL would send a bool as TRUE, which an
// INTEGER column refuses.
void bind(QSqlQuery &q, const QVariantList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &v = args.at(i);
        q.bindValue(i, v.typeId() == QMetaType::Bool ? QVariant(v.toBool() ? 1 : 0) : v);
    }
}

} // namespace

// Whether the server asked for a password libpq did not have. libpq says so in the user's language
// when it has a translation (Debian ships Spanish and French), so its words cannot be matched: libpq
// is asked itself, on a second attempt made only after the driver's failed.
bool Database::serverWantsPassword() const
{
    return probeConnection(m_password) == Probe::NeedsPassword;
}

Result<bool> Database::loginPasswordIs(const QString &password) const
{
    if (!isShared() || password.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Logins belong to portfolios on a PostgreSQL server."));
    switch (probeConnection(password)) {
    case Probe::Connected:
        return true;
    case Probe::Refused:
    case Probe::NeedsPassword:
        return false;
    case Probe::Unreachable:
        break;
    }
    return makeError(ErrorCode::Storage,
                     tr("Cannot reach the server of %1 to check the password.").arg(m_path));
}

Status Database::changeLoginPassword(const QString &verifier)
{
    if (!isShared() || !verifier.startsWith(QLatin1String("SCRAM-SHA-256$")) ||
        verifier.contains(QLatin1Char('\'')))
        return makeError(ErrorCode::InvalidInput, tr("Logins belong to portfolios on a PostgreSQL server."));
    // A role may change its own password (no rights needed); only the verifier travels. ALTER ROLE takes
    // no parameters: the verifier is written in, and has no quote (checked above).
    PORTER_TRY(exec(QStringLiteral("ALTER ROLE SESSION_USER PASSWORD '%1'").arg(verifier)));
    return {};
}

// A second connection to the server, made with `password` and closed at once: whether it connects, is
// refused, or was asked for a password it did not have (libpq's own answer, in no language).
Database::Probe Database::probeConnection(const QString &password) const
{
    QList<QByteArray> keys{"dbname", "port", "connect_timeout", "application_name"};
    QList<QByteArray> values{m_location.database.toUtf8(), QByteArray::number(m_location.port), "10",
                             "Porter"};
    if (!m_location.host.isEmpty()) {
        keys << "host";
        values << m_location.host.toUtf8();
    }
    if (!m_location.user.isEmpty()) {
        keys << "user";
        values << m_location.user.toUtf8();
    }
    if (!password.isEmpty()) {
        keys << "password";
        values << password.toUtf8();
    }
    if (!m_location.sslMode.isEmpty()) {
        keys << "sslmode";
        values << m_location.sslMode.toUtf8();
    }
    std::vector<const char *> k;
    std::vector<const char *> v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys.at(i).constData());
        v.push_back(values.at(i).constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    PGconn *probe = PQconnectdbParams(k.data(), v.data(), 0);
    Probe out = Probe::Unreachable;
    if (probe && PQstatus(probe) == CONNECTION_OK)
        out = Probe::Connected;
    else if (probe && PQconnectionNeedsPassword(probe))
        out = Probe::NeedsPassword;
    else if (probe && PQconnectionUsedPassword(probe))
        out = Probe::Refused;
    PQfinish(probe);
    return out;
}

Status Database::listen(ChangeListener listener)
{
    if (m_dialect->engine() != Dialect::Engine::PostgreSql)
        return makeError(ErrorCode::Unavailable,
                         tr("Only a portfolio on a server announces other managers' changes."));
    unlisten();
    m_listener = std::make_unique<ChangeListener>(std::move(listener));
    const Status subscribed = subscribe();
    if (!subscribed.ok())
        unlisten();
    return subscribed;
}

void Database::unlisten()
{
    if (!m_listener)
        return;
    m_listener.reset();
    stopWatching();
    if (!m_suspect && connection().isOpen()) {
        QSqlQuery q(connection());
        q.exec(QStringLiteral("UNLISTEN porter"));
    }
}

Status Database::reconnect()
{
    m_suspect = true;
    return reconnectIfLost();
}

// LISTEN on this connection, and watch its socket. Porter reads the notifications itself rather
// than through QSqlDriver::subscribeToNotification, which says nothing when the server goes away
// (Qt 6.4 then also keeps polling the socket libpq has closed). Closing the connection ends its LISTEN:
// connecting again calls this again.
Status Database::subscribe() const
{
    {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("LISTEN porter")))
            return serverFailure(tr("follow other managers' changes on"), q.lastError());
    }
    PGconn *pg = pgConnection(connection().driver());
    if (!pg || PQsocket(pg) < 0)
        return makeError(ErrorCode::Internal,
                         tr("The connection to %1 has no socket to listen on.").arg(m_path));
    stopWatching();
    m_socket = new QSocketNotifier(PQsocket(pg), QSocketNotifier::Read);
    QObject::connect(m_socket, &QSocketNotifier::activated, m_socket,
                     [this, alive = std::weak_ptr<bool>(m_alive)] {
                         if (!alive.expired())
                             readSocket();
                     });
    m_drainPosted = false;
    return {};
}

void Database::stopWatching() const
{
    if (!m_socket)
        return;
    // Maybe called from the notifier's own signal: it goes once that has returned.
    m_socket->setEnabled(false);
    m_socket->deleteLater();
    m_socket = nullptr;
}

// The server sent something while Porter waited: notifications, or the end of the connection.
void Database::readSocket() const
{
    PGconn *pg = pgConnection(connection().driver());
    if (!pg || !PQconsumeInput(pg) || PQstatus(pg) != CONNECTION_OK) {
        // libpq has closed the socket: stop watching it before the event loop looks at it again.
        stopWatching();
        m_suspect = true;
        if (!m_lost) {
            m_lost = true;
            qCInfo(lcStore) << "lost the connection to" << m_path << "while listening";
            if (m_listener && m_listener->connection)
                m_listener->connection(false);
        }
        return;
    }
    drainNotifications();
}

// Notifications that arrived while a statement ran are read by libpq with its results and kept: they
// are handed on once the operation has returned to the event loop (never in the middle of it).
void Database::noteStatement() const
{
    if (!m_socket || m_drainPosted)
        return;
    m_drainPosted = true;
    // Guarded: the notifier it is queued on may outlive this Database by a turn of the event loop
    // (deleteLater), when the Database goes right after the statement.
    QMetaObject::invokeMethod(
        m_socket,
        [this, alive = std::weak_ptr<bool>(m_alive)] {
            if (alive.expired())
                return;
            m_drainPosted = false;
            drainNotifications();
        },
        Qt::QueuedConnection);
}

void Database::drainNotifications() const
{
    PGconn *pg = pgConnection(connection().driver());
    if (!pg)
        return;
    const int self = PQbackendPID(pg);
    while (PGnotify *n = PQnotifies(pg)) {
        const bool ours = qstrcmp(n->relname, "porter") == 0 && n->be_pid != self;
        const QString payload = QString::fromUtf8(n->extra);
        PQfreemem(n);
        if (!ours || !m_listener)
            continue;
        QString table;
        Id property = 0;
        if (!parseChange(payload, &table, &property)) {
            qCWarning(lcStore) << "ignoring a notification" << payload.left(80);
            continue;
        }
        if (m_listener->changed)
            m_listener->changed(table, property);
    }
}

bool Database::parseChange(const QString &payload, QString *table, Id *propertyId)
{
    const qsizetype space = payload.indexOf(QLatin1Char(' '));
    if (space <= 0 || space > 40 || payload.size() - space - 1 > 18 || payload.size() == space + 1)
        return false;
    for (qsizetype i = 0; i < space; ++i) {
        const QChar c = payload.at(i);
        if (!(c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            return false;
    }
    for (qsizetype i = space + 1; i < payload.size(); ++i) {
        if (payload.at(i) < QLatin1Char('0') || payload.at(i) > QLatin1Char('9'))
            return false;
    }
    *table = payload.left(space);
    *propertyId = payload.mid(space + 1).toLongLong();
    return true;
}

Status Database::reconnectIfLost() const
{
    if (!m_suspect || m_depth > 0 || m_dialect->engine() != Dialect::Engine::PostgreSql)
        return {};
    if (connection().isOpen()) {
        QSqlQuery probe(connection());
        if (probe.exec(QStringLiteral("SELECT 1"))) {
            m_suspect = false;
            return {};
        }
    }
    // The server went away under the last operation (which failed, and the server rolled it back):
    // a new session, whose prepared statements are new too.
    qCInfo(lcStore) << "reconnecting to" << m_path;
    m_prepared.clear();
    stopWatching();
    connection().close();
    return connectServer();
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &args) const
{
    if (m_observer)
        m_observer(sql, args);
    PORTER_TRY(reconnectIfLost());
    noteStatement();
    QSqlQuery q(connection());
    q.setForwardOnly(m_dialect->streamsRows());
    if (!preparable(args)) {
        if (!q.exec(sql))
            return failure(tr("run a query"), q.lastError());
        return q;
    }
    if (!q.prepare(sql))
        return failure(tr("prepare a query"), q.lastError());
    bind(q, args);
    if (!q.exec())
        return failure(tr("run a query"), q.lastError());
    return q;
}

// QPSQL prepares a statement with PREPARE, which takes only SELECT, INSERT, UPDATE, DELETE and VALUES:
// a statement without parameters (SET, BEGIN, SAVEPOINT, a migration's CREATE TABLE) runs as it is.
bool Database::preparable(const QVariantList &args) const
{
    return !args.isEmpty() || m_dialect->engine() != Dialect::Engine::PostgreSql;
}

Result<QSqlQuery *> Database::prepared(const QString &sql, const QVariantList &args) const
{
    if (m_observer)
        m_observer(sql, args);
    PORTER_TRY(reconnectIfLost());
    noteStatement();
    const bool prepare = preparable(args);
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(connection());
        q.setForwardOnly(m_dialect->streamsRows());
        if (prepare && !q.prepare(sql))
            return failure(tr("prepare a query"), q.lastError());
        it = m_prepared.insert(sql, q);
    }
    QSqlQuery &q = *it;
    if (prepare)
        bind(q, args);
    if (!(prepare ? q.exec() : q.exec(sql))) {
        const Error e = failure(tr("run a query"), q.lastError());
        q.finish();
        return e;
    }
    return &q;
}

Result<qint64> Database::insert(const QString &sql, std::initializer_list<QVariant> args,
                                const QString &key) const
{
    const QString statement = m_dialect->returning(sql, key);
    auto q = prepared(statement, QVariantList(args));
    if (!q.ok())
        return q.error();
    const Finish finish(**q);
    if (statement == sql)
        return (*q)->lastInsertId().toLongLong();
    if (!(*q)->next()) {
        PORTER_TRY(fetched(**q));
        return makeError(ErrorCode::Internal, tr("The database returned no id for a new row."));
    }
    return (*q)->value(0).toLongLong();
}

Status Database::run(const QString &sql, const QVariantList &args) const
{
    auto q = prepared(sql, args);
    if (!q.ok())
        return q.error();
    (*q)->finish();
    return {};
}

Result<QVariant> Database::scalar(const QString &sql, std::initializer_list<QVariant> args) const
{
    return scalar(sql, QVariantList(args));
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &args) const
{
    auto q = prepared(sql, args);
    if (!q.ok())
        return q.error();
    const Finish finish(**q);
    if (!(*q)->next()) {
        PORTER_TRY(fetched(**q));
        return QVariant();
    }
    return (*q)->value(0);
}

QVariant bindVersion(ListVersion v)
{
    if (v > ListVersion(std::numeric_limits<qint64>::max()))
        qFatal("list version %llu is above 2^63 - 1, which no Porter version reaches",
               static_cast<unsigned long long>(v));
    return QVariant(qint64(v));
}

} // namespace porter

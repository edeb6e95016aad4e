#include "store/database.h"

#include "util/logging.h"
#include "util/searchtext.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QStringList>
#include <limits>
#include <utility>

namespace porter {
namespace {

// The dialect seam: everything that names the SQL engine rather than standard SQL lives in this
// namespace — the Qt driver, its connection options, the statements that set a connection up, and where
// the schema version is kept. The repositories write portable SQL (INSERT ... ON CONFLICT, times bound
// as parameters from the Clock, SAVEPOINT): a second dialect (PostgreSQL for a shared portfolio) is a
// second set of these plus its migration scripts (docs/decisions.md, "One place knows the dialect").
namespace dialect {

const QString kDriver = QStringLiteral("QSQLITE");

QString connectOptions(bool readOnly)
{
    // A writer waits up to 5 s for another (two porterctl, the window and a script) before "busy".
    return readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
}

// The tables of the file, for telling a Porter database from another application's.
const QString kListTables = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
// The schema version lives in the file header (no table needed to read it before migrating).
const QString kReadSchemaVersion = QStringLiteral("PRAGMA user_version");
QString writeSchemaVersion(int v)
{
    return QStringLiteral("PRAGMA user_version=%1").arg(v);
}
// WAL lets readers (the UI) run while the one writer commits; synchronous=NORMAL in WAL keeps every
// commit atomic and the file consistent after a power cut (docs/decisions.md: only the last commits
// may be lost, never half of one).
const QString kJournalMode = QStringLiteral("PRAGMA journal_mode=WAL");
const QString kSynchronous = QStringLiteral("PRAGMA synchronous=NORMAL");
const QString kForeignKeysOn = QStringLiteral("PRAGMA foreign_keys=ON");
const QString kForeignKeys = QStringLiteral("PRAGMA foreign_keys");
// A write transaction takes the write lock at once, so its reads see what it will write over
// (docs/decisions.md, "Two writers at once").
const QString kBeginWrite = QStringLiteral("BEGIN IMMEDIATE");

} // namespace dialect

// Every migration, in order. Adding one: append its file here and to core/CMakeLists.txt, and add a
// fixture database of the previous version to tests (STYLE.md).
const QStringList &migrationFiles()
{
    static const QStringList files{
        QStringLiteral(":/porter/migrations/0001_initial.sql"),
        QStringLiteral(":/porter/migrations/0002_door_secrets.sql"),
        QStringLiteral(":/porter/migrations/0003_list_indexes.sql"),
        QStringLiteral(":/porter/migrations/0004_door_change_covering.sql"),
        QStringLiteral(":/porter/migrations/0006_door_alarms.sql"),
        QStringLiteral(":/porter/migrations/0007_app_key_generation.sql"),
        QStringLiteral(":/porter/migrations/0008_doorcode_epochs.sql"),
        QStringLiteral(":/porter/migrations/0010_search_key.sql"),
        QStringLiteral(":/porter/migrations/0011_one_writer_rules.sql"),
        QStringLiteral(":/porter/migrations/0012_activity_params.sql"),
        QStringLiteral(":/porter/migrations/0013_mail_delivery.sql"),
        QStringLiteral(":/porter/migrations/0014_door_change_params.sql"),
    };
    return files;
}

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
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
    return int(migrationFiles().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return openFile(path, false);
}

Result<std::unique_ptr<Database>> Database::create(const QString &path)
{
    return openFile(path, true);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, bool mayCreate)
{
    static QAtomicInt counter;
    std::unique_ptr<Database> self(new Database);
    self->m_path = path;
    self->m_connectionName = QStringLiteral("porter-%1").arg(counter.fetchAndAddRelaxed(1));

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

    QSqlDatabase db = QSqlDatabase::addDatabase(dialect::kDriver, self->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(dialect::connectOptions(false));
    if (!db.open())
        return self->failure(tr("open"), db.lastError());

    PORTER_TRY(self->configure());
    if (!memory)
        PORTER_TRY(ownerOnly(path)); // the WAL and shared-memory files exist now
    PORTER_TRY(self->migrate());
    return self;
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
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect::kDriver, name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(dialect::connectOptions(true));
        if (!db.open()) {
            verdict = failure(tr("open"), db.lastError());
        } else {
            QSqlQuery q(db);
            QStringList tables;
            int version = -1;
            if (!q.exec(dialect::kListTables)) {
                verdict = failure(tr("read"), q.lastError());
            } else {
                while (q.next())
                    tables << q.value(0).toString();
                if (q.lastError().isValid())
                    verdict = failure(tr("read"), q.lastError());
            }
            if (verdict.ok()) {
                if (q.exec(dialect::kReadSchemaVersion) && q.next())
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

Status Database::configure()
{
    const bool memory = m_path == QLatin1String(":memory:");
    auto journal = scalar(dialect::kJournalMode);
    if (!journal.ok())
        return journal.error();
    if (!memory && journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(
            ErrorCode::Storage,
            tr("SQLite refused WAL mode for %1 (it reported \"%2\").").arg(m_path, journal->toString()));
    PORTER_TRY(exec(dialect::kSynchronous));
    PORTER_TRY(exec(dialect::kForeignKeysOn));
    auto fk = scalar(dialect::kForeignKeys);
    if (!fk.ok() || fk->toInt() != 1)
        return makeError(ErrorCode::Storage, tr("SQLite refused to enforce foreign keys."));
    return {};
}

int Database::schemaVersion() const
{
    auto v = scalar(dialect::kReadSchemaVersion);
    return v.ok() ? v->toInt() : -1;
}

Status Database::migrate()
{
    auto version = scalar(dialect::kReadSchemaVersion);
    if (!version.ok())
        return version.error(); // a damaged header is not "schema 0"
    const int current = version->toInt();
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
        for (int v = current; v < latest; ++v) {
            QFile file(migrationFiles().at(v));
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::Internal,
                                 tr("Migration %1 is missing from this build.").arg(v + 1));
            const QString script = QString::fromUtf8(file.readAll());
            PORTER_TRY(beforeScript(migrationFiles().at(v)));
            for (const QString &statement : splitStatements(script))
                PORTER_TRY(exec(statement));
            PORTER_TRY(afterScript(migrationFiles().at(v)));
            PORTER_TRY(exec(dialect::writeSchemaVersion(v + 1)));
            qCInfo(lcStore) << "migrated" << m_path << "to schema" << v + 1;
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

Status Database::outermost(const std::function<Status()> &fn, bool keep)
{
    Q_ASSERT(m_depth == 0);
    PORTER_TRY(exec(dialect::kBeginWrite));
    m_depth = 1;
    Status result = fn();
    if (result.ok() && keep) {
        auto commit = exec(QStringLiteral("COMMIT"));
        if (!commit.ok())
            result = commit.error();
    }
    if (!result.ok() || !keep) {
        auto rollback = exec(QStringLiteral("ROLLBACK"));
        if (!rollback.ok())
            qCWarning(lcStore) << "rollback failed" << rollback.error().message;
    }
    m_depth = 0;
    const QList<std::function<void()>> after = std::exchange(m_afterTransaction, {});
    if (keep) {
        for (const auto &work : after)
            work();
    }
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

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &args) const
{
    if (m_observer)
        m_observer(sql, args);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return failure(tr("prepare a query"), q.lastError());
    for (int i = 0; i < args.size(); ++i)
        q.bindValue(i, args.at(i));
    if (!q.exec())
        return failure(tr("run a query"), q.lastError());
    return q;
}

Result<QSqlQuery *> Database::prepared(const QString &sql, const QVariantList &args) const
{
    if (m_observer)
        m_observer(sql, args);
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return failure(tr("prepare a query"), q.lastError());
        it = m_prepared.insert(sql, q);
    }
    QSqlQuery &q = *it;
    for (int i = 0; i < args.size(); ++i)
        q.bindValue(i, args.at(i));
    if (!q.exec()) {
        const Error e = failure(tr("run a query"), q.lastError());
        q.finish();
        return e;
    }
    return &q;
}

Result<qint64> Database::insert(const QString &sql, std::initializer_list<QVariant> args) const
{
    auto q = prepared(sql, QVariantList(args));
    if (!q.ok())
        return q.error();
    const Finish finish(**q);
    return (*q)->lastInsertId().toLongLong();
}

Result<QVariant> Database::scalar(const QString &sql, std::initializer_list<QVariant> args) const
{
    auto q = prepared(sql, QVariantList(args));
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

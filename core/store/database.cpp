#include "store/database.h"

#include "util/logging.h"
#include "util/searchtext.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QStringList>

namespace porter {
namespace {

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

Error storageError(const QString &what, const QSqlError &e)
{
    qCWarning(lcStore) << what << e.text();
    return makeError(
        ErrorCode::Storage,
        QStringLiteral("The database could not %1 (%2). Nothing was changed.").arg(what, e.text()));
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
                QStringLiteral("Cannot make %1 readable by its owner only. Check who owns it.").arg(file));
    }
    return {};
}

} // namespace

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/porter.sqlite");
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    static QAtomicInt counter;
    std::unique_ptr<Database> self(new Database);
    self->m_path = path;
    self->m_connectionName = QStringLiteral("porter-%1").arg(counter.fetchAndAddRelaxed(1));

    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(
                ErrorCode::Storage,
                QStringLiteral("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
        if (!info.exists()) {
            // Created empty and owner-only before SQLite opens it, so it is never readable by others.
            QFile create(path);
            if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
                return makeError(
                    ErrorCode::Storage,
                    QStringLiteral("Cannot create the database %1: %2").arg(path, create.errorString()));
        }
        PORTER_TRY(ownerOnly(path));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return storageError(QStringLiteral("open %1").arg(path), db.lastError());

    PORTER_TRY(self->configure());
    if (path != QLatin1String(":memory:"))
        PORTER_TRY(ownerOnly(path)); // the WAL and shared-memory files exist now
    PORTER_TRY(self->migrate());
    return self;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::configure()
{
    // WAL lets readers (the UI) run while the one writer commits; synchronous=NORMAL in WAL keeps every
    // commit atomic and the file consistent after a power cut (docs/decisions.md: only the last commits
    // may be lost, never half of one).
    const bool memory = m_path == QLatin1String(":memory:");
    auto journal = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!journal.ok())
        return journal.error();
    if (!memory && journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Storage,
                         QStringLiteral("SQLite refused WAL mode for %1 (it reported \"%2\").")
                             .arg(m_path, journal->toString()));
    PORTER_TRY(exec(QStringLiteral("PRAGMA synchronous=NORMAL")));
    PORTER_TRY(exec(QStringLiteral("PRAGMA foreign_keys=ON")));
    auto fk = scalar(QStringLiteral("PRAGMA foreign_keys"));
    if (!fk.ok() || fk->toInt() != 1)
        return makeError(ErrorCode::Storage, QStringLiteral("SQLite refused to enforce foreign keys."));
    return {};
}

int Database::schemaVersion() const
{
    auto v = scalar(QStringLiteral("PRAGMA user_version"));
    return v.ok() ? v->toInt() : -1;
}

Status Database::migrate()
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest)
        return makeError(ErrorCode::Storage,
                         QStringLiteral("%1 was written by a newer Porter (schema %2; this one knows %3). "
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
                                 QStringLiteral("Migration %1 is missing from this build.").arg(v + 1));
            const QString script = QString::fromUtf8(file.readAll());
            for (const QString &statement : splitStatements(script))
                PORTER_TRY(exec(statement));
            PORTER_TRY(afterScript(migrationFiles().at(v)));
            PORTER_TRY(exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1)));
            qCInfo(lcStore) << "migrated" << m_path << "to schema" << v + 1;
        }
        return {};
    });
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
        if (q->lastError().isValid())
            return storageError(QStringLiteral("read the people of %1").arg(m_path), q->lastError());
    }
    for (const Row &row : rows)
        PORTER_TRY(exec(QStringLiteral("UPDATE person SET search_key = ? WHERE id = ?"), {row.key, row.id}));
    return {};
}

Status Database::transaction(const std::function<Status()> &fn)
{
    Q_ASSERT(!m_inTransaction);
    PORTER_TRY(exec(QStringLiteral("BEGIN IMMEDIATE")));
    m_inTransaction = true;
    Status result = fn();
    if (result.ok()) {
        auto commit = exec(QStringLiteral("COMMIT"));
        if (!commit.ok())
            result = commit.error();
    }
    if (!result.ok()) {
        auto rollback = exec(QStringLiteral("ROLLBACK"));
        if (!rollback.ok())
            qCWarning(lcStore) << "rollback failed" << rollback.error().message;
    }
    m_inTransaction = false;
    return result;
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
        return storageError(QStringLiteral("prepare a query"), q.lastError());
    for (int i = 0; i < args.size(); ++i)
        q.bindValue(i, args.at(i));
    if (!q.exec())
        return storageError(QStringLiteral("run a query"), q.lastError());
    return q;
}

Result<qint64> Database::insert(const QString &sql, std::initializer_list<QVariant> args) const
{
    auto q = exec(sql, args);
    if (!q.ok())
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<QVariant> Database::scalar(const QString &sql, std::initializer_list<QVariant> args) const
{
    auto q = exec(sql, args);
    if (!q.ok())
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

} // namespace porter

#include "store/dialect.h"

namespace porter {
namespace {

class SqliteDialect final : public Dialect
{
public:
    Engine engine() const override { return Engine::Sqlite; }
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    // A write transaction takes the write lock at once, so its reads see what it will write over
    // (docs/decisions.md, "Two writers at once").
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString listTables() const override
    {
        return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    }
    // The schema version lives in the file header: no table is needed to read it before migrating.
    QString readSchemaVersion() const override { return QStringLiteral("PRAGMA user_version"); }
    QString writeSchemaVersion(int version) const override
    {
        return QStringLiteral("PRAGMA user_version=%1").arg(version);
    }
    QList<Migration> migrationsAfter(int from) const override
    {
        // Every migration, in order. Adding one: append it here and to core/CMakeLists.txt, with its
        // PostgreSQL twin in pg/, and add a fixture database of the previous version to tests (STYLE.md).
        static const QStringList files{
            QStringLiteral("0001_initial.sql"),
            QStringLiteral("0002_door_secrets.sql"),
            QStringLiteral("0003_list_indexes.sql"),
            QStringLiteral("0004_door_change_covering.sql"),
            QStringLiteral("0006_door_alarms.sql"),
            QStringLiteral("0007_app_key_generation.sql"),
            QStringLiteral("0008_doorcode_epochs.sql"),
            QStringLiteral("0010_search_key.sql"),
            QStringLiteral("0011_one_writer_rules.sql"),
            QStringLiteral("0012_activity_params.sql"),
            QStringLiteral("0013_mail_delivery.sql"),
            QStringLiteral("0014_door_change_params.sql"),
            QStringLiteral("0015_signing_key_rotation.sql"),
            QStringLiteral("0016_signing_key_reset.sql"),
            QStringLiteral("0017_reset_by_portfolio_manager.sql"),
            QStringLiteral("0018_scope_as_ranges.sql"),
        };
        QList<Migration> out;
        for (int v = from; v < files.size(); ++v)
            out.append({v + 1, QStringLiteral(":/porter/migrations/") + files.at(v)});
        return out;
    }
    QString contains(const QString &haystack, const QString &needle) const override
    {
        return QStringLiteral("instr(%1, %2) > 0").arg(haystack, needle);
    }
    QString greatest(const QString &a, const QString &b) const override
    {
        return QStringLiteral("max(%1, %2)").arg(a, b);
    }
    QString least(const QString &a, const QString &b) const override
    {
        return QStringLiteral("min(%1, %2)").arg(a, b);
    }
    QString noCase(const QString &expr) const override { return expr + QStringLiteral(" COLLATE NOCASE"); }
    QString param(const QString &) const override { return QStringLiteral("?"); }
    // SQLite's Qt driver reports the new rowid itself (sqlite3_last_insert_rowid).
    QString returning(const QString &insert, const QString &) const override { return insert; }
    bool streamsRows() const override { return true; }
    bool isRetryable(const QSqlError &) const override { return false; }
};

class PostgreSqlDialect final : public Dialect
{
public:
    Engine engine() const override { return Engine::PostgreSql; }
    QString driver() const override { return QStringLiteral("QPSQL"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE"); }
    QString listTables() const override
    {
        return QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                              "current_schema() ORDER BY tablename");
    }
    QString readSchemaVersion() const override
    {
        return QStringLiteral("SELECT version FROM schema_version WHERE id = 1");
    }
    QString writeSchemaVersion(int version) const override
    {
        return QStringLiteral("INSERT INTO schema_version (id, version) VALUES (1, %1) "
                              "ON CONFLICT (id) DO UPDATE SET version = excluded.version")
            .arg(version);
    }
    QList<Migration> migrationsAfter(int from) const override
    {
        // Schema 12 is where PostgreSQL starts; later versions come in pairs with SQLite's.
        static const QList<Migration> all{
            {12, QStringLiteral(":/porter/migrations/pg/0001_shared.sql")},
            {13, QStringLiteral(":/porter/migrations/pg/0002_signing_key_rotation.sql")},
            {14, QStringLiteral(":/porter/migrations/pg/0003_signing_key_reset.sql")},
            {15, QStringLiteral(":/porter/migrations/pg/0004_reset_by_portfolio_manager.sql")},
            {16, QStringLiteral(":/porter/migrations/pg/0005_scope_as_ranges.sql")},
        };
        QList<Migration> out;
        for (const Migration &m : all) {
            if (m.version > from)
                out.append(m);
        }
        return out;
    }
    QString contains(const QString &haystack, const QString &needle) const override
    {
        return QStringLiteral("strpos(%1, %2) > 0").arg(haystack, needle);
    }
    QString greatest(const QString &a, const QString &b) const override
    {
        return QStringLiteral("GREATEST(%1, %2)").arg(a, b);
    }
    QString least(const QString &a, const QString &b) const override
    {
        return QStringLiteral("LEAST(%1, %2)").arg(a, b);
    }
    QString noCase(const QString &expr) const override { return QStringLiteral("lower(%1)").arg(expr); }
    QString param(const QString &type) const override { return QStringLiteral("CAST(? AS %1)").arg(type); }
    // QPSQL's lastInsertId asks the server for lastval(), which a trigger inserting elsewhere would
    // change: the statement returns the id itself.
    QString returning(const QString &insert, const QString &column) const override
    {
        return insert + QStringLiteral(" RETURNING ") + column;
    }
    // QPSQL streams a forward-only query in libpq's single-row mode, and a second query on the same
    // connection silently discards the first one's remaining rows: every query reads its rows at once.
    bool streamsRows() const override { return false; }
    bool isRetryable(const QSqlError &e) const override
    {
        return e.nativeErrorCode() == QLatin1String("40001") || e.nativeErrorCode() == QLatin1String("40P01");
    }
};

} // namespace

std::unique_ptr<Dialect> Dialect::sqlite()
{
    return std::make_unique<SqliteDialect>();
}

std::unique_ptr<Dialect> Dialect::postgreSql()
{
    return std::make_unique<PostgreSqlDialect>();
}

} // namespace porter

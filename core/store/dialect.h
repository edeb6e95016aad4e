#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>
#include <memory>

namespace porter {

// Everything that names the SQL engine rather than standard SQL (docs/design/shared-portfolio.md,
// section 1): the Qt driver, how a write transaction begins, where the schema version is kept, which
// migration scripts build the schema, and the few expressions the two engines spell differently. The
// repositories write portable SQL and ask the Dialect for those expressions; nothing outside the store
// sees it. SQLite is the embedded default; PostgreSQL holds a portfolio shared by several managers.
class Dialect
{
public:
    enum class Engine
    {
        Sqlite,
        PostgreSql,
    };

    virtual ~Dialect() = default;
    static std::unique_ptr<Dialect> sqlite();
    static std::unique_ptr<Dialect> postgreSql();

    virtual Engine engine() const = 0;
    virtual QString driver() const = 0;

    // Starts the outermost transaction of an operation. SQLite: BEGIN IMMEDIATE (the one writer lock,
    // taken before the first read). PostgreSQL: SERIALIZABLE, which gives the same guarantee to every
    // operation without locking rows by hand; a conflict is reported as retryable (isRetryable).
    virtual QString beginWrite() const = 0;
    // The tables of the current database (one column: the name), for recognising a Porter database.
    virtual QString listTables() const = 0;
    virtual QString readSchemaVersion() const = 0;
    virtual QString writeSchemaVersion(int version) const = 0;

    // The migration scripts (Qt resource paths) that take a database from `from` to the latest schema,
    // each with the version it leaves behind. SQLite has one script per version from 1; PostgreSQL
    // starts at 12, SQLite's newest when it was added (a fresh server database runs pg/0001_shared.sql).
    struct Migration
    {
        int version;
        QString file;
    };
    virtual QList<Migration> migrationsAfter(int from) const = 0;

    // Expressions the engines spell differently.
    // True when `needle` occurs in `haystack` (both text).
    virtual QString contains(const QString &haystack, const QString &needle) const = 0;
    // The larger and the smaller of two values (SQLite's two-argument max/min are GREATEST/LEAST).
    virtual QString greatest(const QString &a, const QString &b) const = 0;
    virtual QString least(const QString &a, const QString &b) const = 0;
    // `expr` compared without regard to ASCII case, for ORDER BY.
    virtual QString noCase(const QString &expr) const = 0;
    // A parameter whose type the statement does not fix (in a SELECT list, `? IS NULL`): PostgreSQL must
    // be told (`CAST(? AS BIGINT)`); SQLite takes the bare `?`, which also keeps its plans as they were.
    virtual QString param(const QString &type) const = 0;
    // An INSERT statement that returns the new row's `column` as its one row.
    virtual QString returning(const QString &insert, const QString &column) const = 0;
    // Whether a query may stream its rows (SQLite), or must read them all at once because the engine's
    // Qt driver cannot keep two queries open on one connection in streaming mode (QPSQL).
    virtual bool streamsRows() const = 0;

    // Failures a client retries as a whole unit of work: a serialization failure or a deadlock
    // (PostgreSQL's 40001 and 40P01). SQLite's one writer never produces one.
    virtual bool isRetryable(const QSqlError &e) const = 0;
};

} // namespace porter

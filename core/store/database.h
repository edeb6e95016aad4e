#pragma once

#include "model/types.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <initializer_list>
#include <memory>

namespace porter {

// Owns one SQLite file through one Qt Sql connection (one connection per thread, one writer).
// The schema is built only by running the numbered migrations in store/migrations, in one
// transaction; a fresh file runs them all (STYLE.md, "Storage").
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens and migrates an existing Porter database. Creates nothing: a missing file is NotFound. A file
    // that is not a Porter database (a text file, another application's SQLite file) is refused before
    // anything writes to it, so it is left byte for byte as it was. ":memory:" gives a private in-memory
    // database.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // The same, but creates the file (and its folder) when it does not exist, or fills a file that is
    // empty: only where a user asked for a new database (porterctl init and demo, the GUI's first run).
    static Result<std::unique_ptr<Database>> create(const QString &path);
    // The default database of this installation, in QStandardPaths::AppLocalDataLocation; an error when there
    // is no usable home folder (HOME unset, missing or not writable), rather than a path at the root.
    static Result<QString> defaultPath();

    static int latestSchemaVersion();
    int schemaVersion() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back when fn fails or the commit fails, so an
    // operation either happens entirely or not at all. Called inside another transaction (a unit of
    // work, access/unitofwork.h), fn runs in a SAVEPOINT of it instead: its failure undoes fn's writes
    // only and is returned to the caller, whose own failure or success decides for everything.
    Status transaction(const std::function<Status()> &fn);
    // Runs fn inside one transaction (a savepoint, inside another) and always rolls it back: every
    // check sees the writes before it, nothing is kept (a preview). Work fn deferred with
    // afterTransaction is dropped.
    Status rehearse(const std::function<Status()> &fn);
    bool inTransaction() const { return m_depth > 0; }
    // Runs fn when the outermost transaction has ended, committed or rolled back (now when none is
    // open): for what must be written whatever becomes of the operation, such as the record of a
    // refusal, which a rollback of the refused operation must not take with it.
    void afterTransaction(std::function<void()> fn);

    // Prepared, bound query helpers. Errors carry the SQL error text for the logs and a plain message.
    Result<QSqlQuery> exec(const QString &sql, std::initializer_list<QVariant> args = {}) const;
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &args) const;
    // Runs an INSERT and returns the new row id.
    Result<qint64> insert(const QString &sql, std::initializer_list<QVariant> args = {}) const;
    // Every row, mapped; and exactly one row, mapped, or the error `missing` gives when there is none.
    // (These three and insert/scalar run statements prepared once per connection: `map` must not use
    // the database.)
    template<typename T, typename Map>
    Result<QList<T>> rows(const QString &sql, const QVariantList &args, Map map) const
    {
        auto q = prepared(sql, args);
        if (!q.ok())
            return q.error();
        const Finish finish(**q);
        QList<T> out;
        while ((*q)->next())
            out.append(map(**q));
        PORTER_TRY(fetched(**q));
        return out;
    }
    template<typename T, typename Map, typename Missing>
    Result<T> row(const QString &sql, const QVariantList &args, Map map, Missing missing) const
    {
        auto q = prepared(sql, args);
        if (!q.ok())
            return q.error();
        const Finish finish(**q);
        if (!(*q)->next()) {
            PORTER_TRY(fetched(**q));
            return missing();
        }
        return T(map(**q));
    }
    // Call when QSqlQuery::next() returned false: it is the end of the rows, or a read error part-way
    // (a damaged page, a disk error), which must fail the operation rather than pass as fewer rows or
    // "no such row".
    Status fetched(const QSqlQuery &q) const;
    // First column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> args = {}) const;

    // Diagnostics and tests: called with every statement and its arguments before it runs (tests use it
    // to check the query plans of the lists with EXPLAIN QUERY PLAN). Empty = off.
    using StatementObserver = std::function<void(const QString &sql, const QVariantList &args)>;
    void setStatementObserver(StatementObserver observer) { m_observer = std::move(observer); }

private:
    Database() = default;
    // A statement prepared on first use and kept for the connection's life, bound and run (SQLite's
    // parser was a third of an import's time: docs/decisions.md, "Prepared statements"). The caller
    // reads it and lets Finish reset it, so it holds no read snapshot and can run again.
    Result<QSqlQuery *> prepared(const QString &sql, const QVariantList &args) const;
    struct Finish
    {
        explicit Finish(QSqlQuery &q)
            : query(q)
        {}
        ~Finish() { query.finish(); }
        Finish(const Finish &) = delete;
        Finish &operator=(const Finish &) = delete;
        QSqlQuery &query;
    };
    mutable QHash<QString, QSqlQuery> m_prepared;
    static Result<std::unique_ptr<Database>> openFile(const QString &path, bool mayCreate);
    Status inspect(bool mayCreate) const;
    Error failure(const QString &what, const QSqlError &e) const;
    Status configure();
    Status migrate();
    Status beforeScript(const QString &file);
    Status checkOneLiveEmail();
    Status afterScript(const QString &file);
    Status fillSearchKeys();

    QString m_path;
    QString m_connectionName;
    Status outermost(const std::function<Status()> &fn, bool keep);
    int m_depth = 0; // 0: no transaction; 1: BEGIN; above: nested SAVEPOINTs
    QList<std::function<void()>> m_afterTransaction;
    StatementObserver m_observer;
};

// Binds NULL for an empty optional.
template<typename T> QVariant nullable(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

// Reads NULL as an empty optional: nullable() the other way, for ids and UTC times.
inline std::optional<Id> optId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<Id>(v.toLongLong());
}

// Binds an empty string, never NULL, for a null QString (NOT NULL DEFAULT '' columns).
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

// A list version (model/types.h) as SQL holds it, and back: the only conversions between the two.
// SQL's INTEGER is signed 64-bit and a ListVersion unsigned; Porter's versions are change-journal
// sequence numbers, never above 2^63 - 1 (docs/decisions.md, "One list version"), so the value is
// the same on both sides. Binding a larger one is a programmer error and stops the program rather
// than store a negative number.
QVariant bindVersion(ListVersion v);
inline ListVersion versionFrom(const QVariant &v)
{
    return v.toULongLong();
}

} // namespace porter

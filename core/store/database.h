#pragma once

#include "util/result.h"

#include <QSqlDatabase>
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
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates the file. ":memory:" gives a private in-memory database.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // The default database of this installation, in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    static int latestSchemaVersion();
    int schemaVersion() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back when fn fails or the commit fails, so an
    // operation either happens entirely or not at all. Not re-entrant.
    Status transaction(const std::function<Status()> &fn);
    bool inTransaction() const { return m_inTransaction; }

    // Prepared, bound query helpers. Errors carry the SQL error text for the logs and a plain message.
    Result<QSqlQuery> exec(const QString &sql, std::initializer_list<QVariant> args = {}) const;
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &args) const;
    // Runs an INSERT and returns the new row id.
    Result<qint64> insert(const QString &sql, std::initializer_list<QVariant> args = {}) const;
    // Every row, mapped; and exactly one row, mapped, or the error `missing` gives when there is none.
    template<typename T, typename Map>
    Result<QList<T>> rows(const QString &sql, const QVariantList &args, Map map) const
    {
        auto q = exec(sql, args);
        if (!q.ok())
            return q.error();
        QList<T> out;
        while (q->next())
            out.append(map(*q));
        return out;
    }
    template<typename T, typename Map, typename Missing>
    Result<T> row(const QString &sql, const QVariantList &args, Map map, Missing missing) const
    {
        auto q = exec(sql, args);
        if (!q.ok())
            return q.error();
        if (!q->next())
            return missing();
        return T(map(*q));
    }
    // First column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> args = {}) const;

    // Diagnostics and tests: called with every statement and its arguments before it runs (tests use it
    // to check the query plans of the lists with EXPLAIN QUERY PLAN). Empty = off.
    using StatementObserver = std::function<void(const QString &sql, const QVariantList &args)>;
    void setStatementObserver(StatementObserver observer) { m_observer = std::move(observer); }

private:
    Database() = default;
    Status configure();
    Status migrate();
    Status afterScript(const QString &file);
    Status fillSearchKeys();

    QString m_path;
    QString m_connectionName;
    bool m_inTransaction = false;
    StatementObserver m_observer;
};

// Binds NULL for an empty optional.
template<typename T> QVariant nullable(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

// Binds an empty string, never NULL, for a null QString (NOT NULL DEFAULT '' columns).
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

} // namespace porter

#pragma once

#include "model/types.h"
#include "store/dialect.h"
#include "store/location.h"
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

class QSocketNotifier;

namespace porter {

// Owns one portfolio through one Qt Sql connection (one connection per thread): an SQLite file (one
// writer), or a database on a PostgreSQL server shared by several managers (docs/design/
// shared-portfolio.md). The schema is built only by running the numbered migrations in
// store/migrations (pg/ for PostgreSQL), in one transaction; a fresh database runs them all
// (STYLE.md, "Storage"). What the two engines spell differently is the Dialect's (store/dialect.h).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens and migrates an existing Porter database: a file path, or a postgresql:// address
    // (DatabaseLocation), whose password libpq finds (PGPASSWORD, the password file). Creates nothing: a
    // missing file or an empty server database is NotFound. A file or server database that is not a
    // Porter one (a text file, another application's tables) is refused before anything writes to
    // it, so it is left as it was. ":memory:" gives a private in-memory database.
    static Result<std::unique_ptr<Database>> open(const QString &location);
    // The same, but creates the file (and its folder) when it does not exist, or fills a file or server
    // database that is empty: only where a user asked for a new portfolio (porterctl init and demo, the
    // GUI's first run). A server database itself is its administrator's to create.
    static Result<std::unique_ptr<Database>> create(const QString &location);
    // A PostgreSQL portfolio with the password the user typed (empty: libpq's own sources).
    static Result<std::unique_ptr<Database>> openServer(const DatabaseLocation &location,
                                                        const QString &password, bool mayCreate);
    // The default database of this installation, in QStandardPaths::AppLocalDataLocation; an error when there
    // is no usable home folder (HOME unset, missing or not writable), rather than a path at the root.
    static Result<QString> defaultPath();

    static int latestSchemaVersion();
    int schemaVersion() const;
    // The file path, or the server address without a password (DatabaseLocation::display).
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    const Dialect &dialect() const { return *m_dialect; }
    bool isShared() const { return m_dialect->engine() == Dialect::Engine::PostgreSql; }

    // PostgreSQL: the SCRAM-SHA-256 verifier of a login's password, computed here by libpq (the
    // password never reaches the server, or its logs, as text). An error on SQLite.
    Result<QString> loginVerifier(const QString &login, const QString &password) const;
    // PostgreSQL: whether `password` is the connected login's (checked on a second connection, closed at
    // once); an error when the server cannot be reached to tell.
    Result<bool> loginPasswordIs(const QString &password) const;
    // PostgreSQL: gives the connected login a new password (its SCRAM verifier, from loginVerifier), as
    // the login itself, in the transaction open (if any).
    Status changeLoginPassword(const QString &verifier);
    // The password to connect again with, once a change of it has committed.
    void useServerPassword(const QString &password) { m_password = password; }

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT (PostgreSQL: a SERIALIZABLE transaction, run again from
    // the start when the server stops it for a conflict with another manager's, up to five times); rolls
    // back when fn fails or the commit fails, so an operation either happens entirely or not at all. fn
    // must therefore touch nothing but the database (work for afterwards goes to afterTransaction). Called
    // inside another transaction (a unit of work, access/unitofwork.h), fn runs in a SAVEPOINT of it instead:
    // its failure undoes fn's writes only and is returned to the caller, whose own failure or success decides
    // for everything.
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
    // Runs a statement whose rows, if any, are not wanted (UPDATE, DELETE, INSERT without an id),
    // prepared once per connection like the helpers below. On a server a one-off exec() costs three
    // round trips (PREPARE, EXECUTE, DEALLOCATE); this costs one.
    Status run(const QString &sql, const QVariantList &args = {}) const;
    // Runs an INSERT and returns the new row's id (its integer primary key `key`).
    Result<qint64> insert(const QString &sql, std::initializer_list<QVariant> args = {},
                          const QString &key = QStringLiteral("id")) const;
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
    Result<QVariant> scalar(const QString &sql, const QVariantList &args) const;

    // PostgreSQL: what other sessions commit, as the server's triggers announce it on the channel
    // "porter" (docs/design/shared-portfolio.md, section 4): the table and the property it touched, 0
    // for the portfolio's own rows (managers, mail settings). This session's own changes are not
    // reported, nor are rolled-back ones. `connection` is told when the connection is lost while
    // listening (false: nothing arrives until reconnect() succeeds, or an operation connects again)
    // and when it is back (true: what changed meanwhile was not announced). Needs the thread's event
    // loop. An error on SQLite, whose file has no other writers to announce.
    struct ChangeListener
    {
        std::function<void(const QString &table, Id propertyId)> changed;
        std::function<void(bool connected)> connection;
    };
    Status listen(ChangeListener listener);
    void unlisten();
    bool listening() const { return m_listener != nullptr; }
    // Connects again after the connection was lost (listening or not); nothing when it is up.
    Status reconnect();
    // Reads a notification's payload, "<table> <property id>": false for anything else (a manager's
    // login may send any payload on the channel).
    static bool parseChange(const QString &payload, QString *table, Id *propertyId);

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
    static QString nextConnectionName();
    static Result<std::unique_ptr<Database>> openAt(const QString &text, bool mayCreate);
    static Result<std::unique_ptr<Database>> openFile(const QString &path, bool mayCreate);
    Status inspect(bool mayCreate) const;
    Status connectServer() const;
    Status inspectServer(bool mayCreate) const;
    Status reconnectIfLost() const;
    bool serverWantsPassword() const;
    enum class Probe
    {
        Connected,
        Refused,
        NeedsPassword,
        Unreachable,
    };
    Probe probeConnection(const QString &password) const;
    Status subscribe() const;
    void stopWatching() const;
    void readSocket() const;
    void noteStatement() const;
    void drainNotifications() const;
    bool preparable(const QVariantList &args) const;
    Result<int> storedSchemaVersion() const;
    Error failure(const QString &what, const QSqlError &e) const;
    Error serverFailure(const QString &what, const QSqlError &e) const;
    static Error conflictError();
    Status configure();
    Status migrate();
    Status beforeScript(const QString &file);
    Status checkOneLiveEmail();
    Status afterScript(const QString &file);
    Status fillSearchKeys();

    std::unique_ptr<Dialect> m_dialect;
    QString m_path;
    QString m_connectionName;
    DatabaseLocation m_location;       // PostgreSQL: where to connect again
    QString m_password;                // PostgreSQL: what the user typed, kept in memory for reconnecting
    mutable bool m_connecting = false; // a failure now is the sign-in's
    mutable bool m_suspect = false;    // the last failure may have been the connection's
    mutable bool m_conflicted = false; // the last failure was a serialization conflict
    std::unique_ptr<ChangeListener> m_listener;
    mutable bool m_lost = false;                 // listening, and the connection went away
    mutable QSocketNotifier *m_socket = nullptr; // listening: the connection's socket
    mutable bool m_drainPosted = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); // what queued work checks first
    Status outermost(const std::function<Status()> &fn, bool keep);
    Status attemptOnce(const std::function<Status()> &fn, bool keep);
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

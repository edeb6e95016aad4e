#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace porter::test {

// A real PostgreSQL server for one test process (docs/design/shared-portfolio.md, "Tests against a
// real server"): Debian's initdb and pg_ctl (postgresql-15) in a temporary directory, listening on a
// Unix socket in that directory only (no TCP port), SCRAM-SHA-256 for every connection, fsync off
// (a test's data need not survive a power cut). Started by the test, stopped and deleted with it.
//
// PostgreSQL refuses to run as root: when the test runs as root (CI), the server runs as the
// "postgres" account Debian's package creates (runuser), and its directory is handed to it.
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // initdb (once) and start; false with error() when the server cannot run here.
    bool start();
    // pg_ctl stop -m fast: open connections are cut, as when a server goes down.
    bool stop();
    bool running() const { return m_running; }
    QString error() const { return m_error; }

    // The superuser initdb made, and its password.
    static QString superuser() { return QStringLiteral("porter_admin"); }
    static QString superuserPassword() { return QStringLiteral("admin-secret-for-tests"); }
    QString socketDir() const;
    int port() const { return m_port; }

    // Runs SQL through psql as `role` (password `password`) on `database`; stdout, or a null string on
    // failure with error() set. -v ON_ERROR_STOP=1: the first failing statement fails the run.
    // timeoutMs: how long it may take (a benchmark's data set takes minutes).
    QString psql(const QString &sql, const QString &database = QStringLiteral("postgres"),
                 const QString &role = superuser(), const QString &password = superuserPassword(),
                 int timeoutMs = 60000);
    // What the server wrote to its log so far (statements too, once log_statement is set).
    QString log() const;
    // A new empty database owned by the superuser.
    bool createDatabase(const QString &name);

    // The address Porter takes with --db for `database` on this server, signing in as `user`; no
    // password in it, as Porter requires.
    QString address(const QString &database, const QString &user = superuser()) const;
    // Writes libpq's password file with the superuser's password into `folder` and points PGPASSFILE
    // at it, for this process and the programs it starts: Porter then signs in as a manager with a
    // ~/.pgpass does. False when the file cannot be written.
    bool exportSuperuserPassword(const QString &folder) const;
    // An empty libpq password file (0600) in `folder`, for a manager's session that must use only the
    // password it is given: its path, or empty when it cannot be written.
    static QString emptyPasswordFile(const QString &folder);

    // The folder of initdb, pg_ctl and psql (pg_config --bindir), empty when PostgreSQL is missing.
    static QString binDir();

private:
    QStringList asServerUser(const QString &program, const QStringList &args) const;
    bool run(const QString &program, const QStringList &args, QString *out = nullptr, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    int m_port = 5432;
    bool m_initialized = false;
    bool m_running = false;
    bool m_asPostgres = false;
    bool m_watched = false; // a watcher stops the server if this process dies without stopping it
    QString m_error;
};

} // namespace porter::test

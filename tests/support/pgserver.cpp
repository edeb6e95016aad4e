#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <algorithm>
#include <unistd.h>

namespace porter::test {

namespace {

// Debian installs one server version under /usr/lib/postgresql/<major>/bin; pg_config (libpq-dev or the
// server package) names it. Without pg_config, the newest folder there.
QString findBinDir()
{
    QProcess p;
    p.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (p.waitForFinished(10000) && p.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString dir = root.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

} // namespace

PgServer::PgServer()
{
    m_asPostgres = ::geteuid() == 0;
}

PgServer::~PgServer()
{
    if (m_running)
        stop();
    // The server's files belong to "postgres" when we are root; root removes them all the same.
}

QString PgServer::binDir()
{
    static const QString dir = findBinDir();
    return dir;
}

QString PgServer::address(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(user, database, socketDir()).arg(m_port);
}

bool PgServer::exportSuperuserPassword(const QString &folder) const
{
    const QString path = folder + QStringLiteral("/pgpass");
    QFile f(path);
    // libpq ignores a password file others may read.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner))
        return false;
    f.write(QStringLiteral("*:*:*:%1:%2\n").arg(superuser(), superuserPassword()).toUtf8());
    f.close();
    qputenv("PGPASSFILE", QFile::encodeName(path));
    return true;
}

QString PgServer::socketDir() const
{
    return m_dir.path() + QStringLiteral("/socket");
}

QStringList PgServer::asServerUser(const QString &program, const QStringList &args) const
{
    if (!m_asPostgres)
        return QStringList{program} + args;
    return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                       QStringLiteral("--"), program} +
           args;
}

bool PgServer::run(const QString &program, const QStringList &args, QString *out, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        m_error = QStringLiteral("%1 did not finish: %2").arg(program, QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    const QString text = QString::fromLocal8Bit(p.readAll());
    if (out)
        *out = text;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (%3): %4")
                      .arg(program, args.join(QLatin1Char(' ')))
                      .arg(p.exitCode())
                      .arg(text);
        return false;
    }
    return true;
}

bool PgServer::start()
{
    if (m_running)
        return true;
    const QString bin = binDir();
    if (bin.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed (Debian: postgresql)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString data = m_dir.path() + QStringLiteral("/data");
    if (!m_initialized) {
        QDir().mkpath(socketDir());
        const QString pwfile = m_dir.path() + QStringLiteral("/pw");
        QFile pw(pwfile);
        if (!pw.open(QIODevice::WriteOnly) || pw.write(superuserPassword().toUtf8() + '\n') < 0) {
            m_error = QStringLiteral("cannot write %1").arg(pwfile);
            return false;
        }
        pw.close();
        if (m_asPostgres && !run(QStringLiteral("chown"),
                                 {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir.path()}))
            return false; // the server's account owns the (0700) directory; root enters it all the same
        const QStringList initdb = asServerUser(
            bin + QStringLiteral("/initdb"),
            {QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(), QStringLiteral("--pwfile"),
             pwfile, QStringLiteral("--auth=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
             QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
        if (!run(initdb.first(), initdb.mid(1), nullptr, 120000))
            return false;
        QFile::remove(pwfile);
        m_initialized = true;
    }
    // PORTER_PG_EXTRA_OPTIONS: more server settings, for looking into a benchmark (auto_explain, logging).
    const QString options = QStringLiteral("-k %1 -c listen_addresses='' -p %2 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off "
                                           "-c password_encryption=scram-sha-256 %3")
                                .arg(socketDir())
                                .arg(m_port)
                                .arg(qEnvironmentVariable("PORTER_PG_EXTRA_OPTIONS"));
    const QStringList pgctl =
        asServerUser(bin + QStringLiteral("/pg_ctl"),
                     {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                      m_dir.path() + QStringLiteral("/server.log"), QStringLiteral("-w"),
                      QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
    if (!run(pgctl.first(), pgctl.mid(1), nullptr, 90000)) {
        QFile log(m_dir.path() + QStringLiteral("/server.log"));
        if (log.open(QIODevice::ReadOnly))
            m_error += QStringLiteral("\n") + QString::fromLocal8Bit(log.readAll());
        return false;
    }
    m_running = true;
    if (!m_watched) {
        // A test that crashes (or stops on qFatal) never runs this object's destructor: a watcher
        // outside it stops the server and deletes its folder once the test process is gone.
        const QStringList stop = asServerUser(bin + QStringLiteral("/pg_ctl"),
                                              {QStringLiteral("-D"), data, QStringLiteral("-m"),
                                               QStringLiteral("immediate"), QStringLiteral("stop")});
        const QString script = QStringLiteral(
            "exec </dev/null >/dev/null 2>&1; while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
            "dir=\"$2\"; shift 2; \"$@\"; rm -rf \"$dir\"");
        QStringList args{QStringLiteral("-c"), script, QStringLiteral("porter-pg-watch"),
                         QString::number(::getpid()), m_dir.path()};
        args << stop;
        m_watched = QProcess::startDetached(QStringLiteral("/bin/sh"), args);
    }
    return true;
}

bool PgServer::stop()
{
    if (!m_running)
        return true;
    const QStringList pgctl =
        asServerUser(binDir() + QStringLiteral("/pg_ctl"),
                     {QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-m"),
                      QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    const bool ok = run(pgctl.first(), pgctl.mid(1));
    m_running = !ok;
    return ok;
}

QString PgServer::psql(const QString &sql, const QString &database, const QString &role,
                       const QString &password, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("PGHOST"), socketDir());
    env.insert(QStringLiteral("PGPORT"), QString::number(m_port));
    p.setProcessEnvironment(env);
    p.start(binDir() + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-U"), role,
             QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        m_error = QStringLiteral("psql did not finish");
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        return {};
    }
    QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out.isNull() ? QStringLiteral("") : out;
}

QString PgServer::log() const
{
    QFile file(m_dir.path() + QStringLiteral("/server.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool PgServer::createDatabase(const QString &name)
{
    return !psql(QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0").arg(name))
                .isNull();
}

QString PgServer::emptyPasswordFile(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("empty.pgpass"));
    QFile empty(path);
    if (!empty.open(QIODevice::WriteOnly))
        return {};
    empty.close();
    if (!empty.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return {};
    return path;
}

} // namespace porter::test

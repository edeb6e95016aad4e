// The PostgreSQL harness and Qt's PostgreSQL driver, before anything of Porter's runs on them: a private
// server starts in a temporary directory, QPSQL signs in over its Unix socket with SCRAM, a wrong
// password is refused, a login role made with psql connects, and a server stopped under an open
// connection fails that connection with an error and serves a new one once it is back.
#include "pgserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using porter::test::PgServer;

namespace {

QSqlDatabase openAs(const PgServer &server, const QString &name, const QString &role, const QString &password,
                    const QString &database = QStringLiteral("postgres"))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.socketDir());
    db.setPort(server.port());
    db.setDatabaseName(database);
    db.setUserName(role);
    db.setPassword(password);
    db.open();
    return db;
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestPgServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "Qt's PostgreSQL driver is missing (Debian: libqt6sql6-psql)");
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    }

    void superuserSignsInWithScram()
    {
        {
            QSqlDatabase db = openAs(m_server, QStringLiteral("admin"), PgServer::superuser(),
                                     PgServer::superuserPassword());
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QCOMPARE(scalar(db, QStringLiteral("SELECT current_user")).toString(), PgServer::superuser());
            // The password is stored as a SCRAM verifier, and every local connection must use it.
            QVERIFY(
                scalar(db, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = current_user"))
                    .toString()
                    .startsWith(QStringLiteral("SCRAM-SHA-256$")));
            QCOMPARE(scalar(db, QStringLiteral("SHOW password_encryption")).toString(),
                     QStringLiteral("scram-sha-256"));
            QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> "
                                              "'scram-sha-256'"))
                        .toInt() == 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    }

    void wrongPasswordIsRefused()
    {
        {
            QSqlDatabase db =
                openAs(m_server, QStringLiteral("wrong"), PgServer::superuser(), QStringLiteral("nope"));
            QVERIFY(!db.isOpen());
            QVERIFY2(db.lastError().text().contains(QStringLiteral("password authentication failed")),
                     qPrintable(db.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
    }

    void loginRoleMadeWithPsqlConnects()
    {
        QVERIFY2(m_server.createDatabase(QStringLiteral("portfolio")), qPrintable(m_server.error()));
        QVERIFY2(!m_server.psql(QStringLiteral("CREATE ROLE ana LOGIN PASSWORD 'ana-pw'")).isNull(),
                 qPrintable(m_server.error()));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT current_user"), QStringLiteral("portfolio"),
                               QStringLiteral("ana"), QStringLiteral("ana-pw")),
                 QStringLiteral("ana"));
        {
            QSqlDatabase db = openAs(m_server, QStringLiteral("ana"), QStringLiteral("ana"),
                                     QStringLiteral("ana-pw"), QStringLiteral("portfolio"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            // bytea and bigint come back as Porter's repositories read them from SQLite.
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT '\\x00ff10'::bytea, 9007199254740993::bigint")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toByteArray(), QByteArray("\x00\xff\x10", 3));
            QCOMPARE(q.value(1).toLongLong(), 9007199254740993LL);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ana"));
        QVERIFY(m_server
                    .psql(QStringLiteral("SELECT 1"), QStringLiteral("portfolio"), QStringLiteral("ana"),
                          QStringLiteral("wrong"))
                    .isNull());
    }

    void serverStoppedUnderAConnectionThenBack()
    {
        {
            QSqlDatabase db = openAs(m_server, QStringLiteral("restart"), PgServer::superuser(),
                                     PgServer::superuserPassword());
            QVERIFY(db.isOpen());
            QVERIFY2(m_server.stop(), qPrintable(m_server.error()));
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("SELECT 1")));
            QVERIFY(q.lastError().type() != QSqlError::NoError);
            QVERIFY2(m_server.start(), qPrintable(m_server.error()));
            db.close();
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QCOMPARE(scalar(db, QStringLiteral("SELECT 41 + 1")).toInt(), 42);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("restart"));
    }

private:
    PgServer m_server;
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"

// Managers who are PostgreSQL logins (docs/design/shared-portfolio.md, section 2), through the real
// porterctl: `init --db-role` and `manager add --db-role` create each manager's own login, with a SCRAM
// verifier computed by Porter (the password never reaches the server as text, even with every statement
// logged); a manager signs in by connecting with their login and its password, with no Porter password
// of their own; `--as` cannot make one login act as another manager; a password reset changes the
// login's; removing the manager closes the login, and adding them again opens it. The attacks a
// manager's own login could try outside Porter are performed with psql: reading the password hashes,
// linking a login to a manager, giving themselves a login, and writing activity in another's name.
#include "pgserver.h"
#include "run.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using porter::test::PgServer;
using porter::test::Run;

namespace {
const QString kDb = QStringLiteral("logins");
const QString kOwnerEmail = QStringLiteral("olive@harbor.test");
const QString kOwnerPassword = QStringLiteral("olive's long secret 1");
const QString kDanaEmail = QStringLiteral("dana@harbor.test");
const QString kDanaPassword = QStringLiteral("dana's first secret 2");
const QString kDanaNewPassword = QStringLiteral("dana's second secret 3");
} // namespace

class TestPgLogins : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_home;
    QString m_noPasswords; // a libpq password file with no entry: only the password given is used
    qint64 m_maple = 0;    // Dana's property
    qint64 m_birch = 0;    // not Dana's
    qint64 m_mapleKey = 0;
    qint64 m_mapleLobby = 0;
    qint64 m_dana = 0;

    // porterctl as `login` (empty: the administrator, whose password is in the exported file), with
    // PORTER_PASSWORD `password` and nothing else in the environment that could sign in.
    Run ctl(const QStringList &args, const QString &login, const QString &password,
            const QString &newPassword = QString(), const QString &passFile = QString()) const
    {
        if (login.isEmpty())
            return porter::test::porterctlOn(m_server.address(kDb), args, password, m_home.path(), QString(),
                                             newPassword);
        return porter::test::porterctlOn(m_server.address(kDb, login), args, password, m_home.path(),
                                         passFile.isEmpty() ? m_noPasswords : passFile, newPassword);
    }
    Run olive(const QStringList &args, const QString &newPassword = QString()) const
    {
        return ctl(args, QStringLiteral("olive"), kOwnerPassword, newPassword);
    }
    Run dana(const QStringList &args, const QString &password = kDanaPassword) const
    {
        return ctl(args, QStringLiteral("dana"), password);
    }
    static qint64 idIn(const Run &r)
    {
        if (r.code != 0)
            qFatal("%s", qPrintable(r.show()));
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
    }
    QString sql(const QString &query) { return m_server.psql(query, kDb); }
    // psql as a manager's own login, outside Porter: stdout, or the server's refusal (psql's stderr).
    QString sqlAs(const QString &login, const QString &password, const QString &query)
    {
        const QString out = m_server.psql(query, kDb, login, password);
        return out.isNull() ? m_server.error() : out;
    }
    QStringList invite(qint64 property, qint64 key, const QString &email) const
    {
        return {QStringLiteral("invite"),   QStringLiteral("--property"), QString::number(property),
                QStringLiteral("--method"), QStringLiteral("app"),        QStringLiteral("--first"),
                QStringLiteral("Guest"),    QStringLiteral("--email"),    email,
                QStringLiteral("--keys"),   QString::number(key),         QStringLiteral("--json")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.exportSuperuserPassword(m_home.path()));
        m_noPasswords = PgServer::emptyPasswordFile(m_home.path());
        QVERIFY(!m_noPasswords.isEmpty());
        QVERIFY(m_server.createDatabase(kDb));
        // Every statement the server runs goes to its log: a password sent as text would be there.
        QVERIFY(!sql(QStringLiteral("ALTER SYSTEM SET log_statement = 'all'")).isNull());
        QVERIFY(!sql(QStringLiteral("SELECT pg_reload_conf()")).isNull());
    }

    // The administrator creates the portfolio; its Portfolio Manager gets the login olive.
    void initCreatesThePortfolioManagersLogin()
    {
        const Run init =
            ctl({QStringLiteral("init"), QStringLiteral("--portfolio"), QStringLiteral("Harbor"),
                 QStringLiteral("--name"), QStringLiteral("Olive Owner"), QStringLiteral("--email"),
                 kOwnerEmail, QStringLiteral("--db-role"), QStringLiteral("olive")},
                QString(), kOwnerPassword);
        QVERIFY2(init.code == 0, qPrintable(init.show()));
        QVERIFY2(init.out.contains(QStringLiteral("login is olive")), qPrintable(init.out));
        QCOMPARE(sql(QStringLiteral("SELECT db_role || ':' || password_hash || ':' FROM manager")),
                 QStringLiteral("olive::")); // no Porter password: the login's is the only one
        QCOMPARE(sql(QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$4096:%' AND rolcanlogin AND "
                                    "pg_has_role('olive', 'porter_managers_logins', 'MEMBER') "
                                    "FROM pg_authid WHERE rolname = 'olive'")),
                 QStringLiteral("t"));
    }

    // Olive signs in by connecting: no --as, no Porter password; she builds two properties and adds
    // Dana, a Property Manager of one of them, with her own login.
    void aManagerSignsInByConnecting()
    {
        m_maple = idIn(olive({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Maple Court"), QStringLiteral("--tz"),
                              QStringLiteral("America/New_York"), QStringLiteral("--json")}));
        m_birch = idIn(olive({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Birch House"), QStringLiteral("--tz"),
                              QStringLiteral("America/New_York"), QStringLiteral("--json")}));
        m_mapleLobby = idIn(
            olive({QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"),
                   QString::number(m_maple), QStringLiteral("--name"), QStringLiteral("Lobby"),
                   QStringLiteral("--type"), QStringLiteral("building-entrance"), QStringLiteral("--json")}));
        m_mapleKey =
            idIn(olive({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                        QString::number(m_maple), QStringLiteral("--name"), QStringLiteral("Resident"),
                        QStringLiteral("--doors"), QString::number(m_mapleLobby), QStringLiteral("--json")}));
        const Run add =
            olive({QStringLiteral("manager"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Dana"), QStringLiteral("--email"), kDanaEmail, QStringLiteral("--role"),
                   QStringLiteral("property"), QStringLiteral("--properties"), QString::number(m_maple),
                   QStringLiteral("--key-management"), QStringLiteral("full"), QStringLiteral("--db-role"),
                   QStringLiteral("dana"), QStringLiteral("--json")},
                  kDanaPassword);
        m_dana = idIn(add);
        QCOMPARE(QJsonDocument::fromJson(add.out.toUtf8()).object().value(QStringLiteral("login")).toString(),
                 QStringLiteral("dana"));
        // The server saw every statement, and neither password as text.
        const QString log = m_server.log();
        QVERIFY2(log.contains(QStringLiteral("porter_set_login")), "statements are not being logged");
        QVERIFY(!log.contains(kOwnerPassword));
        QVERIFY(!log.contains(kDanaPassword));
    }

    // Dana works on her property by connecting with her login, and core and the server keep her to it.
    void aPropertyManagersLoginWorksOnHerPropertyOnly()
    {
        const Run invited = dana(invite(m_maple, m_mapleKey, QStringLiteral("ann@example.com")));
        QVERIFY2(invited.code == 0, qPrintable(invited.show()));
        // Her invitation was journaled for the lobby under her own login (the journal's order lock on
        // the door's row needs her rights on it).
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) > 0 FROM door_change WHERE door_id = %1").arg(m_mapleLobby)),
            QStringLiteral("t"));
        QCOMPARE(sql(QStringLiteral("SELECT m.email FROM activity a JOIN manager m ON m.id = a.manager_id "
                                    "WHERE a.action = 'invite'")),
                 kDanaEmail);
        const Run people =
            dana({QStringLiteral("people"), QStringLiteral("--property"), QString::number(m_birch)});
        QCOMPARE(people.code, 1);
        QCOMPARE(sqlAs(QStringLiteral("dana"), kDanaPassword,
                       QStringLiteral("SELECT count(*) FROM property WHERE id = %1").arg(m_birch)),
                 QStringLiteral("0"));
    }

    // One login cannot act as another manager, and a wrong password is refused without being echoed.
    void aLoginIsOneManagerOnly()
    {
        const Run as = ctl({QStringLiteral("--as"), kOwnerEmail, QStringLiteral("people"),
                            QStringLiteral("--property"), QString::number(m_maple)},
                           QStringLiteral("dana"), kDanaPassword);
        QCOMPARE(as.code, 1);
        QVERIFY2(as.err.contains(QStringLiteral("login dana")), qPrintable(as.show()));
        const Run wrong =
            dana({QStringLiteral("people"), QStringLiteral("--property"), QString::number(m_maple)},
                 QStringLiteral("not dana's password"));
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("refused the sign-in")), qPrintable(wrong.show()));
        QVERIFY(!wrong.err.contains(QStringLiteral("not dana's password")));
        // No password anywhere: the server's question is passed on as it is, in JSON too.
        const Run none = ctl({QStringLiteral("people"), QStringLiteral("--property"),
                              QString::number(m_maple), QStringLiteral("--json")},
                             QStringLiteral("dana"), QString());
        QCOMPARE(none.code, 1);
        QVERIFY2(QString(none.out + none.err).contains(QStringLiteral("password-needed")),
                 qPrintable(none.show()));
        // A wrong password in Dana's password file is the error: Porter's own password (PORTER_PASSWORD)
        // is not tried on the server in its place.
        const QString stale = m_home.filePath(QStringLiteral("stale.pgpass"));
        QFile file(stale);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("*:*:*:dana:an old password of dana\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        const Run fromFile =
            ctl({QStringLiteral("people"), QStringLiteral("--property"), QString::number(m_maple)},
                QStringLiteral("dana"), kDanaPassword, QString(), stale);
        QCOMPARE(fromFile.code, 1);
        QVERIFY2(fromFile.err.contains(QStringLiteral("refused the sign-in")), qPrintable(fromFile.show()));
    }

    // Dana changes her own login's password with porterctl: the server checks the current one, only the
    // verifier travels (the statement log has no password), and afterwards only the new one connects.
    void aManagerChangesTheirOwnLoginsPassword()
    {
        const QString next = QStringLiteral("dana's brand new password");
        const auto change = [&](const QString &current, const QString &wanted) {
            return ctl({QStringLiteral("password")}, QStringLiteral("dana"), current, wanted);
        };
        const Run weak = change(kDanaPassword, QStringLiteral("short"));
        QCOMPARE(weak.code, 1);
        const Run changed = change(kDanaPassword, next);
        QVERIFY2(changed.code == 0, qPrintable(changed.show()));
        QVERIFY2(changed.out.contains(QStringLiteral("login dana")), qPrintable(changed.show()));
        QCOMPARE(sqlAs(QStringLiteral("dana"), next, QStringLiteral("SELECT session_user")).trimmed(),
                 QStringLiteral("dana"));
        QVERIFY(
            m_server.psql(QStringLiteral("SELECT 1"), kDb, QStringLiteral("dana"), kDanaPassword).isNull());
        QVERIFY(!m_server.log().contains(next));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM activity a JOIN manager m ON m.id = a.manager_id "
                                    "WHERE a.action = 'password-change' AND m.email = '%1'")
                         .arg(kDanaEmail)),
                 QStringLiteral("1"));
        // The old password is no longer the current one: refused, nothing changed.
        const Run stale = change(kDanaPassword, QStringLiteral("a third long password"));
        QCOMPARE(stale.code, 1);
        // Back to the password the other tests use.
        const Run back = change(next, kDanaPassword);
        QVERIFY2(back.code == 0, qPrintable(back.show()));
        // The administrator's connection cannot sign in as a manager who has a login either: such a
        // manager has no Porter password.
        const Run admin = ctl({QStringLiteral("--as"), kDanaEmail, QStringLiteral("people"),
                               QStringLiteral("--property"), QString::number(m_maple)},
                              QString(), kDanaPassword);
        QCOMPARE(admin.code, 1);
        QVERIFY2(admin.err.contains(QStringLiteral("email or password is wrong")), qPrintable(admin.show()));
        // A login of the managers' group that is no manager's sees nothing and is told so.
        QVERIFY(!sql(QStringLiteral("CREATE ROLE eve LOGIN PASSWORD 'eve password 123' IN ROLE "
                                    "porter_managers_logins"))
                     .isNull());
        const Run eve =
            ctl({QStringLiteral("people"), QStringLiteral("--property"), QString::number(m_maple)},
                QStringLiteral("eve"), QStringLiteral("eve password 123"));
        QCOMPARE(eve.code, 1);
        QVERIFY2(eve.err.contains(QStringLiteral("is not a manager")), qPrintable(eve.show()));
    }

    // What Dana's login could try with psql, outside Porter.
    void aManagersLoginCannotReachOtherManagersSecrets()
    {
        const auto refused = [&](const QString &query) {
            const QString out = sqlAs(QStringLiteral("dana"), kDanaPassword, query);
            return out.contains(QStringLiteral("permission denied")) ||
                   out.contains(QStringLiteral("row-level security")) ||
                   out.contains(QStringLiteral("only a Portfolio Manager"));
        };
        QVERIFY(refused(QStringLiteral("SELECT password_hash FROM manager")));
        QVERIFY(refused(QStringLiteral("UPDATE manager SET db_role = 'dana2' WHERE id = %1").arg(m_dana)));
        const QString verifier =
            sql(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'dana'"));
        QVERIFY(verifier.startsWith(QStringLiteral("SCRAM-SHA-256$")));
        QVERIFY(
            refused(QStringLiteral("SELECT porter_set_login(%1, 'dana', '%2')").arg(m_dana).arg(verifier)));
        QVERIFY(refused(QStringLiteral("SELECT porter_close_login(1)")));
        // Activity in Olive's name.
        QVERIFY(refused(
            QStringLiteral("INSERT INTO activity (at, manager_id, property_id, actor, action, detail) "
                           "SELECT 1, id, %1, 'Olive', 'invite', 'forged' FROM manager "
                           "WHERE email = '%2'")
                .arg(m_maple)
                .arg(kOwnerEmail)));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM activity WHERE detail = 'forged'")),
                 QStringLiteral("0"));
    }

    // The journal's numbering moves up, never down and never to the end of its range, under the login of
    // a manager who syncs doors (a sync after a restored backup needs it); setting the sequence
    // directly is refused.
    void aManagersLoginMovesTheJournalUpOnly()
    {
        const QString numbering = QStringLiteral("pg_get_serial_sequence('door_change', 'seq')");
        // Dana does not sync doors (no Device Management): not even up.
        QVERIFY(sqlAs(QStringLiteral("dana"), kDanaPassword,
                      QStringLiteral("SELECT porter_journal_at_least(5000)"))
                    .contains(QStringLiteral("Device Management")));
        QVERIFY(sqlAs(QStringLiteral("olive"), kOwnerPassword,
                      QStringLiteral("SELECT setval(%1, 1)").arg(numbering))
                    .contains(QStringLiteral("permission denied")));
        QCOMPARE(sqlAs(QStringLiteral("olive"), kOwnerPassword,
                       QStringLiteral("SELECT porter_journal_at_least(5000)")),
                 QString());
        QCOMPARE(sql(QStringLiteral("SELECT pg_sequence_last_value(%1)").arg(numbering)),
                 QStringLiteral("5000"));
        QCOMPARE(sqlAs(QStringLiteral("olive"), kOwnerPassword,
                       QStringLiteral("SELECT porter_journal_at_least(7)")),
                 QString());
        QCOMPARE(sql(QStringLiteral("SELECT pg_sequence_last_value(%1)").arg(numbering)),
                 QStringLiteral("5000"));
        QVERIFY(sqlAs(QStringLiteral("olive"), kOwnerPassword,
                      QStringLiteral("SELECT porter_journal_at_least(9223372036854775000)"))
                    .contains(QStringLiteral("out of range")));
        QCOMPARE(sql(QStringLiteral("SELECT pg_sequence_last_value(%1)").arg(numbering)),
                 QStringLiteral("5000"));
    }

    // A role the administrator linked by hand to a manager, and that is more than a manager's login (here
    // one that may create roles): a Portfolio Manager cannot reset its password or close it through
    // Porter's functions, which run with the administrator's rights.
    void aPortfolioManagerCannotTakeOverARoleLinkedByHand()
    {
        QVERIFY(
            !sql(QStringLiteral("CREATE ROLE boss LOGIN CREATEROLE PASSWORD 'boss password 123' IN ROLE "
                                "porter_managers_logins; "
                                "INSERT INTO manager (portfolio_id, email, name, role, key_management, "
                                "password_hash, created_at, db_role) VALUES (1, 'boss@harbor.test', 'Boss', "
                                "'property', 'none', '', 0, 'boss')"))
                 .isNull());
        const QString bossId = sql(QStringLiteral("SELECT id FROM manager WHERE db_role = 'boss'"));
        const QString before =
            sql(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'boss'"));
        const QString mine = sql(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'olive'"));
        const QString reset =
            sqlAs(QStringLiteral("olive"), kOwnerPassword,
                  QStringLiteral("SELECT porter_set_login(%1, 'boss', '%2')").arg(bossId, mine));
        QVERIFY2(reset.contains(QStringLiteral("not only a manager's")), qPrintable(reset));
        const QString closed = sqlAs(QStringLiteral("olive"), kOwnerPassword,
                                     QStringLiteral("SELECT porter_close_login(%1)").arg(bossId));
        QVERIFY2(closed.contains(QStringLiteral("not only a manager's")), qPrintable(closed));
        QCOMPARE(sql(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'boss'")), before);
        QCOMPARE(sql(QStringLiteral("SELECT rolcanlogin FROM pg_authid WHERE rolname = 'boss'")),
                 QStringLiteral("t"));
        QVERIFY(!sql(QStringLiteral("DELETE FROM manager WHERE db_role = 'boss'; DROP ROLE boss")).isNull());

        // No special attribute, but a member of another role too (here one that reads every table of
        // every database): still more than a manager's login.
        QVERIFY(
            !sql(QStringLiteral("CREATE ROLE bob LOGIN PASSWORD 'bob password 123' IN ROLE "
                                "porter_managers_logins, pg_read_all_data; "
                                "INSERT INTO manager (portfolio_id, email, name, role, key_management, "
                                "password_hash, created_at, db_role) VALUES (1, 'bob@harbor.test', 'Bob', "
                                "'property', 'none', '', 0, 'bob')"))
                 .isNull());
        const QString bobId = sql(QStringLiteral("SELECT id FROM manager WHERE db_role = 'bob'"));
        const QString bobBefore =
            sql(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'bob'"));
        const QString bobReset =
            sqlAs(QStringLiteral("olive"), kOwnerPassword,
                  QStringLiteral("SELECT porter_set_login(%1, 'bob', '%2')").arg(bobId, mine));
        QVERIFY2(bobReset.contains(QStringLiteral("not only a manager's")), qPrintable(bobReset));
        QCOMPARE(sql(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'bob'")), bobBefore);
        QVERIFY(!sql(QStringLiteral("DELETE FROM manager WHERE db_role = 'bob'; DROP ROLE bob")).isNull());
    }

    // A reset changes the login's password; removing Dana closes her login; adding her again opens it.
    void resetRemoveAndAddAgainFollowTheLogin()
    {
        const Run reset = olive({QStringLiteral("manager"), QStringLiteral("edit"), QString::number(m_dana),
                                 QStringLiteral("--reset-password")},
                                kDanaNewPassword);
        QVERIFY2(reset.code == 0, qPrintable(reset.show()));
        const QStringList list{QStringLiteral("people"), QStringLiteral("--property"),
                               QString::number(m_maple)};
        QCOMPARE(dana(list).code, 1);
        const Run withNew = dana(list, kDanaNewPassword);
        QVERIFY2(withNew.code == 0, qPrintable(withNew.show()));

        const Run removed =
            olive({QStringLiteral("manager"), QStringLiteral("remove"), QString::number(m_dana)});
        QVERIFY2(removed.code == 0, qPrintable(removed.show()));
        const Run closed = dana(list, kDanaNewPassword);
        QCOMPARE(closed.code, 1);
        QVERIFY2(closed.err.contains(QStringLiteral("may no longer connect")), qPrintable(closed.show()));

        const Run again =
            olive({QStringLiteral("manager"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Dana"), QStringLiteral("--email"), kDanaEmail, QStringLiteral("--role"),
                   QStringLiteral("property"), QStringLiteral("--properties"), QString::number(m_maple),
                   QStringLiteral("--key-management"), QStringLiteral("full"), QStringLiteral("--db-role"),
                   QStringLiteral("dana")},
                  kDanaPassword);
        QVERIFY2(again.code == 0, qPrintable(again.show()));
        const Run back = dana(list);
        QVERIFY2(back.code == 0, qPrintable(back.show()));
        QVERIFY2(back.out.contains(QStringLiteral("ann@example.com")), qPrintable(back.show()));
    }

    // Names the server would refuse, or that are someone else's, are refused first, and clearly.
    void badAndTakenLoginsAreRefused()
    {
        const auto add = [&](const QString &email, const QString &login) {
            return olive({QStringLiteral("manager"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Someone"), QStringLiteral("--email"), email,
                          QStringLiteral("--role"), QStringLiteral("property"),
                          QStringLiteral("--properties"), QString::number(m_birch),
                          QStringLiteral("--db-role"), login},
                         QStringLiteral("a good long password"));
        };
        const Run bad =
            add(QStringLiteral("s1@harbor.test"), QStringLiteral("Robert'); DROP TABLE person;--"));
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("cannot be a login")), qPrintable(bad.show()));
        const Run system = add(QStringLiteral("s2@harbor.test"), QStringLiteral("pg_monitor"));
        QCOMPARE(system.code, 1);
        QVERIFY2(system.err.contains(QStringLiteral("cannot be a login")), qPrintable(system.show()));
        const Run taken = add(QStringLiteral("s3@harbor.test"), QStringLiteral("eve")); // made above
        QCOMPARE(taken.code, 1);
        QVERIFY2(taken.err.contains(QStringLiteral("already has a login named")), qPrintable(taken.show()));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM manager WHERE email LIKE 's_@harbor.test'")),
                 QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM person")), QStringLiteral("1"));

        // A file portfolio has no logins.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.sqlite"));
        auto *p = new QProcess;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("PORTER_PASSWORD"), kOwnerPassword);
        p->setProcessEnvironment(e);
        p->start(porter::test::binary(QStringLiteral("porterctl")),
                 {QStringLiteral("--db"), file, QStringLiteral("init"), QStringLiteral("--portfolio"),
                  QStringLiteral("P"), QStringLiteral("--name"), QStringLiteral("O"),
                  QStringLiteral("--email"), kOwnerEmail, QStringLiteral("--db-role"),
                  QStringLiteral("olive")});
        p->closeWriteChannel();
        const Run onFile = porter::test::finishRun(p);
        QCOMPARE(onFile.code, 1);
        QVERIFY2(onFile.err.contains(QStringLiteral("Only a portfolio on a PostgreSQL server has logins")),
                 qPrintable(onFile.show()));
    }
};

QTEST_GUILESS_MAIN(TestPgLogins)
#include "tst_pglogins.moc"

// `porterctl migrate --from FILE.sqlite --to postgresql://...` through the real binary
// (docs/design/shared-portfolio.md, section 6): the demo portfolio (managers, people, guests,
// activity, door journals) moves to a server database; every table has the file's rows there, and
// porterctl on the server shows the same people and activity as on the file. A second move into the
// same database is refused. A server that changes what it is given (a trigger planted by the test)
// fails the row-for-row comparison, and nothing of the move stays.
#include "pgserver.h"
#include "run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using porter::test::PgServer;
using porter::test::Run;

class TestPgMigrate : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_dir;
    QString m_file;
    QString m_email, m_password;
    qint64 m_property = 0;

    Run ctl(const QStringList &args, const QString &password = {}) const
    {
        auto *p = new QProcess;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        if (!password.isEmpty())
            e.insert(QStringLiteral("PORTER_PASSWORD"), password);
        p->setProcessEnvironment(e);
        p->start(porter::test::binary(QStringLiteral("porterctl")), args);
        p->closeWriteChannel();
        return porter::test::finishRun(p);
    }
    Run migrate(const QString &database) const
    {
        return ctl({QStringLiteral("migrate"), QStringLiteral("--from"), m_file, QStringLiteral("--to"),
                    m_server.address(database), QStringLiteral("--json")});
    }
    // What a manager sees: the People list (with expired people) and the activity, as JSON.
    QString seen(const QString &db) const
    {
        const QString property = QString::number(m_property);
        const Run people = ctl({QStringLiteral("--db"), db, QStringLiteral("--as"), m_email,
                                QStringLiteral("people"), QStringLiteral("--property"), property,
                                QStringLiteral("--show-expired"), QStringLiteral("--json")},
                               m_password);
        const Run activity =
            ctl({QStringLiteral("--db"), db, QStringLiteral("--as"), m_email, QStringLiteral("activity"),
                 QStringLiteral("--property"), property, QStringLiteral("--limit"), QStringLiteral("1000"),
                 QStringLiteral("--json")},
                m_password);
        if (people.code != 0 || activity.code != 0)
            return people.show() + activity.show();
        return people.out + activity.out;
    }
    // The rows of every Porter table in a SQLite file, counted (read with Qt's SQLite driver).
    static QMap<QString, qint64> countsInFile(const QString &file)
    {
        QMap<QString, qint64> out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("file"));
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                qFatal("cannot open %s", qPrintable(file));
            QSqlQuery tables(db);
            tables.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &t : names) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t));
                q.next();
                out.insert(t, q.value(0).toLongLong());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("file"));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.exportSuperuserPassword(m_dir.path()));
        m_file = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo =
            ctl({QStringLiteral("demo"), QStringLiteral("--db"), m_file, QStringLiteral("--json")});
        QVERIFY2(demo.code == 0, qPrintable(demo.show()));
        const QJsonObject o = QJsonDocument::fromJson(demo.out.toUtf8()).object();
        m_email = o.value(QStringLiteral("email")).toString();
        m_password = o.value(QStringLiteral("password")).toString();
        m_property = o.value(QStringLiteral("propertyId")).toInteger();
        QVERIFY(!m_email.isEmpty() && m_property > 0);
    }

    void movesEveryRowAndShowsTheSame()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("harbor")));
        const QByteArray before = [&] {
            QFile f(m_file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const Run moved = migrate(QStringLiteral("harbor"));
        QVERIFY2(moved.code == 0, qPrintable(moved.show()));
        const QJsonObject report = QJsonDocument::fromJson(moved.out.toUtf8()).object();
        QVERIFY(report.value(QStringLiteral("compared")).toBool());
        const QMap<QString, qint64> file = countsInFile(m_file);
        const QJsonObject tables = report.value(QStringLiteral("tables")).toObject();
        QCOMPARE(tables.size(), file.size());
        for (auto it = file.cbegin(); it != file.cend(); ++it) {
            QCOMPARE(tables.value(it.key()).toInteger(), it.value());
            QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM %1").arg(it.key()),
                                   QStringLiteral("harbor")),
                     QString::number(it.value()));
        }
        QVERIFY(file.value(QStringLiteral("person")) >= 25 && file.value(QStringLiteral("activity")) > 0);
        // The file is as it was.
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        // A manager sees the same portfolio on the server as in the file, and can go on working there.
        const QString onFile = seen(m_file);
        QVERIFY2(onFile.contains(QStringLiteral("\"total\"")), qPrintable(onFile));
        QCOMPARE(seen(m_server.address(QStringLiteral("harbor"))), onFile);
        const Run more =
            ctl({QStringLiteral("--db"), m_server.address(QStringLiteral("harbor")), QStringLiteral("--as"),
                 m_email, QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("After the move"), QStringLiteral("--tz"), QStringLiteral("UTC"),
                 QStringLiteral("--json")},
                m_password);
        QVERIFY2(more.code == 0, qPrintable(more.show()));
        // New ids continue after the copied ones.
        const qint64 newId =
            QJsonDocument::fromJson(more.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
        QVERIFY(newId >
                m_server
                    .psql(QStringLiteral("SELECT max(id) FROM property WHERE name <> 'After the move'"),
                          QStringLiteral("harbor"))
                    .toLongLong());
    }

    void neverIntoAPortfolio()
    {
        const QString before =
            m_server.psql(QStringLiteral("SELECT count(*) FROM person"), QStringLiteral("harbor"));
        const Run again = migrate(QStringLiteral("harbor"));
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already holds a portfolio")), qPrintable(again.show()));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM person"), QStringLiteral("harbor")),
                 before);
    }

    void aDifferenceOnTheServerKeepsNothing()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("tampered")));
        QVERIFY2(migrate(QStringLiteral("tampered")).code == 0, "first move");
        // Empty again, schema kept; then a server that alters what it stores.
        QVERIFY(
            !m_server
                 .psql(QStringLiteral("TRUNCATE portfolio, property, manager, door, access_key, key_door, "
                                      "manager_property, manager_key, person, access_grant, guest_share, "
                                      "keycard, activity, outbox, door_change, installation, secret, "
                                      "property_key, door_alarm, mail_settings, manager_device_key, "
                                      "secret_wrap, property_key_step, portfolio_scope; "
                                      "CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS "
                                      "$$ BEGIN NEW.last_name := upper(NEW.last_name); RETURN NEW; END $$; "
                                      "CREATE TRIGGER shout BEFORE INSERT ON person FOR EACH ROW "
                                      "EXECUTE FUNCTION shout()"),
                       QStringLiteral("tampered"))
                 .isNull());
        const Run moved = migrate(QStringLiteral("tampered"));
        QCOMPARE(moved.code, 1);
        QVERIFY2(moved.err.contains(QStringLiteral("table person")), qPrintable(moved.show()));
        QVERIFY2(moved.err.contains(QStringLiteral("Nothing was kept")), qPrintable(moved.show()));
        for (const char *t : {"portfolio", "person", "activity"})
            QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t)),
                                   QStringLiteral("tampered")),
                     QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestPgMigrate)
#include "tst_pgmigrate.moc"

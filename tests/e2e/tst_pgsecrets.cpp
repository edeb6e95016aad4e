// Door secrets on a shared portfolio (docs/design/shared-portfolio.md, section 5), through the real
// porterctl and porter-door on a real PostgreSQL server, each manager on a computer of their own (a
// HOME and a key folder each):
// - a laptop's portfolio with a commissioned door moves to the server; at its manager's first sign-in
//   there, the secrets sealed with the laptop's key become copies wrapped for her device key, and the
//   server keeps no sealed property secret;
// - a Property Manager with Device Management cannot sync until a holder gives her the secrets, and the
//   holder must name her key (a wrong fingerprint is refused); then her sync is accepted by the door,
//   which only takes lists signed with the property's key;
// - a manager without Device Management is given nothing, and the attacks her own login can try with
//   psql (registering a key for a colleague, wrapping a secret for herself, sealing one the old way,
//   dropping a colleague's key) are refused;
// - the server's superuser reads everything (pg_dump), and neither the signing key nor the doorcode
//   secret is in it;
// - removing the holder withdraws her copies and rotates the doorcode secret; the door needs a sync,
//   and the next sync gives it the new secret;
// - a holder who puts in a signing key only she holds (a step she signs with the key she was given,
//   through the server's own function) stops her colleagues' syncs, but not her removal: the key is
//   reset, and the door, reset on site and commissioned again, trusts only the new key.
#include "door/crypto.h"
#include "door/door.h"
#include "doorserver.h"
#include "pgserver.h"
#include "run.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/location.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using porter::test::DoorServer;
using porter::test::PgServer;
using porter::test::Run;

namespace {
const QString kDb = QStringLiteral("secrets");
const QString kOlive = QStringLiteral("olive@harbor.test");
const QString kOlivePassword = QStringLiteral("olive's long secret 1");
const QString kDanaPassword = QStringLiteral("dana's long secret 2");
const QString kErinPassword = QStringLiteral("erin's long secret 3");
const QString kGwenPassword = QStringLiteral("gwen's long secret 4");

QJsonObject objectOf(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}
} // namespace

class TestPgSecrets : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_dir;
    QString m_file, m_lobbyState, m_noPasswords;
    qint64 m_maple = 0, m_lobby = 0, m_key = 0, m_olive = 0, m_dana = 0, m_erin = 0;
    DoorServer m_door;

    // One computer per manager: its HOME and its key folder.
    QProcessEnvironment computer(const QString &who, const QString &password) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("PGPASSWORD"));
        e.remove(QStringLiteral("PORTER_AS"));
        e.insert(QStringLiteral("HOME"), m_dir.filePath(who));
        e.insert(QStringLiteral("PORTER_KEY_DIR"), m_dir.filePath(who + QStringLiteral("/keys")));
        e.insert(QStringLiteral("PORTER_KEYCHAIN"), QStringLiteral("0"));
        e.insert(QStringLiteral("PORTER_PASSWORD"), password);
        return e;
    }
    // porterctl (or another of Porter's programs) with this environment.
    Run ctlWith(const QProcessEnvironment &e, const QStringList &args,
                const QString &program = QStringLiteral("porterctl")) const
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(e);
        p->start(porter::test::binary(program), args);
        p->closeWriteChannel();
        return porter::test::finishRun(p);
    }
    // A manager on the server with their own login, from their own computer.
    Run as(const QString &login, const QString &password, const QStringList &args) const
    {
        QProcessEnvironment e = computer(login, password);
        e.insert(QStringLiteral("PGPASSFILE"), m_noPasswords);
        return ctlWith(e, QStringList{QStringLiteral("--db"), m_server.address(kDb, login)} << args);
    }
    Run olive(const QStringList &args) const { return as(QStringLiteral("olive"), kOlivePassword, args); }
    Run dana(const QStringList &args) const { return as(QStringLiteral("dana"), kDanaPassword, args); }
    Run erin(const QStringList &args) const { return as(QStringLiteral("erin"), kErinPassword, args); }
    QString sql(const QString &query) { return m_server.psql(query, kDb); }
    QString sqlAs(const QString &login, const QString &password, const QString &query)
    {
        const QString out = m_server.psql(query, kDb, login, password);
        return out.isNull() ? QStringLiteral("refused: ") + m_server.error() : out;
    }
    Run syncLobby(const QString &login, const QString &password)
    {
        return as(login, password,
                  {QStringLiteral("door"), QStringLiteral("sync"), QString::number(m_lobby),
                   QStringLiteral("--tcp"), m_door.address(), QStringLiteral("--json")});
    }
    // Olive adds a Property Manager of Maple Court with full Key Management and their own login.
    qint64 addManager(const QString &name, const QString &login, const QString &password, bool devices) const
    {
        QProcessEnvironment e = computer(QStringLiteral("olive"), kOlivePassword);
        e.insert(QStringLiteral("PGPASSFILE"), m_noPasswords);
        e.insert(QStringLiteral("PORTER_NEW_PASSWORD"), password);
        QStringList args{QStringLiteral("--db"),
                         m_server.address(kDb, QStringLiteral("olive")),
                         QStringLiteral("manager"),
                         QStringLiteral("add"),
                         QStringLiteral("--name"),
                         name,
                         QStringLiteral("--email"),
                         login + QStringLiteral("@harbor.test"),
                         QStringLiteral("--role"),
                         QStringLiteral("property"),
                         QStringLiteral("--properties"),
                         QString::number(m_maple),
                         QStringLiteral("--key-management"),
                         QStringLiteral("full"),
                         QStringLiteral("--db-role"),
                         login,
                         QStringLiteral("--json")};
        if (devices)
            args << QStringLiteral("--device-management");
        const Run r = ctlWith(e, args);
        if (r.code != 0)
            qWarning("%s", qPrintable(r.show()));
        return objectOf(r).value(QStringLiteral("id")).toInteger();
    }
    QJsonObject holderOf(const Run &secrets, qint64 managerId)
    {
        for (const QJsonValue &v : objectOf(secrets).value(QStringLiteral("managers")).toArray())
            if (v.toObject().value(QStringLiteral("managerId")).toInteger() == managerId)
                return v.toObject();
        return {};
    }
    static QList<qint64> ids(const QJsonValue &v)
    {
        QList<qint64> out;
        for (const QJsonValue &each : v.toArray())
            out << each.toInteger();
        return out;
    }
    // The door secrets as Olive's Porter opens them (her login, her key folder), to look for them in
    // what the database's administrator can read.
    QList<QByteArray> secretsAsOlive() { return secretsAs(QStringLiteral("olive"), kOlivePassword, m_olive); }
    QList<QByteArray> secretsAs(const QString &login, const QString &password, qint64 managerId)
    {
        auto location = porter::DatabaseLocation::parse(m_server.address(kDb, login));
        if (!location.ok())
            return {};
        const QByteArray adminPasswords = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", m_noPasswords.toUtf8());
        auto db = porter::Database::openServer(*location, password, false);
        qputenv("PGPASSFILE", adminPasswords);
        if (!db.ok()) {
            qWarning("%s", qPrintable(db.error().message));
            return {};
        }
        porter::FileKeyProvider keys(m_dir.filePath(login + QStringLiteral("/keys")));
        porter::SecretStore store(**db, keys);
        QList<QByteArray> out;
        if (!store.setHolder(managerId).ok())
            return {};
        auto seed = store.get(porter::SecretStore::propertySigningKey(m_maple));
        auto code = store.doorcodeSecret(m_maple);
        if (!seed.ok() || !code.ok()) {
            qWarning("%s %s", qPrintable(seed.ok() ? QString() : seed.error().message),
                     qPrintable(code.ok() ? QString() : code.error().message));
            return {};
        }
        out << *seed << code->secret;
        return out;
    }
    QByteArray dumpAsSuperuser()
    {
        QProcess dump;
        dump.start(PgServer::binDir() + QStringLiteral("/pg_dump"),
                   {QStringLiteral("-h"), m_server.socketDir(), QStringLiteral("-p"),
                    QString::number(m_server.port()), QStringLiteral("-U"), PgServer::superuser(),
                    QStringLiteral("--no-password"), kDb});
        if (!dump.waitForFinished(60000) || dump.exitCode() != 0) {
            qWarning("pg_dump: %s", dump.readAllStandardError().constData());
            return {};
        }
        return dump.readAllStandardOutput();
    }

    // On site after a reset: the lobby door is reset, its install button pressed, and Olive commissions it
    // again from her laptop, then syncs it.
    void recommissionLobby()
    {
        const QProcessEnvironment laptop = computer(QStringLiteral("olive"), kOlivePassword);
        const auto door = [&](const QStringList &args) {
            return ctlWith(laptop, args, QStringLiteral("porter-door"));
        };
        QCOMPARE(porter::test::stopDoor(m_door), 0);
        QCOMPARE(door({QStringLiteral("reset"), QStringLiteral("--state"), m_lobbyState}).code, 0);
        m_door = porter::test::serveDoor(m_lobbyState, laptop);
        QVERIFY(m_door.port != 0);
        QCOMPARE(door({QStringLiteral("install"), QStringLiteral("--state"), m_lobbyState}).code, 0);
        QProcessEnvironment atDoor = laptop;
        atDoor.insert(QStringLiteral("PGPASSFILE"), m_noPasswords);
        Run r = porter::test::porterctlAtDoor(
            {QStringLiteral("--db"), m_server.address(kDb, QStringLiteral("olive")), QStringLiteral("door"),
             QStringLiteral("commission"), QString::number(m_lobby), QStringLiteral("--tcp"),
             m_door.address(), QStringLiteral("--yes"), QStringLiteral("--replace"),
             QStringLiteral("--json")},
            atDoor, m_door, m_lobbyState);
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        r = syncLobby(QStringLiteral("olive"), kOlivePassword);
        QVERIFY2(r.code == 0, qPrintable(r.show()));
    }
    QString keyEpoch()
    {
        return sql(QStringLiteral("SELECT key_epoch FROM property_key WHERE property_id = %1").arg(m_maple));
    }
    // A manager's laptop is lost: a new one has a new key, which they register (their copies go with the
    // old key, but for the last copy of a signing key, which nobody can open now).
    void newLaptop(const QString &login, const QString &password)
    {
        QVERIFY(QDir(m_dir.filePath(login + QStringLiteral("/keys"))).removeRecursively());
        const Run r = as(login, password, {QStringLiteral("secrets"), QStringLiteral("replace-key")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.exportSuperuserPassword(m_dir.path()));
        m_noPasswords = PgServer::emptyPasswordFile(m_dir.path());
        QVERIFY(!m_noPasswords.isEmpty());
        for (const char *who : {"olive", "dana", "erin"})
            QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(who)));
    }

    // Olive's laptop: a portfolio in a file, its lobby door commissioned over TCP; then moved to the
    // server, where her first sign-in wraps the laptop's sealed secrets for her device key.
    void aLaptopsPortfolioMovesWithItsSecrets()
    {
        m_file = m_dir.filePath(QStringLiteral("olive/harbor.sqlite"));
        const QProcessEnvironment laptop = computer(QStringLiteral("olive"), kOlivePassword);
        const auto onFile = [&](const QStringList &args) {
            return ctlWith(laptop, QStringList{QStringLiteral("--db"), m_file, QStringLiteral("--as"), kOlive}
                                       << args);
        };
        Run r = onFile({QStringLiteral("init"), QStringLiteral("--portfolio"), QStringLiteral("Harbor"),
                        QStringLiteral("--name"), QStringLiteral("Olive Owner"), QStringLiteral("--email"),
                        kOlive});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        r = onFile({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("Maple Court"), QStringLiteral("--tz"), QStringLiteral("America/New_York"),
                    QStringLiteral("--json")});
        m_maple = objectOf(r).value(QStringLiteral("id")).toInteger();
        QVERIFY2(m_maple > 0, qPrintable(r.show()));
        r = onFile({QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"),
                    QString::number(m_maple), QStringLiteral("--name"), QStringLiteral("Lobby"),
                    QStringLiteral("--type"), QStringLiteral("building-entrance"), QStringLiteral("--json")});
        m_lobby = objectOf(r).value(QStringLiteral("id")).toInteger();
        QVERIFY2(m_lobby > 0, qPrintable(r.show()));
        r = onFile({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                    QString::number(m_maple), QStringLiteral("--name"), QStringLiteral("Residents"),
                    QStringLiteral("--doors"), QString::number(m_lobby), QStringLiteral("--json")});
        m_key = objectOf(r).value(QStringLiteral("id")).toInteger();
        QVERIFY2(m_key > 0, qPrintable(r.show()));

        m_lobbyState = m_dir.filePath(QStringLiteral("lobby-door"));
        const auto door = [&](const QStringList &args) {
            return ctlWith(laptop, args, QStringLiteral("porter-door"));
        };
        QCOMPARE(door({QStringLiteral("init"), QStringLiteral("--state"), m_lobbyState}).code, 0);
        m_door = porter::test::serveDoor(m_lobbyState, laptop);
        QVERIFY(m_door.port != 0);
        QCOMPARE(door({QStringLiteral("install"), QStringLiteral("--state"), m_lobbyState}).code, 0);
        r = porter::test::porterctlAtDoor(
            {QStringLiteral("--db"), m_file, QStringLiteral("--as"), kOlive, QStringLiteral("door"),
             QStringLiteral("commission"), QString::number(m_lobby), QStringLiteral("--tcp"),
             m_door.address(), QStringLiteral("--yes"), QStringLiteral("--json")},
            laptop, m_door, m_lobbyState);
        QVERIFY2(r.code == 0, qPrintable(r.show()));

        // The move, by the server's administrator (PGPASSFILE has the superuser's password).
        QVERIFY(m_server.createDatabase(kDb));
        r = ctlWith(laptop, {QStringLiteral("migrate"), QStringLiteral("--from"), m_file,
                             QStringLiteral("--to"), m_server.address(kDb), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM secret WHERE name LIKE 'property/%'")),
                 QStringLiteral("2"));
        m_olive = sql(QStringLiteral("SELECT id FROM manager WHERE email = '%1'").arg(kOlive)).toLongLong();

        // Her first sign-in on the server, from her laptop: the administrator's connection, as her, gives
        // her the login she uses from now on.
        QProcessEnvironment admin = laptop;
        admin.insert(QStringLiteral("PORTER_NEW_PASSWORD"), kOlivePassword);
        r = ctlWith(admin, {QStringLiteral("--db"), m_server.address(kDb), QStringLiteral("--as"), kOlive,
                            QStringLiteral("manager"), QStringLiteral("edit"), QString::number(m_olive),
                            QStringLiteral("--db-role"), QStringLiteral("olive"),
                            QStringLiteral("--reset-password")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM secret WHERE name LIKE 'property/%'")),
                 QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral(
                     "SELECT string_agg(name || '>' || manager_id, ',' ORDER BY name) FROM secret_wrap")),
                 QStringLiteral("property/%1/doorcode>%2,property/%1/signing>%2").arg(m_maple).arg(m_olive));

        // The door, which only takes lists signed with the property's key, takes Olive's from the server.
        r = syncLobby(QStringLiteral("olive"), kOlivePassword);
        QVERIFY2(r.code == 0, qPrintable(r.show()));
    }

    // Dana: Device Management on Maple Court; Erin: keys only. Dana waits for the secrets until Olive,
    // checking Dana's key, gives them.
    void aHolderGivesTheSecretsToAKeySheChecked()
    {
        m_dana = addManager(QStringLiteral("Dana"), QStringLiteral("dana"), kDanaPassword, true);
        m_erin = addManager(QStringLiteral("Erin"), QStringLiteral("erin"), kErinPassword, false);
        QVERIFY(m_dana > 0 && m_erin > 0);

        // Before her first sign-in Dana has no key; she is waiting for Maple Court. Erin holds nothing
        // and waits for nothing.
        Run r = olive({QStringLiteral("secrets"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QVERIFY(!holderOf(r, m_dana).value(QStringLiteral("hasKey")).toBool());
        QCOMPARE(ids(holderOf(r, m_dana).value(QStringLiteral("waiting"))), QList<qint64>{m_maple});
        QCOMPARE(ids(holderOf(r, m_olive).value(QStringLiteral("holds"))), QList<qint64>{m_maple});
        QVERIFY(ids(holderOf(r, m_erin).value(QStringLiteral("waiting"))).isEmpty());
        QVERIFY(ids(holderOf(r, m_erin).value(QStringLiteral("holds"))).isEmpty());

        // Dana signs in (her key is made on her computer and registered) and cannot sync yet.
        r = syncLobby(QStringLiteral("dana"), kDanaPassword);
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("do not hold the door secrets")),
                 qPrintable(r.show()));
        r = dana({QStringLiteral("secrets"), QStringLiteral("key"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        const QString danaKey = objectOf(r).value(QStringLiteral("thisComputer")).toString();
        QCOMPARE(objectOf(r).value(QStringLiteral("registered")).toString(), danaKey);
        QCOMPARE(danaKey.size(), 29); // six groups of four

        // A key that is not the one Dana reads out is refused; too little of it too.
        r = olive({QStringLiteral("secrets"), QStringLiteral("give"), QString::number(m_dana),
                   QStringLiteral("--fingerprint"), QStringLiteral("0000 0000 0000 0000 0000 0000")});
        // Refused without saying the registered key (which a hurried giver would copy back).
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("is not the key registered for Dana")) &&
                     !r.err.contains(danaKey.left(9)),
                 qPrintable(r.show()));
        r = olive({QStringLiteral("secrets"), QStringLiteral("give"), QString::number(m_dana),
                   QStringLiteral("--fingerprint"), danaKey.left(19)});
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("all six groups")), qPrintable(r.show()));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM secret_wrap WHERE manager_id = %1").arg(m_dana)),
                 QStringLiteral("0"));
        // Erin, without Device Management, gives nothing, even to herself.
        r = erin({QStringLiteral("secrets"), QStringLiteral("give"), QString::number(m_erin),
                  QStringLiteral("--fingerprint"), danaKey});
        QVERIFY2(r.code != 0, qPrintable(r.show()));

        r = olive({QStringLiteral("secrets"), QStringLiteral("give"), QString::number(m_dana),
                   QStringLiteral("--fingerprint"), danaKey.toLower(), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && objectOf(r).value(QStringLiteral("properties")).toInt() == 1,
                 qPrintable(r.show()));
        r = olive({QStringLiteral("secrets"), QStringLiteral("--json")});
        QCOMPARE(ids(holderOf(r, m_dana).value(QStringLiteral("holds"))), QList<qint64>{m_maple});
        QVERIFY(holderOf(r, m_dana).value(QStringLiteral("hasKey")).toBool());
        QVERIFY2(!r.out.contains(danaKey.left(9)), qPrintable(r.out)); // lists never show a key

        // Dana's list is accepted by the door: she opened the real signing key with her own key.
        r = olive({QStringLiteral("invite"), QStringLiteral("--property"), QString::number(m_maple),
                   QStringLiteral("--method"), QStringLiteral("app"), QStringLiteral("--first"),
                   QStringLiteral("Ana"), QStringLiteral("--email"), QStringLiteral("ana@harbor.test"),
                   QStringLiteral("--keys"), QString::number(m_key), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        r = syncLobby(QStringLiteral("dana"), kDanaPassword);
        QVERIFY2(r.code == 0 && objectOf(r).value(QStringLiteral("versionRecorded")).toBool(),
                 qPrintable(r.show()));
    }

    // What Erin's own login can try outside Porter, with psql.
    void aManagersLoginCannotTakeTheSecrets()
    {
        const QString erinKey =
            QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(QByteArray(32, 'e').toHex()));
        // Register a key in Dana's name.
        QVERIFY(
            sqlAs(
                QStringLiteral("erin"), kErinPassword,
                QStringLiteral("INSERT INTO manager_device_key VALUES (%1, %2, 0)").arg(m_dana).arg(erinKey))
                .contains(QStringLiteral("row-level security")));
        // Drop Dana's key (and with it what was given to her): nothing is dropped.
        sqlAs(QStringLiteral("erin"), kErinPassword,
              QStringLiteral("DELETE FROM manager_device_key WHERE manager_id = %1").arg(m_dana));
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM manager_device_key WHERE manager_id = %1").arg(m_dana)),
            QStringLiteral("1"));
        // Wrap a secret for herself (she is no holder), or copy Olive's copy under her own name.
        const QString erinRegistered = sqlAs(QStringLiteral("erin"), kErinPassword,
                                             QStringLiteral("SELECT count(*) FROM manager_device_key WHERE "
                                                            "manager_id = %1")
                                                 .arg(m_erin));
        QCOMPARE(erinRegistered, QStringLiteral("1")); // her own sign-in registered her key
        QVERIFY(
            sqlAs(QStringLiteral("erin"), kErinPassword,
                  QStringLiteral("INSERT INTO secret_wrap (name, manager_id, property_id, recipient_key, "
                                 "ephemeral_public, nonce, ciphertext, endorsement, secret_signature, "
                                 "wrapped_by, created_at) SELECT name, %1, property_id, "
                                 "(SELECT public_key FROM manager_device_key WHERE manager_id = %1), "
                                 "ephemeral_public, nonce, ciphertext, endorsement, secret_signature, %1, 0 "
                                 "FROM secret_wrap WHERE manager_id = %2")
                      .arg(m_erin)
                      .arg(m_olive))
                .contains(QStringLiteral("row-level security")));
        // Change a holder's copy, or seal a property secret the old way.
        QVERIFY(sqlAs(QStringLiteral("erin"), kErinPassword,
                      QStringLiteral("UPDATE secret_wrap SET manager_id = %1").arg(m_erin))
                    .contains(QStringLiteral("permission denied for table secret_wrap")));
        QVERIFY(sqlAs(QStringLiteral("erin"), kErinPassword,
                      QStringLiteral("INSERT INTO secret VALUES ('property/%1/signing', '\\x00'::bytea, "
                                     "'\\x00'::bytea, 0)")
                          .arg(m_maple))
                    .contains(QStringLiteral("row-level security")));
        // Withdraw Dana's copies (only a holder does): nothing is withdrawn.
        sqlAs(QStringLiteral("erin"), kErinPassword,
              QStringLiteral("DELETE FROM secret_wrap WHERE manager_id = %1").arg(m_dana));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM secret_wrap WHERE manager_id = %1").arg(m_dana)),
                 QStringLiteral("2"));
        // Give the lobby another identity (a fake door of hers would then be handed the doorcode
        // secret by the next holder who syncs it): only a manager who commissions doors may.
        const QString identity = sqlAs(
            QStringLiteral("erin"), kErinPassword,
            QStringLiteral("UPDATE door SET identity_key = %1 WHERE id = %2").arg(erinKey).arg(m_lobby));
        QVERIFY2(identity.contains(QStringLiteral("Device Management")), qPrintable(identity));
        // And Porter, as Erin, opens nothing.
        const Run r = erin({QStringLiteral("door"), QStringLiteral("sync"), QString::number(m_lobby),
                            QStringLiteral("--tcp"), m_door.address()});
        QVERIFY2(r.code != 0, qPrintable(r.show()));
    }

    // Everything the server's superuser can read, searched for the secrets themselves.
    void theAdministratorReadsNoSecret()
    {
        const QList<QByteArray> secrets = secretsAsOlive();
        QCOMPARE(secrets.size(), 2);
        const QByteArray dump = dumpAsSuperuser();
        QVERIFY(dump.size() > 10000);
        QVERIFY(dump.contains("secret_wrap")); // the copies are in what was read
        for (const QByteArray &s : secrets) {
            QCOMPARE(s.size(), 32);
            QVERIFY(!dump.contains(s));
            QVERIFY(!dump.contains(s.toHex()));
            QVERIFY(!dump.contains(s.toBase64()));
        }
    }

    // Removing Dana withdraws her copies and rotates the doorcode secret; the door needs a sync, and
    // the next one gives it the new secret.
    // What Dana, a holder, can try with psql: withdraw Olive's copies, file a copy under another
    // property's name. Both refused.
    void aHolderCannotTakeAnothersCopies()
    {
        const QString olivesCopies =
            QStringLiteral("SELECT count(*) FROM secret_wrap WHERE manager_id = %1").arg(m_olive);
        QCOMPARE(sql(olivesCopies), QStringLiteral("2"));
        sqlAs(QStringLiteral("dana"), kDanaPassword,
              QStringLiteral("DELETE FROM secret_wrap WHERE manager_id = %1").arg(m_olive));
        QCOMPARE(sql(olivesCopies), QStringLiteral("2"));
        const QString refiled = sqlAs(
            QStringLiteral("dana"), kDanaPassword,
            QStringLiteral("INSERT INTO secret_wrap (name, manager_id, property_id, recipient_key, "
                           "ephemeral_public, nonce, ciphertext, endorsement, secret_signature, wrapped_by, "
                           "created_at) SELECT 'property/9999/doorcode', manager_id, property_id, "
                           "recipient_key, ephemeral_public, nonce, ciphertext, endorsement, "
                           "secret_signature, %1, 0 FROM secret_wrap "
                           "WHERE manager_id = %1 AND name LIKE '%/doorcode'")
                .arg(m_dana));
        QVERIFY2(refiled.contains(QStringLiteral("check constraint")), qPrintable(refiled));

        // The property's key row: its public key (the doors pinned it) and its epoch (which names the
        // secret and is what the doors are told) cannot be bent, nor the row deleted.
        const QString property = QString::number(m_maple);
        QString refused =
            sqlAs(QStringLiteral("dana"), kDanaPassword,
                  QStringLiteral("UPDATE property_key SET doorcode_epoch = -1 WHERE property_id = %1")
                      .arg(property));
        QVERIFY2(refused.startsWith(QStringLiteral("refused")), qPrintable(refused));
        refused =
            sqlAs(QStringLiteral("dana"), kDanaPassword,
                  QStringLiteral("UPDATE property_key SET public_key = '\\x00'::bytea WHERE property_id = %1")
                      .arg(property));
        QVERIFY2(refused.contains(QStringLiteral("permission denied")), qPrintable(refused));
        refused = sqlAs(QStringLiteral("dana"), kDanaPassword,
                        QStringLiteral("DELETE FROM property_key WHERE property_id = %1").arg(property));
        QVERIFY2(refused.contains(QStringLiteral("permission denied")), qPrintable(refused));
        QCOMPARE(sql(QStringLiteral("SELECT doorcode_epoch FROM property_key WHERE property_id = %1")
                         .arg(property)),
                 QStringLiteral("1"));
        // A Portfolio Manager does not demote or remove themselves outside Porter either (a departing
        // holder would escape the withdrawal).
        refused = sqlAs(QStringLiteral("olive"), kOlivePassword,
                        QStringLiteral("UPDATE manager SET role = 'property' WHERE id = %1").arg(m_olive));
        QVERIFY2(refused.contains(QStringLiteral("their own role")), qPrintable(refused));
    }

    // Dana deletes her own copies before she is removed (as a holder planning to keep the doorcode
    // secret might): her removal still withdraws what she could read and rotates it.
    void removingAHolderRotatesWhatSheCouldRead()
    {
        // Before she leaves, Dana's own login cannot plant a signing key step for the next epoch (it would
        // block every later rotation, and so her own removal) nor move the key; only the server's function
        // does both at once, for a holder. Erin (keys only) cannot mark a door as holding a newer key.
        const QString key32 = QStringLiteral("'\\x%1'::bytea").arg(QStringLiteral("64").repeated(32));
        const QString sig64 = QStringLiteral("'\\x%1'::bytea").arg(QStringLiteral("73").repeated(64));
        QString refused = sqlAs(QStringLiteral("dana"), kDanaPassword,
                                QStringLiteral("INSERT INTO property_key_step VALUES (%1, 2, %2, %3, 0)")
                                    .arg(m_maple)
                                    .arg(key32, sig64));
        QVERIFY2(refused.contains(QStringLiteral("permission denied")), qPrintable(refused));
        refused = sqlAs(
            QStringLiteral("dana"), kDanaPassword,
            QStringLiteral("UPDATE property_key SET key_epoch = 2, public_key = %2 WHERE property_id = %1")
                .arg(m_maple)
                .arg(key32));
        QVERIFY2(refused.contains(QStringLiteral("permission denied")), qPrintable(refused));
        refused = sqlAs(QStringLiteral("erin"), kErinPassword,
                        QStringLiteral("SELECT porter_rotate_signing_key(%1, 2, %2, %3, 0)")
                            .arg(m_maple)
                            .arg(key32, sig64));
        QVERIFY2(refused.startsWith(QLatin1String("refused")), qPrintable(refused));
        refused = sqlAs(QStringLiteral("erin"), kErinPassword,
                        QStringLiteral("UPDATE door SET signing_key_epoch = 99 WHERE id = %1").arg(m_lobby));
        QVERIFY2(refused.contains(QStringLiteral("Device Management")), qPrintable(refused));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM property_key_step")), QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("SELECT signing_key_epoch FROM door WHERE id = %1").arg(m_lobby)),
                 QStringLiteral("1"));
        const QString before =
            sql(QStringLiteral("SELECT doorcode_epoch FROM door WHERE id = %1").arg(m_lobby));
        QCOMPARE(sqlAs(QStringLiteral("dana"), kDanaPassword,
                       QStringLiteral("DELETE FROM secret_wrap WHERE manager_id = %1").arg(m_dana)),
                 QString()); // her own: allowed (psql prints nothing with -t)
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM secret_wrap WHERE manager_id = %1").arg(m_dana)),
                 QStringLiteral("0"));
        Run r = olive({QStringLiteral("manager"), QStringLiteral("remove"), QString::number(m_dana)});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QVERIFY2(r.out.contains(QStringLiteral("Maple Court")) && r.out.contains(QStringLiteral("rotated")),
                 qPrintable(r.show()));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM secret_wrap WHERE manager_id = %1").arg(m_dana)),
                 QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(name, ',' ORDER BY name) FROM secret_wrap")),
                 QStringLiteral("property/%1/doorcode/2,property/%1/signing").arg(m_maple));
        // The signing key moved to epoch 2 by a step the old key signed; the door still trusts the old one.
        QCOMPARE(
            sql(QStringLiteral("SELECT key_epoch FROM property_key WHERE property_id = %1").arg(m_maple)),
            QStringLiteral("2"));
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM property_key_step WHERE property_id = %1").arg(m_maple)),
            QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral(
                         "SELECT public_key = first_public_key FROM property_key WHERE property_id = %1")
                         .arg(m_maple)),
                 QStringLiteral("f"));
        r = olive({QStringLiteral("sync-tasks"), QStringLiteral("--property"), QString::number(m_maple),
                   QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("doorcode-secret")) &&
                     r.out.contains(QStringLiteral("signing-key")),
                 qPrintable(r.show()));
        QCOMPARE(before, QStringLiteral("1"));
        r = syncLobby(QStringLiteral("olive"), kOlivePassword);
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(sql(QStringLiteral("SELECT doorcode_epoch FROM door WHERE id = %1").arg(m_lobby)),
                 QStringLiteral("2"));
        QCOMPARE(sql(QStringLiteral("SELECT signing_key_epoch FROM door WHERE id = %1").arg(m_lobby)),
                 QStringLiteral("2"));
        // (The epoch is recorded only from the real door's authenticated status.)
        // A manager's own login cannot move the key back, nor to a key without its step.
        QVERIFY2(sqlAs(QStringLiteral("olive"), kOlivePassword,
                       QStringLiteral("UPDATE property_key SET public_key = first_public_key, key_epoch = 3 "
                                      "WHERE property_id = %1")
                           .arg(m_maple))
                     .startsWith(QLatin1String("refused: ")),
                 "a manager's login moved the signing key without its step");
        QCOMPARE(
            sql(QStringLiteral("SELECT key_epoch FROM property_key WHERE property_id = %1").arg(m_maple)),
            QStringLiteral("2"));
        r = olive({QStringLiteral("activity"), QStringLiteral("--property"), QString::number(m_maple),
                   QStringLiteral("--json")});
        QVERIFY2(r.out.contains(QStringLiteral("door-secrets-withdraw")) &&
                     r.out.contains(QStringLiteral("door-secrets-give")),
                 qPrintable(r.show()));
    }

    // Gwen holds the secrets and, before she leaves, puts in a signing key only she holds: she signs a step
    // to it with the key she was given and hands it to the server's function, which takes it from a holder
    // (the server cannot check an Ed25519 signature). Her colleagues' Porter no longer signs; removing her
    // cannot rotate a key nobody else holds, so the key is reset, and the door is commissioned again.
    void aHolderWhoPutsInHerOwnKeyIsRemovedWithAReset()
    {
        const qint64 gwen = addManager(QStringLiteral("Gwen"), QStringLiteral("gwen"), kGwenPassword, true);
        QVERIFY(gwen > 0);
        Run r = as(QStringLiteral("gwen"), kGwenPassword,
                   {QStringLiteral("secrets"), QStringLiteral("key"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        r = olive({QStringLiteral("secrets"), QStringLiteral("give"), QString::number(gwen),
                   QStringLiteral("--fingerprint"),
                   objectOf(r).value(QStringLiteral("thisComputer")).toString()});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        const QList<QByteArray> given = secretsAs(QStringLiteral("gwen"), kGwenPassword, gwen);
        QCOMPARE(given.size(), 2);
        const qint64 epoch =
            sql(QStringLiteral("SELECT key_epoch FROM property_key WHERE property_id = %1").arg(m_maple))
                .toLongLong();
        QVERIFY(epoch >= 2);
        const porter::door::crypto::KeyPair hers = porter::door::crypto::ed25519Generate();
        const porter::door::KeyStep step = porter::door::signKeyStep(
            porter::door::ByteView(reinterpret_cast<const std::uint8_t *>(given.first().constData()),
                                   std::size_t(given.first().size())),
            std::uint32_t(m_maple), std::uint32_t(epoch + 1), hers.publicKey);
        const auto hex = [](const porter::door::Bytes &b) {
            return QStringLiteral("'\\x%1'::bytea")
                .arg(QString::fromLatin1(
                    QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size())).toHex()));
        };
        const QString taken = sqlAs(QStringLiteral("gwen"), kGwenPassword,
                                    QStringLiteral("SELECT porter_rotate_signing_key(%1, %2, %3, %4, 0)")
                                        .arg(m_maple)
                                        .arg(epoch + 1)
                                        .arg(hex(step.publicKey), hex(step.signature)));
        // The server takes a step from a Portfolio Manager only (schema 15): her login is refused, even with
        // a step the key on record really signed.
        QVERIFY2(taken.contains(QStringLiteral("only a Portfolio Manager rotates or resets")),
                 qPrintable(taken));
        QCOMPARE(
            sql(QStringLiteral("SELECT key_epoch FROM property_key WHERE property_id = %1").arg(m_maple)),
            QString::number(epoch));
        // Who may record one (a Portfolio Manager, or the administrator, here) can still put in a key only
        // they hold: the server cannot check a signature. What follows is the same whoever did it.
        QVERIFY(!sql(QStringLiteral("SELECT porter_rotate_signing_key(%1, %2, %3, %4, 0)")
                         .arg(m_maple)
                         .arg(epoch + 1)
                         .arg(hex(step.publicKey), hex(step.signature)))
                     .isNull());
        QCOMPARE(
            sql(QStringLiteral("SELECT key_epoch FROM property_key WHERE property_id = %1").arg(m_maple)),
            QString::number(epoch + 1));

        // Olive's Porter does not sign with a key that is not the one on record, and says what to do.
        r = syncLobby(QStringLiteral("olive"), kOlivePassword);
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("is not the one you hold")),
                 qPrintable(r.show()));
        // A Property Manager with Device Management who was never given the secrets cannot reset the key to
        // one he would hold: only a Portfolio Manager resets.
        const qint64 hank = addManager(QStringLiteral("Hank"), QStringLiteral("hank"), kGwenPassword, true);
        QVERIFY(hank > 0);
        r = as(QStringLiteral("hank"), kGwenPassword,
               {QStringLiteral("property"), QStringLiteral("reset-signing-key"), QString::number(m_maple),
                QStringLiteral("--yes")});
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("Only a Portfolio Manager resets")),
                 qPrintable(r.show()));
        QCOMPARE(
            sql(QStringLiteral("SELECT key_epoch FROM property_key WHERE property_id = %1").arg(m_maple)),
            QString::number(epoch + 1));

        // Removing Gwen: nobody else holds the key on record, so it is reset, with the doorcode secret.
        r = olive({QStringLiteral("manager"), QStringLiteral("remove"), QString::number(gwen)});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("reset")) &&
                     r.out.contains(QStringLiteral("commission them again")),
                 qPrintable(r.show()));
        const qint64 resetEpoch = epoch + 2;
        QCOMPARE(
            sql(QStringLiteral("SELECT key_epoch FROM property_key WHERE property_id = %1").arg(m_maple)),
            QString::number(resetEpoch));
        QCOMPARE(
            sql(QStringLiteral("SELECT length(signature) FROM property_key_step WHERE property_id = %1 AND "
                               "epoch = %2")
                    .arg(m_maple)
                    .arg(resetEpoch)),
            QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM secret_wrap WHERE manager_id = %1").arg(gwen)),
                 QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(DISTINCT manager_id::text, ',') FROM secret_wrap")),
                 QString::number(m_olive));
        r = olive({QStringLiteral("activity"), QStringLiteral("--property"), QString::number(m_maple),
                   QStringLiteral("--json")});
        QVERIFY2(r.out.contains(QStringLiteral("signing-key-reset")), qPrintable(r.show()));

        // The door trusts Gwen's key or the one before: Porter sends it nothing and says what to do.
        r = syncLobby(QStringLiteral("olive"), kOlivePassword);
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("commission it again")), qPrintable(r.show()));
        r = olive({QStringLiteral("door"), QStringLiteral("show"), QString::number(m_lobby),
                   QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && objectOf(r).value(QStringLiteral("signingKeyReset")).toBool(),
                 qPrintable(r.show()));

        // On site: the door is reset, its install button pressed, and Olive commissions it again.
        recommissionLobby();
        if (QTest::currentTestFailed())
            return;
        const QProcessEnvironment laptop = computer(QStringLiteral("olive"), kOlivePassword);
        const auto door = [&](const QStringList &args) {
            return ctlWith(laptop, args, QStringLiteral("porter-door"));
        };
        QCOMPARE(sql(QStringLiteral("SELECT signing_key_epoch FROM door WHERE id = %1").arg(m_lobby)),
                 QString::number(resetEpoch));
        // The door holds one key: the new one, as Olive's Porter shows it (read with the door stopped).
        QCOMPARE(porter::test::stopDoor(m_door), 0);
        const Run status = door(
            {QStringLiteral("status"), QStringLiteral("--state"), m_lobbyState, QStringLiteral("--json")});
        m_door = porter::test::serveDoor(m_lobbyState, laptop);
        QVERIFY(m_door.port != 0);
        QVERIFY2(status.code == 0, qPrintable(status.show()));
        QCOMPARE(objectOf(status).value(QStringLiteral("signingKeyEpoch")).toInteger(), resetEpoch);
        r = olive({QStringLiteral("door"), QStringLiteral("show"), QString::number(m_lobby),
                   QStringLiteral("--json")});
        QVERIFY2(!objectOf(r).value(QStringLiteral("signingKeyReset")).toBool() &&
                     !objectOf(r).value(QStringLiteral("oldSigningKey")).toBool(),
                 qPrintable(r.show()));
        const QByteArray herKey(reinterpret_cast<const char *>(hers.publicKey.data()),
                                qsizetype(hers.publicKey.size()));
        QVERIFY(objectOf(status).value(QStringLiteral("signingKey")).toString() !=
                porter::SecretStore::keyFingerprint(herKey));
        QCOMPARE(objectOf(status).value(QStringLiteral("signingKey")).toString(),
                 porter::SecretStore::keyFingerprint(QByteArray::fromHex(
                     sql(QStringLiteral(
                             "SELECT encode(public_key, 'hex') FROM property_key WHERE property_id = %1")
                             .arg(m_maple))
                         .toLatin1())));
    }

    // The server's administrator writes rows directly: a key planted for a holder gets nothing from the
    // next rotation (no holder endorsed it), and a copy whose signature was changed is refused.
    void theAdministratorsRowsAreNotTrusted()
    {
        const qint64 finn = addManager(QStringLiteral("Finn"), QStringLiteral("finn"), kDanaPassword, true);
        QVERIFY(finn > 0);
        Run r = as(QStringLiteral("finn"), kDanaPassword,
                   {QStringLiteral("secrets"), QStringLiteral("key"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        const QString finnKey = objectOf(r).value(QStringLiteral("thisComputer")).toString();
        r = olive({QStringLiteral("secrets"), QStringLiteral("give"), QString::number(finn),
                   QStringLiteral("--fingerprint"), finnKey});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        // The administrator swaps Finn's registered key for one of their own.
        const QString planted =
            QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(QByteArray(32, 'p').toHex()));
        QVERIFY(!sql(QStringLiteral("UPDATE manager_device_key SET public_key = %1 WHERE manager_id = %2")
                         .arg(planted)
                         .arg(finn))
                     .isNull());
        r = olive(
            {QStringLiteral("property"), QStringLiteral("rotate-doorcode-secret"), QString::number(m_maple)});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM secret_wrap WHERE recipient_key = %1").arg(planted)),
            QStringLiteral("0"));
        r = olive({QStringLiteral("secrets"), QStringLiteral("--json")});
        QCOMPARE(ids(holderOf(r, finn).value(QStringLiteral("waiting"))), QList<qint64>{m_maple});

        // A signature that is not the property key's over this secret: Olive's Porter refuses the copy.
        QVERIFY(
            !sql(QStringLiteral("CREATE TABLE kept_signature AS SELECT name, manager_id, secret_signature "
                                "FROM secret_wrap WHERE manager_id = %1")
                     .arg(m_olive))
                 .isNull());
        QVERIFY(
            !sql(QStringLiteral("UPDATE secret_wrap SET secret_signature = endorsement WHERE manager_id = %1 "
                                "AND name LIKE '%/doorcode/%'")
                     .arg(m_olive))
                 .isNull());
        r = syncLobby(QStringLiteral("olive"), kOlivePassword);
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("was not made by a holder")),
                 qPrintable(r.show()));
        // Put back as it was, for what follows.
        QVERIFY(!sql(QStringLiteral("UPDATE secret_wrap w SET secret_signature = k.secret_signature FROM "
                                    "kept_signature k WHERE k.name = w.name AND k.manager_id = w.manager_id; "
                                    "DROP TABLE kept_signature"))
                     .isNull());
        r = syncLobby(QStringLiteral("olive"), kOlivePassword);
        QVERIFY2(r.code == 0, qPrintable(r.show()));
    }

    // Ivy, a Property Manager with Device Management, holds the key with Olive. On a server only a Portfolio
    // Manager rotates or resets it, from Porter or from psql (the server cannot check who made a key), and
    // she cannot withdraw Olive's copy. Then Olive's laptop is lost: she cannot
    // remove Ivy (that rotates a key she cannot open), and her reset without a copy is refused while Ivy
    // may hold the key, unless she says --without-copy. When nobody can open it, she needs no flag. The
    // new key is hers alone; the door is commissioned again.
    void aKeyOnALostLaptopIsResetByAPortfolioManager()
    {
        const QString ivyPassword = QStringLiteral("ivy's long secret 5");
        const qint64 ivy = addManager(QStringLiteral("Ivy"), QStringLiteral("ivy"), ivyPassword, true);
        QVERIFY(ivy > 0);
        const auto asIvy = [&](const QStringList &args) {
            return as(QStringLiteral("ivy"), ivyPassword, args);
        };
        const auto resetBy = [&](const std::function<Run(const QStringList &)> &who,
                                 const QStringList &more) {
            return who(QStringList{QStringLiteral("property"), QStringLiteral("reset-signing-key"),
                                   QString::number(m_maple), QStringLiteral("--yes"),
                                   QStringLiteral("--json")}
                       << more);
        };
        const auto asOlive = [&](const QStringList &args) { return olive(args); };
        Run r = asIvy({QStringLiteral("secrets"), QStringLiteral("key"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        r = olive({QStringLiteral("secrets"), QStringLiteral("give"), QString::number(ivy),
                   QStringLiteral("--fingerprint"),
                   objectOf(r).value(QStringLiteral("thisComputer")).toString()});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(secretsAs(QStringLiteral("ivy"), ivyPassword, ivy).size(), 2);
        const qint64 epoch = keyEpoch().toLongLong();
        const QString copies = QStringLiteral("SELECT string_agg(manager_id || ':' || name, ',' ORDER BY "
                                              "manager_id, name) FROM secret_wrap");
        const QString copiesBefore = sql(copies);
        r = asIvy(
            {QStringLiteral("property"), QStringLiteral("rotate-signing-key"), QString::number(m_maple)});
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("only a Portfolio Manager rotates")),
                 qPrintable(r.show()));
        r = resetBy(asIvy, {});
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("Only a Portfolio Manager resets")),
                 qPrintable(r.show()));
        // Nor from psql: her login cannot withdraw Olive's copy, nor record a step, with no signature or with
        // 64 bytes the server cannot check (a key of her own, wrapped for herself, would stop every door).
        QCOMPARE(
            sqlAs(
                QStringLiteral("ivy"), ivyPassword,
                QStringLiteral("DELETE FROM secret_wrap WHERE manager_id = %1 RETURNING name").arg(m_olive)),
            QString());
        const QString refused =
            sqlAs(QStringLiteral("ivy"), ivyPassword,
                  QStringLiteral("SELECT porter_rotate_signing_key(%1, %2, '\\x%3'::bytea, ''::bytea, 0)")
                      .arg(m_maple)
                      .arg(epoch + 1)
                      .arg(QStringLiteral("69").repeated(32)));
        QVERIFY2(refused.contains(QStringLiteral("only a Portfolio Manager rotates or resets")),
                 qPrintable(refused));
        const QString junk = sqlAs(
            QStringLiteral("ivy"), ivyPassword,
            QStringLiteral("SELECT porter_rotate_signing_key(%1, %2, '\\x%3'::bytea, '\\x%4'::bytea, 0)")
                .arg(m_maple)
                .arg(epoch + 1)
                .arg(QStringLiteral("69").repeated(32), QStringLiteral("6a").repeated(64)));
        QVERIFY2(junk.contains(QStringLiteral("only a Portfolio Manager rotates or resets")),
                 qPrintable(junk));
        QCOMPARE(keyEpoch(), QString::number(epoch));
        QCOMPARE(sql(copies), copiesBefore);

        // Olive's laptop is lost. She cannot remove Ivy yet, and is told to reset first.
        newLaptop(QStringLiteral("olive"), kOlivePassword);
        QVERIFY(!QTest::currentTestFailed());
        r = syncLobby(QStringLiteral("olive"), kOlivePassword);
        QVERIFY2(r.code != 0, qPrintable(r.show()));
        r = olive({QStringLiteral("manager"), QStringLiteral("remove"), QString::number(ivy)});
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("reset-signing-key %1 --yes").arg(m_maple)),
                 qPrintable(r.show()));
        QCOMPARE(sql(QStringLiteral("SELECT disabled_at IS NULL FROM manager WHERE id = %1").arg(ivy)),
                 QStringLiteral("t"));
        // Ivy may still hold the key: a reset without a copy is refused until Olive says so.
        r = resetBy(asOlive, {});
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("Ivy")) &&
                     r.err.contains(QStringLiteral("--without-copy")),
                 qPrintable(r.show()));
        QCOMPARE(keyEpoch(), QString::number(epoch));

        // Ivy does not answer: Olive resets it without a copy. The new key is hers alone, the others told.
        r = resetBy(asOlive, {QStringLiteral("--without-copy")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(objectOf(r).value(QStringLiteral("signingKeyEpoch")).toInteger(), epoch + 1);
        QStringList toGive = objectOf(r).value(QStringLiteral("holdersToGive")).toVariant().toStringList();
        QVERIFY2(toGive.contains(QStringLiteral("Ivy")) && !toGive.contains(QStringLiteral("Olive Owner")),
                 qPrintable(r.show()));
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(DISTINCT manager_id::text, ',') FROM secret_wrap")),
                 QString::number(m_olive));
        QCOMPARE(sql(QStringLiteral("SELECT length(signature) FROM property_key_step WHERE property_id = %1 "
                                    "AND epoch = %2")
                         .arg(m_maple)
                         .arg(epoch + 1)),
                 QStringLiteral("0"));
        QCOMPARE(secretsAsOlive().size(), 2);

        // Her laptop is lost again, with the only copy: nobody can open the key, and no flag is needed.
        newLaptop(QStringLiteral("olive"), kOlivePassword);
        QVERIFY(!QTest::currentTestFailed());
        r = resetBy(asOlive, {});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        const qint64 resetEpoch = epoch + 2;
        QCOMPARE(objectOf(r).value(QStringLiteral("signingKeyEpoch")).toInteger(), resetEpoch);
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(DISTINCT manager_id::text, ',') FROM secret_wrap")),
                 QString::number(m_olive));
        QCOMPARE(secretsAsOlive().size(), 2);

        // Now Ivy is removed: what she could read is rotated by the new key.
        r = olive({QStringLiteral("manager"), QStringLiteral("remove"), QString::number(ivy)});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(keyEpoch(), QString::number(resetEpoch + 1));

        // The door trusts the lost key: it is commissioned again, and takes the new one.
        r = syncLobby(QStringLiteral("olive"), kOlivePassword);
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("commission it again")), qPrintable(r.show()));
        recommissionLobby();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(sql(QStringLiteral("SELECT signing_key_epoch FROM door WHERE id = %1").arg(m_lobby)),
                 keyEpoch());
    }

    void cleanupTestCase() { porter::test::stopDoor(m_door); }
};

QTEST_GUILESS_MAIN(TestPgSecrets)
#include "tst_pgsecrets.moc"

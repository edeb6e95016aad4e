// Field kits (docs/design/shared-portfolio.md, section 7) through the real porterctl and porter-door on a
// real PostgreSQL server:
// - Olive builds a kit for Maple Court's three reference doors while online; one door changes after
//   that, and `kit check` counts it;
// - with the server stopped, the kit is delivered to each door over TCP: the changed door is told it
//   will not get the later change, every door takes the kit's version on its authenticated word, and the
//   answers are kept in the kit file;
// - back online, the kit is uploaded twice: stored once (the same acknowledged versions, the same
//   activity rows), and each door's sync task cleared for exactly what it acknowledged;
// - the kit's doors enforce what Porter shows: the guest invited before the kit opens each door, the
//   guest invited after does not until Porter syncs that door;
// - a copied kit opens on no other computer, and a kit's door delivered to another door is refused.
#include "doorserver.h"
#include "pgserver.h"
#include "run.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using porter::test::DoorServer;
using porter::test::PgServer;
using porter::test::Run;

namespace {
const QString kDb = QStringLiteral("kits");
const QString kOlive = QStringLiteral("olive@harbor.test");
const QString kOlivePassword = QStringLiteral("olive's long secret 1");

QJsonObject objectOf(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}
} // namespace

class TestPgKits : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_dir;
    QString m_noPasswords, m_kit;
    qint64 m_maple = 0, m_lobbyOnlyKey = 0, m_allKey = 0;
    QList<qint64> m_doors;       // lobby, side, garage
    QStringList m_states;        // their porter-door state folders
    QList<DoorServer> m_servers; // their porter-door serve

    QProcessEnvironment computer(const QString &who) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("PGPASSWORD"));
        e.remove(QStringLiteral("PORTER_AS"));
        e.insert(QStringLiteral("HOME"), m_dir.filePath(who));
        e.insert(QStringLiteral("PORTER_KEY_DIR"), m_dir.filePath(who + QStringLiteral("/keys")));
        e.insert(QStringLiteral("PORTER_KEYCHAIN"), QStringLiteral("0"));
        e.insert(QStringLiteral("PORTER_PASSWORD"), kOlivePassword);
        e.insert(QStringLiteral("PGPASSFILE"), m_noPasswords);
        return e;
    }
    Run run(const QString &program, const QProcessEnvironment &e, const QStringList &args) const
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(e);
        p->start(porter::test::binary(program), args);
        p->closeWriteChannel();
        return porter::test::finishRun(p);
    }
    // Olive on the server, from her laptop.
    Run olive(const QStringList &args) const
    {
        return run(QStringLiteral("porterctl"), computer(QStringLiteral("olive")),
                   QStringList{QStringLiteral("--db"), m_server.address(kDb, QStringLiteral("olive"))}
                       << args);
    }
    // porterctl on Olive's laptop without any database (at the site).
    Run offline(const QStringList &args, const QString &who = QStringLiteral("olive")) const
    {
        return run(QStringLiteral("porterctl"), computer(who), args);
    }
    Run door(const QStringList &args) const
    {
        return run(QStringLiteral("porter-door"), computer(QStringLiteral("olive")), args);
    }
    QString sql(const QString &query) { return m_server.psql(query, kDb); }
    qint64 idOf(const Run &r) const
    {
        if (r.code != 0)
            qWarning("%s", qPrintable(r.show()));
        return objectOf(r).value(QStringLiteral("id")).toInteger();
    }
    qint64 invite(const QString &first, qint64 key)
    {
        const Run r =
            olive({QStringLiteral("invite"), QStringLiteral("--property"), QString::number(m_maple),
                   QStringLiteral("--method"), QStringLiteral("doorcode"), QStringLiteral("--first"), first,
                   QStringLiteral("--email"), first.toLower() + QStringLiteral("@guest.test"),
                   QStringLiteral("--keys"), QString::number(key), QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.show()));
        return objectOf(r).value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger();
    }
    QString doorcodeOf(qint64 person) const
    {
        const Run code =
            olive({QStringLiteral("doorcode"), QString::number(person), QStringLiteral("--json")});
        return objectOf(code).value(QStringLiteral("code")).toString();
    }
    // What porter-door decides for a doorcode at door i (serve is stopped around it: one process per
    // door state).
    QString tryDoorcode(int i, const QString &code)
    {
        porter::test::stopDoor(m_servers[i]);
        const Run tried = door({QStringLiteral("try"), QStringLiteral("--state"), m_states[i],
                                QStringLiteral("--doorcode"), code});
        m_servers[i] = porter::test::serveDoor(m_states[i], computer(QStringLiteral("olive")));
        return tried.out.trimmed();
    }
    static QJsonObject doorIn(const QJsonObject &o, const char *list, qint64 doorId)
    {
        for (const QJsonValue &v : o.value(QLatin1String(list)).toArray())
            if (v.toObject().value(QStringLiteral("doorId")).toInteger() == doorId)
                return v.toObject();
        return {};
    }
    QString activityRows()
    {
        return sql(QStringLiteral("SELECT count(*) FROM activity WHERE door_seq IS NOT NULL"));
    }
    QString ackVersions()
    {
        return sql(QStringLiteral("SELECT string_agg(id || ':' || ack_version, ',' ORDER BY id) FROM door"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.exportSuperuserPassword(m_dir.path()));
        m_noPasswords = PgServer::emptyPasswordFile(m_dir.path());
        QVERIFY(!m_noPasswords.isEmpty());
        for (const char *who : {"olive", "thief"})
            QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(who)));
        QVERIFY(m_server.createDatabase(kDb));
        // The administrator (the superuser's password is in the exported password file) creates it.
        QProcessEnvironment admin = computer(QStringLiteral("olive"));
        admin.insert(QStringLiteral("PGPASSFILE"), QString::fromLocal8Bit(qgetenv("PGPASSFILE")));
        const Run init =
            run(QStringLiteral("porterctl"), admin,
                {QStringLiteral("--db"), m_server.address(kDb), QStringLiteral("init"),
                 QStringLiteral("--portfolio"), QStringLiteral("Harbor"), QStringLiteral("--name"),
                 QStringLiteral("Olive Owner"), QStringLiteral("--email"), kOlive,
                 QStringLiteral("--db-role"), QStringLiteral("olive")});
        QVERIFY2(init.code == 0, qPrintable(init.show()));
        m_maple = idOf(olive({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Maple Court"), QStringLiteral("--tz"), QStringLiteral("UTC"),
                              QStringLiteral("--json")}));
        QVERIFY(m_maple > 0);
        for (const char *name : {"Lobby", "Side Door", "Garage"}) {
            const qint64 id = idOf(olive(
                {QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"),
                 QString::number(m_maple), QStringLiteral("--name"), QString::fromLatin1(name),
                 QStringLiteral("--type"), QStringLiteral("building-entrance"), QStringLiteral("--json")}));
            QVERIFY(id > 0);
            m_doors << id;
        }
        const QString all = QStringLiteral("%1,%2,%3").arg(m_doors[0]).arg(m_doors[1]).arg(m_doors[2]);
        m_allKey =
            idOf(olive({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                        QString::number(m_maple), QStringLiteral("--name"), QStringLiteral("Residents"),
                        QStringLiteral("--doors"), all, QStringLiteral("--json")}));
        m_lobbyOnlyKey =
            idOf(olive({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                        QString::number(m_maple), QStringLiteral("--name"), QStringLiteral("Lobby"),
                        QStringLiteral("--doors"), QString::number(m_doors[0]), QStringLiteral("--json")}));
        QVERIFY(m_allKey > 0 && m_lobbyOnlyKey > 0);
        // Each door commissioned and synced once with Porter online.
        for (int i = 0; i < m_doors.size(); ++i) {
            const QString state = m_dir.filePath(QStringLiteral("door-%1").arg(i));
            m_states << state;
            QCOMPARE(door({QStringLiteral("init"), QStringLiteral("--state"), state}).code, 0);
            m_servers << porter::test::serveDoor(state, computer(QStringLiteral("olive")));
            QVERIFY(m_servers[i].port != 0);
            QCOMPARE(door({QStringLiteral("install"), QStringLiteral("--state"), state}).code, 0);
            const Run r = porter::test::porterctlAtDoor(
                {QStringLiteral("--db"), m_server.address(kDb, QStringLiteral("olive")),
                 QStringLiteral("door"), QStringLiteral("commission"), QString::number(m_doors[i]),
                 QStringLiteral("--tcp"), m_servers[i].address(), QStringLiteral("--yes")},
                computer(QStringLiteral("olive")), m_servers[i], state);
            QVERIFY2(r.code == 0, qPrintable(r.show()));
            const Run synced =
                olive({QStringLiteral("door"), QStringLiteral("sync"), QString::number(m_doors[i]),
                       QStringLiteral("--tcp"), m_servers[i].address()});
            QVERIFY2(synced.code == 0, qPrintable(synced.show()));
        }
    }

    void cleanupTestCase()
    {
        for (DoorServer &s : m_servers)
            porter::test::stopDoor(s);
    }

    void aKitIsBuiltOnlineDeliveredOfflineAndUploadedTwice()
    {
        // Ana gets a doorcode for every door; the kit is built after that. She tries each door before the
        // kit reaches it (refused: the doors do not know her yet), which the kit reads back.
        const qint64 ana = invite(QStringLiteral("Ana"), m_allKey);
        QVERIFY(ana > 0);
        const QString anaCode = doorcodeOf(ana);
        QCOMPARE(anaCode.size(), 7);
        for (int i = 0; i < m_doors.size(); ++i)
            QVERIFY(!tryDoorcode(i, anaCode).startsWith(QStringLiteral("granted")));
        m_kit = m_dir.filePath(QStringLiteral("olive/maple.porterkit"));
        Run r = olive({QStringLiteral("kit"), QStringLiteral("build"), QStringLiteral("--out"), m_kit,
                       QStringLiteral("--property"), QString::number(m_maple), QStringLiteral("--days"),
                       QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        const QJsonObject built = objectOf(r);
        QCOMPARE(built.value(QStringLiteral("doors")).toArray().size(), 3);
        for (const qint64 id : m_doors) {
            const QJsonObject d = doorIn(built, "doors", id);
            QVERIFY2(d.value(QStringLiteral("delta")).toBool(), qPrintable(r.out)); // from the synced version
            QVERIFY(d.value(QStringLiteral("toVersion")).toVariant().toLongLong() >
                    d.value(QStringLiteral("fromVersion")).toVariant().toLongLong());
        }
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM activity WHERE action = 'field-kit-build'")),
                 QStringLiteral("1"));

        // Ben, invited after the kit was built, gets only the lobby: a change the kit does not carry.
        const qint64 ben = invite(QStringLiteral("Ben"), m_lobbyOnlyKey);
        QVERIFY(ben > 0);
        const QString benCode = doorcodeOf(ben);
        QCOMPARE(benCode.size(), 7);
        r = olive({QStringLiteral("kit"), QStringLiteral("check"), m_kit, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(doorIn(objectOf(r), "doors", m_doors[0]).value(QStringLiteral("laterChanges")).toInt(), 1);
        QCOMPARE(doorIn(objectOf(r), "doors", m_doors[1]).value(QStringLiteral("laterChanges")).toInt(), 0);

        // In the basement: no server.
        const QString versionsBefore = ackVersions();
        const QString rowsBefore = activityRows();
        QVERIFY(m_server.stop());
        for (int i = 0; i < m_doors.size(); ++i) {
            r = offline({QStringLiteral("kit"), QStringLiteral("deliver"), m_kit, QStringLiteral("--tcp"),
                         m_servers[i].address(), QStringLiteral("--door"), QString::number(m_doors[i])});
            QVERIFY2(r.code == 0, qPrintable(r.show()));
            // Said before the door is reached: what the kit will not bring it.
            QCOMPARE(r.out.contains(QStringLiteral("1 change made after this kit was built will not reach "
                                                   "this door")),
                     i == 0);
        }
        r = offline({QStringLiteral("kit"), QStringLiteral("show"), m_kit, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(objectOf(r).value(QStringLiteral("toUpload")).toInt(), 3);
        for (const qint64 id : m_doors) {
            const QJsonObject d = doorIn(objectOf(r), "doors", id);
            const QJsonObject answer = d.value(QStringLiteral("answer")).toObject();
            QCOMPARE(answer.value(QStringLiteral("appliedVersion")), d.value(QStringLiteral("toVersion")));
            QCOMPARE(answer.value(QStringLiteral("activity")).toInt(), 1); // Ana's refused try
        }
        // The doors enforce the kit's lists: Ana opens them, Ben (after the kit) not yet the lobby.
        QCOMPARE(tryDoorcode(1, anaCode).left(7), QStringLiteral("granted"));
        QCOMPARE(tryDoorcode(0, anaCode).left(7), QStringLiteral("granted"));
        QVERIFY(!tryDoorcode(0, benCode).startsWith(QStringLiteral("granted")));
        QVERIFY(m_server.start());
        QCOMPARE(ackVersions(), versionsBefore); // nothing recorded until the upload
        QCOMPARE(activityRows(), rowsBefore);

        // Back online: the upload records each door's acknowledgement of the kit's version.
        r = olive({QStringLiteral("kit"), QStringLiteral("upload"), m_kit, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        const QJsonObject first = objectOf(r);
        QCOMPARE(first.value(QStringLiteral("versionsRecorded")).toInt(), 3);
        for (int i = 0; i < m_doors.size(); ++i) {
            const QJsonObject d = doorIn(first, "doors", m_doors[i]);
            QVERIFY(d.value(QStringLiteral("versionRecorded")).toBool());
            QCOMPARE(d.value(QStringLiteral("pendingChangesCleared")).toInt(), 1); // Ana's
            // Ben's change is still pending at the lobby only.
            QCOMPARE(d.value(QStringLiteral("stillPending")).toInt(), i == 0 ? 1 : 0);
        }
        QCOMPARE(first.value(QStringLiteral("activityImported")).toInt(), 3); // the three tries the kit read
        const QString versions = ackVersions();
        const QString rows = activityRows();
        QVERIFY(versions != versionsBefore);
        QCOMPARE(rows.toInt(), rowsBefore.toInt() + 3);

        // Uploaded again (the same answers): nothing stored twice.
        r = olive({QStringLiteral("kit"), QStringLiteral("upload"), m_kit, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(objectOf(r).value(QStringLiteral("versionsRecorded")).toInt(), 0);
        QCOMPARE(objectOf(r).value(QStringLiteral("activityImported")).toInt(), 0);
        QCOMPARE(ackVersions(), versions);
        QCOMPARE(activityRows(), rows);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM activity WHERE action = 'field-kit-upload'")),
                 QString::number(first.value(QStringLiteral("doors")).toArray().size()));

        // Porter's own sync of the lobby brings Ben's change. The door kept the activity the kit read; this
        // sync stores only the two tries made after the delivery.
        r = olive({QStringLiteral("door"), QStringLiteral("sync"), QString::number(m_doors[0]),
                   QStringLiteral("--tcp"), m_servers[0].address(), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(objectOf(r).value(QStringLiteral("pendingChangesCleared")).toInt(), 1);
        QCOMPARE(objectOf(r).value(QStringLiteral("activityImported")).toInt(), 2);
        QCOMPARE(tryDoorcode(0, benCode).left(7), QStringLiteral("granted"));
    }

    void aKitOpensOnlyOnItsComputerAndOnlyAtItsDoors()
    {
        QVERIFY(!m_kit.isEmpty());
        // A copy on someone else's computer: the file does not open.
        const QString stolen = m_dir.filePath(QStringLiteral("thief/maple.porterkit"));
        QVERIFY(QFile::copy(m_kit, stolen));
        Run r = offline({QStringLiteral("kit"), QStringLiteral("show"), stolen}, QStringLiteral("thief"));
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("built on another computer")),
                 qPrintable(r.show()));

        // The side door's part of the kit, taken to the garage: the garage refuses the kit's session.
        r = offline({QStringLiteral("kit"), QStringLiteral("deliver"), m_kit, QStringLiteral("--tcp"),
                     m_servers[2].address(), QStringLiteral("--door"), QString::number(m_doors[1])});
        QVERIFY2(r.code != 0, qPrintable(r.show()));
        // A door not in the kit is refused before anything is sent.
        r = offline({QStringLiteral("kit"), QStringLiteral("deliver"), m_kit, QStringLiteral("--tcp"),
                     m_servers[2].address(), QStringLiteral("--door"), QStringLiteral("999")});
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("not in this field kit")),
                 qPrintable(r.show()));
    }
};

QTEST_GUILESS_MAIN(TestPgKits)
#include "tst_pgkits.moc"

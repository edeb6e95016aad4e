// Several managers at once on one portfolio on PostgreSQL (docs/design/shared-portfolio.md, section
// 3), through real porterctl processes started together: the same email invited by eight processes of
// two managers makes one person; six keys given to one person at once are all kept; six edits of one
// person's phone at once are each applied and recorded, the last one standing. No update is lost and
// nobody is listed twice: each operation runs SERIALIZABLE and is run again when the server stops it.
// How much the processes' transactions overlap depends on the machine (each spends most of its time
// signing in); tst_pgstore makes two managers' transactions overlap for certain, in one process.
#include "pgserver.h"
#include "run.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using porter::test::PgServer;
using porter::test::Run;

namespace {
const QString kOwner = QStringLiteral("olive@harbor.test");
const QString kSecond = QStringLiteral("sam@harbor.test");
const QString kPassword = QStringLiteral("correct horse battery");
const QString kDb = QStringLiteral("harbor");
} // namespace

class TestPgConcurrency : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_home;
    qint64 m_property = 0;
    qint64 m_lobby = 0;
    QList<qint64> m_keys; // seven keys, all on the lobby

    QProcess *start(const QStringList &args, const QString &as = kOwner) const
    {
        auto *p = new QProcess;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PORTER_PASSWORD"), kPassword);
        e.insert(QStringLiteral("PORTER_NEW_PASSWORD"), kPassword);
        p->setProcessEnvironment(e);
        QStringList all{QStringLiteral("--db"), m_server.address(kDb)};
        if (!as.isEmpty())
            all << QStringLiteral("--as") << as;
        p->start(porter::test::binary(QStringLiteral("porterctl")), all << args);
        p->closeWriteChannel();
        return p;
    }
    Run ctl(const QStringList &args, const QString &as = kOwner) const
    {
        return porter::test::finishRun(start(args, as));
    }
    // All at once: every process is started before the first one is waited for.
    QList<Run> together(const QList<QPair<QStringList, QString>> &batch) const
    {
        QList<QProcess *> running;
        for (const auto &[args, as] : batch)
            running << start(args, as);
        QList<Run> out;
        for (QProcess *p : running)
            out << porter::test::finishRun(p);
        return out;
    }
    qint64 idOf(const QStringList &args) const
    {
        const Run r = ctl(QStringList(args) << QStringLiteral("--json"));
        if (r.code != 0)
            qFatal("%s", qPrintable(r.show()));
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
    }
    QString sql(const QString &query) { return m_server.psql(query, kDb); }
    QStringList invite(const QString &first, const QString &email, qint64 key) const
    {
        return {QStringLiteral("invite"),
                QStringLiteral("--property"),
                QString::number(m_property),
                QStringLiteral("--method"),
                QStringLiteral("app"),
                QStringLiteral("--first"),
                first,
                QStringLiteral("--email"),
                email,
                QStringLiteral("--keys"),
                QString::number(key)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_server.exportSuperuserPassword(m_home.path()));
        QVERIFY(m_server.createDatabase(kDb));
        const Run init =
            ctl({QStringLiteral("init"), QStringLiteral("--portfolio"), QStringLiteral("Harbor Homes"),
                 QStringLiteral("--name"), QStringLiteral("Olive Owner"), QStringLiteral("--email"), kOwner},
                QString());
        QVERIFY2(init.code == 0, qPrintable(init.show()));
        const Run second =
            ctl({QStringLiteral("manager"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Sam"), QStringLiteral("--email"), kSecond, QStringLiteral("--role"),
                 QStringLiteral("portfolio"), QStringLiteral("--key-management"), QStringLiteral("full")});
        QVERIFY2(second.code == 0, qPrintable(second.show()));
        m_property =
            idOf({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Maple Court"), QStringLiteral("--tz"), QStringLiteral("America/New_York")});
        m_lobby = idOf({QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"),
                        QString::number(m_property), QStringLiteral("--name"), QStringLiteral("Lobby"),
                        QStringLiteral("--type"), QStringLiteral("building-entrance")});
        for (int i = 0; i < 7; ++i)
            m_keys << idOf({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                            QString::number(m_property), QStringLiteral("--name"),
                            QStringLiteral("Key %1").arg(i), QStringLiteral("--doors"),
                            QString::number(m_lobby)});
        QVERIFY(m_property > 0 && m_lobby > 0 && !m_keys.contains(0));
    }

    void sameEmailInvitedAtOnceMakesOnePerson()
    {
        QList<QPair<QStringList, QString>> batch;
        for (int i = 0; i < 8; ++i)
            batch.append(
                {invite(QStringLiteral("Dana%1").arg(i), QStringLiteral("dana@example.com"), m_keys[0]),
                 i % 2 ? kSecond : kOwner});
        const QList<Run> runs = together(batch);
        int invited = 0;
        for (const Run &r : runs) {
            if (r.code == 0) {
                ++invited;
                continue;
            }
            QVERIFY2(r.err.contains(QStringLiteral("already")), qPrintable(r.show()));
        }
        QCOMPARE(invited, 1);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM person WHERE email_norm = 'dana@example.com'")),
                 QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM access_grant g JOIN person p ON p.id = g.person_id "
                                    "WHERE p.email_norm = 'dana@example.com'")),
                 QStringLiteral("1"));
    }

    void keysGivenAtOnceAreAllKept()
    {
        const Run pat = ctl(invite(QStringLiteral("Pat"), QStringLiteral("pat@example.com"), m_keys[0])
                            << QStringLiteral("--json"));
        QVERIFY2(pat.code == 0, qPrintable(pat.show()));
        const QString patId =
            sql(QStringLiteral("SELECT id FROM person WHERE email_norm = 'pat@example.com'"));
        QVERIFY(!patId.isEmpty());
        const qint64 journalBefore =
            sql(QStringLiteral("SELECT count(*) FROM door_change WHERE door_id = %1").arg(m_lobby))
                .toLongLong();
        QList<QPair<QStringList, QString>> batch;
        for (int i = 1; i < 7; ++i)
            batch.append({{QStringLiteral("grant"), QStringLiteral("add"), patId, QStringLiteral("--key"),
                           QString::number(m_keys[i])},
                          i % 2 ? kSecond : kOwner});
        for (const Run &r : together(batch))
            QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM access_grant WHERE person_id = %1 AND ended_at IS NULL")
                    .arg(patId)),
            QStringLiteral("7"));
        // Each change reached the lobby's journal, once.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM door_change WHERE door_id = %1").arg(m_lobby))
                     .toLongLong(),
                 journalBefore + 6);
    }

    void editsAtOnceAreEachAppliedAndRecorded()
    {
        const QString patId =
            sql(QStringLiteral("SELECT id FROM person WHERE email_norm = 'pat@example.com'"));
        QVERIFY(!patId.isEmpty());
        const qint64 editsBefore =
            sql(QStringLiteral(
                    "SELECT count(*) FROM activity WHERE person_id = %1 AND action = 'person-edit'")
                    .arg(patId))
                .toLongLong();
        QStringList phones;
        QList<QPair<QStringList, QString>> batch;
        for (int i = 0; i < 6; ++i) {
            phones << QStringLiteral("+1212555010%1").arg(i);
            batch.append({{QStringLiteral("person"), QStringLiteral("edit"), patId, QStringLiteral("--phone"),
                           phones.last()},
                          i % 2 ? kSecond : kOwner});
        }
        for (const Run &r : together(batch))
            QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(sql(QStringLiteral(
                         "SELECT count(*) FROM activity WHERE person_id = %1 AND action = 'person-edit'")
                         .arg(patId))
                     .toLongLong(),
                 editsBefore + 6);
        // The phone is the one the last committed edit wrote: the newest record says so.
        const QString phone = sql(QStringLiteral("SELECT phone FROM person WHERE id = %1").arg(patId));
        QVERIFY2(phones.contains(phone), qPrintable(phone));
    }
};

QTEST_GUILESS_MAIN(TestPgConcurrency)
#include "tst_pgconcurrency.moc"

// Issue 6 end to end, through the real porterctl and porter-door binaries:
// - item 3: a manager limited to specific keys cannot issue a credential (phone credential, daily
//   doorcode, keycard enroll/activate/deactivate) to a person who holds a key outside their list;
// - item 9: data the door's list format cannot carry (written the old way, straight into the
//   database) is left out, named by `door sync` and `door show`, and a revocation still reaches the
//   door;
// - item 8: after an older copy of the database is restored, a revocation still reaches the door.
#include "run.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

const QString kOwner = QStringLiteral("olive@harbor.test");
const QString kSpecific = QStringLiteral("sam@harbor.test");
const QString kPassword = QStringLiteral("correct horse battery");

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject obj() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString show() const { return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out, err); }
};

QString bin(const QString &name)
{
    return porter::test::binary(name);
}

} // namespace

class TestDoorRights : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db, m_state;
    qint64 m_property = 0, m_lobby = 0, m_residents = 0, m_staff = 0;
    QProcess *m_server = nullptr;
    quint16 m_port = 0;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PORTER_PASSWORD"), kPassword);
        e.insert(QStringLiteral("PORTER_NEW_PASSWORD"), kPassword);
        e.insert(QStringLiteral("PORTER_KEY_DIR"), m_dir.filePath(QStringLiteral("keys")));
        e.insert(QStringLiteral("PORTER_KEYCHAIN"), QStringLiteral("0"));
        e.remove(QStringLiteral("PORTER_AS"));
        return e;
    }
    Run exec(const QString &program, const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(bin(program), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("%s did not finish", qPrintable(program));
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Run ctlAs(const QString &who, const QStringList &args) const
    {
        QStringList all{QStringLiteral("--db"), m_db};
        if (!who.isEmpty())
            all << QStringLiteral("--as") << who;
        return exec(QStringLiteral("porterctl"), all + args);
    }
    Run ctl(const QStringList &args) const { return ctlAs(kOwner, args); }
    QJsonObject ok(QStringList args) const
    {
        args << QStringLiteral("--json");
        const Run r = ctl(args);
        if (r.code != 0)
            qWarning("porterctl %s\n%s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.show()));
        return r.obj();
    }
    qint64 idOf(const QJsonObject &o) const { return o.value(QStringLiteral("id")).toInteger(); }
    qint64 invite(const QString &method, const QString &first, const QList<qint64> &keys) const
    {
        QStringList ids;
        for (qint64 k : keys)
            ids << QString::number(k);
        return ok({QStringLiteral("invite"), QStringLiteral("--property"), QString::number(m_property),
                   QStringLiteral("--method"), method, QStringLiteral("--first"), first,
                   QStringLiteral("--email"), first.toLower() + QStringLiteral("@harbor.test"),
                   QStringLiteral("--keys"), ids.join(QLatin1Char(',')), QStringLiteral("--expires"),
                   QDate::currentDate().addYears(1).toString(Qt::ISODate)})
            .value(QStringLiteral("person"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    }
    QString doorcode(qint64 person) const
    {
        return ok({QStringLiteral("doorcode"), QString::number(person)})
            .value(QStringLiteral("code"))
            .toString();
    }
    // SQL straight into the database file, as an older Porter could have written it (no porterctl runs).
    bool sql(const QString &statement, const QVariantList &args = {}) const
    {
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(statement);
                for (const QVariant &a : args)
                    q.addBindValue(a);
                done = q.exec();
                if (!done)
                    qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return done;
    }
    void serve()
    {
        m_server = new QProcess;
        m_server->setProcessEnvironment(env());
        m_server->start(bin(QStringLiteral("porter-door")),
                        {QStringLiteral("serve"), QStringLiteral("--state"), m_state,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--until-stdin-closes")});
        static const QRegularExpression listening(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)$"));
        QElapsedTimer t;
        t.start();
        m_port = 0;
        while (m_port == 0 && t.elapsed() < 10000) {
            if (!m_server->canReadLine() && !m_server->waitForReadyRead(200)) {
                if (m_server->state() == QProcess::NotRunning)
                    break;
                continue;
            }
            while (m_server->canReadLine()) {
                const QString line = QString::fromUtf8(m_server->readLine()).trimmed();
                if (const auto m = listening.match(line); m.hasMatch())
                    m_port = quint16(m.captured(1).toUInt());
            }
        }
        QVERIFY2(m_port != 0, "porter-door serve did not start");
    }
    void stop()
    {
        if (!m_server)
            return;
        // Stopped as a supervisor on any OS would: its standard input closed. It must end by itself.
        const bool clean = porter::test::stopServer(m_server);
        const QByteArray said = m_server->readAllStandardOutput();
        delete m_server;
        m_server = nullptr;
        QVERIFY2(clean && said.contains("stopped"), said.constData());
    }
    // Serves the door, syncs it, stops it (so `porter-door try` can read its state).
    Run sync()
    {
        serve();
        const Run r = ctl({QStringLiteral("door"), QStringLiteral("sync"), QString::number(m_lobby),
                           QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                           QStringLiteral("--json")});
        stop();
        return r;
    }
    QString tryCode(const QString &code) const
    {
        const Run r = exec(QStringLiteral("porter-door"), {QStringLiteral("try"), QStringLiteral("--state"),
                                                           m_state, QStringLiteral("--doorcode"), code});
        return r.out.trimmed();
    }
    int denialsBy(const QString &email) const
    {
        const Run r = ctl({QStringLiteral("activity"), QStringLiteral("--property"),
                           QString::number(m_property), QStringLiteral("--json")});
        int n = 0;
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        for (const QJsonValue &v : rows) {
            const QJsonObject e = v.toObject();
            n += e.value(QStringLiteral("action")).toString() == QLatin1String("denied") &&
                 e.value(QStringLiteral("actor")).toString().contains(email);
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(bin(QStringLiteral("porterctl"))) &&
                     QFile::exists(bin(QStringLiteral("porter-door"))),
                 "PORTER_BIN_DIR must hold porterctl and porter-door");
        m_db = m_dir.filePath(QStringLiteral("porter.sqlite"));
        m_state = m_dir.filePath(QStringLiteral("lobby-door"));
        const Run init = ctlAs({}, {QStringLiteral("init"), QStringLiteral("--portfolio"),
                                    QStringLiteral("Harbor"), QStringLiteral("--name"),
                                    QStringLiteral("Olive Owner"), QStringLiteral("--email"), kOwner});
        QVERIFY2(init.code == 0, qPrintable(init.show()));
        m_property = idOf(ok({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Maple Court"), QStringLiteral("--tz"), QStringLiteral("UTC")}));
        m_lobby = idOf(ok({QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"),
                           QString::number(m_property), QStringLiteral("--name"), QStringLiteral("Lobby"),
                           QStringLiteral("--type"), QStringLiteral("building-entrance")}));
        const auto addKey = [&](const QString &name) {
            return idOf(ok({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                            QString::number(m_property), QStringLiteral("--name"), name,
                            QStringLiteral("--doors"), QString::number(m_lobby)}));
        };
        m_residents = addKey(QStringLiteral("Residents"));
        m_staff = addKey(QStringLiteral("Staff"));
        QVERIFY(m_property > 0 && m_lobby > 0 && m_residents > 0 && m_staff > 0);
        const Run manager =
            ctl({QStringLiteral("manager"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Sam Specific"), QStringLiteral("--email"), kSpecific,
                 QStringLiteral("--role"), QStringLiteral("property"), QStringLiteral("--properties"),
                 QString::number(m_property), QStringLiteral("--key-management"), QStringLiteral("specific"),
                 QStringLiteral("--keys"), QString::number(m_residents)});
        QVERIFY2(manager.code == 0, qPrintable(manager.show()));
        const Run created =
            exec(QStringLiteral("porter-door"), {QStringLiteral("init"), QStringLiteral("--state"), m_state});
        QVERIFY2(created.code == 0, qPrintable(created.show()));
        const Run pressed = exec(QStringLiteral("porter-door"),
                                 {QStringLiteral("install"), QStringLiteral("--state"), m_state});
        QVERIFY2(pressed.code == 0, qPrintable(pressed.show()));
        const Run commissioned = ctl({QStringLiteral("door"), QStringLiteral("commission"),
                                      QString::number(m_lobby), QStringLiteral("--state"), m_state});
        QVERIFY2(commissioned.code == 0, qPrintable(commissioned.show()));
    }

    // Item 3: Sam may give only the Residents key. Pat and Dora hold Staff too: every credential for
    // them is refused, nothing is issued, and each refusal is on record.
    void specificManagerCannotIssueCredentialsOutsideTheirKeys()
    {
        const qint64 pat = invite(QStringLiteral("app"), QStringLiteral("Pat"), {m_residents, m_staff});
        const qint64 dora =
            invite(QStringLiteral("doorcode"), QStringLiteral("Dora"), {m_residents, m_staff});
        const qint64 inactive =
            idOf(ok({QStringLiteral("keycard"), QStringLiteral("enroll"), QString::number(pat),
                     QStringLiteral("--serial"), QStringLiteral("04AA0001"), QStringLiteral("--inactive")}));
        const qint64 active =
            idOf(ok({QStringLiteral("keycard"), QStringLiteral("enroll"), QString::number(dora),
                     QStringLiteral("--serial"), QStringLiteral("04AA0002")}));
        QVERIFY(inactive > 0 && active > 0);
        const int deniedBefore = denialsBy(kSpecific);

        // The phone made its own key pair; Porter would sign its public key.
        const QString phoneDir = m_dir.filePath(QStringLiteral("pat-phone"));
        const Run made = exec(QStringLiteral("porter-door"), {QStringLiteral("phone"), QStringLiteral("new"),
                                                              QStringLiteral("--out"), phoneDir});
        QVERIFY2(made.code == 0, qPrintable(made.show()));
        const QString publicKey = phoneDir + QStringLiteral("/phone.pub");
        const QString phone = m_dir.filePath(QStringLiteral("pat-phone.cert"));
        const QList<QStringList> attempts{
            {QStringLiteral("person"), QStringLiteral("app-key"), QString::number(pat),
             QStringLiteral("--public-key"), publicKey, QStringLiteral("--out"), phone},
            {QStringLiteral("doorcode"), QString::number(dora)},
            {QStringLiteral("keycard"), QStringLiteral("enroll"), QString::number(pat),
             QStringLiteral("--serial"), QStringLiteral("04AA0003")},
            {QStringLiteral("keycard"), QStringLiteral("activate"), QString::number(inactive)},
            {QStringLiteral("keycard"), QStringLiteral("deactivate"), QString::number(active)},
        };
        for (const QStringList &args : attempts) {
            const Run r = ctlAs(kSpecific, args);
            QVERIFY2(r.code == 1, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.show()));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.show())); // no code, no credential
            QVERIFY2(r.err.contains(QStringLiteral("key %1").arg(m_staff)) &&
                         r.err.contains(QStringLiteral("Key Management")),
                     qPrintable(r.show()));
        }
        QVERIFY(!QFile::exists(phone));
        QCOMPARE(denialsBy(kSpecific), deniedBefore + 5);
        // Nothing changed: Pat has no phone key and no new card; the cards kept their state.
        const QJsonObject shown =
            ok({QStringLiteral("person"), QStringLiteral("show"), QString::number(pat)});
        const QJsonArray cards = shown.value(QStringLiteral("keycards")).toArray();
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards[0].toObject().value(QStringLiteral("active")).toBool(), false);
        const QJsonArray doraCards =
            ok({QStringLiteral("person"), QStringLiteral("show"), QString::number(dora)})
                .value(QStringLiteral("keycards"))
                .toArray();
        QCOMPARE(doraCards.size(), 1);
        QCOMPARE(doraCards[0].toObject().value(QStringLiteral("active")).toBool(), true);

        // For someone who holds only Residents, Sam may.
        const qint64 rita = invite(QStringLiteral("app"), QStringLiteral("Rita"), {m_residents});
        const Run issued =
            ctlAs(kSpecific, {QStringLiteral("person"), QStringLiteral("app-key"), QString::number(rita),
                              QStringLiteral("--public-key"), publicKey, QStringLiteral("--out"),
                              m_dir.filePath(QStringLiteral("rita.cert"))});
        QVERIFY2(issued.code == 0, qPrintable(issued.show()));
    }

    // Item 9: a 65-window schedule and a 65th active card, written the old way, no longer block the
    // door: both are left out (and shown), and Ben's revocation reaches the door.
    void entriesTheDoorCannotCarryDoNotBlockARevocation()
    {
        const qint64 night =
            idOf(ok({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                     QString::number(m_property), QStringLiteral("--name"), QStringLiteral("Night"),
                     QStringLiteral("--doors"), QString::number(m_lobby)}));
        const qint64 ana = invite(QStringLiteral("doorcode"), QStringLiteral("Ana"), {m_residents});
        const qint64 ben = invite(QStringLiteral("doorcode"), QStringLiteral("Ben"), {m_residents});
        const qint64 dana = invite(QStringLiteral("doorcode"), QStringLiteral("Dana"), {night});
        const qint64 carl = invite(QStringLiteral("app"), QStringLiteral("Carl"), {m_residents});
        const Run first = sync();
        QVERIFY2(first.code == 0, qPrintable(first.show()));
        const QString benCode = doorcode(ben), anaCode = doorcode(ana), danaCode = doorcode(dana);
        QCOMPARE(tryCode(benCode), QStringLiteral("granted (person %1)").arg(ben));
        QCOMPARE(tryCode(danaCode), QStringLiteral("granted (person %1)").arg(dana));

        QStringList windows;
        for (int i = 0; i < 65; ++i)
            windows << QStringLiteral("%1 %2:00-%2:30")
                           .arg(QStringList{QStringLiteral("Mon"), QStringLiteral("Tue"),
                                            QStringLiteral("Wed"), QStringLiteral("Thu"),
                                            QStringLiteral("Fri"), QStringLiteral("Sat"),
                                            QStringLiteral("Sun")}[i % 7])
                           .arg(i / 7, 2, 10, QLatin1Char('0'));
        QVERIFY(sql(QStringLiteral("UPDATE access_key SET schedule = ? WHERE id = ?"),
                    {windows.join(QStringLiteral("; ")), night}));
        for (int i = 0; i < 65; ++i)
            QVERIFY(
                sql(QStringLiteral("INSERT INTO keycard (person_id, serial, active, enrolled_at, changed_at) "
                                   "VALUES (?, ?, 1, 0, 0)"),
                    {carl, QStringLiteral("04BB%1").arg(i, 4, 16, QLatin1Char('0')).toUpper()}));

        const Run revoked = ctl({QStringLiteral("revoke"), QString::number(ben), QStringLiteral("--yes")});
        QVERIFY2(revoked.code == 0, qPrintable(revoked.show()));
        const Run second = sync();
        QVERIFY2(second.code == 0, qPrintable(second.show()));
        QVERIFY(second.obj().value(QStringLiteral("versionRecorded")).toBool());
        const QJsonArray leftOut = second.obj().value(QStringLiteral("leftOut")).toArray();
        QCOMPARE(leftOut.size(), 2);
        QVERIFY2(leftOut[0].toString().contains(QStringLiteral("65 weekly windows")) ||
                     leftOut[1].toString().contains(QStringLiteral("65 weekly windows")),
                 qPrintable(second.show()));
        const QJsonObject shown =
            ok({QStringLiteral("door"), QStringLiteral("show"), QString::number(m_lobby)});
        QCOMPARE(shown.value(QStringLiteral("leftOut")).toArray().size(), 2);
        const Run shownText = ctl({QStringLiteral("door"), QStringLiteral("show"), QString::number(m_lobby)});
        QVERIFY2(shownText.out.contains(QStringLiteral("65 keycards")), qPrintable(shownText.show()));

        QCOMPARE(tryCode(benCode), QStringLiteral("denied: revoked (person %1)").arg(ben));
        QCOMPARE(tryCode(anaCode), QStringLiteral("granted (person %1)").arg(ana));
        QVERIFY2(tryCode(danaCode).startsWith(QStringLiteral("denied")), qPrintable(tryCode(danaCode)));
        const Run card =
            exec(QStringLiteral("porter-door"), {QStringLiteral("try"), QStringLiteral("--state"), m_state,
                                                 QStringLiteral("--card"), QStringLiteral("04BB0000")});
        QVERIFY2(card.out.startsWith(QStringLiteral("denied")), qPrintable(card.show()));
    }

    // Item 8: a copy of the database is taken, the door moves on, the copy is restored; a revocation
    // made then must not be refused by the door as "not newer".
    void revocationAfterRestoringAnOlderCopyReachesTheDoor()
    {
        const qint64 eve = invite(QStringLiteral("doorcode"), QStringLiteral("Eve"), {m_residents});
        QCOMPARE(sync().code, 0);
        const QString eveCode = doorcode(eve);
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal"))); // porterctl checkpointed on exit
        QVERIFY(QFile::copy(m_db, copy));
        for (const QString &name : {QStringLiteral("Fay"), QStringLiteral("Gil"), QStringLiteral("Hal"),
                                    QStringLiteral("Ida"), QStringLiteral("Jon")})
            QVERIFY(invite(QStringLiteral("app"), name, {m_residents}) > 0);
        QCOMPARE(sync().code, 0);
        QVERIFY(QFile::remove(m_db));
        QVERIFY(QFile::copy(copy, m_db));
        QCOMPARE(tryCode(eveCode), QStringLiteral("granted (person %1)").arg(eve));
        const Run revoked = ctl({QStringLiteral("revoke"), QString::number(eve), QStringLiteral("--yes")});
        QVERIFY2(revoked.code == 0, qPrintable(revoked.show()));
        const Run synced = sync();
        QVERIFY2(synced.code == 0, qPrintable(synced.show()));
        QVERIFY(synced.obj().value(QStringLiteral("versionRecorded")).toBool());
        QCOMPARE(tryCode(eveCode), QStringLiteral("denied: revoked (person %1)").arg(eve));
    }

    void cleanupTestCase() { stop(); }
};

QTEST_GUILESS_MAIN(TestDoorRights)
#include "tst_doorrights.moc"

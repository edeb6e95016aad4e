// End to end through the real binaries: porterctl commissions and syncs a porter-door emulator over
// TCP, and porter-door's attempts show what the door enforces. The door's state directory is only
// ever used by one process at a time: the test stops `serve` before each `porter-door try`/`set` and
// starts it again for the next sync (porter-door also refuses a second process on the same directory,
// docs/porter-door.md, "One process per door").
#include "door/door.h"
#include "door/storage.h"
#include "doorserver.h"
#include "run.h"
#include "smtpserver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#ifndef _WIN32
#include <sys/stat.h>
#endif

namespace {

const QString kOwner = QStringLiteral("olive@harbor.test");
const QString kPassword = QStringLiteral("correct horse battery");

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QJsonObject obj() const { return json().toObject(); }
    QJsonArray arr() const { return json().toArray(); }
    QString show() const { return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out, err); }
};

QString bin(const QString &name)
{
    return porter::test::binary(name);
}

using Server = porter::test::DoorServer;

} // namespace

class TestDoorSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QElapsedTimer m_timer;
    QString m_db, m_lobbyState, m_sideState, m_gateState;
    qint64 m_property = 0, m_lobby = 0, m_side = 0, m_gateDoor = 0, m_key = 0, m_dana = 0, m_ana = 0;
    Server m_server;
    Server m_gate;
    quint16 m_lastPort = 0;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PORTER_PASSWORD"), kPassword);
        e.insert(QStringLiteral("PORTER_KEY_DIR"), m_dir.filePath(QStringLiteral("keys")));
        e.insert(QStringLiteral("PORTER_KEYCHAIN"), QStringLiteral("0"));
        e.remove(QStringLiteral("PORTER_AS"));
        return e;
    }
    static Run finish(QProcess *p)
    {
        if (p->state() != QProcess::NotRunning && !p->waitForFinished(60000))
            qFatal("%s did not finish", qPrintable(p->program()));
        Run r;
        r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
        r.out = QString::fromUtf8(p->readAllStandardOutput());
        r.err = QString::fromUtf8(p->readAllStandardError());
        delete p;
        return r;
    }
    // porterctl as the owner, against the test database, on the real clock (the door runs on it too).
    Run ctl(QStringList args, const QByteArray &input = {}, bool signIn = true) const
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(env());
        QStringList all{QStringLiteral("--db"), m_db};
        if (signIn)
            all << QStringLiteral("--as") << kOwner;
        all << args;
        p->start(bin(QStringLiteral("porterctl")), all);
        if (!input.isEmpty())
            p->write(input);
        p->closeWriteChannel();
        return finish(p);
    }
    QJsonValue ok(QStringList args) const
    {
        args << QStringLiteral("--json");
        const Run r = ctl(args);
        if (r.code != 0)
            qWarning("porterctl %s\n%s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.show()));
        return r.code == 0 ? r.json() : QJsonValue();
    }
    // porterctl (args as for ctl) commissioning over TCP while the technician stands at the door:
    // when the door shows its pairing code, they press its button (porter-door confirm), as they do
    // once porterctl showed the same digits.
    Run ctlConfirmedAtDoor(const QStringList &args, Server &server, const QString &state,
                           const QByteArray &input = {}) const
    {
        const porter::test::Run r = porter::test::porterctlAtDoor(
            QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--as"), kOwner} + args, env(), server,
            state, input);
        Run out;
        out.code = r.code;
        out.out = r.out;
        out.err = r.err;
        return out;
    }
    Run door(const QStringList &args) const
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(env());
        p->start(bin(QStringLiteral("porter-door")), args);
        p->closeWriteChannel();
        return finish(p);
    }
    Server serve(const QString &state) const { return porter::test::serveDoor(state, env()); }
    static int stop(Server &s) { return porter::test::stopDoor(s); }
    void startLobby()
    {
        m_server = serve(m_lobbyState);
        QVERIFY(m_server.port != 0);
        m_lastPort = m_server.port;
    }
    void stopLobby()
    {
        QCOMPARE(stop(m_server), 0);
        QVERIFY2(m_server.lines.contains(QStringLiteral("stopped")),
                 qPrintable(m_server.lines.join(QLatin1Char('\n'))));
    }
    QJsonObject sync(qint64 doorId)
    {
        const Run r = ctl({QStringLiteral("door"), QStringLiteral("sync"), QString::number(doorId),
                           QStringLiteral("--tcp"), m_server.address(), QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.show()));
        return r.obj();
    }
    QList<qint64> doorsNeedingSync() const
    {
        QList<qint64> out;
        const QJsonArray tasks =
            ok({QStringLiteral("sync-tasks"), QStringLiteral("--property"), QString::number(m_property)})
                .toArray();
        for (const QJsonValue &t : tasks)
            out << t.toObject()
                       .value(QStringLiteral("door"))
                       .toObject()
                       .value(QStringLiteral("id"))
                       .toInteger();
        return out;
    }
    qint64 invite(const QString &method, const QString &first, const QString &email) const
    {
        return ok({QStringLiteral("invite"), QStringLiteral("--property"), QString::number(m_property),
                   QStringLiteral("--method"), method, QStringLiteral("--first"), first,
                   QStringLiteral("--email"), email, QStringLiteral("--keys"), QString::number(m_key),
                   QStringLiteral("--expires"), QDate::currentDate().addYears(1).toString(Qt::ISODate)})
            .toObject()
            .value(QStringLiteral("person"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    }
    // One line on stderr, nothing on stdout.
    static void expectOneLineError(const Run &r, int code, const QString &prefix)
    {
        QVERIFY2(r.code == code, qPrintable(r.show()));
        QVERIFY2(r.err.startsWith(prefix), qPrintable(r.show()));
        QVERIFY2(r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.show()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.show()));
    }

private Q_SLOTS:
    void initTestCase();
    void doorcodeOpensUntilRevokeIsSynced();
    void phoneMadeKeyOpensAfterSync();
    void rejectedPairingCodeLeavesDoorUncommissioned();
    void syncToStoppedServerFailsInOneLine();
    void batteryAndDriftShowAfterSync();
    void rotatedDoorcodeSecretStopsLeakedCodes();
    void rotatedSigningKeyStopsTheOldKeysCertificates();
    void dailyDoorcodeEmailOpensOnItsDayOnly(); // before the lockout test locks the keypad
    void keypadLockoutAlarmReachesPorter();
    void commissioningNeedsTheInstallButton();
    void recommissioningAKnownDoorWarnsAndIsLogged();
    void tamperedDoorRefusesEverythingUntilReset();
    void bluetoothDoorSaysWhatItNeeds();
    void doorStateInAFolderWithAccents();
    void cleanupTestCase();
};

void TestDoorSync::initTestCase()
{
    m_timer.start();
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(bin(QStringLiteral("porterctl"))) &&
                 QFile::exists(bin(QStringLiteral("porter-door"))),
             "PORTER_BIN_DIR must hold porterctl and porter-door");
    m_db = m_dir.filePath(QStringLiteral("porter.sqlite"));
    m_lobbyState = m_dir.filePath(QStringLiteral("lobby-door"));
    m_sideState = m_dir.filePath(QStringLiteral("side-door"));
    const Run init =
        ctl({QStringLiteral("init"), QStringLiteral("--portfolio"), QStringLiteral("Harbor Homes"),
             QStringLiteral("--name"), QStringLiteral("Olive Owner"), QStringLiteral("--email"), kOwner},
            {}, false);
    QVERIFY2(init.code == 0, qPrintable(init.show()));
    m_property =
        ok({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Maple Court"), QStringLiteral("--tz"), QStringLiteral("America/New_York")})
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    QVERIFY(m_property > 0);
    auto addDoor = [&](const QString &name) {
        return ok({QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"),
                   QString::number(m_property), QStringLiteral("--name"), name, QStringLiteral("--type"),
                   QStringLiteral("building-entrance")})
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    };
    m_lobby = addDoor(QStringLiteral("Lobby"));
    m_side = addDoor(QStringLiteral("Side Gate"));
    QVERIFY(m_lobby > 0 && m_side > 0);
    m_key = ok({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                QString::number(m_property), QStringLiteral("--name"), QStringLiteral("Residents"),
                QStringLiteral("--doors"), QStringLiteral("%1,%2").arg(m_lobby).arg(m_side)})
                .toObject()
                .value(QStringLiteral("id"))
                .toInteger();
    QVERIFY(m_key > 0);

    // A new door, served; its install button pressed while it runs; commissioned over TCP with the
    // pairing code accepted (--yes).
    const Run created = door({QStringLiteral("init"), QStringLiteral("--state"), m_lobbyState});
    QVERIFY2(created.code == 0 && created.out.contains(QStringLiteral("not commissioned")),
             qPrintable(created.show()));
    startLobby();
    QVERIFY(m_server.lines.contains(
        QStringLiteral("not commissioned: waiting for the install button (porter-door install)")));
    const Run pressed = door({QStringLiteral("install"), QStringLiteral("--state"), m_lobbyState});
    QVERIFY2(pressed.code == 0, qPrintable(pressed.show()));
    const Run commissioned = ctlConfirmedAtDoor(
        {QStringLiteral("door"), QStringLiteral("commission"), QString::number(m_lobby),
         QStringLiteral("--tcp"), m_server.address(), QStringLiteral("--yes"), QStringLiteral("--json")},
        m_server, m_lobbyState);
    QVERIFY2(commissioned.code == 0, qPrintable(commissioned.show()));
    const QString code = commissioned.obj().value(QStringLiteral("pairingCode")).toString();
    QCOMPARE(code.size(), 6);
    QVERIFY(commissioned.err.contains(code)); // "accepted without checking" on stderr
}

void TestDoorSync::doorcodeOpensUntilRevokeIsSynced()
{
    // A daily code belongs to a local day of the property, and the door and porterctl both run on the
    // real clock: keep this test's minute or so away from midnight in New York.
    const QDateTime local = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/New_York"));
    const qint64 toMidnight = local.secsTo(QDateTime(local.date().addDays(1), QTime(0, 0), local.timeZone()));
    if (toMidnight < 90)
        QTest::qWait(int(toMidnight + 2) * 1000);
    m_dana = invite(QStringLiteral("doorcode"), QStringLiteral("Dana"), QStringLiteral("dana@harbor.test"));
    QVERIFY(m_dana > 0);
    QVERIFY(doorsNeedingSync().contains(m_lobby));

    const QJsonObject first = sync(m_lobby);
    QCOMPARE(first.value(QStringLiteral("updateKind")).toString(), QStringLiteral("full"));
    QVERIFY(first.value(QStringLiteral("versionRecorded")).toBool());
    QVERIFY(first.value(QStringLiteral("pendingChangesCleared")).toInt() >= 1);
    QVERIFY(!doorsNeedingSync().contains(m_lobby));
    QVERIFY(doorsNeedingSync().contains(m_side)); // not synced yet

    const QString code = ok({QStringLiteral("doorcode"), QString::number(m_dana)})
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toString();
    QCOMPARE(code.size(), 7);

    // The door's state is the server's while it runs: try is refused, with one line.
    const Run busy = door(
        {QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState, QStringLiteral("--doorcode"), code});
    expectOneLineError(busy, 1, QStringLiteral("porter-door: "));
    QVERIFY2(busy.err.contains(QStringLiteral("in use")), qPrintable(busy.show()));
    // porterctl opens a door's state directory the way porter-door does (app/common/doorstate.h), so the
    // same lock refuses it, and nothing about the door changes.
    const Run ctlBusy = ctl({QStringLiteral("door"), QStringLiteral("commission"), QString::number(m_lobby),
                             QStringLiteral("--state"), m_lobbyState, QStringLiteral("--replace")});
    expectOneLineError(ctlBusy, 1, QStringLiteral("porterctl: "));
    QVERIFY2(ctlBusy.err.contains(QStringLiteral("in use (porter-door serve?)")), qPrintable(ctlBusy.show()));

    stopLobby();
    const Run granted = door(
        {QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState, QStringLiteral("--doorcode"), code});
    QVERIFY2(granted.code == 0, qPrintable(granted.show()));
    QCOMPARE(granted.out.trimmed(), QStringLiteral("granted (person %1)").arg(m_dana));

    startLobby();
    const Run revoked = ctl({QStringLiteral("revoke"), QString::number(m_dana), QStringLiteral("--yes")});
    QVERIFY2(revoked.code == 0, qPrintable(revoked.show()));
    QVERIFY(doorsNeedingSync().contains(m_lobby));
    const QJsonObject second = sync(m_lobby);
    QCOMPARE(second.value(QStringLiteral("updateKind")).toString(), QStringLiteral("delta"));
    QCOMPARE(second.value(QStringLiteral("activityImported")).toInt(), 1); // the granted attempt
    QVERIFY(!doorsNeedingSync().contains(m_lobby));

    stopLobby();
    const Run denied = door({QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState,
                             QStringLiteral("--doorcode"), code, QStringLiteral("--json")});
    QCOMPARE(denied.code, 3);
    QCOMPARE(denied.obj().value(QStringLiteral("result")).toString(), QStringLiteral("denied"));
    QCOMPARE(denied.obj().value(QStringLiteral("reason")).toString(), QStringLiteral("revoked"));
    const Run deniedText = door(
        {QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState, QStringLiteral("--doorcode"), code});
    QCOMPARE(deniedText.code, 3);
    QCOMPARE(deniedText.out.trimmed(), QStringLiteral("denied: revoked (person %1)").arg(m_dana));

    startLobby();
    QCOMPARE(sync(m_lobby).value(QStringLiteral("activityImported")).toInt(), 2);
    const QJsonArray events =
        ok({QStringLiteral("activity"), QStringLiteral("--door"), QString::number(m_lobby)}).toArray();
    int grantedEvents = 0, revokedEvents = 0;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("action")).toString() != QLatin1String("door-unlock") ||
            e.value(QStringLiteral("personId")).toInteger() != m_dana ||
            e.value(QStringLiteral("credential")).toString() != QLatin1String("doorcode"))
            continue;
        if (e.value(QStringLiteral("result")).toString() == QLatin1String("granted"))
            ++grantedEvents;
        if (e.value(QStringLiteral("result")).toString() == QLatin1String("denied") &&
            e.value(QStringLiteral("reason")).toString() == QLatin1String("revoked"))
            ++revokedEvents;
    }
    QCOMPARE(grantedEvents, 1);
    QCOMPARE(revokedEvents, 2);
}

// Issue 6, item 5, end to end: the phone makes its key (porter-door phone new), Porter signs only the
// public key, the door opens for exactly the current generation until the certificate's end, and a
// lost phone stays refused however many phones follow it.
void TestDoorSync::phoneMadeKeyOpensAfterSync()
{
    m_ana = invite(QStringLiteral("app"), QStringLiteral("Ana"), QStringLiteral("ana@harbor.test"));
    QVERIFY(m_ana > 0);
    const QString phoneDir = m_dir.filePath(QStringLiteral("ana-phone"));
    const Run made =
        door({QStringLiteral("phone"), QStringLiteral("new"), QStringLiteral("--out"), phoneDir});
    QVERIFY2(made.code == 0, qPrintable(made.show()));
    const QString key = phoneDir + QStringLiteral("/phone.key");
    const QString pub = phoneDir + QStringLiteral("/phone.pub");
    const QString cert = phoneDir + QStringLiteral("/phone.cert");
    QCOMPARE(QFile::permissions(key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                        QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    // phone new never replaces a phone's key.
    expectOneLineError(
        door({QStringLiteral("phone"), QStringLiteral("new"), QStringLiteral("--out"), phoneDir}), 1,
        QStringLiteral("porter-door: "));
    // Porter refuses a private key outright, and issues nothing.
    const Run privateKey = ctl({QStringLiteral("person"), QStringLiteral("app-key"), QString::number(m_ana),
                                QStringLiteral("--public-key"), key, QStringLiteral("--out"), cert});
    QCOMPARE(privateKey.code, 2);
    QVERIFY2(privateKey.err.contains(QStringLiteral("private key")), qPrintable(privateKey.show()));
    QVERIFY(!QFile::exists(cert));
    const Run issued =
        ctl({QStringLiteral("person"), QStringLiteral("app-key"), QString::number(m_ana),
             QStringLiteral("--public-key"), pub, QStringLiteral("--out"), cert, QStringLiteral("--json")});
    QVERIFY2(issued.code == 0, qPrintable(issued.show()));
    QCOMPARE(issued.obj().value(QStringLiteral("generation")).toInteger(), qint64(1));
    const QDateTime notAfter =
        QDateTime::fromString(issued.obj().value(QStringLiteral("notAfter")).toString(), Qt::ISODate);
    QVERIFY(notAfter.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(notAfter) - 365LL * 86400) < 120);
    // A keycard for her too: it works once the door synced.
    QVERIFY2(ctl({QStringLiteral("keycard"), QStringLiteral("enroll"), QString::number(m_ana),
                  QStringLiteral("--serial"), QStringLiteral("04A1B2C3")})
                     .code == 0,
             "keycard enroll");
    QVERIFY(sync(m_lobby).value(QStringLiteral("versionRecorded")).toBool());
    stopLobby();
    // Porter never saw the phone's private key: it is nowhere in its database files.
    QFile keyText(key);
    QVERIFY(keyText.open(QIODevice::ReadOnly));
    const QByteArray seed = QByteArray::fromHex(keyText.readAll().split(' ').value(1).trimmed());
    QCOMPARE(seed.size(), 32);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile dbFile(m_db + suffix);
        if (dbFile.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = dbFile.readAll();
            QVERIFY2(!bytes.contains(seed) && !bytes.contains(seed.toHex()), qPrintable(dbFile.fileName()));
        }
    }
    const Run card = door({QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState,
                           QStringLiteral("--card"), QStringLiteral("04:a1:b2:c3")});
    QVERIFY2(card.code == 0, qPrintable(card.show()));
    QCOMPARE(card.out.trimmed(), QStringLiteral("granted (person %1)").arg(m_ana));
    auto tryPhone = [&](const QString &certFile, const QString &keyFile, const QStringList &extra = {}) {
        return door(QStringList{QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState,
                                QStringLiteral("--app"), certFile, QStringLiteral("--phone-key"), keyFile} +
                    extra);
    };
    const Run granted = tryPhone(cert, key, {QStringLiteral("--json")});
    QVERIFY2(granted.code == 0, qPrintable(granted.show()));
    QCOMPARE(granted.obj().value(QStringLiteral("credential")).toString(), QStringLiteral("app"));
    QCOMPARE(granted.obj().value(QStringLiteral("personId")).toInteger(), m_ana);
    // The certificate without the phone's private key is nothing (and the reverse is a usage error).
    expectOneLineError(
        door({QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState, QStringLiteral("--app"), cert}),
        2, QStringLiteral("porter-door: "));
    expectOneLineError(tryPhone(cert, pub), 1, QStringLiteral("porter-door: "));
    // The certificate ends by the door's clock, a year on.
    const Run expired = tryPhone(
        cert, key, {QStringLiteral("--at"), issued.obj().value(QStringLiteral("notAfter")).toString()});
    QCOMPARE(expired.code, 3);
    QCOMPARE(expired.out.trimmed(), QStringLiteral("denied: certificate expired (person %1)").arg(m_ana));

    // The phone is lost. A new phone, enrolled several times over (each a new generation): the door
    // knows none of them until it syncs, and after the sync only the newest opens.
    const QString newDir = m_dir.filePath(QStringLiteral("ana-phone-2"));
    QCOMPARE(door({QStringLiteral("phone"), QStringLiteral("new"), QStringLiteral("--out"), newDir}).code, 0);
    QStringList certs;
    for (int i = 0; i < 4; ++i) {
        certs << newDir + QStringLiteral("/phone-%1.cert").arg(i);
        const Run r = ctl({QStringLiteral("person"), QStringLiteral("app-key"), QString::number(m_ana),
                           QStringLiteral("--public-key"), newDir + QStringLiteral("/phone.pub"),
                           QStringLiteral("--out"), certs.last(), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
        QCOMPARE(r.obj().value(QStringLiteral("generation")).toInteger(), qint64(2 + i));
    }
    const QString newKey = newDir + QStringLiteral("/phone.key");
    const Run ahead = tryPhone(certs.last(), newKey);
    QCOMPARE(ahead.code, 3);
    QCOMPARE(ahead.out.trimmed(), QStringLiteral("denied: stale app key (person %1)").arg(m_ana));
    startLobby();
    QVERIFY(sync(m_lobby).value(QStringLiteral("versionRecorded")).toBool());
    stopLobby();
    const Run lost = tryPhone(cert, key);
    QCOMPARE(lost.code, 3);
    QCOMPARE(lost.out.trimmed(), QStringLiteral("denied: stale app key (person %1)").arg(m_ana));
    for (int i = 0; i + 1 < certs.size(); ++i)
        QCOMPARE(tryPhone(certs.at(i), newKey).code, 3);
    const Run current = tryPhone(certs.last(), newKey);
    QVERIFY2(current.code == 0, qPrintable(current.show()));
    // Without --out the certificate is printed, in the same file format.
    const Run printed = ctl({QStringLiteral("person"), QStringLiteral("app-key"), QString::number(m_ana),
                             QStringLiteral("--public-key"), newDir + QStringLiteral("/phone.pub")});
    QVERIFY2(printed.code == 0, qPrintable(printed.show()));
    QVERIFY2(printed.out.startsWith(QStringLiteral("porter-app-certificate-2 ")), qPrintable(printed.show()));
}

void TestDoorSync::rejectedPairingCodeLeavesDoorUncommissioned()
{
    // Someone else's door answers at the address: the pairing code the manager is shown is not the
    // one on the door in front of them, so they answer "n".
    QCOMPARE(door({QStringLiteral("init"), QStringLiteral("--state"), m_sideState}).code, 0);
    QCOMPARE(door({QStringLiteral("install"), QStringLiteral("--state"), m_sideState}).code, 0);
    Server side = serve(m_sideState);
    QVERIFY(side.port != 0);
    const Run refused = ctl({QStringLiteral("door"), QStringLiteral("commission"), QString::number(m_side),
                             QStringLiteral("--tcp"), side.address()},
                            QByteArrayLiteral("n\n"));
    QCOMPARE(stop(side), 0);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.out.isEmpty(), qPrintable(refused.show()));
    const QStringList errLines = refused.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The prompt (no newline) and the one-line error.
    QVERIFY2(errLines.size() == 1 && errLines.constFirst().startsWith(QStringLiteral("Does the door show ")),
             qPrintable(refused.show()));
    static const QRegularExpression asked(
        QStringLiteral("Does the door show (\\d{6})\\? \\[y/N\\] porterctl: "));
    const auto m = asked.match(refused.err);
    QVERIFY2(m.hasMatch(), qPrintable(refused.show()));
    QVERIFY2(side.lines.contains(QStringLiteral("pairing code %1").arg(m.captured(1))),
             qPrintable(side.lines.join(QLatin1Char('\n'))));

    const Run status =
        door({QStringLiteral("status"), QStringLiteral("--state"), m_sideState, QStringLiteral("--json")});
    QVERIFY2(status.code == 0, qPrintable(status.show()));
    QCOMPARE(status.obj().value(QStringLiteral("commissioned")).toBool(), false);
    const QJsonObject shown =
        ok({QStringLiteral("door"), QStringLiteral("show"), QString::number(m_side)}).toObject();
    QCOMPARE(shown.value(QStringLiteral("commissioned")).toBool(), false);
}

// A state folder whose name is not ASCII (a technician named José, a site called "Ñandú") opens: the
// door library takes UTF-8 names and opens them as such on every OS (on Windows through wide names).
void TestDoorSync::doorStateInAFolderWithAccents()
{
    const QString state = m_dir.filePath(QStringLiteral("José Ñandú/puerta principal"));
    const Run init = door({QStringLiteral("init"), QStringLiteral("--state"), state});
    QVERIFY2(init.code == 0, qPrintable(init.show()));
    QVERIFY(QFileInfo(state).isDir());
    const Run install = door({QStringLiteral("install"), QStringLiteral("--state"), state});
    QVERIFY2(install.code == 0, qPrintable(install.show()));
    const Run status =
        door({QStringLiteral("status"), QStringLiteral("--state"), state, QStringLiteral("--json")});
    QVERIFY2(status.code == 0, qPrintable(status.show()));
    QCOMPARE(status.obj().value(QStringLiteral("commissioned")).toBool(true), false);
}

void TestDoorSync::syncToStoppedServerFailsInOneLine()
{
    QVERIFY(!m_server.process); // stopped by the previous test
    const Run r = ctl({QStringLiteral("door"), QStringLiteral("sync"), QString::number(m_lobby),
                       QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(m_lastPort)});
    expectOneLineError(r, 1, QStringLiteral("porterctl: "));
}

void TestDoorSync::batteryAndDriftShowAfterSync()
{
    const Run set =
        door({QStringLiteral("set"), QStringLiteral("--state"), m_lobbyState, QStringLiteral("--battery"),
              QStringLiteral("42"), QStringLiteral("--clock-offset"), QStringLiteral("120")});
    QVERIFY2(set.code == 0, qPrintable(set.show()));
    const Run status =
        door({QStringLiteral("status"), QStringLiteral("--state"), m_lobbyState, QStringLiteral("--json")});
    QCOMPARE(status.obj().value(QStringLiteral("batteryPercent")).toInt(), 42);
    QVERIFY(qAbs(status.obj().value(QStringLiteral("clockOffsetSeconds")).toInteger() - 120) <= 2);
    QVERIFY(status.obj().value(QStringLiteral("commissioned")).toBool());

    startLobby();
    const QJsonObject synced = sync(m_lobby);
    QCOMPARE(synced.value(QStringLiteral("batteryPercent")).toInt(), 42);
    const QJsonObject shown =
        ok({QStringLiteral("door"), QStringLiteral("show"), QString::number(m_lobby)}).toObject();
    QCOMPARE(shown.value(QStringLiteral("batteryPercent")).toInt(), 42);
    QVERIFY2(qAbs(shown.value(QStringLiteral("clockDriftSeconds")).toInteger() - 120) <= 5,
             qPrintable(QString::fromUtf8(QJsonDocument(shown).toJson())));
    QVERIFY(shown.value(QStringLiteral("commissioned")).toBool());
    QCOMPARE(shown.value(QStringLiteral("pendingChanges")).toInt(), 0);
    QVERIFY(!shown.value(QStringLiteral("lastSyncAt")).isNull());
    stopLobby();
    // The sync set the door's clock back to true time.
    const Run after =
        door({QStringLiteral("status"), QStringLiteral("--state"), m_lobbyState, QStringLiteral("--json")});
    QVERIFY(qAbs(after.obj().value(QStringLiteral("clockOffsetSeconds")).toInteger()) <= 2);
}

void TestDoorSync::commissioningNeedsTheInstallButton()
{
    // A door in Bluetooth range whose button nobody pressed cannot be paired by anyone, Porter included.
    m_gateDoor = ok({QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"),
                     QString::number(m_property), QStringLiteral("--name"), QStringLiteral("Back Gate"),
                     QStringLiteral("--type"), QStringLiteral("service")})
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger();
    QVERIFY(m_gateDoor > 0);
    m_gateState = m_dir.filePath(QStringLiteral("gate-door"));
    QCOMPARE(door({QStringLiteral("init"), QStringLiteral("--state"), m_gateState}).code, 0);
    m_gate = serve(m_gateState);
    QVERIFY(m_gate.port != 0);
    const Run refused =
        ctl({QStringLiteral("door"), QStringLiteral("commission"), QString::number(m_gateDoor),
             QStringLiteral("--tcp"), m_gate.address(), QStringLiteral("--yes")});
    expectOneLineError(refused, 1, QStringLiteral("porterctl: "));
    QVERIFY2(refused.err.contains(QStringLiteral("not in install mode")), qPrintable(refused.show()));
    // The button works while the door runs; then the pairing goes through.
    const Run pressed = door({QStringLiteral("install"), QStringLiteral("--state"), m_gateState});
    QVERIFY2(pressed.code == 0 && pressed.out.contains(QStringLiteral("10 minutes")),
             qPrintable(pressed.show()));
    // The code confirmed on the laptop (--yes) and, at the door, with its button (porter-door confirm):
    // without that press the door holds the commissioning and never commits
    // (tst_doorpairing::racingPeerCannotPairWithoutThePersonAtTheDoor).
    const Run done = ctlConfirmedAtDoor({QStringLiteral("door"), QStringLiteral("commission"),
                                         QString::number(m_gateDoor), QStringLiteral("--tcp"),
                                         m_gate.address(), QStringLiteral("--yes"), QStringLiteral("--json")},
                                        m_gate, m_gateState);
    QVERIFY2(done.code == 0, qPrintable(done.show()));
    // A second press on a commissioned door is refused: only a reset makes it new again.
    const Run again = door({QStringLiteral("install"), QStringLiteral("--state"), m_gateState});
    QVERIFY2(again.code == 1 && again.err.contains(QStringLiteral("already commissioned")),
             qPrintable(again.show()));
}

void TestDoorSync::recommissioningAKnownDoorWarnsAndIsLogged()
{
    // The door was reset on site (or swapped by someone): Porter holds an identity for it.
    QCOMPARE(stop(m_gate), 0);
    const Run reset = door({QStringLiteral("reset"), QStringLiteral("--state"), m_gateState});
    QVERIFY2(reset.code == 0, qPrintable(reset.show()));
    QCOMPARE(door({QStringLiteral("install"), QStringLiteral("--state"), m_gateState}).code, 0);
    m_gate = serve(m_gateState);
    QVERIFY(m_gate.port != 0);
    // The manager is warned and says no: nothing is sent to the door, the old identity stays.
    const Run declined =
        ctl({QStringLiteral("door"), QStringLiteral("commission"), QString::number(m_gateDoor),
             QStringLiteral("--tcp"), m_gate.address(), QStringLiteral("--yes")},
            QByteArrayLiteral("n\n"));
    QCOMPARE(declined.code, 1);
    QVERIFY2(declined.err.contains(QStringLiteral("warning: door %1").arg(m_gateDoor)) &&
                 declined.err.contains(QStringLiteral("Replace the identity")) &&
                 declined.err.contains(QStringLiteral("keeps the identity")),
             qPrintable(declined.show()));
    QVERIFY(!m_gate.process->waitForReadyRead(300) ||
            !QString::fromUtf8(m_gate.process->peek(4096)).contains(QStringLiteral("pairing code")));
    // Asked again, the manager says yes: the door is paired and the replacement is in the log.
    const Run replaced = ctlConfirmedAtDoor(
        {QStringLiteral("door"), QStringLiteral("commission"), QString::number(m_gateDoor),
         QStringLiteral("--tcp"), m_gate.address(), QStringLiteral("--yes"), QStringLiteral("--json")},
        m_gate, m_gateState, QByteArrayLiteral("y\n"));
    QVERIFY2(replaced.code == 0, qPrintable(replaced.show()));
    QVERIFY(replaced.obj().value(QStringLiteral("replaced")).toBool());
    const QJsonArray log =
        ok({QStringLiteral("activity"), QStringLiteral("--door"), QString::number(m_gateDoor)}).toArray();
    bool logged = false;
    for (const QJsonValue &v : log)
        logged = logged || QJsonDocument(v.toObject()).toJson().contains("Replaced the identity of door");
    QVERIFY2(logged, QJsonDocument(log).toJson().constData());
    // Porter now trusts the new identity only: a sync of the reset door works.
    const Run synced = ctl({QStringLiteral("door"), QStringLiteral("sync"), QString::number(m_gateDoor),
                            QStringLiteral("--tcp"), m_gate.address()});
    QVERIFY2(synced.code == 0, qPrintable(synced.show()));
}

void TestDoorSync::tamperedDoorRefusesEverythingUntilReset()
{
    QCOMPARE(stop(m_gate), 0);
    // One byte of the door's state changed on its flash: the door must not fall back to a new door.
    QFile state(QDir(m_gateState).filePath(QStringLiteral("door.state")));
    QVERIFY(state.open(QIODevice::ReadWrite));
    QByteArray bytes = state.readAll();
    bytes[10] = char(bytes.at(10) ^ 0x20);
    QVERIFY(state.seek(0) && state.write(bytes) == bytes.size());
    state.close();
    m_gate = serve(m_gateState);
    QVERIFY(m_gate.port != 0);
    QVERIFY2(m_gate.lines.join(QLatin1Char('\n')).contains(QStringLiteral("FAULT")),
             qPrintable(m_gate.lines.join(QLatin1Char('\n'))));
    const Run synced = ctl({QStringLiteral("door"), QStringLiteral("sync"), QString::number(m_gateDoor),
                            QStringLiteral("--tcp"), m_gate.address()});
    expectOneLineError(synced, 1, QStringLiteral("porterctl: "));
    QVERIFY2(synced.err.contains(QStringLiteral("refuses everything")), qPrintable(synced.show()));
    const Run thief = ctl({QStringLiteral("door"), QStringLiteral("commission"), QString::number(m_gateDoor),
                           QStringLiteral("--tcp"), m_gate.address(), QStringLiteral("--yes"),
                           QStringLiteral("--replace")});
    QCOMPARE(thief.code, 1);
    QCOMPARE(stop(m_gate), 0);
    const Run button = door({QStringLiteral("install"), QStringLiteral("--state"), m_gateState});
    QVERIFY2(button.code == 1 && button.err.contains(QStringLiteral("porter-door reset")),
             qPrintable(button.show()));
    const Run card = door({QStringLiteral("try"), QStringLiteral("--state"), m_gateState,
                           QStringLiteral("--card"), QStringLiteral("0A0B")});
    QCOMPARE(card.code, 1);
    // The deliberate reset makes it a new door again.
    QCOMPARE(door({QStringLiteral("reset"), QStringLiteral("--state"), m_gateState}).code, 0);
    const Run status =
        door({QStringLiteral("status"), QStringLiteral("--state"), m_gateState, QStringLiteral("--json")});
    QCOMPARE(status.obj().value(QStringLiteral("faulted")).toBool(), false);
    QCOMPARE(status.obj().value(QStringLiteral("commissioned")).toBool(), false);
}

// Issue 6 item 4 through the real binaries: a person with one valid code types it between guesses;
// the keypad still locks (it used to reset on every valid code), and the lockout is an alarm that
// Issue 10 end to end: porterctl delivers the day's doorcode to a real SMTP server on loopback; the
// code read from the received email opens the synced porter-door on its day and not on the next.
// The property's signing key is rotated with porterctl (as removing a manager who held it does): the real
// door follows the step at its next sync, reports the new key, and refuses what the old key signed — here
// Ana's phone certificate; enrolled again, her phone opens the door.
void TestDoorSync::rotatedSigningKeyStopsTheOldKeysCertificates()
{
    QVERIFY(!m_server.process);
    const QString phoneDir = m_dir.filePath(QStringLiteral("ana-phone-2"));
    const QString key = phoneDir + QStringLiteral("/phone.key");
    const QString oldCert = phoneDir + QStringLiteral("/phone-before-rotation.cert");
    auto tryPhone = [&](const QString &cert) {
        return door({QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState, QStringLiteral("--app"),
                     cert, QStringLiteral("--phone-key"), key});
    };
    // Ana's phone, enrolled and synced under the first key: it opens.
    const Run enrolled = ctl({QStringLiteral("person"), QStringLiteral("app-key"), QString::number(m_ana),
                              QStringLiteral("--public-key"), phoneDir + QStringLiteral("/phone.pub"),
                              QStringLiteral("--out"), oldCert});
    QVERIFY2(enrolled.code == 0, qPrintable(enrolled.show()));
    startLobby();
    QVERIFY(sync(m_lobby).value(QStringLiteral("versionRecorded")).toBool());
    stopLobby();
    QVERIFY2(tryPhone(oldCert).code == 0, qPrintable(tryPhone(oldCert).show()));
    Run status =
        door({QStringLiteral("status"), QStringLiteral("--state"), m_lobbyState, QStringLiteral("--json")});
    QCOMPARE(status.obj().value(QStringLiteral("signingKeyEpoch")).toInteger(), 1);
    const QString oldKey = status.obj().value(QStringLiteral("signingKey")).toString();

    const Run rotated = ctl({QStringLiteral("property"), QStringLiteral("rotate-signing-key"),
                             QString::number(m_property), QStringLiteral("--json")});
    QVERIFY2(rotated.code == 0, qPrintable(rotated.show()));
    QCOMPARE(rotated.obj().value(QStringLiteral("signingKeyEpoch")).toInteger(), 2);
    const QString newKey = rotated.obj().value(QStringLiteral("fingerprint")).toString();
    QVERIFY(!newKey.isEmpty() && newKey != oldKey);
    QVERIFY(rotated.obj().value(QStringLiteral("phonesToReenrol")).toArray().contains(QStringLiteral("Ana")));
    QVERIFY(doorsNeedingSync().contains(m_lobby));
    QVERIFY(ok({QStringLiteral("door"), QStringLiteral("show"), QString::number(m_lobby)})
                .toObject()
                .value(QStringLiteral("oldSigningKey"))
                .toBool());
    // Not synced yet: the door trusts the old key, and the old certificate still opens it.
    QCOMPARE(tryPhone(oldCert).code, 0);

    startLobby();
    const QJsonObject synced = sync(m_lobby);
    QVERIFY2(synced.value(QStringLiteral("signingKeyRotated")).toBool(),
             qPrintable(QString::fromUtf8(QJsonDocument(synced).toJson())));
    QCOMPARE(synced.value(QStringLiteral("signingKeyEpoch")).toInteger(), 2);
    stopLobby();
    status =
        door({QStringLiteral("status"), QStringLiteral("--state"), m_lobbyState, QStringLiteral("--json")});
    QCOMPARE(status.obj().value(QStringLiteral("signingKeyEpoch")).toInteger(), 2);
    QCOMPARE(status.obj().value(QStringLiteral("signingKey")).toString(), newKey);
    QVERIFY(!ok({QStringLiteral("door"), QStringLiteral("show"), QString::number(m_lobby)})
                 .toObject()
                 .value(QStringLiteral("oldSigningKey"))
                 .toBool());
    const Run refused = tryPhone(oldCert);
    QCOMPARE(refused.code, 3);

    // Enrolled again (same phone key, a new generation, signed by the new key), synced: it opens.
    const QString newCert = phoneDir + QStringLiteral("/phone-rotated.cert");
    const Run issued = ctl({QStringLiteral("person"), QStringLiteral("app-key"), QString::number(m_ana),
                            QStringLiteral("--public-key"), phoneDir + QStringLiteral("/phone.pub"),
                            QStringLiteral("--out"), newCert});
    QVERIFY2(issued.code == 0, qPrintable(issued.show()));
    startLobby();
    QVERIFY(sync(m_lobby).value(QStringLiteral("versionRecorded")).toBool());
    stopLobby();
    const Run opens = tryPhone(newCert);
    QVERIFY2(opens.code == 0, qPrintable(opens.show()));
    QCOMPARE(opens.out.trimmed(), QStringLiteral("granted (person %1)").arg(m_ana));
}

void TestDoorSync::dailyDoorcodeEmailOpensOnItsDayOnly()
{
    const QTimeZone zone("America/New_York");
    const QDateTime local = QDateTime::currentDateTimeUtc().toTimeZone(zone);
    const qint64 toMidnight = local.secsTo(QDateTime(local.date().addDays(1), QTime(0, 0), zone));
    if (toMidnight < 120)
        QTest::qWait(int(toMidnight + 2) * 1000);
    porter::test::SmtpServer server;
    QVERIFY2(server.running(), qPrintable(server.error()));
    const Run configured =
        ctl({QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("--host"),
             QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()),
             QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
             QStringLiteral("porter@harbor.test")});
    QVERIFY2(configured.code == 0, qPrintable(configured.show()));
    startLobby();
    const qint64 fay =
        invite(QStringLiteral("doorcode"), QStringLiteral("Fay"), QStringLiteral("fay@harbor.test"));
    QVERIFY(fay > 0);
    QVERIFY(sync(m_lobby).value(QStringLiteral("versionRecorded")).toBool());
    stopLobby();
    const Run sent =
        ctl({QStringLiteral("doorcodes"), QStringLiteral("send-daily"), QStringLiteral("--json")});
    QVERIFY2(sent.code == 0, qPrintable(sent.show()));
    QList<porter::test::SmtpServer::Received> mine;
    for (const porter::test::SmtpServer::Received &m : server.received())
        if (m.rcptTos.contains(QStringLiteral("fay@harbor.test")))
            mine << m;
    QCOMPARE(mine.size(), 2); // her welcome email and today's code
    // The doorcode email is the one with a 7-digit code in its text (the welcome email has none).
    QString code;
    static const QRegularExpression digits(QStringLiteral("(?<![0-9])[0-9]{7}(?![0-9])"));
    for (const porter::test::SmtpServer::Received &m : mine) {
        const QRegularExpressionMatch hit = digits.match(porter::test::SmtpServer::decodedBody(m.raw));
        if (hit.hasMatch())
            code = hit.captured(0);
    }
    QVERIFY2(!code.isEmpty(), qPrintable(porter::test::SmtpServer::decodedBody(mine.last().raw)));
    QCOMPARE(door({QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState,
                   QStringLiteral("--doorcode"), code})
                 .out.trimmed(),
             QStringLiteral("granted (person %1)").arg(fay));
    const QString tomorrowNoon = local.date().addDays(1).toString(Qt::ISODate) + QStringLiteral(" 12:00");
    const QString nextDay = door({QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState,
                                  QStringLiteral("--doorcode"), code, QStringLiteral("--at"), tomorrowNoon,
                                  QStringLiteral("--tz"), QStringLiteral("America/New_York")})
                                .out.trimmed();
    QVERIFY2(nextDay.startsWith(QStringLiteral("denied")), qPrintable(nextDay));
    // A second run the same day sends nothing twice.
    const qsizetype before = server.received().size();
    const Run again =
        ctl({QStringLiteral("doorcodes"), QStringLiteral("send-daily"), QStringLiteral("--json")});
    QVERIFY2(again.code == 0, qPrintable(again.show()));
    QCOMPARE(server.received().size(), before);
}

// porterctl door sync imports and door show / door list / activity show.
void TestDoorSync::keypadLockoutAlarmReachesPorter()
{
    const QDateTime local = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/New_York"));
    const qint64 toMidnight = local.secsTo(QDateTime(local.date().addDays(1), QTime(0, 0), local.timeZone()));
    if (toMidnight < 90)
        QTest::qWait(int(toMidnight + 2) * 1000);
    startLobby();
    const qint64 eve =
        invite(QStringLiteral("doorcode"), QStringLiteral("Eve"), QStringLiteral("eve@harbor.test"));
    QVERIFY(eve > 0);
    QVERIFY(sync(m_lobby).value(QStringLiteral("versionRecorded")).toBool());
    const QJsonObject before =
        ok({QStringLiteral("door"), QStringLiteral("show"), QString::number(m_lobby)}).toObject();
    const int alarmsBefore = before.value(QStringLiteral("alarms")).toInt();
    stopLobby();
    const QString code = ok({QStringLiteral("doorcode"), QString::number(eve)})
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toString();
    QString wrong = code;
    wrong[wrong.size() - 1] = QChar(u'0' + (wrong.back().digitValue() + 1) % 10);
    auto tryCode = [&](const QString &c) {
        return door({QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState,
                     QStringLiteral("--doorcode"), c})
            .out.trimmed();
    };
    QCOMPARE(tryCode(wrong), QStringLiteral("denied: unknown"));
    QCOMPARE(tryCode(code), QStringLiteral("granted (person %1)").arg(eve));
    // Four more guesses are at most what the keypad allows in total (five failures), whatever the
    // valid code in between.
    for (int i = 0; i < 4; ++i) {
        const QString r = tryCode(wrong);
        QVERIFY2(r == QLatin1String("denied: unknown") || r == QLatin1String("denied: locked out"),
                 qPrintable(r));
    }
    QCOMPARE(tryCode(code), QStringLiteral("denied: locked out"));

    startLobby();
    const QJsonObject synced = sync(m_lobby);
    QVERIFY(synced.value(QStringLiteral("alarmsImported")).toInt() >= 1);
    stopLobby();
    const QJsonObject shown =
        ok({QStringLiteral("door"), QStringLiteral("show"), QString::number(m_lobby)}).toObject();
    QVERIFY(shown.value(QStringLiteral("alarms")).toInt() > alarmsBefore);
    bool lockout = false;
    for (const QJsonValue &v : shown.value(QStringLiteral("alarmList")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("kind")).toString() == QLatin1String("keypad-lockout")) {
            lockout = true;
            QVERIFY(a.value(QStringLiteral("detail")).toInteger() >= 60);
            QCOMPARE(a.value(QStringLiteral("source")).toString(), QStringLiteral("door"));
            QVERIFY(!a.value(QStringLiteral("at")).isNull());
        }
    }
    QVERIFY2(lockout, qPrintable(QString::fromUtf8(QJsonDocument(shown).toJson())));
    const Run text = ctl({QStringLiteral("door"), QStringLiteral("show"), QString::number(m_lobby)});
    QVERIFY2(text.out.contains(QStringLiteral("keypad-lockout")), qPrintable(text.show()));
    const Run list = ctl({QStringLiteral("door"), QStringLiteral("list"), QStringLiteral("--property"),
                          QString::number(m_property)});
    QVERIFY2(list.out.contains(QStringLiteral("ALARMS")), qPrintable(list.show()));
    int alarmEvents = 0;
    for (const QJsonValue &v :
         ok({QStringLiteral("activity"), QStringLiteral("--door"), QString::number(m_lobby)}).toArray())
        alarmEvents += v.toObject().value(QStringLiteral("action")).toString() == QLatin1String("door-alarm");
    QVERIFY(alarmEvents >= 1);
}

// The attack: someone copied a door's state (a stolen door, a backup of its storage) and so holds the
// property's doorcode secret; they compute a person's code. Rotating the secret stops that code at
// each door once the door is synced, while porterctl doorcode gives the person the code that works;
// Porter lists the doors that still hold the old secret.
void TestDoorSync::rotatedDoorcodeSecretStopsLeakedCodes()
{
    const QDateTime local = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/New_York"));
    const qint64 toMidnight = local.secsTo(QDateTime(local.date().addDays(1), QTime(0, 0), local.timeZone()));
    if (toMidnight < 120)
        QTest::qWait(int(toMidnight + 2) * 1000);
    QVERIFY(!m_server.process);
    const qint64 rae =
        invite(QStringLiteral("doorcode"), QStringLiteral("Rae"), QStringLiteral("rae@harbor.test"));
    QVERIFY(rae > 0);
    // The side gate: commissioned in process (its state directory exists from an earlier test), its
    // install button pressed first.
    QCOMPARE(door({QStringLiteral("install"), QStringLiteral("--state"), m_sideState}).code, 0);
    const Run commissioned = ctl({QStringLiteral("door"), QStringLiteral("commission"),
                                  QString::number(m_side), QStringLiteral("--state"), m_sideState});
    QVERIFY2(commissioned.code == 0, qPrintable(commissioned.show()));
    startLobby();
    QVERIFY(sync(m_lobby).value(QStringLiteral("versionRecorded")).toBool());
    stopLobby();
    Server side = serve(m_sideState);
    QVERIFY(side.port != 0);
    const Run sideSync = ctl({QStringLiteral("door"), QStringLiteral("sync"), QString::number(m_side),
                              QStringLiteral("--tcp"), side.address(), QStringLiteral("--json")});
    QCOMPARE(stop(side), 0);
    QVERIFY2(sideSync.code == 0, qPrintable(sideSync.show()));

    // porter-door keeps its state for its own user only (the identity key and the doorcode secret
    // are in it).
#ifndef _WIN32
    struct stat st
    {};
    QCOMPARE(::stat(m_lobbyState.toLocal8Bit().constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 07777), 0700);
    for (const QString &name :
         {QStringLiteral("door.state"), QStringLiteral("door.ring"), QStringLiteral("door.journal")}) {
        QCOMPARE(::stat(QDir(m_lobbyState).filePath(name).toLocal8Bit().constData(), &st), 0);
        QVERIFY2((st.st_mode & 07777) == 0600, qPrintable(name));
    }
#endif

    // The leak: a copy of the lobby's storage, read as the door reads it.
    const QString copy = m_dir.filePath(QStringLiteral("stolen-lobby"));
    QVERIFY(QDir().mkpath(copy));
    for (const QString &name :
         {QStringLiteral("door.state"), QStringLiteral("door.ring"), QStringLiteral("door.journal")})
        QVERIFY(QFile::copy(QDir(m_lobbyState).filePath(name), QDir(copy).filePath(name)));
    porter::door::FileStorage stolenStorage(copy.toStdString());
    porter::door::Door stolen(stolenStorage);
    QCOMPARE(stolen.load(), porter::door::LoadResult::Loaded);
    const QString attackerCode =
        QString::fromStdString(stolen.doorcodeFor(std::uint32_t(rae), QDateTime::currentSecsSinceEpoch()));
    const QJsonObject before = ok({QStringLiteral("doorcode"), QString::number(rae)}).toObject();
    QCOMPARE(before.value(QStringLiteral("code")).toString(), attackerCode); // the attacker has the real code
    QCOMPARE(before.value(QStringLiteral("doorcodeEpoch")).toInteger(), 1);
    const Run opens = door({QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState,
                            QStringLiteral("--doorcode"), attackerCode});
    QVERIFY2(opens.code == 0, qPrintable(opens.show()));

    const Run rotated = ctl({QStringLiteral("property"), QStringLiteral("rotate-doorcode-secret"),
                             QString::number(m_property), QStringLiteral("--json")});
    QVERIFY2(rotated.code == 0, qPrintable(rotated.show()));
    QCOMPARE(rotated.obj().value(QStringLiteral("doorcodeEpoch")).toInteger(), 2);
    QCOMPARE(rotated.obj().value(QStringLiteral("doorsWithOldDoorcodeSecret")).toArray().size(), 2);
    QVERIFY(doorsNeedingSync().contains(m_lobby));
    QVERIFY(doorsNeedingSync().contains(m_side));

    const QString freshCode = ok({QStringLiteral("doorcode"), QString::number(rae)})
                                  .toObject()
                                  .value(QStringLiteral("code"))
                                  .toString();
    QCOMPARE(freshCode.size(), 7);
    QVERIFY(freshCode != attackerCode);
    // Not synced yet: the lobby still holds the old secret.
    QVERIFY(door({QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState,
                  QStringLiteral("--doorcode"), attackerCode})
                .code == 0);

    startLobby();
    const QJsonObject synced = sync(m_lobby);
    QVERIFY(synced.value(QStringLiteral("doorcodeSecretRotated")).toBool());
    QCOMPARE(synced.value(QStringLiteral("doorcodeEpoch")).toInteger(), 2);
    stopLobby();

    const Run denied = door({QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState,
                             QStringLiteral("--doorcode"), attackerCode, QStringLiteral("--json")});
    QCOMPARE(denied.code, 3);
    QCOMPARE(denied.obj().value(QStringLiteral("reason")).toString(), QStringLiteral("unknown"));
    const Run granted = door({QStringLiteral("try"), QStringLiteral("--state"), m_lobbyState,
                              QStringLiteral("--doorcode"), freshCode});
    QVERIFY2(granted.code == 0, qPrintable(granted.show()));
    QCOMPARE(granted.out.trimmed(), QStringLiteral("granted (person %1)").arg(rae));
    const Run status =
        door({QStringLiteral("status"), QStringLiteral("--state"), m_lobbyState, QStringLiteral("--json")});
    QCOMPARE(status.obj().value(QStringLiteral("doorcodeEpoch")).toInteger(), 2);

    // The side gate has not synced: the stolen code still opens it, and Porter says so everywhere.
    QCOMPARE(door({QStringLiteral("try"), QStringLiteral("--state"), m_sideState,
                   QStringLiteral("--doorcode"), attackerCode})
                 .code,
             0);
    const QJsonArray doors = ok({QStringLiteral("door"), QStringLiteral("list"), QStringLiteral("--property"),
                                 QString::number(m_property)})
                                 .toArray();
    for (const QJsonValue &v : doors) {
        const QJsonObject d = v.toObject();
        const qint64 id = d.value(QStringLiteral("id")).toInteger();
        if (id == m_lobby || id == m_side)
            QCOMPARE(d.value(QStringLiteral("oldDoorcodeSecret")).toBool(), id == m_side);
    }
    const Run listed = ctl({QStringLiteral("door"), QStringLiteral("list"), QStringLiteral("--property"),
                            QString::number(m_property)});
    QVERIFY2(listed.out.contains(QStringLiteral("epoch 1 (old: sync this door)")), qPrintable(listed.show()));
    QVERIFY2(listed.out.contains(QStringLiteral("epoch 2 (current)")), qPrintable(listed.show()));
    const Run shown = ctl({QStringLiteral("door"), QStringLiteral("show"), QString::number(m_side)});
    QVERIFY2(shown.out.contains(QStringLiteral("Doorcode secret:   epoch 1 (old: sync this door)")),
             qPrintable(shown.show()));
    const Run property =
        ctl({QStringLiteral("property"), QStringLiteral("show"), QString::number(m_property)});
    QVERIFY2(property.code == 0 && property.out.contains(QStringLiteral("Doorcode secret:   epoch 2")) &&
                 property.out.contains(QStringLiteral("Old secret at:     1 door(s): %1").arg(m_side)),
             qPrintable(property.show()));
    QVERIFY(doorsNeedingSync().contains(m_side));
    QVERIFY(!doorsNeedingSync().contains(m_lobby));
}

// `porter-door serve --ble` is a real peripheral (Qt's kernel backend on Linux): on a machine with no
// Bluetooth controller, like CI's, it must say in one line what it needs instead of hanging or
// pretending to serve; --ble and --listen together are a usage error.
void TestDoorSync::bluetoothDoorSaysWhatItNeeds()
{
    const QString state = QDir(m_dir.path()).filePath(QStringLiteral("ble-door"));
    QCOMPARE(door({QStringLiteral("init"), QStringLiteral("--state"), state}).code, 0);
    const Run both = door({QStringLiteral("serve"), QStringLiteral("--state"), state, QStringLiteral("--ble"),
                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    expectOneLineError(both, 2, QStringLiteral("porter-door: serve needs either --listen"));
    if (!QDir(QStringLiteral("/sys/class/bluetooth")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty())
        QSKIP("this machine has a Bluetooth controller: serve --ble would really advertise "
              "(docs/hardware-check.md)");
    const Run served =
        door({QStringLiteral("serve"), QStringLiteral("--state"), state, QStringLiteral("--ble")});
    expectOneLineError(served, 1, QStringLiteral("porter-door: No usable Bluetooth adapter was found."));
    QVERIFY2(served.err.contains(QStringLiteral("CAP_NET_RAW")), qPrintable(served.show()));
}

void TestDoorSync::cleanupTestCase()
{
    stop(m_gate);
    stop(m_server);
    qInfo("tst_doorsync took %lld ms", m_timer.elapsed());
}

QTEST_GUILESS_MAIN(TestDoorSync)
#include "tst_doorsync.moc"

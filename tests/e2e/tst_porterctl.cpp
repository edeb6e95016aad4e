// The seed article's whole workflow through the real porterctl binary, plus its validation, DST and
// permission rules as a script would see them: exit status, one-line errors, and --json output.
// tst_porterctl_pg runs it all again with the portfolio on a PostgreSQL server (--db postgresql://...),
// the password found by libpq in its password file.
#include "../support/zonenames.h"
#include "pgserver.h"
#include "run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using porter::test::zoneAbbreviation;

namespace {

const QString kOwner = QStringLiteral("olive@harbor.test");
const QString kPassword = QStringLiteral("correct horse battery");
// 2026-03-07 12:00 EST: the day before the spring-forward change in America/New_York.
const QString kNow = QStringLiteral("2026-03-07T17:00:00Z");

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

QList<qint64> idsOf(const QJsonArray &a, const QString &field = QStringLiteral("id"))
{
    QList<qint64> out;
    for (const QJsonValue &v : a)
        out << v.toObject().value(field).toInteger();
    return out;
}

} // namespace

class TestPorterctl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<porter::test::PgServer> m_server; // PORTER_TEST_DB=postgresql
    QString m_db;
    qint64 m_property = 0, m_other = 0;
    qint64 m_lobby = 0, m_unit = 0, m_gym = 0, m_garage = 0;
    qint64 m_residentKey = 0, m_gymKey = 0, m_staffKey = 0, m_otherKey = 0;

    QProcess *start(const QStringList &args, const QString &as, const QStringList &env,
                    const QString &db) const
    {
        auto *p = new QProcess;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PORTER_PASSWORD"), kPassword);
        e.remove(QStringLiteral("PORTER_AS"));
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p->setProcessEnvironment(e);
        QStringList all{QStringLiteral("--db"), db.isEmpty() ? m_db : db, QStringLiteral("--now"), kNow};
        if (!as.isEmpty())
            all << QStringLiteral("--as") << as;
        all << args;
        // The test build's twin: the same program plus the --now seam the shipped porterctl lacks.
        p->start(porter::test::binary(QStringLiteral("porterctl-testclock")), all);
        p->closeWriteChannel();
        return p;
    }
    static Run finish(QProcess *p)
    {
        if (!p->waitForFinished(120000))
            qFatal("porterctl did not finish");
        Run r;
        r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
        r.out = QString::fromUtf8(p->readAllStandardOutput());
        r.err = QString::fromUtf8(p->readAllStandardError());
        delete p;
        return r;
    }
    // Runs porterctl with the test database, the fixed clock and (unless `as` is empty) a signed-in
    // manager. `env` adds variables; PORTER_PASSWORD defaults to the owner's.
    Run ctl(const QStringList &args, const QString &as = kOwner, const QStringList &env = {},
            const QString &db = {}) const
    {
        return finish(start(args, as, env, db));
    }
    // Independent invocations at once: a sign-in spends most of its time in scrypt, so a batch takes
    // about the time of one per core (SQLite serializes the writes; its busy timeout covers the wait).
    QList<Run> ctlAll(const QList<QStringList> &batch, const QString &as = kOwner) const
    {
        QList<QProcess *> running;
        for (const QStringList &args : batch)
            running << start(args, as, {}, {});
        QList<Run> out;
        for (QProcess *p : running)
            out << finish(p);
        return out;
    }
    Run json(QStringList args, const QString &as = kOwner, const QStringList &env = {}) const
    {
        args << QStringLiteral("--json");
        return ctl(args, as, env);
    }
    // A successful --json call's object.
    QJsonObject ok(const QStringList &args, const QString &as = kOwner, const QStringList &env = {}) const
    {
        const Run r = json(args, as, env);
        if (r.code != 0)
            qWarning("%s", qPrintable(r.show()));
        return r.code == 0 ? r.obj() : QJsonObject{};
    }
    QJsonArray list(const QStringList &args) const
    {
        const Run r = json(args);
        if (r.code != 0)
            qWarning("%s", qPrintable(r.show()));
        return r.arr();
    }
    QJsonArray people(bool showExpired = false) const
    {
        QStringList a{QStringLiteral("people"), QStringLiteral("--property"), QString::number(m_property)};
        if (showExpired)
            a << QStringLiteral("--show-expired");
        return ok(a).value(QStringLiteral("people")).toArray();
    }
    QJsonObject person(qint64 id) const
    {
        return ok({QStringLiteral("person"), QStringLiteral("show"), QString::number(id)});
    }
    static QString num(qint64 v) { return QString::number(v); }
    static QString ids(std::initializer_list<qint64> list)
    {
        QStringList out;
        for (qint64 v : list)
            out << QString::number(v);
        return out.join(QLatin1Char(','));
    }
    // An error: the exit status, one line on stderr and nothing on stdout (without --json).
    static void expectError(const Run &r, int code, const QString &needle = {})
    {
        QVERIFY2(r.code == code, qPrintable(r.show()));
        QVERIFY2(r.err.startsWith(QStringLiteral("porterctl: ")), qPrintable(r.show()));
        QVERIFY2(r.err.count(QLatin1Char('\n')) == 1 && r.err.endsWith(QLatin1Char('\n')),
                 qPrintable(r.show()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.show()));
        if (!needle.isEmpty())
            QVERIFY2(r.err.contains(needle, Qt::CaseInsensitive), qPrintable(r.show()));
    }
    QStringList invite(qint64 property, const QString &first, const QString &email, const QString &keys) const
    {
        return {QStringLiteral("invite"),
                QStringLiteral("--property"),
                num(property),
                QStringLiteral("--method"),
                QStringLiteral("app"),
                QStringLiteral("--first"),
                first,
                QStringLiteral("--last"),
                QStringLiteral("Tester"),
                QStringLiteral("--email"),
                email,
                QStringLiteral("--keys"),
                keys};
    }

private Q_SLOTS:
    void initTestCase();
    void seedWorkflow();
    void validationErrorsWriteNothing();
    void daylightSavingTime();
    void searchFoldsCaseAccentsAndPhoneFormats();
    void permissionDenials();
    void denialsOnAnUnassignedPropertyAreRecordedOnce();
    void managerEditAndRemove();
    void textThatIsNotUtf8IsRefused();
    void usageAndHelp();
    void shippedPorterctlHasNoClock();
    void demoPortfolio();
    void editDetailsEndShareResendWelcome();
};

void TestPorterctl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(porter::test::binary(QStringLiteral("porterctl"))),
             "PORTER_BIN_DIR must point at the built porterctl");
    m_db = m_dir.filePath(QStringLiteral("porter.sqlite"));
    if (qEnvironmentVariable("PORTER_TEST_DB") == QLatin1String("postgresql")) {
        using porter::test::PgServer;
        m_server = std::make_unique<PgServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY(m_server->createDatabase(QStringLiteral("harbor")));
        QVERIFY(m_server->exportSuperuserPassword(m_dir.path()));
        m_db = m_server->address(QStringLiteral("harbor"));
    }
    const Run init =
        ctl({QStringLiteral("init"), QStringLiteral("--portfolio"), QStringLiteral("Harbor Homes"),
             QStringLiteral("--name"), QStringLiteral("Olive Owner"), QStringLiteral("--email"), kOwner},
            QString());
    QVERIFY2(init.code == 0, qPrintable(init.show()));
    QVERIFY(init.out.contains(kOwner));

    m_property =
        ok({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Maple Court"), QStringLiteral("--tz"), QStringLiteral("America/New_York")})
            .value(QStringLiteral("id"))
            .toInteger();
    m_other = ok({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Rue Lepic"), QStringLiteral("--tz"), QStringLiteral("Europe/Paris"),
                  QStringLiteral("--region"), QStringLiteral("FR")})
                  .value(QStringLiteral("id"))
                  .toInteger();
    QVERIFY(m_property > 0 && m_other > 0);
    auto idOf = [](const Run &r) {
        if (r.code != 0)
            qWarning("%s", qPrintable(r.show()));
        return r.obj().value(QStringLiteral("id")).toInteger();
    };
    auto door = [&](qint64 property, const QString &name, const QString &type, bool online) {
        QStringList a{QStringLiteral("door"),       QStringLiteral("add"),
                      QStringLiteral("--property"), num(property),
                      QStringLiteral("--name"),     name,
                      QStringLiteral("--type"),     type,
                      QStringLiteral("--json")};
        if (online)
            a << QStringLiteral("--online");
        return a;
    };
    const QList<Run> doors =
        ctlAll({door(m_property, QStringLiteral("Lobby"), QStringLiteral("building-entrance"), false),
                door(m_property, QStringLiteral("Unit 101"), QStringLiteral("residence"), false),
                door(m_property, QStringLiteral("Gym"), QStringLiteral("communal"), false),
                door(m_property, QStringLiteral("Garage"), QStringLiteral("service"), true),
                door(m_other, QStringLiteral("Porte"), QStringLiteral("building-entrance"), false)});
    m_lobby = idOf(doors.at(0));
    m_unit = idOf(doors.at(1));
    m_gym = idOf(doors.at(2));
    m_garage = idOf(doors.at(3));
    const qint64 otherDoor = idOf(doors.at(4));
    QVERIFY(m_lobby && m_unit && m_gym && m_garage && otherDoor);
    auto key = [&](qint64 property, const QString &name, const QString &doorIds, const QStringList &extra) {
        return QStringList{QStringLiteral("key"),        QStringLiteral("add"),
                           QStringLiteral("--property"), num(property),
                           QStringLiteral("--name"),     name,
                           QStringLiteral("--doors"),    doorIds,
                           QStringLiteral("--json")}
               << extra;
    };
    const QList<Run> keyRuns =
        ctlAll({key(m_property, QStringLiteral("Unit 101 resident"), ids({m_lobby, m_unit, m_garage}), {}),
                key(m_property, QStringLiteral("Gym"), ids({m_gym}),
                    {QStringLiteral("--schedule"), QStringLiteral("Mon-Fri 06:00-22:00")}),
                key(m_property, QStringLiteral("Staff"), ids({m_lobby, m_gym, m_garage}),
                    {QStringLiteral("--no-share"), QStringLiteral("--no-doorcodes")}),
                key(m_other, QStringLiteral("Résident"), ids({otherDoor}), {})});
    m_residentKey = idOf(keyRuns.at(0));
    m_gymKey = idOf(keyRuns.at(1));
    m_staffKey = idOf(keyRuns.at(2));
    m_otherKey = idOf(keyRuns.at(3));
    QVERIFY(m_residentKey && m_gymKey && m_staffKey && m_otherKey);

    const QJsonArray keys =
        list({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--property"), num(m_property)});
    QCOMPARE(keys.size(), 3);
    for (const QJsonValue &v : keys) {
        const QJsonObject k = v.toObject();
        if (k.value(QStringLiteral("id")).toInteger() == m_gymKey)
            QCOMPARE(k.value(QStringLiteral("schedule")).toString(), QStringLiteral("Mon-Fri 06:00-22:00"));
        if (k.value(QStringLiteral("id")).toInteger() == m_staffKey)
            QCOMPARE(k.value(QStringLiteral("shareable")).toBool(), false);
    }
}

void TestPorterctl::seedWorkflow()
{
    // Invite: app, resident, may share, future start and an expiry; a doorcode one too.
    const QJsonObject ava =
        ok(invite(m_property, QStringLiteral("Ava"), QStringLiteral("ava@harbor.test"), num(m_residentKey))
           << QStringLiteral("--resident") << QStringLiteral("--may-share") << QStringLiteral("--phone")
           << QStringLiteral("(212) 555-0142") << QStringLiteral("--start") << QStringLiteral("2026-03-07")
           << QStringLiteral("--expires") << QStringLiteral("2027-03-06"));
    const qint64 avaId =
        ava.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(avaId > 0);
    QCOMPARE(ava.value(QStringLiteral("person")).toObject().value(QStringLiteral("phone")).toString(),
             QStringLiteral("+12125550142"));
    const qint64 avaGrant = ava.value(QStringLiteral("grants"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toInteger();
    QVERIFY(ava.value(QStringLiteral("welcomeMailId")).toInteger() > 0);
    QCOMPARE(ava.value(QStringLiteral("doorsToSync")).toArray().size(), 2); // lobby, unit; not the garage

    const Run dan =
        json(QStringList{QStringLiteral("invite"), QStringLiteral("--property"), num(m_property),
                         QStringLiteral("--method"), QStringLiteral("doorcode"), QStringLiteral("--first"),
                         QStringLiteral("Dan"), QStringLiteral("--email"), QStringLiteral("dan@harbor.test"),
                         QStringLiteral("--keys"), num(m_gymKey)});
    QVERIFY2(dan.code == 0, qPrintable(dan.show()));
    QVERIFY2(dan.err.contains(QStringLiteral("warning")) && dan.err.contains(QStringLiteral("expiration")),
             qPrintable(dan.show())); // no expiry: warned, still done
    const qint64 danId =
        dan.obj().value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(dan.obj().value(QStringLiteral("person")).toObject().value(QStringLiteral("method")).toString(),
             QStringLiteral("doorcode"));

    // People lists them; sync tasks name the offline doors, never the online garage.
    const QList<qint64> listed = idsOf(people());
    QVERIFY(listed.contains(avaId) && listed.contains(danId));
    const QJsonArray tasks = list({QStringLiteral("sync-tasks"), QStringLiteral("--property"),
                                   num(m_property), QStringLiteral("--date"), QStringLiteral("2026-03-07")});
    QList<qint64> taskDoors;
    for (const QJsonValue &t : tasks)
        taskDoors
            << t.toObject().value(QStringLiteral("door")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(taskDoors.contains(m_lobby) && taskDoors.contains(m_unit) && taskDoors.contains(m_gym));
    QVERIFY(!taskDoors.contains(m_garage));
    const QJsonObject pending = ok({QStringLiteral("door"), QStringLiteral("pending"), num(m_unit)});
    QVERIFY(pending.value(QStringLiteral("pendingChanges")).toInt() >= 1);
    QVERIFY(pending.value(QStringLiteral("changes"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("summary"))
                .toString()
                .contains(QStringLiteral("Ava")));

    // Edit access: add a key, change the expiry, remove a key.
    const QJsonObject gymGrant =
        ok({QStringLiteral("grant"), QStringLiteral("add"), num(avaId), QStringLiteral("--key"),
            num(m_gymKey), QStringLiteral("--expires"), QStringLiteral("2026-12-31")});
    const qint64 gymGrantId = gymGrant.value(QStringLiteral("id")).toInteger();
    QVERIFY(gymGrantId > 0);
    const QJsonObject changed = ok({QStringLiteral("grant"), QStringLiteral("expiry"), num(avaGrant),
                                    QStringLiteral("--expires"), QStringLiteral("2027-01-31")});
    // The end of 31 January, New York time (EST).
    QCOMPARE(changed.value(QStringLiteral("expiresAt")).toObject().value(QStringLiteral("utc")).toString(),
             QStringLiteral("2027-02-01T05:00:00Z"));
    QVERIFY(ok({QStringLiteral("grant"), QStringLiteral("remove"), num(gymGrantId)})
                .contains(QStringLiteral("removed")));
    QJsonObject detail = person(avaId);
    bool removedSeen = false;
    for (const QJsonValue &g : detail.value(QStringLiteral("grants")).toArray()) {
        if (g.toObject().value(QStringLiteral("id")).toInteger() == gymGrantId)
            removedSeen =
                g.toObject().value(QStringLiteral("endReason")).toString() == QStringLiteral("removed");
    }
    QVERIFY(removedSeen);

    // Keycards.
    const QJsonObject card = ok({QStringLiteral("keycard"), QStringLiteral("enroll"), num(avaId),
                                 QStringLiteral("--serial"), QStringLiteral("04:a2:19:6b")});
    QCOMPARE(card.value(QStringLiteral("serial")).toString(), QStringLiteral("04A2196B"));
    QCOMPARE(card.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(ok({QStringLiteral("keycard"), QStringLiteral("deactivate"),
                 num(card.value(QStringLiteral("id")).toInteger())})
                 .value(QStringLiteral("active"))
                 .toBool(),
             false);

    // A timed guest pass from Ava (it must end before her own access does).
    const QJsonObject tim =
        ok({QStringLiteral("share"), num(avaId), QStringLiteral("--method"), QStringLiteral("doorcode"),
            QStringLiteral("--first"), QStringLiteral("Tim"), QStringLiteral("--email"),
            QStringLiteral("tim@guest.test"), QStringLiteral("--keys"), num(m_residentKey),
            QStringLiteral("--until"), QStringLiteral("2026-03-20")});
    const qint64 timId =
        tim.value(QStringLiteral("guest")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(timId > 0);
    QCOMPARE(tim.value(QStringLiteral("guest")).toObject().value(QStringLiteral("hostPersonId")).toInteger(),
             avaId);

    // Revoke: without --yes it explains and changes nothing.
    const Run unconfirmed = ctl({QStringLiteral("revoke"), num(avaId)});
    expectError(unconfirmed, 2, QStringLiteral("guests lose access"));
    const QJsonObject revoked = ok({QStringLiteral("revoke"), num(avaId), QStringLiteral("--yes")});
    QCOMPARE(revoked.value(QStringLiteral("sharesEnded")).toInt(), 1);
    const QList<qint64> afterRevoke = idsOf(people());
    QVERIFY(!afterRevoke.contains(avaId) && !afterRevoke.contains(timId));
    const QJsonArray withExpired = people(true);
    bool avaRevoked = false;
    for (const QJsonValue &v : withExpired) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == avaId)
            avaRevoked = v.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("revoked");
    }
    QVERIFY(avaRevoked);
    const QJsonArray timPasses = person(timId).value(QStringLiteral("guestPasses")).toArray();
    QCOMPARE(timPasses.size(), 1);
    QCOMPARE(timPasses.at(0).toObject().value(QStringLiteral("endReason")).toString(),
             QStringLiteral("host-revoked"));
    // ... and she can be given access again.
    QVERIFY(ok({QStringLiteral("grant"), QStringLiteral("add"), num(avaId), QStringLiteral("--key"),
                num(m_residentKey), QStringLiteral("--expires"), QStringLiteral("2027-03-06")})
                .value(QStringLiteral("id"))
                .toInteger() > 0);
    QVERIFY(idsOf(people()).contains(avaId));

    // Delete: an owner without expiry, with a permanent and a timed guest.
    const QJsonObject owen =
        ok(invite(m_property, QStringLiteral("Owen"), QStringLiteral("owen@harbor.test"), num(m_residentKey))
           << QStringLiteral("--may-share") << QStringLiteral("--resident"));
    const qint64 owenId =
        owen.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger();
    auto share = [&](const QString &first, const QStringList &when) {
        return ok(QStringList{QStringLiteral("share"), num(owenId), QStringLiteral("--method"),
                              QStringLiteral("app"), QStringLiteral("--first"), first,
                              QStringLiteral("--email"), first.toLower() + QStringLiteral("@guest.test"),
                              QStringLiteral("--keys"), num(m_residentKey)}
                  << when)
            .value(QStringLiteral("guest"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    };
    const qint64 pia = share(QStringLiteral("Pia"), {QStringLiteral("--permanent")});
    const qint64 tia =
        share(QStringLiteral("Tia"), {QStringLiteral("--until"), QStringLiteral("2026-04-01")});
    QVERIFY(pia > 0 && tia > 0);
    expectError(ctl({QStringLiteral("delete"), num(owenId)}), 2, QStringLiteral("permanent guests"));
    const QJsonObject deleted = ok({QStringLiteral("delete"), num(owenId), QStringLiteral("--yes")});
    QCOMPARE(deleted.value(QStringLiteral("sharesEnded")).toInt(), 1);
    const QList<qint64> afterDelete = idsOf(people(true));
    QVERIFY(!afterDelete.contains(owenId));
    QVERIFY(afterDelete.contains(tia));
    QCOMPARE(person(pia)
                 .value(QStringLiteral("guestPasses"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("endReason"))
                 .toString(),
             QStringLiteral("host-deleted"));
    QVERIFY(person(tia)
                .value(QStringLiteral("guestPasses"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("endedAt"))
                .isNull());
    // Still readable: the person and their activity.
    const QJsonObject gone = person(owenId);
    QVERIFY(!gone.value(QStringLiteral("person")).toObject().value(QStringLiteral("deletedAt")).isNull());
    const QJsonArray owenActivity =
        list({QStringLiteral("activity"), QStringLiteral("--person"), num(owenId)});
    QStringList owenActions;
    for (const QJsonValue &e : owenActivity)
        owenActions << e.toObject().value(QStringLiteral("action")).toString();
    QVERIFY2(owenActions.contains(QStringLiteral("invite")) && owenActions.contains(QStringLiteral("delete")),
             qPrintable(owenActions.join(QLatin1Char(','))));
    // A new invitation with the same email is a new person.
    const qint64 owen2 =
        ok(invite(m_property, QStringLiteral("Owen"), QStringLiteral("owen@harbor.test"), num(m_residentKey))
           << QStringLiteral("--expires") << QStringLiteral("2027-03-06"))
            .value(QStringLiteral("person"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    QVERIFY(owen2 > 0 && owen2 != owenId);

    // Activity: who did what, with the acting manager.
    const QJsonArray activity = list({QStringLiteral("activity"), QStringLiteral("--property"),
                                      num(m_property), QStringLiteral("--limit"), QStringLiteral("500")});
    QSet<QString> actions;
    for (const QJsonValue &e : activity) {
        actions.insert(e.toObject().value(QStringLiteral("action")).toString());
        QVERIFY(e.toObject().value(QStringLiteral("actor")).toString().contains(kOwner));
    }
    for (const char *a : {"invite", "grant-add", "grant-expiry", "grant-remove", "share", "revoke", "delete",
                          "keycard-enroll", "keycard-deactivate"})
        QVERIFY2(actions.contains(QLatin1String(a)), a);

    // The welcome emails are queued.
    const QJsonArray outbox = list({QStringLiteral("outbox")});
    QStringList to;
    for (const QJsonValue &m : outbox)
        to << m.toObject().value(QStringLiteral("to")).toString();
    QVERIFY(to.contains(QStringLiteral("ava@harbor.test")) && to.contains(QStringLiteral("dan@harbor.test")));

    // Plain-text output for people: local time with the zone abbreviation.
    const Run text = ctl({QStringLiteral("person"), QStringLiteral("show"), num(avaId)});
    QVERIFY2(text.code == 0 &&
                 text.out.contains(QStringLiteral("2027-02-01 00:00 ") +
                                   zoneAbbreviation("America/New_York", QDate(2027, 2, 1), QTime(5, 0))),
             qPrintable(text.show()));
}

void TestPorterctl::validationErrorsWriteNothing()
{
    // Setup: Vera may share and holds the non-shareable staff key; Nils may not share.
    const qint64 vera =
        ok(invite(m_property, QStringLiteral("Vera"), QStringLiteral("vera@harbor.test"),
                  ids({m_residentKey, m_staffKey}))
           << QStringLiteral("--may-share") << QStringLiteral("--expires") << QStringLiteral("2026-12-31"))
            .value(QStringLiteral("person"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    const qint64 nils =
        ok(invite(m_property, QStringLiteral("Nils"), QStringLiteral("nils@harbor.test"), num(m_residentKey))
           << QStringLiteral("--expires") << QStringLiteral("2026-12-31"))
            .value(QStringLiteral("person"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    QVERIFY(vera > 0 && nils > 0);

    const QStringList snapshotArgs{QStringLiteral("people"), QStringLiteral("--property"), num(m_property),
                                   QStringLiteral("--show-expired"), QStringLiteral("--json")};
    const QString before = ctl(snapshotArgs).out;
    const QString tasksBefore = ctl({QStringLiteral("sync-tasks"), QStringLiteral("--property"),
                                     num(m_property), QStringLiteral("--json")})
                                    .out;
    const QString propertiesBefore =
        ctl({QStringLiteral("property"), QStringLiteral("list"), QStringLiteral("--json")}).out;
    QVERIFY(before.contains(QStringLiteral("vera@harbor.test")));

    const QString newcomer = QStringLiteral("new@harbor.test");
    auto inv = [&](const QStringList &extra, const QString &keys = {}) {
        return invite(m_property, QStringLiteral("Newcomer"), newcomer,
                      keys.isEmpty() ? num(m_residentKey) : keys)
               << extra;
    };
    auto shareArgs = [&](qint64 host, qint64 key) {
        return QStringList{QStringLiteral("share"),    num(host),
                           QStringLiteral("--method"), QStringLiteral("app"),
                           QStringLiteral("--first"),  QStringLiteral("Gil"),
                           QStringLiteral("--email"),  QStringLiteral("gil@guest.test"),
                           QStringLiteral("--keys"),   num(key),
                           QStringLiteral("--until"),  QStringLiteral("2026-03-10")};
    };
    struct Case
    {
        QStringList args;
        int code;
        QString needle;
    };
    const QList<Case> cases{
        {invite(m_property, QStringLiteral("Bad"), QStringLiteral("not-an-email"), num(m_residentKey)), 1,
         QStringLiteral("email")},
        {inv({QStringLiteral("--phone"), QStringLiteral("12")}), 1, QStringLiteral("phone")},
        {inv({}, QStringLiteral("99999")), 1, QStringLiteral("99999")},
        {inv({}, num(m_otherKey)), 1, QString()},
        {inv({QStringLiteral("--start"), QStringLiteral("2026-04-10"), QStringLiteral("--expires"),
              QStringLiteral("2026-04-01")}),
         1, QStringLiteral("after the start")},
        {{QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
          QStringLiteral("Mars Base"), QStringLiteral("--tz"), QStringLiteral("Mars/Olympus_Mons")},
         1,
         QStringLiteral("time zone")},
        {invite(m_property, QStringLiteral("Vera"), QStringLiteral("VERA@harbor.test"), num(m_residentKey)),
         1, QStringLiteral("already")},
        {shareArgs(vera, m_staffKey), 1, QStringLiteral("may not be shared")},
        {shareArgs(nils, m_residentKey), 1, QStringLiteral("may not share")},
        {{QStringLiteral("frobnicate")}, 2, QStringLiteral("unknown command")},
        {inv({QStringLiteral("--expires"), QStringLiteral("2026-02-30")}), 2, QStringLiteral("date")},
    };
    QList<QStringList> batch;
    for (const Case &c : cases)
        batch << c.args;
    const QList<Run> runs = ctlAll(batch);
    for (qsizetype i = 0; i < cases.size(); ++i)
        expectError(runs.at(i), cases.at(i).code, cases.at(i).needle);
    expectError(ctl({QStringLiteral("property"), QStringLiteral("list")}, kOwner,
                    {QStringLiteral("PORTER_PASSWORD=wrong password")}),
                1, QStringLiteral("password"));

    // --json errors: the same line on stderr and a JSON object with a code on stdout.
    const Run asJson =
        json(invite(m_property, QStringLiteral("Bad"), QStringLiteral("not-an-email"), num(m_residentKey)));
    QCOMPARE(asJson.code, 1);
    QCOMPARE(asJson.obj().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid-input"));
    QVERIFY(!asJson.obj()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());

    QCOMPARE(ctl(snapshotArgs).out, before);
    QCOMPARE(ctl({QStringLiteral("sync-tasks"), QStringLiteral("--property"), num(m_property),
                  QStringLiteral("--json")})
                 .out,
             tasksBefore);
    QCOMPARE(ctl({QStringLiteral("property"), QStringLiteral("list"), QStringLiteral("--json")}).out,
             propertiesBefore);
}

void TestPorterctl::daylightSavingTime()
{
    // Spring forward: 02:30 on 8 March 2026 does not exist in New York; it means the jump, 03:00 EDT.
    // Fall back: 01:30 on 1 November 2026 happens twice; it means the first, 01:30 EDT.
    const QJsonObject gap =
        ok(invite(m_property, QStringLiteral("Gap"), QStringLiteral("gap@harbor.test"), num(m_gymKey))
           << QStringLiteral("--start") << QStringLiteral("2026-03-08 02:30") << QStringLiteral("--expires")
           << QStringLiteral("2026-11-01 01:30"));
    const QJsonObject g = gap.value(QStringLiteral("grants")).toArray().at(0).toObject();
    const QJsonObject start = g.value(QStringLiteral("startsAt")).toObject();
    const QJsonObject expiry = g.value(QStringLiteral("expiresAt")).toObject();
    QCOMPARE(start.value(QStringLiteral("utc")).toString(), QStringLiteral("2026-03-08T07:00:00Z"));
    QCOMPARE(start.value(QStringLiteral("unix")).toInteger(), Q_INT64_C(1772953200));
    QCOMPARE(start.value(QStringLiteral("local")).toString(),
             QStringLiteral("2026-03-08 03:00 ") +
                 zoneAbbreviation("America/New_York", QDate(2026, 3, 8), QTime(7, 0)));
    QCOMPARE(expiry.value(QStringLiteral("utc")).toString(), QStringLiteral("2026-11-01T05:30:00Z"));
    QCOMPARE(expiry.value(QStringLiteral("local")).toString(),
             QStringLiteral("2026-11-01 01:30 ") +
                 zoneAbbreviation("America/New_York", QDate(2026, 11, 1), QTime(5, 30)));

    // Invited on 7 March (EST, now) until the end of 9 March (EDT): the expiry is midnight EDT, 04:00 UTC,
    // and the day of the change is 23 hours long.
    const QJsonObject span =
        ok(invite(m_property, QStringLiteral("Span"), QStringLiteral("span@harbor.test"), num(m_gymKey))
           << QStringLiteral("--start") << QStringLiteral("2026-03-07") << QStringLiteral("--expires")
           << QStringLiteral("2026-03-09"));
    const QJsonObject s = span.value(QStringLiteral("grants")).toArray().at(0).toObject();
    QCOMPARE(s.value(QStringLiteral("startsAt")).toObject().value(QStringLiteral("utc")).toString(),
             QStringLiteral("2026-03-07T05:00:00Z"));
    QCOMPARE(s.value(QStringLiteral("expiresAt")).toObject().value(QStringLiteral("utc")).toString(),
             QStringLiteral("2026-03-10T04:00:00Z"));
    QCOMPARE(s.value(QStringLiteral("expiresAt")).toObject().value(QStringLiteral("unix")).toInteger() -
                 s.value(QStringLiteral("startsAt")).toObject().value(QStringLiteral("unix")).toInteger(),
             Q_INT64_C(3 * 86400 - 3600));
    // The stored value reads back the same (person show reads the database, not the invite's answer).
    const qint64 spanId =
        span.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(person(spanId)
                 .value(QStringLiteral("grants"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("expiresAt"))
                 .toObject()
                 .value(QStringLiteral("utc"))
                 .toString(),
             QStringLiteral("2026-03-10T04:00:00Z"));
}

// Issue 7, item 12: `porterctl people --search` folds case and accents for every script and takes a phone
// number in its national format (the property's region, US).
void TestPorterctl::searchFoldsCaseAccentsAndPhoneFormats()
{
    const auto inviteAs = [&](const QString &first, const QString &last, const QString &email,
                              const QString &phone) {
        const QJsonObject r =
            ok(QStringList{QStringLiteral("invite"), QStringLiteral("--property"), num(m_property),
                           QStringLiteral("--method"), QStringLiteral("app"), QStringLiteral("--first"),
                           first, QStringLiteral("--last"), last, QStringLiteral("--email"), email,
                           QStringLiteral("--phone"), phone, QStringLiteral("--keys"), num(m_gymKey),
                           QStringLiteral("--expires"), QStringLiteral("2027-01-01")});
        return r.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger();
    };
    const qint64 emile = inviteAs(QStringLiteral("Émile"), QStringLiteral("Zola"),
                                  QStringLiteral("emile.z@harbor.test"), QStringLiteral("(212) 555-0187"));
    const qint64 ayse = inviteAs(QStringLiteral("Ayşe"), QStringLiteral("Öztürk"),
                                 QStringLiteral("ayse.o@harbor.test"), QString());
    const qint64 oleg = inviteAs(QStringLiteral("Олег"), QStringLiteral("Петров"),
                                 QStringLiteral("oleg.p@harbor.test"), QString());
    QVERIFY(emile > 0 && ayse > 0 && oleg > 0);
    const auto search = [&](const QString &term) {
        const Run r = json({QStringLiteral("people"), QStringLiteral("--property"), num(m_property),
                            QStringLiteral("--search"), term});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.show()));
        return idsOf(r.obj().value(QStringLiteral("people")).toArray());
    };
    for (const char *typed : {"Émile", "émile", "EMILE", "emile"})
        QCOMPARE(search(QString::fromUtf8(typed)), QList<qint64>{emile});
    for (const char *typed : {"Öztürk", "ÖZTÜRK", "ozturk"})
        QCOMPARE(search(QString::fromUtf8(typed)), QList<qint64>{ayse});
    for (const char *typed : {"Олег", "олег", "ОЛЕГ"})
        QCOMPARE(search(QString::fromUtf8(typed)), QList<qint64>{oleg});
    for (const char *typed : {"(212) 555-0187", "212-555-0187", "212 555 0187", "+12125550187"})
        QCOMPARE(search(QString::fromUtf8(typed)), QList<qint64>{emile});
    // The plain-text table finds them too.
    const Run text = ctl({QStringLiteral("people"), QStringLiteral("--property"), num(m_property),
                          QStringLiteral("--search"), QStringLiteral("OZTURK")});
    QVERIFY2(text.code == 0 && text.out.contains(QStringLiteral("Öztürk")), qPrintable(text.show()));
}

void TestPorterctl::permissionDenials()
{
    auto addManager = [&](const QString &email, const QString &level, const QStringList &extra) {
        const Run r = json(QStringList{QStringLiteral("manager"), QStringLiteral("add"),
                                       QStringLiteral("--name"), QStringLiteral("Pat ") + level,
                                       QStringLiteral("--email"), email, QStringLiteral("--role"),
                                       QStringLiteral("property"), QStringLiteral("--properties"),
                                       num(m_property), QStringLiteral("--key-management"), level}
                               << extra,
                           kOwner, {QStringLiteral("PORTER_NEW_PASSWORD=") + kPassword});
        QVERIFY2(r.code == 0, qPrintable(r.show()));
    };
    addManager(QStringLiteral("limited@harbor.test"), QStringLiteral("limited"), {});
    addManager(QStringLiteral("specific@harbor.test"), QStringLiteral("specific"),
               {QStringLiteral("--keys"), num(m_gymKey)});
    addManager(QStringLiteral("none@harbor.test"), QStringLiteral("none"), {});
    QCOMPARE(list({QStringLiteral("manager"), QStringLiteral("list")}).size(), 4);

    // Limited: may invite, may not create keys.
    expectError(
        ctl({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"), num(m_property),
             QStringLiteral("--name"), QStringLiteral("Sneaky"), QStringLiteral("--doors"), num(m_lobby)},
            QStringLiteral("limited@harbor.test")),
        1, QStringLiteral("permission"));
    QCOMPARE(ctl(invite(m_property, QStringLiteral("Lim"), QStringLiteral("lim@harbor.test"), num(m_gymKey))
                     << QStringLiteral("--expires") << QStringLiteral("2026-12-31"),
                 QStringLiteral("limited@harbor.test"))
                 .code,
             0);
    // Specific: only the listed key.
    expectError(
        ctl(invite(m_property, QStringLiteral("Spe"), QStringLiteral("spe@harbor.test"), num(m_residentKey)),
            QStringLiteral("specific@harbor.test")),
        1, QStringLiteral("permission"));
    // None: nothing on people's access; and no manager but a Portfolio Manager manages managers.
    expectError(
        ctl(invite(m_property, QStringLiteral("Non"), QStringLiteral("non@harbor.test"), num(m_gymKey)),
            QStringLiteral("none@harbor.test")),
        1, QStringLiteral("permission"));
    const Run asJson =
        json({QStringLiteral("manager"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
              QStringLiteral("--email"), QStringLiteral("x@harbor.test"), QStringLiteral("--role"),
              QStringLiteral("portfolio")},
             QStringLiteral("none@harbor.test"), {QStringLiteral("PORTER_NEW_PASSWORD=") + kPassword});
    QCOMPARE(asJson.code, 1);
    QCOMPARE(asJson.obj().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("permission-denied"));

    // The refusals are in the activity log.
    const QJsonArray activity = list({QStringLiteral("activity"), QStringLiteral("--property"),
                                      num(m_property), QStringLiteral("--limit"), QStringLiteral("1000")});
    QSet<QString> deniedBy;
    for (const QJsonValue &v : activity) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("action")).toString() == QStringLiteral("denied") ||
            e.value(QStringLiteral("result")).toString() == QStringLiteral("denied"))
            deniedBy.insert(e.value(QStringLiteral("actor"))
                                .toString()
                                .section(QLatin1Char('<'), 1)
                                .section(QLatin1Char('>'), 0, 0));
    }
    QVERIFY2(deniedBy.contains(QStringLiteral("limited@harbor.test")) &&
                 deniedBy.contains(QStringLiteral("specific@harbor.test")) &&
                 deniedBy.contains(QStringLiteral("none@harbor.test")),
             qPrintable(QStringList(deniedBy.values()).join(QLatin1Char(','))));
}

// A manager of Maple Court acting on Rue Lepic: porterctl lets the service look each object up, so every
// refusal reads the same ("You are not a manager of Rue Lepic", not "no such key" for one and "permission
// denied" for another) and is recorded exactly once, under the operation it refused.
void TestPorterctl::denialsOnAnUnassignedPropertyAreRecordedOnce()
{
    const QString elsewhere = QStringLiteral("elsewhere@harbor.test");
    const Run added =
        json({QStringLiteral("manager"), QStringLiteral("add"), QStringLiteral("--name"),
              QStringLiteral("Pat Elsewhere"), QStringLiteral("--email"), elsewhere, QStringLiteral("--role"),
              QStringLiteral("property"), QStringLiteral("--properties"), num(m_property),
              QStringLiteral("--key-management"), QStringLiteral("full")},
             kOwner, {QStringLiteral("PORTER_NEW_PASSWORD=") + kPassword});
    QVERIFY2(added.code == 0, qPrintable(added.show()));
    const QJsonObject host =
        ok(invite(m_other, QStringLiteral("Hôte"), QStringLiteral("hote@harbor.test"), num(m_otherKey))
           << QStringLiteral("--may-share") << QStringLiteral("--expires") << QStringLiteral("2026-12-31"));
    const qint64 hostId =
        host.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 grantId = host.value(QStringLiteral("grants"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toInteger();
    QVERIFY(hostId > 0 && grantId > 0);

    const auto denials = [&]() {
        QStringList reasons;
        const QJsonArray activity = list({QStringLiteral("activity"), QStringLiteral("--property"),
                                          num(m_other), QStringLiteral("--limit"), QStringLiteral("1000")});
        for (const QJsonValue &v : activity) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("action")).toString() == QStringLiteral("denied") &&
                e.value(QStringLiteral("actor")).toString().contains(elsewhere))
                reasons << e.value(QStringLiteral("reason")).toString();
        }
        reasons.sort();
        return reasons;
    };
    QCOMPARE(denials(), QStringList());

    const QString refusal = QStringLiteral("You are not a manager of Rue Lepic.");
    const QList<QStringList> attempts{
        invite(m_other, QStringLiteral("Intrus"), QStringLiteral("intrus@harbor.test"), num(m_otherKey))
            << QStringLiteral("--expires") << QStringLiteral("2026-12-31"),
        {QStringLiteral("grant"), QStringLiteral("add"), num(hostId), QStringLiteral("--key"),
         num(m_otherKey), QStringLiteral("--expires"), QStringLiteral("2026-12-31")},
        {QStringLiteral("grant"), QStringLiteral("expiry"), num(grantId), QStringLiteral("--expires"),
         QStringLiteral("2027-06-30")},
        {QStringLiteral("share"), num(hostId), QStringLiteral("--method"), QStringLiteral("doorcode"),
         QStringLiteral("--first"), QStringLiteral("Invité"), QStringLiteral("--email"),
         QStringLiteral("invite@harbor.test"), QStringLiteral("--keys"), num(m_otherKey),
         QStringLiteral("--until"), QStringLiteral("2026-03-20")},
        {QStringLiteral("key"), QStringLiteral("edit"), num(m_otherKey), QStringLiteral("--name"),
         QStringLiteral("Renamed")},
        {QStringLiteral("key"), QStringLiteral("delete"), num(m_otherKey)},
    };
    for (const QStringList &args : attempts)
        expectError(ctl(args, elsewhere), 1, refusal);
    QCOMPARE(denials(), (QStringList{QStringLiteral("grant-add"), QStringLiteral("grant-expiry"),
                                     QStringLiteral("invite"), QStringLiteral("key-delete"),
                                     QStringLiteral("key-edit"), QStringLiteral("share")}));
    // Nothing was changed: the key keeps its name, the host one grant, no guest or intruder exists.
    const QJsonArray keys =
        list({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--property"), num(m_other)});
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Résident"));
    QCOMPARE(ok({QStringLiteral("people"), QStringLiteral("--property"), num(m_other)})
                 .value(QStringLiteral("people"))
                 .toArray()
                 .size(),
             1);
}

// A name typed in a terminal whose encoding is not UTF-8 reaches porterctl as bytes that are not valid
// UTF-8; decoding turns each into U+FFFD. Such text is refused with a message saying what to check,
// and nothing is written.
// Issue 9: porterctl manager edit and manager remove, through the real binary.
void TestPorterctl::managerEditAndRemove()
{
    const QString email = QStringLiteral("edited@harbor.test");
    const QJsonObject added =
        ok({QStringLiteral("manager"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Eddie"), QStringLiteral("--email"), email, QStringLiteral("--role"),
            QStringLiteral("property"), QStringLiteral("--properties"), num(m_property),
            QStringLiteral("--key-management"), QStringLiteral("limited")},
           kOwner, {QStringLiteral("PORTER_NEW_PASSWORD=") + kPassword});
    const QString id = num(added.value(QStringLiteral("id")).toInteger());
    QVERIFY(id != QStringLiteral("0"));

    // Only the options given change.
    QJsonObject edited = ok({QStringLiteral("manager"), QStringLiteral("edit"), id,
                             QStringLiteral("--key-management"), QStringLiteral("specific"),
                             QStringLiteral("--keys"), num(m_gymKey), QStringLiteral("--device-management")});
    QCOMPARE(edited.value(QStringLiteral("keyManagement")).toString(), QStringLiteral("specific"));
    QCOMPARE(edited.value(QStringLiteral("keys")).toArray().size(), 1);
    QCOMPARE(edited.value(QStringLiteral("deviceManagement")).toBool(), true);
    QCOMPARE(edited.value(QStringLiteral("name")).toString(), QStringLiteral("Eddie"));
    // Leaving Specific drops the list.
    edited = ok({QStringLiteral("manager"), QStringLiteral("edit"), id, QStringLiteral("--key-management"),
                 QStringLiteral("none"), QStringLiteral("--no-device-management"), QStringLiteral("--name"),
                 QStringLiteral("Eddie Edited")});
    QCOMPARE(edited.value(QStringLiteral("keyManagement")).toString(), QStringLiteral("none"));
    QCOMPARE(edited.value(QStringLiteral("keys")).toArray().size(), 0);
    QCOMPARE(edited.value(QStringLiteral("deviceManagement")).toBool(), false);
    QCOMPARE(edited.value(QStringLiteral("name")).toString(), QStringLiteral("Eddie Edited"));

    // A password reset: the old one stops working.
    const QString newPassword = QStringLiteral("a different long password");
    const Run reset =
        ctl({QStringLiteral("manager"), QStringLiteral("edit"), id, QStringLiteral("--reset-password")},
            kOwner, {QStringLiteral("PORTER_NEW_PASSWORD=") + newPassword});
    QVERIFY2(reset.code == 0 && reset.out.contains(QStringLiteral("password was reset")),
             qPrintable(reset.show()));
    expectError(ctl({QStringLiteral("property"), QStringLiteral("list")}, email), 1);
    QCOMPARE(ctl({QStringLiteral("property"), QStringLiteral("list")}, email,
                 {QStringLiteral("PORTER_PASSWORD=") + newPassword})
                 .code,
             0);

    // Property Managers change no manager; the refusal is an error with its code.
    const Run refused = json({QStringLiteral("manager"), QStringLiteral("edit"), num(1),
                              QStringLiteral("--name"), QStringLiteral("X")},
                             email, {QStringLiteral("PORTER_PASSWORD=") + newPassword});
    QCOMPARE(refused.code, 1);
    QCOMPARE(refused.obj().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("permission-denied"));

    // The last Portfolio Manager stays one, and nobody removes themselves.
    const QJsonArray managers = list({QStringLiteral("manager"), QStringLiteral("list")});
    qint64 ownerId = 0;
    for (const QJsonValue &m : managers)
        if (m.toObject().value(QStringLiteral("email")).toString() == kOwner)
            ownerId = m.toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(ownerId != 0);
    expectError(
        ctl({QStringLiteral("manager"), QStringLiteral("edit"), num(ownerId), QStringLiteral("--role"),
             QStringLiteral("property"), QStringLiteral("--properties"), num(m_property)}),
        1, QStringLiteral("Portfolio Manager"));
    expectError(ctl({QStringLiteral("manager"), QStringLiteral("remove"), num(ownerId)}), 1,
                QStringLiteral("yourself"));

    // Removed: no longer listed, cannot sign in; the activity of their edits stays.
    const Run removed = ctl({QStringLiteral("manager"), QStringLiteral("remove"), id});
    QVERIFY2(removed.code == 0, qPrintable(removed.show()));
    for (const QJsonValue &m : list({QStringLiteral("manager"), QStringLiteral("list")}))
        QVERIFY(m.toObject().value(QStringLiteral("email")).toString() != email);
    expectError(ctl({QStringLiteral("property"), QStringLiteral("list")}, email,
                    {QStringLiteral("PORTER_PASSWORD=") + newPassword}),
                1);
    expectError(ctl({QStringLiteral("manager"), QStringLiteral("remove"), id}), 1);
}

void TestPorterctl::textThatIsNotUtf8IsRefused()
{
    const QStringList snapshotArgs{QStringLiteral("people"), QStringLiteral("--property"), num(m_other),
                                   QStringLiteral("--show-expired"), QStringLiteral("--json")};
    const QString before = ctl(snapshotArgs).out;
    const QString bad = QString::fromUtf8(QByteArray("Ren\xe9", 4)); // "René" in Latin-1
    QVERIFY(bad.contains(QChar::ReplacementCharacter));
    const QString needle = QStringLiteral(
        "contains bytes that are not valid UTF-8 text; check the file's or terminal's encoding");
    expectError(ctl(invite(m_other, bad, QStringLiteral("rene@harbor.test"), num(m_otherKey))), 1,
                QStringLiteral("The first name \"") + bad + QStringLiteral("\" ") + needle);
    expectError(ctl({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"), num(m_other),
                     QStringLiteral("--name"), bad, QStringLiteral("--doors"), num(m_lobby)}),
                1, needle);
    QCOMPARE(ctl(snapshotArgs).out, before);
    // The same name in UTF-8 is welcome.
    const Run good =
        json(invite(m_other, QStringLiteral("René"), QStringLiteral("rene@harbor.test"), num(m_otherKey)));
    QVERIFY2(good.code == 0, qPrintable(good.show()));
    QCOMPARE(
        good.obj().value(QStringLiteral("person")).toObject().value(QStringLiteral("firstName")).toString(),
        QStringLiteral("René"));
}

void TestPorterctl::usageAndHelp()
{
    const Run help = ctl({QStringLiteral("help")}, QString());
    QCOMPARE(help.code, 0);
    for (const char *c : {"init", "property add", "door pending", "key edit", "manager add", "invite",
                          "people", "person show", "grant expiry", "revoke", "delete", "share",
                          "keycard enroll", "activity", "sync-tasks", "outbox", "demo", "version"})
        QVERIFY2(help.out.contains(QLatin1String(c)), c);
    QVERIFY(!help.out.contains(QStringLiteral("--now")));
    const Run invHelp = ctl({QStringLiteral("help"), QStringLiteral("invite")}, QString());
    QCOMPARE(invHelp.code, 0);
    QVERIFY(invHelp.out.contains(QStringLiteral("--may-share")));
    QCOMPARE(ctl({QStringLiteral("grant"), QStringLiteral("add"), QStringLiteral("--help")}, QString()).code,
             0);
    expectError(ctl({QStringLiteral("invite"), QStringLiteral("--property"), num(m_property)}), 2,
                QStringLiteral("--method"));
    expectError(ctl({QStringLiteral("people"), QStringLiteral("--property"), num(m_property),
                     QStringLiteral("--bogus")}),
                2);
    expectError(ctl({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("abc")}), 2);
    expectError(ctl({}, QString()), 2);
    // The password on one line of standard input when PORTER_PASSWORD is unset; PORTER_AS instead of --as.
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("PORTER_PASSWORD"));
    e.insert(QStringLiteral("PORTER_AS"), kOwner);
    p.setProcessEnvironment(e);
    p.start(porter::test::binary(QStringLiteral("porterctl")),
            {QStringLiteral("--db"), m_db, QStringLiteral("property"), QStringLiteral("list")});
    p.write((kPassword + QLatin1Char('\n')).toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("Maple Court"));

    const Run version = ctl({QStringLiteral("version")}, QString());
    QVERIFY2(version.code == 0 && version.out.startsWith(QStringLiteral("porterctl ")),
             qPrintable(version.show()));
    // As every command line tool: --help, -h and --version without a command answer with status 0.
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Run h = ctl({flag}, QString());
        QVERIFY2(h.code == 0 && h.out.contains(QStringLiteral("Global options")), qPrintable(h.show()));
    }
    const Run dashVersion = ctl({QStringLiteral("--version")}, QString());
    QVERIFY2(dashVersion.code == 0 && dashVersion.out == version.out, qPrintable(dashVersion.show()));
}

void TestPorterctl::shippedPorterctlHasNoClock()
{
    // The attack: porterctl --now set a door's clock to any time at its next sync (re-opening an
    // expired person's access, backdating activity). The shipped binary has no such option.
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("PORTER_PASSWORD"), kPassword);
    p.setProcessEnvironment(e);
    p.start(porter::test::binary(QStringLiteral("porterctl")),
            {QStringLiteral("--db"), m_db, QStringLiteral("--now"), QStringLiteral("2020-01-01T00:00:00Z"),
             QStringLiteral("--as"), kOwner, QStringLiteral("property"), QStringLiteral("list")});
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    QVERIFY(p.readAllStandardError().contains("now"));
}

void TestPorterctl::demoPortfolio()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QProcess p;
    const QString bin = porter::test::binary(QStringLiteral("porterctl"));
    p.start(bin, {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject demo = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QString email = demo.value(QStringLiteral("email")).toString();
    const QString password = demo.value(QStringLiteral("password")).toString();
    QVERIFY(!email.isEmpty() && !password.isEmpty());
    QVERIFY(demo.value(QStringLiteral("doors")).toInt() >= 12);

    const QStringList env{QStringLiteral("PORTER_PASSWORD=") + password};
    const Run people = ctl({QStringLiteral("people"), QStringLiteral("--property"),
                            num(demo.value(QStringLiteral("propertyId")).toInteger()),
                            QStringLiteral("--show-expired"), QStringLiteral("--json")},
                           email, env, db);
    QVERIFY2(people.code == 0, qPrintable(people.show()));
    QVERIFY(people.obj().value(QStringLiteral("total")).toInt() >= 25);
    const Run again = ctl({QStringLiteral("demo")}, QString(), {}, db);
    expectError(again, 1, QStringLiteral("already has a portfolio"));
}

// Issue 9: person edit, share end and person resend-welcome, as a script would use them.
void TestPorterctl::editDetailsEndShareResendWelcome()
{
    QStringList args =
        invite(m_property, QStringLiteral("Edda"), QStringLiteral("edda@harbor.test"), num(m_residentKey));
    args << QStringLiteral("--may-share"); // no --expires: open-ended, so she may give a permanent pass
    const qint64 edda =
        ok(args).value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(edda > 0);
    auto share = [&](const QString &first, const QStringList &extra) {
        QStringList a{QStringLiteral("share"),    num(edda),
                      QStringLiteral("--method"), QStringLiteral("doorcode"),
                      QStringLiteral("--first"),  first,
                      QStringLiteral("--email"),  first.toLower() + QStringLiteral("@guest.test"),
                      QStringLiteral("--keys"),   num(m_residentKey)};
        return ok(a << extra)
            .value(QStringLiteral("shares"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    };
    const qint64 permanent = share(QStringLiteral("Pia"), {});
    const qint64 timed =
        share(QStringLiteral("Tom"), {QStringLiteral("--until"), QStringLiteral("2026-03-20")});
    QVERIFY(permanent > 0 && timed > 0);

    // share end: one pass, its doors to sync; twice is a conflict.
    const QJsonObject ended = ok({QStringLiteral("share"), QStringLiteral("end"), num(timed)});
    QCOMPARE(ended.value(QStringLiteral("ended")).toInteger(), timed);
    QVERIFY(!ended.value(QStringLiteral("doorsToSync")).toArray().isEmpty());
    expectError(ctl({QStringLiteral("share"), QStringLiteral("end"), num(timed)}), 1,
                QStringLiteral("already ended"));

    // person edit: the options given change, the others stay; May share off ends the permanent pass.
    const QJsonObject edited =
        ok({QStringLiteral("person"), QStringLiteral("edit"), num(edda), QStringLiteral("--first"),
            QStringLiteral("Edith"), QStringLiteral("--email"), QStringLiteral("edith@harbor.test"),
            QStringLiteral("--may-share"), QStringLiteral("no")});
    QCOMPARE(
        edited.value(QStringLiteral("changed")).toArray().toVariantList(),
        (QVariantList{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("may not share")}));
    QCOMPARE(edited.value(QStringLiteral("sharesEnded")).toInt(), 1);
    const QJsonObject shown = ok({QStringLiteral("person"), QStringLiteral("show"), num(edda)});
    const QJsonObject person = shown.value(QStringLiteral("person")).toObject();
    QCOMPARE(person.value(QStringLiteral("firstName")).toString(), QStringLiteral("Edith"));
    QCOMPARE(person.value(QStringLiteral("lastName")).toString(), QStringLiteral("Tester"));
    QCOMPARE(person.value(QStringLiteral("email")).toString(), QStringLiteral("edith@harbor.test"));
    expectError(ctl({QStringLiteral("person"), QStringLiteral("edit"), num(edda),
                     QStringLiteral("--resident"), QStringLiteral("maybe")}),
                2, QStringLiteral("yes or no"));
    expectError(ctl({QStringLiteral("person"), QStringLiteral("edit"), num(edda), QStringLiteral("--email"),
                     QStringLiteral("nope")}),
                1);

    // person resend-welcome: a new mail to the new address.
    const QJsonObject mail = ok({QStringLiteral("person"), QStringLiteral("resend-welcome"), num(edda)});
    const qint64 mailId = mail.value(QStringLiteral("welcomeMailId")).toInteger();
    QVERIFY(mailId > 0);
    bool found = false;
    for (const QJsonValue &m : list({QStringLiteral("outbox")})) {
        if (m.toObject().value(QStringLiteral("id")).toInteger() == mailId) {
            found = true;
            QCOMPARE(m.toObject().value(QStringLiteral("to")).toString(),
                     QStringLiteral("edith@harbor.test"));
        }
    }
    QVERIFY(found);
    const Run text = ctl({QStringLiteral("person"), QStringLiteral("resend-welcome"), num(edda)});
    QVERIFY2(text.code == 0 && text.out.contains(QStringLiteral("queued")), qPrintable(text.show()));
    QVERIFY(ok({QStringLiteral("delete"), num(edda), QStringLiteral("--yes")})
                .contains(QStringLiteral("personId")));
    expectError(ctl({QStringLiteral("person"), QStringLiteral("resend-welcome"), num(edda)}), 1,
                QStringLiteral("deleted"));
    const Run help = ctl({QStringLiteral("help")}, QString());
    for (const char *c : {"person edit", "person resend-welcome", "share end"})
        QVERIFY2(help.out.contains(QLatin1String(c)), c);
}

QTEST_GUILESS_MAIN(TestPorterctl)
#include "tst_porterctl.moc"

// Issue 7, item 10: two writers at once. Two real porterctl processes (the test-clock twin) on one
// database, started together, race each pair that lost data before every check moved inside the write
// transaction (docs/decisions.md, "Two writers at once"): grant add against revoke, grant add against
// delete, one email invited twice, two edits of one key, an expiry change against a revoke, a key
// delete against a grant of that key, a guest share against a revoke of its host. After every run the
// database must hold what some order of the successful operations would have left, and a loser must have said
// why.
#include "run.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kOwner = QStringLiteral("olive@harbor.test");
const QString kPassword = QStringLiteral("correct horse battery");
const QString kNow = QStringLiteral("2026-03-07T17:00:00Z");
constexpr int kRuns = 16; // per pair

using porter::test::Run;

QString num(qint64 v)
{
    return QString::number(v);
}

} // namespace

class TestRaces : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_property = 0, m_lobby = 0, m_gym = 0, m_mainKey = 0, m_gymKey = 0;

    QProcess *start(const QStringList &args, bool signedIn = true) const
    {
        auto *p = new QProcess;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PORTER_PASSWORD"), kPassword);
        e.remove(QStringLiteral("PORTER_AS"));
        p->setProcessEnvironment(e);
        QStringList all{QStringLiteral("--db"), m_db, QStringLiteral("--now"), kNow};
        if (signedIn)
            all << QStringLiteral("--as") << kOwner;
        all << args;
        p->start(porter::test::binary(QStringLiteral("porterctl-testclock")), all);
        p->closeWriteChannel();
        return p;
    }
    static Run finish(QProcess *p) { return porter::test::finishRun(p); }
    Run ctl(const QStringList &args, bool signedIn = true) const { return finish(start(args, signedIn)); }
    // Both started before either is waited for: each spends most of its time signing in (scrypt), so
    // their operations reach the database at about the same moment.
    QList<Run> race(const QStringList &a, const QStringList &b) const
    {
        QProcess *first = start(a);
        QProcess *second = start(b);
        return {finish(first), finish(second)};
    }
    QList<Run> all(const QList<QStringList> &batch) const
    {
        QList<QProcess *> running;
        for (const QStringList &args : batch)
            running << start(args);
        QList<Run> out;
        for (QProcess *p : running)
            out << finish(p);
        return out;
    }
    static qint64 idOf(const Run &r)
    {
        if (r.code != 0)
            qWarning("%s", qPrintable(r.show()));
        const QByteArray out = r.out.toUtf8();
        const qsizetype at = out.indexOf("\"id\":");
        return at < 0 ? 0 : out.mid(at + 5).trimmed().split(',').first().split('}').first().toLongLong();
    }
    // A loser fails on its own: a non-zero exit and one line saying why.
    static bool clearError(const Run &r)
    {
        return r.code != 0 && r.err.startsWith(QStringLiteral("porterctl: ")) &&
               r.err.count(QLatin1Char('\n')) == 1;
    }
    // Read-only look at the result (the races themselves go through porterctl only).
    QVariant scalar(const QString &sql, const QVariantList &args) const
    {
        const QString name = QStringLiteral("races-check");
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_db);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                qFatal("cannot open %s", qPrintable(m_db));
            QSqlQuery q(db);
            q.prepare(sql);
            for (int i = 0; i < args.size(); ++i)
                q.bindValue(i, args.at(i));
            if (!q.exec())
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            if (q.next())
                value = q.value(0);
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }
    qint64 openGrants(qint64 personId) const
    {
        return scalar(QStringLiteral(
                          "SELECT count(*) FROM access_grant WHERE person_id = ? AND ended_at IS NULL"),
                      {personId})
            .toLongLong();
    }
    qint64 count(const QString &sql, const QVariantList &args) const
    {
        return scalar(sql, args).toLongLong();
    }
    QStringList inviteArgs(const QString &email) const
    {
        return {QStringLiteral("invite"),
                QStringLiteral("--property"),
                num(m_property),
                QStringLiteral("--method"),
                QStringLiteral("app"),
                QStringLiteral("--first"),
                QStringLiteral("Race"),
                QStringLiteral("--last"),
                QStringLiteral("Tester"),
                QStringLiteral("--email"),
                email,
                QStringLiteral("--keys"),
                num(m_mainKey),
                QStringLiteral("--expires"),
                QStringLiteral("2027-01-01T00:00:00Z")};
    }
    // kRuns people holding the main key, ready to be raced.
    QList<qint64> invitePeople(const QString &prefix, bool mayShare = false)
    {
        QList<QStringList> batch;
        for (int i = 0; i < kRuns; ++i) {
            batch << (inviteArgs(QStringLiteral("%1%2@harbor.test").arg(prefix).arg(i))
                      << QStringLiteral("--json"));
            if (mayShare)
                batch.last() << QStringLiteral("--may-share");
        }
        QList<qint64> ids;
        for (const Run &r : all(batch)) {
            const qint64 id = scalar(QStringLiteral("SELECT id FROM person WHERE email_norm = ?"),
                                     {QStringLiteral("%1%2@harbor.test").arg(prefix).arg(ids.size())})
                                  .toLongLong();
            if (r.code != 0 || id == 0)
                qWarning("%s", qPrintable(r.show()));
            ids << id;
        }
        return ids;
    }
    void raceGrantAgainstEnd(const QString &end);

private Q_SLOTS:
    void initTestCase();
    void grantAddAgainstRevoke();
    void grantAddAgainstDelete();
    void inviteOneEmailTwice();
    void twoKeyEdits();
    void expiryAgainstRevoke();
    void keyDeleteAgainstGrant();
    void shareAgainstRevokeOfHost();
};

void TestRaces::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("porter.sqlite"));
    const Run init =
        ctl({QStringLiteral("init"), QStringLiteral("--portfolio"), QStringLiteral("Harbor Homes"),
             QStringLiteral("--name"), QStringLiteral("Olive Owner"), QStringLiteral("--email"), kOwner},
            false);
    QVERIFY2(init.code == 0, qPrintable(init.show()));
    m_property = idOf(ctl({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("Maple Court"), QStringLiteral("--tz"),
                           QStringLiteral("America/New_York"), QStringLiteral("--json")}));
    QVERIFY(m_property > 0);
    const QList<Run> doors =
        all({{QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"), num(m_property),
              QStringLiteral("--name"), QStringLiteral("Lobby"), QStringLiteral("--type"),
              QStringLiteral("building-entrance"), QStringLiteral("--json")},
             {QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"), num(m_property),
              QStringLiteral("--name"), QStringLiteral("Gym"), QStringLiteral("--type"),
              QStringLiteral("communal"), QStringLiteral("--json")}});
    m_lobby = idOf(doors.at(0));
    m_gym = idOf(doors.at(1));
    QVERIFY(m_lobby > 0 && m_gym > 0);
    const QList<Run> keys = all({{QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                                  num(m_property), QStringLiteral("--name"), QStringLiteral("Main"),
                                  QStringLiteral("--doors"), num(m_lobby), QStringLiteral("--json")},
                                 {QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                                  num(m_property), QStringLiteral("--name"), QStringLiteral("Gym"),
                                  QStringLiteral("--doors"), num(m_gym), QStringLiteral("--json")}});
    m_mainKey = idOf(keys.at(0));
    m_gymKey = idOf(keys.at(1));
    QVERIFY(m_mainKey > 0 && m_gymKey > 0);
}

// A revoked or deleted person never keeps an open grant: either the end came first and the grant was
// refused or gave access again on purpose (grant add after a revoke), or the grant came first and the
// end ended it too.
void TestRaces::raceGrantAgainstEnd(const QString &end)
{
    const bool deleting = end == QLatin1String("delete");
    const QList<qint64> people = invitePeople(end);
    for (int i = 0; i < kRuns; ++i) {
        const qint64 person = people.at(i);
        QVERIFY(person > 0);
        QCOMPARE(openGrants(person), 1);
        const QList<Run> runs = race({QStringLiteral("grant"), QStringLiteral("add"), num(person),
                                      QStringLiteral("--key"), num(m_gymKey)},
                                     {end, num(person), QStringLiteral("--yes")});
        const Run &grant = runs.at(0);
        const Run &ending = runs.at(1);
        QVERIFY2(ending.code == 0, qPrintable(ending.show()));
        QVERIFY2(grant.code == 0 || clearError(grant), qPrintable(grant.show()));
        const QString column = deleting ? QStringLiteral("deleted_at") : QStringLiteral("revoked_at");
        const bool ended =
            !scalar(QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(column), {person}).isNull();
        const qint64 open = openGrants(person);
        QVERIFY2(!(ended && open > 0),
                 qPrintable(QStringLiteral("run %1: person %2 is %3 with %4 open grant(s)\n%5\n%6")
                                .arg(i)
                                .arg(person)
                                .arg(end)
                                .arg(open)
                                .arg(grant.show(), ending.show())));
        if (deleting) // a deleted person never comes back
            QVERIFY2(ended, qPrintable(ending.show()));
        else if (!ended) // the grant came after the revoke and gave access again
            QVERIFY2(grant.code == 0 && open == 1, qPrintable(grant.show()));
    }
}

void TestRaces::grantAddAgainstRevoke()
{
    raceGrantAgainstEnd(QStringLiteral("revoke"));
}

void TestRaces::grantAddAgainstDelete()
{
    raceGrantAgainstEnd(QStringLiteral("delete"));
}

void TestRaces::inviteOneEmailTwice()
{
    for (int i = 0; i < kRuns; ++i) {
        const QString email = QStringLiteral("twice%1@harbor.test").arg(i);
        const QList<Run> runs = race(inviteArgs(email), inviteArgs(email));
        const int won = int(runs.at(0).code == 0) + int(runs.at(1).code == 0);
        QVERIFY2(won == 1, qPrintable(runs.at(0).show() + QLatin1Char('\n') + runs.at(1).show()));
        const Run &loser = runs.at(0).code == 0 ? runs.at(1) : runs.at(0);
        QVERIFY2(clearError(loser) && loser.err.contains(email), qPrintable(loser.show()));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM person WHERE email_norm = ? AND deleted_at IS NULL"),
                   {email})
                .toLongLong(),
            1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE to_addr = ? AND kind = 'welcome'"),
                        {email})
                     .toLongLong(),
                 1);
    }
}

// Two edits of different fields: each one that reports success is in the key afterwards; one based on a
// read the other had already made stale is refused, not written over it.
void TestRaces::twoKeyEdits()
{
    for (int i = 0; i < kRuns; ++i) {
        const QString name = QStringLiteral("Main %1").arg(i);
        const QString schedule = QStringLiteral("Mon-Fri 0%1:00-20:00").arg(i % 9 + 1);
        const QList<Run> runs = race(
            {QStringLiteral("key"), QStringLiteral("edit"), num(m_mainKey), QStringLiteral("--name"), name},
            {QStringLiteral("key"), QStringLiteral("edit"), num(m_mainKey), QStringLiteral("--schedule"),
             schedule});
        const QString both = runs.at(0).show() + QLatin1Char('\n') + runs.at(1).show();
        QVERIFY2(runs.at(0).code == 0 || runs.at(1).code == 0, qPrintable(both));
        for (const Run &r : runs)
            QVERIFY2(r.code == 0 ||
                         (clearError(r) && r.err.contains(QStringLiteral("changed by someone else"))),
                     qPrintable(both));
        const QString storedName =
            scalar(QStringLiteral("SELECT name FROM access_key WHERE id = ?"), {m_mainKey}).toString();
        const QString storedSchedule =
            scalar(QStringLiteral("SELECT schedule FROM access_key WHERE id = ?"), {m_mainKey}).toString();
        if (runs.at(0).code == 0)
            QVERIFY2(storedName == name,
                     qPrintable(QStringLiteral("name %1 lost: %2\n").arg(name, storedName) + both));
        if (runs.at(1).code == 0)
            QVERIFY2(
                storedSchedule == schedule,
                qPrintable(QStringLiteral("schedule %1 lost: %2\n").arg(schedule, storedSchedule) + both));
    }
}

// An expiry change either came first (then the revoke ended the changed grant) or was refused because
// the grant had ended; it is never written onto a grant the revoke already ended.
void TestRaces::expiryAgainstRevoke()
{
    const QString newExpiry = QStringLiteral("2026-09-01T00:00:00Z");
    const qint64 newExpirySecs = 1788220800; // 2026-09-01T00:00:00Z
    const QList<qint64> people = invitePeople(QStringLiteral("expiry"));
    for (int i = 0; i < kRuns; ++i) {
        const qint64 person = people.at(i);
        QVERIFY(person > 0);
        const qint64 grant = count(
            QStringLiteral("SELECT id FROM access_grant WHERE person_id = ? AND ended_at IS NULL"), {person});
        QVERIFY(grant > 0);
        const qint64 oldExpiry =
            count(QStringLiteral("SELECT expires_at FROM access_grant WHERE id = ?"), {grant});
        const QList<Run> runs = race({QStringLiteral("grant"), QStringLiteral("expiry"), num(grant),
                                      QStringLiteral("--expires"), newExpiry},
                                     {QStringLiteral("revoke"), num(person), QStringLiteral("--yes")});
        const Run &expiry = runs.at(0);
        const Run &revoke = runs.at(1);
        const QString both = expiry.show() + QLatin1Char('\n') + revoke.show();
        QVERIFY2(revoke.code == 0, qPrintable(both));
        QVERIFY2(expiry.code == 0 || (clearError(expiry) && expiry.err.contains(QStringLiteral("ended"))),
                 qPrintable(both));
        QCOMPARE(openGrants(person), 0);
        const qint64 stored =
            count(QStringLiteral("SELECT expires_at FROM access_grant WHERE id = ?"), {grant});
        const qint64 revokedAt = count(
            QStringLiteral("SELECT id FROM activity WHERE person_id = ? AND action = 'revoke'"), {person});
        const qint64 changedAt =
            count(QStringLiteral("SELECT id FROM activity WHERE person_id = ? AND action = 'grant-expiry'"),
                  {person});
        if (expiry.code == 0) {
            QVERIFY2(stored == newExpirySecs, qPrintable(both));
            QVERIFY2(changedAt > 0 && changedAt < revokedAt,
                     qPrintable(QStringLiteral("run %1: expiry recorded after the revoke\n").arg(i) + both));
        } else {
            QVERIFY2(stored == oldExpiry && changedAt == 0,
                     qPrintable(QStringLiteral("run %1: refused, yet the expiry changed\n").arg(i) + both));
        }
    }
}

// A key deleted while someone is given it leaves no open grant on it: the grant came first and the
// delete ended it, or it came after and was refused.
void TestRaces::keyDeleteAgainstGrant()
{
    const QList<qint64> people = invitePeople(QStringLiteral("keydel"));
    QList<QStringList> batch;
    for (int i = 0; i < kRuns; ++i)
        batch << QStringList{QStringLiteral("key"),        QStringLiteral("add"),
                             QStringLiteral("--property"), num(m_property),
                             QStringLiteral("--name"),     QStringLiteral("Temporary %1").arg(i),
                             QStringLiteral("--doors"),    num(m_gym),
                             QStringLiteral("--json")};
    QList<qint64> keys;
    for (const Run &r : all(batch))
        keys << idOf(r);
    for (int i = 0; i < kRuns; ++i) {
        const qint64 person = people.at(i), key = keys.at(i);
        QVERIFY(person > 0 && key > 0);
        const QList<Run> runs = race(
            {QStringLiteral("grant"), QStringLiteral("add"), num(person), QStringLiteral("--key"), num(key)},
            {QStringLiteral("key"), QStringLiteral("delete"), num(key)});
        const Run &grant = runs.at(0);
        const Run &deletion = runs.at(1);
        const QString both = grant.show() + QLatin1Char('\n') + deletion.show();
        QVERIFY2(deletion.code == 0, qPrintable(both));
        QVERIFY2(grant.code == 0 || clearError(grant), qPrintable(both));
        QVERIFY(!scalar(QStringLiteral("SELECT deleted_at FROM access_key WHERE id = ?"), {key}).isNull());
        const qint64 open = count(
            QStringLiteral("SELECT count(*) FROM access_grant WHERE key_id = ? AND ended_at IS NULL"), {key});
        QVERIFY2(
            open == 0,
            qPrintable(
                QStringLiteral("run %1: deleted key %2 has %3 open grant(s)\n").arg(i).arg(key).arg(open) +
                both));
        QCOMPARE(count(QStringLiteral(
                           "SELECT count(*) FROM activity WHERE action = 'key-delete' AND detail LIKE ?"),
                       {QString(QStringLiteral("%Temporary ") + num(i))}),
                 1);
    }
}

// A guest pass never outlives its host's revoke: the share came first and the revoke ended it, or it
// came after and was refused (the host holds nothing to share).
void TestRaces::shareAgainstRevokeOfHost()
{
    const QList<qint64> hosts = invitePeople(QStringLiteral("host"), true);
    for (int i = 0; i < kRuns; ++i) {
        const qint64 host = hosts.at(i);
        QVERIFY(host > 0);
        const QString guestEmail = QStringLiteral("guest%1@harbor.test").arg(i);
        const QList<Run> runs =
            race({QStringLiteral("share"), num(host), QStringLiteral("--method"), QStringLiteral("app"),
                  QStringLiteral("--first"), QStringLiteral("Guest"), QStringLiteral("--email"), guestEmail,
                  QStringLiteral("--keys"), num(m_mainKey), QStringLiteral("--until"),
                  QStringLiteral("2026-12-01T00:00:00Z")},
                 {QStringLiteral("revoke"), num(host), QStringLiteral("--yes")});
        const Run &share = runs.at(0);
        const Run &revoke = runs.at(1);
        const QString both = share.show() + QLatin1Char('\n') + revoke.show();
        QVERIFY2(revoke.code == 0, qPrintable(both));
        QVERIFY2(share.code == 0 || clearError(share), qPrintable(both));
        const qint64 open = count(
            QStringLiteral("SELECT count(*) FROM guest_share WHERE host_person_id = ? AND ended_at IS NULL"),
            {host});
        QVERIFY2(open == 0,
                 qPrintable(QStringLiteral("run %1: revoked host %2 still shares %3 open pass(es)\n")
                                .arg(i)
                                .arg(host)
                                .arg(open) +
                            both));
        const qint64 passes =
            count(QStringLiteral("SELECT count(*) FROM guest_share WHERE host_person_id = ?"), {host});
        QCOMPARE(passes, share.code == 0 ? 1 : 0);
    }
}

QTEST_GUILESS_MAIN(TestRaces)
#include "tst_races.moc"

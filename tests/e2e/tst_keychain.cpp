// The OS keychain through the real binaries: a private D-Bus session bus with a real Secret Service
// (gnome-keyring-daemon, unlocked with a throwaway password) in a temporary home, so QtKeychain's Linux
// backend runs as on a desktop. porterctl keeps the installation's master key and the mail server's
// password there (docs/decisions.md, "The SMTP password is in the OS keychain"), delivers with it, says
// clearly when the keychain does not answer, and falls back to sealing where there is no keychain.
#include "run.h"
#include "smtpserver.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kOwner = QStringLiteral("olive@harbor.test");
const QString kPassword = QStringLiteral("correct horse battery");
const QString kSmtpUser = QStringLiteral("mailer");
const QString kSmtpPassword = QStringLiteral("Sm7p-pa55word-in-the-keychain");

using porter::test::Run;

QJsonObject objectOf(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString bin(const QString &name)
{
    return porter::test::binary(name);
}

// Whether any file under `dir` holds `needle`.
bool anyFileHolds(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_busAddress;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment sessionEnv() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("run")));
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
        e.remove(QStringLiteral("PORTER_KEYCHAIN")); // ctest sets 0 for every other test
        e.remove(QStringLiteral("PORTER_AS"));
        return e;
    }

    Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
            const QByteArray &input = {}) const
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(env);
        p->start(program, args);
        if (!input.isEmpty())
            p->write(input);
        p->closeWriteChannel();
        return porter::test::finishRun(p);
    }

    // porterctl as the owner on the database `db`, keys under `db`'s folder.
    Run ctl(const QString &db, QStringList args, QProcessEnvironment env, bool signIn = true) const
    {
        env.insert(QStringLiteral("PORTER_PASSWORD"), kPassword);
        env.insert(QStringLiteral("PORTER_KEY_DIR"), QFileInfo(db).absolutePath() + QStringLiteral("/keys"));
        QStringList all{QStringLiteral("--db"), db};
        if (signIn)
            all << QStringLiteral("--as") << kOwner;
        return run(bin(QStringLiteral("porterctl")), all + args, env);
    }

    // A new database in its own folder, with mail set up for `server` (the password from the
    // environment, as a scheduled task would pass it).
    QString setUp(const QString &name, const porter::test::SmtpServer &server, const QProcessEnvironment &env)
    {
        QDir().mkpath(path(name));
        const QString db = path(name + QStringLiteral("/porter.sqlite"));
        const Run init =
            ctl(db,
                {QStringLiteral("init"), QStringLiteral("--portfolio"), QStringLiteral("Harbor Homes"),
                 QStringLiteral("--name"), QStringLiteral("Olive Owner"), QStringLiteral("--email"), kOwner},
                env, false);
        if (init.code != 0) {
            qWarning("%s", qPrintable(init.show()));
            return {};
        }
        QProcessEnvironment withPassword = env;
        withPassword.insert(QStringLiteral("PORTER_SMTP_PASSWORD"), kSmtpPassword);
        const Run settings = ctl(db, settingsArgs(server) << QStringLiteral("--password"), withPassword);
        if (settings.code != 0) {
            qWarning("%s", qPrintable(settings.show()));
            return {};
        }
        return db;
    }

    static QStringList settingsArgs(const porter::test::SmtpServer &server)
    {
        return {QStringLiteral("mail"),       QStringLiteral("settings"),
                QStringLiteral("--host"),     QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"),     QString::number(server.port()),
                QStringLiteral("--security"), QStringLiteral("none"),
                QStringLiteral("--user"),     kSmtpUser,
                QStringLiteral("--from"),     QStringLiteral("porter@harbor.test")};
    }

    Run testMail(const QString &db, const QProcessEnvironment &env) const
    {
        return ctl(db,
                   {QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                    QStringLiteral("olive@harbor.test")},
                   env);
    }

    QJsonObject mailSettings(const QString &db, const QProcessEnvironment &env) const
    {
        const Run r =
            ctl(db, {QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("--json")}, env);
        if (r.code != 0)
            qWarning("%s", qPrintable(r.show()));
        return objectOf(r);
    }

    // The Secret Service's items that hold `secret`, through libsecret's own tool.
    int keychainItemsHolding(const QString &secret) const
    {
        const Run r = run(QStringLiteral("secret-tool"),
                          {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                           QStringLiteral("Porter")},
                          sessionEnv());
        // No match exits non-zero in silence; a search that could not run says why on stderr.
        if (r.code != 0 && !r.err.trimmed().isEmpty())
            return -1;
        return int(r.out.split(QLatin1Char('\n')).count(QStringLiteral("secret = ") + secret));
    }

    // The Secret Service on our bus, its login keyring created (first time) and unlocked with a
    // throwaway password on stdin. True once a secret can be stored in it.
    bool startKeyring()
    {
        m_keyring.setProcessEnvironment(sessionEnv());
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted(10000))
            return false;
        m_keyring.write("keyring password");
        m_keyring.closeWriteChannel();
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 15000) {
            if (run(QStringLiteral("secret-tool"),
                    {QStringLiteral("store"), QStringLiteral("--label=probe"), QStringLiteral("probe"),
                     QStringLiteral("1")},
                    sessionEnv(), "ready")
                    .code == 0)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(bin(QStringLiteral("porterctl"))), "PORTER_BIN_DIR must hold porterctl");
        for (const char *tool : {"dbus-daemon", "gnome-keyring-daemon", "secret-tool"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: scripts/test installs it (Debian dbus, "
                                               "gnome-keyring, libsecret-tools)")
                                    .arg(QLatin1String(tool))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("run"))));
        QVERIFY(QFile::setPermissions(path(QStringLiteral("run")), QFileDevice::ReadOwner |
                                                                       QFileDevice::WriteOwner |
                                                                       QFileDevice::ExeOwner));
        // A session bus of our own, without service activation: a Secret Service that is stopped stays
        // stopped (the system's would start a locked one and ask for its password on a screen).
        QFile config(path(QStringLiteral("session.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral(
                         "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                         "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                         "<busconfig><type>session</type><listen>unix:path=%1</listen>"
                         "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                         "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                         .arg(path(QStringLiteral("bus")))
                         .toUtf8());
        config.close();
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--config-file=%1").arg(config.fileName()), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(m_busAddress.startsWith(QLatin1String("unix:")));
        QVERIFY(startKeyring());
    }

    // The keychain answers: the master key and the mail password both live in it, nothing of the password
    // is on disk, and porterctl authenticates to the mail server with it.
    void passwordLivesInTheKeychain()
    {
        porter::test::SmtpServer server(
            {QStringLiteral("--auth"), kSmtpUser + QLatin1Char(':') + kSmtpPassword});
        QVERIFY2(server.running(), qPrintable(server.error()));
        const QString db = setUp(QStringLiteral("desk"), server, sessionEnv());
        QVERIFY(!db.isEmpty());
        // The installation's key went to the keychain: a marker beside where its file would be, no key file.
        const QDir keys(path(QStringLiteral("desk/keys")));
        QCOMPARE(keys.entryList({QStringLiteral("*.keychain")}, QDir::Files).size(), 1);
        QCOMPARE(keys.entryList({QStringLiteral("*.key")}, QDir::Files).size(), 0);

        const QJsonObject s = mailSettings(db, sessionEnv());
        QCOMPARE(s.value(QStringLiteral("hasPassword")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("passwordInKeychain")).toBool(), true);
        QCOMPARE(keychainItemsHolding(kSmtpPassword), 1);
        QVERIFY(!anyFileHolds(path(QStringLiteral("desk")), kSmtpPassword.toUtf8()));
        QVERIFY(
            !anyFileHolds(path(QStringLiteral("home")), kSmtpPassword.toUtf8())); // the keyring is encrypted

        const Run sent = testMail(db, sessionEnv());
        QVERIFY2(sent.code == 0, qPrintable(sent.show()));
        QCOMPARE(server.received().size(), 1);
        QVERIFY(server.received().constFirst().authenticated);

        // A new password replaces the entry: one item, the new secret.
        const QString next = kSmtpPassword + QStringLiteral("-2");
        QProcessEnvironment withNext = sessionEnv();
        withNext.insert(QStringLiteral("PORTER_SMTP_PASSWORD"), next);
        const Run changed = ctl(db, settingsArgs(server) << QStringLiteral("--password"), withNext);
        QVERIFY2(changed.code == 0, qPrintable(changed.show()));
        QCOMPARE(keychainItemsHolding(kSmtpPassword), 0);
        QCOMPARE(keychainItemsHolding(next), 1);
        // Removing it removes the entry.
        const Run cleared = ctl(db, settingsArgs(server) << QStringLiteral("--clear-password"), sessionEnv());
        QVERIFY2(cleared.code == 0, qPrintable(cleared.show()));
        QCOMPARE(keychainItemsHolding(next), 0);
        QCOMPARE(mailSettings(db, sessionEnv()).value(QStringLiteral("hasPassword")).toBool(), false);
    }

    // The entry is gone from the keychain (someone cleaned it up): sending says so and what to do, and
    // typing the password again mends it.
    void missingEntrySaysWhatToDo()
    {
        porter::test::SmtpServer server(
            {QStringLiteral("--auth"), kSmtpUser + QLatin1Char(':') + kSmtpPassword});
        QVERIFY2(server.running(), qPrintable(server.error()));
        const QString db = setUp(QStringLiteral("wiped"), server, sessionEnv());
        QVERIFY(!db.isEmpty());
        QCOMPARE(keychainItemsHolding(kSmtpPassword), 1);
        // secret-tool clear needs attributes: the entry's, found by its secret.
        const Run items = run(QStringLiteral("secret-tool"),
                              {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                               QStringLiteral("Porter")},
                              sessionEnv());
        // secret-tool prints the secrets on stdout and the attributes on stderr: the one mail password
        // entry is the one whose key names the smtp secret (the first test cleared its own).
        QString user;
        int smtpEntries = 0;
        for (const QString &line : items.err.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("attribute.user = ")) &&
                line.contains(QLatin1String("/smtp/"))) {
                user = line.mid(17).trimmed();
                ++smtpEntries;
            }
        QCOMPARE(smtpEntries, 1);
        QVERIFY2(user.contains(QLatin1String("/smtp/")), qPrintable(items.out + items.err));
        const Run cleared = run(QStringLiteral("secret-tool"),
                                {QStringLiteral("clear"), QStringLiteral("user"), user}, sessionEnv());
        QVERIFY2(cleared.code == 0, qPrintable(cleared.show()));
        QCOMPARE(keychainItemsHolding(kSmtpPassword), 0);

        const Run refused = testMail(db, sessionEnv());
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains(QLatin1String("system keychain")) &&
                     refused.err.contains(QLatin1String("Settings")),
                 qPrintable(refused.show()));
        QCOMPARE(server.received().size(), 0);

        QProcessEnvironment withPassword = sessionEnv();
        withPassword.insert(QStringLiteral("PORTER_SMTP_PASSWORD"), kSmtpPassword);
        const Run again = ctl(db, settingsArgs(server) << QStringLiteral("--password"), withPassword);
        QVERIFY2(again.code == 0, qPrintable(again.show()));
        const Run sent = testMail(db, sessionEnv());
        QVERIFY2(sent.code == 0, qPrintable(sent.show()));
        QCOMPARE(server.received().size(), 1);
    }

    // No keychain (PORTER_KEYCHAIN=0, as on a headless server): the password is sealed in the database
    // under the key file, still never in clear, and delivery works.
    void withoutKeychainThePasswordIsSealed()
    {
        porter::test::SmtpServer server(
            {QStringLiteral("--auth"), kSmtpUser + QLatin1Char(':') + kSmtpPassword});
        QVERIFY2(server.running(), qPrintable(server.error()));
        QProcessEnvironment env = sessionEnv();
        env.insert(QStringLiteral("PORTER_KEYCHAIN"), QStringLiteral("0"));
        const QString db = setUp(QStringLiteral("server"), server, env);
        QVERIFY(!db.isEmpty());
        QCOMPARE(QDir(path(QStringLiteral("server/keys")))
                     .entryList({QStringLiteral("*.key")}, QDir::Files)
                     .size(),
                 1);
        const QJsonObject s = mailSettings(db, env);
        QCOMPARE(s.value(QStringLiteral("hasPassword")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("passwordInKeychain")).toBool(), false);
        QVERIFY(!anyFileHolds(path(QStringLiteral("server")), kSmtpPassword.toUtf8()));
        const Run sent = testMail(db, env);
        QVERIFY2(sent.code == 0, qPrintable(sent.show()));
        QCOMPARE(server.received().size(), 1);
    }

    // The keychain stops answering (locked, or its service gone): porterctl says so in one sentence and
    // sends nothing; it never makes a second master key.
    void keychainThatDoesNotAnswerIsSaidSo()
    {
        porter::test::SmtpServer server(
            {QStringLiteral("--auth"), kSmtpUser + QLatin1Char(':') + kSmtpPassword});
        QVERIFY2(server.running(), qPrintable(server.error()));
        const QString db = setUp(QStringLiteral("locked"), server, sessionEnv());
        QVERIFY(!db.isEmpty());
        m_keyring.kill();
        m_keyring.waitForFinished(10000);
        const Run refused = testMail(db, sessionEnv());
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains(QLatin1String("keychain")), qPrintable(refused.show()));
        QCOMPARE(server.received().size(), 0);
        QCOMPARE(QDir(path(QStringLiteral("locked/keys")))
                     .entryList({QStringLiteral("*.key")}, QDir::Files)
                     .size(),
                 0);
        // Clearing the password now is refused: its entry could not be found to be dropped.
        const Run clear = ctl(db, settingsArgs(server) << QStringLiteral("--clear-password"), sessionEnv());
        QVERIFY(clear.code != 0);
        QVERIFY2(clear.err.contains(QLatin1String("keychain")), qPrintable(clear.show()));
        QVERIFY(startKeyring()); // the same keyring files: everything is there again
        const Run sent = testMail(db, sessionEnv());
        QVERIFY2(sent.code == 0, qPrintable(sent.show()));
        QCOMPARE(server.received().size(), 1);
    }

    // An installation kept on its key file (PORTER_KEYCHAIN=0 when it was set up, as a server with a
    // scheduled task is) keeps the password sealed beside it even when a keychain answers later, so the
    // task without a session bus still sends.
    void keyFileInstallationKeepsThePasswordSealed()
    {
        const QString password = QStringLiteral("a password only this installation has");
        porter::test::SmtpServer server({QStringLiteral("--auth"), kSmtpUser + QLatin1Char(':') + password});
        QVERIFY2(server.running(), qPrintable(server.error()));
        QProcessEnvironment fileOnly = sessionEnv();
        fileOnly.insert(QStringLiteral("PORTER_KEYCHAIN"), QStringLiteral("0"));
        QDir().mkpath(path(QStringLiteral("mixed")));
        const QString db = path(QStringLiteral("mixed/porter.sqlite"));
        const Run init =
            ctl(db,
                {QStringLiteral("init"), QStringLiteral("--portfolio"), QStringLiteral("Harbor Homes"),
                 QStringLiteral("--name"), QStringLiteral("Olive Owner"), QStringLiteral("--email"), kOwner},
                fileOnly, false);
        QVERIFY2(init.code == 0, qPrintable(init.show()));
        // Set up on the server: its first secret (the mail password) makes the key file.
        QProcessEnvironment serverSetUp = fileOnly;
        serverSetUp.insert(QStringLiteral("PORTER_SMTP_PASSWORD"), QStringLiteral("an older password"));
        const Run first = ctl(db, settingsArgs(server) << QStringLiteral("--password"), serverSetUp);
        QVERIFY2(first.code == 0, qPrintable(first.show()));
        QCOMPARE(
            QDir(path(QStringLiteral("mixed/keys"))).entryList({QStringLiteral("*.key")}, QDir::Files).size(),
            1);
        // The window, later, with the keychain answering.
        QProcessEnvironment desktop = sessionEnv();
        desktop.insert(QStringLiteral("PORTER_SMTP_PASSWORD"), password);
        const Run settings = ctl(db, settingsArgs(server) << QStringLiteral("--password"), desktop);
        QVERIFY2(settings.code == 0, qPrintable(settings.show()));
        QCOMPARE(mailSettings(db, sessionEnv()).value(QStringLiteral("passwordInKeychain")).toBool(), false);
        QCOMPARE(keychainItemsHolding(password), 0);
        QVERIFY(!anyFileHolds(path(QStringLiteral("mixed")), password.toUtf8()));
        // The scheduled task: no session bus at all.
        QProcessEnvironment cron = sessionEnv();
        cron.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const Run sent = testMail(db, cron);
        QVERIFY2(sent.code == 0, qPrintable(sent.show()));
        QCOMPARE(server.received().size(), 1);
    }

    void cleanupTestCase()
    {
        m_keyring.kill();
        m_keyring.waitForFinished(5000);
        m_bus.kill();
        m_bus.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

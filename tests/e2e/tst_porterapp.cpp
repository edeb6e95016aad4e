// The real porter executable (issue 9): --help and --version on a machine without a display, and one
// Porter per database — a second one started on the same file brings the first forward and exits 0,
// another database runs alongside, and a Porter that crashed leaves nothing that blocks the next.
#include "run.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using porter::test::finishRun;
using porter::test::Run;

class TestPorterApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void helpWithoutDisplay();
    void versionWithoutDisplay();
    void secondPorterOnTheSameDatabaseBringsTheFirstForward();

private:
    QString gui() const { return qEnvironmentVariable("PORTER_GUI"); }
    // No display of any kind: what porter sees over SSH or in a package's post-install check.
    QProcessEnvironment headless() const;
    // The offscreen platform, private settings, the shell's log on stderr.
    QProcessEnvironment offscreen() const;
    Run run(const QStringList &args, const QProcessEnvironment &env);
    QString initDatabase(const QString &name);
    // Starts porter on `db` and waits until it answers for the database.
    QProcess *startPorter(const QString &db);
    void stop(QProcess *p);

    QTemporaryDir m_dir;
    QList<QProcess *> m_running;
};

void TestPorterApp::initTestCase()
{
    QVERIFY2(QFileInfo(gui()).isExecutable(), qPrintable(gui()));
    QVERIFY(m_dir.isValid());
}

void TestPorterApp::cleanupTestCase()
{
    for (QProcess *p : std::as_const(m_running))
        stop(p);
}

QProcessEnvironment TestPorterApp::headless() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_QPA_PLATFORMTHEME"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    return e;
}

QProcessEnvironment TestPorterApp::offscreen() const
{
    QProcessEnvironment e = headless();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("porter.shell.info=true"));
    return e;
}

Run TestPorterApp::run(const QStringList &args, const QProcessEnvironment &env)
{
    auto *p = new QProcess;
    p->setProcessEnvironment(env);
    p->start(gui(), args);
    return finishRun(p);
}

void TestPorterApp::helpWithoutDisplay()
{
    const Run r = run({QStringLiteral("--help")}, headless());
    QVERIFY2(r.code == 0, qPrintable(r.show()));
    QVERIFY2(r.out.contains(QStringLiteral("--db <path>")), qPrintable(r.show()));
    QVERIFY2(r.out.contains(QStringLiteral("--demo")), qPrintable(r.show()));
    QVERIFY2(!r.err.contains(QStringLiteral("could not connect to display")), qPrintable(r.show()));
}

void TestPorterApp::versionWithoutDisplay()
{
    const Run r = run({QStringLiteral("--version")}, headless());
    QVERIFY2(r.code == 0, qPrintable(r.show()));
    QCOMPARE(r.out.trimmed(), QStringLiteral("Porter " PORTER_VERSION));
}

QString TestPorterApp::initDatabase(const QString &name)
{
    const QString db = m_dir.filePath(name);
    auto *p = new QProcess;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("PORTER_PASSWORD"), QStringLiteral("correct horse battery"));
    p->setProcessEnvironment(env);
    p->start(porter::test::binary(QStringLiteral("porterctl")),
             {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--portfolio"),
              QStringLiteral("Harbor Homes"), QStringLiteral("--name"), QStringLiteral("Pat Manager"),
              QStringLiteral("--email"), QStringLiteral("pat@harbor.test")});
    const Run r = finishRun(p);
    if (r.code != 0)
        qFatal("porterctl init failed: %s", qPrintable(r.show()));
    return db;
}

QProcess *TestPorterApp::startPorter(const QString &db)
{
    auto *p = new QProcess;
    p->setProcessEnvironment(offscreen());
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start(gui(), {QStringLiteral("--db"), db});
    m_running << p;
    p->waitForStarted(10000);
    QElapsedTimer timer;
    timer.start();
    QByteArray err;
    while (!err.contains("single instance: listening as") && timer.elapsed() < 30000 &&
           p->state() == QProcess::Running) {
        p->waitForReadyRead(200);
        err += p->readAllStandardError();
    }
    if (!err.contains("single instance: listening as"))
        qWarning("porter on %s did not start listening: %s", qPrintable(db), err.constData());
    p->setProperty("stderr", err);
    return p;
}

void TestPorterApp::stop(QProcess *p)
{
    if (p->state() != QProcess::NotRunning) {
        p->kill();
        p->waitForFinished(10000);
    }
    m_running.removeAll(p);
    delete p;
}

void TestPorterApp::secondPorterOnTheSameDatabaseBringsTheFirstForward()
{
    const QString a = initDatabase(QStringLiteral("a.sqlite"));
    const QString b = initDatabase(QStringLiteral("b.sqlite"));

    QProcess *first = startPorter(a);
    QCOMPARE(first->state(), QProcess::Running);

    // Another spelling of the same file is the same database.
    QDir().mkpath(m_dir.filePath(QStringLiteral("sub")));
    const QString sameFile = m_dir.filePath(QStringLiteral("sub/../a.sqlite"));
    auto *second = new QProcess;
    second->setProcessEnvironment(offscreen());
    second->start(gui(), {QStringLiteral("--db"), sameFile});
    const Run r = finishRun(second);
    QVERIFY2(r.code == 0, qPrintable(r.show()));
    QVERIFY2(r.out.contains(QStringLiteral("already open")), qPrintable(r.show()));
    // The first one heard it and is still there.
    QVERIFY(QTest::qWaitFor(
        [first] {
            first->waitForReadyRead(100);
            QByteArray err = first->property("stderr").toByteArray() + first->readAllStandardError();
            first->setProperty("stderr", err);
            return err.contains("another Porter was started on this database");
        },
        10000));
    QCOMPARE(first->state(), QProcess::Running);

    // Another database runs alongside, and answers for itself.
    QProcess *other = startPorter(b);
    QVERIFY(QTest::qWaitFor([other] { return other->state() == QProcess::Running; }, 1000));
    QTest::qWait(500);
    QCOMPARE(other->state(), QProcess::Running);
    QVERIFY(other->property("stderr").toByteArray().contains("single instance: listening as"));
    const Run again = run({QStringLiteral("--db"), b}, offscreen());
    QVERIFY2(again.code == 0 && again.out.contains(QStringLiteral("already open")), qPrintable(again.show()));

    // A Porter that crashed (killed) leaves a socket nobody answers: the next one takes the database.
    stop(first);
    QProcess *next = startPorter(a);
    QTest::qWait(500);
    QCOMPARE(next->state(), QProcess::Running);
    QVERIFY2(next->property("stderr").toByteArray().contains("single instance: listening as"),
             next->property("stderr").toByteArray().constData());
    stop(next);
    stop(other);
}

QTEST_GUILESS_MAIN(TestPorterApp)
#include "tst_porterapp.moc"

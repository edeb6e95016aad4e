// Issue 7, item 11 through the real porterctl: Porter creates a database only where it was asked to
// (init, demo), refuses a file that is not a Porter database without changing a byte of it, turns a read
// error part-way through a query into an error that names the damaged file (never fewer rows with exit
// 0), and refuses to keep its database at the root of the file system when there is no home folder.
#include "run.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kNow = QStringLiteral("2026-03-07T17:00:00Z");
const QString kPassword = QStringLiteral("correct horse battery");

using porter::test::Run;

// porterctl-testclock (the test twin with --now) with `args` and `env` as the whole environment change.
Run porterctl(const QStringList &args,
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    QProcessEnvironment e = env;
    e.remove(QStringLiteral("PORTER_AS"));
    if (!e.contains(QStringLiteral("PORTER_PASSWORD")))
        e.insert(QStringLiteral("PORTER_PASSWORD"), kPassword);
    p.setProcessEnvironment(e);
    p.start(porter::test::binary(QStringLiteral("porterctl-testclock")),
            QStringList{QStringLiteral("--now"), kNow} + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("porterctl did not finish");
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// What "unchanged" means for a file: its bytes and its modification time.
struct Snapshot
{
    QByteArray sha;
    QDateTime modified;
    qint64 size = -1;
    bool operator==(const Snapshot &o) const = default;
};

Snapshot snapshot(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return {QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256),
            QFileInfo(path).fileTime(QFileDevice::FileModificationTime), f.size()};
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

quint32 be(const QByteArray &b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

// The number of a leaf page of the table b-tree rooted at `root`, from the middle of the table
// (https://www.sqlite.org/fileformat2.html#b_tree_pages: 0x05 interior, 0x0D leaf; an interior page's
// cell pointers start at byte 12 and each cell starts with its 4-byte child page number).
quint32 middleLeaf(const QByteArray &file, quint32 pageSize, quint32 root)
{
    quint32 page = root;
    for (int depth = 0; depth < 10; ++depth) {
        const qsizetype base = qsizetype(page - 1) * pageSize;
        const qsizetype header = base + (page == 1 ? 100 : 0);
        const quint8 type = quint8(file.at(header));
        if (type == 0x0D)
            return depth == 0 ? 0 : page; // a root that is a leaf has no "middle" to damage
        if (type != 0x05)
            return 0;
        const quint32 cells = be(file, header + 3, 2);
        if (cells == 0)
            return 0;
        const quint32 cellOffset = be(file, header + 12 + 2 * (cells / 2), 2);
        page = be(file, base + cellOffset, 4);
    }
    return 0;
}

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void anotherAppsSqliteFileIsLeftByteForByte();
    void aTextFileIsRefused();
    void aMistypedPathCreatesNothing();
    void aDamagedPageFailsTheCommandAndNamesTheFile();
    void noHomeFolderCreatesNothingAtTheRoot();
};

void TestBadFiles::anotherAppsSqliteFileIsLeftByteForByte()
{
    const QString folder = m_dir.filePath(QStringLiteral("other-app"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/notes.db");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO note (body) VALUES ('buy milk'), ('call Ana')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ReadOther);
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    QTest::qWait(1100); // a write would now show in the modification time, even at one-second resolution
    const Snapshot before = snapshot(path);
    const QStringList filesBefore = entries(folder);

    // A command that signs in, init (which would create), and demo: each refuses before writing.
    const QList<QStringList> commands{
        {QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("olive@harbor.test"),
         QStringLiteral("property"), QStringLiteral("list")},
        {QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--portfolio"),
         QStringLiteral("Harbor"), QStringLiteral("--name"), QStringLiteral("Olive"),
         QStringLiteral("--email"), QStringLiteral("olive@harbor.test")},
        {QStringLiteral("--db"), path, QStringLiteral("demo")}};
    for (const QStringList &args : commands) {
        const Run r = porterctl(args);
        QVERIFY2(r.code == 1, qPrintable(r.show()));
        QVERIFY2(r.err.contains(QStringLiteral("is not a Porter database")), qPrintable(r.show()));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(path)), qPrintable(r.show()));
        QVERIFY2(r.err.contains(QStringLiteral("another application's SQLite database")),
                 qPrintable(r.show()));
        QVERIFY2(!r.err.contains(QStringLiteral("Unable to")), qPrintable(r.show()));
        QCOMPARE(snapshot(path), before);
        QCOMPARE(entries(folder), filesBefore); // no -wal, -shm or -journal either
        QCOMPARE(QFileInfo(path).permissions(), permissions);
    }
}

void TestBadFiles::aTextFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("shopping.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("eggs\nmilk\nbread\n");
    }
    const Snapshot before = snapshot(path);
    for (const QString &command : {QStringLiteral("init"), QStringLiteral("demo")}) {
        QStringList args{QStringLiteral("--db"), path, command};
        if (command == QLatin1String("init"))
            args << QStringLiteral("--portfolio") << QStringLiteral("H") << QStringLiteral("--name")
                 << QStringLiteral("O") << QStringLiteral("--email") << QStringLiteral("o@h.test");
        const Run r = porterctl(args);
        QVERIFY2(r.code == 1, qPrintable(r.show()));
        QVERIFY2(
            r.err.contains(QStringLiteral("%1 is not a Porter database (it is not an SQLite database file)")
                               .arg(QDir::toNativeSeparators(path))),
            qPrintable(r.show()));
        QCOMPARE(snapshot(path), before);
    }
}

void TestBadFiles::aMistypedPathCreatesNothing()
{
    const QString typo = m_dir.filePath(QStringLiteral("porter-typo/data/porter.sqlite"));
    const QString jsonPath = QDir::toNativeSeparators(typo);
    for (const QStringList &args : {QStringList{QStringLiteral("--as"), QStringLiteral("olive@harbor.test"),
                                                QStringLiteral("property"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("--as"), QStringLiteral("olive@harbor.test"),
                                                QStringLiteral("outbox"), QStringLiteral("--json")}}) {
        const Run r = porterctl(QStringList{QStringLiteral("--db"), typo} + args);
        QVERIFY2(r.code == 1, qPrintable(r.show()));
        QVERIFY2(
            r.err.contains(QStringLiteral("No Porter database at %1: create one with porterctl init --db %1")
                               .arg(jsonPath)),
            qPrintable(r.show()));
        QVERIFY2(!QFileInfo::exists(m_dir.filePath(QStringLiteral("porter-typo"))), "a folder was created");
    }

    // The same path with init: created, folders and all, and usable by the next command.
    const Run init =
        porterctl({QStringLiteral("--db"), typo, QStringLiteral("init"), QStringLiteral("--portfolio"),
                   QStringLiteral("Harbor"), QStringLiteral("--name"), QStringLiteral("Olive"),
                   QStringLiteral("--email"), QStringLiteral("olive@harbor.test")});
    QVERIFY2(init.code == 0, qPrintable(init.show()));
    const Run list =
        porterctl({QStringLiteral("--db"), typo, QStringLiteral("--as"), QStringLiteral("olive@harbor.test"),
                   QStringLiteral("property"), QStringLiteral("list")});
    QVERIFY2(list.code == 0, qPrintable(list.show()));

    // An empty file is not a database either (and stays empty).
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const Run r =
        porterctl({QStringLiteral("--db"), empty, QStringLiteral("--as"), QStringLiteral("olive@harbor.test"),
                   QStringLiteral("property"), QStringLiteral("list")});
    QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("No Porter database at")), qPrintable(r.show()));
    QCOMPARE(QFileInfo(empty).size(), 0);
}

void TestBadFiles::aDamagedPageFailsTheCommandAndNamesTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    const Run demo =
        porterctl({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--json")});
    QVERIFY2(demo.code == 0, qPrintable(demo.show()));
    const QJsonObject d = QJsonDocument::fromJson(demo.out.toUtf8()).object();
    const QString email = d.value(QStringLiteral("email")).toString();
    const QString property = QString::number(d.value(QStringLiteral("propertyId")).toInteger());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORTER_PASSWORD"), d.value(QStringLiteral("password")).toString());

    // Months of activity: the demo's rows copied until the table spans many pages (set-up only).
    int rows = 0;
    quint32 root = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QStringList columns;
        QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(activity)")));
        while (q.next()) {
            const QString c = q.value(1).toString();
            if (c != QLatin1String("id") && c != QLatin1String("door_seq"))
                columns << c;
        }
        const QString list = columns.join(QStringLiteral(", "));
        for (int i = 0; i < 6; ++i)
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO activity (%1) SELECT %1 FROM activity").arg(list)),
                     qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM activity WHERE property_id = ") + property) &&
                q.next());
        rows = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'activity'")) &&
                q.next());
        root = q.value(0).toUInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    QVERIFY2(rows > 1000, qPrintable(QString::number(rows)));

    const QStringList activity{QStringLiteral("--db"),
                               path,
                               QStringLiteral("--as"),
                               email,
                               QStringLiteral("activity"),
                               QStringLiteral("--property"),
                               property,
                               QStringLiteral("--limit"),
                               QString::number(rows + 10),
                               QStringLiteral("--json")};
    const Run whole = porterctl(activity, env);
    QVERIFY2(whole.code == 0, qPrintable(whole.show().left(2000)));
    const QJsonDocument wholeJson = QJsonDocument::fromJson(whole.out.toUtf8());
    const QJsonArray wholeRows = wholeJson.isArray()
                                     ? wholeJson.array()
                                     : wholeJson.object().value(QStringLiteral("activity")).toArray();
    QCOMPARE(wholeRows.size(), rows);

    // Damage one page in the middle of the activity table, as a bad sector would.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray bytes = f.readAll();
        quint32 pageSize = be(bytes, 16, 2);
        if (pageSize == 1)
            pageSize = 65536;
        const quint32 leaf = middleLeaf(bytes, pageSize, root);
        QVERIFY2(leaf > 1, "the activity table has no interior page to find a middle leaf from");
        QVERIFY(f.seek(qint64(leaf - 1) * pageSize));
        QCOMPARE(f.write(QByteArray(qsizetype(pageSize), char(0x5a))), qint64(pageSize));
    }

    const Run damaged = porterctl(activity, env);
    QVERIFY2(damaged.code == 1, qPrintable(damaged.show().left(2000)));
    QVERIFY2(damaged.err.contains(
                 QStringLiteral("The database %1 is damaged").arg(QDir::toNativeSeparators(path))),
             qPrintable(damaged.show()));
    QVERIFY2(damaged.err.contains(QStringLiteral("restore the file from a backup")),
             qPrintable(damaged.show()));
    QVERIFY2(!damaged.err.contains(QStringLiteral("Unable to fetch row")), qPrintable(damaged.show()));
    const QJsonObject error =
        QJsonDocument::fromJson(damaged.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("storage"));

    // A damaged key page: the keys cannot be read, which is not "there is no key" nor Qt's words.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("keys"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'access_key'")) &&
                q.next());
        root = q.value(0).toUInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("keys"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const quint32 pageSize = be(f.read(100), 16, 2);
        QVERIFY(f.seek(qint64(root - 1) * pageSize));
        QCOMPARE(f.write(QByteArray(qsizetype(pageSize), char(0x5a))), qint64(pageSize));
    }
    const Run keys =
        porterctl({QStringLiteral("--db"), path, QStringLiteral("--as"), email, QStringLiteral("key"),
                   QStringLiteral("list"), QStringLiteral("--property"), property},
                  env);
    QVERIFY2(keys.code == 1, qPrintable(keys.show()));
    QVERIFY2(
        keys.err.contains(QStringLiteral("The database %1 is damaged").arg(QDir::toNativeSeparators(path))),
        qPrintable(keys.show()));
    QVERIFY2(!keys.err.contains(QStringLiteral("Unable to")) && !keys.err.contains(QStringLiteral("no key")),
             qPrintable(keys.show()));
}

void TestBadFiles::noHomeFolderCreatesNothingAtTheRoot()
{
    const QString rootData = QDir::rootPath() + QStringLiteral(".local/share/Porter");
    const bool existedBefore = QFileInfo::exists(rootData);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HOME"));
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("init"), QStringLiteral("--portfolio"), QStringLiteral("Harbor"),
                      QStringLiteral("--name"), QStringLiteral("Olive"), QStringLiteral("--email"),
                      QStringLiteral("olive@harbor.test")},
          QStringList{QStringLiteral("--as"), QStringLiteral("olive@harbor.test"), QStringLiteral("property"),
                      QStringLiteral("list")}}) {
        const Run r = porterctl(args, env);
        QVERIFY2(r.code == 1, qPrintable(r.show()));
        QVERIFY2(r.err.contains(QStringLiteral("Porter has no folder for its database")),
                 qPrintable(r.show()));
        QVERIFY2(r.err.contains(QStringLiteral("--db PATH")), qPrintable(r.show()));
        if (!existedBefore)
            QVERIFY2(!QFileInfo::exists(rootData), qPrintable(rootData));
    }

    // A home folder that does not exist is no better.
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("no-such-home")));
    const Run r = porterctl({QStringLiteral("demo")}, env);
    QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("Porter has no folder for its database")),
             qPrintable(r.show()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-home"))));
}

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"

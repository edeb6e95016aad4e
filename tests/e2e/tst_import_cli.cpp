// Issue 11 end to end, through the real porterctl (the test-clock twin, so the fixtures' 2027 dates stay
// in the future): the people lists Excel and LibreOffice write in English, Spanish and French
// (tests/data/import) import alike and re-upload unchanged; a file with errors is refused whole or
// imported with --valid-rows-only; revoked people are reported; an export imports back unchanged and
// holds no cell a spreadsheet would run; every bad file is refused with a clear message and leaves the
// database exactly as it was.
#include "run.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using porter::test::Run;

namespace {

const QString kNow = QStringLiteral("2026-06-01T15:00:00Z");
const QString kOwner = QStringLiteral("olive@example.com");
const QString kPassword = QStringLiteral("correct horse battery");

QJsonObject objectOf(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_data = QStringLiteral(PORTER_IMPORT_DATA);

    Run ctl(const QStringList &args, const QString &as = kOwner)
    {
        auto *p = new QProcess;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PORTER_PASSWORD"), kPassword);
        e.insert(QStringLiteral("PORTER_NEW_PASSWORD"), kPassword);
        e.insert(QStringLiteral("PORTER_AS"), as);
        e.insert(QStringLiteral("PORTER_KEYCHAIN"), QStringLiteral("0"));
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        e.remove(QStringLiteral("LANGUAGE"));
        p->setProcessEnvironment(e);
        p->start(porter::test::binary(QStringLiteral("porterctl-testclock")),
                 QStringList{QStringLiteral("--now"), kNow, QStringLiteral("--db"), m_db} + args);
        p->closeWriteChannel();
        return porter::test::finishRun(p);
    }
    QJsonObject ok(const QStringList &args)
    {
        const Run r = ctl(args + QStringList{QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.show()));
        return objectOf(r);
    }
    Run import(const QString &file, const QStringList &more = {})
    {
        return ctl(QStringList{QStringLiteral("import"), QStringLiteral("people"), file,
                               QStringLiteral("--property"), QStringLiteral("1"), QStringLiteral("--json")} +
                   more);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Every row of every table, hashed: equal digests mean nothing was written anywhere.
    QByteArray digest()
    {
        QByteArray out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("digest"));
            db.setDatabaseName(m_db);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                qFatal("cannot open the database");
            QCryptographicHash h(QCryptographicHash::Sha256);
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &t : names) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(t));
                h.addData(t.toUtf8());
                while (q.next()) {
                    for (int c = 0; c < q.record().count(); ++c)
                        h.addData(QByteArray(q.value(c).toString().toUtf8() + '\x1f'));
                    h.addData("\x1e");
                }
            }
            out = h.result();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("digest"));
        return out;
    }

    QJsonArray people()
    {
        const Run r = ctl({QStringLiteral("people"), QStringLiteral("--property"), QStringLiteral("1"),
                           QStringLiteral("--show-expired"), QStringLiteral("--json")});
        return objectOf(r).value(QStringLiteral("people")).toArray();
    }
    QJsonObject personByEmail(const QString &email)
    {
        for (const QJsonValue &v : people()) {
            if (v.toObject().value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive) ==
                0)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("porter.sqlite"));
        const Run init =
            ctl({QStringLiteral("init"), QStringLiteral("--portfolio"), QStringLiteral("Harbor"),
                 QStringLiteral("--name"), QStringLiteral("Olive Owner"), QStringLiteral("--email"), kOwner});
        QVERIFY2(init.code == 0, qPrintable(init.show()));
        QCOMPARE(ok({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Maple"), QStringLiteral("--tz"), QStringLiteral("America/Chicago")})
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 1);
        const QList<QStringList> doors{{QStringLiteral("Lobby"), QStringLiteral("building-entrance")},
                                       {QStringLiteral("Gym"), QStringLiteral("communal")},
                                       {QStringLiteral("Unit 101"), QStringLiteral("residence")}};
        for (const QStringList &d : doors)
            QVERIFY(ok({QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"),
                        QStringLiteral("1"), QStringLiteral("--name"), d.at(0), QStringLiteral("--type"),
                        d.at(1)})
                        .value(QStringLiteral("id"))
                        .toInteger() > 0);
        for (const QStringList &k : QList<QStringList>{{QStringLiteral("Lobby"), QStringLiteral("1")},
                                                       {QStringLiteral("Gym"), QStringLiteral("2")},
                                                       {QStringLiteral("Unit 101"), QStringLiteral("1,3")}})
            QVERIFY(ok({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                        QStringLiteral("1"), QStringLiteral("--name"), k.at(0), QStringLiteral("--doors"),
                        k.at(1)})
                        .value(QStringLiteral("id"))
                        .toInteger() > 0);
    }

    // The six fixtures hold the same four people: the first imports them, each other one is unchanged.
    void spreadsheetsOfThreeLocalesImportAlike()
    {
        const QStringList files{QStringLiteral("excel-es.csv"),       QStringLiteral("excel-en.csv"),
                                QStringLiteral("excel-fr.csv"),       QStringLiteral("libreoffice-en.csv"),
                                QStringLiteral("libreoffice-es.csv"), QStringLiteral("libreoffice-fr.csv")};
        // Preview first: nothing written.
        const QByteArray empty = digest();
        const Run preview = import(m_data + QLatin1Char('/') + files.first(), {QStringLiteral("--dry-run")});
        QVERIFY2(preview.code == 0, qPrintable(preview.show()));
        QCOMPARE(objectOf(preview).value(QStringLiteral("invited")).toInt(), 4);
        QCOMPARE(digest(), empty);

        const Run first = import(m_data + QLatin1Char('/') + files.first());
        QVERIFY2(first.code == 0, qPrintable(first.show()));
        const QJsonObject report = objectOf(first);
        QVERIFY(report.value(QStringLiteral("applied")).toBool());
        QCOMPARE(report.value(QStringLiteral("invited")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("welcomeMails")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("doorsToSync")).toArray().size(), 3); // once each

        // What the files say is what Porter holds (tests/data/import/expected.json).
        QFile expectedFile(m_data + QStringLiteral("/expected.json"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(expectedFile.readAll()).array();
        QCOMPARE(expected.size(), 4);
        for (const QJsonValue &v : expected) {
            const QJsonObject want = v.toObject();
            const QString email = want.value(QStringLiteral("email")).toString();
            const QJsonObject got = personByEmail(email);
            QVERIFY2(!got.isEmpty(), qPrintable(email));
            QCOMPARE(got.value(QStringLiteral("firstName")).toString(),
                     want.value(QStringLiteral("firstName")).toString());
            QCOMPARE(got.value(QStringLiteral("lastName")).toString(),
                     want.value(QStringLiteral("lastName")).toString());
            QCOMPARE(got.value(QStringLiteral("phone")).toString(),
                     want.value(QStringLiteral("phoneE164")).toString());
            QCOMPARE(got.value(QStringLiteral("method")).toString(),
                     want.value(QStringLiteral("method")).toString());
            QCOMPARE(got.value(QStringLiteral("resident")).toBool(),
                     want.value(QStringLiteral("resident")).toBool());
            QCOMPARE(got.value(QStringLiteral("mayShare")).toBool(),
                     want.value(QStringLiteral("mayShare")).toBool());
            QCOMPARE(got.value(QStringLiteral("keyCount")).toInt(),
                     want.value(QStringLiteral("keys")).toArray().size());
            const QJsonValue expiry = want.value(QStringLiteral("expirationDate"));
            const QString until =
                got.value(QStringLiteral("accessUntil")).toObject().value(QStringLiteral("local")).toString();
            if (expiry.isNull()) {
                QVERIFY2(until.isEmpty(), qPrintable(until));
            } else {
                // The last day given; access ends at the next local midnight.
                const QDate last = QDate::fromString(expiry.toString(), Qt::ISODate);
                QVERIFY2(until.startsWith(last.addDays(1).toString(Qt::ISODate) + QStringLiteral(" 00:00")),
                         qPrintable(until));
            }
        }
        const QByteArray imported = digest();
        for (const QString &file : files.mid(1)) {
            const Run again = import(m_data + QLatin1Char('/') + file);
            QVERIFY2(again.code == 0, qPrintable(again.show()));
            const QJsonObject r = objectOf(again);
            QVERIFY2(r.value(QStringLiteral("unchanged")).toInt() == 4, qPrintable(file + again.out));
            QCOMPARE(r.value(QStringLiteral("summary")).toString(), QStringLiteral("4 unchanged"));
            QCOMPARE(digest(), imported);
        }
        // The text output says so too.
        const Run text =
            ctl({QStringLiteral("import"), QStringLiteral("people"), m_data + QStringLiteral("/excel-en.csv"),
                 QStringLiteral("--property"), QStringLiteral("1")});
        QVERIFY2(text.code == 0 && text.out.contains(QStringLiteral("Imported: 4 unchanged.")),
                 qPrintable(text.show()));
    }

    void rowErrorsRefuseTheFileUnlessValidRowsOnly()
    {
        const QString path =
            write(QStringLiteral("partial.csv"), "Email,First name,Keys,Expiration\r\n"
                                                 "zoe@example.com,Zoe,Gym,2027-03-01\r\n"
                                                 "yan@example,Yan,Gym,2027-03-01\r\n"
                                                 "xia@example.com,Xia,Sauna,2027-03-01\r\n"
                                                 "ZOE@example.com,Zoe again,Gym,2027-03-01\r\n");
        const QByteArray before = digest();
        const Run dry = import(path, {QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0); // a preview is not a failure
        QCOMPARE(objectOf(dry).value(QStringLiteral("errors")).toInt(), 3);
        const Run refused = import(path);
        QVERIFY2(refused.code == 1, qPrintable(refused.show()));
        QVERIFY2(refused.err.contains(QStringLiteral("Nothing was imported")), qPrintable(refused.err));
        QCOMPARE(digest(), before);
        // Each problem has its row and column.
        QStringList seen;
        for (const QJsonValue &row : objectOf(refused).value(QStringLiteral("rows")).toArray()) {
            for (const QJsonValue &p : row.toObject().value(QStringLiteral("problems")).toArray())
                seen << QStringLiteral("%1:%2")
                            .arg(row.toObject().value(QStringLiteral("row")).toInt())
                            .arg(p.toObject().value(QStringLiteral("column")).toString());
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("3:Email"), QStringLiteral("4:Keys"),
                                    QStringLiteral("5:Email")}));
        // The text output names them too.
        const Run text = ctl({QStringLiteral("import"), QStringLiteral("people"), path,
                              QStringLiteral("--property"), QStringLiteral("1")});
        QVERIFY2(text.code == 1 && text.out.contains(QStringLiteral("Sauna")), qPrintable(text.show()));

        const Run valid = import(path, {QStringLiteral("--valid-rows-only")});
        QVERIFY2(valid.code == 0, qPrintable(valid.show()));
        QCOMPARE(objectOf(valid).value(QStringLiteral("invited")).toInt(), 1);
        QVERIFY(!personByEmail(QStringLiteral("zoe@example.com")).isEmpty());
    }

    // A header Porter does not know is named on the command line (the wizard's mapping step).
    void unknownHeadersAreMappedWithMap()
    {
        const QString path =
            write(QStringLiteral("mapped.csv"), "Correo,Nombre,Apartamento\nwen@example.com,Wen,Gym\n");
        const Run unmapped = import(path, {QStringLiteral("--dry-run")});
        QVERIFY2(unmapped.err.contains(QStringLiteral("Apartamento")), qPrintable(unmapped.show()));
        QCOMPARE(objectOf(unmapped).value(QStringLiteral("errors")).toInt(), 1); // no keys
        const Run mapped = import(
            path, {QStringLiteral("--dry-run"), QStringLiteral("--map"), QStringLiteral("apartamento=keys")});
        QVERIFY2(mapped.code == 0 && !mapped.err.contains(QStringLiteral("Apartamento")),
                 qPrintable(mapped.show()));
        QCOMPARE(objectOf(mapped).value(QStringLiteral("invited")).toInt(), 1);
        const Run wrong = import(path, {QStringLiteral("--map"), QStringLiteral("Apto=keys")});
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("no column \"Apto\"")), qPrintable(wrong.show()));
        const Run badField = import(path, {QStringLiteral("--map"), QStringLiteral("Apartamento=unit")});
        QCOMPARE(badField.code, 2);
    }

    // A Property Manager who may give only the Gym key: rows with other keys are refused with the
    // message porterctl invite gives that manager, the Gym rows import.
    void permissionsApplyPerRow()
    {
        const QString gym = QStringLiteral("gym.manager@example.com");
        const Run added =
            ctl({QStringLiteral("manager"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Gina Gym"), QStringLiteral("--email"), gym, QStringLiteral("--role"),
                 QStringLiteral("property"), QStringLiteral("--properties"), QStringLiteral("1"),
                 QStringLiteral("--key-management"), QStringLiteral("specific"), QStringLiteral("--keys"),
                 QStringLiteral("2")});
        QVERIFY2(added.code == 0, qPrintable(added.show()));
        const QString path = write(QStringLiteral("perm.csv"), "Email,First name,Keys,Expiration\n"
                                                               "gus@example.com,Gus,Gym,2027-03-01\n"
                                                               "lou@example.com,Lou,Lobby,2027-03-01\n");
        const Run single =
            ctl({QStringLiteral("invite"), QStringLiteral("--property"), QStringLiteral("1"),
                 QStringLiteral("--method"), QStringLiteral("app"), QStringLiteral("--first"),
                 QStringLiteral("Lou"), QStringLiteral("--email"), QStringLiteral("lou@example.com"),
                 QStringLiteral("--keys"), QStringLiteral("1"), QStringLiteral("--expires"),
                 QStringLiteral("2027-03-01")},
                gym);
        QCOMPARE(single.code, 1);
        const QString refusal = single.err.trimmed().section(QStringLiteral("porterctl: "), 1);
        QVERIFY2(!refusal.isEmpty(), qPrintable(single.show()));
        const Run refused = ctl({QStringLiteral("import"), QStringLiteral("people"), path,
                                 QStringLiteral("--property"), QStringLiteral("1"), QStringLiteral("--json")},
                                gym);
        QCOMPARE(refused.code, 1);
        const QJsonArray rows = objectOf(refused).value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonObject problem =
            rows.at(1).toObject().value(QStringLiteral("problems")).toArray().at(0).toObject();
        QCOMPARE(problem.value(QStringLiteral("column")).toString(), QStringLiteral("Keys"));
        QCOMPARE(problem.value(QStringLiteral("message")).toString(), refusal);
        // Nobody was invited (the refusal itself is recorded in activity, as a single one is).
        QVERIFY(personByEmail(QStringLiteral("gus@example.com")).isEmpty());
        const Run valid =
            ctl({QStringLiteral("import"), QStringLiteral("people"), path, QStringLiteral("--property"),
                 QStringLiteral("1"), QStringLiteral("--valid-rows-only"), QStringLiteral("--json")},
                gym);
        QVERIFY2(valid.code == 0, qPrintable(valid.show()));
        QCOMPARE(objectOf(valid).value(QStringLiteral("invited")).toInt(), 1);
        QVERIFY(!personByEmail(QStringLiteral("gus@example.com")).isEmpty());
        QVERIFY(personByEmail(QStringLiteral("lou@example.com")).isEmpty());
    }

    void updatesByEmailAndReportsRevokedPeople()
    {
        const QString path = write(QStringLiteral("update.csv"), "Email,Keys,Expiration\n"
                                                                 "zoe@example.com,Gym; Lobby,2027-04-30\n");
        const Run updated = import(path);
        QVERIFY2(updated.code == 0, qPrintable(updated.show()));
        QCOMPARE(objectOf(updated).value(QStringLiteral("updated")).toInt(), 1);
        const QJsonObject zoe = personByEmail(QStringLiteral("zoe@example.com"));
        QCOMPARE(zoe.value(QStringLiteral("keyCount")).toInt(), 2);
        QVERIFY(zoe.value(QStringLiteral("accessUntil"))
                    .toObject()
                    .value(QStringLiteral("local"))
                    .toString()
                    .startsWith(QStringLiteral("2027-05-01 00:00")));

        const Run revoke =
            ctl({QStringLiteral("revoke"), QString::number(zoe.value(QStringLiteral("id")).toInteger()),
                 QStringLiteral("--yes")});
        QVERIFY2(revoke.code == 0, qPrintable(revoke.show()));
        const QByteArray before = digest();
        const Run reported = import(path);
        QVERIFY2(reported.code == 0, qPrintable(reported.show()));
        QCOMPARE(objectOf(reported).value(QStringLiteral("revoked")).toInt(), 1);
        QCOMPARE(digest(), before);
        const Run again = import(path, {QStringLiteral("--give-access-again")});
        QVERIFY2(again.code == 0, qPrintable(again.show()));
        QCOMPARE(objectOf(again).value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(personByEmail(QStringLiteral("zoe@example.com")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
    }

    void exportImportsBackUnchangedAndRunsNoFormula()
    {
        const QString evil = write(QStringLiteral("evil.csv"),
                                   "Email,First name,Last name,Keys\n"
                                   "evil@example.com,=HYPERLINK(\"http://x.example\"),@SUM(1),Gym\n");
        const Run imported = import(evil);
        QVERIFY2(imported.code == 0, qPrintable(imported.show()));
        for (const QString &name : {QStringLiteral("people.csv"), QStringLiteral("people.xlsx")}) {
            const QString out = m_dir.filePath(name);
            const QJsonObject e =
                ok({QStringLiteral("export"), QStringLiteral("people"), QStringLiteral("--property"),
                    QStringLiteral("1"), QStringLiteral("--output"), out});
            QCOMPARE(e.value(QStringLiteral("rows")).toInt(), 7);
        }
        QFile csv(m_dir.filePath(QStringLiteral("people.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY2(bytes.contains("\"'=HYPERLINK(\"\"http://x.example\"\")\""), bytes.constData());
        QVERIFY2(bytes.contains(",'@SUM(1),"), bytes.constData());
        // The workbook: a zip whose sheet holds the text as text, and no formula element at all.
        QProcess unzip;
        unzip.start(QStringLiteral("python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import sys,zipfile;sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("
                                    "'xl/worksheets/sheet1.xml').decode())"),
                     m_dir.filePath(QStringLiteral("people.xlsx"))});
        QVERIFY(unzip.waitForFinished(60000));
        const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY2(sheet.contains(QStringLiteral("=HYPERLINK(&quot;http://x.example&quot;)")) ||
                     sheet.contains(QStringLiteral("=HYPERLINK(\"http://x.example\")")),
                 qPrintable(sheet.left(2000)));
        QVERIFY(!sheet.contains(QStringLiteral("<f>")));
        QVERIFY(sheet.contains(QStringLiteral("Zoe")));

        const QByteArray before = digest();
        const Run back = import(m_dir.filePath(QStringLiteral("people.csv")));
        QVERIFY2(back.code == 0, qPrintable(back.show()));
        const QJsonObject r = objectOf(back);
        QCOMPARE(r.value(QStringLiteral("unchanged")).toInt() + r.value(QStringLiteral("revoked")).toInt(),
                 7);
        QCOMPARE(r.value(QStringLiteral("errors")).toInt(), 0);
        QCOMPARE(digest(), before);

        // Activity, with the Activity page's filters.
        const QString activity = m_dir.filePath(QStringLiteral("activity.csv"));
        const QJsonObject a =
            ok({QStringLiteral("export"), QStringLiteral("activity"), QStringLiteral("--property"),
                QStringLiteral("1"), QStringLiteral("--kinds"), QStringLiteral("changes"),
                QStringLiteral("--output"), activity});
        QVERIFY(a.value(QStringLiteral("rows")).toInt() > 4);
        QFile af(activity);
        QVERIFY(af.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(af.readAll());
        QVERIFY2(text.contains(QStringLiteral("People imported")), qPrintable(text.left(3000)));
        QVERIFY2(text.contains(QStringLiteral("'=HYPERLINK")), qPrintable(text.left(3000)));
    }

    void badFilesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        png += QByteArray(2000, '\0');
        QTest::newRow("not a spreadsheet") << png << QStringLiteral("binary data");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty.");
        QTest::newRow("header only") << QByteArray("Email,First name,Keys\r\n")
                                     << QStringLiteral("no people under it");
        QByteArray zip("PK\x03\x04", 4);
        zip += QByteArray(500, 'x');
        QTest::newRow("a workbook") << zip << QStringLiteral("not a CSV file");
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919 + 13) % 256);
        QTest::newRow("binary garbage") << garbage << QStringLiteral("binary data");
        QByteArray big = "Email,First name,Keys\n";
        while (big.size() < 50 * 1024 * 1024)
            big += "someone.with.a.long.address@example.com,Someone,Gym\n";
        QTest::newRow("50 MB") << big << QStringLiteral("MB");
        QByteArray many = "Email,First name,Keys\n";
        for (int i = 0; i < 100000; ++i)
            many += "p" + QByteArray::number(i) + "@example.com,P,Gym\n";
        QTest::newRow("100,000 rows") << many << QStringLiteral("more than 20000 rows");
        QTest::newRow("duplicated emails")
            << QByteArray("Email,First name,Keys\nnew1@example.com,A,Gym\nNEW1@example.com,B,Gym\n")
            << QStringLiteral("Nothing was imported");
        QTest::newRow("unknown key") << QByteArray("Email,First name,Keys\nnew2@example.com,A,Sauna\n")
                                     << QStringLiteral("Nothing was imported");
        QTest::newRow("no email column") << QByteArray("Name,Keys\nA,Gym\n") << QStringLiteral("email");
    }

    void badFilesAreRefusedAndChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString path = write(QStringLiteral("bad.csv"), bytes);
        const QByteArray before = digest();
        const Run r = import(path);
        QVERIFY2(r.code == 1, qPrintable(r.show().left(3000)));
        QVERIFY2(r.err.contains(says), qPrintable(r.err.left(3000)));
        // One clear line (after any warning about columns it does not know).
        QStringList errors = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        errors.removeIf([](const QString &l) { return l.startsWith(QStringLiteral("porterctl: warning:")); });
        QVERIFY2(errors.size() == 1, qPrintable(r.err.left(3000)));
        QCOMPARE(digest(), before);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"

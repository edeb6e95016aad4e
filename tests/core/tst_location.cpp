// `--db` as a user types it (store/location.h): a file path, or a PostgreSQL address in libpq's URL
// form, with a clear refusal for every address Porter cannot use and never a password kept.
#include "store/location.h"

#include <QTest>

using namespace porter;

class TestLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filePathsStayFiles()
    {
        for (const QString &text :
             {QStringLiteral("/home/ana/porter.sqlite"), QStringLiteral("porter.sqlite"),
              QStringLiteral(":memory:"), QStringLiteral("C:/Users/José/porter.sqlite")}) {
            const auto l = DatabaseLocation::parse(text);
            QVERIFY2(l.ok(), qPrintable(text));
            QCOMPARE(l.value().kind, DatabaseLocation::Kind::SqliteFile);
            QCOMPARE(l.value().path, text);
            QVERIFY(!l.value().isPostgreSql());
        }
        QVERIFY(!DatabaseLocation::parse(QStringLiteral("  ")).ok());
    }

    void serverAddresses()
    {
        auto l = DatabaseLocation::parse(
            QStringLiteral("postgresql://ana@db.example.com:6543/harbor?sslmode=verify-full"));
        QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : l.error().message));
        QCOMPARE(l.value().kind, DatabaseLocation::Kind::PostgreSql);
        QCOMPARE(l.value().user, QStringLiteral("ana"));
        QCOMPARE(l.value().host, QStringLiteral("db.example.com"));
        QCOMPARE(l.value().port, 6543);
        QCOMPARE(l.value().database, QStringLiteral("harbor"));
        QCOMPARE(l.value().sslMode, QStringLiteral("verify-full"));
        QCOMPARE(l.value().display(),
                 QStringLiteral("postgresql://ana@db.example.com:6543/harbor?sslmode=verify-full"));

        l = DatabaseLocation::parse(QStringLiteral("postgres://db.example.com/harbor"));
        QVERIFY(l.ok());
        QCOMPARE(l.value().port, 5432);
        QVERIFY(l.value().user.isEmpty());
        QCOMPARE(l.value().display(), QStringLiteral("postgresql://db.example.com:5432/harbor"));

        // Percent-encoded names come back decoded.
        l = DatabaseLocation::parse(QStringLiteral("postgresql://jos%C3%A9@db.example.com/harbor%20court"));
        QVERIFY(l.ok());
        QCOMPARE(l.value().user, QStringLiteral("josé"));
        QCOMPARE(l.value().database, QStringLiteral("harbor court"));
    }

    void unixSocketFolders()
    {
        const auto l = DatabaseLocation::parse(
            QStringLiteral("postgresql://ana@/harbor?host=/tmp/pg%20x/socket&port=5433"));
        QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : l.error().message));
        QCOMPARE(l.value().host, QStringLiteral("/tmp/pg x/socket"));
        QCOMPARE(l.value().port, 5433);
        QCOMPARE(l.value().user, QStringLiteral("ana"));
        QCOMPARE(l.value().database, QStringLiteral("harbor"));
        // What it shows parses back to the same place.
        const auto again = DatabaseLocation::parse(l.value().display());
        QVERIFY2(again.ok(), qPrintable(l.value().display()));
        QCOMPARE(again.value().host, l.value().host);
        QCOMPARE(again.value().port, 5433);
        QCOMPARE(again.value().user, QStringLiteral("ana"));
        // With no user name: QUrl would drop the empty "//" that makes it a server address.
        const auto noUser =
            DatabaseLocation::parse(QStringLiteral("postgresql:///harbor?host=/run/postgresql"));
        QVERIFY(noUser.ok());
        QCOMPARE(noUser.value().display(), QStringLiteral("postgresql:///harbor?host=/run/postgresql"));
        QVERIFY(DatabaseLocation::parse(noUser.value().display()).value().isPostgreSql());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("password in the user part")
            << QStringLiteral("postgresql://ana:secret@db.example.com/harbor") << QStringLiteral("password");
        QTest::newRow("password option")
            << QStringLiteral("postgresql://db.example.com/harbor?password=secret")
            << QStringLiteral("password");
        QTest::newRow("no database") << QStringLiteral("postgresql://db.example.com/")
                                     << QStringLiteral("no database");
        QTest::newRow("no server") << QStringLiteral("postgresql:///harbor") << QStringLiteral("no server");
        QTest::newRow("server twice")
            << QStringLiteral("postgresql://db.example.com/harbor?host=/tmp") << QStringLiteral("twice");
        QTest::newRow("bad port") << QStringLiteral("postgresql:///harbor?host=/tmp&port=99999")
                                  << QStringLiteral("65535");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://db.example.com/harbor?sslmode=maybe")
                                     << QStringLiteral("verify-full");
        QTest::newRow("unknown option")
            << QStringLiteral("postgresql://db.example.com/harbor?application_name=x")
            << QStringLiteral("application_name");
    }
    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto l = DatabaseLocation::parse(text);
        QVERIFY2(!l.ok(), qPrintable(text));
        QCOMPARE(l.error().code, ErrorCode::InvalidInput);
        QVERIFY2(l.error().message.contains(says), qPrintable(l.error().message));
        // A refused address never echoes a password back.
        QVERIFY(!l.error().message.contains(QStringLiteral("secret")));
    }
};

QTEST_GUILESS_MAIN(TestLocation)
#include "tst_location.moc"

#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace porter;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshFileRunsEveryMigration()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        auto tables =
            (*db)->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
        QVERIFY(tables.ok());
        QVERIFY(tables->toInt() >= 14);
    }

    void walAndForeignKeysAreOn()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(db.ok());
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        auto bad =
            (*db)->exec(QStringLiteral("INSERT INTO property (portfolio_id, name, time_zone, created_at) "
                                       "VALUES (999, 'x', 'UTC', 0)"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Storage);
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)
                        ->insert(QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('p', 1)"))
                        .ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM portfolio"))->toInt(), 1);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version=999")).ok());
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("newer Porter")));
    }

    void failedTransactionLeavesNothing()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(db.ok());
        auto st = (*db)->transaction([&]() -> Status {
            PORTER_TRY(
                (*db)->insert(QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('p', 1)")));
            return makeError(ErrorCode::InvalidInput, QStringLiteral("stop"));
        });
        QVERIFY(!st.ok());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM portfolio"))->toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

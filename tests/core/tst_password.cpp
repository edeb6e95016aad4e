// Manager passwords: scrypt only, salted, parameters carried in the hash and checked; no plaintext
// anywhere in the database files.
#include "fixture.h"
#include "util/password.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace porter;
using namespace porter::test;

namespace {

// Cheap parameters for the tests that do not care about cost (verifyPassword accepts log2 N >= 10).
const ScryptParams kCheap{10, 8, 1};

} // namespace

class TestPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashFormat()
    {
        auto h = hashPassword(QStringLiteral("correct horse battery"));
        QVERIFY2(h.ok(), why(h));
        static const QRegularExpression re(
            QStringLiteral("^scrypt\\$15\\$8\\$1\\$([A-Za-z0-9+/]+=*)\\$([A-Za-z0-9+/]+=*)$"));
        const auto m = re.match(*h);
        QVERIFY2(m.hasMatch(), qPrintable(*h));
        QCOMPARE(QByteArray::fromBase64(m.captured(1).toLatin1()).size(), 16); // salt
        QCOMPARE(QByteArray::fromBase64(m.captured(2).toLatin1()).size(), 32); // derived key
        QVERIFY(verifyPassword(QStringLiteral("correct horse battery"), *h));
    }

    void verifyGoodAndBad()
    {
        const QString h = hashPassword(QStringLiteral("Tr0ub4dor&3 é"), kCheap).value();
        QVERIFY(h.startsWith(QStringLiteral("scrypt$10$8$1$")));
        QVERIFY(verifyPassword(QStringLiteral("Tr0ub4dor&3 é"), h));
        QVERIFY(!verifyPassword(QStringLiteral("Tr0ub4dor&3 e"), h));
        QVERIFY(!verifyPassword(QStringLiteral("tr0ub4dor&3 é"), h));
        QVERIFY(!verifyPassword(QStringLiteral("Tr0ub4dor&3 é "), h));
        QVERIFY(!verifyPassword(QString(), h));
        auto empty = hashPassword(QString(), kCheap);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
    }

    void saltMakesEveryHashDifferent()
    {
        const QString a = hashPassword(QStringLiteral("same password"), kCheap).value();
        const QString b = hashPassword(QStringLiteral("same password"), kCheap).value();
        QVERIFY(a != b);
        QVERIFY(a.section(QLatin1Char('$'), 4, 4) != b.section(QLatin1Char('$'), 4, 4));
        QVERIFY(verifyPassword(QStringLiteral("same password"), a));
        QVERIFY(verifyPassword(QStringLiteral("same password"), b));
    }

    void wrongParametersAreRejected_data()
    {
        QTest::addColumn<QString>("encoded");
        const QString good = hashPassword(QStringLiteral("pw"), kCheap).value();
        const QStringList parts = good.split(QLatin1Char('$'));
        const auto with = [&](int index, const QString &value) {
            QStringList p = parts;
            p[index] = value;
            return p.join(QLatin1Char('$'));
        };
        QTest::newRow("other N") << with(1, QStringLiteral("11"));
        QTest::newRow("other r") << with(2, QStringLiteral("4"));
        QTest::newRow("other p") << with(3, QStringLiteral("2"));
        QTest::newRow("N too small") << with(1, QStringLiteral("9"));
        QTest::newRow("N too large") << with(1, QStringLiteral("23"));
        QTest::newRow("r zero") << with(2, QStringLiteral("0"));
        QTest::newRow("p zero") << with(3, QStringLiteral("0"));
        QTest::newRow("p too large") << with(3, QStringLiteral("17"));
        QTest::newRow("N not a number") << with(1, QStringLiteral("ten"));
        QTest::newRow("other algorithm") << with(0, QStringLiteral("bcrypt"));
        QTest::newRow("short salt") << with(4, QStringLiteral("AAAA"));
        QTest::newRow("short hash") << with(5, QStringLiteral("AAAA"));
        QTest::newRow("other salt") << with(4, QString::fromLatin1(QByteArray(16, 'x').toBase64()));
        QTest::newRow("missing field") << QStringList(parts.mid(0, 5)).join(QLatin1Char('$'));
        QTest::newRow("empty") << QString();
        QTest::newRow("plaintext") << QStringLiteral("pw");
    }
    void wrongParametersAreRejected()
    {
        QFETCH(QString, encoded);
        QVERIFY(!verifyPassword(QStringLiteral("pw"), encoded));
    }

    void signingIn()
    {
        Fixture f;
        auto ok = f.directory->authenticate(QStringLiteral("owner@acme.test"),
                                            QStringLiteral("correct horse battery"));
        QVERIFY2(ok.ok(), why(ok));
        QCOMPARE(ok->id, f.owner.id);
        auto bad =
            f.directory->authenticate(QStringLiteral("owner@acme.test"), QStringLiteral("wrong horse"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::AuthenticationFailed);
        auto unknown =
            f.directory->authenticate(QStringLiteral("nobody@acme.test"), QStringLiteral("wrong horse"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::AuthenticationFailed);
        QCOMPARE(unknown.error().message, bad.error().message); // no hint which emails exist
    }

    void databaseHoldsNoPlaintextPassword()
    {
        Fixture f;
        const QString password = QStringLiteral("Plaintext-Zebra-4711");
        ManagerRequest r;
        r.name = QStringLiteral("Pat");
        r.email = QStringLiteral("pat.scan@acme.test");
        r.password = password;
        r.keyManagement = KeyManagement::Limited;
        r.propertyIds = {f.property.id};
        QVERIFY(f.directory->addManager(f.owner, r).ok());
        QByteArray bytes;
        const QDir dir(f.dir.path());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            bytes += file.readAll();
        }
        // The scan sees the data (the manager's email is there)...
        QVERIFY(bytes.contains(QByteArrayLiteral("pat.scan@acme.test")));
        // ...and neither password, in UTF-8 or UTF-16.
        for (const QString &secret : {password, QStringLiteral("correct horse battery")}) {
            QVERIFY(!bytes.contains(secret.toUtf8()));
            QVERIFY(!bytes.contains(
                QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPassword)
#include "tst_password.moc"

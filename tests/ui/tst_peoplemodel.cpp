#include "fixture.h"
#include "viewmodels/peoplemodel.h"
#include "viewmodels/propertiesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace porter;
using porter::test::Fixture;

class TestPeopleModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lazyFetchInPages();
    void passesModelTester();
    void searchFilters();
    void showExpiredListsRevokedPeople();
    void columnsShowLocalTimeAndStatus();
    void propertiesModel();
    void firstRunState();
};

void TestPeopleModel::lazyFetchInPages()
{
    Fixture f;
    for (int i = 0; i < 250; ++i)
        f.invite(QStringLiteral("person%1@example.test").arg(i, 3, 10, QLatin1Char('0')), {f.gymKey.id});
    PeopleModel model(*f.queries);
    model.setManager(f.owner);
    model.setProperty(f.property);
    QCOMPARE(model.totalCount(), 250);
    QCOMPARE(model.rowCount(), PeopleModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    // Ordered by name as core orders it, no duplicates across pages.
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, 0).data(PeopleModel::PersonIdRole).toLongLong());
    QCOMPARE(ids.size(), 250);
    QCOMPARE(model.index(0, PeopleModel::Name).data().toString(), QStringLiteral("person000 Tester"));
    QCOMPARE(model.index(249, PeopleModel::Email).data().toString(),
             QStringLiteral("person249@example.test"));
}

// QAbstractItemModelTester fetches more by itself whenever it runs its checks, so this drives every
// change the views cause (pages, search, show-expired, refresh) under its eye.
void TestPeopleModel::passesModelTester()
{
    Fixture f;
    QList<Person> people;
    for (int i = 0; i < 230; ++i)
        people << f.invite(QStringLiteral("person%1@example.test").arg(i, 3, 10, QLatin1Char('0')),
                           {f.gymKey.id});
    QVERIFY(f.access->revokeAll(f.owner, people.at(5).id).ok());
    PeopleModel model(*f.queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setManager(f.owner);
    model.setProperty(f.property);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 229);
    model.setShowExpired(true);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 230);
    model.setSearch(QStringLiteral("person00"));
    QCOMPARE(model.rowCount(), 10);
    model.setSearch(QString());
    model.refresh();
    QVERIFY(model.rowCount() >= PeopleModel::kPageSize);
    model.setProperty(Property());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestPeopleModel::searchFilters()
{
    Fixture f;
    for (int i = 0; i < 120; ++i)
        f.invite(QStringLiteral("person%1@example.test").arg(i, 3, 10, QLatin1Char('0')), {f.gymKey.id});
    f.invite(QStringLiteral("zelda@example.test"), {f.gymKey.id});
    PeopleModel model(*f.queries);
    model.setManager(f.owner);
    model.setProperty(f.property);
    QSignalSpy counts(&model, &PeopleModel::totalCountChanged);
    model.setSearch(QStringLiteral("ZELDA"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(counts.last().first().toInt(), 1);
    QVERIFY(!model.canFetchMore({}));
    model.setSearch(QStringLiteral("person01"));
    QCOMPARE(model.totalCount(), 10);
    model.setSearch(QStringLiteral("nobody-like-this"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    model.setSearch(QString());
    QCOMPARE(model.totalCount(), 121);
    QCOMPARE(model.rowCount(), 100);
}

void TestPeopleModel::showExpiredListsRevokedPeople()
{
    Fixture f;
    const Person alice = f.invite(QStringLiteral("alice@example.test"), {f.residentKey.id});
    f.invite(QStringLiteral("bob@example.test"), {f.residentKey.id});
    QVERIFY(f.access->revokeAll(f.owner, alice.id).ok());
    PeopleModel model(*f.queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setManager(f.owner);
    model.setProperty(f.property);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(alice.id), -1);
    model.setShowExpired(true);
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOf(alice.id);
    QVERIFY(row >= 0);
    QCOMPARE(int(PersonStatus(model.index(row, 0).data(PeopleModel::StatusRole).toInt())),
             int(PersonStatus::Revoked));
    QCOMPARE(model.index(row, PeopleModel::Status).data().toString(), QStringLiteral("Revoked"));
    QCOMPARE(model.index(row, PeopleModel::Keys).data().toInt(), 0);
    // With nobody left to list, the model tells an empty property from one whose people all ended.
    QVERIFY(!model.hasHiddenPeople());
    model.setShowExpired(false);
    model.setSearch(QStringLiteral("alice"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.hasHiddenPeople());
}

void TestPeopleModel::columnsShowLocalTimeAndStatus()
{
    Fixture f;
    auto r = f.inviteRequest(QStringLiteral("carol@example.test"), {f.residentKey.id});
    // 2027-06-30 23:59 in New York is 2027-07-01 03:59 UTC.
    r.expiresAt = QDateTime(QDate(2027, 7, 1), QTime(3, 59), Qt::UTC).toSecsSinceEpoch();
    r.resident = true;
    QVERIFY(f.access->invite(f.owner, r).ok());
    auto open = f.inviteRequest(QStringLiteral("dave@example.test"), {f.gymKey.id});
    open.expiresAt.reset();
    QVERIFY(f.access->invite(f.owner, open).ok());
    PeopleModel model(*f.queries);
    model.setManager(f.owner);
    model.setProperty(f.property);
    QCOMPARE(model.columnCount(), int(PeopleModel::ColumnCount));
    QCOMPARE(model.headerData(PeopleModel::AccessUntil, Qt::Horizontal).toString(),
             QStringLiteral("Access until"));
    const int carol = 0; // "Tester, carol" sorts before "Tester, dave"
    QCOMPARE(model.index(carol, PeopleModel::Name).data().toString(), QStringLiteral("carol Tester"));
    QCOMPARE(model.index(carol, PeopleModel::AccessUntil).data().toString(),
             QStringLiteral("2027-06-30 23:59 EDT"));
    QCOMPARE(model.index(carol, PeopleModel::Status).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model.index(carol, PeopleModel::Resident).data().toString(), QStringLiteral("Resident"));
    QCOMPARE(model.index(carol, PeopleModel::Phone).data().toString(), QStringLiteral("(212) 555-0142"));
    QCOMPARE(model.index(1, PeopleModel::AccessUntil).data().toString(), QStringLiteral("No expiration"));
}

void TestPeopleModel::propertiesModel()
{
    Fixture f;
    Property second;
    second.name = QStringLiteral("Aspen Lofts");
    second.timeZone = QStringLiteral("Europe/Paris");
    second.region = QStringLiteral("FR");
    QVERIFY(f.directory->addProperty(f.owner, second).ok());
    PropertiesModel model(*f.directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setManager(f.owner);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Aspen Lofts")); // by name
    QCOMPARE(model.index(0).data(PropertiesModel::TimeZoneRole).toString(), QStringLiteral("Europe/Paris"));
    QCOMPARE(model.rowOf(f.property.id), 1);
    // A property manager sees only the assigned property.
    model.setManager(f.makeManager(QStringLiteral("pm@acme.test"), KeyManagement::Limited));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.propertyAt(0)->id, f.property.id);
}

void TestPeopleModel::firstRunState()
{
    Fixture f;
    QCOMPARE(f.backend->needsFirstRun().value(), false);
    QTemporaryDir dir;
    auto empty = Backend::open(dir.filePath(QStringLiteral("empty.sqlite")), Backend::Open::Create);
    QVERIFY(empty.ok());
    QCOMPARE((*empty)->needsFirstRun().value(), true);
}

QTEST_GUILESS_MAIN(TestPeopleModel)
#include "tst_peoplemodel.moc"

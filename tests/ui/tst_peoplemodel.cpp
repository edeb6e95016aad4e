#include "fixture.h"
#include "viewmodels/peoplemodel.h"
#include "viewmodels/propertiesmodel.h"
#include "zonenames.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <limits>

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
    void sortsEveryColumnInCore();
    void endedAccessShowsItsDate();
    void propertiesModel();
    void firstRunState();
};

// Every column sorts the whole list in core (not only the loaded page), both ways, under the tester.
void TestPeopleModel::sortsEveryColumnInCore()
{
    Fixture f;
    // 130 people (more than a page) with different key counts, expirations, residents and statuses.
    for (int i = 0; i < 130; ++i) {
        InviteRequest r =
            f.inviteRequest(QStringLiteral("p%1@example.test").arg(i, 3, 10, QLatin1Char('0')),
                            i % 3 == 0 ? QList<Id>{f.gymKey.id, f.residentKey.id} : QList<Id>{f.gymKey.id});
        r.contact.lastName = QStringLiteral("Z%1").arg((i * 37) % 130, 3, 10, QLatin1Char('0'));
        r.resident = i % 4 == 0;
        r.contact.phone = QStringLiteral("(212) 555-%1").arg(1000 + (i * 53) % 130);
        r.expiresAt = f.clock.nowSecs() + (10 + (i * 17) % 130) * 86400;
        if (i % 5 == 0)
            r.startsAt = f.clock.nowSecs() + 86400; // invited
        auto invited = f.access->invite(f.owner, r);
        QVERIFY2(invited.ok(), why(invited));
        if (i % 7 == 0)
            QVERIFY(f.access->revokeAll(f.owner, invited->person.id).ok());
    }
    PeopleModel model(*f.queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setManager(f.owner);
    model.setProperty(f.property);
    model.setShowExpired(true);
    QCOMPARE(model.totalCount(), 130);
    const auto key = [&](int row, int column) -> QVariant {
        const PersonRow *r = model.rowAt(row);
        switch (column) {
        case PeopleModel::Name:
            return QString(r->person.lastName + QStringLiteral(", ") + r->person.firstName);
        case PeopleModel::Email:
            return r->person.email;
        case PeopleModel::Phone:
            return r->person.phone;
        case PeopleModel::Status: {
            static const QList<PersonStatus> rank = {PersonStatus::Invited, PersonStatus::Active,
                                                     PersonStatus::Expired, PersonStatus::Revoked,
                                                     PersonStatus::NoAccess};
            return int(rank.indexOf(r->status));
        }
        case PeopleModel::Keys:
            return r->keyCount;
        case PeopleModel::AccessUntil:
            return r->keyCount > 0 ? r->accessUntil.value_or(std::numeric_limits<qint64>::max())
                                   : r->accessEnded.value_or(-1);
        case PeopleModel::Resident:
            return int(r->person.resident);
        default:
            return r->hostName;
        }
    };
    for (int column = 0; column < PeopleModel::GuestOf; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QCOMPARE(model.sortColumn(), column);
            QCOMPARE(model.rowCount(), 130);
            QSet<Id> seen;
            for (int row = 0; row < model.rowCount(); ++row)
                seen.insert(model.rowAt(row)->person.id);
            QCOMPARE(seen.size(), 130);
            for (int row = 1; row < model.rowCount(); ++row) {
                const QVariant a = key(row - 1, column);
                const QVariant b = key(row, column);
                const auto cmp = QVariant::compare(a, b);
                const bool inOrder = order == Qt::AscendingOrder ? cmp != QPartialOrdering::Greater
                                                                 : cmp != QPartialOrdering::Less;
                QVERIFY2(inOrder, qPrintable(QStringLiteral("column %1 row %2: %3 then %4")
                                                 .arg(column)
                                                 .arg(row)
                                                 .arg(a.toString(), b.toString())));
            }
        }
    }
    // Different columns give different orders (the sort is not a no-op).
    model.sort(PeopleModel::Name, Qt::AscendingOrder);
    const Id firstByName = model.rowAt(0)->person.id;
    model.sort(PeopleModel::Name, Qt::DescendingOrder);
    QVERIFY(model.rowAt(0)->person.id != firstByName);
}

// Expired and revoked people show when their access ended (issue 9: "expired and revoked rows show no
// end date").
void TestPeopleModel::endedAccessShowsItsDate()
{
    Fixture f;
    const Person bob = f.invite(QStringLiteral("bob@example.test"), {f.gymKey.id});
    InviteRequest r = f.inviteRequest(QStringLiteral("carl@example.test"), {f.gymKey.id});
    r.expiresAt = f.clock.nowSecs() + 86400;
    auto carl = f.access->invite(f.owner, r);
    QVERIFY2(carl.ok(), why(carl));
    QVERIFY(f.access->revokeAll(f.owner, bob.id).ok());
    const qint64 revokedAt = f.clock.nowSecs();
    f.clock.advance(3 * 86400);
    PeopleModel model(*f.queries);
    model.setManager(f.owner);
    model.setProperty(f.property);
    model.setShowExpired(true);
    QCOMPARE(model.rowCount(), 2);
    const int bobRow = model.rowOf(bob.id);
    const int carlRow = model.rowOf(carl->person.id);
    QCOMPARE(int(model.rowAt(bobRow)->status), int(PersonStatus::Revoked));
    QCOMPARE(int(model.rowAt(carlRow)->status), int(PersonStatus::Expired));
    QCOMPARE(model.rowAt(bobRow)->accessEnded, std::optional<qint64>(revokedAt));
    QCOMPARE(model.rowAt(carlRow)->accessEnded, r.expiresAt);
    const QString bobText = model.index(bobRow, PeopleModel::AccessUntil).data().toString();
    const QString carlText = model.index(carlRow, PeopleModel::AccessUntil).data().toString();
    QVERIFY2(bobText.contains(QStringLiteral("2026-05-28")), qPrintable(bobText));
    QVERIFY2(carlText.contains(QStringLiteral("2026-05-29")), qPrintable(carlText));
    QVERIFY(model.index(bobRow, PeopleModel::AccessUntil)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("revoked")));
}

void TestPeopleModel::lazyFetchInPages()
{
    Fixture f;
    for (int i = 0; i < 250; ++i)
        f.invite(QStringLiteral("person%1@example.test").arg(i, 3, 10, QLatin1Char('0')), {f.gymKey.id});
    PeopleModel model(*f.queries);
    model.setManager(f.owner);
    model.setProperty(f.property);
    QCOMPARE(model.totalCount(), 250);
    // Every person is a row at once; only the first page has been read.
    QCOMPARE(model.rowCount(), 250);
    QCOMPARE(model.pagesRead(), 1);
    QVERIFY(!model.canFetchMore({}));
    // The last row reads the last page only (Ctrl+End on 100,000 people reads one page, not 1,000).
    QCOMPARE(model.index(249, PeopleModel::Email).data().toString(),
             QStringLiteral("person249@example.test"));
    QCOMPARE(model.pagesRead(), 2);
    QCOMPARE(model.rowOf(model.rowAt(150)->person.id), 150);
    QCOMPARE(model.pagesRead(), 3);
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
    QCOMPARE(model.rowCount(), 229);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.rowAt(row));
    model.setShowExpired(true);
    QCOMPARE(model.rowCount(), 230);
    QCOMPARE(model.findRow(people.at(5).id) >= 0, true);
    model.setSearch(QStringLiteral("person00"));
    QCOMPARE(model.rowCount(), 10);
    model.setSearch(QString());
    model.refresh();
    QCOMPARE(model.rowCount(), 230);
    model.setProperty(Property());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.rowAt(0));
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
    QCOMPARE(model.rowCount(), 121);
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
             QStringLiteral("2027-06-30 23:59 %1")
                 .arg(porter::test::zoneAbbreviation("America/New_York", QDate(2027, 7, 1), QTime(3, 59))));
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

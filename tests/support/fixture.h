#pragma once

#include "access/accessservice.h"
#include "access/directoryservice.h"
#include "access/queryservice.h"
#include "app/backend.h"
#include "store/database.h"
#include "util/clock.h"

#include <QMap>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace porter::test {

// True when this test process runs its portfolios on PostgreSQL: PORTER_TEST_DB=postgresql, which
// ctest sets for each suite's _pg twin (cmake/PorterTesting.cmake, PG). The process then starts its own
// server (tests/support/pgserver.h) the first time a portfolio is made.
bool onPostgreSql();
// The location (Database::open) of a new, empty database on this process's PostgreSQL server, or on
// SQLite a path in `dir` named after `name`. The server's superuser signs in; libpq reads its password
// from the password file the server's folder holds (PGPASSFILE).
QString newPortfolioLocation(const QTemporaryDir &dir, const QString &name);

// A fresh database (a temporary SQLite file, or a database of its own on the process's PostgreSQL
// server) with a fixed clock, the Backend and its services over it, and a small portfolio: one property
// in America/New_York with four doors and three keys, and its Portfolio Manager.
class Fixture
{
public:
    Fixture();
    ~Fixture();
    Fixture(const Fixture &) = delete;
    Fixture &operator=(const Fixture &) = delete;

    // The portfolio's location: the file, or the postgresql:// address of the fixture's database.
    QString location;

    QTemporaryDir dir;
    FixedClock clock{1'780'000'000}; // 2026-05-28T20:26:40Z
    // Built by the Backend, like the window's and porterctl's; secrets under dir/keys.
    std::unique_ptr<Backend> backend;
    Database *db = nullptr;
    DirectoryService *directory = nullptr;
    AccessService *access = nullptr;
    QueryService *queries = nullptr;

    Manager owner;                    // Portfolio Manager
    Property property;                // "Maple Court", America/New_York
    Door lobby, unit101, gym, garage; // garage is online
    Key residentKey;                  // lobby + unit101, shareable, doorcodes allowed
    Key gymKey;                       // gym, Mon-Fri 06:00-22:00, shareable
    Key staffKey;                     // lobby + gym + garage, not shareable, no doorcodes

    // A property manager with the given Key Management level on `property`.
    Manager makeManager(const QString &email, KeyManagement km, bool deviceManagement = false,
                        const QList<Id> &keyIds = {});
    InviteRequest inviteRequest(const QString &email, const QList<Id> &keyIds) const;
    // Invites as the owner (resident; expiring in a year unless openEnded).
    Person invite(const QString &email, const QList<Id> &keyIds, bool mayShare = false,
                  bool openEnded = false);
    int countRows(const QString &table) const;
    // After a test inserted a row with an explicit id: new rows of `table` get ids above `id`, as SQLite
    // gives them by itself (PostgreSQL's identity sequence is moved on).
    void idsContinueAfter(const QString &table, Id id) const;
    qint64 pendingChanges(Id doorId) const;

    // Every table of the schema, and per table its row count and a digest of its
    // contents: two equal snapshots mean nothing was inserted, updated or deleted anywhere.
    QStringList tables() const;
    QMap<QString, QString> snapshot() const;
    QMap<QString, int> tableCounts() const;
    // Every value of every table, raw (bytea as its bytes, text as UTF-8), one after the other: what
    // anybody reading the database sees.
    QByteArray rawContents() const;
    // The highest door_change sequence so far, and the door ids of the changes written after `since`
    // (sorted, duplicates kept so a test can see that each door was told exactly once).
    qint64 lastSeq() const;
    QList<Id> changedDoorsSince(qint64 since) const;
    // Activity rows written after id `since`, oldest first.
    QList<ActivityEvent> activitySince(Id since) const;
    Id lastActivityId() const;
    // More structure, added by the Portfolio Manager (fails the test on error).
    Property addProperty(const QString &name, const QString &timeZone = QStringLiteral("America/Chicago"),
                         const QString &region = QStringLiteral("US"));
    Door addDoor(Id propertyId, const QString &name, Connectivity c = Connectivity::Offline,
                 DoorType type = DoorType::Communal);
    Key addKey(Id propertyId, const QString &name, const QList<Id> &doorIds, bool shareable = true);

private:
    QString m_serverDatabase; // PostgreSQL: the fixture's own database
};

// Unix seconds of an ISO 8601 UTC instant ("2026-03-08T07:00:00Z").
qint64 utc(const char *iso);

} // namespace porter::test

// QVERIFY2-friendly text of a failed Result.
#define why(r) ((r).ok() ? "" : qPrintable((r).error().message))

// porter's enums have a toString() returning QString, which QCOMPARE would pick up by ADL and reject:
// compare them through their stable spelling instead.
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(porter::toString(actual), porter::toString(expected))

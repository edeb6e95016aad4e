#pragma once

#include "access/accessservice.h"
#include "access/directoryservice.h"
#include "access/queryservice.h"
#include "store/database.h"
#include "util/clock.h"

#include <QTemporaryDir>
#include <memory>

namespace porter::test {

// A fresh database in a temporary folder with a fixed clock, the services over it, and a small
// portfolio: one property in America/New_York with four doors and three keys, and its Portfolio Manager.
class Fixture
{
public:
    Fixture();

    QTemporaryDir dir;
    FixedClock clock{1'780'000'000}; // 2026-05-28T20:26:40Z
    std::unique_ptr<Database> db;
    std::unique_ptr<DirectoryService> directory;
    std::unique_ptr<AccessService> access;
    std::unique_ptr<QueryService> queries;

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
    Person invite(const QString &email, const QList<Id> &keyIds, bool mayShare = false);
    int countRows(const QString &table) const;
    qint64 pendingChanges(Id doorId) const;
};

} // namespace porter::test

// QVERIFY2-friendly text of a failed Result.
#define why(r) ((r).ok() ? "" : qPrintable((r).error().message))
